/** Descriptive customer-value measures: what the purchase history says, no model involved. */
export * from './acquisition/index.ts';
export * from './b2b/index.ts';
export * from './clv/index.ts';
export * from './cross-sell/index.ts';
export * from './frequency/index.ts';
export * from './pareto/index.ts';
export * from './priority/index.ts';
export * from './program/index.ts';
export * from './recognition/index.ts';
export * from './retention/index.ts';
export * from './rfm/index.ts';
