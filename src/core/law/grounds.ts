// The refusal grounds and the objection → dispute chain, as the law names them. Pure data plus
// the matching of what officers type (today's dropdown values, older registers' values and the
// usual spellings) to one canonical key. The keys are the contract: recap.json's
// `refusals.byReason`, `objections.byOutcome` and `disputes.byStage/byOutcome` use them, and the
// letters (issue #14) and adopted registers (issue #17) map onto them.
//
// Sources (wording checked against published texts of the law, see docs/recap-json.md):
// - UU 14/2008 Pasal 17 huruf a–j: the only grounds on which a public body may refuse
//   ("Setiap Badan Publik wajib membuka akses … kecuali: a. … j."). Huruf j covers information
//   that another law forbids disclosing; the refusal form of Perki 1/2021 (SLIP) still has a
//   separate box for a ground in another law, so both are kept and the law is named in Catatan.
// - UU 14/2008 Pasal 22 ayat (7) and the "Pemberitahuan Tertulis" form of Perki 1/2021: a notice
//   that the information is not held ("belum dikuasai") or not yet documented ("belum
//   didokumentasikan") is a notice, not a refusal on a Pasal 17 ground. It is counted apart.
// - UU 14/2008 Pasal 36: the Atasan PPID answers an objection in writing; the decision grants it,
//   grants it in part or refuses it (upholding the PPID).
// - UU 14/2008 Pasal 37–38, 40, 47: a dispute goes to the Komisi Informasi (mediation, then
//   adjudication), and from there to court (PTUN or the district court, then kasasi).

export type RefusalKind = 'exemption' | 'otherLaw' | 'notice' | 'unspecified' | 'other' | 'unknown';

export interface RefusalGround {
  /** The canonical key and dropdown value, e.g. "Pasal 17 huruf b". */
  key: string;
  kind: RefusalKind;
  /** Pasal 17's letter for exemptions. */
  letter?: string;
  /** A short description in the officer's language (for tables and the dropdown's help). */
  id: string;
  en: string;
}

/** UU 14/2008 Pasal 17 huruf a–j, described in a few words of our own. */
// biome-ignore format: a table laid out by hand, one entry per line
export const PASAL_17: Array<{ letter: string; id: string; en: string }> = [
  { letter: 'a', id: 'menghambat proses penegakan hukum', en: 'would obstruct law enforcement' },
  { letter: 'b', id: 'hak kekayaan intelektual dan persaingan usaha yang sehat', en: 'intellectual property and fair competition' },
  { letter: 'c', id: 'pertahanan dan keamanan negara', en: 'national defence and security' },
  { letter: 'd', id: 'kekayaan alam Indonesia', en: "Indonesia's natural resources" },
  { letter: 'e', id: 'ketahanan ekonomi nasional', en: 'national economic resilience' },
  { letter: 'f', id: 'kepentingan hubungan luar negeri', en: 'foreign relations' },
  { letter: 'g', id: 'isi akta otentik yang bersifat pribadi atau wasiat', en: 'private authentic deeds and wills' },
  { letter: 'h', id: 'rahasia pribadi', en: 'personal secrets' },
  { letter: 'i', id: 'memorandum atau surat antar/intra Badan Publik yang dirahasiakan', en: 'confidential memoranda between or within public bodies' },
  { letter: 'j', id: 'tidak boleh diungkapkan berdasarkan undang-undang', en: 'protected from disclosure by law' },
];

export const OTHER_LAW = 'Undang-undang lain';
export const NOT_HELD = 'Informasi tidak dikuasai';
export const NOT_DOCUMENTED = 'Belum didokumentasikan';
/** A Pasal 17 refusal whose letter was not named (older registers' "Dikecualikan (Pasal 17 UU KIP)"). */
export const UNSPECIFIED_PASAL_17 = 'Pasal 17 (huruf belum disebut)';
/** A refusal on no legal ground (the old dropdown's Lainnya, or a value not recognised). */
export const OTHER_REASON = 'Lainnya';

export const pasal17Key = (letter: string) => `Pasal 17 huruf ${letter}`;

/** The dropdown, in the order of the law: Pasal 17 a–j, another law, then the two notices. */
export const REFUSAL_GROUNDS: RefusalGround[] = [
  ...PASAL_17.map(
    (p): RefusalGround => ({ key: pasal17Key(p.letter), kind: 'exemption', letter: p.letter, id: p.id, en: p.en }),
  ),
  {
    key: OTHER_LAW,
    kind: 'otherLaw',
    id: 'dikecualikan oleh undang-undang lain (sebutkan di Catatan)',
    en: 'exempt under another law (named in Notes)',
  },
  {
    key: NOT_HELD,
    kind: 'notice',
    id: 'pemberitahuan: informasi tidak dikuasai',
    en: 'notice: the information is not held',
  },
  {
    key: NOT_DOCUMENTED,
    kind: 'notice',
    id: 'pemberitahuan: informasi belum didokumentasikan',
    en: 'notice: the information is not yet documented',
  },
];

