/** Who to call back first: the one rule for "slipping away" (docs/analytics/slipping-away.md). */
export {
  type CallBackBasis,
  type CallBackInput,
  type CallBackList,
  type CallBackOptions,
  type CallBackReason,
  customersToCallBack,
  SLIPPING_AWAY_P_ALIVE,
  SLIPPING_SEGMENTS,
} from './customers-to-call-back.ts';
