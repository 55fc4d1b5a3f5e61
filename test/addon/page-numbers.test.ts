// Issue #24 item 8: page numbers through the .docx skeleton Drive imports (src/core/report/
// docx-skeleton.ts). Whether the import keeps the PAGE field is not documented: under both
// answers (default: kept; `docx-drops-page-number`: dropped) the report is a usable document,
// the footer has a page number or the Daftar Isi has the note, never both, never neither.
import { addonEmulator, fillRegister, SEED_ROWS } from '../support/harness';
import { recordCalls, visibleFiles } from '../reliability/faults';
import { documentToDocxBuffer, pdfText, renderChartSvg, unzip } from '@ppid-sheets/emulator';
import { DOCX_MIME, docxSkeletonBytes, docxSkeletonParts, hasPageNumberField, translator } from '../../src/core/report';

const NOTE = translator('id')('doc.pageNumbersMissing');

function report(quirks: string[] = []) {
  const em = addonEmulator({ now: '2021-10-11T03:00:00Z', quirks: quirks as never });
  fillRegister(em, SEED_ROWS);
  em.call('setupRegister');
  em.resetCalls();
  const result = em.call('generateReport', { period: '2021-Q3', asOf: '2021-10-11' });
  const calls = em.calls();
  const api = em.services.Docs.Documents.get(result.docId);
  const doc = em.services.DocumentApp.openById(result.docId);
  return { em, result, api, doc, calls };
}

describe('the skeleton', () => {
  test('is a zip whose parts read back as written, with a PAGE field in a centred footer and an A4 page', () => {
    const bytes = Buffer.from(docxSkeletonBytes().map((b) => (b < 0 ? b + 256 : b)));
    const files = unzip(bytes);
    for (const [name, text] of docxSkeletonParts()) expect(files.get(name)?.toString('utf8')).toBe(text);
    const footer = files.get('word/footer1.xml')!.toString('utf8');
    expect(footer).toContain('<w:jc w:val="center"/>');
    expect(footer).toContain('w:instr=" PAGE "');
    expect(files.get('word/document.xml')!.toString('utf8')).toContain('<w:pgSz w:w="11906" w:h="16838"/>');
    // Node's own zip reader agrees on the CRCs: a corrupt archive would not inflate to the same text.
    expect(bytes.readUInt32LE(0)).toBe(0x04034b50);
  });

  test('Drive imports it (emulated): footer AutoText PAGE_NUMBER, unless the switch drops it', () => {
    for (const drop of [false, true]) {
      const em = addonEmulator({ quirks: drop ? ['docx-drops-page-number'] : [] });
      const blob = em.services.Utilities.newBlob(docxSkeletonBytes(), DOCX_MIME, 's.docx');
      const made = em.services.Drive.Files.create(
        { name: 's', mimeType: 'application/vnd.google-apps.document' },
        blob,
      );
      const got = em.services.Docs.Documents.get(made.id);
      expect(hasPageNumberField(got)).toBe(!drop);
      // The body is one empty paragraph at index 1, as in a new document; the page is A4.
      expect(got.body.content.slice(1).map((e: any) => e.startIndex)).toEqual([1]);
      expect(Math.round(got.documentStyle.pageSize.width.magnitude)).toBe(595);
      // Dropped, the field leaves its shown text only.
      const footer = got.footers[got.documentStyle.defaultFooterId].content[0].paragraph.elements;
      expect(footer.map((e: any) => e.textRun?.content ?? e.autoText?.type)).toEqual(
        drop ? ['1\n'] : ['PAGE_NUMBER', '\n'],
      );
    }
  });
});

