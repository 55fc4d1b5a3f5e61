// HtmlService: outputs, templates with Apps Script's scriptlets (<? code ?>, <?= escaped ?>,
// <?!= raw ?>) evaluated with the template's own properties in scope and, once the emulator has
// loaded the bundle, the bundle's globals too (so <?!= include('Style') ?> works).
import vm from 'node:vm';
import { type Runtime, service } from '../runtime';
import { Blob, blobBytes } from '../blob';
import { makeEnum, enumName, gasError } from './common';

export const SandboxMode = makeEnum('SandboxMode', ['EMULATED', 'IFRAME', 'NATIVE']);
export const XFrameOptionsMode = makeEnum('XFrameOptionsMode', ['ALLOWALL', 'DEFAULT']);

export function escapeHtml(value: unknown): string {
  if (value == null) return '';
  return String(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function textOf(v: unknown): string {
  if (v == null) return '';
  if (typeof v === 'object' && (v as { _bytes?: Buffer })._bytes) return blobBytes(v).toString('utf8');
  return String(v);
}

export class HtmlOutput {
  _content: string;
  _title: string | null = null;
  _width: number | null = null;
  _height: number | null = null;
  _sandbox = 'IFRAME';
  _xframe = 'DEFAULT';
  _favicon: string | null = null;
  readonly _meta: Array<{ name: string; content: string }> = [];

  constructor(
    private readonly _rt: Runtime,
    content: string,
  ) {
    this._content = content;
    return service(_rt, 'HtmlOutput', this);
  }
  getContent(): string {
    return this._content;
  }
  setContent(content: string): any {
    this._content = textOf(content);
    return this;
  }
  append(addedContent: string): any {
    this._content += textOf(addedContent);
    return this;
  }
  appendUntrusted(addedContent: string): any {
    this._content += escapeHtml(addedContent);
    return this;
  }
  clear(): any {
    this._content = '';
    return this;
  }
  getTitle(): string | null {
    return this._title;
  }
  setTitle(title: string): any {
    this._title = String(title);
    return this;
  }
  getWidth(): number | null {
    return this._width;
  }
  setWidth(width: number): any {
    this._width = Number(width);
    return this;
  }
  getHeight(): number | null {
    return this._height;
  }
  setHeight(height: number): any {
    this._height = Number(height);
    return this;
  }
  setSandboxMode(mode: unknown): any {
    this._sandbox = enumName(SandboxMode, mode, 'mode');
    return this;
  }
  getSandboxMode(): any {
    return SandboxMode[this._sandbox];
  }
  setXFrameOptionsMode(mode: unknown): any {
    this._xframe = enumName(XFrameOptionsMode, mode, 'mode');
    return this;
  }
  setFaviconUrl(url: string): any {
    this._favicon = String(url);
    return this;
  }
  getFaviconUrl(): string | null {
    return this._favicon;
  }
  addMetaTag(name: string, content: string): any {
    if (
      !['apple-mobile-web-app-capable', 'google-site-verification', 'mobile-web-app-capable', 'viewport'].includes(
        String(name),
      )
    ) {
      throw gasError(`Invalid argument: name (${name})`);
    }
    this._meta.push({ name: String(name), content: String(content) });
    return this;
  }
  getMetaTags(): Array<{ name: string; content: string }> {
    return this._meta.map((m) => ({ ...m }));
  }
  getBlob(): Blob {
    return new Blob(this._rt, this._content, 'text/html', this._title);
  }
  getAs(contentType: string): Blob {
    if (contentType !== 'text/html') throw gasError(`Converting from text/html to ${contentType} is not supported.`);
    return this.getBlob();
  }
  asTemplate(): any {
    return new HtmlTemplate(this._rt, this._content, null);
  }
}

/** Turns template text into the body of a function(output, __esc) run inside `with (__data)`. */
export function compileTemplate(source: string): string {
  const parts: string[] = [];
  const re = /<\?(!=|=)?([\s\S]*?)\?>/g;
  let last = 0;
  for (const m of source.matchAll(re)) {
    const at = m.index ?? 0;
    if (at > last) parts.push(`output._raw(${JSON.stringify(source.slice(last, at))});`);
    const code = m[2].trim();
    // Printing scriptlets may end with a semicolon (Google's own samples write `include('x'); ?>`).
    const expr = code.replace(/;\s*$/, '');
    if (m[1] === '=') parts.push(`output._raw(__esc(${expr}));`);
    else if (m[1] === '!=') parts.push(`output._raw(__str(${expr}));`);
    else parts.push(`${code}\n`);
    last = at + m[0].length;
  }
  if (last < source.length) parts.push(`output._raw(${JSON.stringify(source.slice(last))});`);
  return parts.join('\n');
}

export class HtmlTemplate {
  readonly _source: string;

  constructor(
    private readonly _rt: Runtime,
    source: string,
    private readonly _svc: HtmlService | null,
  ) {
    this._source = source;
    return service(_rt, 'HtmlTemplate', this);
  }
  evaluate(): any {
    const data: Record<string, unknown> = {};
    for (const k of Object.keys(this)) if (!k.startsWith('_')) data[k] = (this as Record<string, unknown>)[k];
    const writer = { text: '' };
    const output = {
      _raw(s: string) {
        writer.text += s;
      },
      append(s: unknown) {
        writer.text += textOf(s);
        return output;
      },
      appendUntrusted(s: unknown) {
        writer.text += escapeHtml(s);
        return output;
      },
      clear() {
        writer.text = '';
        return output;
      },
      getContent() {
        return writer.text;
      },
    };
    const wrapper = `(function (__data, output, __esc, __str) { with (__data) {\n${compileTemplate(this._source)}\n} })`;
    const ctx = this._svc ? this._svc._globals : null;
    let fn: (...a: unknown[]) => void;
    try {
      fn = ctx && vm.isContext(ctx) ? vm.runInContext(wrapper, ctx) : vm.runInThisContext(wrapper);
    } catch (e) {
      throw gasError(`SyntaxError in HTML template: ${(e as Error).message}`);
    }
    fn(data, output, escapeHtml, (v: unknown) => (v == null ? '' : String(v)));
    return new HtmlOutput(this._rt, writer.text);
  }
  getCode(): string {
    return compileTemplate(this._source);
  }
  getCodeWithComments(): string {
    return compileTemplate(this._source);
  }
  getRawContent(): string {
    return this._source;
  }
}

export class HtmlService {
  readonly SandboxMode = SandboxMode;
  readonly XFrameOptionsMode = XFrameOptionsMode;
  /** The bundle's vm context, once loaded: scriptlets see its globals. */
  _globals: object | null = null;

  constructor(readonly _rt: Runtime) {
    return service(_rt, 'HtmlService', this);
  }
  createHtmlOutput(html?: unknown): any {
    const h = html as { _source?: string } | undefined;
    if (h && typeof h === 'object' && typeof h._source === 'string') return new HtmlOutput(this._rt, h._source);
    return new HtmlOutput(this._rt, textOf(html));
  }
  createHtmlOutputFromFile(filename: string): any {
    return new HtmlOutput(this._rt, this._file(filename));
  }
  createTemplate(html: unknown): any {
    return new HtmlTemplate(this._rt, textOf(html), this);
  }
  createTemplateFromFile(filename: string): any {
    return new HtmlTemplate(this._rt, this._file(filename), this);
  }
  getUserAgent(): string {
    return 'Mozilla/5.0 (emulated)';
  }
  /** Emulator-only: lets scriptlets call the bundle's global functions (include …). */
  _setGlobals(ctx: object | null): void {
    this._globals = ctx;
  }
  _file(filename: string): string {
    const name = String(filename).replace(/\.html$/, '');
    const content = this._rt.projectFiles.get(name);
    if (content === undefined) throw gasError(`No HTML file named ${name} was found.`);
    return content;
  }
}
