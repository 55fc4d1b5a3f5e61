// Buat Surat on a register adopted where it was kept (#17): the Perki SLIP headers under a title,
// the header on row 3. The letter reads its row through the mapping stored in the settings
// (sheet ID, header row, columns), never through row 1 of a "Register" sheet.
import { addonEmulator } from '../support/harness';
import { letterText, logRows, setSettings, visibleLetters, LETTER_SETTINGS } from '../support/letters';
import { perkiRows, REQUESTS, wibDate } from '../fixtures/adopt/layouts';
import { WorkCalendar, dueDate } from '../../src/core/calendar';
import { HOLIDAYS, holidayDays } from '../../src/core/calendar';
import { dayFromIso } from '../../src/core/calendar';
import { tanggalPanjang } from '../../src/core/letters';

const HEADER_ROW = 3;
/** Sheet row of a request of the fixture: title, blank row, header, then one row per request. */
const rowOf = (number: string) => REQUESTS.findIndex((r) => r.number === number) + HEADER_ROW + 1;

/** The Perki layout as typed into Sheets under a title row: dates as date cells. */
function titledPerki(): unknown[][] {
  const rows = perkiRows();
  const width = rows[0].length;
  const typed = rows.map((r) =>
    r.map((v) => {
      const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(v);
      if (m) return wibDate(`${m[3]}-${m[2]}-${m[1]}`);
      return /^\d+$/.test(v) ? Number(v) : v;
    }),
  );
  const line = (first: string) => [first, ...new Array(width - 1).fill('')];
  return [line('REGISTER PERMOHONAN INFORMASI PUBLIK TAHUN 2025'), line(''), ...typed];
}

function adoptedEmulator(now: string): { em: any; sheet: any } {
  const em = addonEmulator({ now: `${now}T03:00:00Z` });
  const rows = titledPerki();
  const sheet = em.spreadsheet.getSheets()[0];
  sheet.setName('Register 2025');
  sheet.getRange(1, 1, rows.length, rows[0].length).setValues(rows);
  const preview = em.call('previewRegister', {});
  expect(preview).toMatchObject({ status: 'adopt', headerRow: HEADER_ROW, canAdopt: true });
  em.call('adoptRegister', { sheetId: preview.sheetId, mapping: preview.json });
  setSettings(em, LETTER_SETTINGS);
  em.resetCalls();
  return { em, sheet };
}

const calendar = new WorkCalendar(holidayDays(HOLIDAYS));
const make = (em: any, req: Record<string, unknown>) => em.call('generateLetter', req);

