// Formula text: a small tokenizer and the rewrites the emulator needs around HyperFormula.
//
// Formulas are stored as Apps Script sees them (canonical en_US syntax). Before evaluation they are
// rewritten: open-ended ranges (A2:A) are closed to the sheet's last row, TODAY()/NOW() are pinned
// to the emulator's clock. Structural edits (rows inserted, sheet renamed) rewrite references as
// Sheets does. The UI-typing path converts an id_ID formula (";" arguments, "," decimals) to the
// canonical form.
import { colToLetters, lettersToCol, quoteSheetName, shiftSpan } from './a1';

export interface RefParts {
  sheet: string | null;
  c1: number | null;
  r1: number | null;
  c2: number | null;
  r2: number | null;
  abs: [boolean, boolean, boolean, boolean]; // $c1 $r1 $c2 $r2
  range: boolean;
}

export type Tok =
  | { t: 'str' | 'num' | 'func' | 'name' | 'err' | 'op' | 'ws'; s: string }
  | { t: 'ref'; s: string; ref: RefParts | null };

const REF_RE = /(\$?)([A-Za-z]{1,3})(\$?)(\d*)(?::(\$?)([A-Za-z]{1,3})?(\$?)(\d*))?(?![A-Za-z0-9_.(!])/y;
const WORD_RE = /[A-Za-z_][A-Za-z0-9_.]*/y;
const NUM_RE = /(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/y;

const tokenCache = new Map<string, Tok[]>();

/** Tokenizes a formula (with or without its leading "="). Results are cached and shared: copy before editing. */
export function tokenize(formula: string): Tok[] {
  const hit = tokenCache.get(formula);
  if (hit) return hit;
  const toks: Tok[] = [];
  const s = formula;
  let i = s.startsWith('=') ? 1 : 0;
  if (i === 1) toks.push({ t: 'op', s: '=' });
  while (i < s.length) {
    const ch = s[i];
    if (ch === '"') {
      let j = i + 1;
      for (;;) {
        if (j >= s.length) break;
        if (s[j] === '"') {
          if (s[j + 1] === '"') j += 2;
          else break;
        } else j++;
      }
      toks.push({ t: 'str', s: s.slice(i, j + 1) });
      i = j + 1;
      continue;
    }
    if (/\s/.test(ch)) {
      let j = i;
      while (j < s.length && /\s/.test(s[j])) j++;
      toks.push({ t: 'ws', s: s.slice(i, j) });
      i = j;
      continue;
    }
    if (ch === '#') {
      const m = /#[A-Za-z0-9/]+[!?]?/y;
      m.lastIndex = i;
      const mm = m.exec(s);
      const txt = mm ? mm[0] : '#';
      toks.push({ t: 'err', s: txt });
      i += txt.length;
      continue;
    }
    // Sheet-qualified reference.
    let sheet: string | null = null;
    let j = i;
    if (ch === "'") {
      let k = i + 1;
      let name = '';
      while (k < s.length) {
        if (s[k] === "'") {
          if (s[k + 1] === "'") {
            name += "'";
            k += 2;
            continue;
          }
          break;
        }
        name += s[k];
        k++;
      }
      if (s[k + 1] === '!') {
        sheet = name;
        j = k + 2;
      }
    } else if (/[A-Za-z_]/.test(ch)) {
      WORD_RE.lastIndex = i;
      const w = WORD_RE.exec(s);
      if (w && s[i + w[0].length] === '!') {
        sheet = w[0];
        j = i + w[0].length + 1;
      }
    }
    if (sheet !== null || /[A-Za-z$]/.test(ch)) {
      REF_RE.lastIndex = j;
      const m = REF_RE.exec(s);
      if (m && (m[4] || m[0].includes(':')) && (!m[0].includes(':') || m[6] || m[8])) {
        const ref: RefParts = {
          sheet,
          c1: lettersToCol(m[2]),
          r1: m[4] ? Number(m[4]) : null,
          c2: m[0].includes(':') ? (m[6] ? lettersToCol(m[6]) : null) : null,
          r2: m[0].includes(':') ? (m[8] ? Number(m[8]) : null) : null,
          abs: [m[1] === '$', m[3] === '$', m[5] === '$', m[7] === '$'],
          range: m[0].includes(':'),
        };
        if (!ref.range) {
          ref.c2 = ref.c1;
          ref.r2 = ref.r1;
        }
        toks.push({ t: 'ref', s: s.slice(i, j + m[0].length), ref });
        i = j + m[0].length;
        continue;
      }
      if (sheet !== null) {
        // Sheet!#REF! or a named thing after a sheet: keep verbatim.
        toks.push({ t: 'ref', s: s.slice(i, j), ref: null });
        i = j;
        continue;
      }
    }
    if (/[A-Za-z_]/.test(ch)) {
      WORD_RE.lastIndex = i;
      const w = WORD_RE.exec(s)!;
      let k = i + w[0].length;
      while (k < s.length && s[k] === ' ') k++;
      toks.push({ t: s[k] === '(' ? 'func' : 'name', s: w[0] });
      i += w[0].length;
      continue;
    }
    if (/[0-9.]/.test(ch)) {
      NUM_RE.lastIndex = i;
      const m = NUM_RE.exec(s);
      if (m) {
        toks.push({ t: 'num', s: m[0] });
        i += m[0].length;
        continue;
      }
    }
    const two = s.slice(i, i + 2);
    if (two === '<=' || two === '>=' || two === '<>') {
      toks.push({ t: 'op', s: two });
      i += 2;
      continue;
    }
    toks.push({ t: 'op', s: ch });
    i++;
  }
  if (tokenCache.size > 20000) tokenCache.clear();
  tokenCache.set(formula, toks);
  return toks;
}

export function refText(ref: RefParts): string {
  const part = (c: number | null, r: number | null, ac: boolean, ar: boolean) =>
    `${c !== null ? (ac ? '$' : '') + colToLetters(c) : ''}${r !== null ? (ar ? '$' : '') + r : ''}`;
  const sheet = ref.sheet !== null ? `${quoteSheetName(ref.sheet)}!` : '';
  const first = part(ref.c1, ref.r1, ref.abs[0], ref.abs[1]);
  if (!ref.range) return sheet + first;
  return `${sheet}${first}:${part(ref.c2, ref.r2, ref.abs[2], ref.abs[3])}`;
}

export function untokenize(toks: Tok[]): string {
  let out = '';
  for (const t of toks) out += t.t === 'ref' && t.ref ? refText(t.ref) : t.s;
  return out;
}

function sameSheet(a: string | null, b: string): boolean {
  return a !== null && a.toLowerCase() === b.toLowerCase();
}

/** True when a reference written in a formula on `hostSheet` points at `target`. */
function pointsAt(ref: RefParts, hostSheet: string, target: string): boolean {
  return ref.sheet === null ? hostSheet.toLowerCase() === target.toLowerCase() : sameSheet(ref.sheet, target);
}

/**
 * Rewrites references after rows/columns were inserted (n > 0) or deleted (n < 0) at `at` in
 * `target`, as Sheets does to every formula. A reference whose cells were all deleted becomes #REF!.
 */
export function shiftFormula(
  formula: string,
  hostSheet: string,
  target: string,
  dim: 'row' | 'col',
  at: number,
  n: number,
): string {
  const toks = tokenize(formula);
  let changed = false;
  const out: Tok[] = toks.map((t) => {
    if (t.t !== 'ref' || !t.ref || !pointsAt(t.ref, hostSheet, target)) return t;
    const ref = { ...t.ref };
    const [lo, hi] = dim === 'row' ? [ref.r1, ref.r2] : [ref.c1, ref.c2];
    if (lo === null) return t; // whole rows/columns along this dimension: unaffected
    const span = shiftSpan(lo, hi ?? Number.MAX_SAFE_INTEGER, at, n);
    changed = true;
    if (!span) return { t: 'err', s: '#REF!' } as Tok;
    if (dim === 'row') {
      ref.r1 = span[0];
      ref.r2 = hi === null ? null : span[1];
    } else {
      ref.c1 = span[0];
      ref.c2 = hi === null ? null : span[1];
    }
    return { t: 'ref', s: '', ref };
  });
  return changed ? untokenize(out) : formula;
}

/** Moves relative references by (dr, dc): what Sheets does when one formula is set on many cells. */
export function offsetFormula(formula: string, dr: number, dc: number): string {
  if (!dr && !dc) return formula;
  const out = tokenize(formula).map((t) => {
    if (t.t !== 'ref' || !t.ref) return t;
    const r = { ...t.ref };
    if (r.r1 !== null && !r.abs[1]) r.r1 += dr;
    if (r.c1 !== null && !r.abs[0]) r.c1 += dc;
    if (r.range) {
      if (r.r2 !== null && !r.abs[3]) r.r2 += dr;
      if (r.c2 !== null && !r.abs[2]) r.c2 += dc;
    } else {
      r.r2 = r.r1;
      r.c2 = r.c1;
    }
    if ((r.r1 !== null && r.r1 < 1) || (r.c1 !== null && r.c1 < 1)) return { t: 'err', s: '#REF!' } as Tok;
    return { t: 'ref', s: '', ref: r } as Tok;
  });
  return untokenize(out);
}

export function renameSheetInFormula(formula: string, from: string, to: string): string {
  const toks = tokenize(formula);
  if (!toks.some((t) => t.t === 'ref' && t.ref && sameSheet(t.ref.sheet, from))) return formula;
  return untokenize(
    toks.map((t) =>
      t.t === 'ref' && t.ref && sameSheet(t.ref.sheet, from) ? { t: 'ref', s: '', ref: { ...t.ref, sheet: to } } : t,
    ),
  );
}

export function dropSheetInFormula(formula: string, name: string): string {
  const toks = tokenize(formula);
  if (!toks.some((t) => t.t === 'ref' && t.ref && sameSheet(t.ref.sheet, name))) return formula;
  return untokenize(
    toks.map((t) => (t.t === 'ref' && t.ref && sameSheet(t.ref.sheet, name) ? ({ t: 'err', s: '#REF!' } as Tok) : t)),
  );
}

export interface ClosedRef {
  sheet: string;
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

export interface PreparedFormula {
  text: string;
  refs: ClosedRef[];
  names: string[];
  usesVolatileRefs: boolean;
}

/**
 * Rewrites a canonical formula for HyperFormula: open-ended ranges closed to the sheet's last row
 * (or last column), TODAY()/NOW() replaced by the pinned clock. Also lists what it reads.
 */
export function prepareForEngine(
  formula: string,
  hostSheet: string,
  extent: (sheet: string) => { lastRow: number; lastCol: number; maxRows: number; maxCols: number } | null,
  today: { y: number; m: number; d: number; h: number; mi: number; s: number },
): PreparedFormula {
  const toks = tokenize(formula);
  const refs: ClosedRef[] = [];
  const names: string[] = [];
  let volatile = false;
  const out: Tok[] = [];
  const arrayMode = toks.some((t) => t.t === 'func' && t.s.toUpperCase() === 'ARRAYFORMULA');
  const close = (ref: RefParts): RefParts | null => {
    const ext = extent(ref.sheet ?? hostSheet);
    if (!ext) return null;
    const r = { ...ref };
    if (r.r1 === null) r.r1 = 1;
    if (r.c1 === null) r.c1 = 1;
    if (r.range && r.r2 === null) r.r2 = Math.max(ext.lastRow, r.r1);
    if (r.range && r.c2 === null) r.c2 = Math.max(ext.lastCol, r.c1);
    return r;
  };
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.t === 'func') {
      const name = t.s.toUpperCase();
      // Inside ARRAYFORMULA, Sheets makes ROW(B1:B)/COLUMN(A1:C1) an array of numbers; HyperFormula
      // returns only the first, so the range becomes the equivalent SEQUENCE.
      const arg = toks[i + 2];
      if (
        arrayMode &&
        (name === 'ROW' || name === 'COLUMN') &&
        toks[i + 1]?.s === '(' &&
        arg?.t === 'ref' &&
        arg.ref?.range &&
        toks[i + 3]?.s === ')'
      ) {
        const r = close(arg.ref);
        if (r) {
          const seq =
            name === 'ROW'
              ? `SEQUENCE(${Math.abs(r.r2! - r.r1!) + 1},1,${Math.min(r.r1!, r.r2!)})`
              : `SEQUENCE(1,${Math.abs(r.c2! - r.c1!) + 1},${Math.min(r.c1!, r.c2!)})`;
          out.push({ t: 'name', s: seq });
          i += 3;
          continue;
        }
      }
      if ((name === 'TODAY' || name === 'NOW') && toks[i + 1]?.s === '(' && toks[i + 2]?.s === ')') {
        const date = `DATE(${today.y},${today.m},${today.d})`;
        out.push({ t: 'name', s: name === 'TODAY' ? date : `(${date}+TIME(${today.h},${today.mi},${today.s}))` });
        i += 2;
        continue;
      }
      if (name === 'INDIRECT' || name === 'OFFSET') volatile = true;
      out.push(t);
      continue;
    }
    if (t.t === 'name') {
      names.push(t.s);
      out.push(t);
      continue;
    }
    if (t.t !== 'ref' || !t.ref) {
      out.push(t);
      continue;
    }
    const sheet = t.ref.sheet ?? hostSheet;
    const r = close(t.ref);
    if (!r) {
      out.push({ t: 'err', s: '#REF!' });
      continue;
    }
    refs.push({
      sheet,
      r1: Math.min(r.r1!, r.r2!),
      c1: Math.min(r.c1!, r.c2!),
      r2: Math.max(r.r1!, r.r2!),
      c2: Math.max(r.c1!, r.c2!),
    });
    out.push({ t: 'ref', s: '', ref: r });
  }
  return { text: untokenize(out), refs, names, usesVolatileRefs: volatile };
}

/**
 * Converts a formula as a person types it in the UI of a spreadsheet whose locale uses ","
 * decimals (";" between arguments, "\" between array columns) into Apps Script's canonical form.
 */
export function localeToCanonical(text: string, argSep: string): string {
  if (argSep === ',') return text;
  const stack: string[] = [];
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') {
      let j = i + 1;
      while (j < text.length) {
        if (text[j] === '"' && text[j + 1] === '"') j += 2;
        else if (text[j] === '"') break;
        else j++;
      }
      out += text.slice(i, j + 1);
      i = j;
      continue;
    }
    if (ch === "'") {
      const j = text.indexOf("'", i + 1);
      out += text.slice(i, j < 0 ? undefined : j + 1);
      i = j < 0 ? text.length : j;
      continue;
    }
    if (ch === '(' || ch === '{') stack.push(ch);
    else if (ch === ')' || ch === '}') stack.pop();
    const inBraces = stack[stack.length - 1] === '{';
    if (ch === ';') out += inBraces ? ';' : ',';
    else if (ch === '\\' && inBraces) out += ',';
    else if (ch === ',') out += '.';
    else out += ch;
  }
  return out;
}

