// The daily deadline digest: which requests and objections an officer must be reminded of on a
// day, and the e-mail that says so. Pure: computed from the same parsed requests and calendar as
// the register's SLA columns (slaStatus, dueDate, objectionDue), so the e-mail and the sheet can
// never disagree. A line carries no personal data: RequestRecord holds none.
import type { Day, Lang, RequestRecord } from '../types';
import { type WorkCalendar, dueDate, objectionDue, slaStatus } from '../calendar';
import { dayFromYmd, ymd, ymdParts } from '../calendar';
import { t } from '../i18n';
import { say } from './say';
import { shownUnit } from './missing-settings';
import type { DipList } from '../dip';
import { renderExemptionNotices, selectExemptionNotices, type ExemptionNotice } from './digest-dik';

/**
 * The digest's sections, in order. Objections past their 30 working days and objections near them
 * are two sections, as requests are (issue #24): an overdue objection is never "near" its limit.
 */
export type DigestKind = 'overdue' | 'dueToday' | 'nearDue' | 'objectionOverdue' | 'objection';
export const DIGEST_KINDS: DigestKind[] = ['overdue', 'dueToday', 'nearDue', 'objectionOverdue', 'objection'];
const OBJECTION_KINDS: ReadonlySet<DigestKind> = new Set(['objectionOverdue', 'objection']);

export interface DigestLine {
  kind: DigestKind;
  row: number;
  number: string | null;
  topic: string | null;
  channel: string;
  due: Day;
  /** Working days left until the due date; minus the working days elapsed since it when late. */
  workingDaysLeft: number;
}

export interface Digest {
  asOf: Day;
  nearDueDays: number;
  lines: DigestLine[];
  /** In the first quarter, the previous year's annual report deadline (only when there are lines). */
  annual: { year: number; due: Day; workingDaysLeft: number } | null;
  /** DIK exemptions ending within a month or ended within the last (digest-dik.ts); [] without lists. */
  exemptions: ExemptionNotice[];
}

export interface DigestOptions {
  asOf: Day;
  calendar: WorkCalendar;
  nearDueDays: number;
  /** The unit's DIP and DIK, for the exemptions' notice (absent: no notice). */
  dip?: DipList | null;
}

/** Working days left from `asOf` to `due` (d with asOf < d ≤ due), or minus those elapsed after it. */
export function workingDaysLeft(asOf: Day, due: Day, cal: WorkCalendar): number {
  return asOf <= due ? cal.countWorkingDays(asOf + 1, due) : 0 - cal.countWorkingDays(due + 1, asOf);
}

/**
 * Perki SLIP No. 1 Tahun 2021 Pasal 56: the annual service report is due three months after the
 * budget (calendar) year ends, i.e. 31 March. Source read: a secondary summary of the regulation
 * (spiritsumbar.com, "Standar Layanan Informasi Publik"); the decree's own text was not at hand.
 */
export function annualReportDue(year: number): Day {
  return dayFromYmd(year + 1, 3, 31);
}

/** Selects the digest's lines as of a day, in section order, each section by due date then row. */
export function selectDigest(requests: RequestRecord[], o: DigestOptions): Digest {
  const lines: DigestLine[] = [];
  const line = (r: RequestRecord, kind: DigestKind, due: Day, left: number): DigestLine => ({
    kind,
    row: r.row,
    number: r.number,
    topic: r.topic,
    channel: r.channel,
    due,
    workingDaysLeft: left,
  });
  for (const r of requests) {
    // Answered (as of the day) or cancelled: slaStatus gives Tepat Waktu, Terlambat or nothing,
    // never a line; skipping it here saves the due-date arithmetic for most of a register.
    const closed = r.status === 'Dibatalkan' || (r.answered !== null && r.answered <= o.asOf);
    const sla = closed ? null : slaStatus(r, o.asOf, o.calendar, o.nearDueDays);
    if (sla === 'Lewat Batas' || sla === 'Mendekati Batas') {
      const due = dueDate(r.received, r.extended, o.calendar);
      const kind: DigestKind = sla === 'Lewat Batas' ? 'overdue' : due === o.asOf ? 'dueToday' : 'nearDue';
      lines.push(line(r, kind, due, workingDaysLeft(o.asOf, due, o.calendar)));
    }
    // An objection is open from the day it is filed until the day it is answered (an answer dated
    // later was not known yet), whatever the request's own status.
    if (
      r.objectionDate !== null &&
      r.objectionDate <= o.asOf &&
      !(r.objectionAnswered !== null && r.objectionAnswered <= o.asOf)
    ) {
      const due = objectionDue(r.objectionDate, o.calendar);
      const left = workingDaysLeft(o.asOf, due, o.calendar);
      if (o.asOf > due) lines.push(line(r, 'objectionOverdue', due, left));
      else if (left <= o.nearDueDays) lines.push(line(r, 'objection', due, left));
    }
  }
  const rank: Record<DigestKind, number> = { overdue: 0, dueToday: 1, nearDue: 2, objectionOverdue: 3, objection: 4 };
  lines.sort((a, b) => rank[a.kind] - rank[b.kind] || a.due - b.due || a.row - b.row);
  const [year, month] = ymdParts(o.asOf);
  const annual =
    lines.length && month <= 3
      ? {
          year: year - 1,
          due: annualReportDue(year - 1),
          workingDaysLeft: workingDaysLeft(o.asOf, annualReportDue(year - 1), o.calendar),
        }
      : null;
  return { asOf: o.asOf, nearDueDays: o.nearDueDays, lines, annual, exemptions: selectExemptionNotices(o.dip, o.asOf) };
}

