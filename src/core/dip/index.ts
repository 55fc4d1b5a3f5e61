// The Daftar Informasi Publik and the Daftar Informasi yang Dikecualikan: columns, reading, checks, counts.
export * from './model';
export * from './parse';
export * from './summary';
export * from './link';
export * from './adopt';
