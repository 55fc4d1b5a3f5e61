// Utilities: blobs, Java SimpleDateFormat-style date formatting and parsing in a named time zone
// (English month and day names, like Apps Script), base64, digests, sleep on the emulated clock.
import crypto from 'node:crypto';
import zlib from 'node:zlib';
import { type Runtime, service, isDate } from '../runtime';
import { Blob, blobBytes } from '../blob';
import { makeEnum, enumName, gasError } from './common';

export const Charset = makeEnum('Charset', ['US_ASCII', 'UTF_8']);
export const DigestAlgorithm = makeEnum('DigestAlgorithm', ['MD2', 'MD5', 'SHA_1', 'SHA_256', 'SHA_384', 'SHA_512']);
export const MacAlgorithm = makeEnum('MacAlgorithm', [
  'HMAC_MD5',
  'HMAC_SHA_1',
  'HMAC_SHA_256',
  'HMAC_SHA_384',
  'HMAC_SHA_512',
]);

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** Java's short names for zones an Indonesian office meets; others fall back to Intl's. */
const ZONE_ABBR: Record<string, string> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Pontianak': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
  UTC: 'UTC',
  GMT: 'GMT',
  'Etc/UTC': 'UTC',
  'Etc/GMT': 'GMT',
};

interface ZoneFields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  ms: number;
  weekday: number;
  offsetMinutes: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Java falls back to GMT for a zone id it does not know; so does Apps Script. */
export function resolveZone(timeZone: unknown): { id: string; fixed: number | null } {
  const id = String(timeZone ?? 'GMT');
  const m = /^(?:GMT|UTC)([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(id);
  if (m) return { id, fixed: (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0)) };
  if (id === 'GMT' || id === 'UTC' || id === 'Z') return { id, fixed: 0 };
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: id });
    return { id, fixed: null };
  } catch {
    return { id: 'GMT', fixed: 0 };
  }
}

export function zoneFields(date: Date, timeZone: unknown): ZoneFields {
  const zone = resolveZone(timeZone);
  const t = date.getTime();
  if (zone.fixed !== null) {
    const d = new Date(t + zone.fixed * 60000);
    return {
      year: d.getUTCFullYear(),
      month: d.getUTCMonth() + 1,
      day: d.getUTCDate(),
      hour: d.getUTCHours(),
      minute: d.getUTCMinutes(),
      second: d.getUTCSeconds(),
      ms: d.getUTCMilliseconds(),
      weekday: d.getUTCDay(),
      offsetMinutes: zone.fixed,
    };
  }
  let f = formatters.get(zone.id);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone.id,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    });
    formatters.set(zone.id, f);
  }
  const parts: Record<string, string> = {};
  for (const p of f.formatToParts(date)) parts[p.type] = p.value;
  let year = Number(parts.year);
  if (parts.era === 'BC') year = 1 - year;
  const fields = {
    year,
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour) % 24,
    minute: Number(parts.minute),
    second: Number(parts.second),
    ms: ((t % 1000) + 1000) % 1000,
  };
  const wall = Date.UTC(
    fields.year,
    fields.month - 1,
    fields.day,
    fields.hour,
    fields.minute,
    fields.second,
    fields.ms,
  );
  const offsetMinutes = Math.round((wall - t) / 60000);
  return { ...fields, weekday: new Date(wall).getUTCDay(), offsetMinutes };
}

function pad(n: number, width: number): string {
  const s = String(Math.abs(n));
  return (n < 0 ? '-' : '') + (s.length >= width ? s : '0'.repeat(width - s.length) + s);
}

function offsetText(minutes: number, colon: boolean, withMinutes = true): string {
  const sign = minutes < 0 ? '-' : '+';
  const a = Math.abs(minutes);
  const h = pad(Math.floor(a / 60), 2);
  const m = pad(a % 60, 2);
  return withMinutes ? `${sign}${h}${colon ? ':' : ''}${m}` : `${sign}${h}`;
}

/** Splits a SimpleDateFormat pattern into letter runs and literal text. */
function tokenize(pattern: string): Array<{ letter: string; count: number } | { text: string }> {
  const out: Array<{ letter: string; count: number } | { text: string }> = [];
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i];
    if (c === "'") {
      if (pattern[i + 1] === "'") {
        out.push({ text: "'" });
        i += 2;
        continue;
      }
      let j = i + 1;
      let text = '';
      while (j < pattern.length) {
        if (pattern[j] === "'") {
          if (pattern[j + 1] === "'") {
            text += "'";
            j += 2;
            continue;
          }
          break;
        }
        text += pattern[j];
        j += 1;
      }
      if (j >= pattern.length) throw gasError('Invalid argument: pattern (unterminated quote)');
      out.push({ text });
      i = j + 1;
    } else if (/[A-Za-z]/.test(c)) {
      let j = i;
      while (pattern[j] === c) j += 1;
      out.push({ letter: c, count: j - i });
      i = j;
    } else {
      out.push({ text: c });
      i += 1;
    }
  }
  return out;
}

