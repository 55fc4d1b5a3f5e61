// The settings sheet: created with defaults, repaired by adding missing rows, read in one call.
import { RuleBook } from './setup-batch';
import {
  SETTINGS,
  settingDefault,
  SETTINGS_BLOCKS,
  SETTINGS_LAYOUT,
  ENTRY_SECTIONS,
  parseSettings,
  periodMatches,
  type Settings,
  type SettingKey,
} from '../core/settings';
import { TEMPLATE_SECTIONS } from '../core/report';
import { ymdParts } from '../core/calendar';
import { LISTS } from '../core/register';
import type { Day, Lang } from '../core/types';
import { t } from '../core/i18n';
import { findSheet, SheetDirectory, SHEET_NAMES, sheetRef } from './workbook';
import { ensureRows } from './grow';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface SettingsSheetInfo {
  sheet: Sheet;
  settings: Settings;
  /** A1 references the register's formulas and dropdowns point at. */
  refs: { nearDue: string; cuti: string; channels: string; topics: string };
  added: string[];
  created: boolean;
}

const LIST_ROWS = 60;

function blankGrid(rows: number, cols: number): (string | number)[][] {
  return Array.from({ length: rows }, () => Array.from({ length: cols }, () => ''));
}

export function readSettings(ss: Spreadsheet): Settings {
  const sheet = findSheet(ss, SHEET_NAMES.settings);
  const grid = sheet && sheet.getLastRow() > 0 ? sheet.getDataRange().getValues() : [];
  return parseSettings(grid, { channels: LISTS.channels, topics: LISTS.defaultTopics });
}

/**
 * Empty entry rows for the annual report's narrative items (policy, facilities, staff, budget,
 * internal and external obstacles, recommendations, follow-up) of the year under way, and in the
 * first quarter of the year just ended, where the year has no row of that section yet: the
 * officer sees what the annual report asks for and where to write it. Rows are only appended
 * below the block's last row; nothing typed moves.
 */
function annualTemplateRows(grid: unknown[][], lang: Lang, today: Day): string[][] {
  const [y, m] = ymdParts(today);
  const years = m <= 3 ? [y - 1, y] : [y];
  const e = SETTINGS_LAYOUT.entries;
  const norm = (v: unknown) =>
    String(v ?? '')
      .trim()
      .toLowerCase();
  const rows: string[][] = [];
  for (const year of years) {
    for (const section of TEMPLATE_SECTIONS) {
      const names = [ENTRY_SECTIONS[section].id, ENTRY_SECTIONS[section].en].map(norm);
      const present = grid.some(
        (row, r) => r > 0 && periodMatches(String(row[e] ?? ''), year, null) && names.includes(norm(row[e + 1])),
      );
      if (!present) rows.push([String(year), ENTRY_SECTIONS[section][lang], '', '']);
    }
  }
  return rows;
}

