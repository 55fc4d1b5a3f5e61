// The annual report shared with the Komisi Informasi (issue 23, item 22): the notice e-mail and
// the closing dialog's lines, spread into UI_STRINGS. Written for this project, Indonesian first.
// biome-ignore format: a table laid out by hand, one entry per line
export const KOMISI_INFORMASI_STRINGS: Record<string, { id: string; en: string }> = {
  'mail.ki.body': {
    id: 'Yth. Komisi Informasi,\n\nLaporan tahunan layanan informasi publik {unit} untuk {period} telah tersedia:\n\nDokumen: {doc}\nPDF: {pdf}\n\nPesan ini dikirim oleh PPID Sheets.',
    en: 'Dear Information Commission,\n\nThe annual public information service report of {unit} for {period} is available:\n\nDocument: {doc}\nPDF: {pdf}\n\nSent by PPID Sheets.',
  },
  'done.ki.shared': {
    id: 'Laporan tahunan (dokumen dan PDF) dibagikan kepada Komisi Informasi sebagai Pembaca: {list}.',
    en: 'The annual report (document and PDF) is shared with the Information Commission as viewer: {list}.',
  },
  'done.ki.refused': {
    id: 'Drive menolak berbagi dengan alamat Komisi Informasi ini: {list}. Kirimkan laporan dengan cara lain.',
    en: 'Drive refused to share with these Information Commission addresses: {list}. Send the report another way.',
  },
  'done.ki.invalid': {
    id: 'Alamat E-mail Komisi Informasi ini tidak dipakai karena tidak sah: {list}.',
    en: 'These Information Commission e-mails were not used because they are not valid: {list}.',
  },
  'done.ki.none': {
    id: 'E-mail Komisi Informasi belum diisi di Pengaturan: laporan tahunan belum dibagikan kepada Komisi Informasi.',
    en: 'Information Commission E-mails is empty in Settings: the annual report is not shared with the Information Commission.',
  },
};