function dayOfYear(f: ZoneFields): number {
  return Math.round((Date.UTC(f.year, f.month - 1, f.day) - Date.UTC(f.year, 0, 1)) / 86400000) + 1;
}

export function formatDate(date: unknown, timeZone: unknown, pattern: unknown): string {
  if (!isDate(date) || Number.isNaN((date as Date).getTime())) throw gasError('Invalid argument: date');
  if (pattern == null) throw gasError('Invalid argument: format');
  const zone = resolveZone(timeZone);
  const f = zoneFields(date as Date, zone.id);
  return tokenize(String(pattern))
    .map((tok) => {
      if ('text' in tok) return tok.text;
      const n = tok.count;
      switch (tok.letter) {
        case 'G':
          return f.year > 0 ? 'AD' : 'BC';
        case 'y':
        case 'Y':
          return n === 2 ? pad(f.year % 100, 2) : pad(f.year, n);
        case 'M':
        case 'L':
          if (n >= 4) return MONTHS[f.month - 1];
          if (n === 3) return MONTHS[f.month - 1].slice(0, 3);
          return pad(f.month, n);
        case 'd':
          return pad(f.day, n);
        case 'D':
          return pad(dayOfYear(f), n);
        case 'F':
          return pad(Math.floor((f.day - 1) / 7) + 1, n);
        case 'E':
          return n >= 4 ? DAYS[f.weekday] : DAYS[f.weekday].slice(0, 3);
        case 'u':
          return pad(f.weekday === 0 ? 7 : f.weekday, n);
        case 'a':
          return f.hour < 12 ? 'AM' : 'PM';
        case 'H':
          return pad(f.hour, n);
        case 'k':
          return pad(f.hour === 0 ? 24 : f.hour, n);
        case 'K':
          return pad(f.hour % 12, n);
        case 'h':
          return pad(f.hour % 12 === 0 ? 12 : f.hour % 12, n);
        case 'm':
          return pad(f.minute, n);
        case 's':
          return pad(f.second, n);
        case 'S':
          return pad(f.ms, n);
        case 'z':
          if (zone.fixed !== null)
            return zone.id === 'UTC' || zone.id === 'GMT' ? zone.id : `GMT${offsetText(f.offsetMinutes, true)}`;
          return ZONE_ABBR[zone.id] ?? zoneShortName(date as Date, zone.id);
        case 'Z':
          return offsetText(f.offsetMinutes, false);
        case 'X':
          if (f.offsetMinutes === 0) return 'Z';
          return n === 1 ? offsetText(f.offsetMinutes, false, false) : offsetText(f.offsetMinutes, n >= 3);
        default:
          throw gasError(`Invalid argument: pattern (illegal pattern character '${tok.letter}')`);
      }
    })
    .join('');
}

function zoneShortName(date: Date, zone: string): string {
  const part = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'short' })
    .formatToParts(date)
    .find((p) => p.type === 'timeZoneName');
  return part ? part.value : zone;
}

/** The instant at which the wall clock in `timeZone` shows the given fields. */
export function zonedInstant(
  timeZone: unknown,
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
  ms = 0,
): Date {
  const guess = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  let t = guess - zoneFields(new Date(guess), timeZone).offsetMinutes * 60000;
  // A second pass settles instants near a daylight-saving change.
  t = guess - zoneFields(new Date(t), timeZone).offsetMinutes * 60000;
  return new Date(t);
}

