// The daily digest's notice of exemptions (issue #27): Final DIK entries whose period ends within
// a month (EXPIRY_NOTICE_DAYS, the sheet's live column says the same) and those whose period ended
// within the last month, when the information has become public and belongs in the DIP. After that
// month the entry is no longer listed: the notice is a reminder, not a standing list. A line holds
// the entry's number, its ground (a list value) and its end date: no summary of the information,
// no consequence-test text, no person.
import type { Day, Lang } from '../types';
import { EXPIRY_NOTICE_DAYS, exemptionStatus, type DipList } from '../dip';
import { t } from '../i18n';

export type ExemptionNoticeKind = 'endingSoon' | 'ended';

export interface ExemptionNotice {
  kind: ExemptionNoticeKind;
  /** Row of the DIK sheet (header = 1). */
  row: number;
  number: string;
  ground: string;
  until: Day;
}

/** The notices as of a day: ending soon first, then ended, each by end date then row. */
export function selectExemptionNotices(list: DipList | null | undefined, asOf: Day): ExemptionNotice[] {
  if (!list) return [];
  const out: ExemptionNotice[] = [];
  for (const e of list.exempted) {
    if (e.state !== 'Final' || e.until === null || e.ground === null) continue;
    const status = exemptionStatus(e, asOf);
    if (status === 'endingSoon' || (status === 'ended' && asOf - e.until <= EXPIRY_NOTICE_DAYS))
      out.push({ kind: status, row: e.row, number: e.number, ground: e.ground, until: e.until });
  }
  const rank = { endingSoon: 0, ended: 1 };
  return out.sort((a, b) => rank[a.kind] - rank[b.kind] || a.until - b.until || a.row - b.row);
}

export const EXEMPTION_NOTICE_KINDS: ExemptionNoticeKind[] = ['endingSoon', 'ended'];

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

export interface NoticeRender {
  lang: Lang;
  date: (d: Day) => string;
  escape: (s: string) => string;
  /** The DIK row's address in Sheets, or null when the DIK sheet's id is not known. */
  url: (row: number) => string | null;
}

/** The notice's plain-text and HTML parts (empty when there is nothing to say). */
export function renderExemptionNotices(
  notices: ExemptionNotice[],
  o: NoticeRender,
): { text: string[]; html: string[] } {
  const text: string[] = [];
  const html: string[] = [];
  const { lang, escape: esc } = o;
  for (const kind of EXEMPTION_NOTICE_KINDS) {
    const section = notices.filter((n) => n.kind === kind);
    if (!section.length) continue;
    const title = `${t(lang, `digest.dik.${kind}`)} (${section.length})`;
    text.push('', title);
    html.push(`<h3 style="font-size:15px">${esc(title)}</h3>`);
    const th = ['number', 'ground', 'until']
      .map((k) => `<th align="left">${esc(t(lang, `digest.dik.col.${k}`))}</th>`)
      .join('');
    html.push(`<table cellpadding="3" style="border-collapse:collapse"><thead><tr>${th}</tr></thead><tbody>`);
    for (const n of section) {
      const number = clip(n.number || t(lang, 'digest.dik.noNumber'), 40);
      const date = o.date(n.until);
      const url = o.url(n.row);
      text.push(`- ${t(lang, 'digest.dik.line', { number, ground: n.ground, date })}${url ? ` | ${url}` : ''}`);
      const first = url ? `<a href="${esc(url)}">${esc(number)}</a>` : esc(number);
      html.push(`<tr><td>${first}</td><td>${esc(n.ground)}</td><td>${esc(date)}</td></tr>`);
    }
    html.push('</tbody></table>');
  }
  return { text, html };
}
