// The report document as data: blocks the Docs writer renders and tests read, and the builder
// the quarterly and annual outlines share (numbered tables and charts, paragraphs, narratives).
import type { Lang } from '../types';
import { fillTemplate } from '../settings';
import { translator, formatNumber, type Tr } from './labels';
import { PercentRule, percentToken } from './percent';
import type { PictureSection, ReportPicture } from './pictures';

// biome-ignore format: a table laid out by hand, one entry per line
export type Block =
  | { type: 'title'; text: string }
  | { type: 'subtitle'; text: string }
  | { type: 'heading'; level: 1 | 2 | 3; text: string }
  /** `placeholder`: text the officer must replace (an empty narrative item), shown highlighted. */
  | { type: 'paragraph'; text: string; align?: 'left' | 'center' | 'right' | 'justify'; bold?: boolean; placeholder?: boolean }
  | { type: 'list'; items: string[] }
  /**
   * `widths`: column widths in points (equal when absent); without them, `wideFirst` draws a
   * label column beside many number columns wider, and `numbered` a first "No." column narrow.
   */
  | { type: 'table'; caption: string; header: string[]; rows: string[][]; total: boolean; widths?: number[]; wideFirst?: boolean; numbered?: boolean; splittable?: boolean }
  | { type: 'chart'; key: string; caption: string }
  /** The Daftar Isi: written by the document writer from the headings that follow (docs-requests.ts). */
  | { type: 'contents' }
  | { type: 'pageBreak' };

export interface ReportModel {
  fileName: string;
  blocks: Block[];
  /** Annual report: the narrative items the year has no entry for (shown as placeholders), in outline order. */
  emptyItems: string[];
}

/** A report before its percentages are written out (percent.ts): the consolidation adds to it. */
export interface ReportDraft {
  builder: DocBuilder;
  fileName: string;
  emptyItems: string[];
}

/** The finished model of a draft: every percentage written by the document's rule. */
export function finishDraft(d: ReportDraft): ReportModel {
  return { fileName: d.fileName, blocks: d.builder.finish(), emptyItems: d.emptyItems };
}

/** Splits a narrative cell into paragraphs and bullet lists ("- " or "• " lines). */
export function narrative(text: string): Block[] {
  const out: Block[] = [];
  let list: string[] = [];
  const flush = () => {
    if (list.length) out.push({ type: 'list', items: list });
    list = [];
  };
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) continue;
    const bullet = line.match(/^(?:[-•*]|\d+[.)])\s+(.*)$/);
    if (bullet) list.push(bullet[1]);
    else {
      flush();
      out.push({ type: 'paragraph', text: line, align: 'justify' });
    }
  }
  flush();
  return out;
}

export class DocBuilder {
  readonly blocks: Block[] = [];
  readonly tr: Tr;
  /** The document's percentages (percent.ts): tokens in the blocks until `finish`. */
  readonly percents = new PercentRule();
  private tableNo = 0;
  private chartNo = 0;
  private figureNo = 0;
  /** The unit's pictures this report shows (pictures.ts), placed by section with `figures`. */
  pictures: ReportPicture[] = [];

  constructor(
    readonly lang: Lang,
    readonly vars: Record<string, string>,
  ) {
    this.tr = translator(lang);
  }

  n = (x: number): string => formatNumber(x, this.lang);
  /** count of total as a percentage, by the document's rule (resolved in `finish`). */
  pct = (count: number, total: number): string => percentToken(count, total);
  /** The percentages of a table's rows that split `total` (registered with the rule). */
  shares = (counts: number[], total: number): string[] => {
    this.percents.partition(counts, total);
    return counts.map((c) => percentToken(c, total));
  };
  fill = (s: string): string => fillTemplate(s, this.vars);

  push(...b: Block[]): void {
    this.blocks.push(...b);
  }

  p(text: string): void {
    this.blocks.push({ type: 'paragraph', text, align: 'justify' });
  }

  bold(text: string): void {
    this.blocks.push({ type: 'paragraph', text, bold: true });
  }

  /** A heading from a string key. */
  h(level: 1 | 2 | 3, key: string): void {
    this.blocks.push({ type: 'heading', level, text: this.tr(key) });
  }

  heading(level: 1 | 2 | 3, text: string): void {
    this.blocks.push({ type: 'heading', level, text });
  }

  table(title: string, header: string[], rows: string[][], total = true, wideFirst = false): void {
    this.tableNo += 1;
    const numbered = header[0] === this.tr('recap.col.no');
    this.blocks.push({
      type: 'table',
      caption: this.tr('doc.table', { n: this.tableNo, title }),
      header,
      rows,
      total,
      ...(wideFirst ? { wideFirst } : {}),
      ...(numbered ? { numbered } : {}),
    });
  }

  chart(key: string, title: string): void {
    this.chartNo += 1;
    this.blocks.push({ type: 'chart', key, caption: this.tr('doc.chart', { n: this.chartNo, title }) });
  }

  /**
   * The pictures of a section, each "Gambar N." with its caption below it (a chart block: the
   * writer keeps the picture with its caption). Numbered in document order among the pictures
   * shown, so a picture left out leaves no gap.
   */
  figures(section: PictureSection): void {
    for (const p of this.pictures.filter((x) => x.section === section)) {
      this.figureNo += 1;
      this.blocks.push({
        type: 'chart',
        key: p.key,
        caption: this.tr('pictures.caption', { n: this.figureNo, caption: p.caption }).trim(),
      });
    }
  }

  narrative(text: string): void {
    this.blocks.push(...narrative(this.fill(text)));
  }

  pageBreak(): void {
    this.blocks.push({ type: 'pageBreak' });
  }

  /** The blocks with every percentage written out, once the whole document is known. */
  finish(extra: Block[] = []): Block[] {
    return resolveBlocks([...this.blocks, ...extra], this.percents, this.lang);
  }
}

/** Writes out the percentage tokens of blocks (see percent.ts). */
export function resolveBlocks(blocks: Block[], rule: PercentRule, lang: Lang): Block[] {
  const r = (s: string) => rule.resolve(s, lang);
  return blocks.map((b): Block => {
    switch (b.type) {
      case 'title':
      case 'subtitle':
      case 'heading':
      case 'paragraph':
        return { ...b, text: r(b.text) };
      case 'list':
        return { ...b, items: b.items.map(r) };
      case 'table':
        return { ...b, caption: r(b.caption), header: b.header.map(r), rows: b.rows.map((row) => row.map(r)) };
      case 'chart':
        return { ...b, caption: r(b.caption) };
      default:
        return b;
    }
  });
}
