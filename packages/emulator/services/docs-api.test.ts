import { Runtime } from '../runtime';
import JSZip from 'jszip';
import { createServices } from './index';
import { documentToDocxBuffer } from '../export/docx';

function setup() {
  const rt = new Runtime({ now: '2025-07-10T03:00:00Z' });
  const s = createServices(rt);
  const doc = s.DocumentApp.create('d');
  doc.saveAndClose();
  const id = doc.getId();
  const batch = (requests: any[]) => s.Docs.Documents.batchUpdate({ requests }, id);
  const get = () => s.Docs.Documents.get(id);
  const open = () => s.DocumentApp.openById(id);
  return { rt, s, id, batch, get, open };
}

const content = (d: any) => d.body.content.slice(1);
const textOf = (el: any) =>
  el.paragraph.elements.map((e: any) => e.textRun?.content ?? (e.pageBreak ? '<pb>' : '<obj>')).join('');

describe('Docs API (advanced service) over the DocumentApp model', () => {
  test('updateDocumentStyle: pageSize and margins with the batch, or not at all; other fields not emulated', () => {
    const { batch, get, open } = setup();
    const pt = (magnitude: number) => ({ magnitude, unit: 'PT' });
    const landscape = {
      updateDocumentStyle: {
        documentStyle: { pageSize: { width: pt(842), height: pt(595) }, marginLeft: pt(50) },
        fields: 'pageSize,marginLeft',
      },
    };
    // A later request that breaks a rule: nothing of the batch holds, the page included.
    expect(() => batch([landscape, { insertText: { location: { index: 99 }, text: 'x' } }])).toThrow(
      /Invalid requests\[1\]/,
    );
    expect(get().documentStyle.pageSize.width.magnitude).toBeLessThan(600);
    batch([landscape]);
    const d = get().documentStyle;
    expect([d.pageSize.width.magnitude, d.pageSize.height.magnitude, d.marginLeft.magnitude]).toEqual([842, 595, 50]);
    expect(open().getBody().getPageWidth()).toBe(842);
    expect(() => batch([{ updateDocumentStyle: { documentStyle: {}, fields: 'background' } }])).toThrow(/not emulated/);
    expect(() => batch([{ updateDocumentStyle: { documentStyle: {} } }])).toThrow(/At least one field/);
  });

  test('a new document: a section break [0,1) then one empty paragraph [1,2)', () => {
    const { get } = setup();
    const d = get();
    expect(d.body.content[0]).toEqual({ endIndex: 1, sectionBreak: { sectionStyle: {} } });
    expect(content(d)).toHaveLength(1);
    expect(content(d)[0].startIndex).toBe(1);
    expect(content(d)[0].endIndex).toBe(2);
    expect(d.namedStyles.styles.find((x: any) => x.namedStyleType === 'HEADING_1').paragraphStyle.keepWithNext).toBe(
      true,
    );
  });

  test('insertText: newlines make paragraphs that copy the style; DocumentApp reads the same text', () => {
    const { batch, get, open } = setup();
    batch([
      { insertText: { location: { index: 1 }, text: 'Bab I\nLatar belakang' } },
      {
        updateParagraphStyle: {
          range: { startIndex: 1, endIndex: 2 },
          paragraphStyle: { namedStyleType: 'HEADING_1' },
          fields: 'namedStyleType',
        },
      },
    ]);
    const d = get();
    expect(content(d).map(textOf)).toEqual(['Bab I\n', 'Latar belakang\n']);
    expect(content(d)[1].startIndex).toBe(7);
    const body = open().getBody();
    expect(body.getText()).toBe('Bab I\nLatar belakang');
    expect(String(body.getChild(0).getHeading())).toBe('HEADING1');
    expect(String(body.getChild(1).getHeading())).toBe('NORMAL');
    expect(content(d)[0].paragraph.paragraphStyle.headingId).toMatch(/^h\./);
  });

  test('indexes are UTF-16 code units: an emoji counts 2; control characters are stripped', () => {
    const { batch, get } = setup();
    batch([{ insertText: { location: { index: 1 }, text: 'a😀b\u0007c' } }]);
    const p = content(get())[0];
    expect(p.endIndex).toBe(1 + 'a😀bc'.length + 1);
    expect(textOf(p)).toBe('a😀bc\n');
    expect(() => batch([{ insertText: { location: { index: 3 }, text: 'x' } }])).toThrow(/surrogate/);
  });

  test('insertTable: a newline before it, then the layout public code relies on; cells filled last first', () => {
    const { batch, get, open } = setup();
    batch([{ insertTable: { rows: 2, columns: 2, location: { index: 1 } } }]);
    const t = content(get())[1];
    expect([t.startIndex, t.endIndex]).toEqual([2, 14]);
    const cells = t.table.tableRows.flatMap((r: any) => r.tableCells.map((c: any) => c.content[0].startIndex));
    expect(cells).toEqual([5, 7, 10, 12]);
    batch([12, 10, 7, 5].map((index, i) => ({ insertText: { location: { index }, text: ['d', 'c', 'b', 'a'][i] } })));
    const table = open().getBody().getTables()[0];
    expect([table.getCell(0, 0).getText(), table.getCell(0, 1).getText(), table.getCell(1, 1).getText()]).toEqual([
      'a',
      'b',
      'd',
    ]);
  });

  test('one invalid request: nothing of the batch is applied, and the error names the request', () => {
    const { batch, get } = setup();
    const before = JSON.stringify(get().body);
    expect(() =>
      batch([
        { insertText: { location: { index: 1 }, text: 'kept?' } },
        { insertText: { location: { index: 99 }, text: 'x' } },
      ]),
    ).toThrow(/Invalid requests\[1\]\.insertText: Index 99 must be less than the end index/);
    expect(JSON.stringify(get().body)).toBe(before);
  });

  test('a fault injected at batchUpdate applies nothing; an unknown request is "not emulated"', () => {
    const { rt, batch, get } = setup();
    rt.failAtCall = rt.total + 1;
    expect(() => batch([{ insertText: { location: { index: 1 }, text: 'x' } }])).toThrow(/injected fault/);
    rt.failAtCall = null;
    expect(textOf(content(get())[0])).toBe('\n');
    expect(() => batch([{ insertInlineImage: { uri: 'https://example.com/a.png', location: { index: 1 } } }])).toThrow(
      /not emulated/,
    );
    expect(() =>
      batch([
        { updateParagraphStyle: { range: { startIndex: 1, endIndex: 2 }, paragraphStyle: {}, fields: 'shading' } },
      ]),
    ).toThrow(/not emulated/);
  });

  test('unsaved DocumentApp edits first: the emulator refuses an order no source supports', () => {
    const { s, id, batch } = setup();
    s.DocumentApp.openById(id).getBody().appendParagraph('unsaved');
    expect(() => batch([{ insertText: { location: { index: 1 }, text: 'x' } }])).toThrow(/saveAndClose/);
  });

  test('keep with next, rows that never split, pinned header rows and bullets reach the tree and DocumentApp', () => {
    const { batch, get, open, s, id } = setup();
    batch([
      { insertTable: { rows: 2, columns: 1, location: { index: 1 } } },
      { pinTableHeaderRows: { tableStartLocation: { index: 2 }, pinnedHeaderRowsCount: 1 } },
      {
        updateTableRowStyle: {
          tableStartLocation: { index: 2 },
          tableRowStyle: { preventOverflow: true },
          fields: 'preventOverflow',
        },
      },
      { insertText: { location: { index: 1 }, text: 'Tabel 1\nsatu\ndua' } },
      {
        updateParagraphStyle: {
          range: { startIndex: 1, endIndex: 2 },
          paragraphStyle: { keepWithNext: true },
          fields: 'keepWithNext',
        },
      },
      { createParagraphBullets: { range: { startIndex: 9, endIndex: 18 }, bulletPreset: 'BULLET_DISC_CIRCLE_SQUARE' } },
    ]);
    const d = get();
    expect(content(d)[0].paragraph.paragraphStyle.keepWithNext).toBe(true);
    expect(content(d)[1].paragraph.bullet.listId).toBe(content(d)[2].paragraph.bullet.listId);
    const rows = content(d)[3].table.tableRows.map((r: any) => r.tableRowStyle);
    expect(rows).toEqual([{ preventOverflow: true, tableHeader: true }, { preventOverflow: true }]);
    const tree = s.DocumentApp.openById(id)._tree();
    expect(tree.body[0].keepWithNext).toBe(true);
    expect(tree.body[3].rows[0]).toMatchObject({ preventOverflow: true, tableHeader: true });
    const body = open().getBody();
    expect(String(body.getChild(1).getType())).toBe('LIST_ITEM');
    expect(String(body.getChild(1).getGlyphType())).toBe('BULLET');
  });

  test('a link to a heading: headingId from documents.get, then a second batch; DocumentApp reads "#heading="', () => {
    const { batch, get, open } = setup();
    batch([
      { insertText: { location: { index: 1 }, text: 'Daftar\nBab I' } },
      {
        updateParagraphStyle: {
          range: { startIndex: 8, endIndex: 13 },
          paragraphStyle: { namedStyleType: 'HEADING_1' },
          fields: 'namedStyleType',
        },
      },
    ]);
    const headingId = content(get())[1].paragraph.paragraphStyle.headingId;
    batch([
      {
        updateTextStyle: { range: { startIndex: 1, endIndex: 7 }, textStyle: { link: { headingId } }, fields: 'link' },
      },
    ]);
    const p = content(get())[0];
    expect(p.paragraph.elements[0].textRun.textStyle.link).toEqual({ headingId });
    expect(p.paragraph.elements[1].textRun.content).toBe('\n');
    expect(open().getBody().getChild(0).editAsText().getLinkUrl(0)).toBe(`#heading=${headingId}`);
  });

  test('page breaks stay out of tables; table styles need the table start', () => {
    const { batch } = setup();
    batch([{ insertTable: { rows: 1, columns: 1, location: { index: 1 } } }]);
    expect(() => batch([{ insertPageBreak: { location: { index: 5 } } }])).toThrow(/inside a table/);
    expect(() =>
      batch([
        {
          updateTableCellStyle: {
            tableStartLocation: { index: 3 },
            tableCellStyle: { backgroundColor: {} },
            fields: 'backgroundColor',
          },
        },
      ]),
    ).toThrow(/table start location/);
    batch([{ insertPageBreak: { location: { index: 1 } } }]);
  });
});

