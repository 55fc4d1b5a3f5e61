// Review fixes in the report text: tables that add up, every figure read in a sentence that begins
// with a word, Bab II tables for topics, objections and information classes, quarter labels.
import { parseRegister } from '../../src/core/register';
import { computeRecap, parsePeriod } from '../../src/core/recap';
import { WorkCalendar } from '../../src/core/calendar';
import { HOLIDAYS, holidayDays } from '../../src/core/calendar';
import { dayFromIso } from '../../src/core/calendar';
import { defaultSettings, periodMatches, SETTINGS } from '../../src/core/settings';
import { LISTS } from '../../src/core/register';
import { buildReportModel, type Block } from '../../src/core/report';
import { periodInput, periodKey, joinList, quarterColumn } from '../../src/core/report';
import { t } from '../../src/core/i18n';
import { HEADER_ID, row, wib } from '../core/fixtures/registers';

const calendar = new WorkCalendar(holidayDays(HOLIDAYS));
const r = (f: Record<string, unknown>) =>
  row({ Saluran: 'Email', 'Kategori Pemohon': 'Perseorangan', Status: 'Diproses', ...f });
const recapOf = (values: unknown[][], period: string, asOf: string) =>
  computeRecap(parseRegister(values, { lang: 'id', quoteValues: false }), {
    period: parsePeriod(period),
    asOf: dayFromIso(asOf),
    calendar,
    lang: 'id',
    unit: 'Unit Contoh',
  });
const settings = () => {
  const s = defaultSettings(LISTS.channels, LISTS.defaultTopics);
  s.values.unitName = 'Unit Contoh';
  return s;
};
type Table = Extract<Block, { type: 'table' }>;
const tables = (blocks: Block[]) => blocks.filter((b): b is Table => b.type === 'table');
const paragraphs = (blocks: Block[]) =>
  blocks.filter((b): b is Extract<Block, { type: 'paragraph' }> => b.type === 'paragraph').map((b) => b.text);

// A Q2 2025 register with unknown applicant types and statuses, a cancellation, topics, classes,
// an objection answered on time and two bad rows (one with two problems).
// biome-ignore format: a table laid out by hand, one entry per line
const values = [HEADER_ID,
  r({ 'No. Registrasi': '1', 'Tanggal Permohonan': wib(2025, 4, 14), 'Status': 'Dipenuhi', 'Tanggal Selesai': wib(2025, 4, 16), 'Topik': 'Beasiswa', 'Klasifikasi Informasi': 'Berkala' }),
  r({ 'No. Registrasi': '2', 'Tanggal Permohonan': wib(2025, 4, 15), 'Kategori Pemohon': '', 'Status': 'Dibatalkan', 'Tanggal Selesai': wib(2025, 4, 16), 'Topik': 'Beasiswa' }),
  r({ 'No. Registrasi': '3', 'Tanggal Permohonan': wib(2025, 4, 16), 'Kategori Pemohon': 'Kelompok Orang', 'Status': 'Siti Aminah', 'Topik': 'Pelatihan', 'Klasifikasi Informasi': 'Setiap Saat' }),
  r({ 'No. Registrasi': '4', 'Tanggal Permohonan': wib(2025, 4, 17), 'Status': 'Ditolak', 'Alasan Penolakan': 'Dikecualikan', 'Tanggal Selesai': wib(2025, 4, 18), 'Tanggal Keberatan': wib(2025, 4, 21), 'Tanggal Tanggapan Keberatan': wib(2025, 5, 2) }),
  r({ 'No. Registrasi': '5', 'Tanggal Permohonan': wib(2025, 4, 22), 'Saluran': 'Instagram', 'Kategori Pemohon': '', 'Biaya (Rp)': 'gratis?' }),
];
const recap = recapOf(values, '2025-Q2', '2025-07-01');