describe('the report under each answer', () => {
  const kept = report();
  const dropped = report(['docx-drops-page-number']);

  test('kept: the footer numbers the pages, the note is not written', async () => {
    expect(hasPageNumberField(kept.api)).toBe(true);
    expect(kept.doc.getBody().getText()).not.toContain(NOTE);
    // The PDF shows 1, 2, … at the foot of the pages (the emulator's PDF lays the field out).
    const pdf = kept.em.services.DriveApp.getFileById(kept.result.docId).getAs('application/pdf');
    const text = pdfText(Buffer.from(pdf.getBytes()));
    expect(text).toMatch(/\b2\b/);
    // Its .docx, which LibreOffice renders, carries the field.
    const docx = unzip(await documentToDocxBuffer(kept.doc));
    expect([...docx.entries()].some(([n, b]) => /footer/.test(n) && /PAGE/.test(b.toString('utf8')))).toBe(true);
  });

  test('dropped: no footer is left with a stale number, and the Daftar Isi carries the note', () => {
    expect(dropped.api.documentStyle.defaultFooterId).toBeUndefined();
    const body = dropped.doc.getBody().getText();
    expect(body).toContain(NOTE);
    // The note sits right after the Daftar Isi's last line, highlighted, not linked.
    const paras = dropped.doc.getBody().getParagraphs();
    const at = paras.findIndex((p: any) => p.getText() === NOTE);
    expect(paras[at].editAsText().getBackgroundColor(0)).toBe('#fff2cc');
    expect(paras[at].editAsText().getLinkUrl(0)).toBeNull();
    expect(paras[at - 1].getLinkUrl?.() ?? paras[at - 1].editAsText().getLinkUrl(0)).toMatch(/^#heading=/);
  });

  test('both: the same document otherwise, pictures where their captions are', () => {
    const a = kept.doc.getBody().getText();
    const b = dropped.doc.getBody().getText().replace(`${NOTE}\n`, '');
    expect(b).toBe(a);
    for (const { doc } of [kept, dropped]) {
      const body = doc.getBody();
      let pictures = 0;
      for (let i = 0; i < body.getNumChildren(); i++) {
        const c = body.getChild(i);
        if (c.getType() !== 'PARAGRAPH' && String(c.getType()) !== 'PARAGRAPH') continue;
        const p = c.asParagraph();
        const hasImage = [...Array(p.getNumChildren()).keys()].some(
          (k) => String(p.getChild(k).getType()) === 'INLINE_IMAGE',
        );
        // A picture's paragraph is followed by its caption ("Grafik …").
        if (!hasImage) continue;
        pictures++;
        expect(
          body
            .getChild(i + 1)
            .asParagraph()
            .getText(),
        ).toMatch(/^(Grafik|Gambar|Chart)/);
      }
      expect(pictures).toBe(4);
    }
  });

  test('the import costs one call more than a blank document (the blob); the quarterly stays ≤ 400', () => {
    const { calls } = kept;
    expect(calls.byMethod['Utilities.newBlob']).toBeGreaterThanOrEqual(1);
    expect(calls.total).toBeLessThanOrEqual(400);
  });
});

describe('pie charts (#24 item 3, leftover): counts on the slices, the one percentage in the table', () => {
  const { em, result } = report();
  const charts = em.spreadsheet.getSheetByName(result.recapSheet).getCharts();
  const isPie = (c: any) => c._spec.type._name === 'PIE';
  const pies = charts.filter(isPie);

  test('every pie, and only the pies, says pieSliceText value', () => {
    expect(pies.length).toBeGreaterThan(0);
    for (const c of charts) expect(c.getOptions().get('pieSliceText') ?? null).toBe(isPie(c) ? 'value' : null);
  });

  test("the emulator's picture of a pie labels its slices with counts, never a percent sign", () => {
    for (const c of pies) {
      const svg = renderChartSvg(c._data());
      const labels = [...svg.matchAll(/class="slice-label"[^>]*>([^<]*)</g)].map((m: RegExpMatchArray) => m[1]);
      expect(labels.length).toBeGreaterThan(0);
      for (const l of labels) expect(l).toMatch(/^\d+$/);
    }
  });
});

describe('faults at the new calls', () => {
  // The run's calls around the import: the skeleton's blob, its files.create, its openById.
  const em = addonEmulator({ now: '2021-10-11T03:00:00Z' });
  fillRegister(em, SEED_ROWS);
  em.call('setupRegister');
  // A regeneration, as every faulty run below is (the first report also makes the folder).
  em.call('generateReport', { period: '2021-Q3', asOf: '2021-10-11' });
  em.resetCalls();
  const sequence = recordCalls(em, () => em.call('generateReport', { period: '2021-Q3', asOf: '2021-10-11' }));
  const blob = sequence.indexOf('Utilities.newBlob') + 1;
  const points = { blob, create: blob + 1, open: blob + 2 };

  test('the import is where the run says', () => {
    expect(sequence.slice(blob - 1, blob + 2)).toEqual([
      'Utilities.newBlob',
      'Drive.Files.create',
      'DocumentApp.openById',
    ]);
  });

  test.each(Object.entries(points))(
    'a fault at the %s call: a blank document with the note, nothing else left',
    (_, at) => {
      em.resetCalls();
      em.rt.failAtCall = at;
      let result: any;
      try {
        result = em.call('generateReport', { period: '2021-Q3', asOf: '2021-10-11' });
      } finally {
        em.rt.failAtCall = null;
      }
      const doc = em.services.DocumentApp.openById(result.docId);
      expect(doc.getBody().getText()).toContain(NOTE);
      expect(doc.getFooter()).toBeNull();
      // Only the period's three files are visible: no imported document left behind.
      const docs = visibleFiles(em).filter((f: any) => f.mimeType === 'application/vnd.google-apps.document');
      expect(docs.map((f: any) => f.id)).toEqual([result.docId]);
      expect(visibleFiles(em).filter((f: any) => /\(sedang dibuat\)/.test(f.name))).toEqual([]);
    },
  );
});
