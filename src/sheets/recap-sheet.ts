// Writes one recap layout as a sheet with native charts. Built under a hidden temporary name and
// swapped in at the end, so a failure half-way never leaves a half-made recap visible and a
// regeneration replaces the old sheet (and its charts) instead of adding a second one.
// A report swaps it in only once its document, PDF and JSON are made (buildRecapSheet, then the
// draft's swapIn / undo / finish, driven by src/ui/report-action.ts), so that the sheet and the
// shared files never show different figures; the chart pictures are taken from the hidden draft.
import { CHART_HEIGHT, CHART_WIDTH, type RecapLayout } from './recap-layout';
import { type RecapStyle, recapStyles } from './recap-styles';
import { ensureRows } from './grow';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Blob = GoogleAppsScript.Base.Blob;
type BuiltChart = { key: string; chart: GoogleAppsScript.Spreadsheet.EmbeddedChart };

export interface RecapSheetResult {
  sheet: Sheet;
  /** PNG of each chart by layout key, for the report document. */
  chartImages: Record<string, Blob>;
}

const TEMP_SUFFIX = ' (sedang dibuat)';
const OLD_SUFFIX = ' (lama)';

/** A recap sheet built under its temporary name, hidden, with its chart pictures taken. */
export interface RecapSheetDraft extends RecapSheetResult {
  /** Puts the draft in the old sheet's place (the old one steps aside as "(lama)"). */
  swapIn(): void;
  /** Undoes the run: the draft is deleted and the old sheet, if it stepped aside, is back. */
  undo(): void;
  /** After the report is committed: the old sheet goes (hidden if it cannot). */
  finish(): void;
}

/** Builds, swaps in and finishes at once (the consolidation, which has no files to wait for). */
export function writeRecapSheet(ss: Spreadsheet, layout: RecapLayout, name: string): RecapSheetResult {
  const draft = buildRecapSheet(ss, layout, name);
  try {
    draft.swapIn();
  } catch (err) {
    draft.undo();
    throw err;
  }
  draft.finish();
  return { sheet: draft.sheet, chartImages: draft.chartImages };
}

export function buildRecapSheet(ss: Spreadsheet, layout: RecapLayout, name: string): RecapSheetDraft {
  const tempName = `${name}${TEMP_SUFFIX}`;
  const oldName = `${name}${OLD_SUFFIX}`;
  // Hidden leftovers of a run that failed half-way.
  for (const leftoverName of [tempName, oldName]) {
    const leftover = ss.getSheetByName(leftoverName);
    if (leftover) ss.deleteSheet(leftover);
  }
  const old = ss.getSheetByName(name);
  const sheet = ss.insertSheet(tempName);
  let chartImages: Record<string, Blob>;
  try {
    sheet.hideSheet();
    const rows = layout.values.length;
    ensureRows(sheet, rows);
    sheet.getRange(1, 1, rows, layout.width).setValues(layout.values);

    // One RangeList call per style, not one per block (recap-styles.ts).
    for (const style of recapStyles(layout)) applyStyle(sheet.getRangeList(style.a1), style);
    sheet.setColumnWidth(1, 48);
    sheet.setColumnWidth(2, 300);
    sheet.setColumnWidths(3, 5, 100);

    // Each chart: one getRange for its data, the builder's calls (one setOption per key: the
    // builder has no batch), build, insert. The built chart is kept for its picture.
    const built: BuiltChart[] = [];
    for (const c of layout.charts) {
      const builder = sheet
        .newChart()
        .setChartType(
          c.type === 'pie' ? Charts.ChartType.PIE : c.type === 'bar' ? Charts.ChartType.BAR : Charts.ChartType.COLUMN,
        )
        .addRange(sheet.getRange(c.row, c.col, c.numRows, c.numCols))
        .setNumHeaders(1)
        .setPosition(c.anchorRow, c.anchorCol, 0, 0)
        .setOption('title', c.title)
        .setOption('legend', { position: c.type === 'pie' ? 'right' : 'none' })
        .setOption('width', CHART_WIDTH)
        .setOption('height', CHART_HEIGHT);
      // A slice shows its count, not a percentage: Sheets would compute its own, which can differ
      // from the table's by the rounding rule (docs/percentages.md), and a reader would see two
      // percentages for one count. Google Charts' pie option pieSliceText: "'value' - The
      // quantitative value of the slice" (default 'percentage'),
      // https://developers.google.com/chart/interactive/docs/gallery/piechart#configuration-options;
      // setOption passes Charts options through (EmbeddedChartBuilder.setOption reference).
      if (c.type === 'pie') builder.setOption('pieSliceText', 'value');
      const chart = builder.build();
      sheet.insertChart(chart);
      built.push({ key: c.key, chart });
    }

    chartImages = chartPictures(sheet, layout, built);
  } catch (err) {
    try {
      ss.deleteSheet(sheet);
    } catch (_) {
      // The original error is the one worth reporting; hidden, the draft is a leftover the next run deletes.
    }
    throw err;
  }
  let oldRenamed = false;
  // The swap: the old sheet steps aside under another name and goes only once the new one
  // stands in its place and the report is committed, so a failure at any step leaves one
  // complete recap under its name.
  return {
    sheet,
    chartImages,
    swapIn() {
      if (old) {
        old.setName(oldName);
        oldRenamed = true;
      }
      sheet.setName(name);
      sheet.showSheet();
    },
    undo() {
      try {
        ss.deleteSheet(sheet);
        if (old && oldRenamed) old.setName(name);
      } catch (_) {
        // The original error is the one worth reporting.
      }
    },
    finish() {
      if (!old) return;
      try {
        ss.deleteSheet(old);
      } catch (_) {
        // The new recap is in place; hidden, the old one is only a leftover the next run deletes.
        try {
          old.hideSheet();
        } catch (_e) {
          // Still complete, only under its "(lama)" name.
        }
      }
    },
  };
}