describe('per-channel tables and their sentences', () => {
  const model = buildReportModel(recap, settings(), 'id', '2025-07-01');
  const text = paragraphs(model.blocks).join('\n');

  test('applicant and status tables list Tidak Diketahui so rows add up to the total row', () => {
    for (const tb of tables(model.blocks).filter((x) => /melalui (Email|Instagram)/.test(x.caption))) {
      const body = tb.rows.slice(0, -1);
      const total = tb.rows[tb.rows.length - 1];
      expect(body.reduce((a, x) => a + Number(x[2]), 0)).toBe(Number(total[2]));
      expect(body.reduce((a, x) => a + parseInt(x[3], 10), 0)).toBe(100);
    }
    const emailTypes = tables(model.blocks).find((x) => x.caption.includes('Pemohon Informasi melalui Email'))!;
    expect(emailTypes.rows).toContainEqual(['4.', 'Tidak Diketahui', '1', '25%']);
  });

  test('the status sentence names Dibatalkan and unknown statuses, and its parts add up', () => {
    expect(text).toContain(
      'Dari 4 permohonan melalui Email, 1 (25%) telah dipenuhi, 1 ditolak atau tidak dijawab, 1 dibatalkan, dan 1 belum tercatat statusnya.',
    );
  });

  test('a channel whose applicants are all unknown says so instead of naming a leader or a tie', () => {
    expect(text).toContain('Kategori pemohon belum tercatat untuk permohonan melalui Instagram.');
    expect(text).not.toMatch(/seluruh 1 /);
    expect(text).not.toMatch(/Instagram terbanyak|melalui Instagram berjumlah/);
  });

  test('the leading type is read among known types, with the unknown ones noted', () => {
    expect(text).toContain(
      'Pemohon informasi melalui Email terbanyak berasal dari perseorangan, yaitu 2 dari 4 pemohon (50%). Kategori 1 pemohon lainnya tidak diketahui',
    );
  });

  test('English uses Unknown for the extra row', () => {
    const en = buildReportModel(recap, settings(), 'en', '2025-07-01');
    expect(tables(en.blocks).some((tb) => tb.rows.some((x) => x[1] === 'Unknown'))).toBe(true);
    expect(paragraphs(en.blocks).join('\n')).toContain('1 was withdrawn');
    expect(paragraphs(en.blocks).join('\n')).not.toMatch(/\b1 were\b/);
  });
});

describe('Bab II tables', () => {
  const model = buildReportModel(recap, settings(), 'id', '2025-07-01');
  const all = tables(model.blocks);

  test("2.2.6 topics, 2.2.8 objections (issue #13: with the superior's decisions) and 2.3 classes each get a table under their heading", () => {
    const headingIndex = (prefix: string) =>
      model.blocks.findIndex((b) => b.type === 'heading' && b.text.startsWith(prefix));
    const tableIndex = (caption: string) =>
      model.blocks.findIndex((b) => b.type === 'table' && b.caption.includes(caption));
    expect(tableIndex('Informasi yang Paling Banyak Diminta')).toBeGreaterThan(headingIndex('2.2.6.'));
    expect(tableIndex('Informasi yang Paling Banyak Diminta')).toBeLessThan(headingIndex('2.2.7.'));
    expect(tableIndex('Keberatan kepada Atasan PPID')).toBeGreaterThan(headingIndex('2.2.8.'));
    expect(tableIndex('Klasifikasi Informasi')).toBeGreaterThan(headingIndex('2.3.'));
  });

  test('their figures come from the recap', () => {
    const topics = all.find((x) => x.caption.includes('Paling Banyak Diminta'))!;
    expect(topics.header).toEqual(['No.', 'Topik', 'Jumlah']);
    expect(topics.rows).toEqual([
      ['1.', 'Beasiswa', '2'],
      ['2.', 'Pelatihan', '1'],
    ]);
    const ob = all.find((x) => x.caption.includes('Keberatan kepada Atasan PPID'))!;
    expect(ob.rows.map((x) => x[2])).toEqual([1, 1, 1, 0, 0, 0].map(String));
    expect(ob.rows[0][1]).toBe('Keberatan diajukan');
    const classes = all.find((x) => x.caption.includes('Klasifikasi Informasi'))!;
    expect(classes.header).toEqual(['No.', 'Klasifikasi Informasi', 'Jumlah', 'Persentase']);
    expect(classes.rows).toEqual([
      ['1.', 'Berkala', '1', '20%'],
      ['2.', 'Serta Merta', '0', '0%'],
      ['3.', 'Setiap Saat', '1', '20%'],
      ['4.', 'Dikecualikan', '0', '0%'],
      ['5.', 'Tidak Diketahui', '3', '60%'],
      ['', 'Jumlah', '5', '100%'],
    ]);
  });

  test('tables are numbered consecutively and only the existing chart keys are used', () => {
    expect(all.map((x) => Number(/^Tabel (\d+)\./.exec(x.caption)![1]))).toEqual(all.map((_, i) => i + 1));
    const keys = model.blocks.filter((b) => b.type === 'chart').map((b) => (b as { key: string }).key);
    for (const k of keys) expect(k).toMatch(/^(channels|sla|applicants:.+)$/);
  });

  test('the data note counts distinct rows, not problems', () => {
    const rowsWithProblems = new Set(recap.problems.map((p) => p.row)).size;
    expect(recap.problems.length).toBeGreaterThan(rowsWithProblems);
    const note = paragraphs(model.blocks).find((x) => x.startsWith('Catatan data'))!;
    expect(note).toContain(`${rowsWithProblems} baris register`);
    expect(note).toContain(`${recap.problems.length} masalah`);
  });

  test('with quoteValues false the document carries no cell content from a bad row', () => {
    expect(JSON.stringify(model)).not.toContain('Siti');
    expect(JSON.stringify(recap)).not.toContain('Siti');
  });
});

