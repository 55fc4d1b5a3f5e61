// Dialog bodies built on the server. Everything interpolated is escaped.
import { t } from '../core/i18n';
import type { Lang } from '../core/types';
import type { ReportResult } from './report-action';
import { escapeHtml } from './common';
import { formatDateLong, say } from '../core/report';
import { kiSharingNotes } from './ki-share';

/** "The 2025 annual report is due … by 31 March 2026 …; 75 days left." */
export function annualDueText(d: { year: number; due: string; daysLeft: number }, lang: Lang): string {
  const left =
    d.daysLeft > 0
      ? say(lang, 'done.annualDue.left', d.daysLeft, { days: d.daysLeft })
      : t(lang, 'done.annualDue.today');
  return t(lang, 'done.annualDue', { year: d.year, due: formatDateLong(d.due, lang), left });
}

export function reportDoneHtml(r: ReportResult, lang: Lang): string {
  const link = (url: string, label: string) =>
    `<li><a href="${escapeHtml(url)}" target="_blank" rel="noopener">${escapeHtml(label)}</a></li>`;
  const notes: string[] = [];
  if (r.sharedWith.length)
    notes.push(t(lang, 'done.shared', { list: r.sharedWith.join(', '), role: t(lang, `role.${r.role}`) }));
  else if (!r.shareRefused.length && !r.sharePartial?.length && !r.failedAfter?.some((f) => f.step === 'share'))
    notes.push(t(lang, 'done.noShare'));
  if (r.invalidEmails.length) notes.push(t(lang, 'done.invalidEmails', { list: r.invalidEmails.join(', ') }));
  if (r.groups?.length) notes.push(t(lang, 'done.groups', { list: r.groups.join(', ') }));
  // Sharing file by file: an address refused only the document can still open the PDF and JSON.
  const fileNames = (keys: string[]) => keys.map((k) => t(lang, `file.${k}`)).join(', ');
  for (const p of r.sharePartial ?? [])
    notes.push(
      t(lang, 'done.sharePartial', {
        email: p.email,
        refused: fileNames(p.files),
        shared: fileNames(['doc', 'pdf', 'json'].filter((k) => !p.files.includes(k))),
      }),
    );
  if (r.shareRefused.length) notes.push(t(lang, 'done.shareRefused', { list: r.shareRefused.join(', ') }));
  if (r.shareRefused.length || r.sharePartial?.length) notes.push(t(lang, 'done.groupHint'));
  if (r.driveNotified?.length) notes.push(t(lang, 'done.driveNotified', { list: r.driveNotified.join(', ') }));
  if (r.mailed) notes.push(t(lang, 'done.mailed'));
  notes.push(...kiSharingNotes(r.komisiInformasi, lang));
  // What failed after the report was made: it stands, and the officer reads what is left to do.
  for (const f of r.failedAfter ?? []) notes.push(t(lang, `done.failed.${f.step}`, { reason: f.reason }));
  notes.push(
    r.problems ? say(lang, 'say.done.problems', r.problems, { count: r.problems }) : t(lang, 'done.noProblems'),
  );
  if (r.holidayCorrections.length)
    notes.push(
      t(lang, 'done.holidays', {
        count: r.holidayCorrectionCount ?? r.holidayCorrections.length,
        first: r.holidayCorrections[0],
      }),
    );
  if (r.liveWarnings?.length) notes.push(...r.liveWarnings, t(lang, 'live.reportStill'));
  if (r.pictures) notes.push(t(lang, 'pictures.dialog.summary', { n: r.pictures }));
  notes.push(...(r.pictureProblems ?? []));
  return [
    '<link rel="stylesheet" href="https://ssl.gstatic.com/docs/script/css/add-ons1.css">',
    '<div style="font-family:Arial,sans-serif;padding:4px 8px">',
    `<ul>${link(r.docUrl, t(lang, 'done.doc'))}${link(r.pdfUrl, t(lang, 'done.pdf'))}${link(r.jsonUrl, t(lang, 'done.json'))}</ul>`,
    // What the officer still has to do comes first, above the fold of the 400-pixel dialog: the
    // deadline, then the annual items to write, one per line.
    ...(r.annualDue ? [`<p><b>${escapeHtml(annualDueText(r.annualDue, lang))}</b></p>`] : []),
    ...(r.emptyItems.length
      ? [
          `<p><b>${escapeHtml(t(lang, 'done.emptyItems.lead', { year: r.period }))}</b></p>`,
          `<ul>${r.emptyItems.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`,
          `<p>${escapeHtml(t(lang, 'done.emptyItems.how', { year: r.period }))}</p>`,
        ]
      : []),
    // The settings the cover and signature print, named as the annual items are.
    ...(r.missingSettings?.length
      ? [
          `<p><b>${escapeHtml(t(lang, 'done.missingSettings.lead'))}</b></p>`,
          `<ul>${r.missingSettings.map((label) => `<li>${escapeHtml(label)}</li>`).join('')}</ul>`,
          `<p>${escapeHtml(t(lang, 'done.missingSettings.how'))}</p>`,
        ]
      : []),
    `<p>${escapeHtml(t(lang, 'done.sheet', { name: r.recapSheet }))}</p>`,
    ...notes.map((n) => `<p>${escapeHtml(n)}</p>`),
    '</div>',
  ].join('\n');
}
