// The receipt e-mailed to an applicant whose address the Form verified: the registration
// number, the date received, the due date and how to follow up. Nothing else: no request text,
// no name (the applicant knows what they asked). Pure.
//
// Issue #14 builds the letters, among them the Tanda Bukti Penerimaan; once it lands this e-mail
// takes its wording from there, keeping to the same four facts.
import { t } from '../i18n';
import { ymd } from '../dates';
import { formatDateLong } from '../labels';
import type { Day, Lang } from '../types';

export interface ReceiptFacts {
  number: string;
  received: Day;
  due: Day;
  unit: string;
  lang: Lang;
}

export function receiptMail(f: ReceiptFacts): { subject: string; body: string } {
  const params = {
    number: f.number, unit: f.unit, received: formatDateLong(ymd(f.received), f.lang), due: formatDateLong(ymd(f.due), f.lang),
  };
  return { subject: t(f.lang, 'intake.mail.subject', params), body: t(f.lang, 'intake.mail.body', params) };
}
