export * from './goal-metric.ts';
export * from './goal-progress.ts';
export * from './goal-templates.ts';
