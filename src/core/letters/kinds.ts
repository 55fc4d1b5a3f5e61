// The five letters of a request's life (the Komisi Informasi's service standard, Perki 1/2021,
// gives each a form) and which of them fit a register row:
//
//   tanda-terima          the receipt (UU 14/2008 Pasal 22 ayat (4)): any request
//   pemberitahuan         the written notice (Pasal 22 ayat (7)): granted in full or in part, or
//                         answered "not held" / "not yet documented"
//   perpanjangan          the extension notice (Pasal 22 ayat (8)): Perpanjangan = Ya, sent no
//                         later than the first due date
//   penolakan             the PPID's refusal decision (Pasal 17, 22 ayat (7) huruf c): Ditolak
//   tanggapan-keberatan   the Atasan PPID's response to an objection (Pasal 36 ayat (2)): a
//                         request with an objection
//
// A kind that fits may still lack what it needs (an address, a ground, a signatory): those are
// named, one by one, for the officer to fill in, and nothing is made until they are there.
import type { Day, Lang } from '../types';
import { t } from '../i18n';
import { columnSpec, type ColumnKey } from '../register';
import { SETTINGS, type SettingKey } from '../settings';
import { dueDate, type WorkCalendar } from '../calendar';
import type { LetterRow } from './letter-row';
import { letterGround, objectionDecision, parseRefusalGround, type ObjectionDecision, type LetterGround } from '../law';
import { tanggalPanjang } from './format';
import { dikLetterProblems, findLinked, type DikEntry, type DipList } from '../dip';

export const LETTER_KINDS = [
  'tanda-terima',
  'pemberitahuan',
  'perpanjangan',
  'penolakan',
  'tanggapan-keberatan',
] as const;
export type LetterKind = (typeof LETTER_KINDS)[number];

export function isLetterKind(s: unknown): s is LetterKind {
  return typeof s === 'string' && (LETTER_KINDS as readonly string[]).includes(s);
}

/** The letter's title as it is printed, logged and used in file names (always Indonesian). */
export const LETTER_TITLES: Record<LetterKind, string> = {
  'tanda-terima': 'Tanda Bukti Penerimaan Permintaan Informasi Publik',
  pemberitahuan: 'Pemberitahuan Tertulis',
  perpanjangan: 'Pemberitahuan Perpanjangan Jangka Waktu',
  penolakan: 'Keputusan PPID tentang Penolakan Permohonan Informasi',
  'tanggapan-keberatan': 'Tanggapan Atasan PPID atas Keberatan',
};

/** Who signs: the PPID, or the Atasan PPID who decides on objections. */
export const LETTER_SIGNER: Record<LetterKind, 'ppid' | 'superior'> = {
  'tanda-terima': 'ppid',
  pemberitahuan: 'ppid',
  perpanjangan: 'ppid',
  penolakan: 'ppid',
  'tanggapan-keberatan': 'superior',
};

/** What the dialog may ask beyond the register and the settings; the offline runner uses defaults. */
export interface LetterExtras {
  /** The extension notice's reason (default: the settings' Alasan Perpanjangan). */
  extensionReason?: string;
  /** The body that holds information this unit does not (Pasal 22 ayat (7) huruf b), when known. */
  infoHolder?: string;
  /** The Atasan PPID's decision when the register's Putusan Atasan PPID is blank. */
  decision?: ObjectionDecision;
  /** The Atasan PPID's considerations (default: a sentence fitting the decision). */
  considerations?: string;
}

export interface LetterContext {
  /** The letter's date: today in the spreadsheet's time zone (the runner's --as-of). */
  date: Day;
  calendar: WorkCalendar;
  /** The settings' values by key. */
  settings: Partial<Record<SettingKey, string>>;
  extras?: LetterExtras;
  /**
   * The unit's DIP and DIK, for a refusal linked to an entry (Nomor DIP/DIK). Undefined: not read,
   * the link is not looked at; null: read, the unit keeps no list (every number is unknown).
   */
  dip?: DipList | null;
}

