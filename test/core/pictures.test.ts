// The pictures' rules as data (core/report/pictures.ts): which section a cell names, which rows a
// period's report takes, what an image's first bytes say, and the size it is drawn at.
import fs from 'node:fs';
import path from 'node:path';
import {
  checkPicture,
  imageInfo,
  parsePictureRows,
  pictureInPeriod,
  pictureSection,
  pictureSize,
  picturesForPeriod,
  PICTURE_BOX,
  buildReportModel,
  type Block,
  type ReportPicture,
} from '../../src/core/report';
import { parseRegister, LISTS } from '../../src/core/register';
import { computeRecap, parsePeriod } from '../../src/core/recap';
import { WorkCalendar, HOLIDAYS, holidayDays, dayFromIso } from '../../src/core/calendar';
import { defaultSettings } from '../../src/core/settings';
import { HEADER_ID } from './fixtures/registers';

const DIR = path.join(__dirname, '../../examples/seed-tw3-2021.pictures');

describe('sections and periods', () => {
  test.each([
    ['Ruang Layanan', 'room'],
    ['service room', 'room'],
    ['2.2 Alur Permohonan', 'flow'],
    ['2.2. maklumat  pelayanan', 'maklumat'],
    ['social', 'social'],
    ['2.3 Informasi yang Diumumkan', 'published'],
    ['Kantin', null],
    ['', null],
  ])('%s → %s', (cell, key) => expect(pictureSection(cell)).toBe(key));

  test('blank and "Selalu" are every report; one period only its own; the year takes its quarters', () => {
    expect(pictureInPeriod('', 2021, 3)).toBe(true);
    expect(pictureInPeriod('Selalu', 2025, null)).toBe(true);
    expect(pictureInPeriod('2021-Q3', 2021, 3)).toBe(true);
    expect(pictureInPeriod('TW III 2021', 2021, 3)).toBe(true);
    expect(pictureInPeriod('2021-Q2', 2021, 3)).toBe(false);
    expect(pictureInPeriod('2021', 2021, 3)).toBe(false);
    expect(pictureInPeriod('2021-Q2', 2021, null)).toBe(true);
    expect(pictureInPeriod('2022', 2021, null)).toBe(false);
  });

  test('rows by header in either language; empty rows skipped; problems carry the row and period', () => {
    const grid = [
      ['Caption', 'Section', 'Period', 'File ID', 'Made by'],
      ['Flow', 'Request Flow', '', 'id1', 'a@x.id'],
      ['', '', '', '', ''],
      ['Bad', 'Canteen', '2021-Q2', 'id2', ''],
      ['No file', 'Social Media', '', '', ''],
    ];
    const parsed = parsePictureRows(grid);
    expect(parsed.rows).toEqual([
      { row: 2, section: 'flow', caption: 'Flow', period: '', fileId: 'id1', maker: 'a@x.id' },
    ]);
    expect(parsed.problems.map((p) => [p.row, p.kind])).toEqual([
      [4, 'unknownSection'],
      [5, 'noFile'],
    ]);
    expect(picturesForPeriod(parsed, 2021, 3).problems.map((p) => p.row)).toEqual([5]);
  });
});

describe('images', () => {
  test('the example PNGs: type and size from their header, each under 100 KB', () => {
    for (const [name, w, h] of [
      ['alur-permohonan.png', 880, 520],
      ['poster-informasi.png', 620, 860],
    ] as const) {
      const bytes = fs.readFileSync(path.join(DIR, name));
      expect(bytes.length).toBeLessThan(100 * 1024);
      expect(imageInfo(bytes)).toEqual({ contentType: 'image/png', width: w, height: h });
    }
  });

  test('GIF and JPEG headers; anything else is no image', () => {
    expect(imageInfo(Buffer.from('GIF89a\x20\x03\x58\x02', 'latin1'))).toEqual({
      contentType: 'image/gif',
      width: 800,
      height: 600,
    });
    // SOI, an APP0 segment of 16 bytes, then SOF0 with height 480 and width 640.
    const jpeg = Buffer.from([
      0xff,
      0xd8,
      0xff,
      0xe0,
      0,
      16,
      ...Array(14).fill(0),
      0xff,
      0xc0,
      0,
      17,
      8,
      0x01,
      0xe0,
      0x02,
      0x80,
      3,
      0,
      0,
      0,
    ]);
    expect(imageInfo(jpeg)).toEqual({ contentType: 'image/jpeg', width: 640, height: 480 });
    expect(imageInfo(Buffer.from('%PDF-1.4'))).toBeNull();
    expect(checkPicture(Buffer.from('<svg/>'))).toEqual({ kind: 'notImage', vars: {} });
  });

  test('drawn within the box, proportions kept; a small picture at its own size', () => {
    expect(pictureSize({ width: 880, height: 600 })).toEqual({ width: 440, height: 300 });
    expect(pictureSize({ width: 620, height: 860 })).toEqual({ width: 317, height: 440 });
    expect(pictureSize({ width: PICTURE_BOX.width, height: 100 })).toBeNull();
  });
});

describe('the model', () => {
  const calendar = new WorkCalendar(holidayDays(HOLIDAYS));
  const recap = (period: string) =>
    computeRecap(parseRegister([HEADER_ID], { lang: 'id' }), {
      period: parsePeriod(period),
      asOf: dayFromIso('2025-12-31'),
      calendar,
      lang: 'id',
    });
  const settings = defaultSettings(LISTS.channels, LISTS.defaultTopics);
  const pics: ReportPicture[] = [
    { key: 'picture:2', section: 'published', caption: 'Poster' },
    { key: 'picture:3', section: 'room', caption: 'Ruang' },
    { key: 'picture:4', section: 'objection', caption: 'Keberatan' },
    { key: 'picture:5', section: 'social', caption: 'Akun' },
  ];
  const figures = (blocks: Block[]) =>
    blocks.filter((b): b is Extract<Block, { type: 'chart' }> => b.type === 'chart' && b.key.startsWith('picture:'));

  test.each(['2025-Q2', '2025'])('%s: every section placed once, numbered in document order', (period) => {
    const none = buildReportModel(recap(period), settings, 'id', '2025-12-31').blocks;
    expect(figures(none)).toEqual([]);
    const blocks = buildReportModel(recap(period), settings, 'id', '2025-12-31', null, pics).blocks;
    const shown = figures(blocks);
    expect(shown.map((b) => b.key).sort()).toEqual(pics.map((p) => p.key).sort());
    expect(shown.map((b) => b.caption.replace(/\..*$/, ''))).toEqual(['Gambar 1', 'Gambar 2', 'Gambar 3', 'Gambar 4']);
    // The service room right after its heading's text, in Bab II.
    const room = blocks.findIndex((b) => b.type === 'chart' && b.key === 'picture:3');
    const bab2 = blocks.findIndex((b) => b.type === 'heading' && /^BAB II\b/.test(b.text));
    expect(room).toBeGreaterThan(bab2);
    expect(shown.find((b) => b.key === 'picture:3')!.caption).toBe('Gambar 1. Ruang');
  });

  test('English captions read "Figure N."', () => {
    const blocks = buildReportModel(recap('2025-Q2'), settings, 'en', '2025-12-31', null, pics.slice(1, 2)).blocks;
    expect(figures(blocks).map((b) => b.caption)).toEqual(['Figure 1. Ruang']);
  });
});
