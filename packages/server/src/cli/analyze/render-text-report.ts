import { basename } from 'node:path';
import { RFM_SEGMENT_LABELS, roundRange, seasonExtremes } from '@habitue/analytics';
import type { AnalysisReport, CustomerReport, ModelReport } from './analysis-report.ts';
import type { Lang } from './analyze-options.ts';
import { customersToWatch } from './customers-to-watch.ts';
import { SKIP_REASON_LABELS } from './error-messages.ts';
import { formatMoney, formatMoneyBound, horizonInWords } from './report-format.ts';
import { REPORT_LABELS } from './report-labels.ts';

const MODEL_NAMES = {
  bgnbd: 'BG/NBD',
  paretonbd: 'Pareto/NBD',
  gammagamma: 'Gamma-Gamma',
} as const;

/** The readable report: the file as understood, what was skipped, key figures, segments, models, customers to watch. */
export function renderTextReport(report: AnalysisReport, lang: Lang, top: number): string {
  const t = REPORT_LABELS[lang];
  const locale = lang === 'fr' ? 'fr-FR' : 'en-GB';
  const int = (n: number) => n.toLocaleString(locale, { maximumFractionDigits: 0 });
  const currency = report.summary.file.currency;
  const money = (n: number) => formatMoney(n, lang, currency);
  const pct = (n: number) =>
    n.toLocaleString(locale, { style: 'percent', maximumFractionDigits: 1 });
  const num = (n: number, digits = 4) =>
    n.toLocaleString(locale, { maximumSignificantDigits: digits, useGrouping: false });
  const local = (n: number, digits: number) =>
    n.toLocaleString(locale, { maximumFractionDigits: digits });
  /** "entre 180 et 270": bounds rounded outwards to the precision the range has. */
  const range = (interval: [number, number] | null, value: number, isMoney = false) => {
    const bound = (n: number) => (isMoney ? formatMoneyBound(n, lang, currency) : local(n, 6));
    if (interval === null) return isMoney ? money(value) : local(value, 0);
    if (interval[1] < 1) return t.under(bound(1));
    const [low, high] = roundRange(interval[0], interval[1]);
    return low === high ? bound(low) : t.between(bound(low), bound(high));
  };
  const horizon = horizonInWords(report.summary.settings.horizon, lang);
  /** 2023-01-01 → "1 janv. 2023" / "1 Jan 2023". */
  const day = (iso: string) =>
    new Date(`${iso}T00:00:00Z`).toLocaleDateString(locale, {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    });
  const { summary: s, models } = report;
  const out: string[] = [t.title(basename(s.file.path)), ''];

  const format = s.file.format;
  const formatParts = [
    t.format[format.kind],
    ...(format.delimiter ? [t.delimiter[format.delimiter] ?? format.delimiter] : []),
    ...(format.encoding ? [format.encoding.toUpperCase()] : []),
    ...(format.sheet ? [format.sheet] : []),
    ...(s.file.headerLine !== null && s.file.headerLine > 1
      ? [t.headerLine(String(s.file.headerLine))]
      : []),
    t.dateStyle[s.file.dateStyle],
  ];
  const basis = s.file.amountBasis === null ? '' : ` (${t.basis[s.file.amountBasis]})`;
  const invoice = s.file.invoiceColumn === null ? '' : `, ${t.invoice} = ${s.file.invoiceColumn}`;
  out.push(
    `${formatParts.join(', ')} · ${t.columns}${t.colon}${t.customer} = ${s.file.columns.customer}, ${t.date} = ${s.file.columns.date}, ${t.amount} = ${s.file.columns.amount}${basis}${invoice}`,
  );
  for (const notice of s.file.notices) out.push(`  ${t.notices[notice]}`);
  if (s.file.amountBasis === null) out.push(`  ${t.basisUnknown}`);
  const skippedCount = s.rows.skipped.reduce((sum, r) => sum + r.count, 0);
  out.push(
    t.rows(int(s.rows.read), int(s.rows.used), int(skippedCount), [
      s.rows.read,
      s.rows.used,
      skippedCount,
    ]),
  );
  for (const r of s.rows.skipped) {
    const more = r.count > r.exampleLines.length ? '…' : '';
    out.push(
      `  - ${SKIP_REASON_LABELS[lang][r.reason]}${t.colon}${int(r.count)} (${t.lines} ${r.exampleLines.join(', ')}${more})`,
    );
  }
  if (s.rows.refunds.rows > 0)
    out.push(
      `  ${t.refunds(s.rows.refunds.rows, int(s.rows.refunds.rows), money(s.rows.refunds.amount))}`,
    );
  if (s.rows.receipts !== null && s.rows.receipts > 0)
    out.push(
      `  ${t.receipts(s.rows.receipts, int(s.rows.receipts), s.rows.used / s.rows.receipts, local(s.rows.used / s.rows.receipts, 1))}`,
    );
  if (s.rows.withoutCustomer.rows > 0)
    out.push(
      `  ${t.withoutCustomer(s.rows.withoutCustomer.rows, int(s.rows.withoutCustomer.rows), money(s.rows.withoutCustomer.amount))}`,
    );
  if (s.rows.duplicatesKept) out.push(`  ${t.duplicatesKept}`);
  const calibration = s.period.calibrationEnd ? t.calibration(day(s.period.calibrationEnd)) : '';
  out.push(t.period(day(s.period.first), day(s.period.last), day(s.period.asOf)) + calibration, '');

  out.push(t.keyFigures);
  const figure = (label: string, value: string) => out.push(`  ${label.padEnd(48)} ${value}`);
  figure(t.customers, int(s.customers));
  figure(t.repeatCustomers, `${int(s.repeatCustomers)} (${pct(s.repeatCustomers / s.customers)})`);
  figure(
    t.purchaseDays,
    `${int(s.purchaseDays)} (${local(s.purchaseDaysPerCustomer, 2)} ${t.perCustomer})`,
  );
  figure(t.revenue[s.file.amountBasis ?? 'unknown'], money(s.revenue));
  figure(t.averageBasket, money(s.averageBasket));
  if (s.top20RevenueShare !== null) figure(t.top20, pct(s.top20RevenueShare));
  out.push('');

  const d = s.sufficiency;
  out.push(t.sufficiency[d.level](int(d.customers), int(d.repeatCustomers), int(d.months)));
  if (s.forecast) {
    const f = s.forecast;
    out.push(t.forecast(horizon));
    figure(t.activeCustomers, range(f.activeCustomers.interval, f.activeCustomers.value));
    figure(t.expectedPurchases, range(f.expectedPurchases.interval, f.expectedPurchases.value));
    if (f.clv)
      figure(t.expectedValue(s.settings.margin !== 1), range(f.clv.interval, f.clv.value, true));
    const chosen = models.chosen ? models[models.chosen.model] : null;
    if (chosen?.status === 'fitted')
      for (const w of chosen.warnings)
        out.push(`  ${w.message.charAt(0).toUpperCase()}${w.message.slice(1)}.`);
  }
  const seasons = s.seasons;
  if (seasons.unseenShare > 0) out.push(`  ${t.seasonsUnseen(pct(seasons.unseenShare))}`);
  const extremes = seasons.monthly && seasonExtremes(seasons.monthly);
  if (extremes) {
    const month = (m: number) =>
      new Date(Date.UTC(2001, m, 15)).toLocaleDateString(locale, {
        month: 'long',
        timeZone: 'UTC',
      });
    const signed = (f: number) => `${f >= 1 ? '+' : ''}${pct(f - 1)}`;
    out.push(
      `  ${t.seasonsPattern(month(extremes.peak.month), signed(extremes.peak.factor), month(extremes.trough.month), signed(extremes.trough.factor))}`,
    );
  }
  out.push('');
  out.push(t.backtest);
  const b = s.backtest;
  if (b.status === 'too-short')
    out.push(`  ${t.backtestTooShort(int(b.neededDays), int(b.historyDays))}`);
  else if (b.status === 'no-model') out.push(`  ${t.backtestNoModel}`);
  else if (b.status === 'off') out.push(`  ${t.backtestOff}`);
  else {
    const miss = b.actualPurchases > 0 ? b.predictedPurchases / b.actualPurchases - 1 : 0;
    out.push(
      `  ${t.backtestDone(day(b.calibrationEnd), day(b.asOf), int(b.predictedPurchases), int(b.actualPurchases), `${miss > 0 ? '+' : ''}${pct(miss)}`)}`,
    );
    for (const m of b.months)
      out.push(t.backtestMonth(day(m.from), int(m.predictedPurchases), int(m.actualPurchases)));
    const top = b.deciles[0];
    if (b.gini !== null && top)
      out.push(
        `  ${t.backtestRanking(local(b.gini, 2), local(top.predictedPurchases, 1), local(top.actualPurchases, 1))}`,
      );
  }
  out.push('');

  if (s.segments) {
    out.push(t.segments);
    for (const g of s.segments)
      out.push(
        `  ${RFM_SEGMENT_LABELS[g.segment][lang].padEnd(28)} ${t.segmentLine(int(g.customers), pct(g.revenueShare), g.customers)}`,
      );
    out.push('');
  }

  const watch = customersToWatch(report.customers, top, models);
  const views = watch.departures;
  if (views.goneByModel !== null) {
    out.push(t.twoViews);
    out.push(`  ${t.absentByRfm(views.absentByRfm, int(views.absentByRfm))}`);
    out.push(
      `  ${views.goneByModel === 0 ? t.nobodyGoneByModel : t.goneByModel(int(views.goneByModelAmongAbsent ?? 0), views.goneByModel, int(views.goneByModel))}`,
    );
    out.push('');
  }
  /** A list of customers; the model's columns only where the model ranked the list. */
  const table = (rows: CustomerReport[], byModel: boolean) => {
    if (rows.length === 0) return out.push(`    ${t.none}`);
    const h = t.table;
    const modelColumns = (alive: string, value: string) =>
      byModel ? ` ${alive.padStart(12)} ${value.padStart(26)}` : '';
    out.push(
      `    ${h.id.padEnd(14)} ${h.revenue.padStart(12)} ${h.last.padEnd(14)}${modelColumns(h.pAlive, h.clv)}  ${h.segment}`,
    );
    for (const c of rows) {
      const segment = c.rfm ? RFM_SEGMENT_LABELS[c.rfm.segment][lang] : '';
      const alive = c.pAlive === null ? '—' : pct(c.pAlive);
      const value = c.clv === null ? '—' : range(c.clvInterval, c.clv, true);
      out.push(
        `    ${c.id.padEnd(14)} ${money(c.revenue).padStart(12)} ${day(c.lastPurchase).padEnd(14)}${modelColumns(alive, value)}  ${segment}`,
      );
    }
  };
  out.push(t.toWatch);
  out.push(
    `  ${watch.slippingReason === 'model' ? t.slippingModels : t.slippingRfm[watch.slippingReason]}`,
  );
  table(watch.slippingAway, watch.slippingBasis === 'models');
  const clvBasis = s.file.amountBasis === null ? '' : ` ${t.basis[s.file.amountBasis]}`;
  out.push(
    `  ${watch.valuableBasis === 'clv' ? t.valuableModels(horizon, t.clvNote(s.settings.margin !== 1, clvBasis)) : t.valuableRfm}`,
  );
  table(watch.mostValuable, watch.valuableBasis === 'clv');
  out.push('');

  out.push(t.models);
  const entries = (['bgnbd', 'paretonbd', 'gammagamma'] as const).filter((m) => models[m] !== null);
  if (entries.length === 0) out.push(`  ${t.modelsMissing}`);
  for (const name of entries) {
    const m = models[name] as ModelReport;
    if (m.status === 'failed') {
      const why = t.fitFailures[m.reason] ?? m.reason;
      out.push(`  ${MODEL_NAMES[name].padEnd(12)} ${t.fitFailed}${t.colon}${why}`);
      continue;
    }
    const params = Object.entries(m.params)
      .map(([k, v]) => `${k} = ${num(v)}`)
      .join('  ');
    out.push(
      `  ${MODEL_NAMES[name].padEnd(12)} ${params}  ${t.logLikelihood} = ${num(m.logLikelihood, 7)}  AIC = ${num(m.aic, 7)}`,
    );
    if (m.standardErrors)
      out.push(
        `  ${''.padEnd(12)} ${t.standardErrors}${t.colon}${Object.entries(m.standardErrors)
          .map(([k, v]) => `${k} ${num(v, 2)}`)
          .join('  ')}`,
      );
    for (const w of m.warnings) out.push(`  ${''.padEnd(12)} ${w.message}`);
    if (m.holdout)
      out.push(
        t.holdout(
          `${num(m.holdout.duration, 4)} ${t.unit[s.settings.unit]}`,
          int(m.holdout.actualPurchases),
          local(m.holdout.predictedPurchases, 1),
          local(m.holdout.meanAbsoluteError, 3),
        ),
      );
  }
  if (s.forecast?.clv && s.settings.margin === 1) out.push(`  ${t.marginHint}`);
  if (models.chosen)
    out.push(
      `  ${t.chosen(MODEL_NAMES[models.chosen.model], models.chosen.by === 'holdout-error' ? t.byHoldout : t.byLogLikelihood)}`,
    );
  return `${out.join('\n')}\n`;
}
