// Issue #24 item 10: the unit's profile in the settings (legal basis, PPID decree, room, hours and
// shifts, channel addresses, an activity's date and place), read from a settings sheet and told in
// the quarterly and annual reports: blank, one and several, Indonesian and English, and the
// row-level problem of a malformed time.
import { parseRegister } from '../../src/core/register';
import { computeRecap, parsePeriod } from '../../src/core/recap';
import { WorkCalendar, HOLIDAYS, holidayDays, dayFromIso } from '../../src/core/calendar';
import { LISTS } from '../../src/core/register';
import { parseSettings, parseHourLine, eventMeta, channelAddresses, type Settings } from '../../src/core/settings';
import { buildReportModel, unitProfileLines, unitProfileProblems, type Block } from '../../src/core/report';
import type { Lang } from '../../src/core/types';
import { HEADER_ID } from '../core/fixtures/registers';

const calendar = new WorkCalendar(holidayDays(HOLIDAYS));

function recap(period: string) {
  return computeRecap(parseRegister([HEADER_ID], { lang: 'id', quoteValues: false }), {
    period: parsePeriod(period),
    asOf: dayFromIso('2022-01-10'),
    calendar,
    lang: 'id',
    unit: 'Unit Contoh',
  });
}

/** A settings sheet: key rows in A:B, entry rows in P:S, as the add-on lays it out. */
function sheet(values: Record<string, string>, entries: string[][] = []): Settings {
  const width = 19;
  const blank = () => new Array(width).fill('');
  const header = blank();
  header[0] = 'Pengaturan';
  header[1] = 'Nilai';
  ['Periode', 'Bagian', 'Judul', 'Isi'].forEach((h, i) => (header[15 + i] = h));
  const grid: unknown[][] = [header];
  const pairs = Object.entries({ 'Nama Unit': 'Unit Contoh', ...values });
  const rows = Math.max(pairs.length, entries.length);
  for (let r = 0; r < rows; r++) {
    const line = blank();
    if (pairs[r]) [line[0], line[1]] = pairs[r];
    if (entries[r]) entries[r].forEach((c, i) => (line[15 + i] = c));
    grid.push(line);
  }
  return parseSettings(grid, { channels: LISTS.channels, topics: LISTS.defaultTopics });
}

const text = (blocks: Block[]) =>
  blocks
    .map((b) => ('text' in b ? b.text : b.type === 'list' ? b.items.join(' | ') : ''))
    .filter(Boolean)
    .join('\n');

/** The blocks between a heading starting with `from` and the next heading. */
function section(settings: Settings, lang: Lang, from: string, period = '2021-Q3'): string {
  const blocks = buildReportModel(recap(period), settings, lang, '2021-10-11').blocks;
  const i = blocks.findIndex((b) => b.type === 'heading' && b.text.startsWith(from));
  expect(i).toBeGreaterThanOrEqual(0);
  const j = blocks.findIndex((b, k) => k > i && b.type === 'heading');
  return text(blocks.slice(i + 1, j < 0 ? undefined : j));
}

