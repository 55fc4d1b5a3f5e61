// How the documents say a count (docs/report-wording.md): the string of a key picked for none, one
// or many, lists of the non-zero parts of a figure, and who leads a ranking (a "most" is claimed
// only when one item leads). Pure helpers the report, the recap sheet and the digest share.
import type { Lang } from '../types';
import { allStrings, t } from '../i18n';
import { joinList } from './labels';

/** The string of `key` for a count `n`: its `.zero` or `.one` variant when it has one. */
export function say(lang: Lang, key: string, n: number, params: Record<string, string | number> = {}): string {
  const all = allStrings();
  const k = n === 0 && all[`${key}.zero`] ? `${key}.zero` : n === 1 && all[`${key}.one`] ? `${key}.one` : key;
  return t(lang, k, { n, ...params });
}

/** Parts of a sentence for the non-zero counts only, joined as a list ("a, b, dan c"). */
export function parts(lang: Lang, items: Array<{ n: number; text: string }>): string {
  return joinList(
    items.filter((x) => x.n > 0).map((x) => x.text),
    lang,
  );
}

export type Ranking<T> =
  | { kind: 'none' }
  /** One item only. */
  | { kind: 'only'; top: T; count: number }
  /** One item leads the others. */
  | { kind: 'lead'; top: T; count: number; rest: T[] }
  /** Two or more share the top count: nobody is "most". */
  | { kind: 'tie'; tied: T[]; count: number; rest: T[] };

/** The items with a count above zero, ranked (stable: equal counts keep their order). */
export function ranking<T>(items: T[], count: (x: T) => number): Ranking<T> {
  const list = items
    .map((x, i) => ({ x, i, c: count(x) }))
    .filter((e) => e.c > 0)
    .sort((a, b) => b.c - a.c || a.i - b.i);
  if (!list.length) return { kind: 'none' };
  const top = list[0].c;
  if (list.length === 1) return { kind: 'only', top: list[0].x, count: top };
  const tied = list.filter((e) => e.c === top).map((e) => e.x);
  const rest = list.filter((e) => e.c !== top).map((e) => e.x);
  return tied.length === 1 ? { kind: 'lead', top: tied[0], count: top, rest } : { kind: 'tie', tied, count: top, rest };
}
