// Siapkan Register decides the live formulas' form from the hidden probe, records it, and tells
// the officer plainly when nothing can be trusted; Periksa Data and reports check a bounded
// sample of the register against the core and warn, read-only.
import { addonEmulator, fillRegister, snapshot, row, SEED_ROWS } from '../support/harness';
import { expectLiveEqualsCore } from '../support/live';
import { generateRegister } from '../../scripts/lib/generate-register';
import { t } from '../../src/core/i18n';
import { COMPUTED_COLUMNS } from '../../src/core/register';
import { titledRows, REQUESTS, wibDate } from '../fixtures/adopt/layouts';

const AS_OF = '2025-07-10';
const props = (em: any) => em.services.PropertiesService.getDocumentProperties();
const record = (em: any) => JSON.parse(props(em).getProperty('ppid.formulaForm'));
const headerFormulas = (em: any) => {
  const reg = em.spreadsheet.getSheetByName('Register');
  return reg.getRange(1, 1, 1, reg.getLastColumn()).getFormulas()[0].filter(Boolean);
};

function seeded(options: Record<string, unknown> = {}, rows = 40) {
  const em = addonEmulator({ now: `${AS_OF}T05:00:00Z`, ...options });
  fillRegister(em, generateRegister({ rows, seed: 5, from: '2025-03-03', to: AS_OF, badRate: 0 }));
  return em;
}

describe('the formula-form probe', () => {
  test('records the form and what was tried; the next setup tries the recorded form first', () => {
    const em = seeded();
    em.call('setupRegister');
    const first = record(em);
    // id_ID: ";" first (the locale's), a parse error in this emulator's belief, then ",".
    expect(first.tried.map((x: any) => [x.form, x.outcome])).toEqual([
      ['array;', 'parse-error'],
      ['array,', 'agrees'],
    ]);
    expect(first).toMatchObject({ form: 'array,', locale: 'id_ID', checkedAt: '2025-07-10T05:00:00.000Z' });
    em.rt.setNow('2025-07-11T05:00:00Z');
    em.call('setupRegister');
    expect(record(em).tried.map((x: any) => [x.form, x.outcome])).toEqual([['array,', 'agrees']]);
    expect(record(em).checkedAt).toBe('2025-07-11T05:00:00.000Z');
    expect(headerFormulas(em)).toHaveLength(COMPUTED_COLUMNS.length);
  }, 300000);

  test('a recorded form that no longer agrees is replaced (the world changed): MAP/LAMBDA', () => {
    const em = seeded();
    em.call('setupRegister');
    em.setQuirk('scalar-workday', true);
    em.call('setupRegister');
    expect(record(em).tried.map((x: any) => [x.form, x.outcome])).toEqual([
      ['array,', 'differs'],
      ['array;', 'parse-error'],
      ['map,', 'agrees'],
    ]);
    expect(headerFormulas(em).every((f: string) => f.includes('MAP('))).toBe(true);
    expectLiveEqualsCore(em, AS_OF);
  }, 300000);

  test('nothing agrees: no live formula is written, the officer reads why, reports still work', () => {
    const em = seeded({ quirks: ['scalar-workday'], unsupportedFunctions: ['MAP', 'LAMBDA'] });
    fillRegister(em, SEED_ROWS);
    em.call('menuSetup');
    const dialog = em.services.ui._dialogs.at(-1).prompt;
    expect(dialog).toContain(t('id', 'setup.noFormulas'));
    expect(record(em).form).toBeNull();
    expect(record(em).tried.map((x: any) => x.outcome)).toEqual(['parse-error', 'differs', 'differs']);
    expect(headerFormulas(em)).toEqual([]);
    const reg = em.spreadsheet.getSheetByName('Register');
    const head = reg.getRange(1, 1, 1, reg.getLastColumn()).getValues()[0];
    for (const c of COMPUTED_COLUMNS) expect(head).toContain(c.id);
    em.rt.setNow('2021-10-11T03:00:00Z');
    const report = em.call('generateReport', { period: '2021-Q3', asOf: '2021-10-11' });
    expect(report.requests).toBe(3);
    expect(report.liveWarnings).toEqual([]);
    const check = em.call('checkRegister');
    expect(check.liveWarnings).toEqual([]);
    const status = em.spreadsheet.getSheetByName('Periksa Data').getRange('F2').getValue();
    expect(status).toMatch(/^Rumus kolom otomatis: tidak dipasang/);
  }, 300000);

  test('the probe sheet is hidden and holds only synthetic rows (no personal data)', () => {
    const em = seeded();
    em.call('setupRegister');
    const probe = em.spreadsheet.getSheetByName('PPID Uji Rumus');
    expect(probe.isSheetHidden()).toBe(true);
    const text = JSON.stringify(probe.getDataRange().getValues());
    const names = (em.spreadsheet.getSheetByName('Register').getRange('D2:D41').getValues() as unknown[][]).map((r) =>
      String(r[0]),
    );
    for (const n of names) expect(text).not.toContain(n);
  }, 300000);
});

