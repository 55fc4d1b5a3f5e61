// The README's list of settings keys, made from the settings table itself (src/core/settings), so
// README and code cannot disagree: test/house/readme-settings.test.ts fails when they do, and
// `PPID_WRITE_README=1 npx jest test/house/readme-settings.test.ts` writes the list afresh.
import { ENTRY_SECTIONS, SETTINGS, SETTINGS_BLOCKS, type SettingSpec } from '../../src/core/settings';

export const BEGIN =
  '<!-- settings-keys: generated from src/core/settings by scripts/lib/settings-doc.ts; do not edit by hand -->';
export const END = '<!-- /settings-keys -->';

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

function defaultText(s: SettingSpec): string {
  if (s.neededBy === 'report') return 'blank: the document shows `[BELUM DIISI: …]` until it is filled in';
  if (s.long && String(s.default).length > 60) return 'built-in text';
  if (s.default === '') return 'blank';
  return `\`${cell(String(s.default))}\``;
}

/** The generated block, markers included. */
export function settingsKeysMarkdown(): string {
  const rows = SETTINGS.map(
    (s) =>
      `| ${cell(s.label.id)} | ${cell(s.label.en)} | ${defaultText(s)}${s.options ? `; one of ${s.options.map((o) => `\`${o}\``).join(', ')}` : ''} | ${cell(s.help.en)} |`,
  );
  const media = SETTINGS_BLOCKS.media.id.join(', ');
  const entries = SETTINGS_BLOCKS.entries.id.join(', ');
  const sections = Object.values(ENTRY_SECTIONS)
    .map((s) => `\`${s.id}\``)
    .join(', ');
  return [
    BEGIN,
    '',
    '| key (Indonesian) | or in English | default | what it is |',
    '|---|---|---|---|',
    ...rows,
    '',
    `Beside the keys, two lists of rows: \`"media"\`, rows of [${media}] (the media statistics), and`,
    `\`"entries"\`, rows of [${entries}] (a period's own text), where Bagian is one of ${sections}.`,
    'The Isi of a `Kegiatan` row may open with the lines `Tanggal: 2021-07-29` and `Tempat: …`: the report',
    "prints them as the activity's date and place (issue #24 item 10); a date that is no date is a problem on that row.",
    '',
    END,
  ].join('\n');
}

/** The block as it stands between the markers of a README text, or null without markers. */
export function blockIn(readme: string): string | null {
  const a = readme.indexOf(BEGIN);
  const b = readme.indexOf(END);
  return a < 0 || b < a ? null : readme.slice(a, b + END.length);
}
