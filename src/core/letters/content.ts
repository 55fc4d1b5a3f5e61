// What a letter says about one request: the values and flags its template is filled with. Dates
// are Indonesian long dates; deadlines come from the working-day calendar the register uses
// (UU 14/2008 Pasal 22 ayat (7)–(8): 10 working days, 17 when extended; Pasal 36: 30 for an
// objection; Pasal 37 ayat (2): 14 to take a dispute to the Komisi Informasi).
import type { Day } from '../types';
import { dueDate, objectionDue, WorkCalendar, EXTENSION_WORKING_DAYS, OBJECTION_WORKING_DAYS } from '../calendar';
import { LETTER_SIGNER, decisionOf, dikEntryOf, refusalGroundOf, type LetterContext, type LetterKind } from './kinds';
import type { LetterRow } from './letter-row';
import {
  consequenceKey,
  groundStatement,
  objectionGroundStatement,
  type LetterGround,
  type ObjectionDecision,
  type Pasal17Letter,
} from '../law';
import type { DikEntry } from '../dip';
import { consequenceText, DEFAULT_EXTENSION_REASON, DEFAULT_PAYMENT } from '../settings';
import { rupiah, tanggalPanjang } from './format';
import { BUILTIN_TEMPLATES, templateText } from './builtin';
import { renderTemplate, type TemplateData } from './template';

/** Pasal 37 ayat (2): a dispute goes to the Komisi Informasi within 14 working days of the response. */
export const DISPUTE_WORKING_DAYS = 14;
/** Pasal 36 ayat (1): an objection is filed within 30 working days of finding its ground. */
export const OBJECTION_FILING_WORKING_DAYS = 30;

const DELIVERY_TEXT: Record<string, string> = {
  'Melihat/Membaca': 'melihat atau membaca langsung di ruang layanan informasi',
  'Salinan Softcopy': 'salinan elektronik (softcopy)',
  'Salinan Hardcopy': 'salinan tercetak (hardcopy)',
};

// biome-ignore format: a table laid out by hand, one entry per line
const DEFAULT_CONSIDERATIONS: Record<ObjectionDecision, string> = {
  granted: 'Setelah memeriksa permintaan informasi, keputusan PPID, dan alasan keberatan yang Saudara ajukan, Atasan PPID berpendapat bahwa informasi yang Saudara minta dapat diberikan.',
  partial: 'Setelah memeriksa permintaan informasi, keputusan PPID, dan alasan keberatan yang Saudara ajukan, Atasan PPID berpendapat bahwa sebagian informasi yang Saudara minta dapat diberikan, sedangkan bagian lainnya termasuk informasi yang dikecualikan.',
  rejected: 'Setelah memeriksa permintaan informasi, keputusan PPID, dan alasan keberatan yang Saudara ajukan, Atasan PPID berpendapat bahwa keputusan PPID telah sesuai dengan ketentuan Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik.',
};

const PARTIAL_DEFAULT =
  'sebagian informasi termasuk informasi yang dikecualikan menurut Pasal 17 Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik.';

/** A printed value: the text, or "-" for a blank (a letter never shows an empty field). */
const shown = (s: string | null | undefined) => String(s ?? '').trim() || '-';

/** The letterhead's contact line: only the parts the unit filled in. */
export function contactLine(s: LetterContext['settings']): string {
  return [
    s.unitPhone && `Telepon ${s.unitPhone.trim()}`,
    s.unitEmail && `E-mail ${s.unitEmail.trim()}`,
    s.unitWebsite && `Laman ${s.unitWebsite.trim()}`,
  ]
    .filter(Boolean)
    .join(' | ');
}