describe('service hours', () => {
  test('reads office hours and named shifts, with or without a time zone', () => {
    expect(parseHourLine('08.00–15.00 WIB')).toEqual({ label: '', from: '08.00', to: '15.00', zone: 'WIB' });
    expect(parseHourLine('Shift I 09.00-11.00')).toEqual({ label: 'Shift I', from: '09.00', to: '11.00', zone: '' });
    expect(parseHourLine('Shift II: pukul 13:00 s.d. 15:00 WITA')).toEqual({
      label: 'Shift II',
      from: '13.00',
      to: '15.00',
      zone: 'WITA',
    });
    expect(parseHourLine('8.30 sampai 12.00')).toEqual({ label: '', from: '08.30', to: '12.00', zone: '' });
  });

  test('a time that does not exist, or a span that ends before it starts, is a time problem', () => {
    expect(parseHourLine('08.60–10.00')).toBe('time');
    expect(parseHourLine('25.00–26.00')).toBe('time');
    expect(parseHourLine('15.00–08.00')).toBe('time');
    expect(parseHourLine('Shift I pagi')).toBe('format');
  });

  test('a malformed line is a row-level problem naming the row, the column and the line', () => {
    const s = sheet({ 'Nomor SK PPID': '1/KPTS/2021', 'Jam Layanan': '08.00–15.00\nShift I 09.00–11.70' });
    const problems = unitProfileProblems(s, 'id');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ row: 4, column: 'Nilai', code: 'hours.time' });
    expect(problems[0].message).toContain('baris 2');
    expect(problems[0].message).toContain('11.70');
    const en = unitProfileProblems(s, 'en')[0];
    expect(en.column).toBe('Value');
    expect(en.message).toMatch(/^Service Hours line 2 .*does not exist/);
    expect(unitProfileLines(s, 'id')).toEqual([`Pengaturan baris 4, kolom Nilai: ${problems[0].message}`]);
    // The report still tells the readable spans.
    expect(section(s, 'id', '2.2.5.')).toContain('pukul 08.00–15.00');
  });

  test('none, one shift, several shifts', () => {
    expect(section(sheet({}), 'id', '2.2.5.')).not.toMatch(/Shift|berjaga/);
    const one = section(sheet({ 'Jam Layanan': 'Shift I 09.00–11.00 WIB' }), 'id', '2.2.5.');
    expect(one).toContain('petugas berjaga pada Shift I, pukul 09.00–11.00 WIB.');
    const many = section(
      sheet({ 'Jam Layanan': '08.00–15.00 WIB\nShift I 09.00–11.00\nShift II 13.00–15.00' }),
      'id',
      '2.2.5.',
    );
    expect(many).toContain('Permohonan dilayani pada jam kerja, pukul 08.00–15.00 WIB.');
    expect(many).toContain('Shift I: pukul 09.00–11.00 | Shift II: pukul 13.00–15.00');
    const en = section(sheet({ 'Jam Layanan': '08.00–15.00 WIB\nShift I 09.00–11.00' }), 'en', '2.2.5.');
    expect(en).toContain('Requests are served during office hours, 08.00–15.00 WIB.');
    expect(en).toContain('staff are on duty during Shift I, 09.00–11.00.');
  });
});

describe('2.1 legal basis and PPID decree', () => {
  test('blank: the decree, which the seed always states, shows what is not filled in; nothing else is said', () => {
    const t = section(sheet({}), 'id', '2.1.');
    expect(t).toContain('[BELUM DIISI: Nomor SK PPID]');
    expect(t).not.toMatch(/bertugas|dilayani PPID unit|ditetapkan dalam/);
    expect(section(sheet({}), 'en', '2.1.')).toContain('[NOT FILLED IN: PPID Decree Number]');
  });

  test('one of each reads inline; several become lists', () => {
    const one = section(
      sheet({
        'Dasar Hukum Unit': 'Peraturan A',
        'Nomor SK PPID': '04/KPTS/2021',
        'Tanggal SK PPID': '11/01/2021',
        'Tugas PPID': 'menghimpun dokumentasi',
        'Jenis Informasi yang Dilayani': 'Jadwal pelatihan: tempat dan syarat',
      }),
      'id',
      '2.1.',
    );
    expect(one).toContain('ditetapkan dalam Peraturan A.');
    expect(one).toContain('Surat Keputusan Nomor 04/KPTS/2021 tanggal 11 Januari 2021.');
    expect(one).toContain('Tugas PPID unit adalah menghimpun dokumentasi.');
    expect(one).toContain('kepada publik adalah Jadwal pelatihan: tempat dan syarat.');
    expect(one).not.toContain('BELUM DIISI');
    const many = section(
      sheet({ 'Dasar Hukum Unit': 'Peraturan A\nPeraturan B', 'Nomor SK PPID': '7', 'Tugas PPID': '1. satu\n2. dua' }),
      'en',
      '2.1.',
    );
    expect(many).toContain('set by these regulations:\nPeraturan A | Peraturan B');
    expect(many).toContain('Decree No. 7.');
    expect(many).toContain('is to:\nsatu | dua');
  });

  test('a decree date that is no date is printed as written and is a problem on its row', () => {
    const s = sheet({ 'Nomor SK PPID': '7', 'Tanggal SK PPID': '31/02/2021' });
    expect(section(s, 'id', '2.1.')).toContain('tanggal 31/02/2021.');
    expect(unitProfileProblems(s, 'id')).toEqual([
      expect.objectContaining({ row: 4, column: 'Nilai', code: 'date.invalid' }),
    ]);
  });

  test('the annual report tells a filled profile in its policy chapter, and no placeholder when blank', () => {
    const filled = section(sheet({ 'Nomor SK PPID': '04/KPTS/2021' }), 'id', 'BAB I ', '2021');
    expect(filled).toContain('Surat Keputusan Nomor 04/KPTS/2021.');
    expect(section(sheet({}), 'id', 'BAB I ', '2021')).not.toContain('SK PPID');
  });
});

