// The add-on under each emulator switch and under all of them together, on randomized registers
// in id_ID and en_US spreadsheets: Siapkan Register finds a formula form this "Google" evaluates
// right, so the live columns equal the core; the report is the same as without any switch; the
// sample checks find nothing wrong. A focused matrix (one register, one report per cell), not the
// whole suite once per switch.
import { addonEmulator, fillRegister } from '../support/harness';
import { expectLiveEqualsCore } from '../support/live';
import { generateRegister } from '../../scripts/lib/generate-register';
import { QUIRKS, EXCLUSIVE_QUIRKS } from '@ppid-sheets/emulator';

const AS_OF = '2025-07-10';
// Every switch the emulator knows (the four of the open questions, and those other work added:
// a trigger without its document, rows inheriting formats), alone and all together.
const ALL = Object.keys(QUIRKS);
// "All together": every switch that can be on at once (of two answers to one question, the first).
const TOGETHER = ALL.filter((q) => !EXCLUSIVE_QUIRKS.some((g) => g.indexOf(q as never) > 0));
const QUIRK_SETS: string[][] = [[], ...ALL.map((q) => [q]), TOGETHER];
/**
 * The form Siapkan Register must settle on (formName: iteration + separator): ";" only where the
 * locale's separator is the one that parses (id_ID under formula-locale-separators), MAP/LAMBDA
 * only where WORKDAY does not iterate; any other switch leaves the canonical form.
 */
function expectedForm(locale: string, quirks: readonly string[]): string {
  const sep = locale === 'id_ID' && quirks.includes('formula-locale-separators') ? ';' : ',';
  return `${quirks.includes('scalar-workday') ? 'map' : 'array'}${sep}`;
}

function run(locale: string, quirks: string[], seed: number) {
  const em = addonEmulator({ locale, userLocale: 'id', now: `${AS_OF}T05:00:00Z`, quirks });
  fillRegister(em, generateRegister({ rows: 70, seed, from: '2025-01-02', to: AS_OF, badRate: 0 }));
  const setup = em.call('setupRegister');
  const rows = expectLiveEqualsCore(em, AS_OF);
  const report = em.call('generateReport', { period: '2025-Q2', asOf: AS_OF });
  const json = JSON.parse(em.rt.files.get(report.jsonId)!.bytes!.toString('utf8'));
  delete json.generatedAt;
  // The one designed difference: without a page-number field (docx-drops-page-number) the
  // Daftar Isi carries the note asking for page numbers (test/addon/page-numbers.test.ts).
  const text = em.services.DocumentApp.openById(report.docId)
    .getBody()
    .getText()
    .replace(/\nNomor halaman belum terpasang[^\n]*|\nPage numbers are not in this document[^\n]*/, '');
  const check = em.call('checkRegister');
  return { setup, rows, report, json, text, check };
}

describe.each(['id_ID', 'en_US'])('%s spreadsheet', (locale) => {
  const seed = locale === 'id_ID' ? 21 : 22;
  const baseline = run(locale, [], seed);

  test.each(
    QUIRK_SETS.map((q) => [q.length === TOGETHER.length && q.length > 1 ? 'all' : q.join('') || 'none', q] as const),
  )(
    'switches: %s',
    (_name, quirks) => {
      const r = quirks.length ? run(locale, quirks, seed) : baseline;
      expect(r.setup.formulaForm).toBe(expectedForm(locale, quirks));
      expect(r.rows).toBe(70);
      expect(r.json).toEqual(baseline.json);
      expect(r.text).toBe(baseline.text);
      expect(r.report.liveWarnings).toEqual([]);
      expect(r.check.liveWarnings).toEqual([]);
    },
    240000,
  );
});
