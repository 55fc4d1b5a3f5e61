// The built-in wording of the five letters, written for this project after the content the
// Komisi Informasi's service standard (Perki 1/2021) asks of each form and the articles of
// UU 14/2008 that set the rights and deadlines the letters state. A unit's template in Google
// Docs is made from these once; from then on the unit's own wording is used, and updating the
// add-on never overwrites it.
//
// Blocks, not a document: the Docs adapter lays them out (letterhead table, centred titles,
// label/value tables, signature block) and templateText() gives the same template as plain text
// for e-mail and tests. Both carry the same placeholders and sections (see template.ts).
import type { LetterKind } from './kinds';

export type Block =
  /** The letterhead: logo beside the body's name and address, a rule beneath. */
  | { t: 'kop' }
  | { t: 'title'; text: string }
  | { t: 'center'; text: string; bold?: boolean }
  | { t: 'p'; text: string; bold?: boolean; align?: 'justify' | 'left' | 'right' }
  /** Label / value rows ("Nama Pemohon : {{nama_pemohon}}"), a borderless table in Docs. */
  | { t: 'fields'; rows: Array<[string, string]> }
  /** Lines kept only when a flag is true (`not`: when false). Markers get their own paragraphs. */
  | { t: 'if'; flag: string; not?: boolean; body: Block[] }
  /** The signature block, indented to the right half of the page. */
  | { t: 'sign'; lines: string[] }
  | { t: 'gap' };

/** The letterhead's lines, in order: ministry and parent body, the unit, its address and contacts. */
export const KOP_LINES = ['{{instansi}}', '{{nama_unit}}', '{{alamat_unit}}', '{{kontak_unit}}'];
/** The paragraph the logo replaces in a template (and that vanishes from letters without a logo). */
export const LOGO_TOKEN = '{{logo}}';

const UU = 'Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik';

const signPpid: Block = {
  t: 'sign',
  lines: ['{{kota}}, {{tanggal_surat}}', '{{jabatan_penanda_tangan}}', '', '', '', '{{nama_penanda_tangan}}'],
};
const signNip: Block = { t: 'if', flag: 'ada_nip', body: [{ t: 'sign', lines: ['NIP {{nip_penanda_tangan}}'] }] };

const applicant: Array<[string, string]> = [
  ['Nama', '{{nama_pemohon}}'],
  ['Alamat', '{{alamat_pemohon}}'],
  ['Kontak', '{{kontak_pemohon}}'],
];

// biome-ignore format: a table laid out by hand, one entry per line
const RECEIPT: Block[] = [
  { t: 'kop' },
  { t: 'title', text: 'TANDA BUKTI PENERIMAAN PERMINTAAN INFORMASI PUBLIK' },
  { t: 'center', text: 'Nomor: {{nomor_surat}}' },
  { t: 'gap' },
  { t: 'p', text: `Sesuai Pasal 22 ayat (4) ${UU}, dengan ini kami menyatakan telah menerima dan mencatat permintaan informasi publik berikut dalam register permohonan {{nama_unit}}:` },
  { t: 'fields', rows: [
    ['Nomor Pendaftaran', '{{nomor_registrasi}}'],
    ['Tanggal Diterima', '{{tanggal_permohonan}}'],
    ['Saluran', '{{saluran}}'],
    ...applicant,
    ['Informasi yang Diminta', '{{informasi_diminta}}'],
    ['Tujuan Penggunaan', '{{tujuan_penggunaan}}'],
    ['Cara Memperoleh Informasi', '{{cara_memperoleh}}'],
  ] },
  { t: 'p', text: `PPID akan menyampaikan pemberitahuan tertulis atas permintaan ini paling lambat 10 (sepuluh) hari kerja sejak permintaan diterima, yaitu pada {{batas_waktu}} (Pasal 22 ayat (7)). Jangka waktu itu dapat diperpanjang paling lama 7 (tujuh) hari kerja dengan pemberitahuan tertulis yang menyebutkan alasannya (Pasal 22 ayat (8)).` },
  { t: 'if', flag: 'diperpanjang', body: [
    { t: 'p', text: 'Jangka waktu permintaan ini telah diperpanjang sampai dengan {{batas_waktu_perpanjangan}}.' },
  ] },
  { t: 'p', text: 'Simpan tanda bukti ini dan sebutkan nomor pendaftaran di atas setiap kali Saudara menanyakan perkembangan permintaan atau mengajukan keberatan.' },
  { t: 'gap' },
  signPpid, signNip,
];

