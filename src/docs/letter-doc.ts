// Making one letter: a copy of the kind's template in the letters folder, its sections and
// placeholders filled from the core's data, saved, and its PDF beside it. The copy keeps the
// unit's wording and layout; only the {{…}} tokens change. Nothing half-made stays: a failure
// trashes what this run made.
import {
  scanTemplate,
  checkSections,
  linesToRemove,
  unknownNames,
  tokenPattern,
  inlineValue,
  paragraphValue,
  SECTION_MARKER_PATTERN,
  type TemplateData,
  type TemplateToken,
  type TemplateIssue,
  signatureKeepRequests,
} from '../core/letters';
import { UserError } from '../core/errors';
import { ALL_DRIVES, drive, trashFile, withDrive } from './drive';
import { copyTemplate } from './doc-copy';

type Body = GoogleAppsScript.Document.Body;
type Section =
  | GoogleAppsScript.Document.Body
  | GoogleAppsScript.Document.HeaderSection
  | GoogleAppsScript.Document.FooterSection;

export interface LetterFiles {
  docId: string;
  docUrl: string;
  pdfId: string;
  pdfUrl: string;
}

/** Trashes files a failed run made (kept 30 days in Drive's trash), never throwing over the real error. */
export function trashQuietly(ids: Array<string | null | undefined>): void {
  for (const id of ids) {
    if (!id) continue;
    try {
      trashFile(id);
    } catch (_) {
      // The original error is the one worth reporting.
    }
  }
}

/** What the template held that the add-on does not know: reported to the officer, left out of the letter. */
export interface FillReport {
  unknownValues: string[];
  unknownSections: string[];
}

/**
 * Copies the template into the folder, fills it and saves its PDF there. Throws a UserError
 * naming the template's broken sections (nothing is left behind then).
 */
export function makeLetterFiles(
  templateId: string,
  folderId: string,
  name: string,
  data: TemplateData,
  templateLabel: string,
): { files: LetterFiles; report: FillReport } {
  return withDrive(() => makeFiles(templateId, folderId, name, data, templateLabel));
}

function makeFiles(
  templateId: string,
  folderId: string,
  name: string,
  data: TemplateData,
  templateLabel: string,
): { files: LetterFiles; report: FillReport } {
  const files = drive().Files!;
  let docId: string | null = null;
  let pdfId: string | null = null;
  try {
    // files.copy makes the copy through the Drive API, so under drive.file it is the add-on's own
    // file: https://developers.google.com/workspace/drive/api/reference/rest/v3/files/copy. A
    // colleague's template this officer's add-on cannot reach is copied by content (doc-copy.ts).
    docId = copyTemplate(templateId, folderId, name);
    const doc = DocumentApp.openById(docId);
    const report = fillDocument(doc, data, templateLabel);
    doc.saveAndClose();
    keepSignatureTogether(docId);
    pdfId = files.create(
      { name: `${name}.pdf`, parents: [folderId], mimeType: 'application/pdf' },
      DocumentApp.openById(docId).getAs('application/pdf'),
      ALL_DRIVES,
    ).id!;
    return {
      files: {
        docId,
        docUrl: `https://docs.google.com/document/d/${docId}/edit`,
        pdfId,
        pdfUrl: `https://drive.google.com/file/d/${pdfId}/view`,
      },
      report,
    };
  } catch (err) {
    trashQuietly([pdfId, docId]);
    throw err;
  }
}

/**
 * The closing and the signature block on one page (core/letters/pagination.ts), through the Docs
 * API after DocumentApp saved the filled letter; DocumentApp has no keep-with-next. The PDF is
 * then taken from the document opened anew (a Document opened before holds a stale view).
 */
function keepSignatureTogether(docId: string): void {
  if (typeof Docs === 'undefined' || !Docs) throw new UserError('err.docsDisabled');
  const requests = signatureKeepRequests(Docs.Documents!.get(docId) as never);
  if (requests.length) Docs.Documents!.batchUpdate({ requests } as never, docId);
}

function templateError(label: string, issues: TemplateIssue[]): UserError {
  const i = issues[0];
  return new UserError(`letter.template.${i.code}`, { template: label, marker: i.name });
}

/** Fills a document that is a copy of a template: sections in the body, placeholders everywhere. */
export function fillDocument(
  doc: GoogleAppsScript.Document.Document,
  data: TemplateData,
  templateLabel: string,
): FillReport {
  const body = doc.getBody();
  const sections: Section[] = [body];
  const header = doc.getHeader();
  const footer = doc.getFooter();
  if (header) sections.push(header);
  if (footer) sections.push(footer);
  const texts = sections.map((s) => s.getText());
  const scans = texts.map(scanTemplate);
  // Sections work on the body's paragraphs; in a header or footer they would have nowhere to go.
  for (let i = 1; i < scans.length; i++) {
    const marker = scans[i].tokens.find((t) => t.kind !== 'value');
    if (marker) throw templateError(templateLabel, [{ code: 'section.inline', name: marker.name, line: marker.line }]);
  }
  const markers = findMarkers(body, templateLabel);
  const issues = checkSections(markers);
  if (issues.length) throw templateError(templateLabel, issues);

  const unknownValues: string[] = [];
  const unknownSections: string[] = [];
  for (const scan of scans) {
    const u = unknownNames(scan, data);
    for (const n of u.values) if (!unknownValues.includes(n)) unknownValues.push(n);
    for (const n of u.sections) if (!unknownSections.includes(n)) unknownSections.push(n);
  }

  removeSections(body, markers, data.flags);
  sections.forEach((section, i) => {
    const seen = new Set<string>();
    for (const tk of scans[i].tokens) {
      if (tk.kind !== 'value' || seen.has(tk.raw)) continue;
      seen.add(tk.raw);
      fillToken(section, tk, data.values[tk.name]);
    }
  });
  return { unknownValues, unknownSections };
}

