import { mkdirSync, mkdtempSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { hydrateSymlinks } from './postgres-binaries.ts';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** A platform package as npm unpacks it when install scripts are blocked: no symlinks. */
function unpackedPackage(): string {
  const root = mkdtempSync(join(tmpdir(), 'habitue-ep-package-'));
  roots.push(root);
  mkdirSync(join(root, 'native', 'lib'), { recursive: true });
  writeFileSync(join(root, 'native', 'lib', 'libicuuc.so.60.2'), 'the library');
  writeFileSync(
    join(root, 'native', 'pg-symlinks.json'),
    JSON.stringify([
      { source: 'native/lib/libicuuc.so.60.2', target: 'native/lib/libicuuc.so.60' },
      { source: 'native/lib/libicuuc.so.60.2', target: 'native/lib/libicuuc.so' },
    ]),
  );
  return root;
}

it('restores the shared-library links the blocked postinstall script would have made, relative', () => {
  const root = unpackedPackage();
  hydrateSymlinks(root, join(root, 'native', 'pg-symlinks.json'));
  const link = join(root, 'native', 'lib', 'libicuuc.so.60');
  expect(readlinkSync(link)).toBe('libicuuc.so.60.2');
  expect(readFileSync(link, 'utf8')).toBe('the library');
  expect(readFileSync(join(root, 'native', 'lib', 'libicuuc.so'), 'utf8')).toBe('the library');
});

it('leaves links already there alone, so every start can run it', () => {
  const root = unpackedPackage();
  const list = join(root, 'native', 'pg-symlinks.json');
  hydrateSymlinks(root, list);
  expect(() => hydrateSymlinks(root, list)).not.toThrow();
  expect(readlinkSync(join(root, 'native', 'lib', 'libicuuc.so.60'))).toBe('libicuuc.so.60.2');
});

it('does nothing for a platform package without a list (Windows)', () => {
  const root = mkdtempSync(join(tmpdir(), 'habitue-ep-package-'));
  roots.push(root);
  expect(() => hydrateSymlinks(root, join(root, 'native', 'pg-symlinks.json'))).not.toThrow();
});
