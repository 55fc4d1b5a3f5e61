// Load order of the DocumentApp element modules (no Apps Script class of its own).
//
// The element classes refer to one another both ways (a Container makes Text, a Section makes
// Paragraphs, Text checks for Sections), so every docs-*.ts module imports its siblings from here
// and this list fixes the order they run in: a base class is defined before any class extending it.
// Code outside these modules imports from './docs' only.

export * from './docs-enums';
export * from './docs-element';
export * from './docs-section';
export * from './docs-paragraph';
export * from './docs-table';
export * from './docs-text';
export * from './docs-inline';
