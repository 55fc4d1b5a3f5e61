// The calendar: dates as day numbers, working days as Sheets counts them, the holiday decrees and their sync with a sheet.
export * from './calendar';
export * from './dates';
export * from './holiday-sync';
export * from './holidays';
export * from './dispute-clock';
