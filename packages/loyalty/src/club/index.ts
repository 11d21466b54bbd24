export * from './club-months.ts';
export * from './club-settings.ts';
export * from './membership.ts';
