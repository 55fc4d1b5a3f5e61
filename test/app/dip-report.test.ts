// Section 2.3's DIP extract and the annual report's DIP and DIK, from the report model (issue #27).
import { parseRegister, REGISTER_COLUMNS, LISTS } from '../../src/core/register';
import { computeRecap, parsePeriod } from '../../src/core/recap';
import { WorkCalendar, HOLIDAYS, dayFromIso } from '../../src/core/calendar';
import { defaultSettings } from '../../src/core/settings';
import { buildReportModel, type Block } from '../../src/core/report';
import { DIK_COLUMNS, DIP_COLUMNS, parseDipLists, dipCounts } from '../../src/core/dip';

const calendar = new WorkCalendar(HOLIDAYS.map((h) => dayFromIso(h.date)));
const recapFor = (period: string) =>
  computeRecap(parseRegister([REGISTER_COLUMNS.map((c) => c.id)], { lang: 'id' }), {
    period: parsePeriod(period),
    asOf: dayFromIso('2022-01-10'),
    calendar,
    lang: 'id',
    unit: 'Unit Contoh',
  });
const settings = () => {
  const s = defaultSettings(LISTS.channels, LISTS.defaultTopics);
  s.values.unitName = 'Unit Contoh';
  return s;
};
const dipRow = (v: Record<string, string>) => DIP_COLUMNS.map((c) => v[c.key] ?? '');
const dikRow = (v: Record<string, string>) => DIK_COLUMNS.map((c) => v[c.key] ?? '');
const PERSON = 'Budi Santoso, S.Kom.';
const TEST_TEXT = 'Membuka data ini mengungkap riwayat kesehatan peserta';

const lists = parseDipLists(
  [
    DIP_COLUMNS.map((c) => c.id),
    dipRow({
      number: 'B-01',
      summary: 'Kalender pelatihan 2021',
      infoClass: 'Berkala',
      link: 'https://unit.example.go.id/kalender',
      updated: '02/08/2021',
      state: 'Final',
      responsible: PERSON,
    }),
    dipRow({
      number: 'SM-01',
      summary: 'Poster pencegahan Covid-19',
      infoClass: 'Serta Merta',
      link: 'https://unit.example.go.id/covid',
      updated: '15/07/2021',
      state: 'Final',
    }),
    dipRow({
      number: 'SM-02',
      summary: 'Draf yang belum terbit',
      infoClass: 'Serta Merta',
      updated: '16/07/2021',
      state: 'Draf',
    }),
    dipRow({
      number: 'SS-01',
      summary: 'Struktur organisasi',
      infoClass: 'Setiap Saat',
      updated: '01/03/2021',
      state: 'Final',
    }),
  ],
  [
    DIK_COLUMNS.map((c) => c.id),
    dikRow({
      number: 'K-01',
      summary: 'Rekam medis peserta pelatihan',
      ground: 'Pasal 17 huruf h',
      harm: TEST_TEXT,
      interest: 'Privasi peserta',
      from: '01/01/2021',
      periodNote: 'Sampai ada persetujuan yang bersangkutan',
      decreeNumber: 'KEP-1/2021',
      state: 'Final',
    }),
  ],
  { lang: 'id' },
);

const text = (blocks: Block[]) =>
  blocks
    .map((b) =>
      'text' in b ? b.text : b.type === 'table' ? [b.caption, ...b.header, ...b.rows.flat()].join(' | ') : '',
    )
    .join('\n');

describe('the DIP in the reports', () => {
  test('quarterly 2.3 lists the Final entries of the period by class, with links, after the requests by class', () => {
    const recap = recapFor('2021-Q3');
    const model = buildReportModel(recap, settings(), 'id', '2021-10-11', lists);
    const at = model.blocks.findIndex((b) => b.type === 'heading' && b.text.startsWith('2.3.'));
    const next = model.blocks.findIndex((b, i) => i > at && b.type === 'heading');
    const section = text(model.blocks.slice(at, next < 0 ? undefined : next));
    expect(section).toContain('Kalender pelatihan 2021');
    expect(section).toContain('https://unit.example.go.id/kalender');
    expect(section).toContain('Poster pencegahan Covid-19');
    expect(section).toContain('2 informasi');
    // Berkala before Serta Merta; the draft and the entry of another period are left out.
    expect(section.indexOf('Kalender')).toBeLessThan(section.indexOf('Poster'));
    expect(section).not.toContain('Draf yang belum terbit');
    expect(section).not.toContain('Struktur organisasi');
    // No personal data: the person responsible never appears.
    expect(text(model.blocks)).not.toContain(PERSON);
    const tables = model.blocks.slice(at, next < 0 ? undefined : next).filter((b) => b.type === 'table');
    expect(tables.map((b) => (b as { caption: string }).caption)).toEqual([
      expect.stringContaining('Berkala'),
      expect.stringContaining('Serta Merta'),
    ]);
  });

  test('a period with nothing published says so; a unit without a DIP gets no DIP text at all', () => {
    const q2 = text(buildReportModel(recapFor('2021-Q2'), settings(), 'id', '2021-07-11', lists).blocks);
    expect(q2).toContain('Tidak ada informasi dalam Daftar Informasi Publik');
    const none = text(buildReportModel(recapFor('2021-Q3'), settings(), 'id', '2021-10-11', null).blocks);
    expect(none).not.toContain('Daftar Informasi Publik');
  });

  test('the annual report gives the DIP by class and the DIK with grounds, never the consequence test', () => {
    const model = buildReportModel(recapFor('2021'), settings(), 'id', '2022-01-10', lists);
    const all = text(model.blocks);
    expect(all).toContain('memuat 3 informasi');
    expect(all).toMatch(/Informasi yang wajib diumumkan secara serta merta \| 1/);
    expect(all).toContain('Rekam medis peserta pelatihan | Pasal 17 huruf h | Sampai ada persetujuan');
    expect(all).not.toContain(TEST_TEXT);
    expect(all).not.toContain(PERSON);
  });

  test('recap.json counts: dip.byClass is the list, not the requests', () => {
    const c = dipCounts(lists, dayFromIso('2021-07-01'), dayFromIso('2021-09-30'));
    expect(c.byClass).toEqual({ Berkala: 1, 'Serta Merta': 1, 'Setiap Saat': 1 });
    expect(c.updatedByClass).toEqual({ Berkala: 1, 'Serta Merta': 1, 'Setiap Saat': 0 });
    expect(c.exempted).toBe(1);
  });
});
