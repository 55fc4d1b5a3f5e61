// A copy of a Google Doc this officer can open but whose file their add-on cannot reach through
// the Drive API: a colleague's letter template. drive.file grants are per person ("per-file access
// to files created or opened by the app", granted "on a per-user basis", Drive API scopes page,
// https://developers.google.com/drive/api/guides/about-auth), so files.copy answers "File not found"
// for a template another officer's add-on made, while DocumentApp.openById opens any Doc the
// officer can see (the documents scope: "See, edit, create, and delete all your Google Docs
// documents"). The copy is made the way the Document service offers: a new Doc made by the Drive
// API in the folder, then each element's copy() appended (Element.copy: "Returns a detached, deep
// copy of the current element"), with the page size and margins, the header and the footer.
import { ALL_DRIVES, createDocInFolder, drive, driveDisabledError, trashFile } from './drive';

type Document = GoogleAppsScript.Document.Document;
type Section = GoogleAppsScript.Document.Body | GoogleAppsScript.Document.HeaderSection;

/** The new Doc's ID: a Drive copy of the template, or, when Drive cannot reach it for this officer, a copy by content. */
export function copyTemplate(templateId: string, folderId: string, name: string): string {
  try {
    return drive().Files!.copy({ name, parents: [folderId] }, templateId, ALL_DRIVES).id!;
  } catch (err) {
    if (driveDisabledError(err) || (err as Error).name === 'UserError') throw err;
    let source: Document;
    try {
      source = DocumentApp.openById(templateId);
    } catch (_) {
      throw err;
    }
    const doc = createDocInFolder(name, folderId);
    try {
      copyContent(source, doc);
      doc.saveAndClose();
    } catch (copyErr) {
      try {
        trashFile(doc.getId());
      } catch (_) {
        // The copy's own failure is the one to report.
      }
      throw copyErr;
    }
    return doc.getId();
  }
}

function copyContent(source: Document, target: Document): void {
  const from = source.getBody();
  const to = target.getBody();
  to.setPageWidth(from.getPageWidth())
    .setPageHeight(from.getPageHeight())
    .setMarginTop(from.getMarginTop())
    .setMarginBottom(from.getMarginBottom())
    .setMarginLeft(from.getMarginLeft())
    .setMarginRight(from.getMarginRight());
  copySection(from, to);
  const header = source.getHeader();
  if (header) copySection(header, target.getHeader() ?? target.addHeader());
  const footer = source.getFooter();
  if (footer) copySection(footer, (target.getFooter() ?? target.addFooter()) as unknown as Section);
}

/** Appends copies of every element of `from` to `to`, then drops the empty paragraph `to` started with. */
function copySection(from: Section, to: Section): void {
  const T = DocumentApp.ElementType;
  const start = to.getNumChildren();
  const n = from.getNumChildren();
  for (let i = 0; i < n; i++) {
    const child = from.getChild(i);
    const type = child.getType();
    if (type === T.PARAGRAPH) to.appendParagraph(child.copy().asParagraph());
    else if (type === T.LIST_ITEM) to.appendListItem(child.copy().asListItem());
    else if (type === T.TABLE) to.appendTable(child.copy().asTable());
  }
  // A new section holds one empty paragraph; the template's own content replaces it.
  for (let i = start - 1; i >= 0 && to.getNumChildren() > 1; i--) {
    const first = to.getChild(i);
    if (first.getType() === T.PARAGRAPH && first.asParagraph().getText() === '') first.removeFromParent();
  }
}
