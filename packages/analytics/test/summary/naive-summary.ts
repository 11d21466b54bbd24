import type { SummaryOptions } from '../../src/index.ts';

/** The summary written the obvious way (maps and sorts), as an oracle for the fast one. */
export function naiveSummary(
  rows: [number, number, number][],
  customerCount: number,
  options: SummaryOptions,
) {
  const perUnit = options.unit === 'week' ? 7 : 1;
  const windowEnd = Math.min(options.calibrationEndDay ?? options.asOfDay, options.asOfDay);
  return Array.from({ length: customerCount }, (_, c) => {
    const mine = rows.filter((r) => r[0] === c && r[1] <= options.asOfDay);
    const days = [...new Set(mine.map((r) => r[1]))].sort((a, b) => a - b);
    const inWindow = days.filter((d) => d <= windowEnd);
    const spends: number[] = [];
    for (const d of inWindow) {
      const onDay = mine.filter((r) => r[1] === d).map((r) => r[2]);
      const isPurchaseDay = onDay.some((a) => a >= 0);
      const net = onDay.reduce((a, b) => a + b, 0);
      if (isPurchaseDay) spends.push(Math.max(0, net));
      else if (spends.length > 0) spends.push(Math.max(0, spends.pop()! + net));
    }
    const purchaseDays = inWindow.filter((d) => mine.some((r) => r[1] === d && r[2] >= 0));
    const first = purchaseDays[0];
    const last = purchaseDays.at(-1);
    const repeat = spends.slice(1);
    const holdoutDays = days.filter(
      (d) => d > windowEnd && mine.some((r) => r[1] === d && r[2] >= 0),
    ).length;
    return {
      frequency: Math.max(0, purchaseDays.length - 1),
      recency: first === undefined ? 0 : (last! - first) / perUnit,
      T: first === undefined ? 0 : (windowEnd - first) / perUnit,
      monetaryRepeat: repeat.length ? repeat.reduce((a, b) => a + b, 0) / repeat.length : 0,
      revenue: mine.filter((r) => r[1] <= windowEnd).reduce((a, r) => a + r[2], 0),
      holdoutDays: options.calibrationEndDay === undefined ? 0 : holdoutDays,
    };
  });
}