/** Something a letter needs and the row or the settings lack, in the officer's language. */
export interface LetterProblem {
  code: string;
  /** The register column or setting to fill in (its header or label). */
  field: string;
  message: string;
}

/** The row's refusal ground as the register's parser read it (its text when the row has no date). */
export function refusalGroundOf(row: LetterRow): LetterGround | null {
  const g = row.record
    ? letterGround(row.record.refusalReason, row.text.notes, row.text.refusalReason)
    : parseRefusalGround(row.text.refusalReason, row.text.notes);
  if (g?.kind === 'pasal17-unspecified') {
    // An older register's "Dikecualikan (Pasal 17 UU KIP)", with the letter written in the note.
    const inNote = /\bpasal\s*17\b[^\n]*/i.exec(row.text.notes);
    const named = inNote ? parseRefusalGround(inNote[0]) : null;
    if (named?.kind === 'pasal17') return named;
  }
  return g;
}

/** The register's canonical key of a letter ground, to compare with a DIK entry's (core/dip/link.ts). */
function groundKey(g: LetterGround | null): string | null {
  if (!g) return null;
  if (g.kind === 'pasal17') return `Pasal 17 huruf ${g.letter}`;
  if (g.kind === 'law') return 'Undang-undang lain';
  if (g.kind === 'pasal17-unspecified') return 'Pasal 17 (huruf belum disebut)';
  return g.kind === 'other' ? g.text : g.kind;
}

/** The problem codes of a row's link for a refusal letter; null when the row links nothing that is read. */
function linkCodes(row: LetterRow, ctx: LetterContext): { codes: string[]; entry: DikEntry | null } | null {
  const number = row.text.dipNumber;
  if (!number || ctx.dip === undefined) return null;
  const linked = findLinked(ctx.dip, number);
  if (!linked) return { codes: ['dipUnknown'], entry: null };
  if (linked.list === 'dip') return { codes: ['dipPublic'], entry: null };
  return { codes: dikLetterProblems(linked.entry, groundKey(refusalGroundOf(row)), ctx.date), entry: linked.entry };
}

/** The linked DIK entry a refusal letter takes its ground and test from: only one with nothing wrong. */
export function dikEntryOf(row: LetterRow, ctx: LetterContext): DikEntry | null {
  const link = linkCodes(row, ctx);
  return link?.entry && !link.codes.length && refusalGroundOf(row) ? link.entry : null;
}

/** The Atasan PPID's decision: the register's Putusan Atasan PPID, else the one chosen in the dialog. */
export function decisionOf(row: LetterRow, extras?: LetterExtras): ObjectionDecision | null {
  return objectionDecision(row.record?.objectionOutcome) ?? extras?.decision ?? null;
}

function hasObjection(row: LetterRow): boolean {
  const r = row.record;
  return !!r && (r.objectionDate !== null || !!r.objectionGround || r.objectionAnswered !== null);
}

/** Does the kind fit the row's status at all (before checking what it needs)? */
export function letterFits(kind: LetterKind, row: LetterRow): boolean {
  const status = row.record?.status ?? null;
  switch (kind) {
    case 'tanda-terima':
      return true;
    case 'pemberitahuan': {
      const g = refusalGroundOf(row);
      return (
        status === 'Dipenuhi' ||
        status === 'Dipenuhi Sebagian' ||
        g?.kind === 'not-held' ||
        g?.kind === 'not-documented'
      );
    }
    case 'perpanjangan':
      return !!row.record?.extended;
    case 'penolakan':
      return status === 'Ditolak';
    case 'tanggapan-keberatan':
      return hasObjection(row);
  }
}

/** The kinds that fit the row, in the order of a request's life. */
export function fittingKinds(row: LetterRow): LetterKind[] {
  return LETTER_KINDS.filter((k) => letterFits(k, row));
}

function columnName(key: ColumnKey, lang: Lang): string {
  const spec = columnSpec(key);
  return lang === 'en' ? spec.en : spec.id;
}