/** Keys that are notices, not refusals (counted apart as `refusals.notices`). */
export const NOTICE_KEYS: ReadonlySet<string> = new Set([NOT_HELD, NOT_DOCUMENTED]);

/**
 * Every key `refusals.byReason` holds, in table order. The unknown row (a refused request with no
 * reason at all) is the recap's UNKNOWN label, added by the recap.
 */
export const REFUSAL_REASON_KEYS: string[] = [
  ...PASAL_17.map((p) => pasal17Key(p.letter)),
  UNSPECIFIED_PASAL_17,
  OTHER_LAW,
  OTHER_REASON,
  NOT_HELD,
  NOT_DOCUMENTED,
];

/** The ground of a key, or a described pseudo-ground for the unspecified and other keys. */
export function refusalGround(key: string): RefusalGround | null {
  const hit = REFUSAL_GROUNDS.find((g) => g.key === key);
  if (hit) return hit;
  if (key === UNSPECIFIED_PASAL_17)
    return { key, kind: 'unspecified', id: 'Pasal 17, huruf belum disebut', en: 'Pasal 17, letter not named' };
  if (key === OTHER_REASON)
    return { key, kind: 'other', id: 'bukan alasan menurut undang-undang', en: 'not a ground under the law' };
  return null;
}

const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * Spellings met in registers, matched trimmed and case-insensitively. Issue #17 (adopting existing
 * registers) extends this table; each value must be a key above.
 */
export const REFUSAL_SYNONYMS: Record<string, string> = {
  'dikecualikan (pasal 17 uu kip)': UNSPECIFIED_PASAL_17,
  dikecualikan: UNSPECIFIED_PASAL_17,
  'informasi dikecualikan': UNSPECIFIED_PASAL_17,
  'pasal 17': UNSPECIFIED_PASAL_17,
  'pasal 17 uu kip': UNSPECIFIED_PASAL_17,
  'pasal 17 uu 14/2008': UNSPECIFIED_PASAL_17,
  exempt: UNSPECIFIED_PASAL_17,
  exempted: UNSPECIFIED_PASAL_17,
  'belum dikuasai': NOT_HELD,
  'tidak dikuasai': NOT_HELD,
  'informasi belum dikuasai': NOT_HELD,
  'not held': NOT_HELD,
  'information not held': NOT_HELD,
  'tidak didokumentasikan': NOT_DOCUMENTED,
  'informasi belum didokumentasikan': NOT_DOCUMENTED,
  'not documented': NOT_DOCUMENTED,
  'not yet documented': NOT_DOCUMENTED,
  'uu lain': OTHER_LAW,
  'undang undang lain': OTHER_LAW,
  'undang-undang lainnya': OTHER_LAW,
  'peraturan perundang-undangan lain': OTHER_LAW,
  'other law': OTHER_LAW,
  'another law': OTHER_LAW,
  lainnya: OTHER_REASON,
  'lain-lain': OTHER_REASON,
  other: OTHER_REASON,
  // Adopted registers (#17): the Perki SLIP form's "Status Informasi" wording, English registers.
  'tidak di bawah penguasaan': NOT_HELD,
  'tidak dibawah penguasaan': NOT_HELD,
  'informasi tidak di bawah penguasaan': NOT_HELD,
  'di luar penguasaan': NOT_HELD,
  'bukan kewenangan': NOT_HELD,
  'information not held by this body': NOT_HELD,
  'belum didokumentasikan.': NOT_DOCUMENTED,
  'dokumen belum tersedia': NOT_DOCUMENTED,
  'exempt information': UNSPECIFIED_PASAL_17,
  exemption: UNSPECIFIED_PASAL_17,
};

const byNorm = new Map<string, string>();
for (const k of REFUSAL_REASON_KEYS) byNorm.set(norm(k), k);
for (const g of REFUSAL_GROUNDS) byNorm.set(norm(`${g.key}: ${g.id}`), g.key);

