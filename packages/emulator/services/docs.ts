// DocumentApp and Document: the entry of the emulated DocumentApp, re-exporting the element classes.
//
// DocumentApp: a real element tree (Body → Paragraph / ListItem / Table → TableRow → TableCell …,
// paragraphs holding Text runs, InlineImage, PageBreak, HorizontalRule) with Apps Script's
// behaviour where an add-on relies on it: a new body holds one empty paragraph, the last
// paragraph of a section cannot be removed, images and page breaks live inside a paragraph,
// appendTable wants strings, and a closed document refuses edits. Drive renders the last saved
// state, so an export taken before saveAndClose() is stale exactly as it is on Google's servers.
// The elements live in docs-*.ts, each importing only the ones below it: docs-enums and docs-model
// (the state a document's elements share), docs-element (Element), docs-text, docs-container,
// docs-inline, docs-paragraph, docs-section (what every section shares), docs-table, docs-body.
import { type Runtime, service, type FileRecord } from '../runtime';
import { canSee } from '../drive-acl';
import type { Blob } from '../blob';
import { gasError } from './common';
import type { DocTree } from './docs-tree';
import { documentToPdf } from '../export/pdf';
import {
  Attribute,
  ElementType,
  FontFamily,
  GlyphType,
  HorizontalAlignment,
  ParagraphHeading,
  TextAlignment,
  VerticalAlignment,
} from './docs-enums';
import { DocModel } from './docs-model';
import { Body, FooterSection, HeaderSection } from './docs-body';
import { loadTree } from './docs-load';

export {
  ParagraphHeading,
  HorizontalAlignment,
  VerticalAlignment,
  GlyphType,
  TextAlignment,
  Attribute,
  ElementType,
  FontFamily,
} from './docs-enums';
export { DocModel } from './docs-model';
export { Element, RangeElement } from './docs-element';
export { TextEl } from './docs-text';
export { Container } from './docs-container';
export { InlineImage, PageBreak, HorizontalRule } from './docs-inline';
export { Paragraph, ListItem } from './docs-paragraph';
export { Section } from './docs-section';
export { Table, TableRow, TableCell } from './docs-table';
export { Body, HeaderSection, FooterSection } from './docs-body';

export const DOCUMENT_MIME = 'application/vnd.google-apps.document';

/** The Document object: one per open; the content lives in the shared DocModel. */
export class Document {
  constructor(
    readonly _rt: Runtime,
    readonly _m: DocModel,
    private readonly _drive: DriveLink,
  ) {
    return service(_rt, 'Document', this);
  }
  getId(): string {
    return this._m.id;
  }
  getName(): string {
    return this._m.record.name;
  }
  setName(name: string): any {
    this._m.edit();
    this._m.record.name = String(name);
    this._m.name = String(name);
    return this;
  }
  getUrl(): string {
    return `https://docs.google.com/document/d/${this._m.id}/edit`;
  }
  getBody(): any {
    return this._m.body;
  }
  getHeader(): any {
    return this._m.header;
  }
  getFooter(): any {
    return this._m.footer;
  }
  addHeader(): any {
    if (this._m.header) throw gasError('Document tab already contains a header.');
    this._m.edit();
    this._m.header = new HeaderSection(this._rt, this._m);
    return this._m.header;
  }
  addFooter(): any {
    if (this._m.footer) throw gasError('Document tab already contains a footer.');
    this._m.edit();
    this._m.footer = new FooterSection(this._rt, this._m);
    return this._m.footer;
  }
  saveAndClose(): void {
    if (!this._m.closed) this._m.save();
    this._m.closed = true;
  }
  getAs(contentType: string): Blob {
    return this._drive.render(this._m.record, contentType);
  }
  getBlob(): Blob {
    return this._drive.render(this._m.record, 'application/pdf');
  }
  getLanguage(): string {
    return this._m.language;
  }
  setLanguage(code: string): any {
    this._m.language = String(code);
    return this;
  }
  getCursor(): null {
    return null;
  }
  getSelection(): null {
    return null;
  }
  getFootnotes(): any[] {
    return [];
  }
  getNamedRanges(): any[] {
    return [];
  }
  getEditors(): any[] {
    return this._drive.users(this._m.record, 'editors');
  }
  getViewers(): any[] {
    return this._drive.users(this._m.record, 'viewers');
  }
  addEditor(emailAddress: string): any {
    this._drive.share(this._m.record, 'editors', emailAddress);
    return this;
  }
  addViewer(emailAddress: string): any {
    this._drive.share(this._m.record, 'viewers', emailAddress);
    return this;
  }
  addEditors(emails: string[]): any {
    for (const e of emails) this._drive.share(this._m.record, 'editors', e);
    return this;
  }
  addViewers(emails: string[]): any {
    for (const e of emails) this._drive.share(this._m.record, 'viewers', e);
    return this;
  }
  removeEditor(emailAddress: string): any {
    this._m.record.editors.delete(String(emailAddress));
    return this;
  }
  removeViewer(emailAddress: string): any {
    this._m.record.viewers.delete(String(emailAddress));
    return this;
  }
  /** Emulator-only: the current (unsaved included) content as a plain tree for the exporters. */
  _tree(): DocTree {
    return this._m.tree();
  }
}