export function parseDate(text: unknown, timeZone: unknown, pattern: unknown): Date {
  const s = String(text ?? '');
  const fields = { year: 1970, month: 1, day: 1, hour: 0, minute: 0, second: 0, ms: 0, pm: null as boolean | null };
  let offset: number | null = null;
  let i = 0;
  const fail = (): never => {
    throw gasError(`Unparseable date: "${s}"`);
  };
  const tokens = tokenize(String(pattern));
  tokens.forEach((tok, idx) => {
    if ('text' in tok) {
      if (s.substr(i, tok.text.length) !== tok.text) fail();
      i += tok.text.length;
      return;
    }
    const next = tokens[idx + 1];
    const adjacentNumber = next && 'letter' in next;
    const readNum = (): number => {
      const max = adjacentNumber ? tok.count : 10;
      const m = new RegExp(`^[+-]?\\d{1,${Math.max(max, 1)}}`).exec(s.slice(i));
      if (!m) fail();
      i += m![0].length;
      return Number(m![0]);
    };
    const readName = (names: string[]): number => {
      const rest = s.slice(i).toLowerCase();
      for (const full of [...names].sort((a, b) => b.length - a.length)) {
        for (const cand of [full, full.slice(0, 3)]) {
          if (rest.startsWith(cand.toLowerCase())) {
            i += cand.length;
            return names.indexOf(full);
          }
        }
      }
      return fail();
    };
    switch (tok.letter) {
      case 'y':
      case 'Y': {
        const y = readNum();
        fields.year = tok.count === 2 && y < 100 ? 2000 + y : y;
        break;
      }
      case 'M':
      case 'L':
        fields.month = tok.count >= 3 ? readName(MONTHS) + 1 : readNum();
        break;
      case 'd':
        fields.day = readNum();
        break;
      case 'H':
      case 'k':
        fields.hour = readNum() % 24;
        break;
      case 'h':
      case 'K':
        fields.hour = readNum() % 12;
        break;
      case 'm':
        fields.minute = readNum();
        break;
      case 's':
        fields.second = readNum();
        break;
      case 'S':
        fields.ms = readNum();
        break;
      case 'E':
        readName(DAYS);
        break;
      case 'a': {
        const ap = s.substr(i, 2).toUpperCase();
        if (ap !== 'AM' && ap !== 'PM') fail();
        fields.pm = ap === 'PM';
        i += 2;
        break;
      }
      case 'Z':
      case 'X': {
        const m = /^(Z|[+-]\d{2}:?\d{2}|[+-]\d{2})/.exec(s.slice(i));
        if (!m) fail();
        i += m![0].length;
        if (m![0] === 'Z') offset = 0;
        else {
          const sign = m![0][0] === '-' ? -1 : 1;
          const digits = m![0].slice(1).replace(':', '');
          offset = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || 0));
        }
        break;
      }
      default:
        throw gasError(`Invalid argument: pattern (illegal pattern character '${tok.letter}')`);
    }
  });
  if (fields.pm !== null && fields.pm) fields.hour += 12;
  if (fields.month < 1 || fields.month > 12 || fields.day < 1 || fields.day > 31) fail();
  if (offset !== null) {
    return new Date(
      Date.UTC(fields.year, fields.month - 1, fields.day, fields.hour, fields.minute, fields.second, fields.ms) -
        offset * 60000,
    );
  }
  return zonedInstant(
    timeZone,
    fields.year,
    fields.month,
    fields.day,
    fields.hour,
    fields.minute,
    fields.second,
    fields.ms,
  );
}

/** Java's String.format for the conversions scripts use: %s %d %f %.Nf %x %% and widths. */
export function formatString(template: unknown, args: unknown[]): string {
  let next = 0;
  return String(template).replace(
    /%(\d+\$)?([-0+ ,]*)(\d+)?(?:\.(\d+))?([sdfxXeEbc%n])/g,
    (_m, pos, flags: string, width, prec, conv: string) => {
      if (conv === '%') return '%';
      if (conv === 'n') return '\n';
      const value = pos ? args[Number(pos.slice(0, -1)) - 1] : args[next++];
      let out: string;
      switch (conv) {
        case 'd': {
          const n = Math.trunc(Number(value));
          out = flags.includes(',') ? n.toLocaleString('en-US') : String(Math.abs(n));
          if (!flags.includes(',') && n < 0) out = `-${out}`;
          if (flags.includes('+') && n >= 0) out = `+${out}`;
          break;
        }
        case 'f':
          out = Number(value).toFixed(prec == null ? 6 : Number(prec));
          break;
        case 'e':
        case 'E':
          out = Number(value).toExponential(prec == null ? 6 : Number(prec));
          break;
        case 'x':
          out = Math.trunc(Number(value)).toString(16);
          break;
        case 'X':
          out = Math.trunc(Number(value)).toString(16).toUpperCase();
          break;
        case 'b':
          out = String(!!value);
          break;
        case 'c':
          out = typeof value === 'number' ? String.fromCharCode(value) : String(value)[0];
          break;
        default:
          out = String(value);
          if (prec != null) out = out.slice(0, Number(prec));
      }
      if (width && out.length < Number(width)) {
        const fill = flags.includes('0') && !flags.includes('-') ? '0' : ' ';
        out = flags.includes('-')
          ? out.padEnd(Number(width))
          : fill === '0' && /^[+-]/.test(out)
            ? out[0] + out.slice(1).padStart(Number(width) - 1, '0')
            : out.padStart(Number(width), fill);
      }
      return out;
    },
  );
}

