// The report document as Docs API requests (src/core/report/docs-requests.ts), tested as data and
// applied to the emulator's Documents.batchUpdate, which follows the reference page of each
// request (packages/emulator/services/docs-api-requests.ts).
import { Runtime, createServices } from '@ppid-sheets/emulator';
import {
  type Block,
  buildDocsPlan,
  contentsLinkRequests,
  emptyCellIndex,
  type DocsRequest,
} from '../../src/core/report';

const BLOCKS: Block[] = [
  { type: 'title', text: 'LAPORAN' },
  { type: 'pageBreak' },
  { type: 'contents' },
  { type: 'pageBreak' },
  { type: 'heading', level: 1, text: 'BAB I PENDAHULUAN' },
  { type: 'paragraph', text: 'Hasil utamanya:', align: 'justify' },
  { type: 'list', items: ['satu', 'dua'] },
  { type: 'heading', level: 2, text: '1.1. Latar Belakang' },
  { type: 'paragraph', text: 'Ruang Layanan', bold: true },
  {
    type: 'table',
    caption: 'Tabel 1. Status',
    header: ['No.', 'Status', 'Jumlah'],
    rows: [
      ['1.', 'Dipenuhi', '2'],
      ['', 'Jumlah', '2'],
    ],
    total: true,
    numbered: true,
  },
  { type: 'chart', key: 'c1', caption: 'Grafik 1. Kanal' },
  { type: 'chart', key: 'none', caption: 'Grafik 2. Tanpa gambar' },
  { type: 'paragraph', text: 'Bandung, 11 Oktober 2021', align: 'right' },
  { type: 'paragraph', text: 'PPID Pelaksana', align: 'right' },
];

function apply(blocks: Block[]) {
  const rt = new Runtime({ now: '2025-07-10T03:00:00Z' });
  const s = createServices(rt);
  const doc = s.DocumentApp.create('d');
  doc.saveAndClose();
  const id = doc.getId();
  const plan = buildDocsPlan(blocks, { lang: 'id', charts: ['c1'], pageNumberNote: true, maxBatch: 40 });
  for (const b of plan.batches) s.Docs.Documents.batchUpdate({ requests: b }, id);
  s.Docs.Documents.batchUpdate({ requests: contentsLinkRequests(s.Docs.Documents.get(id), plan.contents, 'id') }, id);
  return { plan, body: s.DocumentApp.openById(id).getBody(), json: s.Docs.Documents.get(id) };
}

const kinds = (rs: DocsRequest[]) => rs.map((r) => Object.keys(r)[0]);

