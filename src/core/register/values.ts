// Cell values as officers write them → the register's canonical list values. One table of
// spellings per list, shared by the parser, the column mapping's content sniffing and the
// adoption preview, so a value the preview shows as "Email" is the value the report counts.
//
// The spellings come from registers as offices keep them: the Perki SLIP register form
// ("Datang Langsung", "E-mail", Keputusan "Permohonan dipenuhi" / "ditolak", refusal grounds
// "Pasal 17 huruf j"), English-language registers, and the abbreviations people type.
import { LISTS, OTHER } from './schema';
import {
  matchRefusalReason,
  NOT_HELD,
  NOT_DOCUMENTED,
  OUTCOME_SYNONYMS,
  STAGE_SYNONYMS,
  EXECUTION_SYNONYMS,
} from '../law';

/** Trimmed, lowercase, inner whitespace collapsed: the form every spelling is compared in. */
export function normalizeValue(s: string): string {
  return s.trim().toLowerCase().replace(/\s+/g, ' ');
}

export type SynonymList =
  | 'channels'
  | 'applicantTypes'
  | 'statuses'
  | 'infoClasses'
  | 'deliveryMethods'
  | 'yesNo'
  | 'topics'
  | 'infoHeld'
  | 'requestKinds';

/** Spelling (normalised) → canonical value. A synonym whose canonical value is not in the list in use is ignored. */
// biome-ignore format: a table laid out by hand, one entry per line
export const VALUE_SYNONYMS: Record<SynonymList, Record<string, string>> = {
  channels: {
    'e-mail': 'Email', 'e mail': 'Email', 'surel': 'Email', 'surat elektronik': 'Email', 'email/surel': 'Email', 'mail elektronik': 'Email',
    'ig': 'Instagram', 'dm instagram': 'Instagram', 'instagram dm': 'Instagram',
    'fb': 'Facebook', 'messenger': 'Facebook', 'facebook messenger': 'Facebook',
    'twitter': 'Twitter/X', 'x': 'Twitter/X', 'twitter / x': 'Twitter/X', 'x (twitter)': 'Twitter/X',
    'web': 'Website', 'situs web': 'Website', 'laman': 'Website', 'laman web': 'Website', 'website ppid': 'Website', 'laman ppid': 'Website',
    'e-ppid': 'Website', 'formulir online': 'Website', 'formulir daring': 'Website', 'online form': 'Website', 'web form': 'Website', 'daring': 'Website',
    'wa': 'WhatsApp', 'whats app': 'WhatsApp', 'whatsapp business': 'WhatsApp',
    'ruang layanan informasi': 'Ruang Layanan', 'datang langsung': 'Ruang Layanan', 'langsung': 'Ruang Layanan', 'tatap muka': 'Ruang Layanan',
    'loket': 'Ruang Layanan', 'loket layanan': 'Ruang Layanan', 'meja layanan': 'Ruang Layanan', 'desk layanan': 'Ruang Layanan',
    'service desk': 'Ruang Layanan', 'walk-in': 'Ruang Layanan', 'walk in': 'Ruang Layanan', 'in person': 'Ruang Layanan', 'in-person': 'Ruang Layanan',
    'letter': 'Surat', 'post': 'Surat', 'pos': 'Surat', 'surat tertulis': 'Surat', 'surat resmi': 'Surat', 'surat dinas': 'Surat', 'mail': 'Surat', 'postal mail': 'Surat',
    'telp': 'Telepon', 'telpon': 'Telepon', 'telepon kantor': 'Telepon', 'phone': 'Telepon', 'telephone': 'Telepon', 'phone call': 'Telepon',
    'other': 'Lainnya', 'lain-lain': 'Lainnya', 'lain lain': 'Lainnya',
  },
  applicantTypes: {
    'perorangan': 'Perseorangan', 'individu': 'Perseorangan', 'individual': 'Perseorangan', 'pribadi': 'Perseorangan', 'person': 'Perseorangan',
    'kelompok': 'Kelompok Orang', 'kelompok masyarakat': 'Kelompok Orang', 'group': 'Kelompok Orang', 'group of people': 'Kelompok Orang',
    'badan hukum/badan publik': 'Badan Hukum', 'legal entity': 'Badan Hukum', 'organisasi': 'Badan Hukum', 'lembaga': 'Badan Hukum',
    'organisation': 'Badan Hukum', 'organization': 'Badan Hukum', 'company': 'Badan Hukum', 'perusahaan': 'Badan Hukum',
  },
  statuses: {
    'proses': 'Diproses', 'dalam proses': 'Diproses', 'sedang diproses': 'Diproses', 'belum selesai': 'Diproses',
    'in process': 'Diproses', 'in progress': 'Diproses', 'processing': 'Diproses', 'pending': 'Diproses', 'open': 'Diproses',
    'permohonan dipenuhi': 'Dipenuhi', 'dipenuhi seluruhnya': 'Dipenuhi', 'dipenuhi semua': 'Dipenuhi', 'diterima': 'Dipenuhi',
    'permohonan diterima': 'Dipenuhi', 'dikabulkan': 'Dipenuhi', 'diberikan': 'Dipenuhi', 'informasi diberikan': 'Dipenuhi',
    'fulfilled': 'Dipenuhi', 'granted': 'Dipenuhi', 'granted in full': 'Dipenuhi', 'fully granted': 'Dipenuhi', 'provided': 'Dipenuhi',
    'partially fulfilled': 'Dipenuhi Sebagian', 'sebagian dipenuhi': 'Dipenuhi Sebagian', 'permohonan dipenuhi sebagian': 'Dipenuhi Sebagian',
    'diterima sebagian': 'Dipenuhi Sebagian', 'dikabulkan sebagian': 'Dipenuhi Sebagian', 'diberikan sebagian': 'Dipenuhi Sebagian',
    'partially granted': 'Dipenuhi Sebagian', 'granted in part': 'Dipenuhi Sebagian', 'partly granted': 'Dipenuhi Sebagian',
    'permohonan ditolak': 'Ditolak', 'tolak': 'Ditolak',
    'refused': 'Ditolak', 'rejected': 'Ditolak', 'denied': 'Ditolak', 'declined': 'Ditolak',
    'tidak ditanggapi': 'Tidak Dijawab', 'not answered': 'Tidak Dijawab', 'unanswered': 'Tidak Dijawab', 'no response': 'Tidak Dijawab',
    'batal': 'Dibatalkan', 'dicabut': 'Dibatalkan', 'ditarik': 'Dibatalkan', 'ditarik kembali': 'Dibatalkan',
    'cancelled': 'Dibatalkan', 'canceled': 'Dibatalkan', 'withdrawn': 'Dibatalkan',
  },
  // Refusal grounds and notices: grounds.ts (matchRefusalReason and its REFUSAL_SYNONYMS).
  infoClasses: {
    'informasi berkala': 'Berkala', 'periodic': 'Berkala', 'informasi serta merta': 'Serta Merta', 'serta-merta': 'Serta Merta', 'immediate': 'Serta Merta',
    'informasi setiap saat': 'Setiap Saat', 'tersedia setiap saat': 'Setiap Saat', 'any time': 'Setiap Saat', 'on request': 'Setiap Saat',
    'informasi dikecualikan': 'Dikecualikan', 'exempt': 'Dikecualikan',
  },
  deliveryMethods: {
    'melihat': 'Melihat/Membaca', 'membaca': 'Melihat/Membaca', 'melihat / membaca': 'Melihat/Membaca', 'melihat/mengetahui': 'Melihat/Membaca',
    'mengetahui': 'Melihat/Membaca', 'inspection': 'Melihat/Membaca', 'view': 'Melihat/Membaca',
    'softcopy': 'Salinan Softcopy', 'soft copy': 'Salinan Softcopy', 'salinan elektronik': 'Salinan Softcopy', 'file': 'Salinan Softcopy', 'electronic copy': 'Salinan Softcopy',
    'hardcopy': 'Salinan Hardcopy', 'hard copy': 'Salinan Hardcopy', 'salinan cetak': 'Salinan Hardcopy', 'cetak': 'Salinan Hardcopy', 'printed copy': 'Salinan Hardcopy', 'paper copy': 'Salinan Hardcopy',
  },
  yesNo: {
    'y': 'Ya', 'yes': 'Ya', 'true': 'Ya', 'iya': 'Ya', 'diperpanjang': 'Ya', 'ada': 'Ya',
    't': 'Tidak', 'n': 'Tidak', 'no': 'Tidak', 'false': 'Tidak', 'tdk': 'Tidak', 'tidak ada': 'Tidak', '-': 'Tidak',
  },
  topics: { 'other': 'Lainnya', 'lain-lain': 'Lainnya' },
  // Perki SLIP's "Status Informasi": whether the body holds the information. Not the request's status.
  infoHeld: {
    'di bawah penguasaan': 'Dikuasai', 'dibawah penguasaan': 'Dikuasai', 'dalam penguasaan': 'Dikuasai', 'dikuasai': 'Dikuasai', 'held': 'Dikuasai',
    'tidak di bawah penguasaan': 'Tidak Dikuasai', 'tidak dibawah penguasaan': 'Tidak Dikuasai', 'tidak dikuasai': 'Tidak Dikuasai',
    'informasi tidak dikuasai': 'Tidak Dikuasai', 'belum dikuasai': 'Tidak Dikuasai', 'not held': 'Tidak Dikuasai', 'bukan kewenangan': 'Tidak Dikuasai',
    'belum didokumentasikan': 'Belum Didokumentasikan', 'not yet documented': 'Belum Didokumentasikan', 'not documented': 'Belum Didokumentasikan',
  },
  // Perki SLIP's "Jenis Permohonan": to see the information, or to get a copy of it.
  requestKinds: {
    'melihat': 'Melihat/Mengetahui', 'mengetahui': 'Melihat/Mengetahui', 'melihat/mengetahui': 'Melihat/Mengetahui', 'melihat / mengetahui': 'Melihat/Mengetahui',
    'melihat/membaca': 'Melihat/Mengetahui', 'view': 'Melihat/Mengetahui', 'inspection': 'Melihat/Mengetahui',
    'salinan': 'Meminta Salinan', 'meminta salinan': 'Meminta Salinan', 'minta salinan': 'Meminta Salinan', 'copy': 'Meminta Salinan', 'request a copy': 'Meminta Salinan',
  },
};

