// The one rule every percentage of a document and of the recap sheet follows (docs/percentages.md):
//
// 1. A percentage is its own count over its table's total, rounded half up. It is never nudged so
//    that a column adds up to 100, so equal counts over one total always show the same figure, in
//    every table, sentence and cell of the document.
// 2. Whole numbers, unless some table of the document whose rows split one total would then not
//    add up to 100 (three counts of 1 of 3 would read 33 + 33 + 33): that total is then shown with
//    one decimal wherever it appears in the document (33,3 %).
// 3. A count above zero never shows 0 % ("< 1 %", "< 0,1 %"); a count below its total never shows
//    100 % ("> 99 %", "> 99,9 %"). Zero shows 0 %, the whole total 100 %.
//
// The rule needs the whole document before it can write a figure (rule 2), so the builders put a
// token for each percentage (`percentToken`) and resolve them all at the end (`resolvePercents`).
// recap.json's `percent` fields are not this rule: they keep their documented meaning (whole
// percents by the largest remainder, adding up to 100).
import type { Lang } from '../types';
import { formatNumber } from './labels';

const OPEN = '\uE000';
const CLOSE = '\uE001';
const TOKEN = /\uE000(\d+)\/(\d+)\uE001/g;

/** A placeholder for count/total in text, resolved by `PercentRule.resolve`. */
export function percentToken(count: number, total: number): string {
  return `${OPEN}${Math.max(0, Math.round(count))}/${Math.max(0, Math.round(total))}${CLOSE}`;
}

/** The count/total pairs of the tokens in `s`. */
export function percentTokens(s: string): Array<{ count: number; total: number }> {
  return [...s.matchAll(TOKEN)].map((m) => ({ count: Number(m[1]), total: Number(m[2]) }));
}

/** 100·count/total rounded half up to whole points, in integers (no floating-point half). */
export function wholePoints(count: number, total: number): number {
  return total > 0 ? Math.floor((200 * count + total) / (2 * total)) : 0;
}

/** 1000·count/total rounded half up: tenths of a point. */
export function tenthPoints(count: number, total: number): number {
  return total > 0 ? Math.floor((2000 * count + total) / (2 * total)) : 0;
}

export interface PercentValue {
  /** The shown figure as a fraction (0.333 for 33,3 %), or null for a bound ("< 1 %", "> 99 %"). */
  fraction: number | null;
  /** What the reader sees. */
  text: string;
  decimals: 0 | 1;
}

/** One document's percentages: register each table's split of a total, then format. */
export class PercentRule {
  private readonly decimalTotals = new Set<number>();

  /**
   * A table's rows that split `total` (their counts add up to it). When their whole percents do
   * not add up to 100, the total is shown with one decimal in the whole document.
   */
  partition(counts: number[], total: number): void {
    if (total <= 0 || counts.length < 2) return;
    if (counts.reduce((a, b) => a + b, 0) !== total) return;
    const sum = counts.reduce((s, c) => s + wholePoints(c, total), 0);
    if (sum !== 100) this.decimalTotals.add(total);
  }

  decimalsOf(total: number): 0 | 1 {
    return this.decimalTotals.has(total) ? 1 : 0;
  }

  value(count: number, total: number, lang: Lang): PercentValue {
    const decimals = this.decimalsOf(total);
    const show = (x: number) => `${formatNumber(x, lang, 1)}%`;
    const fixed = (tenths: number) => {
      const s = formatNumber(tenths / 10, lang, 1);
      return /[.,]/.test(s) ? s : `${s}${lang === 'id' ? ',' : '.'}0`;
    };
    if (total <= 0 || count <= 0) return { fraction: 0, text: '0%', decimals };
    if (count >= total) return { fraction: 1, text: '100%', decimals };
    if (decimals === 0) {
      const w = wholePoints(count, total);
      if (w === 0) return { fraction: null, text: '< 1%', decimals };
      if (w === 100) return { fraction: null, text: '> 99%', decimals };
      return { fraction: w / 100, text: show(w), decimals };
    }
    const d = tenthPoints(count, total);
    if (d === 0) return { fraction: null, text: `< ${fixed(1)}%`, decimals };
    if (d === 1000) return { fraction: null, text: `> ${fixed(999)}%`, decimals };
    return { fraction: d / 1000, text: `${fixed(d)}%`, decimals };
  }

  text(count: number, total: number, lang: Lang): string {
    return this.value(count, total, lang).text;
  }

  /** `s` with every token written out. */
  resolve(s: string, lang: Lang): string {
    return s.includes(OPEN) ? s.replace(TOKEN, (_m, c: string, t: string) => this.text(Number(c), Number(t), lang)) : s;
  }
}