/** The values and flags of a letter of `kind` about `row`, numbered `letterNumber`. */
export function letterData(kind: LetterKind, row: LetterRow, ctx: LetterContext, letterNumber: string): TemplateData {
  const s = ctx.settings;
  const r = row.record;
  const cal = ctx.calendar;
  const long = (d: Day | null | undefined) => (d === null || d === undefined ? '-' : tanggalPanjang(d));
  const superior = LETTER_SIGNER[kind] === 'superior';
  const signer = superior
    ? { name: s.superiorName, title: s.superiorTitle || 'Atasan PPID', nip: s.superiorNip }
    : { name: s.officerName, title: s.officerTitle || 'PPID', nip: s.officerNip };
  const first = r ? dueDate(r.received, false, cal) : null;
  const extendedDue = r ? dueDate(r.received, true, cal) : null;

  const values: TemplateData['values'] = {
    logo: '',
    nomor_surat: letterNumber,
    tanggal_surat: long(ctx.date),
    kota: shown(s.city),
    instansi: [s.ministry, s.parentBody]
      .map((v) =>
        String(v ?? '')
          .trim()
          .toUpperCase(),
      )
      .filter(Boolean),
    nama_unit: shown(s.unitName),
    badan_induk: shown(s.parentBody),
    kementerian: shown(s.ministry),
    alamat_unit: shown(s.unitAddress),
    telepon_unit: shown(s.unitPhone),
    email_unit: shown(s.unitEmail),
    situs_unit: shown(s.unitWebsite),
    kontak_unit: contactLine(s),
    nama_penanda_tangan: shown(signer.name),
    jabatan_penanda_tangan: shown(signer.title),
    nip_penanda_tangan: shown(signer.nip),
    nomor_registrasi: shown(row.text.number),
    tanggal_permohonan: long(r?.received),
    saluran: shown(r?.channel ?? row.text.channel),
    nama_pemohon: shown(row.text.applicantName),
    alamat_pemohon: shown(row.text.address),
    kontak_pemohon: shown(row.text.contact),
    pekerjaan_pemohon: shown(row.text.occupation),
    informasi_diminta: shown(row.text.infoRequested),
    tujuan_penggunaan: shown(row.text.purpose),
    cara_memperoleh: shown(r?.deliveryMethod ?? row.text.deliveryMethod),
    batas_waktu: long(first),
    batas_waktu_perpanjangan: long(extendedDue),
    batas_waktu_berlaku: long(r ? (r.extended ? extendedDue : first) : null),
    hari_perpanjangan: String(EXTENSION_WORKING_DAYS),
  };
  const flags: TemplateData['flags'] = {
    ada_nip: !!String(signer.nip ?? '').trim(),
    diperpanjang: !!r?.extended,
  };

  // Every kind knows every kind's names: a unit may print the due date in its refusal letter.
  const status = r?.status ?? null;
  const ground = refusalGroundOf(row);
  const given = status === 'Dipenuhi' || status === 'Dipenuhi Sebagian';
  const fee = r?.fee ?? null;
  flags.informasi_diberikan = given;
  flags.dipenuhi = status === 'Dipenuhi';
  flags.dipenuhi_sebagian = status === 'Dipenuhi Sebagian';
  flags.tidak_dikuasai = ground?.kind === 'not-held' && status !== 'Dipenuhi';
  flags.belum_didokumentasikan = ground?.kind === 'not-documented' && status !== 'Dipenuhi';
  flags.ada_biaya = fee !== null && fee > 0;
  flags.ada_penguasa_informasi = !!ctx.extras?.infoHolder?.trim();
  values.bentuk_informasi = r?.deliveryMethod ? (DELIVERY_TEXT[r.deliveryMethod] ?? r.deliveryMethod) : '-';
  values.biaya = flags.ada_biaya ? rupiah(fee!) : 'Tidak dipungut biaya';
  values.cara_pembayaran = flags.ada_biaya ? shown(s.letterPayment || DEFAULT_PAYMENT) : '-';
  values.waktu_penyampaian = long(r?.answered ?? ctx.date);
  values.penguasa_informasi = shown(ctx.extras?.infoHolder);
  values.alasan_sebagian =
    ground && (ground.kind === 'pasal17' || (ground.kind === 'law' && ground.law))
      ? groundStatement(ground)
      : PARTIAL_DEFAULT;

  values.alasan_perpanjangan = [
    ctx.extras?.extensionReason?.trim() || s.textExtensionReason?.trim() || DEFAULT_EXTENSION_REASON,
  ];

  // A refusal linked to a DIK entry takes its ground and consequence test from the entry (issue
  // #27); without a link, from the register's Alasan Penolakan and the settings rows as before.
  const dik = dikEntryOf(row, ctx);
  const refusal = dik ? dikGround(dik) : ground;
  const key = refusal ? consequenceKey(refusal) : null;
  flags.pasal_17 = refusal?.kind === 'pasal17';
  flags.undang_undang_lain = refusal?.kind === 'law';
  flags.dari_dik = !!dik;
  values.dasar_penolakan = refusal ? groundStatement(refusal) : '-';
  values.uji_konsekuensi = [dik ? dik.harm : key ? consequenceText(s, key) : '-'];
  values.konsekuensi_bila_dibuka = dik ? sentence(dik.harm) : '-';
  values.kepentingan_lebih_besar = dik ? sentence(dik.interest) : '-';
  values.penetapan_pengecualian = dik ? dikDecreeSentence(dik) : '-';
  values.batas_keberatan = long(cal.workday(ctx.date, OBJECTION_FILING_WORKING_DAYS));

  const decision = decisionOf(row, ctx.extras);
  flags.keberatan_diterima = decision === 'granted';
  flags.keberatan_sebagian = decision === 'partial';
  flags.keberatan_ditolak = decision === 'rejected';
  values.tanggal_keberatan = long(r?.objectionDate);
  values.alasan_keberatan = shown(objectionGroundStatement(row.text.objectionGround || r?.objectionGround || ''));
  values.tanggal_keputusan = long(r?.objectionAnswered ?? ctx.date);
  values.batas_tanggapan = long(r?.objectionDate != null ? objectionDue(r.objectionDate, cal) : null);
  values.batas_sengketa = long(cal.workday(ctx.date, DISPUTE_WORKING_DAYS));
  values.pertimbangan = [ctx.extras?.considerations?.trim() || (decision ? DEFAULT_CONSIDERATIONS[decision] : '-')];
  values.hari_keberatan = String(OBJECTION_WORKING_DAYS);
  return { values, flags };
}

