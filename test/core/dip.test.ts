import {
  DIK_COLUMNS,
  DIP_COLUMNS,
  dipCounts,
  entriesInPeriod,
  exemptionStatus,
  isUrl,
  parseDipLists,
  canonGround,
} from '../../src/core/dip';
import { dayFromIso } from '../../src/core/calendar';

const D = (iso: string) => dayFromIso(iso);
const dipHeader = DIP_COLUMNS.map((c) => c.id);
const dikHeader = DIK_COLUMNS.map((c) => c.id);

/** A DIP row from named values, the rest blank. */
function dipRow(v: Partial<Record<string, unknown>>): unknown[] {
  return DIP_COLUMNS.map((c) => v[c.key] ?? '');
}
function dikRow(v: Partial<Record<string, unknown>>): unknown[] {
  return DIK_COLUMNS.map((c) => v[c.key] ?? '');
}
const goodDip = (n: string, extra: Record<string, unknown> = {}) =>
  dipRow({ number: n, summary: 'Kalender diklat', infoClass: 'Berkala', state: 'Final', ...extra });
const goodDik = (n: string, extra: Record<string, unknown> = {}) =>
  dikRow({
    number: n,
    summary: 'Data pribadi peserta',
    ground: 'Pasal 17 huruf h',
    harm: 'Mengungkap rahasia pribadi',
    interest: 'Melindungi hak atas privasi',
    from: '01/01/2021',
    periodNote: 'Sampai ada persetujuan yang bersangkutan',
    decreeNumber: 'KEP-01/PPID/2021',
    state: 'Final',
    ...extra,
  });
const parse = (dip: unknown[][], dik: unknown[][] = []) =>
  parseDipLists([dipHeader, ...dip], [dikHeader, ...dik], { lang: 'id', tzOffset: 420 });
const codes = (l: ReturnType<typeof parse>) => l.problems.map((p) => `${p.list}:${p.row}:${p.code}`);

