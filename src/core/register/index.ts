// The register: its columns and lists, finding its header, mapping an office's own layout, reading rows into requests and problems, numbering.
export * from './escape';
export * from './header-row';
export * from './headers';
export * from './identifier';
export * from './live';
export * from './mapping';
export * from './mapping-json';
export * from './numbering';
export * from './parse';
export * from './parse-chain';
export * from './plausible-dates';
export * from './probe';
export * from './schema';
export * from './stored-mapping';
export * from './text-dates';
export * from './values';
