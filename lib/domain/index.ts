// The pure rules, for callers outside lib/domain.
export * from './eligibility';
export * from './identity';
export * from './masking';
export * from './notice';
export * from './regions';
export * from './time';
export * from './programme';
export * from './retention';
export * from './personal-numbers';
export * from './stable-exit';