/** Creates the settings sheet or adds what is missing; never overwrites an officer's value. */
export function ensureSettingsSheet(
  ss: Spreadsheet,
  lang: Lang,
  today?: Day,
  book: RuleBook = new RuleBook(),
  sheets: SheetDirectory = new SheetDirectory(ss),
): SettingsSheetInfo {
  let sheet = sheets.find(SHEET_NAMES.settings);
  const added: string[] = [];
  const created = !sheet;
  const width = SETTINGS_LAYOUT.units + 1;
  let unchanged: unknown[][] | null = null;
  if (!sheet) {
    sheet = sheets.insert(SHEET_NAMES.settings[0]);
    const rows = Math.max(SETTINGS.length + 1, LISTS.channels.length + 1, LISTS.defaultTopics.length + 1);
    const grid = blankGrid(rows, width);
    SETTINGS_BLOCKS.keyValue[lang].forEach((h, i) => (grid[0][SETTINGS_LAYOUT.keyValue + i] = h));
    SETTINGS.forEach((s, i) => {
      grid[i + 1][0] = s.label[lang];
      grid[i + 1][1] = settingDefault(s, lang);
      grid[i + 1][2] = s.help[lang];
    });
    grid[0][SETTINGS_LAYOUT.channels] = SETTINGS_BLOCKS.channels[lang];
    LISTS.channels.forEach((c, i) => (grid[i + 1][SETTINGS_LAYOUT.channels] = c));
    grid[0][SETTINGS_LAYOUT.topics] = SETTINGS_BLOCKS.topics[lang];
    LISTS.defaultTopics.forEach((c, i) => (grid[i + 1][SETTINGS_LAYOUT.topics] = c));
    SETTINGS_BLOCKS.media[lang].forEach((h, i) => (grid[0][SETTINGS_LAYOUT.media + i] = h));
    SETTINGS_BLOCKS.entries[lang].forEach((h, i) => (grid[0][SETTINGS_LAYOUT.entries + i] = h));
    grid[0][SETTINGS_LAYOUT.units] = SETTINGS_BLOCKS.units[lang];
    sheet.getRange(1, 1, rows, width).setValues(grid);
    // Values are text (an 18-digit NIP must not become a rounded number, a narrative never a
    // formula), except the near-due threshold, which the register's formulas compare as a number.
    // Both formats in one write over the value column (Range.setNumberFormats: "Sets a rectangular
    // grid of number formats (must match dimensions of this range)").
    const numeric = SETTINGS.findIndex((s) => s.key === 'nearDueDays');
    sheet.getRange(2, 2, SETTINGS.length, 1).setNumberFormats(SETTINGS.map((_, i) => [i === numeric ? '0' : '@']));
    sheet.getRange(1, 1, 1, width).setFontWeight('bold').setBackground('#e8eaed');
    sheet.setFrozenRows(1);
    sheet.setColumnWidth(1, 260);
    sheet.setColumnWidth(2, 360);
    sheet.setColumnWidth(3, 320);
    sheet.getRange(2, 2, SETTINGS.length, 2).setWrap(true);
    added.push(SHEET_NAMES.settings[0]);
  } else {
    const grid = sheet.getDataRange().getValues();
    const before = added.length;
    const parsed = parseSettings(grid, { channels: LISTS.channels, topics: LISTS.defaultTopics });
    if (parsed.missingKeys.length) {
      // Append the missing key rows under the last used row of the key/value block.
      let last = 1;
      for (let r = 1; r < grid.length; r++) if (String(grid[r][0] ?? '').trim()) last = r + 1;
      const specs = SETTINGS.filter((s) => parsed.missingKeys.includes(s.key));
      ensureRows(sheet, last + specs.length);
      sheet
        .getRange(last + 1, 1, specs.length, 3)
        .setValues(specs.map((s) => [s.label[lang], settingDefault(s, lang), s.help[lang]]));
      added.push(...specs.map((s) => s.label[lang]));
    }
    const header = grid[0] ?? [];
    const ensureList = (col: number, title: string, values: string[]) => {
      if (String(header[col] ?? '').trim()) return;
      const empty = grid.every((row, r) => r === 0 || !String(row[col] ?? '').trim());
      if (!empty) return;
      sheet!.getRange(1, col + 1, values.length + 1, 1).setValues([[title], ...values.map((v) => [v])]);
      added.push(title);
    };
    ensureList(SETTINGS_LAYOUT.channels, SETTINGS_BLOCKS.channels[lang], LISTS.channels);
    ensureList(SETTINGS_LAYOUT.topics, SETTINGS_BLOCKS.topics[lang], LISTS.defaultTopics);
    ensureList(SETTINGS_LAYOUT.units, SETTINGS_BLOCKS.units[lang], []);
    const ensureHeaders = (col: number, titles: string[]) => {
      if (titles.every((_, i) => !String(header[col + i] ?? '').trim())) {
        sheet!.getRange(1, col + 1, 1, titles.length).setValues([titles]);
        added.push(titles[1]);
      }
    };
    ensureHeaders(SETTINGS_LAYOUT.media, SETTINGS_BLOCKS.media[lang]);
    ensureHeaders(SETTINGS_LAYOUT.entries, SETTINGS_BLOCKS.entries[lang]);
    // Nothing written (every write above adds to `added`): the sheet is as read.
    if (added.length === before) unchanged = grid;
  }

  // One read after the writes gives the final positions of the cells formulas point at.
  const grid = unchanged ?? sheet.getDataRange().getValues();
  if (today !== undefined) {
    const rows = annualTemplateRows(grid, lang, today);
    if (rows.length) {
      const e = SETTINGS_LAYOUT.entries;
      let last = 0;
      grid.forEach((row, r) => {
        if ([0, 1, 2, 3].some((k) => String(row[e + k] ?? '').trim())) last = r;
      });
      // Written as plain text: "2025" must stay a period, not become a number.
      const target = sheet.getRange(last + 2, e + 1, rows.length, 4);
      target.setNumberFormat('@');
      target.setValues(rows);
      added.push(t(lang, 'setup.annualRows', { years: [...new Set(rows.map((r) => r[0]))].join(', ') }));
    }
  }
  const settings = parseSettings(grid, { channels: LISTS.channels, topics: LISTS.defaultTopics });
  const rowOf = (key: SettingKey) => {
    const spec = SETTINGS.find((s) => s.key === key)!;
    const labels = [spec.label.id, spec.label.en].map((l) => l.toLowerCase());
    const r = grid.findIndex((row) =>
      labels.includes(
        String(row[0] ?? '')
          .trim()
          .toLowerCase(),
      ),
    );
    return r + 1;
  };
  const name = sheetRef(sheets.nameOf(sheet));
  const col = (i: number) => String.fromCharCode(65 + i);

  // Dropdowns on the option settings and on the entry section column (few calls, constant): the
  // option rows' rules in one write over column B from row 2 to the last option row, the rules
  // already on the rows between read first and written back unchanged.
  const options = SETTINGS.filter((s) => s.options).map((spec) => ({
    row: rowOf(spec.key),
    rule: book.rule(`setting:${spec.key}`, spec.help[lang], false, (b) => b.requireValueInList(spec.options!, true)),
  }));
  const lastOption = Math.max(0, ...options.map((o) => o.row));
  if (lastOption >= 2) {
    const column = sheet.getRange(2, 2, lastOption - 1, 1);
    const rules = column.getDataValidations();
    for (const o of options) if (o.row >= 2) rules[o.row - 2] = [o.rule];
    column.setDataValidations(rules);
  }
  const sections = Object.values(ENTRY_SECTIONS).map((s) => s[lang]);
  sheet
    .getRange(2, SETTINGS_LAYOUT.entries + 2, LIST_ROWS * 4, 1)
    .setDataValidation(book.rule('entrySections', null, false, (b) => b.requireValueInList(sections, true)));
  return {
    sheet,
    settings,
    refs: {
      nearDue: `${name}!$B$${rowOf('nearDueDays')}`,
      cuti: `${name}!$B$${rowOf('cutiBersamaWorking')}`,
      channels: `${name}!$${col(SETTINGS_LAYOUT.channels)}$2:$${col(SETTINGS_LAYOUT.channels)}$${LIST_ROWS}`,
      topics: `${name}!$${col(SETTINGS_LAYOUT.topics)}$2:$${col(SETTINGS_LAYOUT.topics)}$${LIST_ROWS}`,
    },
    added,
    created,
  };
}

