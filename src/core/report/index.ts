// What the documents say, as data: the report's blocks (quarterly, annual, consolidated), their labels, the daily digest.
export * from './annual-items';
export * from './chain-labels';
export * from './consolidated-model';
export * from './digest';
export * from './dip-sections';
export * from './labels';
export * from './missing-settings';
export * from './percent';
export * from './readings';
export * from './report-annual';
export * from './report-blocks';
export * from './report-cover';
export * from './report-execution';
export * from './report-model';
export * from './report-sections';
export * from './docs-requests';
export * from './say';
export { unitProfileLines, unitProfileProblems } from './unit-profile';