/** What the Docs side needs from Drive: rendering a record and sharing it. */
export interface DriveLink {
  render(record: FileRecord, contentType: string): Blob;
  users(record: FileRecord, kind: 'editors' | 'viewers'): any[];
  share(record: FileRecord, kind: 'editors' | 'viewers', email: string): void;
  newRecord(name: string, mimeType: string): FileRecord;
}

export class DocumentApp {
  readonly ParagraphHeading = ParagraphHeading;
  readonly HorizontalAlignment = HorizontalAlignment;
  readonly VerticalAlignment = VerticalAlignment;
  readonly Attribute = Attribute;
  readonly ElementType = ElementType;
  readonly GlyphType = GlyphType;
  readonly TextAlignment = TextAlignment;
  readonly FontFamily = FontFamily;
  readonly _models = new Map<string, DocModel>();

  constructor(
    readonly _rt: Runtime,
    private readonly _drive: DriveLink,
  ) {
    // Apps Script saves every open document when the execution ends.
    _rt.endOfExecution.push(() => {
      for (const m of this._models.values()) if (m.dirty && !m.closed) m.save();
    });
    return service(_rt, 'DocumentApp', this);
  }
  create(name: string): any {
    if (name == null || String(name) === '') throw gasError('Invalid argument: name');
    const record = this._drive.newRecord(String(name), DOCUMENT_MIME);
    const m = new DocModel(this._rt, record.id, record.name);
    m.record = record;
    m.body = new Body(this._rt, m);
    m.save();
    m.dirty = false;
    record.native = m;
    record.render = (mimeType: string) => renderDocument(m, mimeType);
    this._models.set(record.id, m);
    // Whether drive.file counts a Doc made by DocumentApp.create as "created by the app" is the
    // open question of the `strict-drive-file` quirk: by default it does.
    if (!this._rt.quirk('strict-drive-file')) this._rt.grantCreated(record.id);
    return new Document(this._rt, m, this._drive);
  }
  /**
   * Under the documents scope ("See, edit, create, and delete all your Google Docs documents") any
   * Doc the person can see in Drive opens, whoever made it; one they cannot see answers as missing.
   */
  openById(id: string): any {
    const m = this._models.get(String(id));
    const rec = this._rt.files.get(String(id));
    if (!m || !rec || rec.trashed || !canSee(this._rt.files, rec, this._rt.userEmail)) {
      throw gasError(`Document ${id} is missing (perhaps it was deleted, or you don't have read access?)`);
    }
    m.closed = false;
    return new Document(this._rt, m, this._drive);
  }
  openByUrl(url: string): any {
    const match = /\/d\/([A-Za-z0-9_-]+)/.exec(String(url));
    if (!match) throw gasError(`Invalid argument: url`);
    return this.openById(match[1]);
  }
  getActiveDocument(): any {
    return this._rt.activeDocument ?? null;
  }
  getUi(): any {
    return this._rt.ui;
  }
  /** Emulator-only: a saved document back in Drive under its record (state.ts), its content from the tree. */
  _restore(record: FileRecord, tree: DocTree): void {
    const m = new DocModel(this._rt, record.id, record.name);
    m.record = record;
    m.body = new Body(this._rt, m);
    record.native = m;
    record.render = (mimeType: string) => renderDocument(m, mimeType);
    this._models.set(record.id, m);
    loadTree(this._rt, new Document(this._rt, m, this._drive), tree);
    m.save();
    m.dirty = false;
    m.closed = true;
  }
  /** Emulator-only: clones a document's model for DriveApp's makeCopy. */
  _copyModel(source: DocModel, record: FileRecord): void {
    const m = new DocModel(this._rt, record.id, record.name);
    m.record = record;
    m.body = new Body(this._rt, m);
    m.body._children = [];
    for (const c of source.body._children) {
      const copy = c._clone();
      rehome(copy, m);
      m.body._children.push(copy);
      copy._parent = m.body._p;
    }
    m.body._pageAttrs = { ...source.body._pageAttrs };
    // A copy is the whole document: its header and footer too (Drive files.copy, File.makeCopy).
    for (const part of ['header', 'footer'] as const) {
      const from = source[part];
      if (!from) continue;
      const section = part === 'header' ? new HeaderSection(this._rt, m) : new FooterSection(this._rt, m);
      section._children = [];
      for (const c of from._children) {
        const copy = c._clone();
        rehome(copy, m);
        section._children.push(copy);
        copy._parent = section._p;
      }
      if (section instanceof HeaderSection) m.header = section;
      else m.footer = section;
    }
    m.saved = JSON.parse(JSON.stringify({ ...source.saved, title: record.name }), (_k, v) =>
      v && v.type === 'Buffer' && Array.isArray(v.data) ? Buffer.from(v.data) : v,
    );
    m.dirty = false;
    record.native = m;
    record.render = (mimeType: string) => renderDocument(m, mimeType);
    this._models.set(record.id, m);
  }
}

