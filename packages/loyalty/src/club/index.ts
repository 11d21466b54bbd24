export * from './club-months.ts';
export * from './club-settings.ts';
export * from './membership.ts';
export * from './membership-card.ts';