function applyStyle(list: GoogleAppsScript.Spreadsheet.RangeList, style: RecapStyle): void {
  switch (style.property) {
    case 'fontWeight':
      list.setFontWeight(style.value as 'bold');
      break;
    case 'fontSize':
      list.setFontSize(Number(style.value));
      break;
    case 'background':
      list.setBackground(String(style.value));
      break;
    case 'numberFormat':
      list.setNumberFormat(String(style.value));
      break;
  }
}

/**
 * Each chart's picture, taken once for the sheet and the document, by its layout key: from the
 * chart object build() returned, so neither Sheet.getCharts() nor a ContainerInfo is needed.
 * SpreadsheetApp.flush() first, so the values and charts written above are applied before they
 * are drawn (its reference: "Applies all pending Spreadsheet changes").
 *
 * No source says whether EmbeddedChart.getAs works on the built object once inserted (the
 * reference's getChartId says a chart object may be "not in a spreadsheet"; the examples take
 * charts from getCharts()). The emulator's "built-chart-no-picture" quirk refuses it, and
 * "hidden-chart-no-picture" refuses a chart on the hidden draft; when the first picture fails,
 * the pictures come from getCharts() by anchor, with the draft shown if need be (below).
 */
function chartPictures(sheet: Sheet, layout: RecapLayout, built: BuiltChart[]): Record<string, Blob> {
  const chartImages: Record<string, Blob> = {};
  if (!built.length) return chartImages;
  SpreadsheetApp.flush();
  try {
    chartImages[built[0].key] = built[0].chart.getAs('image/png');
  } catch (_) {
    return chartImagesByAnchor(sheet, layout);
  }
  for (const b of built.slice(1)) chartImages[b.key] = b.chart.getAs('image/png');
  return chartImages;
}

/**
 * Each chart's picture by its layout key. The order of Sheet.getCharts() is not documented, so
 * charts are matched to their specs by the anchor cell each was placed at (no two share one).
 */
function chartImagesByAnchor(sheet: Sheet, layout: RecapLayout): Record<string, Blob> {
  try {
    return picturesOf(sheet, layout);
  } catch (_) {
    // Whether a chart on a hidden sheet gives its picture is not documented (conformance
    // chart.getAs.hidden-sheet; emulator quirk hidden-chart-no-picture). If it does not, the
    // draft is shown under its temporary name just while the pictures are taken; on any failure
    // the caller deletes it.
    sheet.showSheet();
    const pictures = picturesOf(sheet, layout);
    sheet.hideSheet();
    return pictures;
  }
}

function picturesOf(sheet: Sheet, layout: RecapLayout): Record<string, Blob> {
  const byAnchor = new Map<string, string>();
  for (const c of layout.charts) byAnchor.set(`${c.anchorRow}:${c.anchorCol}`, c.key);
  const chartImages: Record<string, Blob> = {};
  for (const chart of sheet.getCharts()) {
    const info = chart.getContainerInfo();
    const key = byAnchor.get(`${info.getAnchorRow()}:${info.getAnchorColumn()}`);
    if (key) chartImages[key] = chart.getAs('image/png');
  }
  return chartImages;
}
