// Issue #24 items 7, 11 and 12, read as pages: the demo's quarterly and annual reports, a
// consolidated report and every example letter, made through the bundle and rendered by the
// emulator's own PDF (which lays out keepWithNext chains, short tables kept whole and rows never
// split, as docs/trust-on-google.md says it approximates Docs). On every page:
// - no heading and no table caption is the last line of a page (it belongs with what follows);
// - no page holds only a signature block;
// - no page is empty;
// and every example letter is one A4 page, and every PDF's title (its metadata) is the final name.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pdfPages } from '@ppid-sheets/emulator';
import { runLetter } from '../../scripts/letter';
import { docxFeatures } from '../support/doc-features';
import { pdfTitle } from '../support/pdf-title';
import { annualDoc, consolidatedDoc, quarterlyDoc, type MadeDoc } from '../support/report-docs';

const ROOT = path.resolve(__dirname, '../..');

const lines = (page: string) =>
  page
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** Problems of a rendered document's pages: `stranded` are texts that must not end a page, `signature` its signature lines. */
function pageProblems(pages: string[], stranded: string[], signature: string[]): string[] {
  const out: string[] = [];
  pages.forEach((page, i) => {
    const ls = lines(page);
    if (!ls.length) {
      out.push(`page ${i + 1} is empty`);
      return;
    }
    const last = ls[ls.length - 1];
    if (i < pages.length - 1 && last.length > 3 && stranded.some((s) => s === last || s.endsWith(` ${last}`)))
      out.push(`page ${i + 1} ends with "${last}"`);
    if (i > 0 && signature.length && ls.every((l) => signature.includes(l)))
      out.push(`page ${i + 1} holds only the signature block: ${ls.join(' / ')}`);
  });
  return out;
}

describe('the demo reports as pages (emulator PDF)', () => {
  const made: MadeDoc[] = [];
  beforeAll(async () => {
    for (const make of [quarterlyDoc, annualDoc, consolidatedDoc]) made.push(await make());
  }, 300000);

  test.each([0, 1, 2])('report %#: no heading or caption ends a page, no empty page, no lone signature', async (i) => {
    const d = made[i];
    const blocks = await docxFeatures(d.docx);
    const stranded = blocks
      .filter(
        (b) =>
          b.kind === 'p' && (/^(Heading\d|Title|Subtitle)$/.test(b.style ?? '') || /^(Tabel|Table) \d+\./.test(b.text)),
      )
      .map((b) => b.text.trim());
    const signature = blocks.filter((b) => b.kind === 'p' && b.align === 'right').map((b) => b.text.trim());
    expect(stranded.length).toBeGreaterThan(10);
    const pages = pdfPages(d.pdf);
    expect(pages.length).toBeGreaterThan(3);
    expect([d.name, pageProblems(pages, stranded, signature)]).toEqual([d.name, []]);
  });

  test.each([0, 1, 2])('report %#: the PDF title is the final name', (i) => {
    const d = made[i];
    const title = pdfTitle(d.pdf);
    expect(title).toBe(d.record.name);
    expect(title).not.toMatch(/sedang dibuat|PPID PPID/);
    expect(title).toMatch(/^Laporan/);
  });

  test('the check can fail: a page ending with a caption, an empty page, a page of signature lines', () => {
    expect(
      pageProblems(['a\nTabel 1. X', 'b', '', 'Kota, 1 Mei\nNama'], ['Tabel 1. X'], ['Kota, 1 Mei', 'Nama']),
    ).toEqual([
      'page 1 ends with "Tabel 1. X"',
      'page 3 is empty',
      'page 4 holds only the signature block: Kota, 1 Mei / Nama',
    ]);
  });
});

// Each example letter of examples/contoh-surat.csv, on the day docs/letters.md makes it.
const LETTERS: Array<[string, string, string, boolean]> = [
  ['tanda-terima', '005/PPID/2025', '2025-05-05', false],
  ['perpanjangan', '001/PPID/2025', '2025-04-09', false],
  ['pemberitahuan', '004/PPID/2025', '2025-04-22', false],
  ['penolakan', '003/PPID/2025', '2025-04-17', true],
  ['tanggapan-keberatan', '003/PPID/2025', '2025-05-20', false],
];

describe('every example letter is one page with its signature (emulator PDF)', () => {
  test.each(LETTERS)(
    '%s %s',
    async (kind, number, asOf, logo) => {
      const out = fs.mkdtempSync(path.join(os.tmpdir(), 'ppid-letter-pages-'));
      const settings = JSON.parse(fs.readFileSync(path.join(ROOT, 'examples/contoh-surat.settings.json'), 'utf8'));
      const r = await runLetter({
        input: path.join(ROOT, 'examples/contoh-surat.csv'),
        number,
        kind,
        asOf,
        out,
        pdf: false,
        settings,
        ...(logo ? { logo: path.join(ROOT, 'examples/logo-contoh.png') } : {}),
      });
      const pdf: Buffer = r.emulator.rt.files.get(r.result.pdfId)!.bytes!;
      const pages = pdfPages(pdf);
      const text = pages.join('\n');
      // The signature block is there: the signer's name from the example's settings.
      expect(text).toContain(
        kind === 'tanggapan-keberatan' ? settings['Nama Atasan PPID'] : settings['Nama Petugas PPID'],
      );
      expect(pageProblems(pages, [], [])).toEqual([]);
      expect(pages).toHaveLength(1);
    },
    120000,
  );
});
