import type { Migration } from '../migrator.ts';

/**
 * Surveys and the follow-up list (docs/engagement.md).
 *
 * `surveys` holds what the owner asks (NPS and short questionnaires, questions as JSON checked by
 * the use case) and the random token of its public page (the counter's QR). `survey_responses`
 * keeps one answer per customer and survey — the unique key is the rule, a second answer is
 * refused — with the NPS score copied out of the answers so results are one aggregate.
 *
 * `follow_up_items` is the staff's list of who to call or visit and why: a reason (one file per
 * reason in `use-cases/follow-up/reasons/`, so the text column has no fixed list), the occasion
 * that made it (`occasion_key`, unique: the same detractor answer or the same birthday never
 * makes two items), and once done, the outcome and the interaction it became.
 */
export const surveysAndFollowUp: Migration = {
  name: '2026-12-06T1350-surveys-and-follow-up',
  up: [
    `create table surveys (
      merchant_id uuid not null references merchants (id) on delete cascade,
      id uuid not null,
      title text not null check (length(title) between 1 and 200),
      intro text check (length(intro) <= 1000),
      questions jsonb not null,
      public_token text not null,
      status text not null default 'open' check (status in ('open', 'closed')),
      created_at timestamptz not null,
      updated_at timestamptz not null,
      closed_at timestamptz,
      primary key (merchant_id, id),
      unique (merchant_id, public_token)
    )`,
    // The public page finds its survey (and so its merchant) from the token alone.
    'create index surveys_public_token_idx on surveys (public_token)',
    `create table survey_responses (
      merchant_id uuid not null,
      id uuid not null,
      survey_id uuid not null,
      customer_id uuid not null,
      answers jsonb not null,
      nps_score smallint check (nps_score between 0 and 10),
      channel text not null check (channel in ('link', 'card', 'contact')),
      created_at timestamptz not null,
      primary key (merchant_id, id),
      unique (merchant_id, survey_id, customer_id),
      foreign key (merchant_id, survey_id) references surveys (merchant_id, id) on delete cascade,
      foreign key (merchant_id, customer_id) references customers (merchant_id, id) on delete cascade
    )`,
    `create index survey_responses_recent_idx
       on survey_responses (merchant_id, survey_id, created_at desc)`,
    `create table follow_up_items (
      merchant_id uuid not null,
      id uuid not null,
      customer_id uuid not null,
      reason text not null check (reason ~ '^[a-z][a-z_]{0,39}$'),
      occasion_key text not null check (length(occasion_key) between 1 and 200),
      details jsonb not null default '{}',
      note text check (length(note) <= 2000),
      status text not null default 'open' check (status in ('open', 'done')),
      outcome text check (length(outcome) <= 2000),
      interaction_id uuid,
      created_by_type text not null,
      created_by_id text,
      created_at timestamptz not null,
      done_at timestamptz,
      done_by_type text,
      done_by_id text,
      primary key (merchant_id, id),
      unique (merchant_id, occasion_key),
      foreign key (merchant_id, customer_id) references customers (merchant_id, id) on delete cascade,
      foreign key (merchant_id, interaction_id) references interactions (merchant_id, id),
      check ((status = 'done') = (done_at is not null))
    )`,
    `create index follow_up_items_status_idx
       on follow_up_items (merchant_id, status, created_at desc)`,
    ...['surveys', 'survey_responses', 'follow_up_items'].flatMap((table) => [
      `grant select, insert, update, delete on ${table} to habitue_app`,
      `alter table ${table} enable row level security`,
      `alter table ${table} force row level security`,
      `create policy tenant_isolation on ${table}
         using (merchant_id = app_merchant_id()) with check (merchant_id = app_merchant_id())`,
    ]),
  ],
};
