// What a service call may cost on Google, per method, for the bench's estimated time per report.
// Each row gives a low and a high figure in milliseconds and where they come from: a measurement
// someone published (named), or "guess" where no source was found (research in
// /tmp/research/google.md §4: no sourced per-call figure exists for DocumentApp, Docs, Drive or
// chart pictures). The estimate is only as good as these rows; change a row when a measurement on
// Google replaces a guess.

export interface CallCost {
  /** Matches "Class.method" names as the emulator counts them. */
  match: RegExp;
  low: number;
  high: number;
  source: string;
}

export type Area = 'sheet' | 'charts' | 'document' | 'drive' | 'other';

const SHEETS =
  'low: Google, Apps Script best practices (a 100×100 per-cell setBackgroundColor loop, ~70 s, ~7 ms a call; recalled, the sentence not retrieved verbatim); high: moseskim/google-app-scripts-3rd 16/16-02.gs, 1,000 rows of getRange+getValue+getRange+setValue in 318,580 ms, ~80 ms a call (one run; reads between writes empty the write cache each time)';

/** First match wins. */
export const CALL_COSTS: CallCost[] = [
  {
    match: /^SpreadsheetApp\.flush$/,
    low: 560,
    high: 560,
    source:
      'Stack Overflow answer (mirrored at ruby-bash.developreference.com/article/29263774): a 4,000-cell write took <50 ms, 610 ms with flush()',
  },
  {
    match: /^Properties\.getProperty$/,
    low: 30,
    high: 30,
    source: 'ziritione.org/post/apps_script_performance: getProperty 30 ms average of 100 runs',
  },
  {
    match: /^Properties\.setProperty$/,
    low: 43,
    high: 62,
    source: 'ziritione.org/post/apps_script_performance: setProperty 62 ms average, 43 ms min, of 100 runs',
  },
  {
    match:
      /^(EmbeddedChartBuilder|DataValidationBuilder|ConditionalFormatRuleBuilder)\.|^SpreadsheetApp\.new|^Sheet\.newChart$/,
    low: 0.1,
    high: 2,
    source: 'guess: a builder object in the script, no round trip until build/insert',
  },
  { match: /^EmbeddedChart\.(getAs|getBlob)$/, low: 500, high: 3000, source: 'guess: Google draws the chart as a PNG' },
  { match: /^Sheet\.insertChart$/, low: 50, high: 500, source: 'guess' },
  {
    match: /^(Sheet|Range|RangeList|Spreadsheet|ContainerInfo|EmbeddedChart|Banding|Protection)\./,
    low: 7,
    high: 80,
    source: SHEETS,
  },
  {
    match: /^(SpreadsheetApp|PropertiesService|LockService|Lock)\./,
    low: 7,
    high: 80,
    source: `guess, as Sheets: ${SHEETS}`,
  },
  {
    match: /^Docs\.Documents\./,
    low: 300,
    high: 1500,
    source: 'guess: one HTTP round trip per call, whatever the number of requests',
  },
  { match: /^(DocumentApp\.(create|openById)|Document\.saveAndClose)$/, low: 500, high: 2000, source: 'guess' },
  { match: /^Document\.(getAs|getBlob)$/, low: 2000, high: 6000, source: 'guess: a PDF conversion' },
  {
    match:
      /^(DocumentApp|Document|Body|Paragraph|ListItem|Table|TableRow|TableCell|Text|InlineImage|HeaderSection|FooterSection)\./,
    low: 5,
    high: 50,
    source:
      'guess: DocumentApp buffers edits until saveAndClose (its reference: "Causes pending updates to be flushed and applied")',
  },
  { match: /^Drive\./, low: 200, high: 800, source: 'guess: one Drive API v3 HTTP round trip' },
  { match: /^(DriveApp|File|Folder|FileIterator|FolderIterator)\./, low: 100, high: 500, source: 'guess' },
  { match: /^(Utilities|Session|Blob|Logger|User)\./, low: 0.1, high: 2, source: 'guess: computed in the script' },
  { match: /./, low: 7, high: 80, source: `guess, as Sheets: ${SHEETS}` },
];

export function costOf(method: string): CallCost {
  return CALL_COSTS.find((c) => c.match.test(method)) as CallCost;
}

/** Which part of a report a call belongs to. */
export function areaOf(method: string): Area {
  if (/^(EmbeddedChart|EmbeddedChartBuilder|ContainerInfo)\.|^Sheet\.(newChart|insertChart|getCharts)$/.test(method))
    return 'charts';
  if (
    /^(Docs|DocumentApp|Document|Body|Paragraph|ListItem|Table|TableRow|TableCell|Text|InlineImage|HeaderSection|FooterSection)\./.test(
      method,
    )
  )
    return 'document';
  if (/^(Drive|DriveApp|File|Folder|FileIterator|FolderIterator)\./.test(method)) return 'drive';
  if (/^(Sheet|Range|RangeList|Spreadsheet|SpreadsheetApp)\./.test(method)) return 'sheet';
  return 'other';
}

export interface Estimate {
  /** Seconds on Google, low and high, by the table above. */
  seconds: { low: number; high: number };
  byArea: Record<Area, { calls: number; low: number; high: number }>;
}

export function estimate(byMethod: Record<string, number>): Estimate {
  const byArea = Object.fromEntries(
    (['sheet', 'charts', 'document', 'drive', 'other'] as Area[]).map((a) => [a, { calls: 0, low: 0, high: 0 }]),
  ) as Estimate['byArea'];
  let low = 0;
  let high = 0;
  for (const [m, n] of Object.entries(byMethod)) {
    const c = costOf(m);
    const a = byArea[areaOf(m)];
    a.calls += n;
    a.low += (n * c.low) / 1000;
    a.high += (n * c.high) / 1000;
    low += n * c.low;
    high += n * c.high;
  }
  const r = (x: number) => Math.round(x * 10) / 10;
  for (const a of Object.values(byArea)) {
    a.low = r(a.low);
    a.high = r(a.high);
  }
  return { seconds: { low: r(low / 1000), high: r(high / 1000) }, byArea };
}
