// The legal grounds letters cite: the exceptions of UU 14/2008 Pasal 17 huruf a–j, a refusal on
// another law (Pasal 17 huruf j names "undang-undang"), the "not held" and "not yet documented"
// notices (Pasal 22 ayat (7) huruf a, which are answers, not refusals), the objection grounds of
// Pasal 35 ayat (1) and the Atasan PPID's decision on an objection (Pasal 36 ayat (2)).
//
// Registers write these every which way ("Pasal 17 huruf b", "psl 17 (b)", "Dikecualikan (Pasal
// 17 UU KIP)", "UU lain: UU 43/2009 tentang Kearsipan"), so they are read from the cell's text,
// never matched against one spelling.

export const UU_KIP = 'Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik';

export const PASAL17_LETTERS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'] as const;
export type Pasal17Letter = (typeof PASAL17_LETTERS)[number];

/** What each letter of Pasal 17 exempts, in the statute's own terms (shortened where it lists examples). */
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

export type RefusalGround =
  | { kind: 'pasal17'; letter: Pasal17Letter }
  /** "Dikecualikan (Pasal 17 UU KIP)" and the like: a Pasal 17 refusal whose letter is not named. */
  | { kind: 'pasal17-unspecified' }
  /** Another law; its name from the cell ("UU lain: …") or the row's note, null when neither names one. */
  | { kind: 'law'; law: string | null }
  | { kind: 'not-held' }
  | { kind: 'not-documented' }
  | { kind: 'other'; text: string };

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

const LAW_NAME = /\b(?:undang[- ]undang|uu|u\.u\.|peraturan pemerintah|pp|perpres|perda)\b/i;

/** The first line of a note that names a law ("UU Nomor 43 Tahun 2009 tentang Kearsipan"). */
function lawFromNote(note: string): string | null {
  for (const line of note.split(/\r?\n|;/)) {
    const s = line.trim();
    if (LAW_NAME.test(s)) return s.replace(/^(?:dasar|alasan|undang[- ]undang lain|uu lain)\s*:\s*/i, '').trim() || null;
  }
  return null;
}

/** A refusal reason cell as a ground; null when the cell is blank. */
export function parseRefusalGround(cell: string, note = ''): RefusalGround | null {
  const raw = String(cell ?? '').trim();
  if (!raw) return null;
  const s = norm(raw);
  if (/(belum|tidak)\s+(di)?kuasai|not held|not in (its|our) possession/.test(s)) return { kind: 'not-held' };
  if (/(belum|tidak)\s+didokumentasikan|not (yet )?documented/.test(s)) return { kind: 'not-documented' };
  const letter = /(?:pasal|psl\.?|article)?\s*17\s*(?:ayat\s*\(?1\)?\s*)?(?:huruf|hrf\.?|letter|point)?\s*\(?\s*([a-j])\s*\)?(?![a-z])/.exec(s);
  if (letter) return { kind: 'pasal17', letter: letter[1] as Pasal17Letter };
  if (/\bhuruf\s*\(?([a-j])\)?(?![a-z])/.test(s) && /dikecualikan|pasal/.test(s)) {
    return { kind: 'pasal17', letter: /\bhuruf\s*\(?([a-j])\)?/.exec(s)![1] as Pasal17Letter };
  }
  if (/(undang[- ]undang|\buu\b|law)/.test(s) && !/pasal\s*17|uu kip/.test(s)) {
    const named = raw.split(':').slice(1).join(':').trim();
    return { kind: 'law', law: named || lawFromNote(note) };
  }
  if (/dikecualikan|pasal\s*17|exempt/.test(s)) return { kind: 'pasal17-unspecified' };
  return { kind: 'other', text: raw };
}

/** "Pasal 17 huruf b": the short name of a ground, as the register's report counts it. */
export function groundLabel(g: RefusalGround): string {
  switch (g.kind) {
    case 'pasal17': return `Pasal 17 huruf ${g.letter}`;
    case 'pasal17-unspecified': return 'Pasal 17 (huruf belum disebut)';
    case 'law': return g.law ? `Undang-undang lain: ${g.law}` : 'Undang-undang lain';
    case 'not-held': return 'Informasi tidak dikuasai';
    case 'not-documented': return 'Informasi belum didokumentasikan';
    default: return g.text;
  }
}

/** The ground as a refusal decision states it: the article, the law and what it exempts. */
export function groundStatement(g: RefusalGround): string {
  if (g.kind === 'pasal17') return `Pasal 17 huruf ${g.letter} ${UU_KIP}, yaitu ${PASAL17_TEXT[g.letter]}.`;
  if (g.kind === 'law' && g.law) return `${g.law}, sebagaimana dimaksud dalam Pasal 17 huruf j ${UU_KIP}, yaitu ${PASAL17_TEXT.j}.`;
  return groundLabel(g);
}

/** The settings key suffix of a ground's consequence-test text, or null for grounds without one. */
export function consequenceKey(g: RefusalGround): Pasal17Letter | 'law' | null {
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

/**
 * The Atasan PPID's decision as typed ("Diterima", "Dikabulkan sebagian", "Ditolak", "Menguatkan
 * keputusan PPID", English too); null when blank or unreadable.
 */
export function parseObjectionDecision(cell: unknown): ObjectionDecision | null {
  const s = norm(String(cell ?? ''));
  if (!s) return null;
  if (/sebagian|partial|in part/.test(s)) return 'partial';
  if (/tolak|menguatkan|refus|reject|dismiss|upheld|uphold/.test(s)) return 'rejected';
  if (/terima|kabul|penuhi|grant|accept|allow/.test(s)) return 'granted';
  return null;
}
