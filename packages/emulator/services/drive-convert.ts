// Drive's import of a .docx into a Google Doc (Drive.Files.create with the Google Docs MIME type
// and the file as content: "If a file is created with a Google Doc MIME type, the uploaded content
// is imported, if possible", Drive API v3, File.mimeType). The part the add-on uses: the body's
// paragraphs (text, bold, italic, alignment), the page size and margins of the last section, the
// default header and footer, and the PAGE / NUMPAGES fields, simple (w:fldSimple) or complex
// (w:fldChar + w:instrText), which become AutoText PAGE_NUMBER / PAGE_COUNT (documents.get) and an
// UnsupportedElement (DocumentApp). Whether Google keeps them is not documented (one public report
// says it does: PHPOffice/PHPWord#677): under the `docx-drops-page-number` quirk the import keeps
// only the field's last shown text, as plain text, as Word cross-reference fields are reported to
// end up (cybertext.wordpress.com, "strips all linked cross-reference fields and converts them to
// plain text"). Other fields always keep their shown text. Tables, pictures and lists in the .docx
// are "not emulated".
import zlib from 'node:zlib';
import {
  type BlockNode,
  type DocTree,
  type InlineNode,
  type PageSetup,
  type ParagraphNode,
  type RunNode,
  plainParagraph,
} from './docs-tree';