// biome-ignore format: a table laid out by hand, one entry per line
const NOTICE: Block[] = [
  { t: 'kop' },
  { t: 'title', text: 'PEMBERITAHUAN TERTULIS' },
  { t: 'center', text: 'Nomor: {{nomor_surat}}' },
  { t: 'gap' },
  { t: 'p', text: `Menanggapi permintaan informasi publik tanggal {{tanggal_permohonan}} dengan nomor pendaftaran {{nomor_registrasi}}, bersama ini kami sampaikan pemberitahuan tertulis sebagaimana dimaksud dalam Pasal 22 ayat (7) ${UU} kepada:` },
  { t: 'fields', rows: [...applicant, ['Informasi yang Diminta', '{{informasi_diminta}}']] },
  { t: 'if', flag: 'informasi_diberikan', body: [
    { t: 'p', text: 'A. Informasi dapat diberikan', bold: true },
    { t: 'if', flag: 'dipenuhi', body: [
      { t: 'p', text: 'Informasi yang Saudara minta berada di bawah penguasaan {{nama_unit}} dan dapat diberikan seluruhnya.' },
    ] },
    { t: 'if', flag: 'dipenuhi_sebagian', body: [
      { t: 'p', text: 'Informasi yang Saudara minta berada di bawah penguasaan {{nama_unit}} dan dapat diberikan sebagian. Bagian yang memuat informasi yang dikecualikan dihitamkan atau dikaburkan (Pasal 22 ayat (7) huruf e) dengan alasan: {{alasan_sebagian}}' },
    ] },
    { t: 'fields', rows: [
      ['Bentuk informasi', '{{bentuk_informasi}}'],
      ['Biaya', '{{biaya}}'],
      ['Cara pembayaran', '{{cara_pembayaran}}'],
      ['Waktu penyampaian', '{{waktu_penyampaian}}'],
    ] },
  ] },
  { t: 'if', flag: 'tidak_dikuasai', body: [
    { t: 'p', text: 'B. Informasi tidak dapat diberikan', bold: true },
    { t: 'p', text: 'Informasi yang Saudara minta tidak berada di bawah penguasaan {{nama_unit}} (Pasal 22 ayat (7) huruf a).' },
    { t: 'if', flag: 'ada_penguasa_informasi', body: [
      { t: 'p', text: 'Sepengetahuan kami, informasi tersebut dikuasai oleh {{penguasa_informasi}}. Saudara dapat mengajukan permintaan kepada badan publik tersebut (Pasal 22 ayat (7) huruf b).' },
    ] },
  ] },
  { t: 'if', flag: 'belum_didokumentasikan', body: [
    { t: 'p', text: 'B. Informasi tidak dapat diberikan', bold: true },
    { t: 'p', text: 'Informasi yang Saudara minta belum didokumentasikan, sehingga belum dapat diberikan saat ini. PPID akan menyampaikannya kepada Saudara setelah informasi tersebut didokumentasikan.' },
  ] },
  { t: 'p', text: 'Apabila Saudara tidak puas atas pemberitahuan ini, Saudara dapat mengajukan keberatan secara tertulis kepada Atasan PPID paling lambat 30 (tiga puluh) hari kerja setelah ditemukannya alasan keberatan (Pasal 35 ayat (1) dan Pasal 36 ayat (1)).' },
  { t: 'gap' },
  signPpid, signNip,
];

