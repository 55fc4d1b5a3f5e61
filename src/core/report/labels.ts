// Shared presentation helpers: translated strings bound to a language, period names, Indonesian
// number and date formats. Used by the recap sheet, the report document and the dialogs alike.
import type { Lang } from '../types';
import { t } from '../i18n';

export type Tr = (key: string, params?: Record<string, string | number>) => string;

export function translator(lang: Lang): Tr {
  return (key, params) => t(lang, key, params);
}

const ROMAN = ['', 'I', 'II', 'III', 'IV'];

export interface PeriodLike {
  kind: 'quarter' | 'year';
  year: number;
  quarter: number | null;
}

export function periodLabel(p: PeriodLike, lang: Lang): string {
  const tr = translator(lang);
  if (p.kind === 'year' || !p.quarter) return tr('period.year', { year: p.year });
  return tr('period.quarter', {
    roman: ROMAN[p.quarter],
    quarter: p.quarter,
    year: p.year,
    months: tr(`period.months.${p.quarter}`),
  });
}

export function periodShort(p: PeriodLike, lang: Lang): string {
  const tr = translator(lang);
  if (p.kind === 'year' || !p.quarter) return String(p.year);
  return tr('period.quarterShort', { roman: ROMAN[p.quarter], quarter: p.quarter, year: p.year });
}

/** Stable machine key of a period: "2025-Q2" or "2025". */
export function periodKey(p: PeriodLike): string {
  return p.kind === 'year' || !p.quarter ? String(p.year) : `${p.year}-Q${p.quarter}`;
}

/**
 * A period as an officer types it at the prompt: "2025-TW2" in Indonesian, "2025-Q2" in English,
 * "2025" for a year. parsePeriod reads both spellings back.
 */
export function periodInput(p: PeriodLike, lang: Lang): string {
  if (p.kind === 'year' || !p.quarter) return String(p.year);
  return `${p.year}-${lang === 'id' ? 'TW' : 'Q'}${p.quarter}`;
}

/** A quarter's column header in side-by-side tables: "TW II" / "Q2". */
export function quarterColumn(quarter: number, lang: Lang): string {
  return translator(lang)('period.quarterColumn', { roman: ROMAN[quarter] ?? String(quarter), quarter });
}

export function recapSheetName(p: PeriodLike, lang: Lang): string {
  const tr = translator(lang);
  if (p.kind === 'year' || !p.quarter) return tr('recap.sheetYear', { year: p.year });
  return tr('recap.sheetQuarter', { roman: ROMAN[p.quarter], quarter: p.quarter, year: p.year });
}

/** 1234.5 → "1.234,5" (id) or "1,234.5" (en). */
export function formatNumber(n: number, lang: Lang, decimals = 2): string {
  const fixed = Number.isInteger(n) ? String(n) : n.toFixed(decimals).replace(/0+$/, '').replace(/\.$/, '');
  const [int, frac] = fixed.split('.');
  const sep = lang === 'id' ? '.' : ',';
  const dec = lang === 'id' ? ',' : '.';
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  return frac ? `${grouped}${dec}${frac}` : grouped;
}

export function formatPercent(rate: number | null, lang: Lang): string {
  if (rate === null) return '-';
  return `${formatNumber(Math.round(rate * 1000) / 10, lang, 1)}%`;
}

/** "2025-07-10" → "10 Juli 2025". */
export function formatDateLong(ymd: string, lang: Lang): string {
  const [y, m, d] = ymd.split('-').map(Number);
  const months = t(lang, 'month.names').split('|');
  return lang === 'id' ? `${d} ${months[m - 1]} ${y}` : `${months[m - 1]} ${d}, ${y}`;
}

/** "2025-07-10" → "10/07/2025". */
export function formatDateShort(ymd: string): string {
  const [y, m, d] = ymd.split('-');
  return `${d}/${m}/${y}`;
}

/** "a dan b", "a, b, dan c" (PUEBI puts a comma before dan in a series of three or more) / "a, b and c". */
export function joinList(items: string[], lang: Lang): string {
  if (items.length <= 1) return items.join('');
  const serial = lang === 'id' && items.length > 2 ? ',' : '';
  return `${items.slice(0, -1).join(', ')}${serial} ${t(lang, 'doc.and')} ${items[items.length - 1]}`;
}
