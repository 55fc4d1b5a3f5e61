// Reading a text file a person made (a register CSV, a form's responses, a units list, a settings
// file) in whatever encoding their program wrote it. Excel on Windows writes "CSV (Comma delimited)"
// in the system's ANSI code page, Windows-1252 on Western and Indonesian Windows; "CSV UTF-8" starts
// with a byte order mark; "Unicode Text" is UTF-16 little-endian with one. Google Sheets' own import
// is told the encoding (or guesses); here the bytes are looked at:
//   - a UTF-8 byte order mark (EF BB BF): UTF-8, the mark dropped;
//   - a UTF-16 mark (FF FE little-endian, FE FF big-endian): UTF-16;
//   - otherwise UTF-8 when every byte sequence is valid UTF-8 (plain ASCII is both);
//   - otherwise Windows-1252, and the caller says so: valid UTF-8 text of any length is almost never
//     also valid as Windows-1252 accented text, and the reverse misreading is what turned every
//     "José Müller" into "Jos� M�ller".

import fs from 'node:fs';

export type TextEncoding = 'utf-8' | 'utf-8 with BOM' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/**
 * Windows-1252's 0x80–0x9F, the only range where it differs from ISO-8859-1 (Unicode's mapping
 * table, https://www.unicode.org/Public/MAPPINGS/VENDORS/MICSFT/WINDOWS/CP1252.TXT). The five bytes
 * that table leaves undefined (81, 8D, 8F, 90, 9D) are read as the C1 control of the same number,
 * as the WHATWG Encoding Standard's windows-1252 and Windows' own conversion do.
 */
// biome-ignore format: a table laid out by hand, eight bytes a line
export const CP1252_HIGH: readonly number[] = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, // 80–87
  0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f, // 88–8F
  0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, // 90–97
  0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178, // 98–9F
];

/**
 * Bytes as Windows-1252: 00–7F and A0–FF are the same code points, 80–9F from the table. Not
 * Node's TextDecoder('windows-1252'): Node 20.18.3+ and 22.13+ decode that label as ISO-8859-1,
 * so 0x80 gives U+0080 instead of "€" (https://github.com/nodejs/node/issues/60888).
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(...Array.from(chunk, (b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : b)));
  }
  return out;
}

/** The text of some bytes and the encoding it was read in (see the top of this file). */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf)
    return { text: strictUtf8(buf.subarray(3)) ?? decodeWindows1252(buf.subarray(3)), encoding: 'utf-8 with BOM' };
  if (buf[0] === 0xff && buf[1] === 0xfe) return { text: buf.subarray(2).toString('utf16le'), encoding: 'utf-16le' };
  if (buf[0] === 0xfe && buf[1] === 0xff) {
    const body = Buffer.from(buf.subarray(2, 2 + ((buf.length - 2) & ~1)));
    return { text: body.swap16().toString('utf16le'), encoding: 'utf-16be' };
  }
  const utf8 = strictUtf8(buf);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  return { text: decodeWindows1252(buf), encoding: 'windows-1252' };
}

function strictUtf8(buf: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(buf);
  } catch (_) {
    return null;
  }
}

/**
 * A file's text in its encoding. `say` is told, in one line, when the file was read as Windows-1252
 * (the officer should know it was a guess, in case it was another code page) or as UTF-16; UTF-8,
 * with or without its mark, goes without a word.
 */
export function readTextFile(file: string, say?: (line: string) => void): string {
  const { text, encoding } = decodeText(fs.readFileSync(file));
  if (encoding === 'windows-1252')
    say?.(
      `note: ${file} is not valid UTF-8; read as Windows-1252 (what Excel on Windows saves as "CSV"). Save it as "CSV UTF-8" to avoid the guess`,
    );
  else if (encoding.startsWith('utf-16'))
    say?.(`note: ${file} read as ${encoding.toUpperCase()} (it starts with that byte order mark)`);
  return text;
}
