// What HyperFormula cannot evaluate and the emulator rewrites for it: MAP with LAMBDA (in Sheets
// since 2022, https://support.google.com/docs/answer/12568985), the formula syntax of a locale,
// and, under the `scalar-workday` quirk, WORKDAY/NETWORKDAYS that do not iterate in ARRAYFORMULA.
//
// MAP is expanded into one plain formula per row: row k of `MAP(B2:B9, LAMBDA(x, x*2))` becomes
// `B{2+k}*2`. That is exactly MAP's documented meaning ("the names resolve to the current values
// being mapped"), and it never depends on how a function behaves on arrays. An array literal
// stacking a header above a MAP, `={"Header"; MAP(…)}`, is supported too: it is the shape the
// add-on writes. Other shapes with MAP or LAMBDA throw "not emulated".
import { NotEmulatedError } from '../runtime';
import { tokenize, untokenize, type Tok, refText, type RefParts } from './formula';

/** Index of the bracket closing the one at `open`, skipping strings and quoted sheet names. */
function closing(s: string, open: number): number {
  const pairs: Record<string, string> = { '(': ')', '{': '}' };
  const stack: string[] = [];
  for (let i = open; i < s.length; i++) {
    const ch = s[i];
    if (ch === '"' || ch === "'") {
      let j = i + 1;
      while (j < s.length && !(s[j] === ch && s[j + 1] !== ch)) j += s[j] === ch ? 2 : 1;
      i = j;
      continue;
    }
    if (ch === '(' || ch === '{') stack.push(pairs[ch]);
    else if (ch === ')' || ch === '}') {
      if (stack.pop() !== ch) return -1;
      if (!stack.length) return i;
    }
  }
  return -1;
}