describe('2.2.1 room and 2.2.2 addresses', () => {
  test('the room, or what is not filled in', () => {
    expect(section(sheet({}), 'id', '2.2.1.')).toContain('[BELUM DIISI: Lokasi Ruang Layanan]');
    expect(section(sheet({ 'Lokasi Ruang Layanan': 'lobi gedung A' }), 'en', '2.2.1.')).toContain(
      'service room is at lobi gedung A.',
    );
  });

  test('addresses per channel: none says nothing, one and several', () => {
    expect(section(sheet({}), 'id', '2.2.2.')).not.toContain('alamat layanan');
    const t = section(
      sheet({ 'Alamat Saluran Layanan': 'Email = a@x.go.id, b@x.go.id, c@x.go.id\nWhatsApp: 0812 000' }),
      'id',
      '2.2.2.',
    );
    expect(t).toContain('Permohonan melalui Email diterima di 3 alamat layanan: a@x.go.id, b@x.go.id, dan c@x.go.id.');
    expect(t).toContain('Permohonan melalui WhatsApp diterima di alamat layanan 0812 000.');
    expect(channelAddresses('tanpa tanda sama dengan')).toEqual([]);
  });
});

describe('2.4, 2.5 activities with date and place', () => {
  const act = (title: string, body: string) => ['2021-TW3', 'Kegiatan', title, body];

  test('the date and place lines become a sentence; the rest stays the text', () => {
    expect(eventMeta('Tanggal: 2021-07-29\nTempat: daring\nHasilnya:\n- satu')).toEqual({
      date: '2021-07-29',
      dateText: '2021-07-29',
      place: 'daring',
      body: 'Hasilnya:\n- satu',
    });
    const s = sheet({}, [
      act('Evaluasi', 'Tanggal: 29/07/2021\nTempat: Bandung\nHasilnya baik.'),
      act('Bimtek', 'Tempat: Semarang\nIsi.'),
    ]);
    expect(section(s, 'id', '2.4.')).toBe('Kegiatan ini berlangsung pada 29 Juli 2021 di Bandung.\nHasilnya baik.');
    expect(section(s, 'id', '2.5.')).toBe('Kegiatan ini berlangsung di Semarang.\nIsi.');
    expect(section(s, 'en', '2.4.')).toBe('This activity took place on July 29, 2021 at Bandung.\nHasilnya baik.');
    const online = sheet({}, [act('Rapat', 'Tanggal: 2021-07-29\nTempat: secara daring\nIsi.')]);
    expect(section(online, 'id', '2.4.')).toBe('Kegiatan ini berlangsung pada 29 Juli 2021 secara daring.\nIsi.');
  });

  test('an activity without date or place reads as before; a bad date is a problem on its row', () => {
    const s = sheet({}, [act('A', 'Teks saja.'), act('B', 'Tanggal: 40/07/2021\nTeks.')]);
    expect(section(s, 'id', '2.4.')).toBe('Teks saja.');
    expect(section(s, 'id', '2.5.')).toContain('pada 40/07/2021.');
    expect(unitProfileProblems(s, 'id')).toEqual([
      expect.objectContaining({ row: 3, column: 'Isi', code: 'date.invalid', message: expect.stringContaining('"B"') }),
    ]);
  });
});