describe('a fault while the formula form switches', () => {
  test('at any call of the switching setup, typed values stay as they were; the next setup completes the switch', () => {
    const em = seeded({}, 25);
    em.call('setupRegister');
    const reg = em.spreadsheet.getSheetByName('Register');
    const hol = em.spreadsheet.getSheetByName('Hari Libur');
    const width = reg.getLastColumn();
    const oldFormulas: string[] = reg.getRange(1, 1, 1, width).getFormulas()[0];
    const oldHoliday = hol.getRange('E1').getFormula();
    const oldRecord = props(em).getProperty('ppid.formulaForm');
    const typed = () => {
      const s = snapshot(reg);
      const head = s[0] as string[];
      const live = new Set(COMPUTED_COLUMNS.map((c) => head.indexOf(c.id)));
      return JSON.stringify(s.map((r) => r.filter((_, i) => !live.has(i))));
    };
    const before = typed();
    // The register as the old form left it (cheaper than another setup under the old world).
    const restore = () => {
      oldFormulas.forEach((f, i) => f && reg.getRange(1, i + 1).setFormula(f));
      hol.getRange('E1').setFormula(oldHoliday);
      props(em).setProperty('ppid.formulaForm', oldRecord);
    };
    em.setQuirk('scalar-workday', true);
    const calls: string[] = [];
    const hook = (name: string) => calls.push(name);
    em.rt.callHooks.push(hook);
    em.resetCalls();
    em.call('setupRegister');
    em.rt.callHooks.splice(em.rt.callHooks.indexOf(hook), 1);
    expect(record(em).form).toBe('map,');
    expect(calls.length).toBeGreaterThan(200);
    // Every call that writes formulas, clears the live columns or records the form; a stride over the
    // rest (20: the live columns' headers and bodies are written in a few batched calls since issue 25).
    const points = calls
      .map((name, i) => [name, i + 1] as const)
      .filter(
        ([name, n]) => /setFormula|clearContent|setValue$|Properties\.setProperty|flush/.test(name) || n % 20 === 0,
      )
      .map(([, n]) => n);
    expect(points.length).toBeGreaterThan(25);
    const failures: string[] = [];
    for (const n of points) {
      restore();
      em.resetCalls();
      em.rt.failAtCall = n;
      let error: unknown = null;
      try {
        em.call('setupRegister');
      } catch (err) {
        error = err;
      }
      em.rt.failAtCall = null;
      if (!error) failures.push(`fault at ${n} (${calls[n - 1]}) did not surface`);
      if (typed() !== before) failures.push(`fault at ${n} (${calls[n - 1]}): a typed value changed`);
    }
    expect(failures).toEqual([]);
    restore();
    em.call('setupRegister');
    expect(record(em).form).toBe('map,');
    expect(typed()).toBe(before);
    expectLiveEqualsCore(em, AS_OF);
  }, 300000);
});

describe('the sample check (Periksa Data and reports)', () => {
  test('a value typed into a live column: both warn, nothing is rewritten, the report is still right', () => {
    const em = seeded();
    em.call('setupRegister');
    const clean = em.call('generateReport', { period: '2025-Q2', asOf: AS_OF });
    const reg = em.spreadsheet.getSheetByName('Register');
    const head = reg.getRange(1, 1, 1, reg.getLastColumn()).getValues()[0];
    const slaCol = head.indexOf('Status SLA') + 1;
    reg.getRange(30, slaCol).setValue('Tepat Waktu');
    const before = snapshot(reg);
    const formulas = reg.getRange(1, 1, 1, reg.getLastColumn()).getFormulas();
    const check = em.call('checkRegister');
    expect(check.liveWarnings).toEqual([expect.stringContaining('Kolom "Status SLA"')]);
    expect(check.liveWarnings[0]).toBe(t('id', 'live.blocked', { column: 'Status SLA' }));
    expect(check.message).toContain(t('id', 'live.blocked', { column: 'Status SLA' }));
    const report = em.call('generateReport', { period: '2025-Q2', asOf: AS_OF });
    expect(report.liveWarnings).toEqual(check.liveWarnings);
    expect(report.requests).toBe(clean.requests);
    expect(snapshot(reg)).toEqual(before);
    expect(reg.getRange(1, 1, 1, reg.getLastColumn()).getFormulas()).toEqual(formulas);
    expect(JSON.parse(props(em).getProperty('ppid.liveCheck'))).toMatchObject({
      where: 'report',
      mismatched: expect.any(Number),
    });
  }, 300000);

  test('a formula typed over: "no longer holds the formula"; a text date is left out, not flagged', () => {
    const em = addonEmulator({ now: `${AS_OF}T05:00:00Z` });
    fillRegister(em, [
      ...SEED_ROWS,
      row({
        'No. Registrasi': '004/PPID/2021',
        'Tanggal Permohonan': '13/07/2021',
        Saluran: 'Email',
        'Nama Pemohon': 'X',
        'Kategori Pemohon': 'Perseorangan',
        'Informasi yang Diminta': 'Y',
        Status: 'Diproses',
      }),
    ]);
    em.call('setupRegister');
    expect(em.call('checkRegister').liveWarnings).toEqual([]);
    const reg = em.spreadsheet.getSheetByName('Register');
    const head = reg.getRange(1, 1, 1, reg.getLastColumn()).getValues()[0];
    reg.getRange(1, head.indexOf('Batas Waktu') + 1).setValue('Batas Waktu');
    // The due date's column lost its formula; the SLA column, which reads it, is wrong too.
    const warnings = em.call('checkRegister').liveWarnings;
    expect(warnings[0]).toBe(t('id', 'live.missing', { column: 'Batas Waktu' }));
    expect(warnings.slice(1)).toEqual([expect.stringMatching(/^Kolom "Status SLA": \d+ dari \d+ sel contoh berbeda/)]);
  }, 300000);

  test('Periksa Data shows the form in use and the last check, in English too', () => {
    const em = seeded({ userLocale: 'en', locale: 'en_US' });
    em.call('setupRegister');
    em.call('checkRegister');
    const col = (em.spreadsheet.getSheetByName('Periksa Data').getRange('F1:F3').getValues() as unknown[][]).map(
      (r) => r[0],
    );
    expect(col[0]).toBe('Computed Columns');
    expect(col[1]).toBe(
      'Computed-column formulas: one ARRAYFORMULA per column, argument separator ",". Tested by Set Up Register on 10/07/2025 12:00.',
    );
    expect(col[2]).toMatch(
      /^Sample check of the computed columns \(10\/07\/2025 12:00\): \d+ cells equal PPID Sheets' own results\.$/,
    );
  }, 300000);
});

