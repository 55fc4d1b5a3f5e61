// The letter templates' little language, shared by the Google Docs templates and the plain-text
// rendering (the receipt an e-mail can carry):
//
//   {{nama_pemohon}}      a value; "{{ Nama_Pemohon }}" is the same placeholder
//   {{#ditolak}} … {{/ditolak}}    the lines between are kept when the flag is true
//   {{^ditolak}} … {{/ditolak}}    … when it is false
//
// Section markers stand alone on their line (in Docs: their paragraph), so removing a section
// never cuts a paragraph in half and a unit's formatting survives. A placeholder the add-on does
// not know is reported and left out, never printed: a letter must not reach an applicant with
// "{{nomr_surat}}" in it. A section it does not know counts as false, for the same reason.

/** What a template's placeholders and sections are filled with. */
export interface TemplateData {
  /** Placeholder values; an array is a value of several paragraphs (each element one). */
  values: Record<string, string | string[]>;
  flags: Record<string, boolean>;
}

export type TokenKind = 'value' | 'open' | 'inverted' | 'close';

export interface TemplateToken {
  kind: TokenKind;
  /** Lower-cased, trimmed name ("nama_pemohon"). */
  name: string;
  /** The token as written, braces included, for finding it again in a document. */
  raw: string;
  /** 0-based line (paragraph) of the template text. */
  line: number;
}

export interface TemplateIssue {
  code: 'section.inline' | 'section.unclosed' | 'section.unopened' | 'section.mismatch';
  name: string;
  line: number;
}

export interface TemplateScan {
  tokens: TemplateToken[];
  /** Problems that make the template unusable: the letter is not made, the officer is told. */
  issues: TemplateIssue[];
}

