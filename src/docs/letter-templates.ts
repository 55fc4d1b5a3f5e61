// The letter templates: one Google Doc per kind in the letters folder, made on first use from
// the built-in wording (core/letters/builtin.ts). From then on the unit's Doc is the template:
// its wording and layout are used as they are and never overwritten by an update of the add-on.
// An officer who deletes a template gets a fresh one from the built-in text the next time.
//
// The logo is uploaded once in the dialog. Under drive.file the add-on could not read a logo
// file an officer put in Drive by hand, and whether the Advanced Drive service hands back an
// image's bytes intact is undocumented, so the logo is not read back from Drive: the upload puts
// it into every template (letters are copies of templates and carry it), and the file saved in
// the letters folder is the unit's record of it. A template made later takes the logo from a
// sibling template (DocumentApp reads Docs the add-on made).
import {
  BUILTIN_TEMPLATES,
  KOP_LINES,
  LOGO_TOKEN,
  LETTER_KINDS,
  LETTER_TITLES,
  tokenPattern,
  type Block,
  type LetterKind,
} from '../core/letters';
import { ALL_DRIVES, createDocInFolder, drive, trashFile, withDrive } from './drive';
import { UserError } from '../core/errors';
import { officerEmail } from '../platform/officer';
import { shareWithOffice } from './files';

type Body = GoogleAppsScript.Document.Body;
type Blob = GoogleAppsScript.Base.Blob;

const TEMPLATES_KEY = 'ppid.letters.templates';
const LOGO_KEY = 'ppid.letters.logo';
const TEMPLATE_MAKERS_KEY = 'ppid.letters.templates.by';
/** Alt title that marks the letterhead's logo, so a new upload can replace it. */
export const LOGO_ALT = 'Logo kop surat';
const LOGO_HEIGHT = 64;
const SIGN_INDENT = 270;

function props() {
  return PropertiesService.getDocumentProperties();
}

export function templateName(kind: LetterKind): string {
  return `Templat - ${LETTER_TITLES[kind]}`;
}

export function templateIds(): Partial<Record<LetterKind, string>> {
  try {
    return JSON.parse(props().getProperty(TEMPLATES_KEY) || '{}') as Partial<Record<LetterKind, string>>;
  } catch (_) {
    return {};
  }
}

/** Who made each template (the officer's address from Drive's About), for the officer who cannot open it. */
function templateMakers(): Partial<Record<LetterKind, string>> {
  try {
    return JSON.parse(props().getProperty(TEMPLATE_MAKERS_KEY) || '{}') as Partial<Record<LetterKind, string>>;
  } catch (_) {
    return {};
  }
}

function rememberTemplate(kind: LetterKind, id: string): void {
  props().setProperty(TEMPLATES_KEY, JSON.stringify({ ...templateIds(), [kind]: id }));
  props().setProperty(TEMPLATE_MAKERS_KEY, JSON.stringify({ ...templateMakers(), [kind]: officerEmail() }));
}

/** Whether this officer can open the Doc with DocumentApp (the documents scope reaches any Doc they can see). */
function docOpens(id: string): boolean {
  try {
    DocumentApp.openById(id);
    return true;
  } catch (_) {
    return false;
  }
}

/** A Drive file of ours that is there and not in the trash (asked twice: a passing error is not "gone"). */
export function fileAlive(id: string | undefined | null): boolean {
  if (!id) return false;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      return !withDrive(() => drive().Files!.get(id, { ...ALL_DRIVES, fields: 'id,trashed' })).trashed;
    } catch (err) {
      // Gone, or a passing error: once more. A Drive switched off is neither.
      if ((err as Error).name === 'UserError') throw err;
    }
  }
  return false;
}

