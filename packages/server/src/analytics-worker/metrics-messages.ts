import { deserialize, serialize } from 'node:v8';
import {
  fittedFromText,
  fittedToText,
  RFM_SEGMENT_LABELS,
  type RfmScore,
  type RfmSegment,
} from '@habitue/analytics';
import {
  type CustomerFigures,
  type CustomerFiguresInput,
  type TransactionsFiguresInput,
  transactionsOf,
} from '../use-cases/analytics/customer-metrics.ts';
import type { FiguresJob } from '../use-cases/analytics/figures-from-database.ts';
import type { DashboardFit } from '../use-cases/analytics/fit-value-models.ts';

/**
 * What crosses between threads, and what `analytics_figures` stores. The server thread must not
 * spend long on it (at 100,000 customers a structured clone of the figures took 0.3 s of CPU on
 * the event loop): the purchases go as typed columns and the figures come back as typed arrays,
 * both moved (transferred), not copied; the RFM goes as columns too rather than one object per
 * customer, and `indexOf` is rebuilt by the server thread from the ids it already has. The fit,
 * whose model carries its functions, travels as the text the database stores it in.
 */
type FitMessage = { fitted: string; fittedAt: string };

/** Bumped when the stored shape changes: figures stored in another shape are recomputed. */
const FORMAT = 2;

const SEGMENTS = Object.keys(RFM_SEGMENT_LABELS) as RfmSegment[];

/** RFM by customer index as columns; segment code 0 = no RFM (no purchase). */
type RfmColumns = {
  segment: Uint8Array;
  /** recency, frequencyScore, monetaryScore and fm, four per customer. */
  scores: Uint8Array;
  recencyDays: Float64Array;
  frequency: Float64Array;
  monetaryCents: Float64Array;
};

export type FiguresInputMessage = Omit<TransactionsFiguresInput, 'previousFit'> & {
  previousFit?: FitMessage;
};
export type FiguresMessage = Omit<CustomerFigures, 'fit' | 'indexOf' | 'rfm'> & {
  format: typeof FORMAT;
  fit: FitMessage;
  rfm: RfmColumns;
};

const fitMessage = ({ fitted, fittedAt }: DashboardFit): FitMessage => ({
  fitted: fittedToText(fitted),
  fittedAt,
});

function dashboardFit({ fitted, fittedAt }: FitMessage): DashboardFit {
  const models = fittedFromText(fitted);
  if (!models) throw new Error('the analytics worker sent a fit that cannot be read');
  return { fitted: models, fittedAt };
}

/**
 * The request for a worker: the purchases as typed columns (built here, on the calling thread,
 * in one pass) with the buffers to transfer, and the customers' index for the answer.
 */
export function inputMessage({
  previousFit,
  customers,
  movements,
  ...input
}: CustomerFiguresInput) {
  const { indexOf, transactions } = transactionsOf(customers, movements);
  const message: FiguresInputMessage = {
    ...input,
    transactions,
    ...(previousFit ? { previousFit: fitMessage(previousFit) } : {}),
  };
  const transfer = [
    transactions.customer.buffer,
    transactions.day.buffer,
    transactions.amountCents.buffer,
  ] as ArrayBuffer[];
  return { message, transfer, indexOf };
}

/** A job for a worker that reads the database itself: only the fit needs translating. */
export type JobMessage = Omit<FiguresJob, 'previousFit'> & { previousFit?: FitMessage };

export function jobMessage({ previousFit, ...job }: FiguresJob): JobMessage {
  return { ...job, ...(previousFit ? { previousFit: fitMessage(previousFit) } : {}) };
}

export function jobOf({ previousFit, ...message }: JobMessage): FiguresJob {
  return { ...message, ...(previousFit ? { previousFit: dashboardFit(previousFit) } : {}) };
}

export function inputOf({
  previousFit,
  ...message
}: FiguresInputMessage): TransactionsFiguresInput {
  return { ...message, ...(previousFit ? { previousFit: dashboardFit(previousFit) } : {}) };
}