/** The body's section markers, in document order, each with its paragraph's index as its "line". */
function findMarkers(body: Body, templateLabel: string): TemplateToken[] {
  const out: TemplateToken[] = [];
  let hit = body.findText(SECTION_MARKER_PATTERN);
  while (hit) {
    const el = hit.getElement();
    const raw = el
      .asText()
      .getText()
      .slice(hit.getStartOffset(), hit.getEndOffsetInclusive() + 1);
    const token = scanTemplate(raw).tokens[0];
    const paragraph = el.getParent();
    const container = paragraph.getParent();
    const alone = paragraph.getText().trim() === raw && container.getType() === DocumentApp.ElementType.BODY_SECTION;
    if (!alone) throw templateError(templateLabel, [{ code: 'section.inline', name: token.name, line: -1 }]);
    out.push({ ...token, line: body.getChildIndex(paragraph) });
    hit = body.findText(SECTION_MARKER_PATTERN, hit);
  }
  return out;
}

function removeSections(body: Body, markers: TemplateToken[], flags: Record<string, boolean>): void {
  if (!markers.length) return;
  const drop = [...linesToRemove(markers, flags)].sort((a, b) => b - a);
  let count = body.getNumChildren();
  for (const index of drop) {
    const child = body.getChild(index);
    if (index === count - 1) {
      // Docs keeps a last paragraph in every section, so it cannot be removed: it is emptied and
      // merged into the paragraph before it. Left empty, it is a line after the signature that
      // can spill onto a blank second page. Whether Docs merges a section's last paragraph is
      // not documented (emulator quirk no-merge-last-paragraph): where it refuses, the empty
      // paragraph stays.
      const last = child.asParagraph();
      last.setText('');
      try {
        if (last.getPreviousSibling()?.getType() === DocumentApp.ElementType.PARAGRAPH) {
          last.merge();
          count -= 1;
        }
      } catch (_) {
        // Refused: the empty paragraph stays.
      }
      continue;
    }
    child.removeFromParent();
    count -= 1;
  }
}

/** The replacement string of replaceText is unambiguous only without $ and \ (no source says how Docs reads them). */
const PLAIN = /^[^$\\]*$/;

function fillToken(section: Section, tk: TemplateToken, value: string | string[] | undefined): void {
  const pattern = tokenPattern(tk.raw);
  const paragraphs = paragraphValue(value);
  if (Array.isArray(value) && paragraphs.length === 1 && !paragraphs[0]) {
    // A list of no paragraphs (no ministry or parent body above the unit's name): where the
    // placeholder stands alone, its paragraph goes, unless it is its container's only one.
    let hit = section.findText(pattern);
    while (hit) {
      const paragraph = hit.getElement().getParent();
      const parent = paragraph.getParent() as unknown as GoogleAppsScript.Document.Body;
      if (paragraph.getText().trim() !== tk.raw || parent.getNumChildren() < 2) break;
      paragraph.removeFromParent();
      hit = section.findText(pattern);
    }
  } else if (paragraphs.length > 1) {
    // A value of several paragraphs (a consequence test, a reason): where the placeholder stands
    // alone in its paragraph, the paragraph is repeated for each one, keeping its formatting.
    let hit = section.findText(pattern);
    while (hit) {
      const paragraph = hit.getElement().getParent();
      const text = paragraph.getText();
      if (text.trim() !== tk.raw || paragraph.getType() !== DocumentApp.ElementType.PARAGRAPH) break;
      const p = paragraph.asParagraph();
      const parent = p.getParent() as unknown as GoogleAppsScript.Document.Body;
      let at = parent.getChildIndex(p);
      writeLiteral(p, paragraphs[0]);
      for (const more of paragraphs.slice(1)) {
        const copy = p.copy();
        parent.insertParagraph(++at, copy);
        writeLiteral(copy, more);
      }
      hit = section.findText(pattern);
    }
  }
  const inline = inlineValue(value);
  if (PLAIN.test(inline)) {
    section.replaceText(pattern, inline);
    return;
  }
  // A value with $ or \: inserted literally at each occurrence instead.
  let guard = 0;
  let hit = section.findText(pattern);
  while (hit && guard++ < 1000) {
    const text = hit.getElement().asText();
    const start = hit.getStartOffset();
    text.deleteText(start, hit.getEndOffsetInclusive());
    if (inline) text.insertText(start, inline);
    hit = section.findText(pattern, hit);
  }
}

/** Replaces a paragraph's whole text with `s`, literally. */
function writeLiteral(p: GoogleAppsScript.Document.Paragraph, s: string): void {
  const text = p.editAsText();
  const length = text.getText().length;
  if (s) text.insertText(length, s);
  if (length) text.deleteText(0, length - 1);
}
