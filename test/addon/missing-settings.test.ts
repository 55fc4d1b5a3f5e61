// Settings a report prints and no default may stand in for (issue #23 item 10): the unit's name, the
// place above the signature and the signer. Blank, each is a highlighted "[BELUM DIISI: …]" in the
// document where it belongs and is named by the report (dialog, result, stderr offline); Siapkan
// Register writes no made-up value into a real office's settings.
import { addonEmulator, fillRegister, openDoc, SEED_ROWS } from '../support/harness';
import { buildReportModel, missingReportSettings, placeholderRanges, REPORT_SETTINGS } from '../../src/core/report';
import { computeRecap, parsePeriod } from '../../src/core/recap';
import { parseRegister, LISTS } from '../../src/core/register';
import { WorkCalendar, HOLIDAYS, holidayDays, dayFromIso } from '../../src/core/calendar';
import { SETTINGS, defaultSettings, parseSettings } from '../../src/core/settings';
import { header } from '../../scripts/lib/generate-register';
import { t } from '../../src/core/i18n';

const settings = () => defaultSettings(LISTS.channels, LISTS.defaultTopics);
const recapOf = (unit: string) =>
  computeRecap(parseRegister([header(), ...SEED_ROWS], { lang: 'id', quoteValues: false }), {
    period: parsePeriod('2021-Q3'),
    asOf: dayFromIso('2021-10-11'),
    calendar: new WorkCalendar(holidayDays(HOLIDAYS)),
    lang: 'id',
    unit,
  });
const texts = (blocks: ReturnType<typeof buildReportModel>['blocks']) =>
  blocks.flatMap((b) => ('text' in b ? [b.text] : b.type === 'list' ? b.items : []));

describe('in the core', () => {
  test("the needed settings have no default that could pass for an office's own", () => {
    expect(REPORT_SETTINGS).toEqual(['unitName', 'city', 'officerName']);
    for (const k of REPORT_SETTINGS) expect(SETTINGS.find((s) => s.key === k)!.default).toBe('');
    expect(missingReportSettings(settings())).toEqual(REPORT_SETTINGS);
  });

  test('blank, the cover, the place and the signature show placeholders; no "UNIT KERJA CONTOH", "Jakarta" or dots', () => {
    const model = buildReportModel(recapOf(''), settings(), 'id', '2021-10-11');
    const all = texts(model.blocks);
    expect(all.join('\n')).not.toMatch(/UNIT KERJA CONTOH|Unit Kerja Contoh|Jakarta|………/);
    const cover = model.blocks.slice(0, 4);
    expect(cover[1]).toEqual({ type: 'subtitle', text: '[BELUM DIISI: Nama Unit]' });
    expect(all).toContain('[BELUM DIISI: Kota], 11 Oktober 2021');
    expect(all).toContain('[BELUM DIISI: Nama Petugas PPID]');
    // The narratives' {unit} too: no sentence with a hole in it.
    expect(all.filter((x) => x.includes('[BELUM DIISI: Nama Unit]')).length).toBeGreaterThan(4);
    expect(all.join('\n')).not.toMatch(/ {2}|publik {1,2}selama|, melayani/);
    expect(model.fileName).toBe('Laporan PPID Triwulan III (Juli – September) 2021');
  });

  test('filled in, they are printed as typed and nothing is a placeholder', () => {
    const s = settings();
    Object.assign(s.values, {
      unitName: 'Balai Contoh',
      city: 'Bandung',
      officerName: 'Nama Pejabat',
      ppidDecreeNumber: '1/KPTS/2021',
      serviceRoom: 'lobi',
    });
    expect(missingReportSettings(s)).toEqual([]);
    const all = texts(buildReportModel(recapOf('Balai Contoh'), s, 'id', '2021-10-11').blocks);
    expect(all).toEqual(expect.arrayContaining(['BALAI CONTOH', 'Bandung, 11 Oktober 2021', 'Nama Pejabat']));
    expect(all.filter((x) => placeholderRanges(x).length)).toEqual([]);
  });

  test('in English the placeholders use the English labels', () => {
    const all = texts(buildReportModel(recapOf(''), settings(), 'en', '2021-10-11').blocks);
    expect(all).toEqual(expect.arrayContaining(['[NOT FILLED IN: Unit Name]', '[NOT FILLED IN: PPID Officer Name]']));
  });

  test('"Unit Kerja Contoh", the default an older Siapkan Register wrote, reads as blank', () => {
    const s = parseSettings(
      [
        ['Pengaturan', 'Nilai'],
        ['Nama Unit', 'Unit Kerja Contoh'],
        ['Kota', 'Jakarta'],
      ],
      { channels: LISTS.channels, topics: LISTS.defaultTopics },
    );
    expect(s.values.unitName).toBe('');
    // A real office may be in Jakarta: a typed place stays.
    expect(s.values.city).toBe('Jakarta');
    expect(missingReportSettings(s)).toEqual(['unitName', 'officerName']);
  });

  test("placeholderRanges finds each placeholder, the annual items' too, by its offsets", () => {
    const line = '[BELUM DIISI: Kota], 11 Oktober 2021';
    expect(placeholderRanges(line)).toEqual([[0, 18]]);
    expect(line.slice(0, 19)).toBe('[BELUM DIISI: Kota]');
    const two = 'a [NOT FILLED IN: Unit Name] b [BELUM DIISI: X] c';
    expect(placeholderRanges(two).map(([s, e]) => two.slice(s, e + 1))).toEqual([
      '[NOT FILLED IN: Unit Name]',
      '[BELUM DIISI: X]',
    ]);
    const annual = t('id', 'annual.placeholder', { item: 'Anggaran', year: 2025, section: 'Anggaran' });
    expect(placeholderRanges(annual)).toEqual([[0, annual.length - 1]]);
    expect(placeholderRanges('Bandung, 11 Oktober 2021')).toEqual([]);
  });
});

