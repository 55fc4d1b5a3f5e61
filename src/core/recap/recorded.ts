// Whether a recap's breakdown says anything: a table of "Tidak Diketahui 100%" per channel (a
// register that never recorded the applicant type, the Perki SLIP form) says nothing, and the
// recap sheet and the document leave it out with one sentence saying why (issue #23 item 15).
import type { Recap } from '../types';
import { LISTS } from '../register';

/** True when at least one request of the period has a known Kategori Pemohon. */
export function applicantTypesRecorded(recap: Recap): boolean {
  return LISTS.applicantTypes.some((type) => (recap.totals.byApplicantType[type] ?? 0) > 0);
}
