export * from './cause-share.ts';
