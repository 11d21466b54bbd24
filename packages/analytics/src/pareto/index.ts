export { gini, type LorenzPoint, lorenzCurve, topCustomersShare } from './lorenz.ts';