/** A text that ends a sentence (the entry's greater interest is followed by the decision). */
const sentence = (s: string) => (/[.!?]$/.test(s.trim()) ? s.trim() : `${s.trim()}.`);

/** A DIK entry's ground as the letter states it: Pasal 17's letter, or the law the entry names (huruf j, another law). */
export function dikGround(e: DikEntry): LetterGround {
  if (e.letter && e.letter !== 'j') return { kind: 'pasal17', letter: e.letter as Pasal17Letter };
  if (e.law) return { kind: 'law', law: e.law };
  return e.letter ? { kind: 'pasal17', letter: 'j' } : { kind: 'law', law: null };
}

/** Where the exemption was set: the DIK entry's number and the PPID's decree that fixed it. */
function dikDecreeSentence(e: DikEntry): string {
  const listed = `Tercantum dalam Daftar Informasi yang Dikecualikan nomor ${e.number}`;
  if (!e.decreeNumber) return `${listed}.`;
  const date = e.decreeDate === null ? '' : ` tanggal ${tanggalPanjang(e.decreeDate)}`;
  return `${listed}, Keputusan PPID Nomor ${e.decreeNumber}${date}.`;
}

/** Every placeholder and flag name a template may use (the names letterData fills). */
export function knownNames(): { values: string[]; flags: string[] } {
  const probe = letterData(
    'tanda-terima',
    {
      row: 2,
      record: null,
      text: {
        number: '',
        applicantName: '',
        address: '',
        contact: '',
        occupation: '',
        infoRequested: '',
        purpose: '',
        notes: '',
        refusalReason: '',
        objectionGround: '',
        channel: '',
        deliveryMethod: '',
        dipNumber: '',
      },
      columns: {},
    },
    { date: 0, calendar: new WorkCalendar([]), settings: {} },
    '',
  );
  return { values: Object.keys(probe.values), flags: Object.keys(probe.flags) };
}

/**
 * The receipt as plain text from the built-in wording, for a receipt sent by e-mail (the Google
 * Form intake): the same content the Docs receipt carries, numbered `letterNumber`.
 */
export function receiptText(row: LetterRow, ctx: LetterContext, letterNumber: string): string {
  const data = letterData('tanda-terima', row, ctx, letterNumber);
  return renderTemplate(templateText(BUILTIN_TEMPLATES['tanda-terima']), data).text.replace(/^\n+/, '');
}
