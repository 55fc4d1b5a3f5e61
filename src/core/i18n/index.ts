// Every officer-visible string, Indonesian first: problem messages, menus, dialogs, the strings of each feature.
export * from './i18n';
export * from './ui-strings';
export * from './strings/annual';
export * from './strings/chain-problems';
export * from './strings/chain-ui';
export * from './strings/consolidate';
export * from './strings/corrections';
export * from './strings/intake';
export * from './strings/letters';
export * from './strings/mapping';
export * from './strings/missing-settings';
export * from './strings/reminder';
export * from './strings/trust';
export * from './strings/wording';