function settingName(key: SettingKey, lang: Lang): string {
  const spec = SETTINGS.find((s) => s.key === key)!;
  return spec.label[lang];
}

/** The first deadline, when the row can say it (a valid date received). */
export function firstDue(row: LetterRow, cal: WorkCalendar): Day | null {
  return row.record ? dueDate(row.record.received, false, cal) : null;
}

/** Everything the kind needs and the row or settings lack; empty when the letter can be made. */
export function letterProblems(kind: LetterKind, row: LetterRow, ctx: LetterContext, lang: Lang): LetterProblem[] {
  const out: LetterProblem[] = [];
  const col = (code: string, key: ColumnKey, params: Record<string, string> = {}) => {
    const field = columnName(key, lang);
    out.push({ code, field, message: t(lang, `letter.problem.${code}`, { field, ...params }) });
  };
  const setting = (code: string, key: SettingKey) => {
    const field = settingName(key, lang);
    out.push({ code, field, message: t(lang, `letter.problem.${code}`, { field }) });
  };
  const s = ctx.settings;
  const blank = (v: string | undefined) => !String(v ?? '').trim();

  if (!row.text.number) col('number', 'number');
  if (!row.record) col('received', 'received');
  if (!row.text.applicantName) col('name', 'applicantName');
  if (kind !== 'tanda-terima' && !row.text.address) col('address', 'address');
  if (blank(s.unitName)) setting('setting', 'unitName');
  if (blank(s.unitAddress)) setting('setting', 'unitAddress');
  if (LETTER_SIGNER[kind] === 'superior') {
    if (blank(s.superiorName)) setting('setting', 'superiorName');
  } else if (blank(s.officerName)) {
    setting('setting', 'officerName');
  }

  const r = row.record;
  if (
    kind === 'pemberitahuan' &&
    r &&
    (r.status === 'Dipenuhi' || r.status === 'Dipenuhi Sebagian') &&
    !r.deliveryMethod
  ) {
    col('delivery', 'deliveryMethod');
  }
  if (kind === 'perpanjangan' && r) {
    const due = firstDue(row, ctx.calendar)!;
    if (ctx.date > due) col('extensionLate', 'extended', { due: tanggalPanjang(due), today: tanggalPanjang(ctx.date) });
    if (blank(ctx.extras?.extensionReason) && blank(s.textExtensionReason)) setting('setting', 'textExtensionReason');
  }
  const link = kind === 'penolakan' ? linkCodes(row, ctx) : null;
  if (link) {
    // Linked: the entry supplies the ground's letter or law, so only a blank Alasan (which the
    // reports count) and what the link itself gets wrong stop the letter. A ground that differs
    // stops it too, rather than printing the entry's: the register and the letter would disagree.
    if (!refusalGroundOf(row)) col('groundMissing', 'refusalReason');
    const ground = link.entry?.ground ?? '';
    for (const code of link.codes) col(code, code === 'groundDiffers' ? 'refusalReason' : 'dipNumber', { ground });
  } else if (kind === 'penolakan') {
    const g = refusalGroundOf(row);
    if (!g) col('groundMissing', 'refusalReason');
    else if (g.kind === 'pasal17-unspecified')
      col('groundLetter', 'refusalReason', { notes: columnName('notes', lang) });
    else if (g.kind === 'law' && !g.law) col('groundLaw', 'refusalReason', { notes: columnName('notes', lang) });
    else if (g.kind === 'not-held' || g.kind === 'not-documented') col('groundNotice', 'refusalReason');
    else if (g.kind === 'other')
      col('groundUnknown', 'refusalReason', { value: g.text.slice(0, 60), notes: columnName('notes', lang) });
  }
  if (kind === 'tanggapan-keberatan') {
    if (r && r.objectionDate === null) col('objectionDate', 'objectionDate');
    if (!decisionOf(row, ctx.extras)) col('decision', 'objectionOutcome');
  }
  return out;
}
