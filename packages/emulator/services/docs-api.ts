// The advanced Docs service (Docs API v1, user symbol `Docs`): Documents.get and
// Documents.batchUpdate over the same documents DocumentApp edits (docs.ts), so both views agree.
//
// - get returns the Document resource (https://developers.google.com/docs/api/reference/rest/v1/documents#Document):
//   body, the default header and footer, documentStyle, namedStyles (Google's defaults), lists and
//   inline objects, indexes in UTF-16 code units (docs-api-model.ts).
// - batchUpdate applies its requests in order to a copy ("The server processes the subrequests
//   in the same order they appear", https://developers.google.com/docs/api/how-tos/batch) and
//   keeps the copy only when every request succeeded ("If any request is not valid, then the
//   entire request will fail and nothing will be applied", documents/batchUpdate). A fault
//   injected at the call (Runtime.failAtCall) fails before anything is applied, like any call.
// - The API writes to the server at once, so the document is saved (Drive's export sees it) and
//   a Document a script opened before is stale: DocumentApp must open it again (openById).
//   How Google orders the two services' changes is not documented; the emulator refuses the
//   order no source supports: a Docs API call on a document with DocumentApp edits not yet
//   saved (saveAndClose) throws. See the README's "Docs API and DocumentApp".
import { NotEmulatedError, type Runtime, service } from '../runtime';
import type { DocModel } from './docs-model';
import {
  type ABlock,
  type ADoc,
  type APara,
  blockLength,
  cellLength,
  copyBlocks,
  fromElements,
  paraLength,
  toElements,
} from './docs-api-model';
import { type BatchContext, HANDLERS, RequestError } from './docs-api-requests';
import { isHeadingName, namedStylesOut, paragraphStyleOut, textStyleOut, headingOf } from './docs-api-styles';

type Json = Record<string, any>;

function apiError(call: string, message: string): Error {
  const e = new Error(`API call to docs.documents.${call} failed with error: ${message}`);
  e.name = 'GoogleJsonResponseException';
  return e;
}

interface ModelIds {
  header: string;
  footer: string;
  revision: number;
  objects: WeakMap<object, string>;
}

export class DocsDocuments {
  private readonly _ids = new WeakMap<DocModel, ModelIds>();

  constructor(
    readonly _rt: Runtime,
    private readonly _models: () => Map<string, DocModel>,
  ) {
    return service(_rt, 'Docs.Documents', this);
  }

  _model(call: string, documentId: unknown): DocModel {
    const id = String(documentId ?? '');
    const m = this._models().get(id);
    const rec = this._rt.files.get(id);
    if (!m || !rec || rec.trashed) throw apiError(call, 'Requested entity was not found.');
    if (m.dirty && !m.closed)
      throw new Error(
        `emulator: Docs.Documents.${call} on a document with DocumentApp changes not yet saved; call saveAndClose() first (how Google orders the two is not documented)`,
      );
    return m;
  }

  _idsOf(m: DocModel): ModelIds {
    let ids = this._ids.get(m);
    if (!ids) {
      ids = { header: this._rt.newId('kix.'), footer: this._rt.newId('kix.'), revision: 1, objects: new WeakMap() };
      this._ids.set(m, ids);
    }
    return ids;
  }

  /** Heading paragraphs made by DocumentApp get their (read-only, server-given) ID the first time the API reads them. */
  _assignHeadingIds(children: any[]): void {
    for (const c of children) {
      if (c._type === 'TABLE') {
        for (const r of c._children) for (const cell of r._children) this._assignHeadingIds(cell._children);
      } else if (isHeadingName(headingOf(c._attrs)) && !c._attrs.HEADING_ID) c._attrs.HEADING_ID = this._rt.newId('h.');
      else if (!isHeadingName(headingOf(c._attrs))) delete c._attrs.HEADING_ID;
    }
  }

