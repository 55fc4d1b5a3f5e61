// The same requests kept in three real-world layouts read like the canonical register: the same
// due dates, statuses and channel counts, through the automatic mapping alone.
import { parseRegister } from '../../src/core/register';
import { computeRecap, parsePeriod } from '../../src/core/recap';
import { WorkCalendar } from '../../src/core/calendar';
import { HOLIDAYS, holidayDays } from '../../src/core/calendar';
import { dayFromIso } from '../../src/core/calendar';
import { proposeMapping } from '../../src/core/register';
import { mappingToJson } from '../../src/core/register';
import {
  canonicalRows,
  perkiRows,
  englishRows,
  titledRows,
  REQUESTS,
  type CanonicalOptions,
} from '../fixtures/adopt/layouts';

const calendar = new WorkCalendar(holidayDays(HOLIDAYS));

/** Cells as a CSV import leaves them before any date typing: plain numbers become numbers. */
function csvCells(rows: string[][]): unknown[][] {
  return rows.map((r) => r.map((v) => (/^-?(0|[1-9]\d*)(\.\d+)?$/.test(v) ? Number(v) : v)));
}

function recapOf(values: unknown[][], period = '2025') {
  const parsed = parseRegister(values, { lang: 'id' });
  const recap = computeRecap(parsed, {
    period: parsePeriod(period),
    asOf: dayFromIso('2026-01-15'),
    calendar,
    lang: 'id',
  });
  return { parsed, recap };
}

const perRequest = (recap: ReturnType<typeof recapOf>['recap']) =>
  recap.requests.map((r) => ({
    received: r.received,
    due: r.due,
    status: r.status,
    answered: r.answered,
    workingDays: r.workingDays,
    slaStatus: r.slaStatus,
    channel: r.channel,
  }));

// biome-ignore format: a table laid out by hand, one entry per line
const LAYOUTS: Array<{ name: string; values: () => unknown[][]; canonical: CanonicalOptions; dataRows: number }> = [
  { name: 'Perki SLIP form', values: () => csvCells(perkiRows()), canonical: { applicantType: false, extended: false }, dataRows: REQUESTS.length },
  { name: 'English register', values: () => englishRows(), canonical: {}, dataRows: REQUESTS.length },
  { name: 'titled register with merged headers and a totals row', values: () => csvCells(titledRows()), canonical: {}, dataRows: REQUESTS.length + 1 },
];

describe.each(LAYOUTS)('$name', ({ values, canonical, dataRows }) => {
  const source = values();
  const mine = recapOf(source);
  const reference = recapOf(csvCells(canonicalRows(canonical)));

  test("every request is read, with the canonical layout's due dates, statuses, SLA and channel", () => {
    expect(mine.recap.requests).toHaveLength(REQUESTS.length);
    expect(perRequest(mine.recap)).toEqual(perRequest(reference.recap));
  });

  test('the same channel, status and status-group counts, per quarter and for the year', () => {
    for (const period of ['2025', '2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4']) {
      const a = recapOf(source, period).recap;
      const b = recapOf(csvCells(canonicalRows(canonical)), period).recap;
      expect({
        period,
        byChannel: a.totals.byChannel,
        byStatus: a.totals.byStatus,
        groups: a.totals.byStatusGroup,
        sla: a.sla,
      }).toEqual({
        period,
        byChannel: b.totals.byChannel,
        byStatus: b.totals.byStatus,
        groups: b.totals.byStatusGroup,
        sla: b.sla,
      });
    }
  });

  test('refusal and notice grounds read the same', () => {
    expect(mine.parsed.requests.map((r) => r.refusalReason)).toEqual(
      reference.parsed.requests.map((r) => r.refusalReason),
    );
  });

  test('every row under the header is a request or a listed problem', () => {
    const p = proposeMapping(source)!;
    const listed = new Set(mine.parsed.problems.filter((x) => x.row > p.headerIndex + 1).map((x) => x.row));
    const requests = new Set(mine.parsed.requests.map((r) => r.row));
    for (let i = p.dataIndex; i < source.length; i++) {
      const row = i + 1;
      expect({ row, accounted: requests.has(row) || listed.has(row) }).toEqual({ row, accounted: true });
    }
    expect(mine.parsed.rowCount).toBe(dataRows);
  });
});

test('the mappings the runner would print for each layout', () => {
  expect(mappingToJson(proposeMapping(csvCells(perkiRows()))!)).toEqual({
    headerRow: 1,
    columns: {
      'No. Registrasi': 'Nomor Pendaftaran',
      'Tanggal Permohonan': 'Tanggal',
      Saluran: 'Cara Permohonan',
      'Nama Pemohon': 'Nama',
      Pekerjaan: 'Pekerjaan',
      Alamat: 'Alamat',
      Kontak: 'Nomor Kontak',
      'Informasi yang Diminta': 'Informasi yang Diminta',
      'Tujuan Penggunaan': 'Tujuan Penggunaan Informasi',
      'Cara Memperoleh': 'Bentuk Informasi',
      Status: 'Keputusan',
      'Alasan Penolakan': 'Alasan Penolakan',
      'Tanggal Selesai': 'Tanggal Pemberitahuan Tertulis',
      'Biaya (Rp)': 'Biaya',
      'Status Informasi': 'Status Informasi',
      'Jenis Permohonan': 'Jenis Permohonan',
    },
  });
  expect(mappingToJson(proposeMapping(englishRows())!).columns).toEqual({
    'No. Registrasi': 'Ref. No.',
    'Tanggal Permohonan': 'Date Submitted',
    Saluran: 'Received Via',
    'Nama Pemohon': 'Requester Name',
    'Kategori Pemohon': 'Requester Type',
    Pekerjaan: 'Occupation',
    Alamat: 'Address',
    Kontak: 'Email/Phone',
    'Informasi yang Diminta': 'Information Sought',
    'Tujuan Penggunaan': 'Purpose of Use',
    Status: 'Decision',
    'Alasan Penolakan': 'Reason for Refusal',
    Perpanjangan: 'Extension',
    'Tanggal Selesai': 'Date of Response',
    'Biaya (Rp)': 'Fee',
    Catatan: 'Remarks',
  });
  const titled = proposeMapping(csvCells(titledRows()))!;
  expect(mappingToJson(titled)).toEqual({
    headerRow: 6,
    columns: {
      'No. Registrasi': 'No. Registrasi',
      'Tanggal Permohonan': 'Tanggal / Permohonan',
      Saluran: 'Saluran',
      'Nama Pemohon': 'Pemohon / Nama',
      'Kategori Pemohon': 'Pemohon / Kategori',
      Kontak: 'Pemohon / Kontak',
      'Informasi yang Diminta': 'Informasi yang Diminta',
      Status: 'Keputusan',
      'Alasan Penolakan': 'Alasan Penolakan',
      Perpanjangan: 'Perpanjangan',
      'Tanggal Selesai': 'Tanggal / Selesai',
      Catatan: 'Keterangan',
    },
  });
  expect(titled.notes.map((n) => n.code).sort()).toEqual(['groupRow', 'numberRow', 'titleRows']);
});
