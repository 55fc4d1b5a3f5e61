// A letter's closing and its signature block kept on one page (issue #24 item 12), as Docs API
// requests built from what documents.get returns for the filled letter.
//
// The signature block is the run of paragraphs at the end of the body that are empty, indented
// to the right half of the page or aligned to the end (the built-in templates indent it; a unit
// that edits its template usually keeps one of the three). The last paragraph with text before
// that run is the closing ("Apabila Saudara keberatan …"). Every paragraph from the closing to the
// end gets keepLinesTogether, and all but the last keepWithNext: "Whether at least a part of
// this paragraph should be laid out on the same page or column as the next paragraph if
// possible" (ParagraphStyle, https://developers.google.com/docs/api/reference/rest/v1/documents#ParagraphStyle).
// A letter that runs past one page then carries its signature block whole onto the last page.
// A template whose signature is neither indented nor aligned to the end gets no request.

/** One request of documents.batchUpdate. */
export type LetterDocsRequest = Record<string, unknown>;

interface ReadParagraph {
  startIndex?: number;
  endIndex?: number;
  paragraph?: {
    elements?: Array<{ textRun?: { content?: string }; inlineObjectElement?: unknown }>;
    paragraphStyle?: { alignment?: string; indentStart?: { magnitude?: number } };
  };
  table?: unknown;
}

/** What documents.get returns that the rule reads. */
export interface LetterDocRead {
  body?: { content?: ReadParagraph[] };
}

/** Points from the left margin at which a paragraph counts as set to the right: the middle of an A4 text column. */
export const SIGNATURE_INDENT_MIN = 200;

export function signatureKeepRequests(doc: LetterDocRead): LetterDocsRequest[] {
  const content = doc.body?.content ?? [];
  const text = (e: ReadParagraph) =>
    (e.paragraph?.elements ?? [])
      .map((x) => x.textRun?.content ?? (x.inlineObjectElement ? '\ufffc' : ''))
      .join('')
      .replace(/\n$/, '');
  const inBlock = (e: ReadParagraph) => {
    if (!e.paragraph) return false;
    const s = e.paragraph.paragraphStyle ?? {};
    return !text(e).trim() || s.alignment === 'END' || (s.indentStart?.magnitude ?? 0) >= SIGNATURE_INDENT_MIN;
  };
  let first = content.length;
  while (first > 0 && inBlock(content[first - 1])) first--;
  // Nothing set to the right at the end: no signature block to keep.
  const block = content.slice(first);
  if (!block.some((e) => text(e).trim())) return [];
  // The closing: the last paragraph with text before the block (a table ends the search).
  let closing = first - 1;
  while (closing >= 0 && content[closing].paragraph && !text(content[closing]).trim()) closing--;
  const from = closing >= 0 && content[closing].paragraph ? closing : first;
  const last = content[content.length - 1];
  const start = content[from].startIndex ?? 0;
  // Short of the body's final newline, which no request may take in its range.
  const end = Math.max(start + 1, (last.endIndex ?? start + 1) - 1);
  const out: LetterDocsRequest[] = [
    {
      updateParagraphStyle: {
        range: { startIndex: start, endIndex: end },
        paragraphStyle: { keepLinesTogether: true },
        fields: 'keepLinesTogether',
      },
    },
  ];
  const lastStart = last.startIndex ?? end;
  if (lastStart > start) {
    out.push({
      updateParagraphStyle: {
        range: { startIndex: start, endIndex: lastStart },
        paragraphStyle: { keepWithNext: true },
        fields: 'keepWithNext',
      },
    });
  }
  return out;
}