describe('through the bundle', () => {
  const em = addonEmulator({ now: '2021-10-11T03:00:00Z' });
  fillRegister(em, SEED_ROWS);
  em.call('setupRegister');
  const grid: unknown[][] = em.spreadsheet.getSheetByName('Pengaturan').getDataRange().getValues();
  const value = (label: string) => grid.find((r) => r[0] === label)?.[1];
  // The menu, so the closing dialog is shown; the quarter asked for is Q3 2021.
  em.services.ui._queueResponse({ button: 'OK', text: '2021-Q3' });
  em.call('menuQuarterlyReport');
  const dialog = em.services.ui._dialogs.filter((d: any) => d.kind === 'modal').at(-1);
  const result = em.call('generateReport', { period: '2021-Q3', asOf: '2021-10-11' });
  const body = openDoc(em, result.docId).getBody();

  test('Siapkan Register leaves the unit, the place and the signer blank for the office to fill in', () => {
    expect([value('Nama Unit'), value('Kota'), value('Nama Petugas PPID')]).toEqual(['', '', '']);
    // Defaults that are policy, not the office's identity, are still written.
    expect(value('Jabatan')).toBe('PPID Pelaksana');
  });

  test('the report names the missing settings, and its dialog lists them', () => {
    expect(result.missingSettings).toEqual(['Nama Unit', 'Kota', 'Nama Petugas PPID']);
    expect(dialog.content).toContain('<ul><li>Nama Unit</li><li>Kota</li><li>Nama Petugas PPID</li></ul>');
    expect(dialog.content).toContain('Pengaturan yang belum diisi');
  });

  test('in the document only the placeholder is highlighted, not the date beside it', () => {
    const n = body.getNumChildren();
    const paras = Array.from({ length: n }, (_, i) => body.getChild(i)).filter(
      (c: any) => c.getType().toString() === 'PARAGRAPH',
    );
    const place = paras.find((p: any) => p.getText().startsWith('[BELUM DIISI: Kota]'))!.editAsText();
    expect(place.getBackgroundColor(0)).toBe('#fff2cc');
    expect(place.getBackgroundColor(18)).toBe('#fff2cc');
    expect(place.isBold(5)).toBe(true);
    expect(place.getBackgroundColor(19)).toBeNull();
    expect(place.getBackgroundColor(22)).toBeNull();
    const signer = paras.find((p: any) => p.getText() === '[BELUM DIISI: Nama Petugas PPID]')!.editAsText();
    expect(signer.getForegroundColor(3)).toBe('#a50e0e');
    const inSentence = paras.find((p: any) => p.getText().startsWith('Sebagai badan publik, [BELUM DIISI: Nama Unit]'));
    const at = 'Sebagai badan publik, '.length;
    expect(inSentence.editAsText().getBackgroundColor(at)).toBe('#fff2cc');
    expect(inSentence.editAsText().getBackgroundColor(at - 2)).toBeNull();
  });

  test('the recap sheet names the unit by its placeholder, and recap.json leaves it blank', () => {
    const sheet = em.spreadsheet.getSheetByName(result.recapSheet);
    expect(String(sheet.getRange(2, 1).getValue())).toMatch(/^\[BELUM DIISI: Nama Unit\] · /);
    const json = JSON.parse(em.rt.files.get(result.jsonId)!.bytes!.toString('utf8'));
    expect(json.unit).toBe('');
  });
});
