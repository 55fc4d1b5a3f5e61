// Issue #24 items 2 and 3, as properties over small registers (0 to 7 requests): whatever the mix
// of channels, statuses, grounds, objections and disputes, the quarterly and annual reports in
// Indonesian and English never print a zero or a one where the language would not ("0 terlambat",
// "seluruh 1 permohonan", "1 were"), never call a tie "most", never write a double colon, and write
// every percentage by the one rule of docs/percentages.md.
import fc from 'fast-check';
import { parseRegister, LISTS } from '../../src/core/register';
import { computeRecap, parsePeriod } from '../../src/core/recap';
import { WorkCalendar, HOLIDAYS, holidayDays, dayFromIso } from '../../src/core/calendar';
import { defaultSettings } from '../../src/core/settings';
import { buildReportModel, type Block } from '../../src/core/report';
import type { Lang, Recap } from '../../src/core/types';
import { HEADER_ID, row, wib } from '../core/fixtures/registers';

const calendar = new WorkCalendar(holidayDays(HOLIDAYS));
const CHANNELS = ['Email', 'Instagram', 'Ruang Layanan'];
const TOPICS = ['Beasiswa', 'Pelatihan', 'Lowongan Kerja & Magang'];
const REASONS = ['Pasal 17 huruf b', 'Pasal 17 huruf h', 'Belum Dikuasai', 'Belum Didokumentasikan', ''];

type Req = {
  channel: number;
  applicant: number;
  topic: number;
  status: number;
  reason: number;
  day: number;
  took: number;
  objection: 0 | 1 | 2;
  dispute: boolean;
};

const req = fc.record<Req>({
  channel: fc.nat(CHANNELS.length - 1),
  applicant: fc.nat(LISTS.applicantTypes.length),
  topic: fc.nat(TOPICS.length - 1),
  status: fc.nat(LISTS.statuses.length),
  reason: fc.nat(REASONS.length - 1),
  day: fc.nat(40),
  took: fc.nat(20),
  objection: fc.constantFrom(0, 1, 2),
  dispute: fc.boolean(),
});

/** A Q2 2025 register of the given requests (day 0 is 2 April; answers `took` calendar days later). */
function register(reqs: Req[]): unknown[][] {
  const at = (d: number) => {
    const x = new Date(Date.UTC(2025, 3, 2 + d));
    return wib(x.getUTCFullYear(), x.getUTCMonth() + 1, x.getUTCDate());
  };
  return [
    HEADER_ID,
    ...reqs.map((q, i) => {
      const status = LISTS.statuses[q.status] ?? '';
      const finished = status !== '' && status !== 'Diproses';
      return row({
        'No. Registrasi': String(i + 1),
        'Tanggal Permohonan': at(q.day),
        Saluran: CHANNELS[q.channel],
        'Kategori Pemohon': LISTS.applicantTypes[q.applicant] ?? '',
        Topik: TOPICS[q.topic],
        Status: status,
        'Tanggal Selesai': finished ? at(q.day + q.took) : '',
        'Alasan Penolakan': status === 'Ditolak' ? REASONS[q.reason] : '',
        'Tanggal Keberatan': q.objection ? at(q.day + q.took + 2) : '',
        'Tanggal Tanggapan Keberatan': q.objection === 2 ? at(q.day + q.took + 9) : '',
        Sengketa: q.dispute && q.objection ? 'Ya' : '',
        'Tanggal Pengajuan Sengketa': q.dispute && q.objection ? at(q.day + q.took + 20) : '',
      });
    }),
  ];
}

function recapOf(values: unknown[][], period: string): Recap {
  return computeRecap(parseRegister(values, { lang: 'id', quoteValues: false }), {
    period: parsePeriod(period),
    asOf: dayFromIso('2025-07-04'),
    calendar,
    lang: 'id',
    unit: 'Unit Contoh',
  });
}

const settings = () => {
  const s = defaultSettings(LISTS.channels, LISTS.defaultTopics);
  s.values.unitName = 'Unit Contoh';
  return s;
};

type Table = Extract<Block, { type: 'table' }>;
const paragraphs = (blocks: Block[]) =>
  blocks.filter((b): b is Extract<Block, { type: 'paragraph' }> => b.type === 'paragraph').map((b) => b.text);
const tables = (blocks: Block[]) => blocks.filter((b): b is Table => b.type === 'table');