const TOKEN_RE = /\{\{\s*([#^/]?)\s*([^{}]*?)\s*\}\}/g;

function norm(name: string): string {
  return name.trim().toLowerCase();
}

/** The tokens of a template text, line by line, and the structural problems of its sections. */
export function scanTemplate(text: string): TemplateScan {
  const tokens: TemplateToken[] = [];
  const issues: TemplateIssue[] = [];
  text.split('\n').forEach((lineText, line) => {
    for (const m of lineText.matchAll(TOKEN_RE)) {
      const kind: TokenKind = m[1] === '#' ? 'open' : m[1] === '^' ? 'inverted' : m[1] === '/' ? 'close' : 'value';
      const token: TemplateToken = { kind, name: norm(m[2]), raw: m[0], line };
      tokens.push(token);
      if (kind !== 'value' && lineText.trim() !== m[0]) issues.push({ code: 'section.inline', name: token.name, line });
    }
  });
  issues.push(...checkSections(tokens));
  return { tokens, issues };
}

/** Sections that close what they did not open, close another name, or never close. */
export function checkSections(tokens: TemplateToken[]): TemplateIssue[] {
  const issues: TemplateIssue[] = [];
  const stack: TemplateToken[] = [];
  for (const tk of tokens) {
    if (tk.kind === 'value') continue;
    if (tk.kind !== 'close') {
      stack.push(tk);
      continue;
    }
    const open = stack.pop();
    if (!open) issues.push({ code: 'section.unopened', name: tk.name, line: tk.line });
    else if (open.name !== tk.name) issues.push({ code: 'section.mismatch', name: open.name, line: tk.line });
  }
  for (const open of stack) issues.push({ code: 'section.unclosed', name: open.name, line: open.line });
  return issues;
}

/** Placeholders and section names the data does not know, each once, in order of appearance. */
export function unknownNames(scan: TemplateScan, data: TemplateData): { values: string[]; sections: string[] } {
  const values: string[] = [];
  const sections: string[] = [];
  for (const tk of scan.tokens) {
    if (tk.kind === 'value') {
      if (!Object.prototype.hasOwnProperty.call(data.values, tk.name) && !values.includes(tk.name))
        values.push(tk.name);
    } else if (!Object.prototype.hasOwnProperty.call(data.flags, tk.name) && !sections.includes(tk.name)) {
      sections.push(tk.name);
    }
  }
  return { values, sections };
}

/**
 * Which lines of the template go: the lines of every section whose condition is false (and the
 * sections nested in it), and every marker line. Works on the tokens only, so the Docs adapter
 * can apply it to paragraphs it found by index (a token's `line` is then the paragraph's index).
 * Assumes tokens without issues.
 */
export function linesToRemove(tokens: TemplateToken[], flags: Record<string, boolean>): Set<number> {
  const remove = new Set<number>();
  const stack: Array<{ line: number; keep: boolean }> = [];
  for (const tk of tokens) {
    if (tk.kind === 'value') continue;
    remove.add(tk.line);
    if (tk.kind === 'close') {
      const open = stack.pop();
      if (open && !open.keep) for (let l = open.line; l <= tk.line; l++) remove.add(l);
      continue;
    }
    const value = flags[tk.name] === true;
    const parentKeeps = stack.every((s) => s.keep);
    stack.push({ line: tk.line, keep: parentKeeps && (tk.kind === 'open' ? value : !value) });
  }
  return remove;
}

/** A value as inline text: several paragraphs joined by a space, line breaks flattened. */
export function inlineValue(v: string | string[] | undefined): string {
  const parts = Array.isArray(v) ? v : [v ?? ''];
  return parts
    .map((p) =>
      String(p)
        .replace(/\s*[\r\n]+\s*/g, ' ')
        .trim(),
    )
    .filter(Boolean)
    .join(' ');
}

/** A value as paragraphs (blank ones dropped; at least one, possibly empty). */
export function paragraphValue(v: string | string[] | undefined): string[] {
  const parts = (Array.isArray(v) ? v : [v ?? '']).flatMap((p) => String(p).split(/\r?\n/));
  const out = parts.map((p) => p.trim()).filter(Boolean);
  return out.length ? out : [''];
}

export interface RenderResult {
  text: string;
  unknown: { values: string[]; sections: string[] };
  issues: TemplateIssue[];
}

/**
 * Renders a template to plain text with the same rules the Docs adapter applies to a document:
 * false sections and marker lines go, a placeholder alone on its line takes a value of several
 * paragraphs as several lines, one inside a sentence takes it joined, an unknown one vanishes.
 */
export function renderTemplate(text: string, data: TemplateData): RenderResult {
  const scan = scanTemplate(text);
  const unknown = unknownNames(scan, data);
  if (scan.issues.length) return { text: '', unknown, issues: scan.issues };
  const drop = linesToRemove(scan.tokens, data.flags);
  const out: string[] = [];
  text.split('\n').forEach((line, i) => {
    if (drop.has(i)) return;
    const alone = /^\s*\{\{\s*([^#^/{}][^{}]*?)\s*\}\}\s*$/.exec(line);
    if (alone) {
      const value = data.values[norm(alone[1])];
      const paragraphs = paragraphValue(value);
      // A list of no paragraphs leaves no line (the Docs adapter removes the paragraph).
      if (!(Array.isArray(value) && paragraphs.length === 1 && !paragraphs[0])) out.push(...paragraphs);
      return;
    }
    out.push(line.replace(TOKEN_RE, (_m, _k: string, name: string) => inlineValue(data.values[norm(name)])));
  });
  return { text: out.join('\n'), unknown, issues: [] };
}

/** Escapes a token for a regular expression that finds it verbatim (RE2 in Docs, RegExp here). */
export function tokenPattern(raw: string): string {
  return raw.replace(/[\\^$.|?*+()[\]{}]/g, '\\$&');
}

/** Any section marker, for finding marker paragraphs in a document. */
export const SECTION_MARKER_PATTERN = '\\{\\{\\s*[#^/][^{}]*\\}\\}';
