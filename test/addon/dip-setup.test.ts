// Siapkan Register makes and repairs the DIP and DIK sheets (issue #27), in the emulator.
import { addonEmulator, wib } from '../support/harness';
import { DIK_COLUMNS, DIP_COLUMNS, exemptionStatus, EXEMPTION_LABELS } from '../../src/core/dip';
import { dayFromIso } from '../../src/core/calendar';

const DIP = 'Daftar Informasi Publik';
const DIK = 'Informasi yang Dikecualikan';
const col = (specs: typeof DIK_COLUMNS | typeof DIP_COLUMNS, key: string) => specs.findIndex((c) => c.key === key) + 1;

describe('Siapkan Register: DIP and DIK sheets', () => {
  test('creates both sheets with their columns, strict class and state dropdowns, dates and a live expiry column', () => {
    const em = addonEmulator();
    em.call('menuSetup');
    const ss = em.spreadsheet;
    expect(ss.getActiveSheet().getName()).toBe('Register');
    const dip = ss.getSheetByName(DIP);
    const dik = ss.getSheetByName(DIK);
    expect(dip.getRange(1, 1, 1, dip.getLastColumn()).getValues()[0]).toEqual(DIP_COLUMNS.map((c) => c.id));
    expect(dik.getRange(1, 1, 1, dik.getLastColumn()).getValues()[0]).toEqual(DIK_COLUMNS.map((c) => c.id));
    expect(dip.getFrozenRows()).toBe(1);
    const rule = (sheet: any, c: number) => sheet.getRange(2, c).getDataValidation();
    const cls = rule(dip, col(DIP_COLUMNS, 'infoClass'));
    expect(cls.getAllowInvalid()).toBe(false);
    expect(cls.getCriteriaValues()[0]).toEqual(['Berkala', 'Serta Merta', 'Setiap Saat']);
    expect(rule(dip, col(DIP_COLUMNS, 'state')).getCriteriaValues()[0]).toEqual(['Draf', 'Final']);
    expect(rule(dip, col(DIP_COLUMNS, 'forms')).getAllowInvalid()).toBe(true);
    expect(String(rule(dip, col(DIP_COLUMNS, 'updated')).getCriteriaType())).toBe('DATE_IS_VALID_DATE');
    expect(String(rule(dip, col(DIP_COLUMNS, 'link')).getCriteriaType())).toBe('TEXT_IS_VALID_URL');
    expect(rule(dip, col(DIP_COLUMNS, 'summary'))).toBeNull();
    expect(rule(dik, col(DIK_COLUMNS, 'ground')).getCriteriaValues()[0]).toHaveLength(11);
    expect(dik.getRange(1, col(DIK_COLUMNS, 'expiry')).getFormula()).toMatch(/^=ARRAYFORMULA\(/);
  });

  test('the live column agrees with the core on every side of the month before the end', () => {
    const em = addonEmulator(); // clock: 2025-07-10
    em.call('menuSetup');
    const dik = em.spreadsheet.getSheetByName(DIK);
    const ends = ['2025-07-09', '2025-07-10', '2025-08-09', '2025-08-10', ''];
    ends.forEach((iso, i) => {
      const r = i + 2;
      dik.getRange(r, col(DIK_COLUMNS, 'number')).setValue(`K${i}`);
      dik.getRange(r, col(DIK_COLUMNS, 'summary')).setValue('x');
      if (iso) dik.getRange(r, col(DIK_COLUMNS, 'until')).setValue(wib(iso));
    });
    const shown = dik
      .getRange(2, col(DIK_COLUMNS, 'expiry'), ends.length + 1, 1)
      .getValues()
      .map((v: unknown[]) => v[0]);
    const today = dayFromIso('2025-07-10');
    const expected = ends.map(
      (iso) => EXEMPTION_LABELS[exemptionStatus({ until: iso ? dayFromIso(iso) : null }, today)],
    );
    expect(shown).toEqual([...expected, '']);
    expect(new Set(expected).size).toBe(4);
  });

  test('repairs a kept list in place: its own columns stay, the missing ones are appended, values untouched', () => {
    const em = addonEmulator();
    const ss = em.spreadsheet;
    const own = ss.insertSheet(DIP);
    own.getRange(1, 1, 2, 3).setValues([
      ['No.', 'Judul Informasi', 'Klasifikasi'],
      ['1', 'Struktur organisasi', 'Setiap Saat'],
    ]);
    em.call('menuSetup');
    const dip = ss.getSheetByName(DIP);
    const header = dip.getRange(1, 1, 1, dip.getLastColumn()).getValues()[0];
    expect(header.slice(0, 3)).toEqual(['No.', 'Judul Informasi', 'Klasifikasi']);
    expect(header).toHaveLength(DIP_COLUMNS.length);
    expect(header).toContain('Tautan Publikasi');
    expect(dip.getRange(2, 1, 1, 3).getValues()[0]).toEqual([1, 'Struktur organisasi', 'Setiap Saat']);
    // A second setup adds nothing.
    em.call('menuSetup');
    expect(dip.getLastColumn()).toBe(DIP_COLUMNS.length);
    expect(ss.getSheets().filter((s: any) => s.getName() === DIP)).toHaveLength(1);
  });
});