describe('what the Docs API sets reaches the docx export', () => {
  test('keep with next, keep lines together, rows that never split, pinned header rows, the default styles', async () => {
    const { batch, s, id } = setup();
    batch([
      { insertTable: { rows: 2, columns: 1, location: { index: 1 } } },
      { pinTableHeaderRows: { tableStartLocation: { index: 2 }, pinnedHeaderRowsCount: 1 } },
      {
        updateTableRowStyle: {
          tableStartLocation: { index: 2 },
          tableRowStyle: { preventOverflow: true },
          fields: 'preventOverflow',
        },
      },
      { insertText: { location: { index: 1 }, text: 'Tabel 1' } },
      {
        updateParagraphStyle: {
          range: { startIndex: 1, endIndex: 2 },
          paragraphStyle: { keepWithNext: true, keepLinesTogether: true },
          fields: 'keepWithNext,keepLinesTogether',
        },
      },
    ]);
    const zip = await JSZip.loadAsync(await documentToDocxBuffer(s.DocumentApp.openById(id)._tree()));
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toMatch(/<w:keepNext\/>.*<w:keepLines\/>.*Tabel 1/);
    expect(xml.match(/<w:cantSplit\/>/g)).toHaveLength(2);
    expect(xml.match(/<w:tblHeader\/>/g)).toHaveLength(1);
    const styles = await zip.file('word/styles.xml')!.async('string');
    // Google's headings keep with the next paragraph and their lines together by default.
    expect(styles).toMatch(/w:styleId="Heading1"[\s\S]*?<w:keepNext\/>/);
    expect(styles).toMatch(/w:line="276"/);
  });
});