// "Pasal 17 huruf b", "Pasal 17 b", "psl. 17 (b)", "Pasal 17 ayat (1) huruf b UU KIP",
// "Dikecualikan (Pasal 17 huruf b)", "Article 17(b)", "huruf b".
const LETTER =
  /^(?:dikecualikan\s*[(,:-]?\s*)?(?:(?:pasal|psl\.?|article|art\.?)\s*17\s*(?:ayat\s*\(?1\)?\s*)?(?:uu\s*(?:kip|14\/2008)\s*)?[,:-]?\s*)?(?:huruf|hrf\.?|letter|point)?\s*\(?([a-j])\)?\.?\s*(?:uu\s*(?:kip|14\/2008))?\s*\)?\s*(?:[:–-].*)?$/;

/**
 * The canonical refusal key of a cell's text, or null when nothing matches. A bare letter or
 * "huruf b" needs the Pasal 17 context this column gives it; longer text needs "pasal 17".
 */
export function matchRefusalReason(text: string): string | null {
  // A leading "UU KIP" / "UU 14/2008" names the law the Pasal belongs to: "UU KIP Pasal 17 j".
  const n = norm(text).replace(
    /^(?:uu|undang-undang)\s*(?:kip|no\.?\s*14\s*(?:tahun|th\.?)?\s*2008|14\/2008)\s*,?\s*(?=pasal|psl|article)/,
    '',
  );
  if (!n) return null;
  const exact = byNorm.get(n) ?? REFUSAL_SYNONYMS[n];
  if (exact) return exact;
  const m = LETTER.exec(n);
  if (m && (n.length <= 3 || /17|huruf|hrf|letter|point/.test(n))) return pasal17Key(m[1]);
  return null;
}

export type ObjectionOutcome = 'Dikabulkan' | 'Dikabulkan Sebagian' | 'Ditolak';
/** UU 14/2008 Pasal 36: the Atasan PPID's written decision on an objection. */
export const OBJECTION_OUTCOMES: ObjectionOutcome[] = ['Dikabulkan', 'Dikabulkan Sebagian', 'Ditolak'];

/** UU 14/2008 Pasal 38–40 (mediation, adjudication at the Komisi Informasi), Pasal 47–50 (court). */
export const DISPUTE_STAGES = ['Mediasi', 'Ajudikasi', 'Pengadilan'];
/**
 * Results of a stage: a mediation agreement (Pasal 39), an adjudication or court decision granting
 * the applicant's request in full or in part, refusing it, declaring it inadmissible, or a case
 * withdrawn or dropped.
 */
export const DISPUTE_OUTCOMES = [
  'Kesepakatan Mediasi',
  'Dikabulkan',
  'Dikabulkan Sebagian',
  'Ditolak',
  'Tidak Dapat Diterima',
  'Dicabut/Gugur',
];

/** byOutcome key for an objection or dispute not decided as of the report's date. */
export const UNDECIDED = 'Belum Diputus';

// biome-ignore format: a table laid out by hand, one entry per line
export const OUTCOME_SYNONYMS: Record<string, string> = {
  'diterima': 'Dikabulkan', 'dikabulkan seluruhnya': 'Dikabulkan', 'granted': 'Dikabulkan', 'upheld objection': 'Dikabulkan',
  'diterima sebagian': 'Dikabulkan Sebagian', 'sebagian dikabulkan': 'Dikabulkan Sebagian', 'partly granted': 'Dikabulkan Sebagian', 'partially granted': 'Dikabulkan Sebagian', 'granted in part': 'Dikabulkan Sebagian',
  'menguatkan ppid': 'Ditolak', 'menguatkan keputusan ppid': 'Ditolak', 'refused': 'Ditolak', 'rejected': 'Ditolak', 'dismissed': 'Ditolak',
  'mediasi berhasil': 'Kesepakatan Mediasi', 'kesepakatan': 'Kesepakatan Mediasi', 'mediation agreement': 'Kesepakatan Mediasi', 'settled': 'Kesepakatan Mediasi',
  'tidak diterima': 'Tidak Dapat Diterima', 'inadmissible': 'Tidak Dapat Diterima',
  'dicabut': 'Dicabut/Gugur', 'gugur': 'Dicabut/Gugur', 'withdrawn': 'Dicabut/Gugur',
};

// biome-ignore format: a table laid out by hand, one entry per line
export const STAGE_SYNONYMS: Record<string, string> = {
  'mediation': 'Mediasi', 'ajudikasi non-litigasi': 'Ajudikasi', 'adjudication': 'Ajudikasi', 'sidang ajudikasi': 'Ajudikasi',
  'ptun': 'Pengadilan', 'pengadilan tata usaha negara': 'Pengadilan', 'pengadilan negeri': 'Pengadilan', 'kasasi': 'Pengadilan',
  'mahkamah agung': 'Pengadilan', 'court': 'Pengadilan',
};