/** What no sentence may say, in either language (issue #24 item 2). */
const FORBIDDEN: Record<Lang, RegExp[]> = {
  id: [
    /(^|[\s(,])0 (?!%)[a-z]/, // "0 terlambat", "0 masih diproses"
    /\bseluruh 1\b/i,
    /\bsebanyak 1\b/i,
    /\bmasing-masing 1 dari 1\b/,
  ],
  en: [
    /(^|[\s(,])0 (?!%)[a-z]/,
    /\ball 1\b/i,
    /\b1 (were|are|requests|applicants|objections|disputes|refusals)\b/,
    /\bof the 1\b/,
  ],
};

function checkDocument(blocks: Block[], lang: Lang, recap: Recap): void {
  for (const p of paragraphs(blocks)) {
    for (const re of FORBIDDEN[lang]) expect({ p, bad: re.test(p) }).toEqual({ p, bad: false });
    // "Alasan terbanyak: Pemberitahuan: …": no sentence holds two colons.
    for (const s of p.split(/(?<=\.)\s/))
      expect({ s, colons: (s.match(/: /g) ?? []).length <= 1 }).toEqual({ s, colons: true });
  }
  // A tie is no "most": the topic sentence claims a leader only when one topic leads.
  const counts = recap.topics.map((x) => x.count).filter((n) => n > 0);
  const tied = counts.length > 1 && counts.filter((n) => n === Math.max(...counts)).length > 1;
  const most = lang === 'id' ? /paling banyak diminta adalah/ : /most requested information concerned/i;
  if (tied || counts.length <= 1) expect(paragraphs(blocks).filter((p) => most.test(p))).toEqual([]);
  // Percentages (docs/percentages.md): a count above zero never 0 %, below its total never 100 %,
  // and one count of one total shows one figure in every table of the document.
  const shown = new Map<string, Set<string>>();
  let pctTables = 0;
  for (const tb of tables(blocks)) {
    const pctCol = tb.header.findIndex((h) => /^(Persentase|Percent|Percentage|%)$/i.test(h.trim()));
    if (pctCol < 1) continue;
    pctTables++;
    // Rule 2: where a table's rows split its total and show whole numbers, those add up to 100
    // (otherwise the total is shown with one decimal, 33,3 %).
    const body = tb.rows.slice(0, -1).filter((r) => r[pctCol] && Number.isFinite(Number(r[pctCol - 1])));
    const split = body.reduce((a, r) => a + Number(r[pctCol - 1]), 0) === Number(tb.rows.at(-1)![pctCol - 1]);
    if (
      split &&
      Number(tb.rows.at(-1)![pctCol - 1]) > 0 &&
      body.length > 1 &&
      body.every((r) => /^\d+%$/.test(r[pctCol]))
    )
      expect({ caption: tb.caption, sum: body.reduce((a, r) => a + parseInt(r[pctCol], 10), 0) }).toEqual({
        caption: tb.caption,
        sum: 100,
      });
    const total = Number(tb.rows[tb.rows.length - 1][pctCol - 1]);
    for (const r of tb.rows) {
      const count = Number(r[pctCol - 1]);
      const pct = r[pctCol];
      if (!Number.isFinite(count) || !pct) continue;
      if (count > 0) expect({ pct, zero: /^0([.,]0)?%$/.test(pct) }).toEqual({ pct, zero: false });
      if (count < total) expect({ pct, whole: /^100([.,]0)?%$/.test(pct) }).toEqual({ pct, whole: false });
      const key = `${count}/${total}`;
      shown.set(key, (shown.get(key) ?? new Set()).add(pct));
    }
  }
  // The check reads real tables: every report with a request has some with a percent column.
  if (recap.totals.requests > 0) expect(pctTables).toBeGreaterThan(0);
  for (const [key, set] of shown) expect({ key, figures: [...set] }).toEqual({ key, figures: [...set].slice(0, 1) });
}

describe('report sentences and percentages over small counts (property)', () => {
  for (const [name, period] of [
    ['quarterly', '2025-Q2'],
    ['annual', '2025'],
  ] as const) {
    test(`${name} report, Indonesian and English`, () => {
      fc.assert(
        fc.property(fc.array(req, { minLength: 0, maxLength: 7 }), (reqs) => {
          const recap = recapOf(register(reqs), period);
          for (const lang of ['id', 'en'] as const) {
            checkDocument(buildReportModel(recap, settings(), lang, '2025-07-04').blocks, lang, recap);
          }
        }),
        { numRuns: name === 'annual' ? 12 : 30, seed: 24 },
      );
    });
  }
});
