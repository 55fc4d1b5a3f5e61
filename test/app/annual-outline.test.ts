// The annual outline (issue #13) in the pure core: the law's chapters in order, English headings,
// and the consolidated annual report (issue #16) putting its "Recap by Unit" at the end of the
// service chapter (Bab III), numbered 3.x, before the objections and disputes.
import { computeRecap, parsePeriod } from '../../src/core/recap';
import { parseRegister } from '../../src/core/register';
import { WorkCalendar } from '../../src/core/calendar';
import { HOLIDAYS, holidayDays } from '../../src/core/calendar';
import { dayFromIso } from '../../src/core/calendar';
import { consolidate } from '../../src/core/recap';
import { readRecapFile } from '../../src/core/recap';
import type { Recap } from '../../src/core/types';
import { buildConsolidatedModel } from '../../src/core/report';
import { buildReportModel, type Block } from '../../src/core/report';
import { defaultSettings } from '../../src/core/settings';
import { LISTS } from '../../src/core/register';
import { generateRegister, header } from '../../scripts/lib/generate-register';

const calendar = new WorkCalendar(holidayDays(HOLIDAYS));
const unit = (seed: number, name: string) =>
  computeRecap(
    parseRegister(
      [header(), ...generateRegister({ rows: 60, seed, from: '2025-01-02', to: '2025-12-20', badRate: 0 })],
      { lang: 'id', quoteValues: false },
    ),
    { period: parsePeriod('2025'), asOf: dayFromIso('2026-01-15'), calendar, lang: 'id', unit: name },
  );
/** A unit's recap as the file the central PPID reads (JSON text, as the add-on saves it). */
const asFile = (r: Recap, i: number) =>
  readRecapFile(JSON.stringify({ ...r, generatedAt: '2026-01-15T03:00:00Z', lang: 'id' }), `unit-${i}.json`);
const headings = (blocks: Block[]) =>
  blocks.filter((b): b is Extract<Block, { type: 'heading' }> => b.type === 'heading').map((b) => b.text);
const settings = defaultSettings(LISTS.channels, LISTS.defaultTopics);

test("English annual report: the same chapters in the law's order, every empty item named", () => {
  const model = buildReportModel(unit(5, 'Unit A'), settings, 'en', '2026-01-15');
  const hs = headings(model.blocks).filter((h) => h.startsWith('CHAPTER'));
  expect(hs).toEqual([
    'CHAPTER I OVERVIEW OF THE PUBLIC INFORMATION SERVICE POLICY',
    'CHAPTER II OVERVIEW OF HOW THE SERVICE IS PROVIDED',
    'CHAPTER III THE PUBLIC INFORMATION SERVICE IN DETAIL',
    'CHAPTER IV OBJECTIONS AND INFORMATION DISPUTES',
    'CHAPTER V INTERNAL AND EXTERNAL OBSTACLES',
    'CHAPTER VI RECOMMENDATIONS AND FOLLOW-UP PLAN',
  ]);
  expect(model.emptyItems).toHaveLength(6);
  expect(model.blocks.filter((b) => b.type === 'paragraph' && b.placeholder)).toHaveLength(6);
});

test('the consolidated annual report puts its unit section at the end of Bab III, numbered 3.x', () => {
  const c = consolidate([unit(7, 'Unit A'), unit(8, 'Unit B')].map(asFile), { calendar, body: 'Badan', lang: 'id' });
  const hs = headings(buildConsolidatedModel(c, settings, 'id', '2026-01-20').blocks);
  const section = hs.findIndex((h) => /^3\.\d+\. Rekap per Unit$/.test(h));
  expect(section).toBeGreaterThan(hs.indexOf('BAB III RINCIAN PELAYANAN INFORMASI PUBLIK'));
  expect(section).toBeLessThan(hs.indexOf('BAB IV KEBERATAN DAN SENGKETA INFORMASI PUBLIK'));
  expect(hs[section]).toBe('3.7. Rekap per Unit');
  expect(hs[section + 1]).toBe('3.7.1. Unit A');
  // The quarterly consolidation keeps 2.x before the quarterly Bab III.
  const q = consolidate(
    [unit(7, 'Unit A')]
      .map(() =>
        computeRecap(
          parseRegister(
            [header(), ...generateRegister({ rows: 30, seed: 9, from: '2025-04-01', to: '2025-06-30', badRate: 0 })],
            { lang: 'id', quoteValues: false },
          ),
          { period: parsePeriod('2025-Q2'), asOf: dayFromIso('2025-07-10'), calendar, lang: 'id', unit: 'Unit Q' },
        ),
      )
      .map(asFile),
    { calendar, body: 'Badan', lang: 'id' },
  );
  const qh = headings(buildConsolidatedModel(q, settings, 'id', '2025-07-10').blocks);
  expect(qh.some((h) => /^2\.\d+\. Rekap per Unit$/.test(h))).toBe(true);
});
