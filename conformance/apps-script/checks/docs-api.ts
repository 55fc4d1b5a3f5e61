// The advanced Docs service as the report writer uses it (src/core/report/docs-requests.ts,
// src/docs/report-doc.ts): every request kind of the plan applied by Documents.batchUpdate to a
// new document, read back through DocumentApp and Documents.get; the Daftar Isi's links to
// headings; the PDF's title after a rename. Each request's semantics is its reference page,
// https://developers.google.com/docs/api/reference/rest/v1/documents/request.
import type { Check, CheckContext, Json } from '../types';
import { same } from './util';
import { createDocInFolder, drive } from '../../../src/docs/drive';
import {
  type Block,
  buildDocsPlan,
  contentsLinkRequests,
  DOCX_MIME,
  docxSkeletonBytes,
  hasPageNumberField,
  landscapeRequest,
} from '../../../src/core/report';

const BLOCKS: Block[] = [
  { type: 'contents' },
  { type: 'pageBreak' },
  { type: 'heading', level: 1, text: 'BAB I' },
  { type: 'paragraph', text: 'Hasil utamanya:', align: 'justify' },
  { type: 'list', items: ['satu', 'dua'] },
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
  { type: 'heading', level: 2, text: '1.1. Tujuan' },
  { type: 'paragraph', text: 'Bandung, 1 Mei 2025', align: 'right' },
];

/** The Document resource, read loosely (https://developers.google.com/docs/api/reference/rest/v1/documents#Document). */
// biome-ignore lint/suspicious/noExplicitAny: a JSON resource read field by field
type R = any;

function docs(): GoogleAppsScript.Docs {
  if (typeof Docs === 'undefined' || !Docs)
    throw new Error('the advanced Docs service is not enabled (conformance/appsscript.json)');
  return Docs;
}

function apply(ctx: CheckContext, name: string) {
  const d = createDocInFolder(name, ctx.folder());
  ctx.trashLater(d.getId());
  const id = d.getId();
  const plan = buildDocsPlan(BLOCKS, { lang: 'id', charts: [], pageNumberNote: true, maxBatch: 30 });
  for (const b of plan.batches) docs().Documents!.batchUpdate({ requests: b } as never, id);
  return { id, plan };
}

