export {
  averageOrderValue,
  type Period,
  type PurchaseActivity,
  purchaseActivity,
} from './activity.ts';
export { activityByGroup, type GroupActivity } from './group-split.ts';
