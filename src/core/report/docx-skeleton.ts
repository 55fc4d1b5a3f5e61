// The report's skeleton: a minimal .docx the add-on carries, so that the report document gets the
// page-number field that neither DocumentApp nor the Docs API can insert (AutoText is read-only
// in the Docs API, DocumentApp calls a page number an UnsupportedElement: google.md §1.11).
// Drive imports it as a Google Doc ("If a file is created with a Google Doc MIME type, the
// uploaded content is imported, if possible", Drive API v3, File.mimeType,
// https://developers.google.com/workspace/drive/api/reference/rest/v3/files), and the report is
// then written into it by the usual Docs API requests (docs-requests.ts).
//
// What it holds: one empty paragraph (the body the writer starts at, index 1 as in a new
// Document), an A4 page with Google Docs' default 1-inch margins, the default named style of a
// Google Doc (Arial 11 pt, line spacing 1.15, no space after), and a default footer with one
// centred paragraph holding a PAGE field: the number alone, as Indonesian reports print it.
// Whether Drive's import keeps the field as AutoText PAGE_NUMBER is not documented (one public
// report says it does: PHPOffice/PHPWord#677): the emulator's `docx-drops-page-number` switch and
// the conformance check docs.convert.page-number; the writer reads the footer back and falls back
// to the note when the field is gone.
//
// Built here as text and zipped without compression (method 0, "stored": APPNOTE.TXT §4.4.5), so
// the parts stay readable in review and no library is needed in Apps Script.

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

/** Twips: A4 is 210 × 297 mm = 11906 × 16838; a 1-inch margin is 1440; header/footer at 0.5 in. */
const A4 = { w: 11906, h: 16838 };
const MARGIN = 1440;
const FOOTER_AT = 720;

/** The parts of the skeleton, by their path in the package. */
export function docxSkeletonParts(): Array<[string, string]> {
  return [
    [
      '[Content_Types].xml',
      `${XML}<Types xmlns="${PKG}/content-types">` +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
        '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>' +
        '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>' +
        '</Types>',
    ],
    [
      '_rels/.rels',
      `${XML}<Relationships xmlns="${PKG}/relationships">` +
        `<Relationship Id="rId1" Type="${R}/officeDocument" Target="word/document.xml"/>` +
        '</Relationships>',
    ],
    [
      'word/_rels/document.xml.rels',
      `${XML}<Relationships xmlns="${PKG}/relationships">` +
        `<Relationship Id="rId1" Type="${R}/styles" Target="styles.xml"/>` +
        `<Relationship Id="rId2" Type="${R}/footer" Target="footer1.xml"/>` +
        '</Relationships>',
    ],
    [
      'word/document.xml',
      `${XML}<w:document xmlns:w="${W}" xmlns:r="${R}"><w:body><w:p/>` +
        `<w:sectPr><w:footerReference w:type="default" r:id="rId2"/><w:pgSz w:w="${A4.w}" w:h="${A4.h}"/>` +
        `<w:pgMar w:top="${MARGIN}" w:right="${MARGIN}" w:bottom="${MARGIN}" w:left="${MARGIN}" w:header="${FOOTER_AT}" w:footer="${FOOTER_AT}" w:gutter="0"/>` +
        '</w:sectPr></w:body></w:document>',
    ],
    [
      'word/styles.xml',
      `${XML}<w:styles xmlns:w="${W}"><w:docDefaults>` +
        '<w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="Arial" w:cs="Arial"/><w:sz w:val="22"/><w:szCs w:val="22"/></w:rPr></w:rPrDefault>' +
        '<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault>' +
        '</w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style></w:styles>',
    ],
    [
      'word/footer1.xml',
      `${XML}<w:ftr xmlns:w="${W}" xmlns:r="${R}"><w:p><w:pPr><w:jc w:val="center"/></w:pPr>` +
        '<w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p></w:ftr>',
    ],
  ];
}

function utf8(s: string): number[] {
  const out: number[] = [];
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return out;
}

let CRC_TABLE: number[] | null = null;

/** CRC-32 (ISO 3309, the polynomial zip uses: APPNOTE.TXT §4.4.7). */
export function crc32(bytes: readonly number[]): number {
  if (!CRC_TABLE) {
    CRC_TABLE = [];
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      CRC_TABLE.push(c >>> 0);
    }
  }
  let crc = 0xffffffff;
  for (const b of bytes) crc = CRC_TABLE[(crc ^ b) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

const u16 = (n: number) => [n & 0xff, (n >>> 8) & 0xff];
const u32 = (n: number) => [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff];

/** A zip of the given files, stored (no compression), as bytes 0–255. Fixed date: 1980-01-01. */
export function storedZip(files: ReadonlyArray<[string, string]>): number[] {
  const out: number[] = [];
  const central: number[] = [];
  for (const [name, text] of files) {
    const nameBytes = utf8(name);
    const data = utf8(text);
    const crc = crc32(data);
    const offset = out.length;
    // version 2.0, flags 0x0800 (UTF-8 names), method 0, time 0, date 1980-01-01 (0x21).
    const common = [...u16(20), ...u16(0x0800), ...u16(0), ...u16(0), ...u16(0x21), ...u32(crc)];
    const sizes = [...u32(data.length), ...u32(data.length), ...u16(nameBytes.length), ...u16(0)];
    out.push(...u32(0x04034b50), ...common, ...sizes, ...nameBytes, ...data);
    central.push(...u32(0x02014b50), ...u16(20), ...common, ...sizes, ...u16(0), ...u16(0), ...u16(0));
    central.push(...u32(0), ...u32(offset), ...nameBytes);
  }
  const at = out.length;
  out.push(...central);
  out.push(...u32(0x06054b50), ...u16(0), ...u16(0), ...u16(files.length), ...u16(files.length));
  out.push(...u32(central.length), ...u32(at), ...u16(0));
  return out;
}

/** The skeleton's bytes as Apps Script's blob maker (Utilities' newBlob) takes them (Java bytes, −128…127). */
export function docxSkeletonBytes(): number[] {
  return storedZip(docxSkeletonParts()).map((b) => (b > 127 ? b - 256 : b));
}

/** What documents.get returns that the footer check needs (Document.footers, ParagraphElement.autoText). */
export interface FooterRead {
  documentStyle?: { defaultFooterId?: string };
  footers?: Record<string, { content?: Array<{ paragraph?: { elements?: Array<{ autoText?: { type?: string } }> } }> }>;
}

/**
 * Whether the document's default footer holds a page-number field: a ParagraphElement with
 * `autoText.type` PAGE_NUMBER ("A ParagraphElement representing a spot in the text that's
 * dynamically replaced with content that can change over time, like a page number", AutoText,
 * https://developers.google.com/docs/api/reference/rest/v1/documents#AutoText).
 */
export function hasPageNumberField(doc: FooterRead): boolean {
  const id = doc.documentStyle?.defaultFooterId;
  const footer = id ? doc.footers?.[id] : undefined;
  return (footer?.content ?? []).some((e) =>
    (e.paragraph?.elements ?? []).some((x) => x.autoText?.type === 'PAGE_NUMBER'),
  );
}
