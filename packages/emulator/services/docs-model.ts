// The state one document's elements share (DocModel), and what it reads of the sections it holds.
// The element classes (docs-element.ts and the docs-*.ts above it) import this file; it imports none of them.
import type { Runtime, FileRecord } from '../runtime';
import { gasError } from './common';
import { type BlockNode, type DocTree, type PageSetup, plainParagraph } from './docs-tree';

/** What the model reads of a body, header or footer (Section and its kinds, docs-section.ts, docs-body.ts). */
export interface SectionModel {
  /** The section's children: element proxies. */
  _children: any[];
  /** The section's own proxy. */
  _p: any;
  _blocks(): BlockNode[];
}

/** The body adds the page: size and margins (Body, docs-body.ts). */
export interface BodyModel extends SectionModel {
  _pageAttrs: PageSetup;
  _page(): PageSetup;
}

/** The state one document's elements share: its name, closed flag and the Drive record. */
export class DocModel {
  closed = false;
  dirty = true;
  body!: BodyModel;
  header: SectionModel | null = null;
  footer: SectionModel | null = null;
  saved: DocTree;
  record!: FileRecord;
  language = 'en';

  constructor(
    readonly rt: Runtime,
    public id: string,
    public name: string,
  ) {
    this.saved = emptyTree(name, this.rt);
  }

  edit(): void {
    if (this.closed) throw gasError('Document is closed, its contents cannot be updated.');
    this.dirty = true;
    if (this.record) this.record.updated = this.rt.now();
  }

  tree(): DocTree {
    return {
      title: this.record ? this.record.name : this.name,
      page: this.body._page(),
      header: this.header ? this.header._blocks() : null,
      footer: this.footer ? this.footer._blocks() : null,
      body: this.body._blocks(),
    };
  }

  save(): void {
    this.saved = this.tree();
    this.dirty = false;
  }
}

export function defaultPage(rt: Runtime): PageSetup {
  // A new Google Doc follows the account's locale: Letter in the US, A4 elsewhere (Indonesia).
  const letter = /_US$/.test(rt.locale);
  return {
    width: letter ? 612 : 595.276,
    height: letter ? 792 : 841.89,
    marginTop: 72,
    marginBottom: 72,
    marginLeft: 72,
    marginRight: 72,
  };
}

function emptyTree(title: string, rt: Runtime): DocTree {
  return { title, page: defaultPage(rt), header: null, footer: null, body: [plainParagraph()] };
}