/** Values of the lists that exist only in adopted registers (they are never added to a new one). */
export const ADOPTED_LISTS = {
  infoHeld: ['Dikuasai', 'Tidak Dikuasai', 'Belum Didokumentasikan'],
  requestKinds: ['Melihat/Mengetahui', 'Meminta Salinan'],
};

/**
 * The written-notice ground a "Status Informasi" value stands for (Perki SLIP: information the
 * body does not hold, or has not documented yet, is answered with a notice, not a refusal).
 */
export const NOTICE_OF_INFO_HELD: Record<string, string | null> = {
  Dikuasai: null,
  'Tidak Dikuasai': NOT_HELD,
  'Belum Didokumentasikan': NOT_DOCUMENTED,
};

/** Matches cell text to a list's canonical value; remembers what it has seen (registers repeat values). */
export class ListMatcher {
  private readonly byNorm = new Map<string, string>();
  private readonly seen = new Map<string, string | null>();
  readonly hasOther: boolean;

  /**
   * `values`: the list in use (canonical first, so a synonym never shadows a real value).
   * `extra`: a last resort for shapes a table cannot hold (Pasal 17 letters, objection letters).
   */
  constructor(
    readonly values: readonly string[],
    synonyms: Record<string, string> | undefined,
    private readonly extra?: (normalized: string) => string | null,
  ) {
    for (const v of values) this.byNorm.set(normalizeValue(v), v);
    const canonical = new Set(values);
    for (const [k, v] of Object.entries(synonyms ?? {})) {
      if (canonical.has(v) && !this.byNorm.has(k)) this.byNorm.set(k, v);
    }
    this.hasOther = canonical.has(OTHER);
  }