  get(documentId: string, optionalArgs?: Json): Json {
    const m = this._model('get', documentId);
    if (optionalArgs?.includeTabsContent) throw new NotEmulatedError('Docs.Documents.get with includeTabsContent');
    const ids = this._idsOf(m);
    this._assignHeadingIds(m.body._children);
    const doc: ADoc = {
      body: fromElements(m.body._children),
      header: m.header ? fromElements(m.header._children) : null,
      footer: m.footer ? fromElements(m.footer._children) : null,
    };
    const page = m.body._page();
    const pt = (v: number) => ({ magnitude: v, unit: 'PT' });
    const out = new JsonWriter(ids);
    const result: Json = {
      documentId: m.id,
      title: m.record.name,
      revisionId: `emulated-rev-${ids.revision}`,
      body: { content: [{ endIndex: 1, sectionBreak: { sectionStyle: {} } }, ...out.blocks(doc.body, 1)] },
      documentStyle: {
        pageSize: { width: pt(page.width), height: pt(page.height) },
        marginTop: pt(page.marginTop),
        marginBottom: pt(page.marginBottom),
        marginLeft: pt(page.marginLeft),
        marginRight: pt(page.marginRight),
        pageNumberStart: 1,
        ...(doc.header ? { defaultHeaderId: ids.header } : {}),
        ...(doc.footer ? { defaultFooterId: ids.footer } : {}),
      },
      namedStyles: namedStylesOut(),
    };
    if (doc.header) result.headers = { [ids.header]: { headerId: ids.header, content: out.blocks(doc.header, 0) } };
    if (doc.footer) result.footers = { [ids.footer]: { footerId: ids.footer, content: out.blocks(doc.footer, 0) } };
    result.lists = out.lists;
    result.inlineObjects = out.inlineObjects;
    return result;
  }

  batchUpdate(resource: Json, documentId: string): Json {
    const m = this._model('batchUpdate', documentId);
    const requests = resource?.requests;
    if (!Array.isArray(requests) || !requests.length)
      throw apiError('batchUpdate', 'Must specify at least one request.');
    const ids = this._idsOf(m);
    const wanted = resource.writeControl?.requiredRevisionId;
    if (wanted && wanted !== `emulated-rev-${ids.revision}`)
      throw apiError('batchUpdate', 'The required revision ID does not match the latest revision.');
    this._assignHeadingIds(m.body._children);
    const ctx: BatchContext = {
      rt: this._rt,
      m,
      doc: {
        body: copyBlocks(fromElements(m.body._children)),
        header: m.header ? copyBlocks(fromElements(m.header._children)) : null,
        footer: m.footer ? copyBlocks(fromElements(m.footer._children)) : null,
      },
      headerId: ids.header,
      footerId: ids.footer,
      newId: (prefix) => `${prefix}${this._rt.newId('').slice(-10)}`,
    };
    requests.forEach((req: Json, i: number) => {
      const kinds = Object.keys(req ?? {});
      if (kinds.length !== 1)
        throw apiError('batchUpdate', `Invalid requests[${i}]: exactly one request kind must be set.`);
      const kind = kinds[0];
      const handler = HANDLERS[kind];
      if (!handler) throw new NotEmulatedError(`Docs batchUpdate request ${kind}`);
      try {
        handler(ctx, req[kind]);
      } catch (err) {
        const msg = (err as Error).message;
        if (err instanceof NotEmulatedError || /^not emulated/.test(msg))
          throw new NotEmulatedError(`Docs ${kind}: ${msg.replace(/^not emulated: /, '')}`);
        if (err instanceof RequestError || err instanceof Error)
          throw apiError('batchUpdate', `Invalid requests[${i}].${kind}: ${msg}`);
        throw err;
      }
    });
    // Every request held: the copy becomes the document, saved as the server saves it.
    this._rt.uncounted(() => {
      m.body._children = toElements(this._rt, m, ctx.doc.body, m.body._p);
      if (m.header && ctx.doc.header) m.header._children = toElements(this._rt, m, ctx.doc.header, m.header._p);
      if (m.footer && ctx.doc.footer) m.footer._children = toElements(this._rt, m, ctx.doc.footer, m.footer._p);
      else if (m.footer && !ctx.doc.footer) m.footer = null; // deleteFooter
      if (ctx.page) Object.assign(m.body._pageAttrs, ctx.page);
    });
    ids.revision += 1;
    if (m.record) m.record.updated = this._rt.now();
    m.save();
    m.closed = true;
    return {
      documentId: m.id,
      replies: requests.map(() => ({})),
      writeControl: { requiredRevisionId: `emulated-rev-${ids.revision}` },
    };
  }
}

/** The Document resource's content, lists and inline objects, written from the plain blocks. */
class JsonWriter {
  readonly lists: Json = {};
  readonly inlineObjects: Json = {};
  constructor(private readonly ids: ModelIds) {}

  blocks(blocks: ABlock[], start: number): Json[] {
    const out: Json[] = [];
    let at = start;
    for (const b of blocks) {
      out.push(b.k === 'p' ? this.paragraph(b, at) : this.table(b, at));
      at += blockLength(b);
    }
    return out;
  }

  private index(json: Json, start: number, end: number): Json {
    // proto3 leaves a zero start index out, as Google's answers do.
    return { ...(start ? { startIndex: start } : {}), endIndex: end, ...json };
  }

