export {
  type NormalisationSettings,
  PRIORITY_COMPONENTS,
  type PriorityComponent,
  type PriorityInput,
} from './components.ts';
export {
  type ComponentContribution,
  DEFAULT_PRIORITY_WEIGHTS,
  type PriorityEntry,
  type PriorityWeights,
  priorityList,
  type ReasonLevel,
} from './priority-score.ts';
