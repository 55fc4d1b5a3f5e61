// The register's Nomor DIP/DIK column in the emulator (issue #27 item 3): setup's dropdown from
// both lists in one rule, and Periksa Data listing the link's problems.
import { addonEmulator, fillRegister, row, wib } from '../support/harness';
import { DIK_COLUMNS, DIP_COLUMNS } from '../../src/core/dip';
import { REGISTER_COLUMNS } from '../../src/core/register';

const DIP = 'Daftar Informasi Publik';
const DIK = 'Informasi yang Dikecualikan';

function fillLists(em: any): void {
  const ss = em.spreadsheet;
  const put = (name: string, specs: typeof DIP_COLUMNS | typeof DIK_COLUMNS, rows: Array<Record<string, unknown>>) =>
    ss
      .getSheetByName(name)
      .getRange(2, 1, rows.length, specs.length - (name === DIK ? 1 : 0))
      .setValues(rows.map((v) => specs.filter((c) => c.type !== 'live').map((c) => v[c.key] ?? '')));
  put(DIP, DIP_COLUMNS, [
    { number: 'DIP-B-01', summary: 'Kalender pelatihan', infoClass: 'Berkala', state: 'Final' },
    { number: 'DIP-SS-01', summary: 'Struktur organisasi', infoClass: 'Setiap Saat', state: 'Final' },
  ]);
  put(DIK, DIK_COLUMNS, [
    {
      number: 'DIK-01',
      summary: 'Nilai evaluasi peserta',
      ground: 'Pasal 17 huruf h',
      harm: 'Merugikan nama baik peserta',
      interest: 'Hak atas rahasia pribadi',
      from: wib('2025-01-04'),
      periodNote: 'Sampai ada persetujuan',
      decreeNumber: 'KEP-01/PPID/2025',
      state: 'Final',
    },
  ]);
}

const request = (n: string, extra: Record<string, unknown>) =>
  row({
    'No. Registrasi': n,
    'Tanggal Permohonan': wib('2025-07-01'),
    Saluran: 'Email',
    'Nama Pemohon': 'Pemohon',
    'Kategori Pemohon': 'Perseorangan',
    'Informasi yang Diminta': 'Sesuatu',
    Status: 'Diproses',
    ...extra,
  });

describe('Siapkan Register: the Nomor DIP/DIK dropdown', () => {
  test("offers both lists' numbers in one warning rule over the column, refreshed by each setup", () => {
    const em = addonEmulator();
    em.call('setupRegister');
    const reg = em.spreadsheet.getSheetByName('Register');
    const header = reg.getRange(1, 1, 1, reg.getLastColumn()).getValues()[0];
    const col = header.indexOf('Nomor DIP/DIK') + 1;
    expect(col).toBe(REGISTER_COLUMNS.length);
    // No entry yet: nothing to offer.
    expect(reg.getRange(2, col).getDataValidation()).toBeNull();
    fillLists(em);
    const calls: string[] = [];
    const hook = (name: string) => calls.push(name);
    em.rt.callHooks.push(hook);
    em.call('setupRegister');
    em.rt.callHooks.splice(em.rt.callHooks.indexOf(hook), 1);
    const rule = reg.getRange(2, col).getDataValidation();
    expect(rule.getCriteriaValues()[0]).toEqual(['DIP-B-01', 'DIP-SS-01', 'DIK-01']);
    expect(rule.getAllowInvalid()).toBe(true);
    expect(reg.getRange(reg.getMaxRows(), col).getDataValidation().getCriteriaValues()[0]).toHaveLength(3);
    // One rule over the whole column: a single setDataValidation for it.
    const ruleCalls = calls.filter((c) => c === 'Range.setDataValidation').length;
    const withoutLists = (() => {
      const other = addonEmulator();
      other.call('setupRegister');
      const seen: string[] = [];
      const h = (name: string) => seen.push(name);
      other.rt.callHooks.push(h);
      other.call('setupRegister');
      return seen.filter((c) => c === 'Range.setDataValidation').length;
    })();
    expect(ruleCalls - withoutLists).toBe(1);
  });
});

describe('Periksa Data: the link', () => {
  test('lists an unknown number, a refused public entry, a differing ground and a Berkala request by row', () => {
    const em = addonEmulator();
    em.call('setupRegister');
    fillLists(em);
    fillRegister(em, [
      request('001/PPID/2025', { 'Nomor DIP/DIK': 'DIK-99 Budi' }),
      request('002/PPID/2025', {
        Status: 'Ditolak',
        'Alasan Penolakan': 'Pasal 17 huruf h',
        'Tanggal Selesai': wib('2025-07-03'),
        'Nomor DIP/DIK': 'DIP-SS-01',
      }),
      request('003/PPID/2025', {
        Status: 'Ditolak',
        'Alasan Penolakan': 'Pasal 17 huruf b',
        'Tanggal Selesai': wib('2025-07-03'),
        'Nomor DIP/DIK': 'DIK-01',
      }),
      request('004/PPID/2025', { 'Nomor DIP/DIK': 'DIP-B-01' }),
      request('005/PPID/2025', { 'Nomor DIP/DIK': 'DIP-SS-01' }),
    ]);
    em.call('menuCheckData');
    const list: unknown[][] = em.spreadsheet.getSheetByName('Periksa Data').getDataRange().getValues();
    const link = list.filter((r) => /DIP|DIK|Berkala/.test(String(r[3])));
    expect(link.map((r) => [r[0], r[1], r[2]])).toEqual([
      [2, '001/PPID/2025', 'Nomor DIP/DIK'],
      [3, '002/PPID/2025', 'Nomor DIP/DIK'],
      [4, '003/PPID/2025', 'Alasan Penolakan'],
      [5, '004/PPID/2025', 'Nomor DIP/DIK'],
    ]);
    expect(String(link[3][3])).toContain('Berkala');
    expect(list.flat().join(' ')).not.toContain('Budi');
  });
});