  private paragraph(p: APara, start: number): Json {
    const elements: Json[] = [];
    let at = start;
    p.items.forEach((item, i) => {
      if (item.t === 'run') {
        const last =
          i === p.items.length - 1 && JSON.stringify(textStyleOut(item.a)) === JSON.stringify(textStyleOut(p.nl));
        const content = last ? `${item.text}\n` : item.text;
        elements.push(this.index({ textRun: { content, textStyle: textStyleOut(item.a) } }, at, at + content.length));
        at += content.length;
        return;
      }
      const style = { textStyle: {} };
      if (item.kind === 'image') {
        let id = this.ids.objects.get(item.el);
        if (!id) {
          id = `kix.${Math.random().toString(36).slice(2, 14)}`;
          this.ids.objects.set(item.el, id);
        }
        const px = (v: unknown) => ({ magnitude: Number(v) * 0.75, unit: 'PT' });
        this.inlineObjects[id] = {
          objectId: id,
          inlineObjectProperties: {
            embeddedObject: {
              size: { width: px(item.el._attrs.WIDTH), height: px(item.el._attrs.HEIGHT) },
              imageProperties: {},
            },
          },
        };
        elements.push(this.index({ inlineObjectElement: { inlineObjectId: id, ...style } }, at, at + 1));
      } else if (item.kind === 'pageBreak') elements.push(this.index({ pageBreak: style }, at, at + 1));
      else if (item.kind === 'horizontalRule') elements.push(this.index({ horizontalRule: style }, at, at + 1));
      else elements.push(this.index({ autoText: { type: item.el._autoText, ...style } }, at, at + 1));
      at += 1;
    });
    const end = start + paraLength(p);
    if (at < end) elements.push(this.index({ textRun: { content: '\n', textStyle: textStyleOut(p.nl) } }, at, end));
    const json: Json = { paragraph: { elements, paragraphStyle: paragraphStyleOut(p.a) } };
    if (p.list) {
      json.paragraph.bullet = { listId: p.list.id, ...(p.list.level ? { nestingLevel: p.list.level } : {}) };
      if (!this.lists[p.list.id]) {
        const glyph = p.list.glyph === 'BULLET' ? { glyphSymbol: '●' } : { glyphType: 'DECIMAL' };
        this.lists[p.list.id] = { listProperties: { nestingLevels: [{ ...glyph }] } };
      }
    }
    return this.index(json, start, end);
  }

  private table(t: Extract<ABlock, { k: 't' }>, start: number): Json {
    let at = start + 1;
    const tableRows = t.rows.map((r) => {
      const rowStart = at;
      at += 1;
      const tableCells = r.cells.map((c) => {
        const cellStart = at;
        const content = this.blocks(c.content, cellStart + 1);
        at += cellLength(c);
        const style: Json = {};
        if (c.a.BACKGROUND_COLOR)
          style.backgroundColor = textStyleOut({ BACKGROUND_COLOR: c.a.BACKGROUND_COLOR }).backgroundColor;
        return this.index({ content, tableCellStyle: { rowSpan: 1, columnSpan: 1, ...style } }, cellStart, at);
      });
      const rowStyle: Json = {};
      if (r.a.MINIMUM_HEIGHT != null) rowStyle.minRowHeight = { magnitude: Number(r.a.MINIMUM_HEIGHT), unit: 'PT' };
      if (r.a.PREVENT_OVERFLOW) rowStyle.preventOverflow = true;
      if (r.a.TABLE_HEADER) rowStyle.tableHeader = true;
      return this.index({ tableCells, tableRowStyle: rowStyle }, rowStart, at);
    });
    const end = start + blockLength(t);
    return this.index(
      {
        table: {
          rows: t.rows.length,
          columns: t.rows[0]?.cells.length ?? 0,
          tableRows,
          tableStyle: {
            tableColumnProperties: t.widths.map((w) =>
              w == null
                ? { widthType: 'EVENLY_DISTRIBUTED' }
                : { widthType: 'FIXED_WIDTH', width: { magnitude: w, unit: 'PT' } },
            ),
          },
        },
      },
      start,
      end,
    );
  }
}

/** The `Docs` global: the advanced service's entry, with its Documents collection. */
export class DocsAdvanced {
  readonly Documents: DocsDocuments;
  constructor(rt: Runtime, models: () => Map<string, DocModel>) {
    this.Documents = new DocsDocuments(rt, models);
    return service(rt, 'Docs', this);
  }
}