/** Splits `s` at `sep` where no bracket is open, skipping strings and quoted names. */
export function splitTop(s: string, sep: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (ch === '"' || ch === "'") {
      let j = i + 1;
      while (j < s.length && !(s[j] === ch && s[j + 1] !== ch)) j += s[j] === ch ? 2 : 1;
      i = j;
      continue;
    }
    if (ch === '(' || ch === '{') depth++;
    else if (ch === ')' || ch === '}') depth--;
    else if (ch === sep && depth === 0) {
      parts.push(s.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(s.slice(start));
  return parts;
}

export function usesLambda(formula: string): boolean {
  return tokenize(formula).some((t) => t.t === 'func' && /^(MAP|LAMBDA)$/i.test(t.s));
}

/** One output cell of an expanded formula: its row below the anchor and its formula text. */
export interface ExpandedCell {
  dr: number;
  text: string;
}

/**
 * Expands a formula holding MAP into one formula per output row. `formula` must already have its
 * open-ended ranges closed (prepareForEngine), so every MAP input has a known size.
 * Returns an error value ("#VALUE!") instead of cells when inputs differ in size.
 */
export function expandMap(formula: string): ExpandedCell[] | string {
  const body = formula.replace(/^=/, '').trim();
  const items =
    body.startsWith('{') && closing(body, 0) === body.length - 1
      ? splitTop(body.slice(1, -1), ';').map((x) => x.trim())
      : [body];
  if (items.some((x) => splitTop(x, ',').length > 1 || splitTop(x, '\\').length > 1) && body.startsWith('{')) {
    throw new NotEmulatedError('array literal with columns around MAP');
  }
  const out: ExpandedCell[] = [];
  for (const item of items) {
    if (/^MAP\s*\(/i.test(item)) {
      const cells = expandOneMap(item);
      if (typeof cells === 'string') return cells;
      for (const text of cells) out.push({ dr: out.length, text });
    } else {
      if (usesLambda(item)) throw new NotEmulatedError('MAP or LAMBDA inside another function');
      out.push({ dr: out.length, text: item });
    }
  }
  return out;
}

function expandOneMap(item: string): string[] | string {
  const open = item.indexOf('(');
  const close = closing(item, open);
  if (close !== item.length - 1) throw new NotEmulatedError('MAP inside an expression');
  const args = splitTop(item.slice(open + 1, close), ',').map((a) => a.trim());
  const lambda = args.pop() ?? '';
  const lm = /^LAMBDA\s*\(/i.exec(lambda);
  if (!lm) throw new NotEmulatedError('MAP without an inline LAMBDA');
  const lOpen = lambda.indexOf('(');
  const lParts = splitTop(lambda.slice(lOpen + 1, closing(lambda, lOpen)), ',').map((a) => a.trim());
  const expr = lParts.pop() ?? '';
  const names = lParts.map((n) => n.toUpperCase());
  // Documented: a LAMBDA with another number of names than MAP has arrays gives #N/A.
  if (names.length !== args.length) return '#N/A';
  const inputs: RefParts[] = args.map((a) => {
    const toks = tokenize(a).filter((t) => t.t !== 'ws');
    const t = toks[0];
    if (toks.length !== 1 || t.t !== 'ref' || !t.ref || t.ref.r1 === null || t.ref.r2 === null) {
      throw new NotEmulatedError('MAP over something other than a closed range');
    }
    return t.ref;
  });
  const rows = inputs.map((r) => r.r2! - r.r1! + 1);
  const cols = inputs.map((r) => (r.c2 ?? r.c1!) - r.c1! + 1);
  if (rows.some((n) => n !== rows[0]) || cols.some((n) => n !== 1)) return '#VALUE!';
  const template = tokenize(expr);
  const slots: Array<[number, number]> = [];
  template.forEach((t, i) => {
    if (t.t === 'name') {
      const k = names.indexOf(t.s.toUpperCase());
      if (k >= 0) slots.push([i, k]);
    }
  });
  const out: string[] = new Array(rows[0]);
  const toks: Tok[] = template.slice();
  for (let k = 0; k < rows[0]; k++) {
    for (const [i, which] of slots) {
      const r = inputs[which];
      const cell: RefParts = {
        sheet: r.sheet,
        c1: r.c1,
        r1: r.r1! + k,
        c2: r.c1,
        r2: r.r1! + k,
        abs: [true, true, true, true],
        range: false,
      };
      toks[i] = { t: 'name', s: refText(cell) };
    }
    out[k] = untokenize(toks);
  }
  return out;
}

/**
 * The `scalar-workday` quirk: inside ARRAYFORMULA, the date arguments of WORKDAY and NETWORKDAYS
 * are cut to their first element, so one value (or an error, when that element is the header
 * text) stands for every row. No source says Sheets does this; none says it does not.
 */
export function scalarWorkdays(formula: string): string {
  let out = '';
  let i = 0;
  const re = /\b(WORKDAY|NETWORKDAYS)\s*\(/gi;
  let m: RegExpExecArray | null;
  while ((m = re.exec(formula))) {
    if (inString(formula, m.index)) continue;
    const open = m.index + m[0].length - 1;
    const close = closing(formula, open);
    if (close < 0) break;
    const args = splitTop(formula.slice(open + 1, close), ',');
    for (const k of [0, 1]) if (args[k] !== undefined) args[k] = `INDEX(${scalarWorkdays(args[k])},1,1)`;
    out += `${formula.slice(i, open + 1) + args.join(',')})`;
    i = close + 1;
    re.lastIndex = i;
  }
  return out + formula.slice(i);
}

function inString(s: string, at: number): boolean {
  let quotes = 0;
  for (let i = 0; i < at; i++) if (s[i] === '"') quotes++;
  return quotes % 2 === 1;
}

/**
 * A stored formula in canonical syntax, or null when it does not parse in the syntax the
 * spreadsheet reads (`argSep` ";" for a comma-decimal locale under the locale-separators quirk,
 * "," otherwise): Sheets then shows "#ERROR!" (formula parse error).
 */
export function canonicalFormula(formula: string, argSep: string): string | null {
  const stack: string[] = [];
  let out = '';
  for (let i = 0; i < formula.length; i++) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      let j = i + 1;
      while (j < formula.length && !(formula[j] === ch && formula[j + 1] !== ch)) j += formula[j] === ch ? 2 : 1;
      out += formula.slice(i, j + 1);
      i = j;
      continue;
    }
    if (ch === '(' || ch === '{') stack.push(ch);
    else if (ch === ')' || ch === '}') stack.pop();
    const inBraces = stack[stack.length - 1] === '{';
    if (argSep === ',') {
      if (ch === ';' && !inBraces) return null;
      out += ch;
      continue;
    }
    // ";" syntax: "," is the decimal mark (between digits) and nothing else.
    if (ch === ',') {
      if (!(/\d/.test(formula[i - 1] ?? '') && /\d/.test(formula[i + 1] ?? ''))) return null;
      out += '.';
    } else if (ch === ';') out += inBraces ? ';' : ',';
    else if (ch === '\\' && inBraces) out += ',';
    else out += ch;
  }
  return out;
}
