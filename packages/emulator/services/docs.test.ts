import { Runtime } from '../runtime';
import { createServices } from './index';
import { pdfText } from '../export/pdf-text';

function setup() {
  const rt = new Runtime({ now: '2025-07-10T03:00:00Z' });
  const s = createServices(rt);
  return { rt, s, DocumentApp: s.DocumentApp, DriveApp: s.DriveApp };
}

// A 2×1 RGBA PNG (what resvg produces), built by hand so the test needs no renderer.
function tinyPng(): Buffer {
  return Buffer.from(
    '89504e470d0a1a0a0000000d49484452000000020000000108060000' +
      '00f478d4fa0000001149444154789c63f8cfc0f09fe1ff7f000aff03fe9c1c9d2a0000000049454e44ae426082',
    'hex',
  );
}

describe('DocumentApp', () => {
  test('a new document is filed in the root folder as a Google Doc with one empty paragraph', () => {
    const { rt, DocumentApp } = setup();
    const doc = DocumentApp.create('Laporan TW II 2025');
    const rec = rt.files.get(doc.getId())!;
    expect(rec.mimeType).toBe('application/vnd.google-apps.document');
    expect(rec.parents).toEqual([rt.rootFolderId]);
    expect(doc.getName()).toBe('Laporan TW II 2025');
    expect(doc.getUrl()).toContain(doc.getId());
    expect(doc.getBody().getNumChildren()).toBe(1);
    expect(doc.getBody().getChild(0).getType()).toBe(DocumentApp.ElementType.PARAGRAPH);
    expect(doc.getBody().getText()).toBe('');
  });

  test('paragraphs keep headings, alignment, spacing and attributes; enums print as names', () => {
    const { DocumentApp } = setup();
    const body = DocumentApp.create('d').getBody();
    const p = body.appendParagraph('Bab I Pendahuluan');
    expect(p.getHeading()).toBe(DocumentApp.ParagraphHeading.NORMAL);
    p.setHeading(DocumentApp.ParagraphHeading.HEADING1).setAlignment(DocumentApp.HorizontalAlignment.CENTER);
    p.setSpacingBefore(12).setSpacingAfter(6).setIndentStart(36);
    expect(p.getHeading()).toBe(DocumentApp.ParagraphHeading.HEADING1);
    expect(String(p.getHeading())).toBe('HEADING1');
    expect(p.getAlignment()).toBe(DocumentApp.HorizontalAlignment.CENTER);
    expect([p.getSpacingBefore(), p.getSpacingAfter(), p.getIndentStart()]).toEqual([12, 6, 36]);
    const attrs: Record<string, unknown> = {};
    attrs[DocumentApp.Attribute.BOLD] = true;
    attrs[DocumentApp.Attribute.FONT_SIZE] = 14;
    p.setAttributes(attrs);
    const got = p.getAttributes();
    expect(got.BOLD).toBe(true);
    expect(got.FONT_SIZE).toBe(14);
    expect(got.HEADING).toBe(DocumentApp.ParagraphHeading.HEADING1);
    expect(p.editAsText().isBold()).toBe(true);
    expect(() => p.setHeading('HEADING9')).toThrow('Invalid argument');
  });

  test('editAsText styles ranges and keeps formatting when text is appended', () => {
    const { DocumentApp } = setup();
    const p = DocumentApp.create('d').getBody().appendParagraph('Nama: Budi');
    const t = p.editAsText();
    t.setBold(0, 4, true);
    expect(t.isBold(0)).toBe(true);
    expect(t.isBold(6)).toBeNull();
    expect(t.isBold()).toBeNull();
    t.setForegroundColor('#FF0000');
    expect(t.getForegroundColor(8)).toBe('#ff0000');
    expect(() => t.setForegroundColor('red')).toThrow('Invalid argument');
    p.appendText(' (NIP 1975)');
    expect(p.getText()).toBe('Nama: Budi (NIP 1975)');
    expect(p.getNumChildren()).toBe(2);
    expect(() => t.setBold(0, 99, true)).toThrow('Invalid argument');
  });

  test('replaceText replaces by regular expression across the body and keeps the run style', () => {
    const { DocumentApp } = setup();
    const body = DocumentApp.create('d').getBody();
    const p = body.appendParagraph('Periode {{periode}} tahun {{tahun}}');
    p.editAsText().setItalic(true);
    body.appendParagraph('Tahun {{tahun}}');
    body.replaceText('\\{\\{tahun\\}\\}', '2025');
    body.replaceText('\\{\\{periode\\}\\}', 'TW II');
    expect(body.getText()).toBe('\nPeriode TW II tahun 2025\nTahun 2025');
    expect(p.editAsText().isItalic()).toBe(true);
    const found = body.findText('Tahun');
    expect(found.getElement().getText()).toBe('Tahun 2025');
    expect(found.getStartOffset()).toBe(0);
    expect(found.getEndOffsetInclusive()).toBe(4);
  });

  test('appendTable builds rows and cells from String[][] and refuses numbers and ragged rows', () => {
    const { DocumentApp } = setup();
    const body = DocumentApp.create('d').getBody();
    const table = body.appendTable([
      ['Kategori', 'Jumlah'],
      ['Perseorangan', '2'],
    ]);
    expect(table.getNumRows()).toBe(2);
    expect(table.getRow(1).getCell(0).getText()).toBe('Perseorangan');
    expect(table.getCell(0, 1).getText()).toBe('Jumlah');
    table.getRow(0).getCell(0).setBackgroundColor('#cfe2f3').editAsText().setBold(true);
    expect(table.getRow(0).getCell(0).getBackgroundColor()).toBe('#cfe2f3');
    expect(table.getRow(0).getCell(0).editAsText().isBold()).toBe(true);
    table.setBorderWidth(0.5).setBorderColor('#999999').setColumnWidth(1, 80);
    expect([table.getBorderWidth(), table.getBorderColor(), table.getColumnWidth(1)]).toEqual([0.5, '#999999', 80]);
    expect(table.getText()).toBe('Kategori\tJumlah\nPerseorangan\t2');
    expect(table.getParent().getType()).toBe(DocumentApp.ElementType.BODY_SECTION);
    expect(() => body.appendTable([['a', 1]])).toThrow(
      "don't match the method signature for DocumentApp.Body.appendTable",
    );
    expect(() => body.appendTable([['a', 'b'], ['c']])).toThrow();
  });

  test('images and page breaks live in their own paragraph, as Apps Script makes them', () => {
    const { s, DocumentApp } = setup();
    const body = DocumentApp.create('d').getBody();
    const img = body.appendImage(s.Utilities.newBlob([...tinyPng()], 'image/png', 'chart.png'));
    expect([img.getWidth(), img.getHeight()]).toEqual([2, 1]);
    img.setWidth(400).setHeight(200);
    expect(img.getParent().getType()).toBe(DocumentApp.ElementType.PARAGRAPH);
    img.getParent().asParagraph().setAlignment(DocumentApp.HorizontalAlignment.CENTER);
    const pb = body.appendPageBreak();
    expect(pb.getType()).toBe(DocumentApp.ElementType.PAGE_BREAK);
    expect(body.getNumChildren()).toBe(3);
    expect(body.getImages()).toHaveLength(1);
    const cell = body.appendTable([['x']]).getCell(0, 0);
    expect(() => cell.appendPageBreak()).toThrow('PageBreaks may not be contained within TableCells');
    expect(() => img.getParent().asTable()).toThrow('Cannot convert');
  });

  test('consecutive list items form one list with a glyph and nesting level', () => {
    const { DocumentApp } = setup();
    const body = DocumentApp.create('d').getBody();
    const a = body.appendListItem('Satu').setGlyphType(DocumentApp.GlyphType.NUMBER);
    const b = body.appendListItem('Dua').setNestingLevel(1);
    body.appendParagraph('selingan');
    const c = body.appendListItem('Lain');
    expect(b.getListId()).toBe(a.getListId());
    expect(b.getGlyphType()).toBe(DocumentApp.GlyphType.NUMBER);
    expect(b.getNestingLevel()).toBe(1);
    expect(c.getListId()).not.toBe(a.getListId());
    expect(body.getListItems()).toHaveLength(3);
  });

  test('the last paragraph of a section cannot be removed; clear leaves one empty paragraph', () => {
    const { DocumentApp } = setup();
    const body = DocumentApp.create('d').getBody();
    expect(() => body.getChild(0).removeFromParent()).toThrow("Can't remove the last paragraph");
    body.appendParagraph('a');
    body.getChild(0).removeFromParent();
    expect(body.getNumChildren()).toBe(1);
    body.appendTable([['x']]);
    body.clear();
    expect(body.getNumChildren()).toBe(1);
    expect(body.getText()).toBe('');
    const p = body.insertParagraph(0, 'awal');
    expect(body.getChildIndex(p)).toBe(0);
    expect(p.getNextSibling().getType()).toBe(DocumentApp.ElementType.PARAGRAPH);
  });

  test('copy() detaches an element that can be appended elsewhere', () => {
    const { DocumentApp } = setup();
    const body = DocumentApp.create('d').getBody();
    const p = body.appendParagraph('Judul').setHeading(DocumentApp.ParagraphHeading.HEADING2);
    const copy = p.copy();
    expect(copy.getParent()).toBeNull();
    expect(() => body.appendParagraph(p)).toThrow('Element must be detached');
    body.appendParagraph(copy);
    expect(body.getChild(2).getHeading()).toBe(DocumentApp.ParagraphHeading.HEADING2);
    copy.setText('Lain');
    expect(p.getText()).toBe('Judul');
  });

  test('a closed document refuses edits; openById reopens the same content', () => {
    const { DocumentApp } = setup();
    const doc = DocumentApp.create('d');
    const body = doc.getBody();
    body.appendParagraph('isi');
    doc.saveAndClose();
    expect(() => body.appendParagraph('lagi')).toThrow('Document is closed');
    const again = DocumentApp.openById(doc.getId());
    expect(again.getBody().getText()).toBe('\nisi');
    again.getBody().appendParagraph('lagi');
    expect(DocumentApp.openByUrl(doc.getUrl()).getBody().getText()).toBe('\nisi\nlagi');
    expect(() => DocumentApp.openById('nope')).toThrow('is missing');
  });

  test('the PDF export shows the last saved state: edits appear only after saveAndClose', () => {
    const { DocumentApp, DriveApp } = setup();
    const doc = DocumentApp.create('Laporan');
    doc.getBody().appendParagraph('Rekapitulasi Permohonan').setHeading(DocumentApp.ParagraphHeading.HEADING1);
    const stale = DriveApp.getFileById(doc.getId()).getAs('application/pdf');
    expect(pdfText(Buffer.from(stale.getBytes().map((b: number) => (b + 256) % 256)))).not.toContain('Rekapitulasi');
    doc.saveAndClose();
    const fresh = DriveApp.getFileById(doc.getId()).getAs('application/pdf');
    expect(fresh.getName()).toBe('Laporan.pdf');
    expect(fresh.getContentType()).toBe('application/pdf');
    expect(pdfText(fresh._bytes)).toContain('Rekapitulasi Permohonan');
  });

  test('the end of an execution saves open documents, like Apps Script', () => {
    const { rt, DocumentApp } = setup();
    const id = rt.runExecution(() => {
      const doc = DocumentApp.create('auto');
      doc.getBody().appendParagraph('tersimpan otomatis');
      return doc.getId();
    });
    const pdf = DocumentApp.openById(id).getAs('application/pdf');
    expect(pdfText(pdf._bytes)).toContain('tersimpan otomatis');
  });

  test('headers and footers are created once and hold paragraphs', () => {
    const { DocumentApp } = setup();
    const doc = DocumentApp.create('d');
    expect(doc.getHeader()).toBeNull();
    const h = doc.addHeader();
    h.appendParagraph('PPID Kota Contoh');
    expect(doc.getHeader().getText()).toContain('PPID Kota Contoh');
    expect(() => doc.addHeader()).toThrow();
    doc.addFooter().appendParagraph('Halaman');
    expect(doc.getFooter().getType()).toBe(DocumentApp.ElementType.FOOTER_SECTION);
  });

  test('every public call is counted by class and method; internal traffic is not', () => {
    const { rt, DocumentApp } = setup();
    rt.resetCalls();
    const doc = DocumentApp.create('d');
    const body = doc.getBody();
    body.appendParagraph('a').setHeading(DocumentApp.ParagraphHeading.HEADING1);
    body.appendTable([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    doc.saveAndClose();
    const snap = rt.snapshot();
    expect(snap.byMethod).toEqual({
      'DocumentApp.create': 1,
      'Document.getBody': 1,
      'Body.appendParagraph': 1,
      'Paragraph.setHeading': 1,
      'Body.appendTable': 1,
      'Document.saveAndClose': 1,
    });
    expect(snap.total).toBe(6);
  });

  test('a member the emulator lacks throws "not emulated" naming the class', () => {
    const { DocumentApp } = setup();
    const doc = DocumentApp.create('d');
    expect(() => doc.getTabs()).toThrow('not emulated: Document.getTabs');
    expect(() => doc.getBody().appendEquation()).toThrow('not emulated: Body.appendEquation');
  });
});

describe('copies keep the whole document (Drive files.copy)', () => {
  test('body, header, footer, page margins; the copy is independent of its source', () => {
    const { createEmulator } = require('../index');
    const em = createEmulator();
    const { DocumentApp, Drive } = em.services;
    const doc = DocumentApp.create('Templat');
    doc.getBody().setMarginTop(40).appendParagraph('Isi {{x}}');
    doc.addHeader().appendParagraph('Kop {{y}}');
    doc.addFooter().appendParagraph('Kaki');
    doc.saveAndClose();
    const copy = Drive.Files.copy({ name: 'Salinan' }, doc.getId());
    const c = DocumentApp.openById(copy.id);
    expect(c.getName()).toBe('Salinan');
    expect(c.getBody().getText()).toContain('Isi {{x}}');
    expect(c.getHeader().getText()).toContain('Kop {{y}}');
    expect(c.getFooter().getText()).toContain('Kaki');
    expect(c.getBody().getMarginTop()).toBe(40);
    c.getHeader().replaceText('\\{\\{y\\}\\}', 'Balai');
    expect(c.getHeader().getText()).toContain('Kop Balai');
    expect(DocumentApp.openById(doc.getId()).getHeader().getText()).toContain('Kop {{y}}');
  });
});

describe('cell padding reaches the docx', () => {
  test("TableCell.setPaddingTop(1) is 20 twips in the exported cell; unset padding is Docs' 5 pt", async () => {
    const { createEmulator } = require('../index');
    const { documentToDocxBuffer } = require('../export/docx');
    const JSZip = require('jszip');
    const em = createEmulator();
    const doc = em.services.DocumentApp.create('Padding');
    const table = doc.getBody().appendTable([['a', 'b']]);
    table.getCell(0, 0).setPaddingTop(1).setPaddingBottom(1);
    const zip = await JSZip.loadAsync(await documentToDocxBuffer(doc));
    const xml: string = await zip.file('word/document.xml').async('string');
    const margins = [...xml.matchAll(/<w:tcMar>(.*?)<\/w:tcMar>/g)].map((m) => m[1]);
    expect(margins).toHaveLength(2);
    expect(margins[0]).toMatch(/<w:top w:type="dxa" w:w="20"\/>/);
    expect(margins[1]).toMatch(/<w:top w:type="dxa" w:w="100"\/>/);
  });
});
