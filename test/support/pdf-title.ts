// The Title of a PDF's document information, as a test reads it (the report's and the DIP's PDFs).
/** The PDF's Title in its document information (pdfkit writes it as an object of its own, UTF-16BE hex). */
export function pdfTitle(pdf: Buffer): string {
  const s = pdf.toString('latin1');
  const ref = s.match(/\/Title\s+(\d+) 0 R/);
  const value = ref ? s.slice(s.indexOf(`\n${ref[1]} 0 obj`), s.indexOf('endobj', s.indexOf(`\n${ref[1]} 0 obj`))) : s;
  const hex = value.match(/<FEFF([0-9A-Fa-f]*)>/);
  if (hex) {
    let out = '';
    for (let i = 0; i + 3 < hex[1].length; i += 4) out += String.fromCharCode(parseInt(hex[1].slice(i, i + 4), 16));
    return out;
  }
  const lit = value.match(/\(((?:\\[\s\S]|[^\\)])*)\)/);
  if (!lit) return '';
  // A literal string: escapes undone to bytes, then UTF-16BE after its byte-order mark, else Latin-1.
  const bytes: number[] = [];
  const esc: Record<string, number> = { n: 10, r: 13, t: 9, b: 8, f: 12 };
  for (let i = 0; i < lit[1].length; i++) {
    const ch = lit[1][i];
    if (ch !== '\\') bytes.push(ch.charCodeAt(0));
    else {
      const n = lit[1][++i];
      const oct = lit[1].slice(i).match(/^[0-7]{1,3}/);
      if (oct) {
        bytes.push(parseInt(oct[0], 8));
        i += oct[0].length - 1;
      } else bytes.push(esc[n] ?? n.charCodeAt(0));
    }
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return Buffer.from(bytes.slice(2)).swap16().toString('utf16le');
  return Buffer.from(bytes).toString('latin1');
}