function rfmColumns(rfm: readonly (RfmScore | null)[]): RfmColumns {
  const n = rfm.length;
  const columns: RfmColumns = {
    segment: new Uint8Array(n),
    scores: new Uint8Array(4 * n),
    recencyDays: new Float64Array(n),
    frequency: new Float64Array(n),
    monetaryCents: new Float64Array(n),
  };
  rfm.forEach((score, c) => {
    if (!score) return;
    columns.segment[c] = SEGMENTS.indexOf(score.segment) + 1;
    columns.scores.set([score.recency, score.frequencyScore, score.monetaryScore, score.fm], 4 * c);
    columns.recencyDays[c] = score.recencyDays;
    columns.frequency[c] = score.frequency;
    columns.monetaryCents[c] = score.monetaryCents;
  });
  return columns;
}

/**
 * The pipeline's RFM objects again (customer ids are the indices, as `scoreRfm` gives them),
 * for the customers `from` to `to` of `rfm`.
 */
function fillRfmScores(columns: RfmColumns, rfm: (RfmScore | null)[], from: number, to: number) {
  const s = columns.scores;
  for (let c = from; c < to; c++) {
    const code = columns.segment[c]!;
    rfm[c] =
      code === 0
        ? null
        : ({
            customerId: String(c),
            recencyDays: columns.recencyDays[c]!,
            frequency: columns.frequency[c]!,
            monetaryCents: columns.monetaryCents[c]!,
            recency: s[4 * c],
            frequencyScore: s[4 * c + 1],
            monetaryScore: s[4 * c + 2],
            fm: s[4 * c + 3],
            segment: SEGMENTS[code - 1]!,
          } as RfmScore);
  }
}

export function figuresMessage({
  indexOf: _,
  ...figures
}: Omit<CustomerFigures, 'indexOf'> & { indexOf?: unknown }): FiguresMessage {
  return { ...figures, format: FORMAT, fit: fitMessage(figures.fit), rfm: rfmColumns(figures.rfm) };
}

export function figuresOf(message: FiguresMessage, indexOf: Map<string, number>): CustomerFigures {
  const rfm: (RfmScore | null)[] = new Array(message.rfm.segment.length);
  fillRfmScores(message.rfm, rfm, 0, rfm.length);
  return figuresWith(message, indexOf, rfm);
}

/**
 * The same, on a server thread: the RFM objects (one per customer) are rebuilt a slice at a
 * time, with a turn of the event loop between slices, so that no request waits behind them.
 */
export async function figuresInTurns(
  message: FiguresMessage,
  indexOf: Map<string, number>,
  slice = 5_000,
): Promise<CustomerFigures> {
  const rfm: (RfmScore | null)[] = new Array(message.rfm.segment.length);
  for (let from = 0; from < rfm.length; from += slice) {
    fillRfmScores(message.rfm, rfm, from, Math.min(rfm.length, from + slice));
    await nextTurn();
  }
  return figuresWith(message, indexOf, rfm);
}

function figuresWith(
  { format: _, ...message }: FiguresMessage,
  indexOf: Map<string, number>,
  rfm: (RfmScore | null)[],
): CustomerFigures {
  return { ...message, indexOf, rfm, fit: dashboardFit(message.fit) };
}

/** Lets the event loop serve what waits before going on. */
export const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The buffers of every typed array in a message that owns its whole buffer (a view into a
 * shared one — e.g. Node's small-Buffer pool — is copied instead): what `postMessage` can move.
 */
export function transferableBuffers(value: unknown, found = new Set<ArrayBuffer>()): ArrayBuffer[] {
  if (ArrayBuffer.isView(value)) {
    const buffer = value.buffer;
    if (
      buffer instanceof ArrayBuffer &&
      value.byteOffset === 0 &&
      value.byteLength === buffer.byteLength
    )
      found.add(buffer);
  } else if (Array.isArray(value)) {
    if (value.length > 0 && typeof value[0] === 'object')
      for (const v of value) transferableBuffers(v, found);
  } else if (value && typeof value === 'object' && !(value instanceof Date)) {
    for (const v of Object.values(value)) transferableBuffers(v, found);
  }
  return [...found];
}

/** A message as bytes for the database (the v8 serialisation that structured clone uses). */
export function encodeMessage(message: FiguresMessage): Uint8Array {
  return serialize(message);
}

/**
 * Stored figures for `customerCount` customers, or null when this process cannot use them
 * (written by another Node, in another shape, or for another customer list).
 */
export function readStoredMessage(bytes: Uint8Array, customerCount: number): FiguresMessage | null {
  try {
    const message = deserialize(bytes) as FiguresMessage;
    if (message.format !== FORMAT) return null;
    if (message.summary.customerCount !== customerCount) return null;
    return message;
  } catch {
    return null;
  }
}
