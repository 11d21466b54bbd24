export { comparisonCustomers } from './comparison-inputs.ts';
export {
  type ComparisonCustomer,
  type MatchedDifference,
  matchedMarginDifference,
  type Stratum,
} from './matched-comparison.ts';
export {
  type ProgramRoiEstimate,
  programRoi,
  programRoiEstimate,
  type Statement,
} from './program-roi.ts';
export {
  type BreakEvenLift,
  breakEvenLift,
  pointsLiability,
  type RewardCostRatio,
  rewardCostRatio,
} from './reward-economics.ts';
export {
  type ControlledAction,
  type RolledUpActions,
  rollUpControlGroups,
} from './roll-up-control-groups.ts';