describe('letters from an adopted register (Perki headers, a title above)', () => {
  test('the adoption is what the letters read: no "Register" sheet, the header on row 3 in the settings', () => {
    const { em, sheet } = adoptedEmulator('2025-04-17');
    expect(em.spreadsheet.getSheetByName('Register')).toBeNull();
    const settings = em.spreadsheet.getSheetByName('Pengaturan').getDataRange().getValues();
    const value = (label: string) => settings.find((r: unknown[]) => r[0] === label)[1];
    expect(value('Sheet Register')).toBe(`${sheet.getSheetId()} (Register 2025)`);
    expect(value('Baris Judul Register')).toBe(HEADER_ROW);
  });

  test('a refusal by registration number: the row under Perki headers, its Pasal 17 ground and the 30-working-day right', () => {
    const { em } = adoptedEmulator('2025-04-17');
    const r = make(em, { number: '004/PPID-DPK/2025', kind: 'penolakan', asOf: '2025-04-17' });
    expect(r.ok).toBe(true);
    const text = letterText(em, r.docId);
    expect(text).toContain('Forum Warga Pesisir Timur');
    expect(text).toContain('Desa Tanjung Sari RT 02/RW 05');
    expect(text).toContain('Dokumen penyelidikan pelanggaran zona tangkap');
    expect(text).toContain('Pasal 17 huruf j');
    expect(text).toContain('30 (tiga puluh) hari kerja');
    // 30 working days from the letter of 17 April 2025, Idul Adha and its cuti bersama counted.
    expect(text).toContain('10 Juni 2025');
    expect(text).toContain('004/PPID-DPK/2025');
    const log = logRows(em);
    expect(log).toHaveLength(1);
    expect(log[0].slice(0, 4)).toEqual([
      rowOf('004/PPID-DPK/2025'),
      '004/PPID-DPK/2025',
      'Keputusan PPID tentang Penolakan Permohonan Informasi',
      r.letterNumber,
    ]);
  });

  test('a receipt by sheet row: the date received and its due date from the working-day calendar', () => {
    const { em } = adoptedEmulator('2025-06-24');
    const req = REQUESTS.find((x) => x.number === '014/PPID-DPK/2025')!;
    const r = make(em, { row: rowOf(req.number), kind: 'tanda-terima' });
    expect(r.ok).toBe(true);
    const text = letterText(em, r.docId);
    expect(text).toMatch(/Nomor Pendaftaran\s*:\s*014\/PPID-DPK\/2025/);
    expect(text).toMatch(/Tanggal Diterima\s*:\s*24 Juni 2025/);
    expect(text).toContain(`yaitu pada ${tanggalPanjang(dueDate(dayFromIso(req.received), false, calendar))}`);
    expect(text).toContain('Rizal Fahmi');
  });

  test('Perki\'s "Status Informasi" makes a "not held" row a written notice, not a refusal', () => {
    const { em } = adoptedEmulator('2025-04-21');
    const row = rowOf('006/PPID-DPK/2025');
    const o = em.call('getLetterOptions', row);
    expect(o.number).toBe('006/PPID-DPK/2025');
    expect(o.applicant).toBe('Agustina Wenda');
    expect(o.notHeld).toBe(true);
    expect(o.kinds.map((k: any) => k.kind)).toContain('pemberitahuan');
    const r = make(em, { row, kind: 'pemberitahuan', extras: { infoHolder: 'Pusat Riset Perikanan' } });
    expect(r.ok).toBe(true);
    const text = letterText(em, r.docId);
    expect(text).toContain('tidak berada di bawah penguasaan');
    expect(text).toContain('Pusat Riset Perikanan');
  });

  test('the written notice fills a blank "Tanggal Pemberitahuan Tertulis" (Perki\'s Tanggal Selesai) on the officer\'s word, and nothing else', () => {
    const { em, sheet } = adoptedEmulator('2025-01-15');
    const header = sheet.getRange(HEADER_ROW, 1, 1, sheet.getLastColumn()).getValues()[0] as string[];
    const col = header.indexOf('Tanggal Pemberitahuan Tertulis') + 1;
    const row = rowOf('001/PPID-DPK/2025');
    sheet.getRange(row, col).setValue('');
    const before = sheet.getRange(1, 1, sheet.getLastRow(), sheet.getLastColumn()).getValues();
    const o = em.call('getLetterOptions', row);
    expect(o.answeredBlank).toBe(true);
    const r = make(em, { row, kind: 'pemberitahuan', fillAnswered: true });
    expect(r).toMatchObject({ ok: true, answeredFilled: true });
    const after = sheet.getRange(1, 1, sheet.getLastRow(), sheet.getLastColumn()).getValues();
    // The live columns (formula in the header cell) recompute from the new date; every typed cell stays.
    const live = new Set(
      (sheet.getRange(HEADER_ROW, 1, 1, sheet.getLastColumn()).getFormulas()[0] as string[]).flatMap((f, j) =>
        f ? [j] : [],
      ),
    );
    expect(live.size).toBeGreaterThan(0);
    const changed: Array<[number, number]> = [];
    after.forEach((cells: unknown[], i: number) =>
      cells.forEach((v, j) => {
        if (!live.has(j) && String(v) !== String(before[i][j])) changed.push([i + 1, j + 1]);
      }),
    );
    expect(changed).toEqual([[row, col]]);
    expect(after[row - 1][col - 1]).toEqual(wibDate('2025-01-15'));
  });

  test('"Buat Surat" asks for a request row on the title or the header; opens on a request', () => {
    const { em, sheet } = adoptedEmulator('2025-04-17');
    const dialogs = em.services.ui._dialogs;
    em.spreadsheet.setActiveSheet(sheet);
    sheet.getRange(`B${HEADER_ROW}`).activate();
    em.call('menuMakeLetter');
    expect(dialogs.at(-1)).toMatchObject({ kind: 'alert' });
    expect(dialogs.at(-1).prompt).toContain('Pilih satu baris permohonan di sheet register "Register 2025"');
    sheet.getRange(`D${rowOf('004/PPID-DPK/2025')}`).activate();
    em.call('menuMakeLetter');
    expect(dialogs.at(-1)).toMatchObject({ kind: 'modal', title: 'Buat Surat' });
    expect(dialogs.at(-1).content).toContain(`Number('${rowOf('004/PPID-DPK/2025')}')`);
    // Row 1 is the sheet's title, not a request, for the dialog's own calls too.
    expect(em.call('makeLetter', { row: 1, kind: 'tanda-terima' })).toMatchObject({ ok: false });
  });

  test('a stored column renamed since adoption: the officer is told to map again, nothing is made', () => {
    const { em, sheet } = adoptedEmulator('2025-04-17');
    const header = sheet.getRange(HEADER_ROW, 1, 1, sheet.getLastColumn()).getValues()[0] as string[];
    sheet.getRange(HEADER_ROW, header.indexOf('Alamat') + 1).setValue('Alamat Lengkap');
    const files = em.rt.files.size;
    const r = em.call('makeLetter', { number: '004/PPID-DPK/2025', kind: 'penolakan' });
    expect(r.ok).toBe(false);
    expect(r.message).toContain('pemetaan kolom register tidak cocok lagi');
    expect(r.message).toContain('"Alamat"');
    expect(r.message).toContain('Siapkan Register');
    expect(em.rt.files.size).toBe(files);
    expect(visibleLetters(em)).toHaveLength(0);
    expect(em.spreadsheet.getSheetByName('Surat')).toBeNull();
  });
});