/** The kind's template ID, making the template from the built-in text when there is none. */
export function ensureTemplate(
  folderId: string,
  kind: LetterKind,
  shareWith: () => string[] = () => [],
): { id: string; created: boolean } {
  const known = templateIds()[kind];
  if (known && fileAlive(known)) return { id: known, created: false };
  if (known) {
    // Not reachable through the Drive API for this officer: drive.file grants are per person
    // ("per-file access to files created or opened by the app", Drive API scopes page), so a
    // colleague's template answers like a deleted one. Only its maker can tell it is gone; anyone
    // else making a fresh one would replace the unit's edited template for everybody.
    const maker = templateMakers()[kind] ?? '';
    const me = officerEmail();
    if (!(maker && me && maker.toLowerCase() === me.toLowerCase())) {
      if (docOpens(known)) return { id: known, created: false };
      throw maker
        ? new UserError('err.templateOfColleague', { template: templateName(kind), owner: maker })
        : new UserError('err.templateOfUnknown', { template: templateName(kind) });
    }
  }
  const doc = createDocInFolder(templateName(kind), folderId);
  try {
    writeTemplate(doc.getBody(), BUILTIN_TEMPLATES[kind]);
    const logo = siblingLogo(kind);
    if (logo) placeLogo(doc.getBody(), logo);
    doc.saveAndClose();
    rememberTemplate(kind, doc.getId());
    // The unit's template holds no applicant's data (the letters folder it sits in does, and is
    // never shared): the register's other editors may read it, so their letters use it (#26).
    shareWithOffice(doc.getId(), shareWith(), 'reader');
  } catch (err) {
    // A half-written template, or one the add-on would not find again, must not stay.
    try {
      trashFile(doc.getId());
    } catch (_) {
      // The original error is the one worth reporting.
    }
    throw err;
  }
  return { id: doc.getId(), created: true };
}

/** Lays the built-in blocks out in a document: letterhead table, titles, field tables, signature. */
export function writeTemplate(body: Body, blocks: Block[]): void {
  const A = DocumentApp.HorizontalAlignment;
  // A paragraph right under a field table would touch its last row (a table has no spacing of its
  // own): the next paragraph of text takes a space above. Section markers are skipped, since
  // they are removed from the letter.
  let afterTable = false;
  const para = (
    text: string,
    opts: {
      align?: GoogleAppsScript.Document.HorizontalAlignment;
      bold?: boolean;
      size?: number;
      indent?: number;
      marker?: boolean;
    } = {},
  ) => {
    const p = body
      .appendParagraph(text)
      .setAlignment(opts.align ?? A.JUSTIFY)
      .setSpacingAfter(3)
      // Single line spacing (Docs' default is 1.15): the letter keeps to one page.
      .setLineSpacing(1);
    if (afterTable && !opts.marker) {
      p.setSpacingBefore(6);
      afterTable = false;
    }
    if (opts.bold) p.editAsText().setBold(true);
    if (opts.size) p.editAsText().setFontSize(opts.size);
    if (opts.indent) p.setIndentStart(opts.indent);
    return p;
  };
  const write = (bs: Block[]) => {
    for (const b of bs) {
      switch (b.t) {
        case 'kop': {
          const table = body.appendTable([[LOGO_TOKEN, KOP_LINES[0]]]);
          table.setBorderWidth(0).setColumnWidth(0, 80);
          table.getCell(0, 0).getChild(0).asParagraph().setAlignment(A.CENTER);
          const right = table.getCell(0, 1);
          const sizes = [12, 14, 9, 9];
          KOP_LINES.forEach((line, i) => {
            const p = i === 0 ? right.getChild(0).asParagraph() : right.appendParagraph(line);
            p.setAlignment(A.CENTER).setSpacingAfter(0);
            p.editAsText()
              .setFontSize(sizes[i])
              .setBold(i < 2);
          });
          body.appendHorizontalRule();
          break;
        }
        case 'title':
          para(b.text, { align: A.CENTER, bold: true, size: 12 });
          break;
        case 'center':
          para(b.text, { align: A.CENTER, bold: b.bold });
          break;
        case 'p':
          para(b.text, {
            align: b.align === 'right' ? A.RIGHT : b.align === 'left' ? A.LEFT : A.JUSTIFY,
            bold: b.bold,
          });
          break;
        case 'fields': {
          const table = body.appendTable(b.rows.map(([label, value]) => [label, ':', value]));
          table.setBorderWidth(0).setColumnWidth(0, 140).setColumnWidth(1, 12);
          // Docs pads every cell by 5 pt; label/value rows read as lines of the letter with less.
          for (let r = 0; r < b.rows.length; r++) {
            for (let c = 0; c < 3; c++) table.getCell(r, c).setPaddingTop(1).setPaddingBottom(1);
          }
          afterTable = true;
          break;
        }
        case 'if': {
          // The paragraph after a section follows a table when the section is left out and a
          // table came before it, or when the section is kept and ends with one.
          const tableBefore = afterTable;
          para(`{{${b.not ? '^' : '#'}${b.flag}}}`, { align: A.LEFT, marker: true });
          write(b.body);
          para(`{{/${b.flag}}}`, { align: A.LEFT, marker: true });
          afterTable = afterTable || tableBefore;
          break;
        }
        case 'sign':
          for (const line of b.lines) para(line, { align: A.LEFT, indent: SIGN_INDENT }).setSpacingAfter(0);
          break;
        case 'gap':
          para('', { align: A.LEFT });
          break;
      }
    }
  };
  // A letter fits one A4 page (issue #24 item 12: a request text of ~600 characters, a refusal
  // with its consequence test): margins of about 1.5 cm (top, bottom), 2 cm (right) and 2.5 cm
  // (left), 3 pt between paragraphs. Its closing and signature block are kept together when
  // it is filled (letter-doc.ts), so a longer one carries the signature whole to its last page.
  body.setMarginTop(42).setMarginBottom(42).setMarginLeft(72).setMarginRight(56);
  write(blocks);
  // A new document starts with one empty paragraph: the letterhead belongs at the top.
  const first = body.getChild(0);
  if (
    body.getNumChildren() > 1 &&
    first.getType() === DocumentApp.ElementType.PARAGRAPH &&
    first.asParagraph().getText() === ''
  ) {
    first.removeFromParent();
  }
}

