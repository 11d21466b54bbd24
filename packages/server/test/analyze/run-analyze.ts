import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import type { AnalysisReport } from '../../src/cli/analyze/analysis-report.ts';
import { runAnalyzeCommand } from '../../src/cli/analyze/command.ts';

/** The shared CDNOW files, found from this file so that tests run from any directory. */
export const CDNOW_DIR = fileURLToPath(
  new URL('../../../../../shared/data/cdnow/', import.meta.url),
);

/** A stream that keeps what is written, optionally pretending to be a terminal. */
export function captureStream(isTTY = false): Writable & { text: () => string; isTTY: boolean } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  return Object.assign(stream, { text: () => chunks.join(''), isTTY });
}

/** Runs `habitue analyze` in process and returns its exit code and outputs. */
export async function runAnalyze(argv: string[], options: { ttyStderr?: boolean } = {}) {
  const stdout = captureStream();
  const stderr = captureStream(options.ttyStderr ?? false);
  const code = await runAnalyzeCommand(argv, { stdout, stderr });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

/** Runs with --json and parses the document (failing loudly if the exit code is not 0). */
export async function analyzeJson(argv: string[]): Promise<AnalysisReport> {
  const result = await runAnalyze([...argv, '--json']);
  if (result.code !== 0) throw new Error(`exit ${result.code}: ${result.stderr}`);
  return JSON.parse(result.stdout) as AnalysisReport;
}

let directory: string | null = null;

/** Writes a fixture file into a fresh temporary folder and returns its path. */
export function writeFixture(name: string, content: string | Uint8Array): string {
  directory ??= mkdtempSync(join(tmpdir(), 'habitue-analyze-'));
  const path = join(directory, name);
  writeFileSync(path, content);
  return path;
}

/** Windows-1252 bytes of a text (only the characters the fixtures use). */
export function windows1252(text: string): Uint8Array {
  const special: Record<string, number> = { '€': 0x80, '’': 0x92 };
  return Uint8Array.from(text, (char) => special[char] ?? char.charCodeAt(0));
}

/** The report's entry for one customer id. */
export function customer(report: AnalysisReport, id: string) {
  const found = report.customers.find((c) => c.id === id);
  if (!found) throw new Error(`no customer ${id}`);
  return found;
}

/** Skipped rows as { reason: [count, example lines] } for compact assertions. */
export function skippedByReason(report: AnalysisReport) {
  return Object.fromEntries(
    report.summary.rows.skipped.map((s) => [s.reason, [s.count, s.exampleLines]]),
  );
}
