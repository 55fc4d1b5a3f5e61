// A small least-recently-used cache for the emulator's pure, costly conversions (a chart's SVG to
// PNG, a PNG made safe for the PDF writer). Both are functions of their input alone, so a hit
// gives exactly what a new conversion would; callers get their own copy of the bytes. This is only
// the emulator's speed: a test suite draws the same few charts hundreds of times.
import { createHash } from 'node:crypto';

export class Lru<V> {
  private readonly entries = new Map<string, V>();

  constructor(private readonly max: number) {}

  get(key: string): V | undefined {
    const v = this.entries.get(key);
    if (v !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, v);
    }
    return v;
  }

  set(key: string, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value as string);
  }

  get size(): number {
    return this.entries.size;
  }
}

/** A key for bytes: their length and SHA-1 (collisions are not a concern for a cache of pictures). */
export function bytesKey(bytes: Uint8Array): string {
  return `${bytes.length}:${createHash('sha1').update(bytes).digest('hex')}`;
}

/** `convert(input)` through `cache`, each caller receiving its own copy of the bytes. */
export function memoBytes(cache: Lru<Buffer | null>, key: string, convert: () => Buffer | null): Buffer | null {
  let hit = cache.get(key);
  if (hit === undefined) {
    const made = convert();
    // Kept as a copy: a conversion may return its input, which its caller owns.
    hit = made === null ? null : Buffer.from(made);
    cache.set(key, hit);
  }
  return hit === null ? null : Buffer.from(hit);
}
