// The Form intake, the pure part: the response sheet's layout, question titles, and which responses become register rows.
export * from './layout';
export * from './plan';
export * from './titles';
