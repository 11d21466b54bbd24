export * from './liability-input.ts';
export * from './measure-liability.ts';
