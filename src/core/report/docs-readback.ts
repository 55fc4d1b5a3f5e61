// Round two of the report document: the requests made after documents.get has read round one
// back (the Daftar Isi's links to the headings' server-given IDs, and the note on page numbers when
// the footer holds no page-number field). Built as data, like round one (docs-requests.ts).
import type { Lang } from '../types';
import { translator } from './labels';
import {
  type DocsPlan,
  type DocsRequest,
  type ImageSlot,
  cleanText,
  insert,
  paragraphStyle,
  range,
  textStyle,
} from './docs-requests';

/** What documents.get returns that the links need (https://developers.google.com/docs/api/reference/rest/v1/documents#Document). */
export interface DocsDocumentRead {
  documentStyle?: { defaultFooterId?: string };
  body?: {
    content?: Array<{
      startIndex?: number;
      paragraph?: {
        elements?: Array<{ textRun?: { content?: string } }>;
        paragraphStyle?: { namedStyleType?: string; headingId?: string };
      };
    }>;
  };
}

/**
 * Round two: each Daftar Isi line linked to its heading. A heading's ID is given by the server
 * ("headingId … This property is read-only", ParagraphStyle), so it is read back from
 * documents.get after round one. Lines and headings are matched in order by their text; a line
 * whose heading cannot be found stays unlinked (never linked to the wrong heading).
 */
export function contentsLinkRequests(
  doc: DocsDocumentRead,
  contents: ReadonlyArray<{ text: string; level: number }>,
  lang: Lang,
): DocsRequest[] {
  const paras = bodyParagraphs(doc);
  const title = translator(lang)('doc.contents');
  const top = paras.findIndex((p) => p.named === 'HEADING_1' && p.text === title);
  if (top < 0) return [];
  const lines = paras.slice(top + 1, top + 1 + contents.length);
  // The headings before the Daftar Isi (the foreword) and after it, in document order.
  const headings = [...paras.slice(0, top), ...paras.slice(top + 1 + contents.length)].filter(
    (p) => /^HEADING_[1-3]$/.test(p.named) && p.headingId,
  );
  const out: DocsRequest[] = [];
  let h = 0;
  contents.forEach((c, i) => {
    const line = lines[i];
    if (!line || line.text !== c.text || !c.text) return;
    let j = h;
    while (j < headings.length && headings[j].text !== c.text) j++;
    if (j >= headings.length) return;
    h = j + 1;
    out.push({
      updateTextStyle: {
        range: range(line.start, line.start + c.text.length),
        textStyle: { link: { headingId: headings[j].headingId } },
        fields: 'link',
      },
    });
  });
  return out;
}

/**
 * The note asking the officer to insert page numbers, as the paragraph after the Daftar Isi's last
 * line, for a document whose footer has no page-number field (docx-skeleton.ts: the writer reads
 * the footer back with the headings). Applied after the links, in the same batch: it is inserted
 * after every linked line, so no link moves. A default footer, which then holds no page number,
 * is deleted ("Deletes a Footer from the document", DeleteFooterRequest). The pictures' places below it move down by one; the
 * returned slots say where they are. No note (and the slots as they were) when the Daftar Isi
 * cannot be found as written.
 */
export function pageNumberNoteRequests(
  doc: DocsDocumentRead,
  plan: Pick<DocsPlan, 'contents' | 'images' | 'contentsChild'>,
  lang: Lang,
): { requests: DocsRequest[]; images: ImageSlot[] } {
  const paras = bodyParagraphs(doc);
  const tr = translator(lang);
  const top = paras.findIndex((p) => p.named === 'HEADING_1' && p.text === tr('doc.contents'));
  const lastText = plan.contents.length ? plan.contents[plan.contents.length - 1].text : tr('doc.contents');
  const last = top < 0 ? undefined : paras[top + plan.contents.length];
  if (!last || last.text !== lastText) return { requests: [], images: plan.images };
  const note = cleanText(tr('doc.pageNumbersMissing'));
  const at = last.start + last.text.length;
  const p = at + 1;
  const requests: DocsRequest[] = [
    // A footer without the field may hold the field's last shown text ("1" on every page): gone.
    ...(doc.documentStyle?.defaultFooterId ? [{ deleteFooter: { footerId: doc.documentStyle.defaultFooterId } }] : []),
    insert(at, `\n${note}`),
    paragraphStyle(p, p + note.length + 1, { align: 'JUSTIFIED' }),
    textStyle(p, p + note.length, { placeholder: true }),
  ];
  const images = plan.images.map((s) =>
    s.child > plan.contentsChild
      ? { ...s, child: s.child + 1, paragraph: s.paragraph + 1, paragraphOutsideTables: s.paragraphOutsideTables + 1 }
      : s,
  );
  return { requests, images };
}

/** The body's paragraphs as documents.get gives them: start index, text, named style, heading ID. */
function bodyParagraphs(doc: DocsDocumentRead) {
  return (doc.body?.content ?? [])
    .filter((e) => e.paragraph)
    .map((e) => ({
      start: e.startIndex ?? 0,
      text: (e.paragraph!.elements ?? [])
        .map((x) => x.textRun?.content ?? '')
        .join('')
        .replace(/\n$/, ''),
      named: e.paragraph!.paragraphStyle?.namedStyleType ?? 'NORMAL_TEXT',
      headingId: e.paragraph!.paragraphStyle?.headingId,
    }));
}
