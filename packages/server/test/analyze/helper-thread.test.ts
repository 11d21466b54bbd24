import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeHelper } from '../../src/cli/analyze/analyze-helper.ts';
import { HelperGone, helperThread } from '../../src/cli/analyze/helper-thread.ts';

describe('the helper thread', () => {
  it('refuses a job it cannot be sent, and answers the next one', async () => {
    const helper = analyzeHelper();
    try {
      await expect(helper.run('backtest', { options: () => 0 })).rejects.toThrow(
        /could not be cloned/,
      );
      // An unknown job is answered with an error, not left waiting.
      await expect(helper.run('no-such-job', {})).rejects.toThrow(/no job no-such-job/);
    } finally {
      helper.stop();
    }
  });

  it('rejects every job not yet answered when it is stopped, and every later one', async () => {
    const helper = analyzeHelper();
    const first = helper.run('no-such-job', {});
    const second = helper.run('no-such-job', {});
    helper.stop();
    await expect(first).rejects.toBeInstanceOf(HelperGone);
    await expect(second).rejects.toBeInstanceOf(HelperGone);
    await expect(helper.run('no-such-job', {})).rejects.toBeInstanceOf(HelperGone);
  });
});

describe('a helper thread that is gone', () => {
  it('refuses every job once it has failed to start, instead of leaving them waiting', async () => {
    const helper = helperThread(new URL('./no-such-module.mjs', import.meta.url).href);
    try {
      await expect(helper.run('backtest', {})).rejects.toBeInstanceOf(HelperGone);
      // The thread is dead by now: a job given to it would never be answered.
      await expect(helper.run('backtest', {})).rejects.toBeInstanceOf(HelperGone);
    } finally {
      helper.stop();
    }
  });

  it('refuses a job given after it was stopped, even once it has exited', async () => {
    const helper = analyzeHelper();
    await expect(helper.run('no-such-job', {})).rejects.toThrow(/no job/);
    helper.stop();
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await expect(helper.run('no-such-job', {})).rejects.toBeInstanceOf(HelperGone);
  });
});

describe('the helper thread and the process', () => {
  it('holds the process open only while a job is pending: idle, even after a refused job, it lets it end', async () => {
    // A process that starts a helper, has it answer a job, fails to send it another, and never
    // stops it: it must end on its own.
    const script = [
      `import { analyzeHelper } from ${JSON.stringify(new URL('../../src/cli/analyze/analyze-helper.ts', import.meta.url).href)};`,
      'const helper = analyzeHelper();',
      "await helper.run('no-such-job', {}).catch(() => {});",
      "await helper.run('backtest', { f: () => 0 }).catch(() => {});",
      "console.log('done');",
    ].join('\n');
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', script],
      {
        cwd: fileURLToPath(new URL('../..', import.meta.url)),
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += String(chunk);
    });
    const ended = await Promise.race([
      once(child, 'exit').then(([code]) => code),
      new Promise((resolve) => setTimeout(() => resolve('still running'), 30_000)),
    ]);
    child.kill('SIGKILL');
    expect(out.trim()).toBe('done');
    expect(ended).toBe(0);
  }, 60_000);
});
