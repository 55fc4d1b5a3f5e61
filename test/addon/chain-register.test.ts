// Issue #13 through the bundle: an older register (the 24 columns before the chain's) is set up,
// gains the new columns at its right without any typed value moving, keeps working, and
// "Periksa Data" asks for what the annual report needs (the Pasal 17 letter, the superior's
// decision, the dispute's filing date).
import { addonEmulator, fillRegister, snapshot, wib } from '../support/harness';
import { REGISTER_COLUMNS, COMPUTED_COLUMNS, LISTS } from '../../src/core/register';

const NEW_KEYS = ['objectionOutcome', 'disputeDate', 'disputeStage', 'disputeOutcome', 'disputeDecided'];
const OLD_HEADER = REGISTER_COLUMNS.filter((c) => !NEW_KEYS.includes(c.key)).map((c) => c.id);
const oldRow = (fields: Record<string, unknown>) => OLD_HEADER.map((h) => (h in fields ? fields[h] : ''));
const base = {
  Saluran: 'Email',
  'Nama Pemohon': 'Pemohon Lama',
  'Kategori Pemohon': 'Perseorangan',
  'Informasi yang Diminta': 'Dokumen anggaran',
};

function oldRegister() {
  const em = addonEmulator({ now: '2025-07-10T03:00:00Z' });
  const sheet = fillRegister(
    em,
    [
      oldRow({
        ...base,
        'No. Registrasi': '001/PPID/2025',
        'Tanggal Permohonan': wib('2025-04-07'),
        Status: 'Ditolak',
        'Alasan Penolakan': 'Dikecualikan (Pasal 17 UU KIP)',
        'Tanggal Selesai': wib('2025-04-10'),
      }),
      oldRow({
        ...base,
        'No. Registrasi': '002/PPID/2025',
        'Tanggal Permohonan': wib('2025-04-08'),
        Status: 'Ditolak',
        'Alasan Penolakan': 'Belum Dikuasai',
        'Tanggal Selesai': wib('2025-04-11'),
        'Tanggal Keberatan': wib('2025-04-14'),
        'Alasan Keberatan': 'a. Penolakan (Pasal 17)',
        'Tanggal Tanggapan Keberatan': wib('2025-05-02'),
        Sengketa: 'Ya',
      }),
    ],
    OLD_HEADER,
  );
  return { em, sheet };
}

describe('an older register gains the chain columns', () => {
  test('setup appends the new columns and live columns at the right; no typed value moves or changes', () => {
    const { em, sheet } = oldRegister();
    const before = snapshot(sheet);
    em.call('setupRegister');
    const after = snapshot(sheet);
    for (let r = 0; r < before.length; r++) expect(after[r].slice(0, OLD_HEADER.length)).toEqual(before[r]);
    const header = after[0];
    const added = header.slice(OLD_HEADER.length);
    // New input columns and live columns land after everything that was there.
    expect(added).toEqual([
      'Putusan Atasan PPID',
      'Tanggal Pengajuan Sengketa',
      'Tahap Sengketa',
      'Putusan Sengketa',
      'Tanggal Putusan Sengketa',
      ...COMPUTED_COLUMNS.map((c) => c.id),
    ]);
    const col = (id: string) => header.indexOf(id) + 1;
    expect(sheet.getRange(2, col('Putusan Atasan PPID')).getDataValidation().getCriteriaValues()[0]).toEqual(
      LISTS.objectionOutcomes,
    );
    expect(sheet.getRange(2, col('Tahap Sengketa')).getDataValidation().getCriteriaValues()[0]).toEqual([
      'Mediasi',
      'Ajudikasi',
      'Pengadilan',
    ]);
    expect(sheet.getRange(2, col('Alasan Penolakan')).getDataValidation().getCriteriaValues()[0]).toEqual(
      LISTS.refusalReasons,
    );
    // The live columns for the objection: due, status and the window to take it to the KI.
    const values = sheet.getDataRange().getValues();
    const day = (v: unknown) =>
      v instanceof Date ? new Date(v.getTime() + 7 * 3600000).toISOString().slice(0, 10) : v;
    // 30 working days after 14 April 2025 (Pasal 36(2)); 18 April, 1, 12, 13, 29 and 30 May are off.
    expect(day(values[2][col('Batas Tanggapan Keberatan') - 1])).toBe('2025-06-03');
    expect(values[2][col('Status Keberatan') - 1]).toBe('Tepat Waktu');
    // 14 working days after the superior's answer of 2 May 2025 (Pasal 37(2)); 12 and 13 May are off.
    expect(day(values[2][col('Batas Pengajuan Sengketa') - 1])).toBe('2025-05-26');
    em.call('setupRegister');
    expect(snapshot(sheet)).toEqual(after);
  });

  test("Periksa Data asks for the Pasal 17 letter, the superior's decision and the dispute's filing date", () => {
    const { em } = oldRegister();
    em.call('setupRegister');
    em.call('menuCheckData');
    const list: unknown[][] = em.spreadsheet.getSheetByName('Periksa Data').getDataRange().getValues();
    const rows = list.slice(1).map((x) => `${x[0]}|${x[2]}`);
    expect(rows).toEqual(
      expect.arrayContaining([
        '2|Alasan Penolakan',
        '3|Putusan Atasan PPID',
        '3|Tanggal Pengajuan Sengketa',
        '3|Status',
      ]),
    );
    // Row 3 is marked Ditolak with "Belum Dikuasai", a notice: no refusal, so its Status is listed (#24).
    expect(rows).toHaveLength(4);
    const text = list
      .slice(1)
      .map((x) => String(x[3]))
      .join('\n');
    expect(text).toMatch(/huruf a–j/);
    expect(text).toMatch(/Siapkan Register/);
  });
});
