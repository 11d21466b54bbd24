import type { Migration } from '../migrator.ts';

/**
 * A file uploaded for the web import, kept with the owner's column choices from the upload
 * until the import ends (the bytes are then dropped; the report stays). `job_id` is the run on
 * the job runner, so the page can follow it after the request, and after a restart.
 */
export const importUploads: Migration = {
  name: '2026-12-06T1240-import-uploads',
  up: [
    `create table import_uploads (
      merchant_id uuid not null references merchants (id) on delete cascade,
      id uuid not null,
      file_name text not null check (length(file_name) between 1 and 255),
      file_size integer not null check (file_size >= 0),
      file bytea,
      maps jsonb not null default '[]',
      header_line integer check (header_line >= 1),
      status text not null default 'uploaded'
        check (status in ('uploaded', 'queued', 'running', 'imported', 'refused')),
      valid_rows_only boolean not null default false,
      runs integer not null default 0,
      step text,
      job_id uuid,
      report jsonb,
      created_by text not null,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      finished_at timestamptz,
      primary key (merchant_id, id)
    )`,
    `create index import_uploads_recent_idx on import_uploads (merchant_id, created_at desc)`,
    `grant select, insert, update, delete on import_uploads to habitue_app`,
    `alter table import_uploads enable row level security`,
    `alter table import_uploads force row level security`,
    `create policy tenant_isolation on import_uploads
      using (merchant_id = app_merchant_id()) with check (merchant_id = app_merchant_id())`,
  ],
};
