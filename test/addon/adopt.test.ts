// Siapkan Register on a register an office already keeps, through the built bundle: the preview
// dialog, adoption in place, the stored mapping, and every reader and writer taking it.
import { addonEmulator, file } from '../support/harness';
import { newFileRecord } from '@ppid-sheets/emulator';
import { perkiRows, titledRows, REQUESTS, typed } from '../fixtures/adopt/layouts';
import { WorkCalendar, dueDate } from '../../src/core/calendar';
import { HOLIDAYS, holidayDays } from '../../src/core/calendar';
import { dayFromIso, dayOfDate, ymd } from '../../src/core/calendar';
import { COMPUTED_COLUMNS } from '../../src/core/register';

function sheetWith(em: any, name: string, rows: unknown[][]): any {
  const sheet = em.spreadsheet.getSheets()[0];
  sheet.setName(name);
  sheet.getRange(1, 1, rows.length, rows[0].length).setValues(rows);
  em.resetCalls();
  return sheet;
}

const asIso = (v: unknown) =>
  Object.prototype.toString.call(v) === '[object Date]' ? ymd(dayOfDate(v as Date, 420)) : v;
const grid = (sheet: any, rows: number, cols: number) =>
  (sheet.getRange(1, 1, rows, cols).getValues() as unknown[][]).map((r) => r.map(asIso));
/** Every sheet's values and formulas, for before/after comparisons. */
/** Every sheet's values and formulas, but the activity log, which records each setup (#26). */
function everything(em: any): unknown {
  return em.spreadsheet
    .getSheets()
    .filter((s: any) => s.getName() !== 'Log Aktivitas')
    .map((s: any) => {
      const rows = s.getLastRow();
      const cols = s.getLastColumn();
      if (!rows || !cols) return [s.getName()];
      const range = s.getRange(1, 1, rows, cols);
      return [s.getName(), (range.getValues() as unknown[][]).map((r) => r.map(asIso)), range.getFormulas()];
    });
}
const calendar = new WorkCalendar(holidayDays(HOLIDAYS));

