// Letters from a register row (issue 14): the pure part. The Docs, Sheets and dialog adapters
// live in src/docs/letter-*.ts, src/sheets/letter-log.ts and src/ui/letter-action.ts.
export * from './kinds';
export * from './letter-row';
export * from './grounds';
export * from './format';
export * from './template';
export * from './builtin';
export * from './content';
export * from './log';
export * from './settings';
