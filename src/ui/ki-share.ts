// The annual report goes to the Komisi Informasi as well as to the central PPID (issue 23, item
// 22; settings key kiEmails, "E-mail Komisi Informasi"). Only the annual report, only the
// document and the PDF (recap.json is the central PPID's consolidation input), always as viewer:
// the Commission reads the report, it does not edit it. Drive's notice is skipped when the add-on
// sends its own e-mail, as for the central PPID (docs/files.ts shareFiles).
import { t } from '../core/i18n';
import type { Lang, Period } from '../core/types';
import { isYes, splitEmails, type Settings } from '../core/settings';
import { periodLabel } from '../core/report';
import { shareFiles, sendNotice, type ReportFiles } from '../docs/files';

export interface KiSharing {
  sharedWith: string[];
  invalid: string[];
  refused: string[];
  mailed: boolean;
}

/** Shares an annual report with the Komisi Informasi's addresses; null for a quarterly report. */
export function shareWithKomisiInformasi(
  saved: ReportFiles,
  settings: Settings,
  period: Period,
  unit: string,
  lang: Lang,
): KiSharing | null {
  if (period.kind !== 'year') return null;
  const { valid, invalid } = splitEmails(settings.values.kiEmails ?? '');
  const result: KiSharing = { sharedWith: [], invalid, refused: [], mailed: false };
  if (!valid.length) return result;
  const ownNotice = isYes(settings.values.sendEmail);
  const outcome = shareFiles(
    { doc: saved.doc, pdf: saved.pdf },
    valid.map((email) => ({ email, group: false })),
    'viewer',
    !ownNotice,
  );
  // An address refused either file is listed as refused: the Commission needs both.
  result.refused = valid.filter((e) => (outcome.refused[e] ?? []).length > 0);
  result.sharedWith = valid.filter((e) => !result.refused.includes(e));
  // Not to the addresses Drive already invited itself (no Google account), as for the central PPID.
  const reached = result.sharedWith.filter((e) => !outcome.notifiedByDrive.includes(e));
  if (ownNotice && reached.length) {
    const vars = { unit, period: periodLabel(period, lang), doc: saved.doc.url, pdf: saved.pdf.url };
    sendNotice(reached, t(lang, 'mail.subject', vars), t(lang, 'mail.ki.body', vars));
    result.mailed = true;
  }
  return result;
}

/** The closing dialog's lines about the Komisi Informasi (none for a quarterly report). */
export function kiSharingNotes(k: KiSharing | null | undefined, lang: Lang): string[] {
  if (!k) return [];
  const notes: string[] = [];
  if (k.sharedWith.length) notes.push(t(lang, 'done.ki.shared', { list: k.sharedWith.join(', ') }));
  if (k.refused.length) notes.push(t(lang, 'done.ki.refused', { list: k.refused.join(', ') }));
  if (k.invalid.length) notes.push(t(lang, 'done.ki.invalid', { list: k.invalid.join(', ') }));
  if (!k.sharedWith.length && !k.refused.length && !k.invalid.length) notes.push(t(lang, 'done.ki.none'));
  return notes;
}
