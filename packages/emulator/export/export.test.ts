import os from 'node:os';
import fs from 'node:fs';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { Runtime } from '../runtime';
import { createServices } from '../services';
import { documentToDocxBuffer, exportDocx } from './docx';
import { documentToPdf, winAnsiSafe } from './pdf';
import { pdfSafePng } from './pdf-png';
import { pdfText } from './pdf-text';
// The emulator's own reader of a zip's entries (Drive's .docx import uses it).
import { unzip as readZip } from '../services/drive-convert';

function chartPng(): Buffer {
  const svg =
    '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="150"><rect x="10" y="10" width="120" height="100" fill="#4285f4" fill-opacity="0.6"/><circle cx="220" cy="75" r="50" fill="#db4437"/></svg>';
  return Buffer.from(new Resvg(svg).render().asPng());
}

function sampleDocument() {
  const rt = new Runtime({ now: '2025-07-10T03:00:00Z' });
  const s = createServices(rt);
  const { DocumentApp, Utilities } = s;
  const doc = DocumentApp.create('Laporan KIP TW II 2025');
  const body = doc.getBody();
  body
    .getChild(0)
    .asParagraph()
    .setText('Laporan Implementasi Keterbukaan Informasi Publik')
    .setHeading(DocumentApp.ParagraphHeading.TITLE)
    .setAlignment(DocumentApp.HorizontalAlignment.CENTER);
  body.appendParagraph('BAB I PENDAHULUAN').setHeading(DocumentApp.ParagraphHeading.HEADING1);
  body.appendParagraph('Latar Belakang').setHeading(DocumentApp.ParagraphHeading.HEADING2);
  const p = body.appendParagraph(
    'Permohonan terbanyak berasal dari perseorangan yaitu sebanyak 2 orang pemohon atau sebesar 100% — “tepat waktu”.',
  );
  p.editAsText().setBold(0, 9, true);
  body.appendListItem('Email').setGlyphType(DocumentApp.GlyphType.NUMBER);
  body.appendListItem('Instagram');
  const table = body.appendTable([
    ['Kategori Pemohon', 'Jumlah', 'Persentase'],
    ['Perseorangan', '2', '100%'],
    ['Badan Hukum', '0', '0%'],
  ]);
  for (let c = 0; c < 3; c++) table.getCell(0, c).setBackgroundColor('#d9e2f3').editAsText().setBold(true);
  const img = body.appendImage(Utilities.newBlob(chartPng(), 'image/png', 'grafik-1.png'));
  img.getParent().asParagraph().setAlignment(DocumentApp.HorizontalAlignment.CENTER);
  body.appendPageBreak();
  body.appendParagraph('BAB II PELAKSANAAN').setHeading(DocumentApp.ParagraphHeading.HEADING1);
  body.appendHorizontalRule();
  doc.addFooter().appendParagraph('PPID Kota Contoh');
  return { rt, doc };
}

describe('docx export', () => {
  test('a document with headings, a table, a list and an image becomes a valid .docx', async () => {
    const { doc } = sampleDocument();
    const zip = readZip(await documentToDocxBuffer(doc));
    const xml = zip.get('word/document.xml')!.toString('utf8');
    expect(xml).toContain('<w:pStyle w:val="Title"/>');
    expect(xml).toContain('<w:pStyle w:val="Heading1"/>');
    expect(xml).toContain('<w:pStyle w:val="Heading2"/>');
    expect(xml).toContain('BAB I PENDAHULUAN');
    expect(xml).toContain('<w:jc w:val="center"/>');
    expect(xml).toMatch(/<w:shd [^>]*w:fill="D9E2F3"/);
    // A table DocumentApp made has no pinned header row, and its rows may split (as in Docs).
    expect(xml).not.toContain('<w:tblHeader');
    expect(xml).not.toContain('<w:cantSplit');
    expect(xml).toMatch(/<w:br w:type="page"\/>/);
    expect(xml).toContain('<w:numPr>');
    expect((xml.match(/<w:b\/>/g) ?? []).length).toBeGreaterThanOrEqual(4);
    const media = [...zip.keys()].filter((k) => k.startsWith('word/media/'));
    expect(media).toHaveLength(1);
    expect(zip.get(media[0])!.subarray(1, 4).toString('ascii')).toBe('PNG');
    // 300 px wide at 96 dpi = 2857500 EMU.
    expect(xml).toContain('cx="2857500"');
    const styles = zip.get('word/styles.xml')!.toString('utf8');
    expect(styles).toContain('w:styleId="Heading1"');
    expect(zip.get('word/numbering.xml')!.toString('utf8')).toContain('w:val="decimal"');
    expect([...zip.keys()].some((k) => /word\/footer\d*\.xml/.test(k))).toBe(true);
  });

  test('exportDocx writes the file, creating its folder; a Drive record of the Doc works too', async () => {
    const { rt, doc } = sampleDocument();
    const viaRecord = readZip(await documentToDocxBuffer(rt.files.get(doc.getId())));
    expect(viaRecord.get('word/document.xml')!.toString('utf8')).toContain('BAB II PELAKSANAAN');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ppid-docx-'));
    const file = path.join(dir, 'out', 'report.docx');
    await exportDocx(doc, file);
    expect(fs.readFileSync(file).subarray(0, 2).toString('ascii')).toBe('PK');
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe('PDF export', () => {
  test('is made synchronously, A4, with the headings, table text and footer readable', () => {
    const { doc } = sampleDocument();
    const pdf = documentToPdf(doc);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // Wrapped lines join with spaces so phrases read whole.
    const text = pdfText(pdf).replace(/\s+/g, ' ');
    expect(text).toContain('Laporan Implementasi Keterbukaan Informasi Publik');
    expect(text).toContain('BAB I PENDAHULUAN');
    expect(text).toContain('BAB II PELAKSANAAN');
    expect(text).toContain('Kategori Pemohon');
    expect(text).toContain('Perseorangan');
    expect(text).toContain('PPID Kota Contoh');
    expect(text).toContain('— “tepat waktu”');
    // The bold first word keeps its space before the rest of the sentence.
    expect(text).toContain('Permohonan terbanyak');
    expect(pdfText(pdf)).toMatch(/^1\.Email$/m);
    const latin = pdf.toString('latin1');
    expect(latin).toContain('/MediaBox [0 0 595.276 841.89]');
    // The page break gives a second page; the image is embedded as an XObject.
    expect((latin.match(/\/Type \/Page\b/g) ?? []).length).toBe(2);
    expect(latin).toMatch(/\/Subtype \/Image/);
  });

  test('long text wraps and flows onto new pages', () => {
    const rt = new Runtime();
    const { DocumentApp } = createServices(rt);
    const doc = DocumentApp.create('panjang');
    for (let i = 1; i <= 120; i++) doc.getBody().appendParagraph(`Baris ke-${i} ${'kata '.repeat(30)}`);
    const pdf = documentToPdf(doc);
    expect((pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length).toBeGreaterThan(3);
    expect(pdfText(pdf)).toContain('Baris ke-120');
  });

  test('alpha PNGs are flattened onto white so pdfkit stays synchronous', () => {
    const png = chartPng();
    const flat = pdfSafePng(png)!;
    expect(flat[25]).toBe(2); // colour type RGB
    expect(flat.readUInt32BE(16)).toBe(300);
    expect(pdfSafePng(flat)).toBe(flat);
  });

  test("text outside the built-in fonts' encoding is replaced, not garbled", () => {
    expect(winAnsiSafe('Tepat ≤ 10 hari → ✓ Łódź 漢')).toBe('Tepat <= 10 hari -> v Lódz ?');
  });
});