  /** The canonical value for text already matched once, without any normalising work. */
  known(raw: string): string | undefined {
    const hit = this.seen.get(raw);
    return hit === null ? undefined : hit;
  }

  match(raw: string): string | null {
    const hit = this.seen.get(raw);
    if (hit !== undefined) return hit;
    const n = normalizeValue(raw);
    let found = this.byNorm.get(n) ?? null;
    // "Dipenuhi." or "Email;" as typed at the end of a long day: trailing punctuation only.
    if (found === null && /[.,;:!]$/.test(n)) found = this.byNorm.get(n.replace(/[.,;:!]+$/, '')) ?? null;
    if (found === null && this.extra) found = this.extra(n);
    if (this.seen.size < 5000) this.seen.set(raw, found);
    return found;
  }
}

/** Objection grounds are known by their letter (Pasal 35 ayat 1 huruf a–g): "c", "c.", "(c)", "huruf c". */
function objectionLetter(values: readonly string[]): (n: string) => string | null {
  return (n) => {
    const m = /^(?:huruf\s*)?\(?([a-g])(?:[.)]|\s|$)/.exec(n);
    if (!m) return null;
    return values.find((v) => v.charAt(0).toLowerCase() === m[1]) ?? null;
  };
}

export interface MatcherLists {
  channels?: string[];
  topics?: string[];
}