/**
 * Lines shown per section. Apps Script refuses an e-mail body over 200 KB (Quotas page, "Current
 * limitations"); a register with thousands of stale open rows must still get its reminder, so a
 * section lists its first 40 lines (the most urgent: earliest due) and says how many more there
 * are. With the field lengths below clipped, four full sections stay near 100 KB, text and HTML.
 */
export const MAX_LINES_PER_SECTION = 40;
const CLIP = { number: 40, topic: 60, channel: 40 };

function clip(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

export interface DigestMail {
  subject: string;
  text: string;
  html: string;
}

export interface RenderOptions {
  lang: Lang;
  unit: string;
  /** The spreadsheet's URL (…/edit) and the register sheet's gid, for the link to each row. */
  spreadsheetUrl: string;
  registerGid: number;
  /** The DIK sheet's gid, for the link to each exemption's row (no link when absent). */
  dikGid?: number;
}

/** dd/mm/yyyy for Indonesian readers, YYYY-MM-DD in English (as the add-on's messages write dates). */
export function digestDate(day: Day, lang: Lang): string {
  if (lang === 'en') return ymd(day);
  const [y, m, d] = ymdParts(day);
  return `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`;
}

/** The register row in Sheets: the spreadsheet URL with the sheet and a one-cell range. */
export function rowUrl(o: RenderOptions, row: number): string {
  const base = o.spreadsheetUrl.replace(/#.*$/, '');
  return `${base}#gid=${o.registerGid}&range=A${row}`;
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function sectionTitle(kind: DigestKind, d: Digest, lang: Lang): string {
  const key = OBJECTION_KINDS.has(kind) ? `say.digest.section.${kind}` : `digest.section.${kind}`;
  return t(lang, key, { days: d.nearDueDays });
}

/** "sisa 3 hari kerja", "batasnya hari ini", "lewat 5 hari kerja": never "sisa -5". */
export function leftText(l: Pick<DigestLine, 'kind' | 'workingDaysLeft'>, lang: Lang): string {
  const overdue = l.kind === 'overdue' || l.kind === 'objectionOverdue';
  const days = Math.abs(l.workingDaysLeft);
  return say(lang, overdue ? 'say.digest.late' : 'say.digest.left', days, { days });
}

/** The e-mail of a digest with lines: subject, plain text and escaped HTML. */
export function renderDigest(d: Digest, o: RenderOptions): DigestMail {
  const { lang } = o;
  const date = digestDate(d.asOf, lang);
  const counts = DIGEST_KINDS.map((k) => [k, d.lines.filter((l) => l.kind === k).length] as const).filter(
    ([, n]) => n > 0,
  );
  const exemptions = d.exemptions ?? [];
  const summary = [
    ...counts.map(([k, n]) => say(lang, `say.digest.summary.${k}`, n, { count: n })),
    ...(exemptions.length ? [t(lang, 'digest.dik.summary', { count: exemptions.length })] : []),
  ].join(', ');
  const base = o.spreadsheetUrl.replace(/#.*$/, '');
  const notices = renderExemptionNotices(exemptions, {
    lang,
    date: (day) => digestDate(day, lang),
    escape: escapeHtml,
    url: (row) => (o.dikGid === undefined ? null : `${base}#gid=${o.dikGid}&range=A${row}`),
  });
  const subject = t(lang, 'digest.subject', { date, summary });
  const heading = t(lang, 'digest.heading', { unit: shownUnit(o.unit ?? '', lang), date });
  const cells = (l: DigestLine) => ({
    number: clip(l.number || t(lang, 'digest.noNumber'), CLIP.number),
    topic: clip(l.topic || t(lang, 'digest.noTopic'), CLIP.topic),
    channel: clip(l.channel, CLIP.channel),
    due: digestDate(l.due, lang),
    leftText: leftText(l, lang),
    url: rowUrl(o, l.row),
  });
  const annualText = d.annual
    ? say(lang, 'say.digest.annual', d.annual.workingDaysLeft, {
        year: d.annual.year,
        date: digestDate(d.annual.due, lang),
        left: d.annual.workingDaysLeft,
      })
    : null;

  const more = (kind: DigestKind, n: number) =>
    say(lang, OBJECTION_KINDS.has(kind) ? 'say.digest.moreObjections' : 'say.digest.more', n, { count: n });
  // The intro names the requests' columns: said only when requests are listed (not for the DIK notice alone).
  const intro = d.lines.length ? [t(lang, 'digest.intro')] : [];
  const text: string[] = [heading, '', ...intro];
  for (const [kind] of counts) {
    const section = d.lines.filter((l) => l.kind === kind);
    text.push('', `${sectionTitle(kind, d, lang)} (${section.length})`);
    for (const l of section.slice(0, MAX_LINES_PER_SECTION)) {
      const c = cells(l);
      text.push(
        `- ${c.number} | ${c.topic} | ${c.channel} | ${t(lang, 'digest.text.due', { date: c.due })} | ${c.leftText} | ${c.url}`,
      );
    }
    if (section.length > MAX_LINES_PER_SECTION) text.push(more(kind, section.length - MAX_LINES_PER_SECTION));
  }
  text.push(...notices.text);
  if (annualText) text.push('', annualText);
  text.push('', t(lang, 'digest.footer'));

  const th = ['number', 'topic', 'channel', 'due', 'left', 'row']
    .map((k) => `<th align="left">${escapeHtml(t(lang, `digest.col.${k}`))}</th>`)
    .join('');
  const html: string[] = [
    '<div style="font-family:Arial,sans-serif;font-size:14px">',
    `<h2 style="font-size:16px">${escapeHtml(heading)}</h2>`,
    ...intro.map((s) => `<p>${escapeHtml(s)}</p>`),
  ];
  for (const [kind] of counts) {
    const section = d.lines.filter((l) => l.kind === kind);
    html.push(`<h3 style="font-size:15px">${escapeHtml(`${sectionTitle(kind, d, lang)} (${section.length})`)}</h3>`);
    // Attributes, not a style per cell: the same look in less of the 200 KB.
    html.push(`<table cellpadding="3" style="border-collapse:collapse"><thead><tr>${th}</tr></thead><tbody>`);
    for (const l of section.slice(0, MAX_LINES_PER_SECTION)) {
      const c = cells(l);
      const td = (v: string) => `<td>${escapeHtml(v)}</td>`;
      const link = `<td><a href="${escapeHtml(c.url)}">${escapeHtml(t(lang, 'digest.rowLink', { row: l.row }))}</a></td>`;
      html.push(`<tr>${td(c.number)}${td(c.topic)}${td(c.channel)}${td(c.due)}${td(c.leftText)}${link}</tr>`);
    }
    html.push('</tbody></table>');
    if (section.length > MAX_LINES_PER_SECTION)
      html.push(`<p>${escapeHtml(more(kind, section.length - MAX_LINES_PER_SECTION))}</p>`);
  }
  html.push(...notices.html);
  if (annualText) html.push(`<p><b>${escapeHtml(annualText)}</b></p>`);
  html.push(`<p style="color:#555">${escapeHtml(t(lang, 'digest.footer'))}</p>`, '</div>');
  return { subject, text: `${text.join('\n')}\n`, html: `${html.join('\n')}\n` };
}
