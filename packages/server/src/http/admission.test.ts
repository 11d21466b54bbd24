import { describe, expect, it } from 'vitest';
import { Admission, type Schedule } from './admission.ts';

function manual() {
  let now = 0;
  const pending = new Set<() => void>();
  const schedule: Schedule = (_ms, run) => {
    pending.add(run);
    return () => pending.delete(run);
  };
  return {
    timers: { schedule, now: () => now },
    advance(ms: number) {
      now += ms;
    },
  };
}

describe('Admission', () => {
  it('refuses at once a request whose turn would come after the deadline, at the pace requests finish', async () => {
    const clock = manual();
    const admission = new Admission({ maxInFlight: 1, maxWaiting: 10, waitMs: 250 }, clock.timers);
    // Teach it that a request takes 100 ms.
    for (let i = 0; i < 60; i++) {
      const release = await admission.enter();
      clock.advance(100);
      release?.();
    }
    const running = await admission.enter();
    expect(running).not.toBeNull();
    const first = admission.enter();
    const second = admission.enter();
    // Third in line: about 300 ms away, past the 250 ms deadline.
    expect(await admission.enter()).toBeNull();
    expect(admission.waiting).toBe(2);
    running?.();
    expect(await first).not.toBeNull();
    expect(admission.waiting).toBe(1);
    void second;
  });

  it('a release counts once, however often it is called', async () => {
    const admission = new Admission(
      { maxInFlight: 1, maxWaiting: 0, waitMs: 250 },
      manual().timers,
    );
    const release = await admission.enter();
    release?.();
    release?.();
    expect(admission.inFlight).toBe(0);
    expect(await admission.enter()).not.toBeNull();
    expect(await admission.enter()).toBeNull();
  });
});
