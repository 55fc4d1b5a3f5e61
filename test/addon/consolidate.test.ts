// "Gabungkan Laporan Unit" through the bundle: units' recap.json files made by the add-on itself,
// picked at the central PPID, consolidated into the Rekap Gabungan sheet, a document, a PDF and a
// consolidated JSON whose figures equal the recap of the whole register.
import { addonEmulator, fillRegister, file, openDoc } from '../support/harness';
import { generateRegister, header } from '../../scripts/lib/generate-register';
import { newFileRecord } from '@ppid-sheets/emulator';
import type { Emulator } from '@ppid-sheets/emulator';

const PERIOD = '2025-Q2';
const AS_OF = '2025-07-10';

function setSettings(em: Emulator, values: Record<string, string>, units: string[] = []) {
  const sheet = em.spreadsheet.getSheetByName('Pengaturan');
  const grid: unknown[][] = sheet.getDataRange().getValues();
  for (const [label, v] of Object.entries(values)) {
    const r = grid.findIndex((x) => x[0] === label);
    sheet.getRange(r + 1, 2).setValue(v);
  }
  if (units.length) {
    const col = (grid[0] as string[]).indexOf('Daftar Unit') + 1;
    sheet.getRange(2, col, units.length, 1).setValues(units.map((u) => [u]));
  }
}

/** A unit's spreadsheet with these register rows; its report's recap.json as the add-on saved it. */
function unitFile(rows: unknown[][], unit: string, asOf = AS_OF): string {
  const em = addonEmulator({ now: `${asOf}T03:00:00Z` });
  fillRegister(em, rows);
  em.call('setupRegister');
  setSettings(em, { 'Nama Unit': unit });
  const r = em.call('generateReport', { period: PERIOD, asOf });
  return file(em, r.jsonId).bytes.toString('utf8');
}

/**
 * A file the officer has in Drive (uploaded by hand, not made by the add-on) and picks in the
 * Picker, which grants the add-on access to it under drive.file.
 */
function putFile(em: Emulator, name: string, text: string, picked = true): { id: string; name: string } {
  const rec = newFileRecord(em.rt, name, 'application/json');
  rec.bytes = Buffer.from(text, 'utf8');
  if (picked) em.rt.grantToApp(rec.id);
  return { id: rec.id, name };
}

/** The central PPID's spreadsheet, with drive.file as strict as Google may apply it. */
function central(units: string[] = []) {
  const em = addonEmulator({ now: `${AS_OF}T05:00:00Z`, quirks: ['strict-drive-file'] });
  em.call('setupRegister');
  setSettings(em, { 'Nama Unit': 'PPID Utama Kementerian Contoh' }, units);
  em.resetCalls();
  return em;
}

function figures(r: any) {
  return {
    requests: r.totals.requests,
    byChannel: r.totals.byChannel,
    byStatus: r.totals.byStatus,
    byStatusGroup: r.totals.byStatusGroup,
    byApplicantType: r.totals.byApplicantType,
    channels: r.channels.map((c: any) => [c.channel, c.total, c.applicantRows, c.statusRows]),
    sla: r.sla,
    averageWorkingDays: r.serviceTime.averageWorkingDays,
    medianWorkingDays: r.serviceTime.medianWorkingDays,
    answered: r.serviceTime.answered,
  };
}

