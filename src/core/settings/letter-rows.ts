// The settings rows letters read: the letterhead (the unit's name, parent body and ministry are
// the report's rows), the Atasan PPID who signs the response to an objection, the letter-number
// pattern and folder, the payment note, the default extension reason, and one consequence-test
// text per refusal ground. They are rows of the settings sheet like any other, so the sheet's
// setup, repair, sidecar files and reading need nothing new. Their defaults are Indonesian in an
// English sheet too: they end up in letters, and letters are always Indonesian.
import type { SettingSpec as Spec } from './spec';
import { DEFAULT_CONSEQUENCE, PASAL17_LETTERS, type Pasal17Letter } from '../law';

export type ConsequenceSettingKey = `consequence_${Pasal17Letter | 'law'}`;

// biome-ignore format: a table laid out by hand, one entry per line
export type LetterSettingKey =
  | 'unitAddress' | 'unitPhone' | 'unitEmail' | 'unitWebsite'
  | 'superiorName' | 'superiorTitle' | 'superiorNip'
  | 'letterNumberFormat' | 'letterFolder' | 'letterPayment' | 'textExtensionReason'
  | ConsequenceSettingKey;

export const DEFAULT_EXTENSION_REASON =
  'Informasi yang diminta perlu dihimpun dari lebih dari satu unit kerja dan diperiksa terlebih dahulu agar yang kami sampaikan lengkap dan akurat.';
export const DEFAULT_PAYMENT =
  'Dibayar tunai di ruang layanan informasi dengan tanda terima resmi, atau melalui cara lain yang diberitahukan petugas.';
export const DEFAULT_LETTER_FOLDER = 'Surat PPID';
export const DEFAULT_LETTER_NUMBER_FORMAT = '{nnn}/PPID/{mm-romawi}/{yyyy}';

type SettingSpec = Spec<LetterSettingKey>;

const consequenceRows: SettingSpec[] = [...PASAL17_LETTERS, 'law' as const].map((g) => ({
  key: `consequence_${g}` as ConsequenceSettingKey,
  long: true,
  label:
    g === 'law'
      ? { id: 'Uji Konsekuensi Undang-Undang Lain', en: 'Consequence Test, Other Law' }
      : { id: `Uji Konsekuensi Pasal 17 huruf ${g}`, en: `Consequence Test, Article 17(${g})` },
  help:
    g === 'law'
      ? {
          id: 'Dicetak di surat penolakan yang dasarnya undang-undang lain (disebut di Alasan Penolakan atau Catatan). Kosong = teks bawaan.',
          en: 'Printed in refusal letters on another law (named in Refusal Reason or Notes). Blank = built-in text.',
        }
      : {
          id: `Dicetak di surat penolakan atas dasar Pasal 17 huruf ${g} UU 14/2008. Kosong = teks bawaan.`,
          en: `Printed in refusal letters on Article 17(${g}) of Law 14/2008. Blank = built-in text.`,
        },
  default: DEFAULT_CONSEQUENCE[g],
}));

// biome-ignore format: a table laid out by hand, one entry per line
export const LETTER_SETTINGS: SettingSpec[] = [
  { key: 'unitAddress', label: { id: 'Alamat Unit', en: 'Unit Address' }, help: { id: 'Alamat kantor untuk kop surat (wajib untuk membuat surat).', en: 'Office address for the letterhead (needed for letters).' }, default: '' },
  { key: 'unitPhone', label: { id: 'Telepon Unit', en: 'Unit Phone' }, help: { id: 'Nomor telepon di kop surat (boleh kosong).', en: 'Phone number on the letterhead (may be blank).' }, default: '' },
  { key: 'unitEmail', label: { id: 'E-mail Unit', en: 'Unit E-mail' }, help: { id: 'Alamat e-mail layanan informasi di kop surat (boleh kosong).', en: 'Information service e-mail on the letterhead (may be blank).' }, default: '' },
  { key: 'unitWebsite', label: { id: 'Situs Web Unit', en: 'Unit Website' }, help: { id: 'Alamat situs web di kop surat (boleh kosong).', en: 'Website on the letterhead (may be blank).' }, default: '' },
  { key: 'superiorName', label: { id: 'Nama Atasan PPID', en: 'PPID Superior Name' }, help: { id: 'Penanda tangan tanggapan atas keberatan.', en: 'Signs the response to an objection.' }, default: '' },
  { key: 'superiorTitle', label: { id: 'Jabatan Atasan PPID', en: 'PPID Superior Position' }, help: { id: 'Jabatan penanda tangan tanggapan atas keberatan.', en: 'Position of the person signing the response to an objection.' }, default: 'Atasan PPID' },
  { key: 'superiorNip', label: { id: 'NIP Atasan PPID', en: 'PPID Superior NIP' }, help: { id: 'NIP Atasan PPID (boleh kosong).', en: 'NIP of the PPID superior (may be blank).' }, default: '' },
  { key: 'letterNumberFormat', label: { id: 'Format Nomor Surat', en: 'Letter No. Format' }, help: { id: '{nnn} = nomor urut per tahun, {yyyy} = tahun, {mm} = bulan, {mm-romawi} = bulan dalam angka Romawi.', en: '{nnn} = sequence per year, {yyyy} = year, {mm} = month, {mm-romawi} = month in Roman numerals.' }, default: DEFAULT_LETTER_NUMBER_FORMAT },
  { key: 'letterFolder', label: { id: 'Folder Surat', en: 'Letter Folder' }, help: { id: 'Folder Drive untuk surat dan templatnya (dibuat bila belum ada). Surat memuat data pribadi pemohon dan tidak pernah dibagikan.', en: 'Drive folder for letters and their templates (created when missing). Letters hold applicants\' personal data and are never shared.' }, default: DEFAULT_LETTER_FOLDER },
  { key: 'letterPayment', long: true, label: { id: 'Cara Pembayaran Biaya', en: 'Fee Payment Method' }, help: { id: 'Dicetak di pemberitahuan tertulis bila ada biaya (Pasal 22 ayat (7) huruf g UU 14/2008).', en: 'Printed in the written notice when there is a fee (Law 14/2008 Art. 22(7)(g)).' }, default: DEFAULT_PAYMENT },
  { key: 'textExtensionReason', long: true, label: { id: 'Alasan Perpanjangan (bawaan)', en: 'Extension Reason (default)' }, help: { id: 'Usulan alasan di surat perpanjangan; dapat diubah setiap kali membuat surat.', en: 'Suggested reason in the extension notice; can be changed for each letter.' }, default: DEFAULT_EXTENSION_REASON },
  ...consequenceRows,
];

/** The consequence-test text for a ground: the unit's setting, or the built-in text when blank. */
export function consequenceText(values: Partial<Record<string, string>>, ground: Pasal17Letter | 'law'): string {
  const own = String(values[`consequence_${ground}`] ?? '').trim();
  return own || DEFAULT_CONSEQUENCE[ground];
}
