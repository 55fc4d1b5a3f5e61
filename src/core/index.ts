// The pure core's public API: schema, parsing, calendar, recap, strings. No Apps Script here.
export type * from './types';
export * from './dates';
export * from './holidays';
export * from './calendar';
export * from './schema';
export * from './parse';
export * from './recap';
export * from './i18n';
export * from './escape';
