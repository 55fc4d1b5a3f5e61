// The cover and the Kata Pengantar (place, date, officer and NIP): the same for the quarterly and
// the annual outline.
import type { Recap } from '../types';
import type { Settings } from '../settings';
import { formatDateLong } from './labels';
import type { DocBuilder } from './report-blocks';
import { shownSetting, shownUnit } from './missing-settings';

/**
 * Cover and Kata Pengantar with place, date, officer and NIP: the same for both outlines. The unit's
 * name, the place and the signer have no default: while blank each is a "[BELUM DIISI: …]"
 * placeholder, which the Docs writer highlights (missing-settings.ts).
 */
export function coverAndForeword(b: DocBuilder, recap: Recap, settings: Settings, generatedOn: string): void {
  const { tr, lang } = b;
  const v = settings.values;
  b.push({ type: 'title', text: tr(recap.period.kind === 'year' ? 'doc.titleAnnual' : 'doc.title') });
  b.push({ type: 'subtitle', text: recap.unit.trim() ? recap.unit.toUpperCase() : shownUnit('', lang) });
  for (const line of [v.parentBody, v.ministry].filter(Boolean)) b.push({ type: 'subtitle', text: line.toUpperCase() });
  b.push({
    type: 'paragraph',
    text: tr('doc.periodLine', { period: b.vars.period.toUpperCase() }),
    align: 'center',
    bold: true,
  });
  b.pageBreak();
  b.heading(1, tr('doc.foreword'));
  b.p(tr('doc.foreword.p1', b.vars));
  b.p(tr('doc.foreword.p2', { asOf: formatDateLong(recap.asOf, b.lang) }));
  b.p(tr('doc.foreword.p3'));
  b.push({
    type: 'paragraph',
    text: tr('doc.signPlace', { city: shownSetting(settings, 'city', lang), date: formatDateLong(generatedOn, lang) }),
    align: 'right',
  });
  if (v.officerTitle) b.push({ type: 'paragraph', text: v.officerTitle, align: 'right' });
  b.push({ type: 'paragraph', text: shownSetting(settings, 'officerName', lang), align: 'right', bold: true });
  if (v.officerNip) b.push({ type: 'paragraph', text: tr('doc.nip', { nip: v.officerNip }), align: 'right' });
  b.pageBreak();
  // The Daftar Isi, on a page of its own (issue #24 item 8).
  b.push({ type: 'contents' });
  b.pageBreak();
}
