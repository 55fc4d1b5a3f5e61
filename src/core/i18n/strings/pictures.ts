// Strings of the report's pictures (issue #24 item 9): the caption, the lines of the report
// dialog for a picture left out, and the upload's answers. Indonesian first.
// biome-ignore format: a table laid out by hand, one entry per line
export const PICTURE_STRINGS: Record<string, { id: string; en: string }> = {
  'pictures.caption': { id: 'Gambar {n}. {caption}', en: 'Figure {n}. {caption}' },
  'pictures.problem.unknownSection': {
    id: 'Gambar Laporan baris {row}: bagian "{value}" tidak dikenal (pilih: {sections}). Laporan dibuat tanpa gambar ini.',
    en: 'Report Pictures row {row}: section "{value}" is unknown (choose: {sections}). The report was made without this picture.',
  },
  'pictures.problem.noFile': {
    id: 'Gambar Laporan baris {row}: ID Berkas kosong; unggah gambarnya lewat Gambar Laporan di menu. Laporan dibuat tanpa gambar ini.',
    en: 'Report Pictures row {row}: the File ID is blank; upload the picture through Report Pictures in the menu. The report was made without this picture.',
  },
  'pictures.problem.notImage': {
    id: 'Gambar Laporan baris {row}: berkasnya bukan gambar PNG, JPEG, atau GIF. Laporan dibuat tanpa gambar ini.',
    en: 'Report Pictures row {row}: the file is not a PNG, JPEG or GIF image. The report was made without this picture.',
  },
  'pictures.problem.tooLarge': {
    id: 'Gambar Laporan baris {row}: gambar terlalu besar ({size} MB; paling besar {max} MB per gambar agar dokumen dan PDF-nya tetap ringan). Perkecil lalu unggah lagi. Laporan dibuat tanpa gambar ini.',
    en: 'Report Pictures row {row}: the picture is too large ({size} MB; at most {max} MB a picture, to keep the document and its PDF light). Make it smaller and upload it again. The report was made without this picture.',
  },
  'pictures.problem.tooManyPixels': {
    id: 'Gambar Laporan baris {row}: gambar {size} piksel ({mp} megapiksel) melebihi batas Google Dokumen (25 megapiksel). Perkecil lalu unggah lagi. Laporan dibuat tanpa gambar ini.',
    en: 'Report Pictures row {row}: the picture is {size} pixels ({mp} megapixels), over Google Docs\' limit (25 megapixels). Make it smaller and upload it again. The report was made without this picture.',
  },
  'pictures.problem.ofColleague': {
    id: 'Gambar Laporan baris {row}: berkas gambar ini disimpan oleh {owner} dan belum dapat dibuka akun Anda ({me}). Minta {owner} membagikan folder laporan kepada Anda, lalu pilih folder itu sekali; ID berkas tidak diubah. Laporan dibuat tanpa gambar ini.',
    en: 'Report Pictures row {row}: this picture was saved by {owner} and your account ({me}) cannot open it yet. Ask {owner} to share the report folder with you, then pick that folder once; the file ID was not changed. The report was made without this picture.',
  },
  'pictures.problem.unreachable': {
    id: 'Gambar Laporan baris {row}: berkas gambar tidak ditemukan (terhapus, atau tidak dapat dibuka akun Anda); ID berkas tidak diubah. Unggah lagi gambarnya bila perlu. Laporan dibuat tanpa gambar ini.',
    en: 'Report Pictures row {row}: the picture file was not found (deleted, or out of your account\'s reach); the file ID was not changed. Upload the picture again if needed. The report was made without this picture.',
  },
  'pictures.dialog.summary': { id: '{n} gambar dimuat di laporan.', en: '{n} pictures are in the report.' },
  'log.action.picture': { id: 'Gambar laporan diunggah', en: 'Report picture uploaded' },
  'menu.pictures': { id: 'Gambar Laporan', en: 'Report Pictures' },
  'pictures.dialog.intro': {
    id: 'Unggah sekali gambar yang dimuat laporan (ruang layanan, alur permohonan, maklumat, mekanisme keberatan, media sosial, poster). Gambar disimpan di folder laporan dan dicatat di sheet Gambar Laporan; keterangan dan periodenya dapat diubah di sheet itu.',
    en: 'Upload once each picture the reports show (service room, request flow, service charter, objection procedure, social media, posters). It is saved in the report folder and listed in the Report Pictures sheet, where its caption and period can be changed.',
  },
  'pictures.dialog.l-file': { id: 'Berkas gambar (PNG, JPEG, atau GIF)', en: 'Image file (PNG, JPEG or GIF)' },
  'pictures.dialog.l-section': { id: 'Bagian laporan', en: 'Report section' },
  'pictures.dialog.l-caption': { id: 'Keterangan gambar', en: 'Caption' },
  'pictures.dialog.l-period': { id: 'Periode', en: 'Period' },
  'pictures.dialog.period-help': {
    id: 'Kosong: dimuat di setiap laporan. Atau satu periode, mis. 2025-TW2 atau 2025.',
    en: 'Blank: in every report. Or one period, e.g. 2025-Q2 or 2025.',
  },
  'pictures.dialog.upload': { id: 'Unggah Gambar', en: 'Upload Picture' },
  'pictures.dialog.noFile': { id: 'Pilih berkas gambar dahulu.', en: 'Choose an image file first.' },
  'pictures.upload.saved': {
    id: 'Gambar disimpan di folder laporan dan dicatat di sheet Gambar Laporan baris {row}. Laporan berikutnya memuatnya.',
    en: 'The picture was saved in the report folder and listed in the Report Pictures sheet, row {row}. The next report shows it.',
  },
  'pictures.upload.type': {
    id: 'Berkas ini bukan gambar PNG, JPEG, atau GIF.',
    en: 'This file is not a PNG, JPEG or GIF image.',
  },
  'pictures.upload.section': {
    id: 'Pilih bagian laporan untuk gambar ini: {sections}.',
    en: 'Choose the report section for this picture: {sections}.',
  },
};
