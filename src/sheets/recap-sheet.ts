// Writes one recap layout as a sheet with native charts. Built under a hidden temporary name and
// swapped in at the end, so a failure half-way never leaves a half-made recap visible and a
// regeneration replaces the old sheet (and its charts) instead of adding a second one.
// A report swaps it in only once its document, PDF and JSON are made (buildRecapSheet, then the
// draft's swapIn / undo / finish, driven by src/ui/report-action.ts), so that the sheet and the
// shared files never show different figures; the chart pictures are taken from the hidden draft.
import type { RecapLayout } from './recap-layout';
import { ensureRows } from './grow';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Blob = GoogleAppsScript.Base.Blob;

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

    sheet.getRange(layout.titleRow, 1).setFontWeight('bold').setFontSize(14);
    for (const r of layout.sectionRows) sheet.getRange(r, 1).setFontWeight('bold').setFontSize(12);
    for (const tb of layout.tables) {
      if (tb.title) sheet.getRange(tb.headerRow - 1, 2).setFontWeight('bold');
      sheet.getRange(tb.headerRow, 1, 1, tb.numCols).setFontWeight('bold').setBackground('#d2e3fc');
      if (tb.totalRow) sheet.getRange(tb.totalRow, 1, 1, tb.numCols).setFontWeight('bold').setBackground('#f1f3f4');
      if (tb.percentCol)
        sheet.getRange(tb.firstRow, tb.percentCol, tb.lastRow - tb.firstRow + 1, 1).setNumberFormat('0%');
      for (const [col, format] of Object.entries(tb.formats ?? {}))
        sheet.getRange(tb.firstRow, Number(col), tb.lastRow - tb.firstRow + 1, 1).setNumberFormat(format);
    }
    sheet.setColumnWidth(1, 48);
    sheet.setColumnWidth(2, 300);
    sheet.setColumnWidths(3, 5, 100);

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
        .setOption('width', 480)
        .setOption('height', 300);
      sheet.insertChart(builder.build());
    }

    chartImages = chartImagesByAnchor(sheet, layout);
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
