// Menu and "Siapkan Register", driven through the built bundle in the emulator.
import { addonEmulator, fillRegister, snapshot, SEED_ROWS, DIST } from '../support/harness';
import { REGISTER_COLUMNS, COMPUTED_COLUMNS, LISTS } from '../../src/core/register';

describe('add-on menu', () => {
  test('onOpen in AuthMode.NONE builds the add-on menu in Indonesian', () => {
    const em = addonEmulator();
    em.call('onOpen', { authMode: 'NONE' });
    const menus = em.services.ui._menus;
    expect(menus).toHaveLength(1);
    const items = menus[0].items.filter((i: any) => i.caption).map((i: any) => [i.caption, i.functionName]);
    expect(items).toEqual([
      ['Siapkan Register', 'menuSetup'],
      ['Catat Permohonan', 'menuLogRequest'],
      ['Buat Surat', 'menuMakeLetter'],
      ['Buat Laporan Triwulan', 'menuQuarterlyReport'],
      ['Buat Laporan Tahunan', 'menuAnnualReport'],
      ['Gambar Laporan', 'menuReportPictures'],
      ['Periksa Data', 'menuCheckData'],
      ['Pengingat Harian', 'menuDailyReminder'],
      ['Gabungkan Laporan Unit', 'menuConsolidate'],
      ['Pilih Folder Unit', 'menuPickFolder'],
      ['Hubungkan Formulir', 'menuFormIntake'],
      ['Terbitkan DIP', 'menuPublishDip'],
      ['Adopsi DIP', 'menuAdoptDip'],
      ['Pengaturan', 'menuSettings'],
      ['Bantuan', 'menuHelp'],
    ]);
    // Every item names a function the bundle really has.
    const bundle = em.load(DIST);
    for (const [, fn] of items) expect(typeof bundle[fn as string]).toBe('function');
  });

  test('English labels for an English-speaking officer; onInstall builds the same menu', () => {
    const em = addonEmulator({ userLocale: 'en' });
    em.call('onInstall', {});
    expect(em.services.ui._menus[0].items.filter((i: any) => i.caption).map((i: any) => i.caption)).toContain(
      'Make Quarterly Report',
    );
  });
});

describe('Siapkan Register', () => {
  test('creates the register with every column, strict dropdowns, date checks and one formula per computed column', () => {
    const em = addonEmulator();
    em.call('menuSetup');
    const ss = em.spreadsheet;
    const reg = ss.getSheetByName('Register');
    expect(reg).toBeTruthy();
    expect(ss.getSheetByName('Hari Libur')).toBeTruthy();
    expect(ss.getSheetByName('Pengaturan')).toBeTruthy();
    const header = reg.getRange(1, 1, 1, reg.getLastColumn()).getValues()[0];
    expect(header).toEqual([...REGISTER_COLUMNS.map((c) => c.id), ...COMPUTED_COLUMNS.map((c) => c.id)]);
    expect(reg.getFrozenRows()).toBe(1);

    for (const [i, spec] of REGISTER_COLUMNS.entries()) {
      const rule = reg.getRange(2, i + 1).getDataValidation();
      if (spec.type === 'list' || spec.type === 'date' || spec.type === 'number') {
        expect({ col: spec.id, strict: rule && !rule.getAllowInvalid() }).toEqual({ col: spec.id, strict: true });
      } else {
        expect({ col: spec.id, rule }).toEqual({ col: spec.id, rule: null });
      }
    }
    const status = reg.getRange(2, REGISTER_COLUMNS.findIndex((c) => c.key === 'status') + 1).getDataValidation();
    expect(status.getCriteriaValues()[0]).toEqual(LISTS.statuses);

    const formulas = reg
      .getRange(1, 1, reg.getMaxRows(), reg.getLastColumn())
      .getFormulas()
      .flat()
      .filter((f: string) => f);
    expect(formulas).toHaveLength(COMPUTED_COLUMNS.length);
    expect(formulas.every((f: string) => f.startsWith('=ARRAYFORMULA('))).toBe(true);
    expect(em.services.ui._dialogs.at(-1).prompt).toMatch(/Register siap dipakai/);
  });

  test('protects the computed columns with a warning only and colours SLA status', () => {
    const em = addonEmulator();
    em.call('setupRegister');
    const reg = em.spreadsheet.getSheetByName('Register');
    // One protection over the adjacent live columns (issue #25: one per run, not one per column),
    // covering exactly those columns from the header to the last row.
    const protections = reg.getProtections(em.sheets.SpreadsheetApp.ProtectionType.RANGE);
    expect(protections).toHaveLength(1);
    expect(protections.every((p: any) => p.isWarningOnly())).toBe(true);
    const head = reg.getRange(1, 1, 1, reg.getLastColumn()).getFormulas()[0] as string[];
    const live = head.map((f, i) => (f ? i + 1 : 0)).filter((c) => c > 0);
    expect(live).toHaveLength(COMPUTED_COLUMNS.length);
    const covered = protections.flatMap((p: any) => {
      const r = p.getRange();
      expect([r.getRow(), r.getLastRow()]).toEqual([1, reg.getMaxRows()]);
      return Array.from({ length: r.getNumColumns() }, (_, i) => r.getColumn() + i);
    });
    expect(covered).toEqual(live);
    expect(reg.getConditionalFormatRules().length).toBeGreaterThanOrEqual(4);
  });

  test('repairs an existing register without changing any typed value, and is idempotent', () => {
    const em = addonEmulator();
    const keep = REGISTER_COLUMNS.map((c, i) => [c, i] as const).filter(
      ([c]) => c.key !== 'officer' && c.key !== 'notes',
    );
    const sheet = fillRegister(
      em,
      SEED_ROWS.map((r) => keep.map(([, i]) => r[i])),
      keep.map(([c]) => c.id),
    );
    const before = snapshot(sheet);
    em.call('setupRegister');
    const after = snapshot(sheet);
    for (let r = 0; r < before.length; r++) {
      expect(after[r].slice(0, before[r].length)).toEqual(before[r]);
    }
    const header = after[0];
    expect(header).toContain('Petugas');
    expect(header).toContain('Batas Waktu');
    em.call('setupRegister');
    expect(snapshot(sheet)).toEqual(after);
    expect(
      em.spreadsheet
        .getSheets()
        .map((s: any) => s.getName())
        .sort(),
    ).toEqual([
      'Daftar Informasi Publik',
      'Hari Libur',
      'Informasi yang Dikecualikan',
      'Log Aktivitas',
      'PPID Uji Rumus',
      'Pengaturan',
      'Register',
    ]);
    // The formula-form probe's sheet and the activity log stay hidden.
    expect(em.spreadsheet.getSheetByName('PPID Uji Rumus').isSheetHidden()).toBe(true);
    expect(em.spreadsheet.getSheetByName('Log Aktivitas').isSheetHidden()).toBe(true);
  });

  test('fills the holiday sheet for the years around today, national holidays and cuti bersama', () => {
    const em = addonEmulator();
    em.call('setupRegister');
    const hol = em.spreadsheet.getSheetByName('Hari Libur');
    const rows = hol.getRange(2, 1, hol.getLastRow() - 1, 3).getValues();
    const years = new Set(rows.map((r: any[]) => new Date(r[0].getTime() + 7 * 3600000).getUTCFullYear()));
    expect([...years].sort()).toEqual([2024, 2025, 2026]);
    expect(rows.some((r: any[]) => r[2] === 'Cuti Bersama')).toBe(true);
    expect(rows.some((r: any[]) => r[2] === 'Libur Nasional')).toBe(true);
  });
});
