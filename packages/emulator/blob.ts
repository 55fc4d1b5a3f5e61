// Utilities.newBlob / Blob: bytes with a content type and a name.
import { type Runtime, service } from './runtime';

export class Blob {
  _bytes: Buffer;
  _contentType: string | null;
  _name: string | null;

  constructor(
    private _rt: Runtime,
    bytes: Buffer | string | number[],
    contentType?: string | null,
    name?: string | null,
  ) {
    this._bytes = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : Buffer.from(bytes as Buffer);
    this._contentType = contentType ?? null;
    this._name = name ?? null;
    return service(_rt, 'Blob', this);
  }

  getBytes(): number[] {
    // Apps Script returns signed bytes (Java byte[]).
    return Array.from(this._bytes, (b) => (b > 127 ? b - 256 : b));
  }
  getDataAsString(charset?: string): string {
    return this._bytes.toString((charset ?? 'utf8').toLowerCase().replace('-', '') as BufferEncoding);
  }
  getContentType(): string | null {
    return this._contentType;
  }
  setContentType(type: string): Blob {
    this._contentType = type;
    return this;
  }
  getName(): string | null {
    return this._name;
  }
  setName(name: string): Blob {
    this._name = name;
    return this;
  }
  setBytes(bytes: number[]): Blob {
    this._bytes = Buffer.from(bytes.map((b) => (b < 0 ? b + 256 : b)));
    return this;
  }
  setDataFromString(s: string): Blob {
    this._bytes = Buffer.from(s, 'utf8');
    return this;
  }
  copyBlob(): Blob {
    return new Blob(this._rt, this._bytes, this._contentType, this._name);
  }
  getBlob(): Blob {
    return this;
  }
  isGoogleType(): boolean {
    return false;
  }
  getAs(contentType: string): Blob {
    if (contentType === this._contentType) return this.copyBlob();
    throw new Error(`not emulated: Blob.getAs from ${this._contentType} to ${contentType}`);
  }
}

/** Reads the raw bytes of any blob-like value the add-on hands to the emulator. */
export function blobBytes(b: unknown): Buffer {
  const raw = b as { _bytes?: Buffer; getBytes?: () => number[] };
  if (raw?._bytes) return raw._bytes;
  if (raw && typeof raw.getBytes === 'function') return Buffer.from(raw.getBytes().map((x) => (x < 0 ? x + 256 : x)));
  throw new Error('Invalid argument: blob');
}
