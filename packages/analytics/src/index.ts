/**
 * @habitue/analytics — customer-value analytics as pure functions.
 * No I/O, no clock: the analysis date is always a parameter.
 */

export * from './backtest/index.ts';
export * from './call-back/index.ts';
export * from './evaluation/index.ts';
export * from './goals/index.ts';
export * from './liability/index.ts';
export {
  PACKED_INDICES,
  PACKED_VALUES,
  packedIndex,
  packedValue,
  packWithIndex,
} from './math/index-packing.ts';
export * from './measures.ts';
export * from './models/index.ts';
export * from './pipeline/index.ts';
export * from './seasons/index.ts';
export * from './simulate/index.ts';
export * from './summary/index.ts';
