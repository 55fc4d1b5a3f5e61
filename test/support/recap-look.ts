// What a recap sheet looks like, as plain data: values, number formats, font weights and sizes,
// backgrounds, alignments, column widths, frozen rows and the charts (type, anchor, data range,
// options). The look test compares it with the look main wrote before the sheet writer was batched
// (test/fixtures/recap-look/*.json), so a change in how the sheet is written cannot change how it looks.
import { newFileRecord, type Emulator } from '@ppid-sheets/emulator';
import { addonEmulator, fillRegister } from './harness';
import { generateRegister } from '../../scripts/lib/generate-register';
import { unitFiles } from '../../scripts/bench-consolidate';

export interface RecapLook {
  name: string;
  hidden: boolean;
  maxRows: number;
  frozenRows: number;
  frozenColumns: number;
  widths: number[];
  values: unknown[][];
  numberFormats: Sparse;
  fontWeights: Sparse;
  fontSizes: Sparse;
  fontColors: Sparse;
  backgrounds: Sparse;
  horizontalAlignments: Sparse;
  charts: Array<{
    type: string;
    anchor: [number, number, number, number];
    ranges: string[];
    numHeaders: number;
    options: Record<string, unknown>;
  }>;
}

const OPTIONS = ['title', 'legend', 'width', 'height'];

/** A style grid as its most common value and the cells that differ ("row,column", 1-based). */
export interface Sparse {
  rows: number;
  columns: number;
  common: unknown;
  cells: Record<string, unknown>;
}

function sparse(grid: unknown[][]): Sparse {
  const tally = new Map<string, number>();
  for (const r of grid) for (const v of r) tally.set(JSON.stringify(v), (tally.get(JSON.stringify(v)) ?? 0) + 1);
  const common = [...tally].sort((a, b) => b[1] - a[1])[0]?.[0];
  const cells: Record<string, unknown> = {};
  grid.forEach((r, i) => r.forEach((v, j) => JSON.stringify(v) !== common && (cells[`${i + 1},${j + 1}`] = v)));
  return { rows: grid.length, columns: grid[0]?.length ?? 0, common: common && JSON.parse(common), cells };
}

export function recapLook(sheet: any): RecapLook {
  const range = sheet.getDataRange();
  const iso = (v: unknown) => (Object.prototype.toString.call(v) === '[object Date]' ? (v as Date).toISOString() : v);
  const widths: number[] = [];
  for (let c = 1; c <= sheet.getMaxColumns(); c++) widths.push(sheet.getColumnWidth(c));
  const charts = sheet
    .getCharts()
    .map((ch: any) => {
      const info = ch.getContainerInfo();
      const options = ch.getOptions();
      return {
        type: String(ch.modify().getChartType()),
        anchor: [info.getAnchorRow(), info.getAnchorColumn(), info.getOffsetX(), info.getOffsetY()],
        ranges: ch.getRanges().map((r: any) => r.getA1Notation()),
        numHeaders: ch.getNumHeaders(),
        options: Object.fromEntries(OPTIONS.map((k) => [k, options.get(k) ?? null])),
      };
    })
    .sort((a: any, b: any) => a.anchor[0] - b.anchor[0] || a.anchor[1] - b.anchor[1]);
  return {
    name: sheet.getName(),
    hidden: sheet.isSheetHidden(),
    maxRows: sheet.getMaxRows(),
    frozenRows: sheet.getFrozenRows(),
    frozenColumns: sheet.getFrozenColumns(),
    widths,
    values: (range.getValues() as unknown[][]).map((r) => r.map(iso)),
    numberFormats: sparse(range.getNumberFormats()),
    fontWeights: sparse(range.getFontWeights()),
    fontSizes: sparse(range.getFontSizes()),
    fontColors: sparse(range.getFontColors()),
    backgrounds: sparse(range.getBackgrounds()),
    horizontalAlignments: sparse(range.getHorizontalAlignments()),
    charts,
  };
}

const AS_OF = '2026-01-15';

/** A unit's spreadsheet with a seeded year's register, set up, with one report made. */
function unitReport(period: string): { em: Emulator; sheet: any } {
  const em = addonEmulator({ now: `${AS_OF}T02:00:00Z` });
  fillRegister(em, generateRegister({ rows: 600, seed: 31, from: '2025-01-02', to: '2025-12-23', badRate: 0.02 }));
  em.call('setupRegister');
  const result = em.call('generateReport', { period, asOf: AS_OF });
  return { em, sheet: em.spreadsheet.getSheetByName(result.recapSheet) };
}

/** The central PPID's Rekap Gabungan sheet from 4 units' recap files, picked. */
function consolidatedReport(): { em: Emulator; sheet: any } {
  const em = addonEmulator({ now: '2025-07-15T05:00:00Z' });
  em.call('setupRegister');
  const files = unitFiles(4).map((text, i) => {
    const rec = newFileRecord(em.rt, `rekap-${i + 1}.json`, 'application/json');
    rec.bytes = Buffer.from(text, 'utf8');
    em.rt.grantToApp(rec.id);
    return { id: rec.id, name: rec.name };
  });
  const result = em.call('consolidateReports', { files });
  return { em, sheet: em.spreadsheet.getSheetByName(result.sheet) };
}

/** The three recap sheets the look test compares: quarterly, annual and consolidated. */
export function recapLooks(): Record<'quarterly' | 'annual' | 'consolidated', RecapLook> {
  return {
    quarterly: recapLook(unitReport('2025-Q2').sheet),
    annual: recapLook(unitReport('2025').sheet),
    consolidated: recapLook(consolidatedReport().sheet),
  };
}
