export * from './action-evaluation.ts';