function signed(buf: Buffer): number[] {
  return Array.from(buf, (b) => (b > 127 ? b - 256 : b));
}

function bytesOf(data: unknown, charset?: unknown): Buffer {
  if (typeof data === 'string')
    return Buffer.from(data, charset != null && String(charset) === 'US_ASCII' ? 'latin1' : 'utf8');
  if (ArrayBuffer.isView(data)) return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if (Array.isArray(data)) return Buffer.from(data.map((b) => (Number(b) < 0 ? Number(b) + 256 : Number(b))));
  if (data != null && typeof data === 'object') return blobBytes(data);
  throw gasError('Invalid argument: data');
}

const DIGEST: Record<string, string> = {
  MD2: 'md2',
  MD5: 'md5',
  SHA_1: 'sha1',
  SHA_256: 'sha256',
  SHA_384: 'sha384',
  SHA_512: 'sha512',
};

export class Utilities {
  readonly Charset = Charset;
  readonly DigestAlgorithm = DigestAlgorithm;
  readonly MacAlgorithm = MacAlgorithm;

  constructor(readonly _rt: Runtime) {
    return service(_rt, 'Utilities', this);
  }
  newBlob(data: unknown, contentType?: string | null, name?: string | null): Blob {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : bytesOf(data ?? '');
    return new Blob(this._rt, bytes, contentType ?? null, name ?? null);
  }
  formatDate(date: unknown, timeZone: string, format: string): string {
    return formatDate(date, timeZone, format);
  }
  parseDate(date: string, timeZone: string, format: string): Date {
    return parseDate(date, timeZone, format);
  }
  formatString(template: string, ...args: unknown[]): string {
    return formatString(template, args);
  }
  sleep(milliseconds: number): void {
    const ms = Number(milliseconds);
    if (!Number.isFinite(ms) || ms < 0 || ms > 300000) throw gasError('Invalid argument: milliseconds');
    this._rt.advance(ms);
  }
  getUuid(): string {
    return crypto.randomUUID();
  }
  base64Encode(data: unknown, charset?: unknown): string {
    return bytesOf(data, charset).toString('base64');
  }
  base64EncodeWebSafe(data: unknown, charset?: unknown): string {
    return bytesOf(data, charset).toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
  }
  base64Decode(encoded: string): number[] {
    return signed(Buffer.from(String(encoded), 'base64'));
  }
  base64DecodeWebSafe(encoded: string): number[] {
    return signed(Buffer.from(String(encoded).replace(/-/g, '+').replace(/_/g, '/'), 'base64'));
  }
  computeDigest(algorithm: unknown, value: unknown, charset?: unknown): number[] {
    const alg = DIGEST[enumName(DigestAlgorithm, algorithm, 'algorithm')];
    return signed(crypto.createHash(alg).update(bytesOf(value, charset)).digest());
  }
  computeHmacSignature(algorithm: unknown, value: unknown, key: unknown, charset?: unknown): number[] {
    const alg = enumName(MacAlgorithm, algorithm, 'algorithm').replace('HMAC_', '');
    return signed(crypto.createHmac(DIGEST[alg], bytesOf(key, charset)).update(bytesOf(value, charset)).digest());
  }
  computeHmacSha256Signature(value: unknown, key: unknown, charset?: unknown): number[] {
    return signed(crypto.createHmac('sha256', bytesOf(key, charset)).update(bytesOf(value, charset)).digest());
  }
  gzip(blob: unknown, name?: string): Blob {
    const b = blob as { _name?: string | null };
    return new Blob(
      this._rt,
      zlib.gzipSync(blobBytes(blob)),
      'application/x-gzip',
      name ?? (b._name ? `${b._name}.gz` : null),
    );
  }
  ungzip(blob: unknown): Blob {
    const b = blob as { _name?: string | null };
    return new Blob(this._rt, zlib.gunzipSync(blobBytes(blob)), null, b._name ? b._name.replace(/\.gz$/, '') : null);
  }
  jsonStringify(obj: unknown): string {
    return JSON.stringify(obj);
  }
  jsonParse(jsonString: string): unknown {
    return JSON.parse(jsonString);
  }
}
