// The report's content, from a register holding the seed report's Q3 2021 requests.
import fs from 'node:fs';
import path from 'node:path';
import { parseRegister } from '../../src/core/register';
import { computeRecap, parsePeriod } from '../../src/core/recap';
import { WorkCalendar } from '../../src/core/calendar';
import { HOLIDAYS } from '../../src/core/calendar';
import { dayFromIso } from '../../src/core/calendar';
import { defaultSettings } from '../../src/core/settings';
import { LISTS } from '../../src/core/register';
import { buildReportModel, type Block } from '../../src/core/report';
import { buildRecapLayout } from '../../src/sheets/recap-layout';

function csvRows(file: string): string[][] {
  const text = fs.readFileSync(file, 'utf8');
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n') {
      row.push(cell.replace(/\r$/, ''));
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}

const seedRows = csvRows(path.resolve(__dirname, '../../examples/seed-tw3-2021.csv'));
const calendar = new WorkCalendar(HOLIDAYS.map((h) => dayFromIso(h.date)));

function seedRecap(period = '2021-Q3') {
  const parsed = parseRegister(seedRows, { lang: 'id' });
  return computeRecap(parsed, {
    period: parsePeriod(period),
    asOf: dayFromIso('2021-10-11'),
    calendar,
    lang: 'id',
    unit: 'Unit Contoh',
  });
}

const settings = () => {
  const s = defaultSettings(LISTS.channels, LISTS.defaultTopics);
  s.values.unitName = 'Unit Contoh';
  s.values.officerName = 'Petugas Satu';
  s.values.officerNip = '198001012005011001';
  s.values.city = 'Bandung';
  return s;
};

const textOf = (blocks: Block[]) =>
  blocks
    .map((b) =>
      'text' in b
        ? b.text
        : b.type === 'table'
          ? [b.caption, ...b.header, ...b.rows.flat()].join(' ')
          : b.type === 'list'
            ? b.items.join(' ')
            : '',
    )
    .join('\n');