// --------------------------------------------------------------------------------------------
// Result type inference: Sheets gives a formula cell with the automatic format the format of its
// result (a WORKDAY result shows as a date), and getValues then returns a Date.

export type Inferred = 'date' | 'datetime' | 'other';

const DATE_FUNCS = new Set(['DATE', 'TODAY', 'WORKDAY', 'WORKDAY.INTL', 'EDATE', 'EOMONTH', 'DATEVALUE']);
const DATETIME_FUNCS = new Set(['NOW']);
const PASS_FUNCS = new Set([
  'ARRAYFORMULA',
  'IFERROR',
  'IFNA',
  'MIN',
  'MAX',
  'INDEX',
  'SORT',
  'FILTER',
  'UNIQUE',
  'ARRAY_CONSTRAIN',
  'MINIFS',
  'MAXIFS',
  'LARGE',
  'SMALL',
  'VLOOKUP',
  'HLOOKUP',
  'XLOOKUP',
  'CHOOSE',
  'SWITCH',
]);

function combine(types: Inferred[]): Inferred {
  if (types.includes('datetime')) return 'datetime';
  if (types.includes('date')) return 'date';
  return 'other';
}

const inferCache = new Map<string, Inferred>();

/** Infers whether a formula's numeric result is a date; `refType` answers for referenced cells. */
export function inferResultType(formula: string, refType: (ref: RefParts) => Inferred = () => 'other'): Inferred {
  const cacheable = !tokenize(formula).some((t) => t.t === 'ref');
  if (cacheable) {
    const hit = inferCache.get(formula);
    if (hit) return hit;
  }
  const toks = tokenize(formula).filter((t) => t.t !== 'ws');
  let pos = toks[0]?.s === '=' ? 1 : 0;
  const peek = () => toks[pos];
  const next = () => toks[pos++];

  function args(): Inferred[][] {
    // after '(' : returns each argument's type list
    const list: Inferred[][] = [];
    if (peek()?.s === ')') {
      pos++;
      return list;
    }
    for (;;) {
      if (peek()?.s === ',' || peek()?.s === ')') list.push(['other']);
      else list.push([expr()]);
      const t = next();
      if (!t || t.s === ')') break;
    }
    return list;
  }
  function primary(): Inferred {
    const t = next();
    if (!t) return 'other';
    if (t.t === 'func') {
      const name = t.s.toUpperCase();
      if (peek()?.s === '(') pos++;
      const a = args().map((x) => x[0]);
      if (DATE_FUNCS.has(name)) return 'date';
      // MAP's values are its LAMBDA's, and a LAMBDA's is its last argument's (the expression).
      if (name === 'MAP' || name === 'LAMBDA') return a[a.length - 1] ?? 'other';
      if (DATETIME_FUNCS.has(name)) return 'datetime';
      if (name === 'IF') return combine(a.slice(1));
      if (name === 'IFS') return combine(a.filter((_, i) => i % 2 === 1));
      if (name === 'XLOOKUP') return a[2] ?? 'other';
      if (name === 'VLOOKUP' || name === 'HLOOKUP' || name === 'INDEX') return a[0] ?? 'other';
      if (PASS_FUNCS.has(name)) return combine(a);
      return 'other';
    }
    if (t.t === 'ref' && t.ref) return refType(t.ref);
    if (t.s === '(') {
      const v = expr();
      if (peek()?.s === ')') pos++;
      return v;
    }
    if (t.s === '{') {
      const items: Inferred[] = [];
      while (peek() && peek().s !== '}') {
        if (peek().s === ',' || peek().s === ';') {
          pos++;
          continue;
        }
        items.push(expr());
      }
      pos++;
      return combine(items);
    }
    if (t.s === '-' || t.s === '+') return primary();
    return 'other';
  }
  function postfix(): Inferred {
    const v = primary();
    if (peek()?.s === '%') {
      pos++;
      return 'other';
    }
    return v;
  }
  function term(): Inferred {
    let v = postfix();
    while (peek() && (peek().s === '*' || peek().s === '/' || peek().s === '^')) {
      pos++;
      postfix();
      v = 'other';
    }
    return v;
  }
  function additive(): Inferred {
    let v = term();
    while (peek() && (peek().s === '+' || peek().s === '-')) {
      const op = next().s;
      const w = term();
      if (op === '-' && v !== 'other' && w !== 'other') v = 'other';
      else if (v === 'other' && w !== 'other' && op === '+') v = w;
    }
    return v;
  }
  function expr(): Inferred {
    let v = additive();
    while (peek() && ['&', '=', '<>', '<', '>', '<=', '>='].includes(peek().s)) {
      pos++;
      additive();
      v = 'other';
    }
    return v;
  }
  let result: Inferred = 'other';
  try {
    result = expr();
  } catch {
    result = 'other';
  }
  if (cacheable) inferCache.set(formula, result);
  return result;
}
