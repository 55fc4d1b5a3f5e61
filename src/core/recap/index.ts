// The figures: one Recap per period and as-of date, the chain's figures, table rows, recap files and the central PPID's consolidation.
export * from './consolidate';
export * from './count-rows';
export * from './recap';
export * from './recap-chain';
export * from './recap-file';
export * from './recap-json';
export * from './recorded';
