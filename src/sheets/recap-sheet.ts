// Writes one recap layout as a sheet with native charts. Built under a hidden temporary name and
// swapped in at the end, so a failure half-way never leaves a half-made recap visible and a
// regeneration replaces the old sheet (and its charts) instead of adding a second one.
import type { RecapLayout } from './recap-layout';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Blob = GoogleAppsScript.Base.Blob;

export interface RecapSheetResult {
  sheet: Sheet;
  /** PNG of each chart by layout key, for the report document. */
  chartImages: Record<string, Blob>;
}

const TEMP_SUFFIX = ' (sedang dibuat)';

export function writeRecapSheet(ss: Spreadsheet, layout: RecapLayout, name: string): RecapSheetResult {
  const tempName = `${name}${TEMP_SUFFIX}`;
  const leftover = ss.getSheetByName(tempName);
  if (leftover) ss.deleteSheet(leftover);
  const sheet = ss.insertSheet(tempName);
  try {
    sheet.hideSheet();
    const rows = layout.values.length;
    if (sheet.getMaxRows() < rows) sheet.insertRowsAfter(sheet.getMaxRows(), rows - sheet.getMaxRows());
    sheet.getRange(1, 1, rows, layout.width).setValues(layout.values);

    sheet.getRange(layout.titleRow, 1).setFontWeight('bold').setFontSize(14);
    for (const r of layout.sectionRows) sheet.getRange(r, 1).setFontWeight('bold').setFontSize(12);
    for (const tb of layout.tables) {
      if (tb.title) sheet.getRange(tb.headerRow - 1, 2).setFontWeight('bold');
      sheet.getRange(tb.headerRow, 1, 1, tb.numCols).setFontWeight('bold').setBackground('#d2e3fc');
      if (tb.totalRow) sheet.getRange(tb.totalRow, 1, 1, tb.numCols).setFontWeight('bold').setBackground('#f1f3f4');
      if (tb.percentCol) sheet.getRange(tb.firstRow, tb.percentCol, tb.lastRow - tb.firstRow + 1, 1).setNumberFormat('0%');
    }
    sheet.setColumnWidth(1, 48);
    sheet.setColumnWidth(2, 300);
    sheet.setColumnWidths(3, 5, 100);

    for (const c of layout.charts) {
      const builder = sheet.newChart()
        .setChartType(c.type === 'pie' ? Charts.ChartType.PIE : c.type === 'bar' ? Charts.ChartType.BAR : Charts.ChartType.COLUMN)
        .addRange(sheet.getRange(c.row, c.col, c.numRows, c.numCols))
        .setNumHeaders(1)
        .setPosition(c.anchorRow, c.anchorCol, 0, 0)
        .setOption('title', c.title)
        .setOption('legend', { position: c.type === 'pie' ? 'right' : 'none' })
        .setOption('width', 480)
        .setOption('height', 300);
      sheet.insertChart(builder.build());
    }

    const old = ss.getSheetByName(name);
    if (old) ss.deleteSheet(old);
    sheet.setName(name);
    sheet.showSheet();
  } catch (err) {
    try {
      ss.deleteSheet(sheet);
    } catch (_) {
      // The original error is the one worth reporting.
    }
    throw err;
  }
  const charts = sheet.getCharts();
  const chartImages: Record<string, Blob> = {};
  layout.charts.forEach((c, i) => {
    if (charts[i]) chartImages[c.key] = charts[i].getAs('image/png');
  });
  return { sheet, chartImages };
}