/** Puts the logo where the template's {{logo}} is, or replaces the logo an earlier upload put there. */
export function placeLogo(body: Body, logo: Blob): boolean {
  let paragraph: GoogleAppsScript.Document.Paragraph | null = null;
  const token = body.findText(tokenPattern(LOGO_TOKEN));
  if (token) {
    paragraph = token.getElement().getParent().asParagraph();
    paragraph.setText('');
  } else {
    const old = body.getImages().find((img) => img.getAltTitle() === LOGO_ALT);
    if (!old) return false;
    paragraph = old.getParent().asParagraph();
    old.removeFromParent();
  }
  const image = paragraph.appendInlineImage(logo);
  const ratio = image.getWidth() / Math.max(image.getHeight(), 1);
  image
    .setHeight(LOGO_HEIGHT)
    .setWidth(Math.round(LOGO_HEIGHT * ratio))
    .setAltTitle(LOGO_ALT);
  return true;
}

/** The logo of another template, for a template made after the upload. */
function siblingLogo(kind: LetterKind): Blob | null {
  if (!props().getProperty(LOGO_KEY)) return null;
  const ids = templateIds();
  for (const other of LETTER_KINDS) {
    const id = ids[other];
    if (other === kind || !id || !fileAlive(id)) continue;
    try {
      const image = DocumentApp.openById(id)
        .getBody()
        .getImages()
        .find((img) => img.getAltTitle() === LOGO_ALT);
      if (image) return image.getBlob();
    } catch (_) {
      // That template cannot be opened: try the next.
    }
  }
  return null;
}

export function logoFileId(): string | null {
  return props().getProperty(LOGO_KEY);
}

/**
 * Saves an uploaded logo: the image file in the letters folder (replacing the previous one) and
 * the image in every template, making the templates that do not exist yet. Returns the kinds
 * whose template had no place for a logo (a unit removed {{logo}} and the earlier logo).
 */
export function saveLogo(
  folderId: string,
  logo: Blob,
  shareWith: () => string[] = () => [],
): { fileId: string; skipped: LetterKind[] } {
  const files = drive().Files!;
  const file = withDrive(() =>
    files.create(
      {
        name: `Logo Kop Surat${logo.getContentType() === 'image/jpeg' ? '.jpg' : '.png'}`,
        parents: [folderId],
        mimeType: logo.getContentType() ?? 'image/png',
      },
      logo,
      ALL_DRIVES,
    ),
  );
  const skipped: LetterKind[] = [];
  try {
    for (const kind of LETTER_KINDS) {
      const { id } = ensureTemplate(folderId, kind, shareWith);
      const doc = DocumentApp.openById(id);
      if (!placeLogo(doc.getBody(), logo)) skipped.push(kind);
      doc.saveAndClose();
    }
  } catch (err) {
    try {
      trashFile(file.id!);
    } catch (_) {
      // The upload's own failure is the one to report.
    }
    throw err;
  }
  const previous = props().getProperty(LOGO_KEY);
  props().setProperty(LOGO_KEY, file.id!);
  if (previous && previous !== file.id) {
    try {
      trashFile(previous);
    } catch (_) {
      // Deleted by hand already: nothing to replace.
    }
  }
  return { fileId: file.id!, skipped };
}