describe('text', () => {
  const year = (() => {
    const rows = [
      HEADER_ID,
      ...[1, 4, 7, 10].map((m, i) =>
        r({
          'No. Registrasi': `Y${i}`,
          'Tanggal Permohonan': wib(2025, m, 14),
          Status: 'Dipenuhi',
          'Tanggal Selesai': wib(2025, m, 15),
        }),
      ),
    ];
    return recapOf(rows, '2025', '2026-01-10');
  })();

  test.each(['id', 'en'] as const)('no sentence of the %s report starts with a digit', (lang) => {
    for (const rc of [recap, year]) {
      const model = buildReportModel(rc, settings(), lang, '2025-07-01');
      for (const para of paragraphs(model.blocks)) {
        // "Art. 22" and "No. 1" are abbreviations, not sentence ends.
        for (const sentence of para.replace(/\b(Art|No|Jl)\. /g, '$1._').split(/(?<=[.!?])\s+/))
          expect({ sentence, digit: /^\d/.test(sentence) }).toEqual({ sentence, digit: false });
      }
    }
  });

  test('the count sentence has its comma after the period', () => {
    const text = paragraphs(buildReportModel(recap, settings(), 'id', '2025-07-01').blocks).join('\n');
    expect(text).toMatch(/^Pada Triwulan II \(April – Juni\) 2025, Unit Contoh menerima 5 permohonan/m);
    expect(text).toMatch(/^Sebanyak \d+ permohonan dijawab/m);
  });

  test('the annual quarter table is headed TW I…IV in Indonesian and Q1…Q4 in English', () => {
    const head = (lang: 'id' | 'en') =>
      tables(buildReportModel(year, settings(), lang, '2026-01-10').blocks)
        .find((x) => x.header.length === 6)!
        .header.slice(1, 5);
    expect(head('id')).toEqual(['TW I', 'TW II', 'TW III', 'TW IV']);
    expect(head('en')).toEqual(['Q1', 'Q2', 'Q3', 'Q4']);
    expect(quarterColumn(3, 'en')).toBe('Q3');
  });

  test('settings defaults: PPID Pelaksana, and service hours that make no claim about cuti bersama', () => {
    const d = (k: string) => String(SETTINGS.find((s) => s.key === k)!.default);
    expect(d('officerTitle')).toBe('PPID Pelaksana');
    expect(d('textServiceHours')).not.toMatch(/cuti bersama/i);
  });

  test('Indonesian lists of three or more take a comma before dan (PUEBI); two do not', () => {
    expect(joinList(['a', 'b', 'c'], 'id')).toBe('a, b, dan c');
    expect(joinList(['a', 'b'], 'id')).toBe('a dan b');
    expect(joinList(['a', 'b', 'c'], 'en')).toBe('a, b and c');
  });

  test('problem and check summaries start with a word', () => {
    for (const lang of ['id', 'en'] as const) {
      expect(t(lang, 'say.done.problems', { count: 3 })).toMatch(/^\D/);
      expect(t(lang, 'say.check.some', { problems: '3', rows: '5', sheet: 'x' })).toMatch(/^\D/);
    }
  });
});

describe('periods as officers write them', () => {
  test('periodInput gives 2025-TW2 in Indonesian and 2025-Q2 in English, and parsePeriod reads both back', () => {
    const q = { kind: 'quarter' as const, year: 2025, quarter: 2 };
    expect(periodInput(q, 'id')).toBe('2025-TW2');
    expect(periodInput(q, 'en')).toBe('2025-Q2');
    expect(periodInput({ kind: 'year', year: 2025, quarter: null }, 'id')).toBe('2025');
    for (const lang of ['id', 'en'] as const) {
      const p = parsePeriod(periodInput(q, lang));
      expect(periodKey({ kind: p.kind, year: p.year, quarter: p.quarter })).toBe('2025-Q2');
    }
  });

  test.each([
    ['Triwulan III 2021', true],
    ['TRIWULAN 3 2021', true],
    ['Quarter 3 2021', true],
    ['triwulan ke-3 2021', true],
    ['Kuartal 3 2021', true],
    ['Triwulan II 2021', false],
    ['Quarter 3 2022', false],
    ['Triwulan IV 2021', false],
  ])('periodMatches(%j, 2021, Q3) is %s', (cell, expected) => {
    expect(periodMatches(cell, 2021, 3)).toBe(expected);
  });

  test('a year cell still matches only the annual report', () => {
    expect(periodMatches('2021', 2021, null)).toBe(true);
    expect(periodMatches('Triwulan 3 2021', 2021, null)).toBe(false);
  });
});