function rehome(el: any, m: DocModel): void {
  (el as { _m: DocModel })._m !== m && Object.defineProperty(el, '_m', { value: m });
  if (el._children) for (const c of el._children) rehome(c, m);
}

/** Drive's export of a document: the last saved state, as Google's converter sees it. */
function renderDocument(m: DocModel, mimeType: string): { bytes: Buffer; contentType: string; name: string } {
  if (mimeType === 'application/pdf') {
    // The PDF's title (its document information) is the file's name at export, a rename made
    // after the last save included; what Google writes there is not documented (the PDF Docs'
    // "Download > PDF" gives carries the document's title, seen in the PDFs of issue #24 item 7).
    const tree = { ...m.saved, title: m.record.name };
    return {
      bytes: documentToPdf(tree, { noKeepInCells: m.rt.quirk('no-keep-in-cells') }),
      contentType: 'application/pdf',
      name: `${m.record.name}.pdf`,
    };
  }
  if (mimeType === 'text/plain') {
    const text = m.saved.body
      .map((b) =>
        b.kind === 'paragraph'
          ? b.inlines.map((i) => (i.kind === 'text' ? i.runs.map((r) => r.text).join('') : '')).join('')
          : '',
      )
      .join('\n');
    return { bytes: Buffer.from(text, 'utf8'), contentType: 'text/plain', name: `${m.record.name}.txt` };
  }
  throw gasError(`Converting from ${DOCUMENT_MIME} to ${mimeType} is not supported.`);
}
