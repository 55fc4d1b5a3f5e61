// The legal grounds letters cite: the exceptions of UU 14/2008 Pasal 17 huruf a–j, a refusal on
// another law (Pasal 17 huruf j names "undang-undang"), the "not held" and "not yet documented"
// notices (Pasal 22 ayat (7) huruf a, which are answers, not refusals), the objection grounds of
// Pasal 35 ayat (1) and the Atasan PPID's decision on an objection (Pasal 36 ayat (2)).
//
// The register's parser reads the cells into canonical keys (core/grounds.ts, issue 13); this
// module says what each key means in a letter: the statute's words, the consequence test, the
// law named in Catatan for a refusal on another law.
import { matchRefusalReason, NOT_DOCUMENTED, NOT_HELD, OTHER_LAW, OTHER_REASON, UNSPECIFIED_PASAL_17 } from './grounds';

export const UU_KIP = 'Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik';

export const PASAL17_LETTERS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'] as const;
export type Pasal17Letter = (typeof PASAL17_LETTERS)[number];

/** What each letter of Pasal 17 exempts, in the statute's own terms (shortened where it lists examples). */
// biome-ignore format: a table laid out by hand, one entry per line
export const PASAL17_TEXT: Record<Pasal17Letter, string> = {
  a: 'informasi yang apabila dibuka dan diberikan kepada pemohon dapat menghambat proses penegakan hukum',
  b: 'informasi yang apabila dibuka dan diberikan kepada pemohon dapat mengganggu kepentingan perlindungan hak atas kekayaan intelektual dan perlindungan dari persaingan usaha tidak sehat',
  c: 'informasi yang apabila dibuka dan diberikan kepada pemohon dapat membahayakan pertahanan dan keamanan negara',
  d: 'informasi yang apabila dibuka dan diberikan kepada pemohon dapat mengungkapkan kekayaan alam Indonesia',
  e: 'informasi yang apabila dibuka dan diberikan kepada pemohon dapat merugikan ketahanan ekonomi nasional',
  f: 'informasi yang apabila dibuka dan diberikan kepada pemohon dapat merugikan kepentingan hubungan luar negeri',
  g: 'informasi yang apabila dibuka dapat mengungkapkan isi akta otentik yang bersifat pribadi dan kemauan terakhir ataupun wasiat seseorang',
  h: 'informasi yang apabila dibuka dan diberikan kepada pemohon dapat mengungkap rahasia pribadi',
  i: 'memorandum atau surat antarbadan publik atau intrabadan publik yang menurut sifatnya dirahasiakan, kecuali atas putusan Komisi Informasi atau pengadilan',
  j: 'informasi yang tidak boleh diungkapkan berdasarkan undang-undang',
};

/**
 * The add-on's default consequence test (uji konsekuensi, UU 14/2008 Pasal 2 ayat (4)) for each
 * ground, used when the unit's settings leave the ground's text blank. Written for this project;
 * a unit replaces it with the result of its own test in the settings sheet.
 */
// biome-ignore format: a table laid out by hand, one entry per line
export const DEFAULT_CONSEQUENCE: Record<Pasal17Letter | 'law', string> = {
  a: 'Membuka informasi ini dapat menghambat penyelidikan, penyidikan, atau penuntutan yang sedang berjalan, mengungkap identitas saksi atau pelapor, dan membahayakan keselamatan orang yang terlibat dalam proses hukum tersebut.',
  b: 'Membuka informasi ini dapat merugikan pemegang hak atas kekayaan intelektual yang dilindungi dan memberi keuntungan yang tidak wajar kepada pesaing usahanya.',
  c: 'Membuka informasi ini dapat melemahkan pertahanan dan keamanan negara, antara lain dengan mengungkap kemampuan, rencana, atau sarana yang harus dirahasiakan.',
  d: 'Membuka informasi ini dapat mengungkap data kekayaan alam Indonesia yang perlu dilindungi dari pemanfaatan yang merugikan negara.',
  e: 'Membuka informasi ini dapat menimbulkan gejolak atau spekulasi yang merugikan ketahanan ekonomi nasional.',
  f: 'Membuka informasi ini dapat merugikan posisi dan kepentingan Indonesia dalam hubungan dengan negara lain atau organisasi internasional.',
  g: 'Membuka informasi ini dapat mengungkap isi akta otentik yang bersifat pribadi atau kehendak terakhir seseorang tanpa persetujuan pihak yang berhak.',
  h: 'Membuka informasi ini dapat mengungkap data pribadi seseorang tanpa persetujuannya dan melanggar haknya atas perlindungan data pribadi.',
  i: 'Informasi ini berupa memorandum atau surat yang menurut sifatnya dirahasiakan; membukanya dapat mengganggu proses pertimbangan dan pengambilan keputusan yang sedang berlangsung.',
  j: 'Undang-undang melarang informasi ini diungkapkan; membukanya berarti melanggar ketentuan undang-undang tersebut.',
  law: 'Undang-undang yang disebut di atas menetapkan informasi ini sebagai rahasia; membukanya berarti melanggar ketentuan undang-undang tersebut.',
};