describe('the report as Docs API requests', () => {
  test('the empty-table layout: cell (r, c) of an R×C table', () => {
    // Table at 2: row 0 at 3, its cells at 4 and 6 (paragraphs at 5 and 7); row 1 at 8, cells at 9 and 11.
    expect(emptyCellIndex(2, 2, 0, 0)).toBe(5);
    expect(emptyCellIndex(2, 2, 0, 1)).toBe(7);
    expect(emptyCellIndex(2, 2, 1, 0)).toBe(10);
    expect(emptyCellIndex(2, 2, 1, 1)).toBe(12);
  });

  test('as data: pagination set on captions, headings, lead-ins, labels and rows; a chart without picture left out', () => {
    const plan = buildDocsPlan(BLOCKS, { lang: 'id', charts: ['c1'], maxBatch: 40 });
    const all = plan.batches.flat();
    expect(plan.batches.length).toBeGreaterThan(1);
    expect(plan.batches.every((b) => b.length <= 40 || plan.batches.length === 1)).toBe(true);
    const styleOf = (text: string) => {
      const at = all.findIndex((r) => (r.insertText as any)?.text?.startsWith(text));
      expect(at).toBeGreaterThanOrEqual(0);
      const start = (all[at].insertText as any).location.index;
      return all.slice(at).find((r) => (r.updateParagraphStyle as any)?.range.startIndex === start)!
        .updateParagraphStyle as any;
    };
    for (const t of ['BAB I', '1.1.', 'Hasil utamanya:', 'Ruang Layanan', 'Tabel 1.', 'Bandung'])
      expect([t, styleOf(t).paragraphStyle.keepWithNext]).toEqual([t, true]);
    expect(styleOf('PPID Pelaksana').paragraphStyle.keepWithNext).toBe(false);
    expect(kinds(all)).toContain('updateTableRowStyle');
    expect(all.find((r) => r.updateTableRowStyle)!.updateTableRowStyle).toMatchObject({
      tableRowStyle: { preventOverflow: true },
    });
    expect(JSON.stringify(all)).not.toContain('Tanpa gambar');
    expect(plan.contents.map((c) => c.text)).toEqual(['BAB I PENDAHULUAN', '1.1. Latar Belakang']);
    expect(plan.images).toHaveLength(1);
  });

  test('a splittable table (the published DIP and DIK) breaks between rows; its header row stays with the first', () => {
    const table = (splittable: boolean): Block => ({
      type: 'table',
      caption: 'Daftar',
      header: ['No.', 'Ringkasan'],
      rows: [
        ['DIP-01', 'satu'],
        ['DIP-02', 'dua'],
        ['DIP-03', 'tiga'],
      ],
      total: false,
      ...(splittable ? { splittable } : {}),
    });
    // The cells' paragraphs kept with the next, read back from the emulator's documents.get.
    const kept = (b: Block) => {
      const rt = new Runtime({ now: '2025-07-10T03:00:00Z' });
      const s = createServices(rt);
      const doc = s.DocumentApp.create('d');
      doc.saveAndClose();
      for (const batch of buildDocsPlan([b], { lang: 'id', charts: [] }).batches)
        s.Docs.Documents.batchUpdate({ requests: batch }, doc.getId());
      const out: string[] = [];
      for (const e of (s.Docs.Documents.get(doc.getId()) as any).body.content)
        for (const row of e.table?.tableRows ?? [])
          for (const cell of row.tableCells)
            for (const p of cell.content)
              if (p.paragraph?.paragraphStyle?.keepWithNext)
                out.push(
                  p.paragraph.elements
                    .map((x: any) => x.textRun?.content ?? '')
                    .join('')
                    .trim(),
                );
      return out;
    };
    expect(kept(table(false))).toEqual(expect.arrayContaining(['No.', 'Ringkasan', 'DIP-01', 'satu', 'DIP-02', 'dua']));
    const split = kept(table(true));
    expect(split).toEqual(expect.arrayContaining(['No.', 'Ringkasan']));
    for (const t of ['DIP-01', 'satu', 'DIP-02', 'dua', 'DIP-03']) expect(split).not.toContain(t);
  });

  test('applied to the emulator: the blocks in order, the table filled, the Daftar Isi linked, the picture slot where the plan says', () => {
    const { plan, body, json } = apply(BLOCKS);
    const texts: string[] = [];
    for (let i = 0; i < body.getNumChildren(); i++) {
      const c = body.getChild(i);
      texts.push(String(c.getType()) === 'TABLE' ? `[table ${c.asTable().getNumRows()}]` : (c as any).getText());
    }
    expect(texts.filter((t) => t.trim())).toEqual([
      'LAPORAN',
      'DAFTAR ISI',
      'BAB I PENDAHULUAN',
      '1.1. Latar Belakang',
      expect.stringMatching(/^Nomor halaman belum terpasang/),
      'BAB I PENDAHULUAN',
      'Hasil utamanya:',
      'satu',
      'dua',
      '1.1. Latar Belakang',
      'Ruang Layanan',
      'Tabel 1. Status',
      '[table 3]',
      'Grafik 1. Kanal',
      'Bandung, 11 Oktober 2021',
      'PPID Pelaksana',
    ]);
    expect(body.getNumChildren()).toBe(plan.children);
    const table = body.getTables()[0];
    expect(table.getCell(1, 1).getText()).toBe('Dipenuhi');
    expect(table.getCell(2, 2).getText()).toBe('2');
    expect(table.getCell(2, 0).getText()).toBe('');
    expect([table.getCell(0, 1).editAsText().isBold(), table.getCell(0, 1).getBackgroundColor()]).toEqual([
      true,
      '#d2e3fc',
    ]);
    const t = json.body.content.find((e: any) => e.table).table;
    expect(
      t.tableRows.map((r: any) => [r.tableRowStyle?.preventOverflow, r.tableRowStyle?.tableHeader ?? false]),
    ).toEqual([
      [true, true],
      [true, false],
      [true, false],
    ]);
    // The list items kept their bullets; the lead-in before them did not get one.
    expect(body.getListItems().map((l: any) => l.getText())).toEqual(['satu', 'dua']);
    // The picture slot is the empty paragraph just before the chart's caption.
    const slot = body.getChild(plan.images[0].child);
    expect((slot as any).getText()).toBe('');
    expect((body.getChild(plan.images[0].child + 1) as any).getText()).toBe('Grafik 1. Kanal');
    // Each Daftar Isi line links to its heading (Docs' "#heading=" form as DocumentApp reads it).
    const content = json.body.content.filter((e: any) => e.paragraph);
    const headingIds = content
      .filter(
        (e: any) => e.paragraph.paragraphStyle.headingId && !/DAFTAR/.test(e.paragraph.elements[0].textRun.content),
      )
      .map((e: any) => e.paragraph.paragraphStyle.headingId);
    const links = content.flatMap((e: any) =>
      e.paragraph.elements
        .filter((x: any) => x.textRun?.textStyle?.link)
        .map((x: any) => x.textRun.textStyle.link.headingId),
    );
    expect(links).toEqual(headingIds); // BAB I and 1.1, in order (the title has no heading ID)
    expect(links).toHaveLength(2);
  });
});
