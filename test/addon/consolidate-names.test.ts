// Two picked files of one name (issue #23 item 12): Drive lets two units' folders each hold a
// "recap.json", and a refusal that says «"recap.json" … sedangkan "recap.json"» tells the officer
// nothing. In Sheets each is named by its place in the dialog's list and, when the Picker gave it,
// its last change (Document.LAST_EDITED_UTC); a unique name stays as it is.
import { addonEmulator, fillRegister, SEED_ROWS, file } from '../support/harness';
import { newFileRecord } from '@ppid-sheets/emulator';
import type { Emulator } from '@ppid-sheets/emulator';
import { fileLabels } from '../../src/core/recap';

function setUnit(em: Emulator, unit: string) {
  const sheet = em.spreadsheet.getSheetByName('Pengaturan');
  const grid: unknown[][] = sheet.getDataRange().getValues();
  sheet.getRange(grid.findIndex((x) => x[0] === 'Nama Unit') + 1, 2).setValue(unit);
}

function unitRecap(unit: string, period: string): string {
  const em = addonEmulator({ now: '2021-10-11T03:00:00Z' });
  fillRegister(em, SEED_ROWS);
  em.call('setupRegister');
  setUnit(em, unit);
  const r = em.call('generateReport', { period, asOf: '2021-10-11' });
  return file(em, r.jsonId).bytes.toString('utf8');
}

function central(): Emulator {
  const em = addonEmulator({ now: '2021-10-12T03:00:00Z' });
  em.call('setupRegister');
  setUnit(em, 'PPID Utama');
  return em;
}

function pick(em: Emulator, name: string, text: string, edited?: number) {
  const rec = newFileRecord(em.rt, name, 'application/json');
  rec.bytes = Buffer.from(text, 'utf8');
  em.rt.grantToApp(rec.id);
  return { id: rec.id, name, ...(edited === undefined ? {} : { edited }) };
}

const refusal = (em: Emulator, files: unknown[]) => {
  try {
    em.call('consolidateReports', { files });
  } catch (err: any) {
    return String(err.message);
  }
  throw new Error('not refused');
};

describe('refusals name two files of one name apart', () => {
  const q3 = unitRecap('Biro Umum', '2021-Q3');
  const q2 = unitRecap('Pusdatin', '2021-Q2');
  const other = unitRecap('Pusdatin', '2021-Q3');

  test("mixed periods: each by its place in the list and its last change in the spreadsheet's zone", () => {
    const em = central();
    // 2021-10-01 09:30 and 2021-10-04 14:05 WIB (UTC+7), as milliseconds since 1970, as the Picker gives them.
    const files = [
      pick(em, 'recap.json', q3, Date.UTC(2021, 9, 1, 2, 30)),
      pick(em, 'recap.json', q2, Date.UTC(2021, 9, 4, 7, 5)),
    ];
    expect(refusal(em, files)).toBe(
      'Berkas "recap.json (berkas ke-2 yang dipilih, diubah 04/10/2021 14:05)" berisi periode 2021-Q2, sedangkan "recap.json (berkas ke-1 yang dipilih, diubah 01/10/2021 09:30)" berisi 2021-Q3. Gabungkan berkas dari satu periode saja.',
    );
  });

  test("the same unit twice, without the Picker's date: by place alone", () => {
    const em = central();
    expect(refusal(em, [pick(em, 'recap.json', q3), pick(em, 'lain.json', other), pick(em, 'recap.json', q3)])).toBe(
      'Unit "Biro Umum" dipilih dua kali: "recap.json (berkas ke-1 yang dipilih)" dan "recap.json (berkas ke-3 yang dipilih)". Pilih satu berkas untuk setiap unit.',
    );
  });

  test("names that differ are left as they are, and the consolidated JSON keeps Drive's names", () => {
    const em = central();
    const files = [pick(em, 'recap.json', q3), pick(em, 'rekap.json', other)];
    const r = em.call('consolidateReports', { files });
    const json = JSON.parse(file(em, r.jsonId).bytes.toString('utf8'));
    expect(json.consolidated.files).toEqual(['recap.json', 'rekap.json']);
  });
});

test('fileLabels: unique names unchanged; shared ones numbered by the list, in both languages', () => {
  const files = [{ name: 'a.json' }, { name: 'recap.json', edited: '01/10/2021 09:30' }, { name: 'recap.json' }];
  expect(fileLabels(files, 'id')).toEqual([
    'a.json',
    'recap.json (berkas ke-2 yang dipilih, diubah 01/10/2021 09:30)',
    'recap.json (berkas ke-3 yang dipilih)',
  ]);
  expect(fileLabels(files, 'en')[1]).toBe('recap.json (file 2 picked, modified 01/10/2021 09:30)');
});
