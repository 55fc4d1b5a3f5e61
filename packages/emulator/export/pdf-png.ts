// PNGs that pdfkit embeds synchronously. pdfkit inflates a PNG with alpha or transparency through
// a callback, which would make documentToPdf (pdf.ts) asynchronous: such images are composited
// onto white and re-encoded here as plain 8-bit RGB PNGs first.
import zlib from 'node:zlib';
import { bytesKey, Lru } from '../render/memo';

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

/**
 * Returns a PNG pdfkit embeds synchronously: the image itself when it has no alpha and no
 * transparency, else the image composited onto white as 8-bit RGB. Null when unreadable.
 */
export function pdfSafePng(png: Buffer): Buffer | null {
  const key = bytesKey(png);
  let hit = safe.get(key);
  if (hit === undefined) {
    const made = makeSafe(png);
    hit = made === png ? 'same' : made === null ? null : Buffer.from(made);
    safe.set(key, hit);
  }
  return hit === 'same' ? png : hit === null ? null : Buffer.from(hit);
}

/** Conversions already made (render/memo.ts): 'same' where the image was safe as it came. */
const safe = new Lru<Buffer | null | 'same'>(64);

function makeSafe(png: Buffer): Buffer | null {
  if (png.length < 33 || png.toString('ascii', 1, 4) !== 'PNG') return null;
  let pos = 8;
  let width = 0,
    height = 0,
    depth = 8,
    colorType = 2,
    interlace = 0;
  let palette: Buffer | null = null;
  let trns: Buffer | null = null;
  const idat: Buffer[] = [];
  while (pos + 8 <= png.length) {
    const len = png.readUInt32BE(pos);
    const type = png.toString('ascii', pos + 4, pos + 8);
    const data = png.subarray(pos + 8, pos + 8 + len);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      depth = data[8];
      colorType = data[9];
      interlace = data[12];
    } else if (type === 'PLTE') palette = data;
    else if (type === 'tRNS') trns = data;
    else if (type === 'IDAT') idat.push(data);
    else if (type === 'IEND') break;
    pos += 12 + len;
  }
  if (!width || !height) return null;
  const simple = (colorType === 0 || colorType === 2 || colorType === 3) && !trns && interlace === 0;
  if (simple) return png;
  if (interlace !== 0) return null;
  const channels = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 }[colorType as 0 | 2 | 3 | 4 | 6];
  if (!channels) return null;
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const bitsPerPixel = channels * depth;
  const bpp = Math.max(1, bitsPerPixel >> 3);
  const stride = Math.ceil((width * bitsPerPixel) / 8);
  const out = Buffer.alloc(height * (1 + width * 3));
  let prev = Buffer.alloc(stride);
  const max = (1 << Math.min(depth, 8)) - 1;
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = Buffer.from(raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1)));
    for (let i = 0; i < stride; i++) {
      const a = i >= bpp ? line[i - bpp] : 0;
      const b = prev[i];
      const c = i >= bpp ? prev[i - bpp] : 0;
      let v = line[i];
      if (filter === 1) v += a;
      else if (filter === 2) v += b;
      else if (filter === 3) v += (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a),
          pb = Math.abs(p - b),
          pc = Math.abs(p - c);
        v += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      line[i] = v & 0xff;
    }
    prev = line;
    const sample = (index: number): number => {
      if (depth === 8) return line[index];
      if (depth === 16) return line[index * 2];
      const bit = index * depth;
      return (line[bit >> 3] >> (8 - depth - (bit & 7))) & max;
    };
    const o = y * (1 + width * 3);
    out[o] = 0;
    if (depth === 8 && colorType === 6) {
      // Chart pictures are 8-bit RGBA: composite without the generic per-sample path, which made
      // every report's PDF take ~170 ms a chart.
      for (let x = 0, i = 0, j = o + 1; x < width; x++, i += 4, j += 3) {
        const alpha = line[i + 3];
        if (alpha === 255) {
          out[j] = line[i];
          out[j + 1] = line[i + 1];
          out[j + 2] = line[i + 2];
        } else {
          const k = alpha / 255;
          const w = 255 * (1 - k);
          out[j] = Math.round(line[i] * k + w);
          out[j + 1] = Math.round(line[i + 1] * k + w);
          out[j + 2] = Math.round(line[i + 2] * k + w);
        }
      }
      continue;
    }
    for (let x = 0; x < width; x++) {
      let r: number,
        g: number,
        bl: number,
        alpha = 255;
      if (colorType === 3) {
        const idx = sample(x);
        r = palette ? palette[idx * 3] : 0;
        g = palette ? palette[idx * 3 + 1] : 0;
        bl = palette ? palette[idx * 3 + 2] : 0;
        if (trns && idx < trns.length) alpha = trns[idx];
      } else {
        const scale = depth < 8 ? 255 / max : 1;
        const s0 = sample(x * channels) * scale;
        if (colorType === 0 || colorType === 4) {
          r = g = bl = s0;
          if (colorType === 4) alpha = sample(x * channels + 1);
        } else {
          r = s0;
          g = sample(x * channels + 1) * scale;
          bl = sample(x * channels + 2) * scale;
          if (colorType === 6) alpha = sample(x * channels + 3);
        }
      }
      const k = alpha / 255;
      out[o + 1 + x * 3] = Math.round(r * k + 255 * (1 - k));
      out[o + 2 + x * 3] = Math.round(g * k + 255 * (1 - k));
      out[o + 3 + x * 3] = Math.round(bl * k + 255 * (1 - k));
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(out)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