/** A refusal reason as a letter states it; the register's canonical keys come from core/grounds.ts. */
export type LetterGround =
  | { kind: 'pasal17'; letter: Pasal17Letter }
  /** "Dikecualikan (Pasal 17 UU KIP)" and the like: a Pasal 17 refusal whose letter is not named. */
  | { kind: 'pasal17-unspecified' }
  /** Another law, named in the row's Catatan; null when the note names none. */
  | { kind: 'law'; law: string | null }
  | { kind: 'not-held' }
  | { kind: 'not-documented' }
  | { kind: 'other'; text: string };

const LAW_NAME = /\b(?:undang[- ]undang|uu|u\.u\.|peraturan|pp|perpres|permen|perda|qanun)\b/i;

/** The first line of a note that names a law ("UU Nomor 43 Tahun 2009 tentang Kearsipan"). */
export function lawFromNote(note: string): string | null {
  for (const line of String(note ?? '').split(/\r?\n|;/)) {
    const s = line.trim();
    if (LAW_NAME.test(s))
      return s.replace(/^(?:dasar|alasan|dasar hukum|undang[- ]undang lain|uu lain)\s*:\s*/i, '').trim() || null;
  }
  return null;
}

/**
 * A register's canonical refusal key (core/grounds.ts: "Pasal 17 huruf b", "Undang-undang lain",
 * a notice, the unspecified Pasal 17, "Lainnya") as the ground a letter states; null for none.
 */
export function letterGround(key: string | null, note = '', cellText = ''): LetterGround | null {
  if (!key) return null;
  const letter = /^Pasal 17 huruf ([a-j])$/.exec(key);
  if (letter) return { kind: 'pasal17', letter: letter[1] as Pasal17Letter };
  if (key === OTHER_LAW) return { kind: 'law', law: lawFromNote(note) };
  if (key === NOT_HELD) return { kind: 'not-held' };
  if (key === NOT_DOCUMENTED) return { kind: 'not-documented' };
  if (key === UNSPECIFIED_PASAL_17) return { kind: 'pasal17-unspecified' };
  return { kind: 'other', text: cellText || key };
}

/** A refusal reason cell read the way the register's parser reads it (blank: null). */
export function parseRefusalGround(cell: string, note = ''): LetterGround | null {
  const text = String(cell ?? '').trim();
  if (!text) return null;
  return letterGround(matchRefusalReason(text) ?? OTHER_REASON, note, text);
}

/** "Pasal 17 huruf b": the short name of a ground, as the register's report counts it. */
export function groundLabel(g: LetterGround): string {
  switch (g.kind) {
    case 'pasal17':
      return `Pasal 17 huruf ${g.letter}`;
    case 'pasal17-unspecified':
      return 'Pasal 17 (huruf belum disebut)';
    case 'law':
      return g.law ? `Undang-undang lain: ${g.law}` : 'Undang-undang lain';
    case 'not-held':
      return 'Informasi tidak dikuasai';
    case 'not-documented':
      return 'Informasi belum didokumentasikan';
    default:
      return g.text;
  }
}

/** The ground as a refusal decision states it: the article, the law and what it exempts. */
export function groundStatement(g: LetterGround): string {
  if (g.kind === 'pasal17') return `Pasal 17 huruf ${g.letter} ${UU_KIP}, yaitu ${PASAL17_TEXT[g.letter]}.`;
  if (g.kind === 'law' && g.law)
    return `${g.law}, sebagaimana dimaksud dalam Pasal 17 huruf j ${UU_KIP}, yaitu ${PASAL17_TEXT.j}.`;
  return groundLabel(g);
}

/** The settings key suffix of a ground's consequence-test text, or null for grounds without one. */
export function consequenceKey(g: LetterGround): Pasal17Letter | 'law' | null {
  if (g.kind === 'pasal17') return g.letter;
  if (g.kind === 'law') return 'law';
  return null;
}

/** UU 14/2008 Pasal 35 ayat (1) huruf a–g: the grounds an applicant may object on. */
export const PASAL35_TEXT: Record<string, string> = {
  a: 'penolakan atas permintaan informasi berdasarkan alasan pengecualian sebagaimana dimaksud dalam Pasal 17',
  b: 'tidak disediakannya informasi berkala sebagaimana dimaksud dalam Pasal 9',
  c: 'tidak ditanggapinya permintaan informasi',
  d: 'permintaan informasi ditanggapi tidak sebagaimana yang diminta',
  e: 'tidak dipenuhinya permintaan informasi',
  f: 'pengenaan biaya yang tidak wajar',
  g: 'penyampaian informasi yang melebihi waktu yang diatur dalam undang-undang',
};

/** An objection ground cell ("c. Permintaan tidak ditanggapi", "c") as the letter states it. */
export function objectionGroundStatement(cell: string | null): string {
  const s = String(cell ?? '').trim();
  const m = /^\(?([a-g])(?:[.)]|\s|$)/i.exec(s);
  if (m) return `Pasal 35 ayat (1) huruf ${m[1].toLowerCase()} ${UU_KIP}: ${PASAL35_TEXT[m[1].toLowerCase()]}`;
  return s;
}

export type ObjectionDecision = 'granted' | 'partial' | 'rejected';

/** The register's canonical decision (core/grounds.ts OBJECTION_OUTCOMES) as the letter's choice. */
export function objectionDecision(outcome: string | null | undefined): ObjectionDecision | null {
  switch (outcome) {
    case 'Dikabulkan':
      return 'granted';
    case 'Dikabulkan Sebagian':
      return 'partial';
    case 'Ditolak':
      return 'rejected';
    default:
      return null;
  }
}