export const DOCS_API_CHECKS: Check[] = [
  {
    name: 'docs.convert.page-number',
    area: 'docs',
    source:
      'Drive files.create with the Google Docs MIME type and the report\'s .docx skeleton as content (File.mimeType: "the uploaded content is imported, if possible"), read back by documents.get: does the footer\'s PAGE field become AutoText PAGE_NUMBER? Not documented; PHPOffice/PHPWord#677 saw it kept (quirk docx-drops-page-number)',
    run(ctx) {
      const blob = Utilities.newBlob(docxSkeletonBytes(), DOCX_MIME, 'PPID conformance skeleton.docx');
      const d = createDocInFolder('PPID conformance: kerangka', ctx.folder(), blob);
      ctx.trashLater(d.getId());
      const got: R = docs().Documents!.get(d.getId());
      const footerId = got.documentStyle?.defaultFooterId;
      const elements = ((footerId && got.footers?.[footerId]?.content) || []).flatMap(
        (e: R) => e.paragraph?.elements ?? [],
      );
      const observed = {
        pageNumber: hasPageNumberField(got) ? 'kept' : 'dropped',
        footer: elements.map((e: R) => (e.autoText ? `autoText:${e.autoText.type}` : (e.textRun?.content ?? '?'))),
        bodyStarts: (got.body?.content ?? []).slice(1).map((e: R) => e.startIndex),
        pageWidth: Math.round(got.documentStyle?.pageSize?.width?.magnitude ?? 0),
      };
      // Either answer is one the add-on handles (dropped: the note); what must hold is the rest.
      const kept = observed.pageNumber === 'kept';
      return {
        observed,
        pass: same(observed, {
          ...observed,
          footer: kept ? ['autoText:PAGE_NUMBER', '\n'] : observed.footer.filter((x: string) => !/^autoText/.test(x)),
          bodyStarts: [1],
          pageWidth: 595,
        }),
      };
    },
  },
  {
    name: 'docs.api.plan',
    area: 'docs',
    source:
      'documents.batchUpdate with insertText, insertTable (the empty-table layout), insertPageBreak, updateParagraphStyle, updateTextStyle, createParagraphBullets, deleteParagraphBullets, updateTableCellStyle, updateTableColumnProperties, updateTableRowStyle, pinTableHeaderRows (https://developers.google.com/docs/api/reference/rest/v1/documents/request)',
    run(ctx) {
      const { id, plan } = apply(ctx, 'PPID conformance: Docs API');
      const body = DocumentApp.openById(id).getBody();
      const texts: string[] = [];
      for (let i = 0; i < body.getNumChildren(); i++) {
        const c = body.getChild(i);
        texts.push(
          c.getType() === DocumentApp.ElementType.TABLE
            ? `[table ${c.asTable().getNumRows()}x${c.asTable().getRow(0).getNumCells()}]`
            : (c as GoogleAppsScript.Document.Paragraph).getText(),
        );
      }
      const table = body.getTables()[0];
      const got = docs().Documents!.get(id) as unknown as Json & { body: { content: Json[] } };
      const content = got.body.content as Array<R>;
      const caption = content.find(
        (e) => (e.paragraph?.elements ?? []).map((x: R) => x.textRun?.content ?? '').join('') === 'Tabel 1. Status\n',
      );
      const t = content.find((e) => e.table)?.table;
      const observed = {
        children: body.getNumChildren() === plan.children,
        texts: texts.filter((x) => x.trim() && !/^Nomor halaman/.test(x)),
        cells: table
          ? [table.getCell(1, 1).getText(), table.getCell(2, 2).getText(), table.getCell(2, 0).getText()]
          : null,
        headerBold: table ? table.getCell(0, 1).editAsText().isBold() : null,
        headerFill: table ? table.getCell(0, 1).getBackgroundColor() : null,
        list: body.getListItems().map((l) => l.getText()),
        captionKeepsWithNext: caption?.paragraph?.paragraphStyle?.keepWithNext ?? null,
        rowsPreventOverflow: t ? t.tableRows.map((r: R) => r.tableRowStyle?.preventOverflow ?? false) : null,
        pinnedHeader: t ? (t.tableRows[0].tableRowStyle?.tableHeader ?? false) : null,
      };
      return {
        observed,
        pass: same(observed, {
          children: true,
          texts: [
            'DAFTAR ISI',
            'BAB I',
            '1.1. Tujuan',
            'BAB I',
            'Hasil utamanya:',
            'satu',
            'dua',
            'Tabel 1. Status',
            '[table 3x3]',
            '1.1. Tujuan',
            'Bandung, 1 Mei 2025',
          ],
          cells: ['Dipenuhi', '2', ''],
          headerBold: true,
          headerFill: '#d2e3fc',
          list: ['satu', 'dua'],
          captionKeepsWithNext: true,
          rowsPreventOverflow: [true, true, true],
          pinnedHeader: true,
        }),
      };
    },
  },
  {
    name: 'docs.api.heading-links',
    area: 'docs',
    source:
      'ParagraphStyle.headingId ("This property is read-only") read by documents.get, then updateTextStyle with link.headingId (https://developers.google.com/docs/api/reference/rest/v1/documents#Link)',
    run(ctx) {
      const { id, plan } = apply(ctx, 'PPID conformance: tautan judul');
      const requests = contentsLinkRequests(docs().Documents!.get(id) as never, plan.contents, 'id');
      if (requests.length) docs().Documents!.batchUpdate({ requests } as never, id);
      const content = (docs().Documents!.get(id) as R).body.content as Array<R>;
      const headingIds = content
        .filter(
          (e) => e.paragraph?.paragraphStyle?.headingId && e.paragraph.elements[0].textRun.content !== 'DAFTAR ISI\n',
        )
        .map((e) => e.paragraph.paragraphStyle.headingId);
      const links = content.flatMap((e) =>
        (e.paragraph?.elements ?? [])
          .map((x: R) => x.textRun?.textStyle?.link?.headingId ?? x.textRun?.textStyle?.link?.heading?.id)
          .filter(Boolean),
      );
      const observed = { requests: requests.length, linksToHeadings: links.length === 2 && same(links, headingIds) };
      return { observed, pass: same(observed, { requests: 2, linksToHeadings: true }) };
    },
  },
  {
    name: 'docs.pdf.title-after-rename',
    area: 'docs',
    source:
      'Document.getAs("application/pdf") after Drive files.update renamed the document: the PDF carries the new name as its title (not documented; issue #24 item 7)',
    run(ctx) {
      const d = createDocInFolder('PPID conformance: nama sementara', ctx.folder());
      ctx.trashLater(d.getId());
      d.getBody().appendParagraph('x');
      d.saveAndClose();
      drive().Files!.update(
        { name: 'PPID conformance nama akhir' },
        d.getId(),
        null as unknown as GoogleAppsScript.Base.Blob,
        {
          supportsAllDrives: true,
        },
      );
      const pdf = DocumentApp.openById(d.getId()).getAs('application/pdf');
      const bytes = pdf.getBytes();
      let latin = '';
      for (let i = 0; i < bytes.length; i++) latin += String.fromCharCode(bytes[i] & 0xff);
      const utf16 = (s: string) =>
        s
          .split('')
          .map((c) => `\u0000${c}`)
          .join('');
      const hex = (s: string) =>
        s
          .split('')
          .map((c) => `00${c.charCodeAt(0).toString(16).toUpperCase()}`)
          .join('');
      const has = (s: string) => latin.includes(s) || latin.includes(utf16(s)) || latin.toUpperCase().includes(hex(s));
      const observed = { finalName: has('PPID conformance nama akhir'), temporaryName: has('nama sementara') };
      return { observed, pass: same(observed, { finalName: true, temporaryName: false }) };
    },
  },
  {
    name: 'docs.api.document-style-landscape',
    area: 'docs',
    source:
      'UpdateDocumentStyleRequest with DocumentStyle.pageSize and fields "pageSize" (https://developers.google.com/docs/api/reference/rest/v1/documents/request#UpdateDocumentStyleRequest): the page becomes A4 landscape, read back by documents.get (documentStyle.pageSize) and by DocumentApp (Body.getPageWidth/getPageHeight); the published DIP relies on it',
    run(ctx) {
      const d = createDocInFolder('PPID conformance: halaman melintang', ctx.folder());
      ctx.trashLater(d.getId());
      const id = d.getId();
      docs().Documents!.batchUpdate(
        { requests: [landscapeRequest(), { insertText: { location: { index: 1 }, text: 'x' } }] } as never,
        id,
      );
      const size = (docs().Documents!.get(id) as R).documentStyle.pageSize;
      const body = DocumentApp.openById(id).getBody();
      const round = (v: number) => Math.round(v);
      const observed = {
        api: [round(size.width.magnitude), round(size.height.magnitude)],
        documentApp: [round(body.getPageWidth()), round(body.getPageHeight())],
      };
      return { observed, pass: same(observed, { api: [842, 595], documentApp: [842, 595] }) };
    },
  },
];
