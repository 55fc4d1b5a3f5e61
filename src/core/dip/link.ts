// The register's link to the lists (issue #27 item 3): a request's Nomor DIP/DIK names one entry of
// the Daftar Informasi Publik or of the Daftar Informasi yang Dikecualikan. The two lists share one
// numbering (parse.ts makes a repeat across them a row problem), so the number alone says which
// list; no prefix is needed, though the examples write DIK entries as "DIK-01" for the reader.
// What a link must agree with, each a row problem (row, column, plain message, never the cell):
//   - the number names an entry of either list;
//   - a refusal is not linked to a DIP entry (public information is not refused);
//   - a refusal linked to a DIK entry states the entry's ground (or an unspecified Pasal 17 the
//     entry completes);
//   - a request for a Berkala entry is flagged: Pasal 9 information should already be published;
//   - a request granted in full (Dipenuhi) linked to a DIK entry whose exemption was still in force
//     when it was answered (or received, when no answer date) is flagged: information exempted
//     under Pasal 17 is given in part at most, unless the entry's exemption has ended.
import { t } from '../i18n';
import type { Day, Lang, Problem, RequestRecord } from '../types';
import type { DikEntry, DipEntry, DipList } from './model';
import { exemptionStatus } from './summary';

export type LinkedEntry = { list: 'dip'; entry: DipEntry } | { list: 'dik'; entry: DikEntry };

const norm = (s: unknown) =>
  String(s ?? '')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ');

/** The entry a Nomor DIP/DIK names, first in the DIP then in the DIK; null when none (or no lists). */
export function findLinked(list: DipList | null | undefined, number: string | null | undefined): LinkedEntry | null {
  const n = norm(number);
  if (!list || !n) return null;
  const dip = list.entries.find((e) => norm(e.number) === n);
  if (dip) return { list: 'dip', entry: dip };
  const dik = list.exempted.find((e) => norm(e.number) === n);
  return dik ? { list: 'dik', entry: dik } : null;
}

/** The register's canonical refusal keys this module compares (law/grounds.ts). */
const UNSPECIFIED_PASAL_17 = 'Pasal 17 (huruf belum disebut)';

/**
 * Whether the register's refusal ground (its canonical key) says something other than the DIK
 * entry's. Equal keys agree; an unspecified Pasal 17 agrees with any Pasal 17 letter (the entry
 * names it); a blank on either side is another check's business.
 */
export function groundDiffers(
  registerKey: string | null | undefined,
  entry: Pick<DikEntry, 'ground' | 'letter'>,
): boolean {
  if (!registerKey || !entry.ground) return false;
  if (registerKey === entry.ground) return false;
  return !(registerKey === UNSPECIFIED_PASAL_17 && entry.letter !== null);
}

export interface LinkCheckOptions {
  lang: Lang;
  /** The register's Nomor DIP/DIK header as the sheet shows it. */
  column: string;
  /** The register's Alasan Penolakan header, for the mismatched-ground problem. */
  refusalColumn: string;
  /** The register's Status header, for a full grant of exempted information (the link's column when absent). */
  statusColumn?: string;
}

/** Every link problem of the register's requests against the lists (Periksa Data). */
export function linkProblems(requests: RequestRecord[], list: DipList | null, o: LinkCheckOptions): Problem[] {
  const out: Problem[] = [];
  for (const r of requests) {
    if (!r.dipNumber) continue;
    const p = (code: string, column = o.column, params: Record<string, string | number> = {}) =>
      out.push({ row: r.row, number: r.number, column, code, message: t(o.lang, code, { column, ...params }) });
    const linked = findLinked(list, r.dipNumber);
    if (!linked) {
      p('diplink.unknown');
      continue;
    }
    if (linked.list === 'dip') {
      if (r.status === 'Ditolak') p('diplink.refusedPublic');
      if (linked.entry.infoClass === 'Berkala') p('diplink.berkala');
    } else if (r.status === 'Ditolak' && groundDiffers(r.refusalReason, linked.entry)) {
      p('diplink.groundDiffers', o.refusalColumn, { ground: linked.entry.ground ?? '' });
    } else if (r.status === 'Dipenuhi' && exemptionStatus(linked.entry, r.answered ?? r.received) !== 'ended') {
      p('diplink.grantedExempt', o.statusColumn ?? o.column);
    }
  }
  return out;
}

/** What stops a refusal letter from taking its ground and test from a linked DIK entry, as message codes. */
export function dikLetterProblems(entry: DikEntry, registerKey: string | null | undefined, date: Day): string[] {
  const out: string[] = [];
  if (groundDiffers(registerKey, entry)) out.push('groundDiffers');
  if (entry.state !== 'Final') out.push('entryDraft');
  if (!entry.ground) out.push('entryGround');
  if (!entry.harm || !entry.interest) out.push('entryTest');
  if (exemptionStatus(entry, date) === 'ended') out.push('entryEnded');
  return out;
}
