// The settings sheet as data: its keys, labels, defaults and the rows letters read, and one read of the sheet into Settings.
export * from './letter-rows';
export * from './model';
export * from './unit-profile';