describe('report document model', () => {
  const model = buildReportModel(seedRecap(), settings(), 'id', '2021-10-11');
  const headings = model.blocks
    .filter((b): b is Extract<Block, { type: 'heading' }> => b.type === 'heading')
    .map((b) => b.text);

  test('follows the seed outline: foreword, Bab I–IV with the numbered statistics', () => {
    const expected = [
      'KATA PENGANTAR',
      'BAB I PENDAHULUAN',
      '1.1. Latar Belakang',
      '1.2.1. Maksud',
      '1.2.2. Tujuan',
      'BAB II PELAKSANAAN LAYANAN INFORMASI PUBLIK',
      '2.1.',
      '2.2.2. Jumlah Permohonan Informasi',
      '2.2.3. Persentase Pemohon Informasi',
      '2.2.4. Status Layanan Informasi',
      '2.2.5. Waktu Layanan',
      '2.2.6.',
      '2.2.7.',
      '2.2.8.',
      '2.3.',
      'BAB III',
      'BAB IV',
    ];
    let at = -1;
    for (const prefix of expected) {
      const i = headings.findIndex((h, k) => k > at && h.startsWith(prefix));
      expect({ prefix, found: i > at }).toEqual({ prefix, found: true });
      at = i;
    }
  });

  test('has one applicant table and pie per channel used, with the seed figures', () => {
    const tables = model.blocks.filter((b): b is Extract<Block, { type: 'table' }> => b.type === 'table');
    const ig = tables.find((t) => t.caption.includes('Pemohon Informasi melalui Instagram'))!;
    expect(ig.rows[0]).toEqual(['1.', 'Perseorangan', '2', '100%']);
    expect(ig.rows[ig.rows.length - 1]).toEqual(['', 'Jumlah', '2', '100%']);
    const desk = tables.find((t) => t.caption.includes('Pemohon Informasi melalui Ruang Layanan'))!;
    expect(desk.rows[0]).toEqual(['1.', 'Perseorangan', '1', '100%']);
    expect(tables.some((t) => t.caption.includes('melalui Email'))).toBe(false);
    const charts = model.blocks.filter((b) => b.type === 'chart').map((b) => (b as { key: string }).key);
    expect(charts).toEqual(
      expect.arrayContaining(['channels', 'applicants:Instagram', 'applicants:Ruang Layanan', 'sla']),
    );
    const status = tables.find((t) => t.caption.includes('Status Layanan melalui Instagram'))!;
    expect(status.rows.slice(0, 3)).toEqual([
      ['1.', 'Dipenuhi', '2', '100%'],
      ['2.', 'Ditolak/Tidak Dijawab', '0', '0%'],
      ['3.', 'Diproses', '0', '0%'],
    ]);
  });

  test('reads each figure in a sentence and names the channels without requests', () => {
    const text = textOf(model.blocks);
    // All of one type is no "most" (issue #24); the lone applicant at the desk is "the only" one.
    expect(text).toContain('Seluruh 2 pemohon melalui Instagram berasal dari perseorangan.');
    expect(text).toContain('Satu-satunya pemohon melalui Ruang Layanan berasal dari perseorangan.');
    expect(text).toMatch(/Tidak ada permohonan melalui Email, /);
    expect(text).toContain('Petugas Satu');
    expect(text).toContain('NIP. 198001012005011001');
    expect(text).toContain('Bandung, 11 Oktober 2021');
  });

  test('carries no personal data from the register', () => {
    const text = textOf(model.blocks);
    for (const secret of [
      'Rina Marlina',
      'Dimas Arya',
      'Slamet Riyadi',
      'Kiaracondong',
      '@rina.marlina',
      '0812-2000-3000',
      'Jadwal pelatihan jalan',
    ]) {
      expect(text).not.toContain(secret);
    }
  });

  test('an empty period still makes a complete report that says zero', () => {
    const empty = buildReportModel(seedRecap('2021-Q1'), settings(), 'id', '2021-04-05');
    const text = textOf(empty.blocks);
    expect(text).toContain('tidak ada permohonan informasi yang tercatat');
    expect(empty.blocks.filter((b) => b.type === 'chart')).toEqual([]);
    expect(empty.blocks.some((b) => b.type === 'heading' && b.text.startsWith('BAB IV'))).toBe(true);
  });

  test('English when the settings say so', () => {
    const en = buildReportModel(seedRecap(), settings(), 'en', '2021-10-11');
    expect(en.blocks.some((b) => b.type === 'heading' && b.text === 'CHAPTER I INTRODUCTION')).toBe(true);
  });
});

describe('recap sheet layout', () => {
  const layout = buildRecapLayout(seedRecap(), settings(), 'id', '11/10/2021 09:00');

  test('is rectangular, with a chart data range that matches its table', () => {
    expect(new Set(layout.values.map((r) => r.length))).toEqual(new Set([layout.width]));
    for (const c of layout.charts) {
      const labels = layout.values.slice(c.row, c.row + c.numRows - 1).map((r) => r[c.col - 1]);
      expect(labels.every((l) => typeof l === 'string' && l !== '')).toBe(true);
    }
    const channels = layout.charts.find((c) => c.key === 'channels')!;
    expect(channels.numRows - 1).toBe(LISTS.channels.length);
  });

  test('percent columns of every count table add up to 100% or are all zero', () => {
    for (const tb of layout.tables.filter((x) => x.percentCol)) {
      const rows = layout.values.slice(tb.firstRow - 1, tb.totalRow! - 1);
      const sum = rows.reduce((s, r) => s + Number(r[tb.percentCol! - 1]), 0);
      expect([0, 1]).toContain(Math.round(sum * 100) / 100);
    }
  });

  test('writes no formula-looking text and no personal data', () => {
    const flat = layout.values.flat().filter((v) => typeof v === 'string') as string[];
    expect(flat.filter((v) => /^[=+\-@]/.test(v))).toEqual([]);
    expect(flat.join('\n')).not.toContain('Rina Marlina');
  });
});