// biome-ignore format: a table laid out by hand, one entry per line
const EXTENSION: Block[] = [
  { t: 'kop' },
  { t: 'p', text: '{{kota}}, {{tanggal_surat}}', align: 'right' },
  { t: 'fields', rows: [
    ['Nomor', '{{nomor_surat}}'],
    ['Sifat', 'Biasa'],
    ['Lampiran', '-'],
    ['Hal', 'Pemberitahuan Perpanjangan Jangka Waktu'],
  ] },
  { t: 'gap' },
  { t: 'p', text: 'Yth. {{nama_pemohon}}', align: 'left' },
  { t: 'p', text: '{{alamat_pemohon}}', align: 'left' },
  { t: 'gap' },
  { t: 'p', text: `Menanggapi permintaan informasi publik Saudara tanggal {{tanggal_permohonan}} dengan nomor pendaftaran {{nomor_registrasi}} mengenai {{informasi_diminta}}, dengan ini kami beritahukan bahwa jangka waktu penyampaian pemberitahuan tertulis atas permintaan tersebut kami perpanjang paling lama 7 (tujuh) hari kerja, sesuai Pasal 22 ayat (8) ${UU}.` },
  { t: 'p', text: 'Perpanjangan ini diperlukan karena alasan berikut:' },
  { t: 'p', text: '{{alasan_perpanjangan}}' },
  { t: 'p', text: 'Dengan perpanjangan ini, pemberitahuan tertulis akan kami sampaikan paling lambat {{batas_waktu_perpanjangan}}, menggantikan batas waktu semula {{batas_waktu}}.' },
  { t: 'p', text: 'Atas perhatian dan pengertian Saudara, kami ucapkan terima kasih.' },
  { t: 'gap' },
  { t: 'sign', lines: ['{{jabatan_penanda_tangan}}', '', '', '', '{{nama_penanda_tangan}}'] },
  signNip,
];

// biome-ignore format: a table laid out by hand, one entry per line
const REFUSAL: Block[] = [
  { t: 'kop' },
  { t: 'title', text: 'KEPUTUSAN PEJABAT PENGELOLA INFORMASI DAN DOKUMENTASI' },
  { t: 'center', text: '{{nama_unit}}', bold: true },
  { t: 'center', text: 'NOMOR {{nomor_surat}}' },
  { t: 'center', text: 'TENTANG' },
  { t: 'center', text: 'PENOLAKAN PERMOHONAN INFORMASI PUBLIK', bold: true },
  { t: 'p', text: 'Berdasarkan permintaan informasi publik tanggal {{tanggal_permohonan}} dengan nomor pendaftaran {{nomor_registrasi}} dari:' },
  { t: 'fields', rows: [...applicant, ['Informasi yang Diminta', '{{informasi_diminta}}'], ['Tujuan Penggunaan', '{{tujuan_penggunaan}}']] },
  { t: 'p', text: 'PPID {{nama_unit}} memutuskan bahwa informasi yang diminta merupakan informasi yang dikecualikan.' },
  { t: 'p', text: 'Dasar pengecualian', bold: true },
  { t: 'if', flag: 'dari_dik', not: true, body: [{ t: 'p', text: '{{dasar_penolakan}}' }] },
  { t: 'if', flag: 'dari_dik', body: [{ t: 'p', text: '{{dasar_penolakan}} {{penetapan_pengecualian}}' }] },
  { t: 'p', text: 'Uji konsekuensi', bold: true },
  { t: 'if', flag: 'dari_dik', not: true, body: [
    { t: 'p', text: `Berdasarkan pengujian konsekuensi sebagaimana dimaksud dalam Pasal 2 ayat (4) ${UU}, membuka informasi tersebut dapat menimbulkan konsekuensi berikut:` },
    { t: 'p', text: '{{uji_konsekuensi}}' },
    { t: 'p', text: 'Menutup informasi tersebut melindungi kepentingan yang lebih besar daripada membukanya. Dengan demikian, PPID menyatakan:' },
  ] },
  // From the linked DIK entry (issue #27): its harm and greater interest in one paragraph, so a
  // refusal with the entry's own test stays on one page.
  { t: 'if', flag: 'dari_dik', body: [
    { t: 'p', text: `Berdasarkan pengujian konsekuensi sebagaimana dimaksud dalam Pasal 2 ayat (4) ${UU}, membuka informasi tersebut dapat menimbulkan konsekuensi berikut: {{konsekuensi_bila_dibuka}} Menutup informasi tersebut melindungi kepentingan yang lebih besar daripada membukanya: {{kepentingan_lebih_besar}} Dengan demikian, PPID menyatakan:` },
  ] },
  { t: 'center', text: 'PERMOHONAN INFORMASI DITOLAK', bold: true },
  { t: 'p', text: 'Apabila Saudara keberatan atas keputusan ini, Saudara berhak mengajukan keberatan secara tertulis kepada Atasan PPID {{nama_unit}} paling lambat 30 (tiga puluh) hari kerja sejak keputusan ini diterima (Pasal 35 ayat (1) huruf a dan Pasal 36 ayat (1)). Bila keputusan ini diterima pada tanggalnya, batas tersebut jatuh pada {{batas_keberatan}}.' },
  { t: 'gap' },
  { t: 'sign', lines: ['Ditetapkan di {{kota}}', 'pada tanggal {{tanggal_surat}}', '{{jabatan_penanda_tangan}}', '', '', '', '{{nama_penanda_tangan}}'] },
  signNip,
];

