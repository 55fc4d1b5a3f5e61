// Which check, observed on Google, settles each open question: when Google shows the other
// behaviour, the matching emulator switch (QUIRKS in packages/emulator/runtime.ts) becomes the emulator's
// default (conformance/results.ts). Plain data and predicates: no Apps Script, no Node.
import type { Json } from './types';

export type QuirkEvidence = { check: string; shows: (observed: Json) => boolean; why: string };

const field = (o: Json, k: string): Json | undefined =>
  o && typeof o === 'object' && !Array.isArray(o) ? (o as Record<string, Json>)[k] : undefined;

export const QUIRK_EVIDENCE: Record<
  | 'formula-locale-separators'
  | 'scalar-workday'
  | 'strict-drive-file'
  | 'no-document-lock'
  | 'built-chart-no-picture'
  | 'far-date-number'
  | 'far-date-text'
  | 'hidden-chart-no-picture'
  | 'paragraphs-without-cells'
  | 'docx-drops-page-number',
  QuirkEvidence
> = {
  'formula-locale-separators': {
    check: 'formula.probe.forms',
    why: 'the add-on\'s ARRAYFORMULA form fails to parse with "," and parses with ";"',
    shows: (o) => field(o, 'array,') === 'parse-error' && field(o, 'array;') !== 'parse-error',
  },
  'scalar-workday': {
    check: 'formula.arrayformula.workday',
    why: 'WORKDAY inside ARRAYFORMULA gave one value for every row',
    shows: (o) => field(o, 'perRow') === false,
  },
  'strict-drive-file': {
    check: 'drive.documentapp-doc.reachable',
    why: 'the Drive API answered "not found" for a Doc made by DocumentApp.create',
    shows: (o) => o === 'not-found',
  },
  'no-document-lock': {
    check: 'lock.document',
    why: 'getDocumentLock() returned null',
    shows: (o) => o === 'null',
  },
  'built-chart-no-picture': {
    check: 'chart.built.getAs',
    why: 'getAs on the chart object build() returned threw, once inserted',
    shows: (o) => o === 'throws' || o === 'not-png',
  },
  // One question, three answers: the default (an invalid Date, after the one public report) or
  // one of these two. They exclude each other; a run on Google shows at most one.
  'far-date-number': {
    check: 'values.date.beyond-9999',
    why: 'getValues() gave the plain number for a phone number in a date-formatted cell',
    shows: (o) => field(o, 'phone') === 'number',
  },
  'far-date-text': {
    check: 'values.date.beyond-9999',
    why: 'getValues() gave text for a phone number in a date-formatted cell',
    shows: (o) => field(o, 'phone') === 'string',
  },
  'docx-drops-page-number': {
    check: 'docs.convert.page-number',
    why: "Drive's import of the .docx skeleton left no AutoText PAGE_NUMBER in the footer",
    shows: (o) => field(o, 'pageNumber') === 'dropped',
  },
  'hidden-chart-no-picture': {
    check: 'chart.getAs.hidden-sheet',
    why: 'a chart on a hidden sheet gave no PNG picture',
    shows: (o) => field(o, 'threw') === true,
  },
  'paragraphs-without-cells': {
    check: 'docs.picture.placed',
    why: 'Body.getParagraphs() did not count the paragraphs in table cells',
    shows: (o) => field(o, 'cellsCounted') === false,
  },
};

/** Quirks that answer the same question differently: never on together. */
export const EXCLUSIVE_QUIRKS: ReadonlyArray<ReadonlyArray<keyof typeof QUIRK_EVIDENCE>> = [
  ['far-date-number', 'far-date-text'],
];