describe('DIP and DIK lists', () => {
  test('good entries parse with no problem', () => {
    const l = parse(
      [goodDip('DIP-1', { link: 'https://example.go.id/kalender', updated: '05/08/2021' })],
      [goodDik('DIK-1')],
    );
    expect(l.problems).toEqual([]);
    expect(l.entries[0]).toMatchObject({
      number: 'DIP-1',
      infoClass: 'Berkala',
      state: 'Final',
      updated: D('2021-08-05'),
    });
    expect(l.exempted[0]).toMatchObject({ ground: 'Pasal 17 huruf h', letter: 'h', until: null });
  });

  test('an entry without a summary or class is a problem at its row and column', () => {
    const l = parse([
      goodDip('1'),
      dipRow({ number: '2', infoClass: 'Berkala' }),
      dipRow({ number: '3', summary: 'x' }),
    ]);
    expect(codes(l)).toEqual(['dip:3:dip.summary.missing', 'dip:4:dip.class.missing']);
    expect(l.problems[0].column).toBe('Ringkasan Isi Informasi');
    expect(l.problems[1].column).toBe('Klasifikasi Informasi');
  });

  test('Dikecualikan in the DIP is sent to the DIK sheet; unknown classes are named', () => {
    const l = parse([goodDip('1', { infoClass: 'Dikecualikan' }), goodDip('2', { infoClass: 'Rahasia' })]);
    expect(codes(l)).toEqual(['dip:2:dip.class.exempt', 'dip:3:dip.class.unknown']);
    expect(l.entries.map((e) => e.infoClass)).toEqual([null, null]);
  });

  test('a DIK entry without ground, test or period is a problem for each', () => {
    const l = parse([], [dikRow({ number: 'K1', summary: 'x', state: 'Draf' })]);
    expect(codes(l)).toEqual([
      'dik:2:dik.ground.missing',
      'dik:2:dik.test.harm',
      'dik:2:dik.test.interest',
      'dik:2:dik.period.from',
      'dik:2:dik.period.missing',
    ]);
  });

  test('Pasal 20: huruf a–f need an end date, g–j may carry a note instead', () => {
    const l = parse([], [goodDik('K1', { ground: 'Pasal 17 huruf a' }), goodDik('K2', { ground: 'Pasal 17 huruf g' })]);
    expect(codes(l)).toEqual(['dik:2:dik.period.limited']);
    expect(l.problems[0].message).toContain('Pasal 20');
  });

  test('a period ending before it begins is a problem', () => {
    const l = parse([], [goodDik('K1', { from: '01/06/2021', until: '31/05/2021' })]);
    expect(codes(l)).toEqual(['dik:2:dik.period.order']);
  });

  test('another law needs the statute named; a Final entry needs its decree', () => {
    const l = parse([], [goodDik('K1', { ground: 'Undang-undang lain', decreeNumber: '' })]);
    expect(codes(l)).toEqual(['dik:2:dik.law.missing', 'dik:2:dik.decree.missing']);
  });

  test('a link that is not a URL is a problem and is not kept', () => {
    const l = parse([
      goodDip('1', { link: 'lihat papan pengumuman' }),
      goodDip('2', { link: 'https://ppid.example.go.id' }),
    ]);
    expect(codes(l)).toEqual(['dip:2:dip.link.invalid']);
    expect(l.entries.map((e) => e.link)).toEqual(['', 'https://ppid.example.go.id']);
    expect(isUrl('http://a.b/c?d=1')).toBe(true);
    expect(isUrl('www.example.go.id')).toBe(false);
  });

  test('duplicate numbers, across both lists, point at the first entry; messages never quote a cell', () => {
    const l = parse([goodDip('A-1'), goodDip(' a-1 '), goodDip('')], [goodDik('A-1')]);
    expect(codes(l)).toEqual(['dip:3:dip.number.duplicate', 'dip:4:dip.number.missing', 'dik:2:dip.number.duplicate']);
    expect(l.problems[0].message).toContain('baris 2');
    for (const p of l.problems) expect(p.message).not.toContain('A-1');
  });

  test('a list without a state column is taken as Final; a blank state in our own sheet is Draf', () => {
    const noState = parseDipLists([dipHeader.slice(0, -1), goodDip('1').slice(0, -1)], [dikHeader], { lang: 'id' });
    expect(noState.entries[0].state).toBe('Final');
    expect(parse([goodDip('1', { state: '' })]).entries[0].state).toBe('Draf');
  });

  test('headers in English or as other lists spell them are found', () => {
    const header = ['No.', 'Judul Informasi', 'Information Class', 'Tautan'];
    const l = parseDipLists([header, ['7', 'Struktur organisasi', 'setiap saat', 'https://x.go.id']], [dikHeader], {
      lang: 'en',
    });
    expect(l.problems).toEqual([]);
    expect(l.entries[0]).toMatchObject({
      number: '7',
      summary: 'Struktur organisasi',
      infoClass: 'Setiap Saat',
      state: 'Final',
    });
  });

  test('grounds as officers write them', () => {
    expect(canonGround('Pasal 17 huruf h angka 5')).toEqual({ ground: 'Pasal 17 huruf h', letter: 'h' });
    expect(canonGround('17 c')).toEqual({ ground: 'Pasal 17 huruf c', letter: 'c' });
    expect(canonGround('UU lain')).toEqual({ ground: 'Undang-undang lain', letter: null });
    expect(canonGround('rahasia')).toBe('unknown');
    expect(canonGround('')).toBeNull();
  });

  test('exemption status: ended after its last day, ending soon within 30 days', () => {
    const until = D('2021-09-30');
    expect(exemptionStatus({ until }, D('2021-10-01'))).toBe('ended');
    expect(exemptionStatus({ until }, D('2021-09-30'))).toBe('endingSoon');
    expect(exemptionStatus({ until }, D('2021-08-31'))).toBe('endingSoon');
    expect(exemptionStatus({ until }, D('2021-08-30'))).toBe('inForce');
    expect(exemptionStatus({ until: null }, D('2021-08-30'))).toBe('noEnd');
  });

  test('counts and the period extract take Final entries only', () => {
    const l = parse(
      [
        goodDip('1', { updated: '05/07/2021' }),
        goodDip('2', { infoClass: 'Serta Merta', updated: '10/09/2021' }),
        goodDip('3', { infoClass: 'Serta Merta', updated: '10/09/2021', state: 'Draf' }),
        goodDip('4', { infoClass: 'Setiap Saat', updated: '01/03/2021' }),
        goodDip('5', { infoClass: 'Setiap Saat', updated: '02/10/2021' }),
      ],
      [goodDik('K1'), goodDik('K2', { ground: 'Pasal 17 huruf c', from: '01/01/2020', until: '31/08/2021' })],
    );
    const start = D('2021-07-01');
    const end = D('2021-09-30');
    const groups = entriesInPeriod(l, start, end);
    expect(groups.map((g) => [g.infoClass, g.entries.map((e) => e.number)])).toEqual([
      ['Berkala', ['1']],
      ['Serta Merta', ['2']],
      ['Setiap Saat', []],
    ]);
    expect(dipCounts(l, start, end)).toEqual({
      byClass: { Berkala: 1, 'Serta Merta': 1, 'Setiap Saat': 1 },
      updatedByClass: { Berkala: 1, 'Serta Merta': 1, 'Setiap Saat': 0 },
      exempted: 2,
      exemptionsEnded: 1,
    });
  });
});
