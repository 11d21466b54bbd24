import { deserialize, serialize } from 'node:v8';
import { fittedFromText, fittedToText } from '@habitue/analytics';
import type {
  CustomerFigures,
  CustomerFiguresInput,
} from '../use-cases/analytics/customer-metrics.ts';
import type { DashboardFit } from '../use-cases/analytics/fit-value-models.ts';

/**
 * What crosses between threads. Everything in the figures survives structured cloning (Dates,
 * Maps, typed arrays, plain objects) except the fit, whose model carries its functions: it
 * travels as the text the database stores it in (`fittedToText`).
 */
type FitMessage = { fitted: string; fittedAt: string };

export type FiguresInputMessage = Omit<CustomerFiguresInput, 'previousFit'> & {
  previousFit?: FitMessage;
};
export type FiguresMessage = Omit<CustomerFigures, 'fit'> & { fit: FitMessage };

const fitMessage = ({ fitted, fittedAt }: DashboardFit): FitMessage => ({
  fitted: fittedToText(fitted),
  fittedAt,
});

function dashboardFit({ fitted, fittedAt }: FitMessage): DashboardFit {
  const models = fittedFromText(fitted);
  if (!models) throw new Error('the analytics worker sent a fit that cannot be read');
  return { fitted: models, fittedAt };
}

export function inputMessage({ previousFit, ...input }: CustomerFiguresInput): FiguresInputMessage {
  return { ...input, ...(previousFit ? { previousFit: fitMessage(previousFit) } : {}) };
}

export function inputOf({ previousFit, ...message }: FiguresInputMessage): CustomerFiguresInput {
  return { ...message, ...(previousFit ? { previousFit: dashboardFit(previousFit) } : {}) };
}

export const figuresMessage = (figures: CustomerFigures): FiguresMessage => ({
  ...figures,
  fit: fitMessage(figures.fit),
});

export const figuresOf = (message: FiguresMessage): CustomerFigures => ({
  ...message,
  fit: dashboardFit(message.fit),
});

/** The figures as bytes for the database (the same structured clone that crosses threads). */
export function encodeFigures(figures: CustomerFigures): Buffer {
  return serialize(figuresMessage(figures));
}

/** The stored figures, or null when this process cannot read them (written by another Node). */
export function decodeFigures(bytes: Uint8Array): CustomerFigures | null {
  try {
    return figuresOf(deserialize(bytes) as FiguresMessage);
  } catch {
    return null;
  }
}
