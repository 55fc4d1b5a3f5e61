// A linked Google Form's responses as a CSV file (File › Download › CSV of the response sheet):
// a timestamp column ("Timestamp", or "Stempel waktu" where the account is Indonesian), an
// "Email Address" column when the form collects addresses, then a column per question. The
// timestamps are the sheet's display text in its own time zone, so their day/month order is the
// account's: read from the values themselves when any part exceeds 12, else from the header's
// language (English: month first, as en_US shows dates; Indonesian: day first). No source fixes
// the exported format beyond "as the sheet shows it"; ISO text is read too.
import { isTimestampHeader, COLLECTED_EMAIL_HEADERS, NUMBER_HEADER } from '../../src/core/intake';
import { normalizeHeader } from '../../src/core/register';
import { isValidYmd } from '../../src/core/calendar';

export interface ResponsesFile {
  language: 'id' | 'en';
  /** The CSV has Google's collected-address column. */
  collectsEmail: boolean;
  questions: string[];
  rows: Array<{ line: number; stamp: string; email: string; answers: Record<string, string> }>;
}

export class ResponsesFileError extends Error {}

const EMAILS = new Set(COLLECTED_EMAIL_HEADERS.map(normalizeHeader));
const NUMBERS = new Set(Object.values(NUMBER_HEADER).map(normalizeHeader));

export function readResponsesCsv(rows: string[][]): ResponsesFile {
  const head = (rows[0] ?? []).map((h) => String(h ?? '').trim());
  if (!head.length || !isTimestampHeader(head[0])) {
    throw new ResponsesFileError(
      `not a linked Form's responses: the first column must be "Timestamp" or "Stempel waktu", found "${head[0] ?? ''}"`,
    );
  }
  const language = normalizeHeader(head[0]) === 'timestamp' ? 'en' : 'id';
  const collectsEmail = head.length > 1 && EMAILS.has(normalizeHeader(head[1]));
  const cols: Array<[number, string]> = [];
  head.forEach((h, i) => {
    if (i === 0 || (i === 1 && collectsEmail) || !h || NUMBERS.has(normalizeHeader(h))) return;
    if (cols.some(([, q]) => normalizeHeader(q) === normalizeHeader(h)))
      throw new ResponsesFileError(`the question "${h}" appears twice in the header`);
    cols.push([i, h]);
  });
  const out: ResponsesFile = { language, collectsEmail, questions: cols.map(([, q]) => q), rows: [] };
  rows.slice(1).forEach((r, k) => {
    if (!r.some((v) => String(v ?? '').trim())) return;
    out.rows.push({
      line: k + 2,
      stamp: String(r[0] ?? '').trim(),
      email: collectsEmail ? String(r[1] ?? '').trim() : '',
      answers: Object.fromEntries(cols.map(([i, q]) => [q, String(r[i] ?? '')])),
    });
  });
  return out;
}

const PARTS = /^(\d{1,4})[/.-](\d{1,2})[/.-](\d{1,4})(?:[ T,]+(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?\s*([AaPp][Mm])?)?$/;

/** Whether the file's dates read day first: from any part above 12, else from the header's language. */
export function dayFirst(stamps: string[], language: 'id' | 'en'): boolean {
  for (const s of stamps) {
    const m = PARTS.exec(s.trim());
    if (!m || m[1].length === 4) continue;
    if (+m[1] > 12) return true;
    if (+m[2] > 12) return false;
  }
  return language === 'id';
}

/**
 * The instant a timestamp text names, read as wall time in a zone `offsetMinutes` east of UTC:
 * a Date, null when blank, or the text itself when it is no date (the handler lists it).
 */
export function readStamp(s: string, dayFirstOrder: boolean, offsetMinutes: number): Date | string | null {
  const t = s.trim();
  if (!t) return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(t);
  const m = PARTS.exec(t);
  let y: number,
    mo: number,
    d: number,
    h = 0,
    mi = 0,
    se = 0;
  if (iso) {
    if (iso[7]) {
      const ms = Date.parse(t.replace(' ', 'T'));
      return Number.isNaN(ms) ? t : new Date(ms);
    }
    [y, mo, d, h, mi, se] = [+iso[1], +iso[2], +iso[3], +iso[4], +iso[5], +(iso[6] ?? 0)];
  } else if (m) {
    if (m[1].length === 4) [y, mo, d] = [+m[1], +m[2], +m[3]];
    else {
      [d, mo] = dayFirstOrder ? [+m[1], +m[2]] : [+m[2], +m[1]];
      y = +m[3] < 100 ? 2000 + +m[3] : +m[3];
    }
    h = +(m[4] ?? 0);
    mi = +(m[5] ?? 0);
    se = +(m[6] ?? 0);
    const ampm = (m[7] ?? '').toLowerCase();
    if (ampm === 'pm' && h < 12) h += 12;
    if (ampm === 'am' && h === 12) h = 0;
  } else {
    return t;
  }
  if (!isValidYmd(y, mo, d) || h > 23 || mi > 59 || se > 59) return t;
  return new Date(Date.UTC(y, mo - 1, d, h, mi, se) - offsetMinutes * 60000);
}
