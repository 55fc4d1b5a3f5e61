// The text of a PDF that documentToPdf (pdf.ts) wrote, read back for tests and checks: pdfkit's
// output is uncompressed, so text objects can be read as they are.

const WIN_ANSI_HIGH: Record<number, string> = {
  128: '€',
  130: '‚',
  131: 'ƒ',
  132: '„',
  133: '…',
  134: '†',
  135: '‡',
  136: 'ˆ',
  137: '‰',
  138: 'Š',
  139: '‹',
  140: 'Œ',
  142: 'Ž',
  145: '‘',
  146: '’',
  147: '“',
  148: '”',
  149: '•',
  150: '–',
  151: '—',
  152: '˜',
  153: '™',
  154: 'š',
  155: '›',
  156: 'œ',
  158: 'ž',
  159: 'Ÿ',
};

function decodeWinAnsi(bytes: number[]): string {
  return bytes.map((b) => WIN_ANSI_HIGH[b] ?? String.fromCharCode(b)).join('');
}

function decodeLiteral(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (ch !== '\\') {
      out.push(ch.charCodeAt(0));
      continue;
    }
    const n = s[++i];
    const esc: Record<string, number> = { n: 10, r: 13, t: 9, b: 8, f: 12, '(': 40, ')': 41, '\\': 92 };
    if (n in esc) out.push(esc[n]);
    else if (/[0-7]/.test(n)) {
      let oct = n;
      while (oct.length < 3 && /[0-7]/.test(s[i + 1])) oct += s[++i];
      out.push(parseInt(oct, 8));
    }
  }
  return out;
}

/**
 * The visible text of an uncompressed PDF from pdfkit: each text object's strings (hex in TJ
 * arrays, or literal), fragments on one baseline joined, lines separated by "\n", pages in order.
 */
export function pdfText(pdf: Buffer): string {
  return pdfPages(pdf).join('\n');
}

/**
 * The visible text of each page, as pdfText reads it: pdfkit writes one content stream per page,
 * so a page with only a picture reads as an empty string and a page with nothing is [""]
 * only when its stream is empty.
 */
export function pdfPages(pdf: Buffer): string[] {
  const s = pdf.toString('latin1');
  const streams: string[] = [];
  const re = /stream\r?\n/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) {
    const dictStart = s.lastIndexOf('obj', m.index);
    const dict = s.slice(dictStart, m.index);
    const end = s.indexOf('endstream', m.index);
    if (end < 0) break;
    if (!/\/Subtype\s*\/Image|\/FlateDecode|\/Type\s*\/Metadata/.test(dict))
      streams.push(s.slice(m.index + m[0].length, end));
    re.lastIndex = end + 'endstream'.length;
  }
  const pages: string[] = [];
  for (const stream of streams) {
    const lines: string[] = [];
    let lastY: string | null = null;
    for (const bt of stream.match(/BT[\s\S]*?ET/g) ?? []) {
      const tm = /([-\d.]+)\s+([-\d.]+)\s+Tm/.exec(bt);
      const y = tm ? tm[2] : null;
      let text = '';
      for (const arr of bt.match(
        /\[((?:<[0-9a-fA-F]*>|\((?:\\.|[^\\)])*\)|[-\d.\s])*)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj|\(((?:\\.|[^\\)])*)\)\s*Tj/g,
      ) ?? []) {
        for (const part of arr.match(/<[0-9a-fA-F]*>|\((?:\\.|[^\\)])*\)/g) ?? []) {
          if (part.startsWith('<')) {
            const hex = part.slice(1, -1);
            const bytes: number[] = [];
            for (let i = 0; i + 1 < hex.length; i += 2) bytes.push(parseInt(hex.slice(i, i + 2), 16));
            text += decodeWinAnsi(bytes);
          } else {
            text += decodeWinAnsi(decodeLiteral(part.slice(1, -1)));
          }
        }
      }
      if (y !== null && y === lastY && lines.length) lines[lines.length - 1] += text;
      else lines.push(text);
      lastY = y;
    }
    pages.push(lines.join('\n'));
  }
  return pages;
}
