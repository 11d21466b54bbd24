/**
 * The instant of local midnight starting the calendar day that contains `at` in `timeZone`.
 * @example localMidnight(new Date('2026-11-22T10:00:00Z'), 'Europe/Paris') // 2026-11-21T23:00:00Z
 */
export function localMidnight(at: Date, timeZone: string): Date {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(at);
  const [y, m, d] = parts.split('-').map(Number) as [number, number, number];
  const guess = Date.UTC(y, m - 1, d);
  // The zone's offset at that moment, read back from how the guess is displayed there.
  const shown = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hour: 'numeric',
    hourCycle: 'h23',
    minute: 'numeric',
    day: 'numeric',
  }).formatToParts(new Date(guess));
  const hour = Number(shown.find((p) => p.type === 'hour')!.value);
  const minute = Number(shown.find((p) => p.type === 'minute')!.value);
  const sameDay = Number(shown.find((p) => p.type === 'day')!.value) === d;
  const offsetMinutes = sameDay ? hour * 60 + minute : -(24 * 60 - (hour * 60 + minute));
  return new Date(guess - offsetMinutes * 60_000);
}