describe('Siapkan Register on a register kept under other headers', () => {
  test('shows the preview dialog and changes nothing until the officer confirms', () => {
    const em = addonEmulator();
    const rows = typed(perkiRows());
    const sheet = sheetWith(em, 'Register 2025', rows);
    const before = everything(em);
    em.call('menuSetup');
    const dialog = em.services.ui._dialogs.at(-1);
    expect(dialog).toMatchObject({ kind: 'modal', title: 'Pakai register yang sudah ada: Register 2025' });
    expect(dialog.content).toContain('google.script.run');
    expect(dialog.content).toContain('previewRegister({})');
    expect(dialog.content).not.toContain('<?');
    expect(everything(em)).toEqual(before);
    expect(em.spreadsheet.getSheets()).toHaveLength(1);
    expect(sheet.getLastColumn()).toBe(17);
  });

  test('the preview: mapping the officer can change, unmapped columns, first rows as read, problems', () => {
    const em = addonEmulator();
    sheetWith(em, 'Register PPID', typed(titledRows()));
    const p = em.call('previewRegister', {});
    expect(p).toMatchObject({
      status: 'adopt',
      sheetName: 'Register PPID',
      headerRow: 6,
      canAdopt: true,
      canFresh: true,
    });
    expect(p.json.columns).toMatchObject({
      'Tanggal Permohonan': 'Tanggal / Permohonan',
      'Tanggal Selesai': 'Tanggal / Selesai',
      Status: 'Keputusan',
      Catatan: 'Keterangan',
    });
    expect(p.fields.find((f: any) => f.key === 'received')).toMatchObject({ source: 2, how: 'header', required: true });
    expect(p.notes).toEqual(
      expect.arrayContaining([
        'Baris 1–4 di atas judul kolom dibaca sebagai judul lembar dan dibiarkan apa adanya.',
        'Baris 7 berisi nomor kolom (1, 2, 3, …) dan tidak dibaca sebagai permohonan.',
      ]),
    );
    expect(p.rows.head).toEqual([
      'Baris',
      'No. Registrasi',
      'Tanggal Permohonan',
      'Saluran',
      'Kategori Pemohon',
      'Status',
      'Tanggal Selesai',
      'Batas Waktu',
    ]);
    expect(p.rows.cells[0]).toEqual([
      '8',
      '001/PPID-DPK/2025',
      '08/01/2025',
      'Email',
      'Perseorangan',
      'Dipenuhi',
      '15/01/2025',
      '22/01/2025',
    ]);
    expect(p.problems.map((x: any) => [x.row, x.column])).toContainEqual([28, '']);
    expect(p.problems.find((x: any) => x.row === 28).message).toMatch(/baris jumlah \(JUMLAH\)/);
    // The officer unmaps the channel: the preview says what that means.
    const changed = em.call('previewRegister', {
      sheetId: p.sheetId,
      mapping: { headerRow: 6, columns: { ...p.json.columns, Saluran: null } },
      exact: true,
    });
    expect(changed.fields.find((f: any) => f.key === 'channel').source).toBeNull();
    expect(changed.problems[0]).toMatchObject({ row: 6, column: 'Saluran' });
    expect(changed.unmapped).toContain('I (Saluran)');
  });

  test('a required column the sheet lacks is previewed as added on the right, not as a column to add by hand', () => {
    const em = addonEmulator();
    sheetWith(em, 'Register 2025', typed(perkiRows()));
    const p = em.call('previewRegister', {});
    expect(p.fields.find((f: any) => f.key === 'applicantType')).toMatchObject({ source: null, required: true });
    // The running number is listed with the columns not read, never as "every column is read".
    expect(p.unmapped).toEqual(['A (No): nomor urut baris']);
    expect(p.problems).toEqual([
      {
        row: 1,
        column: 'Kategori Pemohon',
        message: expect.stringMatching(
          /belum ada di sheet ini: PPID Sheets menambahkannya kosong di sebelah kanan .* \(20 baris\)/,
        ),
      },
      // Requests 006 and 018 are marked "Permohonan ditolak" with a notice (not held, not yet
      // documented): a notice is no refusal, so each row is listed under its decision column (#24).
      ...[7, 19].map((row) => ({ row, column: 'Keputusan', message: expect.stringContaining('tidak ditolak') })),
    ]);
  });

  test.each([
    { locale: 'en_US', timeZone: 'Asia/Jakarta', typedText: "'02/03/2025" },
    { locale: 'id_ID', timeZone: 'Asia/Makassar', typedText: "'03/02/2025" },
  ])(
    "the preview reads dates as the report will ($locale, $timeZone): text in the locale's order, date cells in the sheet's zone",
    ({ locale, timeZone, typedText }) => {
      const em = addonEmulator({ locale, timeZone, now: '2026-01-15T03:00:00Z' });
      const rows = typed(perkiRows());
      const sheet = sheetWith(em, 'Register 2025', rows);
      // Date cells at midnight in the sheet's own zone, as Sheets holds a typed date there.
      const zoned = (iso: string) => new Date(`${iso}T00:00:00${timeZone === 'Asia/Makassar' ? '+08:00' : '+07:00'}`);
      sheet.getRange(2, 3).setValue(zoned('2025-01-08'));
      sheet.getRange(3, 3).setValue(typedText);
      const p = em.call('previewRegister', {});
      expect(p.rows.cells.slice(0, 2).map((r: string[]) => r[2])).toEqual(['08/01/2025', '03/02/2025']);
      em.call('adoptRegister', { sheetId: p.sheetId, mapping: p.json });
      const recap = em.call('computeRecap', { period: '2025', asOf: '2026-01-15' });
      expect(recap.requests.slice(0, 2).map((r: any) => r.received)).toEqual(['2025-01-08', '2025-02-03']);
    },
  );

  describe('on confirmation', () => {
    const em = addonEmulator({ now: '2026-01-15T03:00:00Z' });
    const source = typed(titledRows());
    const sheet = sheetWith(em, 'Register PPID', source);
    let preview: any;
    let afterAdopt: unknown;
    beforeAll(() => {
      preview = em.call('previewRegister', {});
      em.call('adoptRegister', { sheetId: preview.sheetId, mapping: preview.json });
      afterAdopt = everything(em);
    });

    test('no typed cell is renamed, moved or rewritten', () => {
      expect(grid(sheet, source.length, source[0].length)).toEqual(source.map((r) => r.map(asIso)));
      expect(sheet.getName()).toBe('Register PPID');
    });

    test('missing and computed columns are added to the right, on the header row, with one formula each', () => {
      const header = sheet.getRange(6, 1, 1, sheet.getLastColumn()).getValues()[0];
      expect(header.slice(13)).toEqual(
        expect.arrayContaining(['Topik', 'Tanggal Keberatan', 'Batas Waktu', 'Status SLA', 'Batas Pengajuan Sengketa']),
      );
      expect(header).not.toContain('Tanggal Permohonan');
      const formulas = (
        sheet.getRange(1, 1, sheet.getMaxRows(), sheet.getLastColumn()).getFormulas() as string[][]
      ).flatMap((r, i) => r.filter(Boolean).map((f) => [i + 1, f]));
      expect(formulas).toHaveLength(COMPUTED_COLUMNS.length);
      expect(formulas.every(([row, f]) => row === 6 && /ROW\([A-Z]+6:[A-Z]+\)=6/.test(String(f)))).toBe(true);
      // Title rows above stay empty in the new columns.
      expect(
        sheet
          .getRange(1, 14, 5, header.length - 13)
          .getValues()
          .flat()
          .every((v: unknown) => v === ''),
      ).toBe(true);
    });

    test('the live columns compute each request where it is; the column-number and totals rows stay blank', () => {
      const header = sheet.getRange(6, 1, 1, sheet.getLastColumn()).getValues()[0];
      const due = header.indexOf('Batas Waktu');
      const values = sheet.getRange(1, 1, sheet.getLastRow(), sheet.getLastColumn()).getValues();
      REQUESTS.forEach((r, i) => {
        const expected = ymd(dueDate(dayFromIso(r.received), !!r.extended, calendar));
        expect({ row: i + 8, due: asIso(values[i + 7][due]) }).toEqual({ row: i + 8, due: expected });
      });
      expect(values[6][due]).toBe('');
      expect(values[27][due]).toBe('');
    });

    test("the sheet's own columns warn instead of refusing; the added ones are strict", () => {
      const header = sheet.getRange(6, 1, 1, sheet.getLastColumn()).getValues()[0];
      const rule = (col: number) => sheet.getRange(8, col).getDataValidation();
      expect(rule(9).getAllowInvalid()).toBe(true); // I: Saluran
      expect(rule(10).getAllowInvalid()).toBe(true); // J: Keputusan
      expect(rule(3).getAllowInvalid()).toBe(true); // C: Tanggal / Permohonan
      expect(rule(header.indexOf('Topik') + 1).getAllowInvalid()).toBe(false);
      expect(rule(header.indexOf('Tanggal Keberatan') + 1).getAllowInvalid()).toBe(false);
      // Data validation starts under the header block: the column-number row has none.
      expect(sheet.getRange(7, 10).getDataValidation()).toBeNull();
    });

    test('the mapping is kept in the settings: sheet ID, header row, columns', () => {
      const settings = em.spreadsheet.getSheetByName('Pengaturan').getDataRange().getValues();
      const value = (label: string) => settings.find((r: unknown[]) => r[0] === label)[1];
      expect(value('Sheet Register')).toBe(`${sheet.getSheetId()} (Register PPID)`);
      expect(value('Baris Judul Register')).toBe(6);
      expect(String(value('Pemetaan Kolom Register')).split('\n')).toEqual(
        expect.arrayContaining([
          'Tanggal Permohonan = Tanggal / Permohonan',
          'Saluran = Saluran',
          'Status = Keputusan',
          'Topik = Topik',
          'Tanggal Selesai = Tanggal / Selesai',
        ]),
      );
    });

    test('a second setup is a no-op', () => {
      const logRows = () => em.spreadsheet.getSheetByName('Log Aktivitas').getLastRow();
      const logged = logRows();
      em.call('menuSetup');
      // The register and every other sheet are as they were; the activity log records the run.
      expect(logRows()).toBe(logged + 1);
      expect(em.services.ui._dialogs.at(-1)).toMatchObject({ kind: 'alert' });
      expect(em.services.ui._dialogs.filter((d: any) => d.kind === 'modal')).toHaveLength(0);
      expect(everything(em)).toEqual(afterAdopt);
    });

    test('the report and the check read the stored mapping', () => {
      const recap = em.call('computeRecap', { period: '2025', asOf: '2026-01-15' });
      expect(recap.totals.requests).toBe(REQUESTS.length);
      expect(recap.requests.map((r: any) => r.due)).toEqual(
        REQUESTS.map((r) => ymd(dueDate(dayFromIso(r.received), !!r.extended, calendar))),
      );
      // Requests 006 and 018: Ditolak with a notice ground, listed (issue #24).
      expect(recap.problems.map((p: any) => [p.row, p.code])).toEqual([
        [13, 'refusal.notice_status'],
        [25, 'refusal.notice_status'],
        [28, 'row.totals'],
      ]);
      const check = em.call('checkRegister');
      expect(check).toMatchObject({ rows: REQUESTS.length + 1, problems: 3 });
    });

    test("the form writes a new request above the totals row, in the sheet's own columns, with the next running number", () => {
      const settings = em.spreadsheet.getSheetByName('Pengaturan');
      const labels = settings
        .getRange(1, 1, settings.getLastRow(), 1)
        .getValues()
        .map((r: unknown[]) => r[0]);
      settings.getRange(labels.indexOf('Format No. Registrasi') + 1, 2).setValue('{nnn}/PPID-DPK/{yyyy}');
      const r = em.call('submitRequest', {
        received: '2025-12-29',
        channel: 'Email',
        applicantName: 'Wayan Sudarsana',
        applicantType: 'Perseorangan',
        infoRequested: 'Jadwal lelang ikan 2026',
      });
      expect(r).toMatchObject({ ok: true, number: '021/PPID-DPK/2025', row: 28 });
      const line = sheet.getRange(28, 1, 1, 13).getValues()[0].map(asIso);
      expect(line).toEqual([
        21,
        '021/PPID-DPK/2025',
        '2025-12-29',
        '',
        'Wayan Sudarsana',
        'Perseorangan',
        '',
        'Jadwal lelang ikan 2026',
        'Email',
        'Diproses',
        '',
        'Tidak',
        '',
      ]);
      expect(sheet.getRange(29, 1, 1, 2).getValues()[0]).toEqual(['JUMLAH', 20]);
      const recap = em.call('computeRecap', { period: '2025', asOf: '2026-01-15' });
      expect(recap.totals.requests).toBe(REQUESTS.length + 1);
      expect(recap.problems.map((p: any) => [p.row, p.code])).toEqual([
        [13, 'refusal.notice_status'],
        [25, 'refusal.notice_status'],
        [29, 'row.totals'],
      ]);
    });
  });

  test("Gabungkan Laporan Unit counts the adopted register as this spreadsheet's own unit", () => {
    const unit = addonEmulator({ now: '2026-01-15T03:00:00Z' });
    sheetWith(unit, 'Register 2025', typed(perkiRows()));
    const up = unit.call('previewRegister', {});
    unit.call('adoptRegister', { sheetId: up.sheetId, mapping: up.json });
    const settingsOf = (e: any) => e.spreadsheet.getSheetByName('Pengaturan');
    const setUnit = (e: any, name: string) => {
      const labels = settingsOf(e)
        .getRange(1, 1, settingsOf(e).getLastRow(), 1)
        .getValues()
        .map((r: unknown[]) => r[0]);
      settingsOf(e)
        .getRange(labels.indexOf('Nama Unit') + 1, 2)
        .setValue(name);
    };
    setUnit(unit, 'Bidang Perikanan Tangkap');
    const report = unit.call('generateReport', { period: '2025', asOf: '2026-01-15' });
    const text = file(unit, report.jsonId).bytes.toString('utf8');

    const em = addonEmulator({ now: '2026-01-15T03:00:00Z' });
    sheetWith(em, 'Register PPID', typed(titledRows()));
    const p = em.call('previewRegister', {});
    em.call('adoptRegister', { sheetId: p.sheetId, mapping: p.json });
    setUnit(em, 'Bidang Budidaya');
    expect(em.call('getConsolidateOptions').ownUnit).toBe('Bidang Budidaya');
    const rec = newFileRecord(em.rt, 'rekap-tangkap.json', 'application/json');
    rec.bytes = Buffer.from(text, 'utf8');
    em.rt.grantToApp(rec.id);
    const result = em.call('consolidateReports', { files: [{ id: rec.id, name: rec.name }], includeOwn: true });
    const merged = JSON.parse(file(em, result.jsonId).bytes.toString('utf8'));
    expect(merged.units.map((u: any) => [u.unit, u.requests])).toEqual(
      expect.arrayContaining([
        ['Bidang Perikanan Tangkap', REQUESTS.length],
        ['Bidang Budidaya', REQUESTS.length],
      ]),
    );
  });

  test('a header renamed after adoption is a problem on the header row, never a crash', () => {
    const em = addonEmulator();
    const sheet = sheetWith(em, 'Register 2025', typed(perkiRows()));
    const p = em.call('previewRegister', {});
    em.call('adoptRegister', { sheetId: p.sheetId, mapping: p.json });
    sheet.getRange(1, 10).setValue('Kanal');
    const check = em.call('checkRegister');
    const listed = em.spreadsheet.getSheetByName('Periksa Data').getDataRange().getValues();
    expect(listed.slice(1, 3).map((r: unknown[]) => [r[0], r[2]])).toEqual([
      [1, 'Saluran'],
      [1, 'Saluran'],
    ]);
    expect(String(listed[1][3])).toMatch(/menunjuk kolom "Cara Permohonan" untuk Saluran/);
    expect(check.problems).toBeGreaterThan(2);
  });

  test('a deleted adopted sheet is named in a plain message', () => {
    const em = addonEmulator();
    const sheet = sheetWith(em, 'Register 2025', typed(perkiRows()));
    const p = em.call('previewRegister', {});
    em.call('adoptRegister', { sheetId: p.sheetId, mapping: p.json });
    em.spreadsheet.insertSheet('Lain');
    em.spreadsheet.deleteSheet(sheet);
    expect(() => em.call('computeRecap', { period: '2025', asOf: '2026-01-15' })).toThrow('err.adoptedSheetMissing');
    em.call('menuCheckData');
    expect(em.services.ui._dialogs.at(-1).prompt).toMatch(
      /^Sheet register "Register 2025" yang tercatat di Pengaturan tidak ditemukan lagi\./,
    );
  });

  test('a date typed as text in an adopted register: Periksa Data lists it, Siapkan Register converts it only on Yes', () => {
    const em = addonEmulator({ now: '2026-01-15T03:00:00Z' });
    const sheet = sheetWith(em, 'Register PPID', typed(titledRows()));
    const p = em.call('previewRegister', {});
    em.call('adoptRegister', { sheetId: p.sheetId, mapping: p.json });
    // Row 9 is the second request (received 03/02/2025): the officer pastes its date with an apostrophe.
    sheet.getRange(9, 3).setValue("'03/02/2025");
    expect(sheet.getRange(9, 3).getValue()).toBe('03/02/2025');
    const check = em.call('checkRegister');
    const listed = em.spreadsheet.getSheetByName(check.sheet).getDataRange().getValues() as unknown[][];
    expect(listed.filter((r) => String(r[3]).includes('ditulis sebagai teks')).map((r) => [r[0], r[2]])).toEqual([
      [9, 'Tanggal / Permohonan'],
    ]);

    em.services.ui._queueResponse({ button: 'NO' });
    em.call('menuSetup');
    const asked = em.services.ui._dialogs.at(-2);
    expect(asked.title).toBe('Tanggal Berupa Teks');
    expect(asked.prompt).toContain('baris 9, Tanggal / Permohonan: "03/02/2025" → 03/02/2025');
    expect(sheet.getRange(9, 3).getValue()).toBe('03/02/2025');

    em.services.ui._queueResponse({ button: 'YES' });
    em.call('menuSetup');
    expect(asIso(sheet.getRange(9, 3).getValue())).toBe('2025-02-03');
    // Only that cell changed: the title rows, the other dates and the totals row are as they were.
    expect(grid(sheet, 28, 13)).toEqual(typed(titledRows()).map((r) => r.map(asIso)));
    // What is left: requests 006 and 018, Ditolak with a notice ground (issue #24).
    expect(em.call('checkRegister').problems).toBe(3);
  });

  test("the add-on's own register is set up as always, without the dialog", () => {
    const em = addonEmulator();
    em.call('setupRegister');
    em.call('menuSetup');
    expect(em.services.ui._dialogs.filter((d: any) => d.kind === 'modal')).toHaveLength(0);
    expect(em.call('previewRegister', {}).status).toBe('canonical');
  });
});
