// The one place the Form intake turns a question title into a register column. Titles are
// matched through the register's own header matching (schema.ts: canonical Indonesian and English
// headers and their aliases), then through the phrases Google Form questions use for the columns
// a form asks (issue #18: Nama, Alamat, Email/Kontak, Pekerjaan, Informasi yang diminta, Tujuan,
// Cara memperoleh). Issue #17 builds the full header-variant table (core/headers.ts,
// `fieldOfTitle`); when it lands, `fieldOfQuestion` becomes that call and the phrases below go.
import { columnKeyOfHeader, normalizeHeader, type ColumnKey } from '../schema';

/** The register columns a form's questions may fill; the rest the add-on or the officer sets. */
export const INTAKE_FIELDS: ColumnKey[] = [
  'applicantName', 'applicantType', 'occupation', 'address', 'contact', 'infoRequested', 'topic', 'purpose',
  'infoClass', 'deliveryMethod', 'notes',
];

// Phrases inside a longer title, most specific first ("Alamat e-mail" is a contact, not an address).
const PHRASES: Array<[string, ColumnKey]> = [
  ['informasi yang diminta', 'infoRequested'], ['informasi yang dimohon', 'infoRequested'], ['informasi yang dibutuhkan', 'infoRequested'],
  ['rincian informasi', 'infoRequested'], ['information requested', 'infoRequested'],
  ['tujuan penggunaan', 'purpose'], ['purpose', 'purpose'],
  ['cara memperoleh', 'deliveryMethod'], ['cara mendapatkan informasi', 'deliveryMethod'], ['delivery method', 'deliveryMethod'],
  ['kategori pemohon', 'applicantType'], ['jenis pemohon', 'applicantType'], ['applicant type', 'applicantType'],
  ['alamat email', 'contact'], ['alamat e mail', 'contact'], ['email', 'contact'], ['e mail', 'contact'], ['kontak', 'contact'],
  ['nomor hp', 'contact'], ['no hp', 'contact'], ['telepon', 'contact'], ['whatsapp', 'contact'], ['contact', 'contact'], ['phone', 'contact'],
  ['nama lengkap', 'applicantName'], ['nama pemohon', 'applicantName'], ['full name', 'applicantName'],
  ['pekerjaan', 'occupation'], ['profesi', 'occupation'], ['occupation', 'occupation'],
  ['alamat', 'address'], ['address', 'address'],
  ['topik', 'topic'], ['klasifikasi informasi', 'infoClass'],
];
const WHOLE: Record<string, ColumnKey> = { nama: 'applicantName', name: 'applicantName', tujuan: 'purpose', catatan: 'notes', keterangan: 'notes' };

/** The register column a question title names, or null (the question is kept in the response sheet only). */
export function fieldOfQuestion(title: string): ColumnKey | null {
  const direct = columnKeyOfHeader(title);
  if (direct) return INTAKE_FIELDS.includes(direct) ? direct : null;
  const n = normalizeHeader(title);
  if (!n) return null;
  if (WHOLE[n]) return WHOLE[n];
  const padded = ` ${n} `;
  for (const [phrase, key] of PHRASES) if (padded.includes(` ${phrase} `)) return key;
  return null;
}
