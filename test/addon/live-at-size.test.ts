// #26 item 7: the live-column sample check also reads the register's last real rows, and a live
// formula that stops at size (Sheets' calculation limit, about 2,000,000 function calls per
// formula cell: community pages sheets.wiki/concept/Calculation-limits and
// docs.astral.cafe/calculation-limits, not Google's) is reported in Periksa Data while the
// reports keep computing from the core. The emulator's switch: `mapRowLimit`.
import { addonEmulator, fillRegister, row, wib } from '../support/harness';

const rows = (n: number) =>
  Array.from({ length: n }, (_, i) =>
    row({
      'No. Registrasi': `${String(i + 1).padStart(3, '0')}/PPID/2025`,
      'Tanggal Permohonan': wib(`2025-06-${String((i % 28) + 1).padStart(2, '0')}`),
      Saluran: 'Email',
      'Nama Pemohon': `Pemohon ${i + 1}`,
      'Kategori Pemohon': 'Perseorangan',
      'Informasi yang Diminta': 'Data',
      Topik: 'Pelatihan',
      Status: 'Diproses',
    }),
  );

// scalar-workday: ARRAYFORMULA's WORKDAY takes one value, so Siapkan Register chooses MAP/LAMBDA.
function register(n: number, limit?: number): any {
  const em = addonEmulator({ quirks: ['scalar-workday'], ...(limit ? { mapRowLimit: limit } : {}) });
  fillRegister(em, rows(n));
  em.call('setupRegister');
  return em;
}

test('the sample check reads the last rows of a register longer than its top block: one more read, all agreeing', () => {
  const em = register(120);
  em.resetCalls();
  const res = em.call('checkRegister');
  expect(res.liveWarnings).toEqual([]);
  expect(res.rows).toBe(120);
  // The same register short enough for the top block alone is read once less.
  const small = register(10);
  small.resetCalls();
  small.call('checkRegister');
  expect(em.calls().byMethod['Range.getValues']).toBe((small.calls().byMethod['Range.getValues'] ?? 0) + 1);
});

test('a MAP formula that stops at size: Periksa Data says so, with the rows; the report still computes its deadlines from the core', () => {
  const em = register(120, 100);
  const res = em.call('checkRegister');
  expect(res.liveWarnings.join('\n')).toMatch(/menampilkan #ERROR!: rumusnya berhenti/);
  expect(res.liveWarnings.join('\n')).toContain('batas perhitungan Google Sheets');
  // The report reads no live cell: its figures are the core's, the same as without the limit.
  const plain = register(120);
  const a = em.call('generateReport', { period: '2025-Q2', asOf: '2025-07-10' });
  const b = plain.call('generateReport', { period: '2025-Q2', asOf: '2025-07-10' });
  const recap = (e: any, r: any) =>
    e.rt.uncounted(() => e.spreadsheet.getSheetByName(r.recapSheet).getDataRange().getDisplayValues());
  expect(a.failedAfter).toEqual([]);
  expect(recap(em, a).length).toBeGreaterThan(5);
  expect(recap(em, a)).toEqual(recap(plain, b));
});
