// The cover and the Kata Pengantar (place, date, officer and NIP): the same for the quarterly and
// the annual outline.
import type { Recap } from '../types';
import type { Settings } from '../settings';
import { formatDateLong } from './labels';
import type { DocBuilder } from './report-blocks';

/** Cover and Kata Pengantar with place, date, officer and NIP: the same for both outlines. */
export function coverAndForeword(b: DocBuilder, recap: Recap, settings: Settings, generatedOn: string): void {
  const { tr } = b;
  const v = settings.values;
  b.push({ type: 'title', text: tr(recap.period.kind === 'year' ? 'doc.titleAnnual' : 'doc.title') });
  for (const line of [recap.unit, v.parentBody, v.ministry].filter(Boolean))
    b.push({ type: 'subtitle', text: line.toUpperCase() });
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
    text: tr('doc.signPlace', { city: v.city || '', date: formatDateLong(generatedOn, b.lang) }),
    align: 'right',
  });
  if (v.officerTitle) b.push({ type: 'paragraph', text: v.officerTitle, align: 'right' });
  b.push({ type: 'paragraph', text: v.officerName || '…………………………', align: 'right', bold: true });
  if (v.officerNip) b.push({ type: 'paragraph', text: tr('doc.nip', { nip: v.officerNip }), align: 'right' });
  b.pageBreak();
  // The Daftar Isi, on a page of its own (issue #24 item 8).
  b.push({ type: 'contents' });
  b.pageBreak();
}
