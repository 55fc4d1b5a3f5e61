// The law as data: the refusal grounds of UU 14/2008 Pasal 17, the notices, the objection → dispute chain, and the words letters cite.
export * from './grounds';
export * from './letter-grounds';
export * from './execution';
