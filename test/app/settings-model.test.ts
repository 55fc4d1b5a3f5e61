import {
  parseSettings,
  SETTINGS,
  splitEmails,
  shareRole,
  periodMatches,
  formatRegistrationNumber,
  sequenceOf,
  fillTemplate,
  defaultSettings,
} from '../../src/core/settings';
import { LISTS } from '../../src/core/register';

const defaults = { channels: LISTS.channels, topics: LISTS.defaultTopics };

describe('settings sheet parsing', () => {
  test('reads values by label in either language and reports missing keys', () => {
    const grid = [
      ['Pengaturan', 'Nilai', 'Keterangan', '', 'Daftar Saluran', 'Topic List'],
      ['Nama Unit', 'Balai A', '', '', 'Email', 'Beasiswa'],
      ['Report Language', 'English', '', '', ' instagram ', 'Beasiswa'],
      ['', '', '', '', 'Email', ''],
    ];
    const s = parseSettings(grid, defaults);
    expect(s.values.unitName).toBe('Balai A');
    expect(s.values.language).toBe('English');
    expect(s.channels).toEqual(['Email', 'instagram']);
    expect(s.topics).toEqual(['Beasiswa']);
    expect(s.missingKeys).not.toContain('unitName');
    expect(s.missingKeys).toContain('city');
    expect(s.values.city).toBe(SETTINGS.find((x) => x.key === 'city')!.default);
  });

  test('reads media statistics and period entries from their blocks', () => {
    const header = Array(19).fill('');
    header[0] = 'Pengaturan';
    ['Periode', 'Media', 'Akun', 'Pengikut', 'Postingan', 'Suka', 'Pengunjung'].forEach((h, i) => (header[7 + i] = h));
    ['Periode', 'Bagian', 'Judul', 'Isi'].forEach((h, i) => (header[15 + i] = h));
    const row = Array(19).fill('');
    row.splice(7, 7, '2025-TW2', 'Instagram', '@unit', '3.362', '', 986, '');
    row.splice(15, 4, '2025-Q2', 'Kendala', '', 'Listrik padam');
    const s = parseSettings([header, row], defaults);
    expect(s.media).toEqual([
      {
        period: '2025-TW2',
        medium: 'Instagram',
        account: '@unit',
        followers: 3362,
        posts: null,
        likes: 986,
        visitors: null,
      },
    ]);
    expect(s.entries).toEqual([{ period: '2025-Q2', section: 'obstacle', title: '', text: 'Listrik padam', row: 2 }]);
  });

  test('an empty sheet gives the defaults', () => {
    const s = parseSettings([], defaults);
    expect(s).toEqual(defaultSettings(LISTS.channels, LISTS.defaultTopics));
  });
});

describe('settings values', () => {
  test('central PPID addresses: valid ones kept once, malformed ones refused', () => {
    expect(splitEmails('a@x.go.id, B@x.go.id; a@x.go.id bad@ @nope.id c@d')).toEqual({
      valid: ['a@x.go.id', 'B@x.go.id'],
      invalid: ['bad@', '@nope.id', 'c@d'],
    });
  });

  test('share role names map to Drive roles, viewer by default', () => {
    expect(shareRole('Pembaca')).toBe('viewer');
    expect(shareRole('Pemberi Komentar')).toBe('commenter');
    expect(shareRole('Editor')).toBe('editor');
    expect(shareRole('anything else')).toBe('viewer');
  });

  test('period cells match quarters and years in the forms officers write', () => {
    expect(periodMatches('2025-TW2', 2025, 2)).toBe(true);
    expect(periodMatches('TW II 2025', 2025, 2)).toBe(true);
    expect(periodMatches('2025-Q3', 2025, 2)).toBe(false);
    expect(periodMatches('2025', 2025, null)).toBe(true);
    expect(periodMatches('2025', 2025, 1)).toBe(false);
    expect(periodMatches('2024-TW2', 2025, 2)).toBe(false);
  });

  test('registration numbers follow the pattern and their sequence reads back', () => {
    expect(formatRegistrationNumber('{nnn}/PPID/{yyyy}', 7, 2025, 4)).toBe('007/PPID/2025');
    expect(formatRegistrationNumber('PPID-{yyyy}-{mm}-{nnnn}', 12, 2025, 4)).toBe('PPID-2025-04-0012');
    expect(sequenceOf('{nnn}/PPID/{yyyy}', '041/PPID/2025', 2025, 1)).toBe(41);
    expect(sequenceOf('{nnn}/PPID/{yyyy}', '041/PPID/2024', 2025, 1)).toBeNull();
    expect(sequenceOf('{nnn}/PPID/{yyyy}', '1234/PPID/2025', 2025, 1)).toBe(1234);
    expect(sequenceOf('PPID-{yyyy}-{mm}-{nnnn}', 'ppid-2025-11-0003', 2025, 1)).toBe(3);
  });

  test('templates fill known placeholders and keep unknown ones', () => {
    expect(fillTemplate('{unit} pada {period} {x}', { unit: 'Balai', period: 'TW I 2025' })).toBe(
      'Balai pada TW I 2025 {x}',
    );
  });
});
