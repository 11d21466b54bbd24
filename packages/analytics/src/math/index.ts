export { type BfgsOptions, minimizeBfgs } from './bfgs.ts';
export { digamma } from './digamma.ts';
export { withCentralDifferences } from './finite-differences.ts';
export { hyp2f1, hyp2f1Signed, logHyp2f1 } from './hyp2f1.ts';
export type { SignedLog } from './hyp2f1-series.ts';
export { gammaSign, logBeta, logGamma, sinPi } from './log-gamma.ts';
export { logAddExp, logSubExp, logSumExp } from './log-sum-exp.ts';
export { minimizeNelderMead, type NelderMeadOptions } from './nelder-mead.ts';
export type { MinimizeReason, MinimizeResult, Objective } from './optimizer-types.ts';
