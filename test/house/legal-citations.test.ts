// Citations of UU 14/2008 Pasal 12 in the code, the docs and every string a document prints: the
// article has four items, huruf a–d, all figures (requests, time, granted and refused, reasons).
// The narrative outline of the annual report (policy, facilities, staff, budget, obstacles,
// recommendations) is Perki 1/2021 Pasal 56's, whose letters were not verified: no citation may
// letter it as Pasal 12 (a)–(e) (issue 23, item 21).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { UI_STRINGS } from '../../src/core/i18n';

const ROOT = path.resolve(__dirname, '../..');

function files(dir: string, ext: RegExp): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = path.join(dir, e.name);
    return e.isDirectory() ? files(rel, ext) : ext.test(e.name) ? [rel] : [];
  });
}

const texts = (): Array<[string, string]> => [
  ...[...files('src', /\.(ts|html)$/), ...files('docs', /\.md$/), 'README.md'].map((f): [string, string] => [
    f,
    fs.readFileSync(path.join(ROOT, f), 'utf8'),
  ]),
  ...Object.entries(UI_STRINGS).flatMap(
    ([k, v]): Array<[string, string]> => [
      [`string ${k}`, v.id],
      [`string ${k} (en)`, v.en],
    ],
  ),
];

describe('Pasal 12 has four items, a–d', () => {
  test('no citation letters Pasal 12 beyond d, or with the narrative items', () => {
    const bad: string[] = [];
    for (const [name, text] of texts()) {
      for (const m of text.matchAll(/Pasal 12\b[^.;\n]{0,40}/g)) {
        const cited = m[0];
        // "Pasal 12 (e)", "Pasal 12 huruf e", "Pasal 12 a–e", "(a)…(e)".
        if (/Pasal 12\s*(huruf\s*)?\(?[e-z]\b|Pasal 12\s*(huruf\s*)?\(?[a-d]\)?\s*[–-]\s*\(?[e-z]\b/.test(cited))
          bad.push(`${name}: ${cited}`);
        // The policy, facilities, staff and budget are no figure of Pasal 12.
        if (
          /kebijakan|policy|facilit|sarana|staff|budget|anggaran/i.test(
            text.slice(Math.max(0, m.index! - 60), m.index!),
          ) &&
          /Pasal 12\s*\(?a\)?\b/.test(cited)
        )
          bad.push(`${name}: ${cited}`);
      }
    }
    expect(bad).toEqual([]);
  });

  test('the annual outline cites Perki 1/2021 Pasal 56 for its narrative items, and no lone letters (a)–(e)', () => {
    const doc = fs.readFileSync(path.join(ROOT, 'docs/annual-report.md'), 'utf8');
    const table = doc.slice(doc.indexOf('## Outline'), doc.indexOf('## Settings rows'));
    const rows = table.split('\n').filter((l) => /^\| [1-8] \|/.test(l));
    expect(rows).toHaveLength(8);
    for (const r of rows) expect([r.slice(0, 40), /\((a|b|c|d|e)\)/.test(r)]).toEqual([r.slice(0, 40), false]);
    for (const n of ['1', '7', '8']) expect(rows.find((r) => r.startsWith(`| ${n} |`))).toMatch(/Pasal 56/);
    expect(rows.find((r) => r.startsWith('| 5 |'))).toMatch(/Pasal 12 a\).*Pasal 12 b\).*Pasal 12 c\).*Pasal 12 d\)/);
    const items = fs.readFileSync(path.join(ROOT, 'src/core/report/annual-items.ts'), 'utf8');
    expect(items).not.toMatch(/\((d|e)\) (obstacles|recommendations)/);
    expect(items).toMatch(/Pasal 56/);
  });
});
