import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain JavaScript, run before tsx is loaded (no declarations).
import { isFresh, prebuiltCommand } from '../../bin/prebuilt-command.js';

describe('the analyze command run from its bundle', () => {
  it('answers like the sources it was built from', async () => {
    const dist = mkdtempSync(join(tmpdir(), 'habitue-dist-'));
    const command = await prebuiltCommand('src/cli/analyze/command.ts', 'analyze', dist);
    const output: string[] = [];
    const stdout = { write: (text: string) => output.push(text) };
    const code = await command.runAnalyzeCommand(['--help', '--lang', 'en'], {
      stdout,
      stderr: stdout,
    });
    expect(code).toBe(0);
    expect(output.join('')).toContain('Usage: habitue analyze FILE [options]');
  });

  it('is rebuilt as soon as one of its sources is newer than it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'habitue-fresh-'));
    const [bundle, manifest, source] = ['a.mjs', 'a.inputs.json', 'b.ts'].map((f) => join(dir, f));
    writeFileSync(source!, 'export {};');
    writeFileSync(bundle!, '');
    writeFileSync(manifest!, JSON.stringify([source]));
    const at = (path: string, seconds: number) => utimesSync(path, seconds, seconds);
    at(source!, 1_000);
    at(bundle!, 2_000);
    expect(isFresh(bundle, manifest)).toBe(true);
    at(source!, 3_000);
    expect(isFresh(bundle, manifest)).toBe(false);
    at(source!, 1_000);
    writeFileSync(manifest!, JSON.stringify([source, join(dir, 'deleted.ts')]));
    expect(isFresh(bundle, manifest)).toBe(false);
  });
});