/** The files of a zip archive (stored or deflated), by name. */
export function unzip(bytes: Buffer): Map<string, Buffer> {
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65557); i--) {
    if (bytes.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip archive');
  const count = bytes.readUInt16LE(eocd + 10);
  let at = bytes.readUInt32LE(eocd + 16);
  const out = new Map<string, Buffer>();
  for (let n = 0; n < count; n++) {
    if (bytes.readUInt32LE(at) !== 0x02014b50) throw new Error('broken zip central directory');
    const method = bytes.readUInt16LE(at + 10);
    const size = bytes.readUInt32LE(at + 20);
    const nameLen = bytes.readUInt16LE(at + 28);
    const extraLen = bytes.readUInt16LE(at + 30);
    const commentLen = bytes.readUInt16LE(at + 32);
    const local = bytes.readUInt32LE(at + 42);
    const name = bytes.toString('utf8', at + 46, at + 46 + nameLen);
    const dataAt = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const raw = bytes.subarray(dataAt, dataAt + size);
    if (method === 0) out.set(name, Buffer.from(raw));
    else if (method === 8) out.set(name, zlib.inflateRawSync(raw));
    else throw new Error(`not emulated: zip method ${method}`);
    at += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

const attr = (tag: string, name: string): string | null => {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? m[1] : null;
};

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/g, '&');

const ALIGN: Record<string, string> = { center: 'CENTER', right: 'RIGHT', end: 'RIGHT', both: 'JUSTIFY' };

function fieldKind(instr: string): 'PAGE_NUMBER' | 'PAGE_COUNT' | null {
  const word = instr.trim().split(/\s+/)[0]?.toUpperCase();
  return word === 'PAGE' ? 'PAGE_NUMBER' : word === 'NUMPAGES' ? 'PAGE_COUNT' : null;
}

/** One w:p's inner XML as a paragraph node. */
function paragraph(xml: string, keepFields: boolean): ParagraphNode {
  const inlines: InlineNode[] = [];
  let runs: RunNode[] = [];
  const flush = () => {
    if (runs.length) inlines.push({ kind: 'text', runs });
    runs = [];
  };
  const addText = (text: string, style: Omit<RunNode, 'text'>) => {
    if (text) runs.push({ text, ...style });
  };
  const addField = (kind: 'PAGE_NUMBER' | 'PAGE_COUNT' | null, shown: string, style: Omit<RunNode, 'text'>) => {
    if (kind && keepFields) {
      flush();
      inlines.push({ kind: 'autoText', type: kind });
    } else addText(shown, style);
  };
  let alignment: string | null = null;
  let style: Omit<RunNode, 'text'> = {};
  // Complex field state: collecting the instruction, then its shown result.
  let field: { instr: string; shown: string; phase: 'instr' | 'result' } | null = null;
  let simple: { kind: ReturnType<typeof fieldKind>; shown: string } | null = null;
  const tokens = xml.matchAll(/<(\/?)([\w:]+)([^>]*?)(\/?)>|([^<]+)/g);
  let inText = false;
  for (const t of tokens) {
    const [, close, name, rest, selfClose, text] = t;
    if (text !== undefined) {
      if (!inText) continue;
      const s = decode(text);
      if (field?.phase === 'instr') field.instr += s;
      else if (field) field.shown += s;
      else if (simple) simple.shown += s;
      else addText(s, style);
      continue;
    }
    if (name === 'w:tbl' || name === 'w:drawing' || name === 'w:pict' || name === 'w:numPr')
      throw new Error(`not emulated: Drive import of a .docx with ${name}`);
    if (name === 'w:t' || name === 'w:instrText') {
      inText = !close && !selfClose;
      continue;
    }
    if (name === 'w:r' && !close) style = {};
    if (name === 'w:b' && !close) style = { ...style, bold: attr(rest, 'w:val') !== '0' };
    if (name === 'w:i' && !close) style = { ...style, italic: attr(rest, 'w:val') !== '0' };
    if (name === 'w:tab') addText('\t', style);
    if (name === 'w:jc') alignment = ALIGN[attr(rest, 'w:val') ?? ''] ?? null;
    if (name === 'w:fldSimple') {
      if (!close && !selfClose) simple = { kind: fieldKind(decode(attr(rest, 'w:instr') ?? '')), shown: '' };
      else if (close && simple) {
        addField(simple.kind, simple.shown, style);
        simple = null;
      } else if (selfClose) addField(fieldKind(decode(attr(rest, 'w:instr') ?? '')), '', style);
    }
    if (name === 'w:fldChar') {
      const type = attr(rest, 'w:fldCharType');
      if (type === 'begin') field = { instr: '', shown: '', phase: 'instr' };
      else if (type === 'separate' && field) field.phase = 'result';
      else if (type === 'end' && field) {
        addField(fieldKind(field.instr), field.shown, style);
        field = null;
      }
    }
  }
  flush();
  return plainParagraph(inlines, alignment);
}

/** The top-level paragraphs of a body, header or footer part. */
function blocks(xml: string, keepFields: boolean): BlockNode[] {
  if (/<w:tbl[\s>]/.test(xml)) throw new Error('not emulated: Drive import of a .docx with w:tbl');
  const out: BlockNode[] = [];
  for (const m of xml.matchAll(/<w:p(?:\s[^>]*)?\/>|<w:p(?:\s[^>]*)?>([\s\S]*?)<\/w:p>/g))
    out.push(paragraph(m[1] ?? '', keepFields));
  return out;
}

const TWIP = 1 / 20;

/** The imported document, as a tree the emulator loads into a new Doc (docs-load.ts). */
export function docxToTree(bytes: Buffer, title: string, page: PageSetup, keepFields: boolean): DocTree {
  let files: Map<string, Buffer>;
  try {
    files = unzip(bytes);
  } catch (err) {
    if (/^not emulated/.test((err as Error).message)) throw err;
    throw new Error('The uploaded content could not be imported: it is not a .docx file.');
  }
  const text = (name: string) => files.get(name)?.toString('utf8');
  const main = text('word/document.xml');
  if (!main) throw new Error('The uploaded content could not be imported: it is not a .docx file.');
  const rels = text('word/_rels/document.xml.rels') ?? '';
  const target = (id: string | null) => {
    if (!id) return undefined;
    const rel = [...rels.matchAll(/<Relationship\s[^>]*>/g)].map((m) => m[0]).find((r) => attr(r, 'Id') === id);
    return rel ? text(`word/${(attr(rel, 'Target') ?? '').replace(/^\/?word\//, '')}`) : undefined;
  };
  const sect = /<w:sectPr[\s>][\s\S]*?<\/w:sectPr>/.exec(main.slice(main.lastIndexOf('<w:sectPr')))?.[0] ?? '';
  const ref = (kind: string) => {
    const tag = [...sect.matchAll(new RegExp(`<w:${kind}Reference\\s[^>]*>`, 'g'))]
      .map((m) => m[0])
      .find((r) => (attr(r, 'w:type') ?? 'default') === 'default');
    return tag ? target(attr(tag, 'r:id')) : undefined;
  };
  const size = /<w:pgSz\s[^>]*>/.exec(sect)?.[0] ?? '';
  const margin = /<w:pgMar\s[^>]*>/.exec(sect)?.[0] ?? '';
  const twips = (tag: string, name: string, fallback: number) => {
    const v = attr(tag, name);
    return v == null ? fallback : Number(v) * TWIP;
  };
  const body = main.slice(
    main.indexOf('<w:body'),
    main.lastIndexOf('<w:sectPr') >= 0 ? main.lastIndexOf('<w:sectPr') : undefined,
  );
  const header = ref('header');
  const footer = ref('footer');
  return {
    title,
    page: {
      width: twips(size, 'w:w', page.width),
      height: twips(size, 'w:h', page.height),
      marginTop: twips(margin, 'w:top', page.marginTop),
      marginBottom: twips(margin, 'w:bottom', page.marginBottom),
      marginLeft: twips(margin, 'w:left', page.marginLeft),
      marginRight: twips(margin, 'w:right', page.marginRight),
    },
    header: header ? blocks(header, keepFields) : null,
    footer: footer ? blocks(footer, keepFields) : null,
    body: blocks(body, keepFields),
  };
}