/** One matcher per list, built once per parse (they cache what they have seen). */
export function listMatchers(lists: MatcherLists = {}) {
  const channels = lists.channels?.length ? lists.channels : LISTS.channels;
  const topics = lists.topics?.length ? lists.topics : LISTS.defaultTopics;
  return {
    channel: new ListMatcher(channels, VALUE_SYNONYMS.channels),
    applicantType: new ListMatcher(LISTS.applicantTypes, VALUE_SYNONYMS.applicantTypes),
    status: new ListMatcher(LISTS.statuses, VALUE_SYNONYMS.statuses),
    // Only for sniffing a column's content: the parser reads refusal grounds through grounds.ts.
    refusalReason: new ListMatcher(LISTS.refusalReasons, undefined, matchRefusalReason),
    objectionOutcome: new ListMatcher(LISTS.objectionOutcomes, OUTCOME_SYNONYMS),
    disputeStage: new ListMatcher(LISTS.disputeStages, STAGE_SYNONYMS),
    disputeOutcome: new ListMatcher(LISTS.disputeOutcomes, OUTCOME_SYNONYMS),
    execution: new ListMatcher(LISTS.executions, EXECUTION_SYNONYMS),
    infoClass: new ListMatcher(LISTS.infoClasses, VALUE_SYNONYMS.infoClasses),
    deliveryMethod: new ListMatcher(LISTS.deliveryMethods, VALUE_SYNONYMS.deliveryMethods),
    yesNo: new ListMatcher(LISTS.yesNo, VALUE_SYNONYMS.yesNo),
    objectionGround: new ListMatcher(LISTS.objectionGrounds, undefined, objectionLetter(LISTS.objectionGrounds)),
    topic: new ListMatcher(topics, VALUE_SYNONYMS.topics),
    infoHeld: new ListMatcher(ADOPTED_LISTS.infoHeld, VALUE_SYNONYMS.infoHeld),
    requestKind: new ListMatcher(ADOPTED_LISTS.requestKinds, VALUE_SYNONYMS.requestKinds),
  };
}

export type ListMatchers = ReturnType<typeof listMatchers>;