/**
 * Writes values into the key rows of the settings sheet, one call per value, as plain text so a
 * sheet ID or a mapping line is never read as a number or a formula (values are escaped by the
 * caller). With `lang`, a setting the sheet lacks gets a row under the key/value block, the way an
 * officer would type it; without, it is left out. Returns the keys not written.
 */
export function writeSettingValues(
  ss: Spreadsheet,
  values: Partial<Record<SettingKey, string | number>>,
  lang?: Lang,
): SettingKey[] {
  const sheet = findSheet(ss, SHEET_NAMES.settings);
  if (!sheet) return Object.keys(values) as SettingKey[];
  const labels = sheet
    .getRange(1, 1, Math.max(sheet.getLastRow(), 1), 1)
    .getValues()
    .map((r) =>
      String(r[0] ?? '')
        .trim()
        .toLowerCase(),
    );
  let last = 1;
  for (let r = 1; r < labels.length; r++) if (labels[r]) last = r + 1;
  const missing: SettingKey[] = [];
  for (const [key, value] of Object.entries(values) as Array<[SettingKey, string | number]>) {
    const spec = SETTINGS.find((s) => s.key === key)!;
    const r = labels.findIndex(
      (l, i) => i >= 1 && (l === spec.label.id.toLowerCase() || l === spec.label.en.toLowerCase()),
    );
    if (r >= 1) {
      const cell = sheet.getRange(r + 1, 2);
      if (typeof value === 'string') cell.setNumberFormat('@');
      cell.setValue(value);
    } else if (lang) {
      last += 1;
      ensureRows(sheet, last);
      sheet
        .getRange(last, 1, 1, 3)
        .setNumberFormats([['@', '@', '@']])
        .setValues([[spec.label[lang], value, spec.help[lang]]]);
    } else {
      missing.push(key);
    }
  }
  return missing;
}
