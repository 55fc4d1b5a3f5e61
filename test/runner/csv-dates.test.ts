// A register CSV with dates written as text (ISO, or day/month/year as Indonesian units export
// them): the runner's import types them as Sheets' import does, so the live columns of
// spreadsheet.xlsx hold the same due dates, working days and statuses as recap.json.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { runReport } from '../../scripts/runner';
import { generateRegister, header } from '../../scripts/lib/generate-register';

const AS_OF = '2025-07-10';
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'ppid-csvdates-'));

function csvOf(rows: unknown[][], dmy: boolean): string {
  const cell = (v: unknown) => {
    let s = v === null || v === undefined ? '' : String(v);
    const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
    if (dmy && iso) s = `${iso[3]}/${iso[2]}/${iso[1]}`;
    return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return `${[header(), ...rows].map((r) => r.map(cell).join(',')).join('\n')}\n`;
}

/** A date cell of the exported workbook as YYYY-MM-DD (exceljs gives the wall date at UTC). */
const ymdOf = (v: unknown) =>
  v instanceof Date ? v.toISOString().slice(0, 10) : v === null || v === undefined ? '' : String(v);

async function liveVersusRecap(dmy: boolean) {
  const dir = tmp();
  const input = path.join(dir, 'register.csv');
  const rows = generateRegister({
    rows: 60,
    seed: 21,
    from: '2025-01-02',
    to: '2025-06-20',
    badRate: 0,
    datesAsText: true,
  });
  fs.writeFileSync(input, csvOf(rows, dmy));
  await runReport({ input, period: '2025', asOf: AS_OF, out: dir, pdf: false });
  const recap = JSON.parse(fs.readFileSync(path.join(dir, 'recap.json'), 'utf8'));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(dir, 'spreadsheet.xlsx'));
  const reg = wb.getWorksheet('Register')!;
  const head = (reg.getRow(1).values as unknown[]).map((v: any) =>
    v && typeof v === 'object' && 'result' in v ? v.result : v,
  );
  const col = (id: string) => head.indexOf(id);
  const value = (row: number, id: string) => {
    const v: any = reg.getCell(row, col(id)).value;
    return v && typeof v === 'object' && !(v instanceof Date) && 'result' in v ? v.result : v;
  };
  let compared = 0;
  for (const line of recap.requests) {
    expect({ row: line.row, received: ymdOf(value(line.row, 'Tanggal Permohonan')) }).toEqual({
      row: line.row,
      received: line.received,
    });
    expect({ row: line.row, due: ymdOf(value(line.row, 'Batas Waktu')) }).toEqual({ row: line.row, due: line.due });
    expect({ row: line.row, sla: value(line.row, 'Status SLA') ?? '' }).toEqual({
      row: line.row,
      sla: line.slaStatus ?? '',
    });
    // recap.json gives no service time to a cancelled request or to an answer dated after the
    // as-of date (not known then); the live column counts any typed answer (as the formula test
    // pins). Compared where both speak of the same answer.
    if (line.status !== 'Dibatalkan' && ymdOf(value(line.row, 'Tanggal Selesai')) <= AS_OF) {
      expect({ row: line.row, wd: value(line.row, 'Hari Kerja Layanan') ?? '' }).toEqual({
        row: line.row,
        wd: line.workingDays ?? '',
      });
    }
    expect({ row: line.row, od: ymdOf(value(line.row, 'Batas Tanggapan Keberatan')) }).toEqual({
      row: line.row,
      od: line.objectionDue ?? '',
    });
    compared++;
  }
  // Registration numbers stay text; no row is reported as a date typed as text.
  expect(value(2, 'No. Registrasi')).toMatch(/^\d{3}\/PPID\/2025$/);
  expect(recap.problems.filter((p: any) => p.code === 'date.text')).toEqual([]);
  return compared;
}

describe('a register CSV with dates as text, through the runner', () => {
  test('ISO dates: live columns in spreadsheet.xlsx equal recap.json on every request', async () => {
    expect(await liveVersusRecap(false)).toBe(60);
  });
  test('DD/MM/YYYY dates in an id_ID spreadsheet: the same', async () => {
    expect(await liveVersusRecap(true)).toBe(60);
  });
});
