// The "Gambar Laporan" sheet (issue #24 item 9): the unit's pictures for the reports, one row
// each (core/report/pictures.ts has the columns). A sheet of its own rather than a block of the
// settings sheet: its rows carry a file ID and its maker, which the add-on writes when the
// officer uploads a picture, beside what the officer writes (section, caption, period); and it
// is made on the first upload, so setup makes no call for it. A report reads it once.
import {
  PICTURE_SHEET,
  PICTURE_SECTIONS,
  parsePictureRows,
  type PictureRow,
  type PictureProblem,
} from '../core/report';
import type { Lang } from '../core/types';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const WIDTHS = [200, 360, 120, 300, 220];

function find(ss: Spreadsheet): Sheet | null {
  for (const name of PICTURE_SHEET.names) {
    const s = ss.getSheetByName(name);
    if (s) return s;
  }
  return null;
}

/** The sheet's rows and their problems; none when the unit keeps no pictures (two calls then). */
export function readPictureRows(ss: Spreadsheet): { rows: PictureRow[]; problems: PictureProblem[] } {
  const sheet = find(ss);
  if (!sheet) return { rows: [], problems: [] };
  return parsePictureRows(sheet.getDataRange().getValues());
}

/** The sheet, made with its headers and a section dropdown when the unit has none yet. */
export function ensurePictureSheet(ss: Spreadsheet, lang: Lang): Sheet {
  const found = find(ss);
  if (found && found.getLastRow() > 0) return found;
  // insertSheet makes the new sheet the active one: the officer stays where they were.
  const active = found ? null : ss.getActiveSheet();
  const sheet = found ?? ss.insertSheet(PICTURE_SHEET.names[lang === 'en' ? 1 : 0], ss.getNumSheets());
  const header = PICTURE_SHEET.columns[lang];
  sheet.getRange(1, 1, 1, header.length).setValues([header]).setFontWeight('bold').setBackground('#e8eaed');
  sheet.setFrozenRows(1);
  WIDTHS.forEach((w, i) => sheet.setColumnWidth(i + 1, w));
  const sections = Object.values(PICTURE_SECTIONS).map((s) => s[lang]);
  sheet
    .getRange(2, 1, Math.max(sheet.getMaxRows() - 1, 1), 1)
    .setDataValidation(
      SpreadsheetApp.newDataValidation().requireValueInList(sections, true).setAllowInvalid(true).build(),
    );
  // Periods and IDs stay text: "2025" must not become a number.
  sheet.getRange(2, 3, Math.max(sheet.getMaxRows() - 1, 1), 3).setNumberFormat('@');
  if (active) active.activate();
  return sheet;
}

/** Appends one picture's row; returns its row number. */
export function appendPictureRow(
  ss: Spreadsheet,
  lang: Lang,
  row: { section: string; caption: string; period: string; fileId: string; maker: string },
): number {
  const sheet = ensurePictureSheet(ss, lang);
  const at = sheet.getLastRow() + 1;
  if (sheet.getMaxRows() < at) sheet.insertRowsAfter(sheet.getMaxRows(), at - sheet.getMaxRows());
  sheet
    .getRange(at, 1, 1, 5)
    .setNumberFormats([['@', '@', '@', '@', '@']])
    .setValues([[row.section, row.caption, row.period, row.fileId, row.maker]]);
  return at;
}
