// Strings of the document writer (issue #24 items 8 and 11): the Daftar Isi and the note shown
// when the document has no page numbers. Indonesian first; English for units that choose it.
// biome-ignore format: a table laid out by hand, one entry per line
export const WRITER_STRINGS: Record<string, { id: string; en: string }> = {
  'err.docsDisabled': {
    id: 'Layanan Google Docs API tidak aktif untuk PPID Sheets, sehingga dokumen laporan tidak dapat dibuat. Minta admin Google Workspace instansi Anda mengaktifkan Google Docs API untuk add-on ini, lalu coba lagi.',
    en: 'The Google Docs API is not available to PPID Sheets, so the report document cannot be made. Ask your Google Workspace admin to turn on the Google Docs API for this add-on, then try again.',
  },
  'doc.contents': { id: 'DAFTAR ISI', en: 'TABLE OF CONTENTS' },
  'doc.pageNumbersMissing': {
    id: 'Nomor halaman belum terpasang di dokumen ini. Sebelum mencetak atau membagikan, pilih Sisipkan › Nomor halaman dan letakkan di bagian bawah halaman. Daftar isi ini tanpa nomor halaman; setiap judul di atas adalah tautan ke bagiannya.',
    en: 'Page numbers are not in this document yet. Before printing or sharing it, choose Insert › Page numbers and place them at the bottom of the page. This table of contents has no page numbers; each heading above links to its section.',
  },
};