describe('chart pictures: from the built charts, or from getCharts() matched by anchor', () => {
  test('built charts that draw, or not (built-chart-no-picture) with getCharts() in either order: the same pictures in the same places', () => {
    const pictures = (chartOrder: 'inserted' | 'reversed', quirks: string[] = []) => {
      const em = addonEmulator({ now: '2021-10-11T03:00:00Z', chartOrder, quirks });
      fillRegister(em, SEED_ROWS);
      em.call('setupRegister');
      const r = em.call('generateReport', { period: '2021-Q3', asOf: '2021-10-11' });
      const body = em.services.DocumentApp.openById(r.docId).getBody();
      const out: string[] = [];
      for (let i = 0; i < body.getNumChildren(); i++) {
        const el = body.getChild(i);
        if (el.getType() === em.services.DocumentApp.ElementType.PARAGRAPH && el.asParagraph().getNumChildren()) {
          const inner = el.asParagraph().getChild(0);
          if (inner.getType() === em.services.DocumentApp.ElementType.INLINE_IMAGE)
            out.push(inner.asInlineImage().getBlob().getBytes().slice(100, 400).join(','));
        }
      }
      return out;
    };
    const a = pictures('inserted');
    expect(a.length).toBeGreaterThan(3);
    expect(new Set(a).size).toBe(a.length);
    expect(pictures('reversed')).toEqual(a);
    expect(pictures('inserted', ['built-chart-no-picture'])).toEqual(a);
    expect(pictures('reversed', ['built-chart-no-picture'])).toEqual(a);
  }, 300000);
});

describe('the sample check of an adopted register (header on row 6, column numbers on row 7)', () => {
  test('compares the request rows where they are, not the title or column-number rows; a value typed into a live column is reported', () => {
    const em = addonEmulator({ now: '2026-01-15T03:00:00Z' });
    const sheet = em.spreadsheet.getSheets()[0];
    sheet.setName('Register PPID');
    const rows = titledRows().map((r) =>
      r.map((v) => {
        const m = /^(\d{2})[/-](\d{2})[/-](\d{4})$/.exec(v);
        if (m) return wibDate(`${m[3]}-${m[2]}-${m[1]}`);
        return /^\d+$/.test(v) ? Number(v) : v;
      }),
    );
    sheet.getRange(1, 1, rows.length, rows[0].length).setValues(rows);
    const preview = em.call('previewRegister', {});
    em.call('adoptRegister', { sheetId: preview.sheetId, mapping: preview.json });
    const clean = em.call('checkRegister');
    expect(clean.liveWarnings).toEqual([]);
    const recorded = JSON.parse(props(em).getProperty('ppid.liveCheck'));
    // Every request row in every live column, nothing from the title, header or column-number
    // rows; "Dipenuhi sebagian" (not the list's spelling) is a value Sheets and the core may read
    // apart, so its rows are left out.
    expect(recorded).toMatchObject({ where: 'check', mismatched: 0, missing: 0 });
    const canonical = REQUESTS.filter((r) => r.status !== 'Dipenuhi Sebagian').length;
    expect(canonical).toBeGreaterThan(15);
    expect(recorded.cells).toBe(canonical * COMPUTED_COLUMNS.length);
    const header = sheet.getRange(6, 1, 1, sheet.getLastColumn()).getValues()[0];
    const due = header.indexOf('Batas Waktu') + 1;
    // The due date of row 9 typed over: the column no longer spills (#REF! in its header).
    sheet.getRange(9, due).setValue(wibDate('2025-12-31'));
    const check = em.call('checkRegister');
    expect(check.liveWarnings[0]).toBe(t('id', 'live.blocked', { column: 'Batas Waktu' }));
  }, 300000);
});
