import type { BrowserContext, CDPSession, Page } from 'playwright-core';

/**
 * A mid-range phone on a poor mobile connection, as Chrome DevTools and Lighthouse define it:
 * CPU 4× slower than this machine, and "Slow 4G" — 150 ms round trip and 1.6 Mbit/s down,
 * 750 kbit/s up, applied per request by DevTools with Lighthouse's adjustment factors (latency
 * × 3.75, throughput × 0.9): 562.5 ms per request, 180 kB/s down, 84 kB/s up.
 */
export const PHONE = {
  // HABITUE_BENCH_CPU_SLOWDOWN=1 separates what the network costs from what the CPU does.
  cpuSlowdown: Number(process.env.HABITUE_BENCH_CPU_SLOWDOWN ?? 4),
  network: {
    offline: false,
    latency: 150 * 3.75,
    downloadThroughput: ((1.6 * 1000 * 1000) / 8) * 0.9,
    uploadThroughput: ((750 * 1000) / 8) * 0.9,
    connectionType: 'cellular4g',
  },
  context: {
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 3,
    isMobile: true,
    hasTouch: true,
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
  },
} as const;

/** One request of a page load: when it started and ended (ms since the navigation's first request). */
export type Fetched = { url: string; type: string; startMs: number; endMs: number; bytes: number };

/**
 * What one page load moved over the network: all of it, its JavaScript alone, and each
 * request with its timing (the waterfall: what came one after the other).
 */
export type Transfer = {
  requests: number;
  bytes: number;
  scriptBytes: number;
  waterfall: Fetched[];
};

/** Main-thread CPU time of a page load, in ms (see `throttle(…).cpu`). */
export type MainThreadCpu = { scriptMs: number; taskMs: number };

const nothingYet = (): Transfer => ({ requests: 0, bytes: 0, scriptBytes: 0, waterfall: [] });

/**
 * Throttles `page` to the phone profile and counts the bytes it receives as they travel
 * (`encodedDataLength`: compressed bodies plus headers), from now on.
 */
export async function throttle(context: BrowserContext, page: Page) {
  const cdp: CDPSession = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', PHONE.network);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpuSlowdown });
  // The page's main thread in CPU time (thread ticks), which other work on the machine does
  // not lengthen, unlike the wall-clock time to ready.
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const types = new Map<string, string>();
  const started = new Map<string, { url: string; at: number }>();
  let transfer = nothingYet();
  // CDP timestamps are seconds on a monotonic clock; the first request of a load is its zero.
  let zero: number | undefined;
  cdp.on('Network.requestWillBeSent', (event) => {
    zero ??= event.timestamp;
    started.set(event.requestId, { url: event.request.url, at: event.timestamp });
  });
  cdp.on('Network.responseReceived', (event) => types.set(event.requestId, event.type));
  cdp.on('Network.loadingFinished', (event) => {
    const type = types.get(event.requestId) ?? '';
    transfer.requests += 1;
    transfer.bytes += event.encodedDataLength;
    if (type === 'Script') transfer.scriptBytes += event.encodedDataLength;
    const start = started.get(event.requestId);
    if (start && zero !== undefined)
      transfer.waterfall.push({
        url: start.url,
        type,
        startMs: (start.at - zero) * 1000,
        endMs: (event.timestamp - zero) * 1000,
        bytes: event.encodedDataLength,
      });
  });
  const mainThread = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const seconds = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
    return { scriptMs: seconds('ScriptDuration') * 1000, taskMs: seconds('TaskDuration') * 1000 };
  };
  let cpuBefore = await mainThread();
  return {
    /** The bytes received since the last call. */
    take(): Transfer {
      const taken = transfer;
      transfer = nothingYet();
      zero = undefined;
      return taken;
    },
    /**
     * The page's main-thread CPU time since the last call (or since throttling began): all
     * its tasks, and of them running script (parse, compile, run), in ms of this machine's
     * CPU — not slowed by the 4×, which stretches time, not the work.
     */
    async cpu(): Promise<MainThreadCpu> {
      const now = await mainThread();
      const spent = {
        scriptMs: now.scriptMs - cpuBefore.scriptMs,
        taskMs: now.taskMs - cpuBefore.taskMs,
      };
      cpuBefore = now;
      return spent;
    },
  };
}

/**
 * Watches every page of `page` for `ready` (run in the page after each DOM change) and
 * records `performance.now()` — the time since the navigation started — at the next frame
 * after it first holds. The watcher is a small script installed at document start: Playwright's
 * own `waitForFunction` injects its selector engine, whose cost under a 4× slower CPU would
 * be part of the measure.
 */
export async function watchReady(page: Page, ready: () => boolean) {
  const install = (check: () => boolean) => {
    const w = window as unknown as { __readyAt?: number };
    const observer = new MutationObserver(() => {
      if (!check()) return;
      observer.disconnect();
      requestAnimationFrame(() => {
        w.__readyAt = performance.now();
      });
    });
    observer.observe(document, { childList: true, subtree: true, attributes: true });
  };
  await page.addInitScript({ content: `(${install.toString()})(${ready.toString()})` });
}

/** Navigates and returns the time at which the watched page became ready (see `watchReady`). */
export async function timeUntilReady(page: Page, path: string): Promise<number> {
  await page.goto(path, { waitUntil: 'commit' });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const at = await page
      .evaluate(() => (window as unknown as { __readyAt?: number }).__readyAt)
      .catch(() => undefined); // the page may be between documents
    if (at !== undefined) return at;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${path} was not ready within 60 s`);
}
