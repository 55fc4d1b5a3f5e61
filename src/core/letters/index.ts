// Letters from a register row, the pure part: kinds, content, templates, formats, the Surat log. Adapters: src/docs/letter-*.ts, src/sheets/letter-log.ts, src/ui/letter-action.ts.
export * from './builtin';
export * from './content';
export * from './format';
export * from './kinds';
export * from './letter-row';
export * from './log';
export * from './template';
export * from './pagination';