// biome-ignore format: a table laid out by hand, one entry per line
const OBJECTION: Block[] = [
  { t: 'kop' },
  { t: 'title', text: 'TANGGAPAN ATASAN PPID ATAS KEBERATAN' },
  { t: 'center', text: 'Nomor: {{nomor_surat}}' },
  { t: 'gap' },
  { t: 'p', text: 'Atasan Pejabat Pengelola Informasi dan Dokumentasi {{nama_unit}} telah menerima dan memeriksa keberatan berikut:' },
  { t: 'fields', rows: [
    ['Nomor Pendaftaran', '{{nomor_registrasi}}'],
    ['Tanggal Permohonan', '{{tanggal_permohonan}}'],
    ...applicant,
    ['Informasi yang Diminta', '{{informasi_diminta}}'],
    ['Tanggal Keberatan', '{{tanggal_keberatan}}'],
    ['Alasan Keberatan', '{{alasan_keberatan}}'],
  ] },
  { t: 'p', text: 'Pertimbangan', bold: true },
  { t: 'p', text: '{{pertimbangan}}' },
  { t: 'p', text: 'Keputusan', bold: true },
  { t: 'if', flag: 'keberatan_diterima', body: [
    { t: 'p', text: 'Keberatan Saudara diterima. Atasan PPID memerintahkan PPID {{nama_unit}} memberikan informasi yang Saudara minta.' },
  ] },
  { t: 'if', flag: 'keberatan_sebagian', body: [
    { t: 'p', text: 'Keberatan Saudara diterima sebagian. Atasan PPID memerintahkan PPID {{nama_unit}} memberikan bagian informasi yang tidak dikecualikan; bagian lainnya tetap tidak dapat diberikan.' },
  ] },
  { t: 'if', flag: 'keberatan_ditolak', body: [
    { t: 'p', text: 'Keberatan Saudara ditolak. Atasan PPID menguatkan keputusan PPID atas permintaan informasi tersebut, dengan pertimbangan sebagaimana diuraikan di atas.' },
  ] },
  { t: 'p', text: `Tanggapan ini ditetapkan pada {{tanggal_keputusan}}. Pasal 36 ayat (2) ${UU} mewajibkan tanggapan diberikan paling lambat 30 (tiga puluh) hari kerja sejak keberatan dicatat, yaitu pada {{batas_tanggapan}}.` },
  { t: 'p', text: 'Apabila Saudara tidak puas dengan tanggapan ini, Saudara dapat mengajukan permohonan penyelesaian sengketa informasi publik kepada Komisi Informasi paling lambat 14 (empat belas) hari kerja sejak tanggapan ini diterima (Pasal 37 ayat (2)). Bila tanggapan ini diterima pada tanggalnya, batas tersebut jatuh pada {{batas_sengketa}}.' },
  { t: 'gap' },
  signPpid, signNip,
];

export const BUILTIN_TEMPLATES: Record<LetterKind, Block[]> = {
  'tanda-terima': RECEIPT,
  pemberitahuan: NOTICE,
  perpanjangan: EXTENSION,
  penolakan: REFUSAL,
  'tanggapan-keberatan': OBJECTION,
};

/** A block list as template text: one line per paragraph, in the order the Docs adapter writes them. */
export function templateText(blocks: Block[]): string {
  const lines: string[] = [];
  const walk = (bs: Block[]) => {
    for (const b of bs) {
      switch (b.t) {
        case 'kop':
          lines.push(LOGO_TOKEN, ...KOP_LINES);
          break;
        case 'title':
        case 'center':
        case 'p':
          lines.push(b.text);
          break;
        case 'fields':
          for (const [label, value] of b.rows) lines.push(`${label}: ${value}`);
          break;
        case 'if':
          lines.push(`{{${b.not ? '^' : '#'}${b.flag}}}`);
          walk(b.body);
          lines.push(`{{/${b.flag}}}`);
          break;
        case 'sign':
          lines.push(...b.lines);
          break;
        case 'gap':
          lines.push('');
          break;
      }
    }
  };
  walk(blocks);
  return lines.join('\n');
}