describe('a register split into three units, consolidated through the bundle', () => {
  const rows = generateRegister({ rows: 240, seed: 5, from: '2025-04-01', to: '2025-06-30', badRate: 0.02 });
  const whole = JSON.parse(unitFile(rows, 'Seluruh'));
  const names = ['Biro Umum', 'Pusdatin', 'Balai Pelatihan'];
  const texts = names.map((n, u) =>
    unitFile(
      rows.filter((_r, i) => i % 3 === u),
      n,
    ),
  );
  const em = central(['Inspektorat', ...names]);
  const picked = texts.map((t, i) => putFile(em, `rekap-${i + 1}.json`, t));
  const result = em.call('consolidateReports', { files: picked });
  const json = JSON.parse(file(em, result.jsonId).bytes.toString('utf8'));

  test("gives the body the whole register's totals, channel and status counts, SLA counts, average and median", () => {
    expect(figures(json)).toEqual(figures(whole));
    expect(json.totals.requests).toBeGreaterThan(200);
  });

  test('the consolidated JSON lists the units, the as-of date and the unit that has not reported', () => {
    expect(json.units.map((u: any) => u.unit)).toEqual(names);
    expect(json.units.reduce((s: number, u: any) => s + u.requests, 0)).toBe(whole.totals.requests);
    expect(json.units.reduce((s: number, u: any) => s + u.share, 0)).toBe(100);
    expect(json.consolidated).toMatchObject({
      asOf: AS_OF,
      asOfSource: 'latest',
      missing: ['Inspektorat'],
      files: ['rekap-1.json', 'rekap-2.json', 'rekap-3.json'],
    });
    expect(json.requests.every((l: any) => names.includes(l.unit))).toBe(true);
    expect(result).toMatchObject({ sheet: 'Rekap Gabungan TW II 2025', missing: ['Inspektorat'], asOf: AS_OF });
  });

  test("the Rekap Gabungan sheet has a row per unit, the body's row, the missing unit and the charts", () => {
    const sheet = em.spreadsheet.getSheetByName('Rekap Gabungan TW II 2025');
    const grid: unknown[][] = sheet.getDataRange().getValues();
    const head = grid.findIndex((r) => r[1] === 'Unit');
    expect(grid.slice(head + 1, head + 4).map((r) => [r[1], r[2]])).toEqual(
      json.units.map((u: any) => [u.unit, u.requests]),
    );
    expect(grid[head + 4].slice(1, 3)).toEqual(['Seluruh badan publik', whole.totals.requests]);
    const missing = grid.findIndex((r) => r[0] === 'B. Unit yang Belum Melapor');
    expect(grid[missing + 1].slice(0, 2)).toEqual([1, 'Inspektorat']);
    const titles = sheet.getCharts().map((c: any) => c.getOptions().get('title'));
    expect(titles).toEqual(
      expect.arrayContaining(['Permohonan per Unit', 'Permohonan per Saluran', 'Status Ketepatan Waktu']),
    );
  });

  test('the document follows the report outline, with a section per unit and the missing unit', () => {
    const body = openDoc(em, result.docId).getBody();
    const text = body.getText();
    expect(text).toContain('LAPORAN GABUNGAN LAYANAN INFORMASI PUBLIK');
    expect(text).toContain('BAB II PELAKSANAAN LAYANAN INFORMASI PUBLIK');
    expect(text).toContain('Rekap per Unit');
    for (const n of names) expect(text).toMatch(new RegExp(`2\\.\\d+\\.\\d+\\. ${n}`));
    expect(text).toContain('Inspektorat');
    expect(text).toContain('10 Juli 2025 (tanggal data terbaru di antara berkas unit)');
    expect(text.indexOf('Rekap per Unit')).toBeLessThan(text.indexOf('BAB III'));
    expect(file(em, result.pdfId).mimeType).toBe('application/pdf');
  });

  test('no personal data reaches the consolidated sheet, document or JSON', () => {
    const head = header();
    const personal = ['Nama Pemohon', 'Alamat', 'Kontak', 'Informasi yang Diminta'].map((h) => head.indexOf(h));
    const values = [
      ...new Set(rows.flatMap((r) => personal.map((i) => String(r[i] ?? '').trim())).filter((v) => v.length > 5)),
    ];
    expect(values.length).toBeGreaterThan(100);
    const sheet = em.spreadsheet.getSheetByName('Rekap Gabungan TW II 2025');
    const outputs = [
      file(em, result.jsonId).bytes.toString('utf8'),
      openDoc(em, result.docId).getBody().getText(),
      JSON.stringify(sheet.getDataRange().getValues()),
    ].join('\n');
    expect(values.filter((v) => outputs.includes(v))).toEqual([]);
  });

  test('regenerating replaces the sheet and the files instead of adding new ones', () => {
    const again = em.call('consolidateReports', { files: picked });
    expect(
      em.spreadsheet.getSheets().filter((s: any) => String(s.getName()).startsWith('Rekap Gabungan')),
    ).toHaveLength(1);
    expect(file(em, result.docId).trashed).toBe(true);
    expect(file(em, again.docId).trashed).toBe(false);
  });
});

describe('refusals: one message naming the file, nothing written', () => {
  const rows = generateRegister({ rows: 30, seed: 9, from: '2025-04-01', to: '2025-06-30' });
  const a = unitFile(rows, 'Unit A');

  function refused(files: Array<[string, string]>): string {
    const em = central();
    const picked = files.map(([name, text]) => putFile(em, name, text));
    const before = em.spreadsheet.getSheets().length;
    const filesBefore = em.rt.files.size;
    let message = '';
    try {
      em.call('consolidateReports', { files: picked });
    } catch (err: any) {
      message = String(err.message);
    }
    expect(em.spreadsheet.getSheets()).toHaveLength(before);
    expect(em.rt.files.size).toBe(filesBefore);
    // The menu shows the officer the message itself.
    return message;
  }

  test('a file the Picker did not grant cannot be read, and the officer is told which', () => {
    const em = central();
    const picked = [putFile(em, 'a.json', a), putFile(em, 'tidak-dipilih.json', a.replace('Unit A', 'Unit B'), false)];
    expect(() => em.call('consolidateReports', { files: picked })).toThrow(
      'Berkas "tidak-dipilih.json" tidak dapat dibuka. Pilih berkas itu lagi lewat tombol Pilih Berkas Rekap.',
    );
  });

  test('different periods, the same unit twice, and a file that is not a recap', () => {
    const q3 = JSON.stringify({
      ...JSON.parse(a),
      unit: 'Unit B',
      period: { kind: 'quarter', year: 2025, quarter: 3, start: '2025-07-01', end: '2025-09-30' },
      requests: [],
      totals: { requests: 0 },
    });
    expect(
      refused([
        ['a.json', a],
        ['b.json', q3],
      ]),
    ).toBe(
      'Berkas "b.json" berisi periode 2025-Q3, sedangkan "a.json" berisi 2025-Q2. Gabungkan berkas dari satu periode saja.',
    );
    expect(
      refused([
        ['a.json', a],
        ['a (1).json', a],
      ]),
    ).toBe('Unit "Unit A" dipilih dua kali: "a.json" dan "a (1).json". Pilih satu berkas untuk setiap unit.');
    expect(
      refused([
        ['a.json', a],
        ['catatan.json', '{"catatan": true}'],
      ]),
    ).toBe(
      'Berkas "catatan.json" bukan rekap PPID Sheets: isinya tidak berbentuk rekap. Pilih berkas rekap JSON yang dibuat menu Buat Laporan di spreadsheet unit.',
    );
    expect(refused([['rusak.json', a.slice(0, 200)]])).toMatch(
      /^Berkas "rusak.json" bukan rekap PPID Sheets: isinya bukan JSON\./,
    );
  });
});
