// Visible strings of the register's link to the DIP and DIK (issue #27 item 3): the link's row
// problems, the refusal letter's problems with a linked DIK entry, the setup help, and the daily
// digest's notice of exemptions ending or ended. Written for this project.
// biome-ignore format: a table laid out by hand, one entry per line
export const DIP_LINK_STRINGS: Record<string, { id: string; en: string }> = {
  'diplink.unknown': { id: '{column} tidak ada di Daftar Informasi Publik maupun Informasi yang Dikecualikan. Pilih nomor dari daftar, atau tambahkan entrinya dulu.', en: '{column} names no entry of the Public Information List or the Exempted Information. Pick a number from the list, or add the entry first.' },
  'diplink.refusedPublic': { id: 'Permohonan ditolak, padahal {column} menunjuk entri Daftar Informasi Publik (informasi terbuka). Periksa Status atau nomornya.', en: 'The request was refused, but {column} names an entry of the Public Information List (open information). Check the Status or the number.' },
  'diplink.berkala': { id: '{column} menunjuk informasi Berkala: informasi ini wajib sudah diumumkan (Pasal 9 UU 14/2008). Periksa apakah sudah terbit dan tautannya ada di DIP.', en: '{column} names Berkala information: it should already be published (Law 14/2008 Art. 9). Check that it is out and its link is in the DIP.' },
  'diplink.groundDiffers': { id: '{column} berbeda dengan dasar pengecualian entri DIK yang dirujuk ({ground}). Samakan salah satunya.', en: '{column} differs from the ground of the linked DIK entry ({ground}). Make them agree.' },
  'diplink.grantedExempt': { id: '{column}: permohonan dipenuhi seluruhnya, padahal nomor DIP/DIK-nya menunjuk informasi yang dikecualikan dan masih berlaku saat dijawab. Bila hanya bagian yang terbuka yang diberikan, tulis Dipenuhi Sebagian; bila pengecualiannya sudah berakhir, isi tanggal berakhirnya di entri DIK.', en: '{column}: the request was granted in full, but its DIP/DIK number names exempted information still in force when it was answered. If only the open part was given, write Dipenuhi Sebagian; if the exemption has ended, fill in its end date in the DIK entry.' },
  'diplink.help': { id: 'Nomor entri Daftar Informasi Publik atau Informasi yang Dikecualikan yang diminta. Daftar diperbarui setiap Siapkan Register; nomor baru tetap boleh diketik.', en: 'Number of the Public Information List or Exempted Information entry requested. The list is refreshed by each Set Up Register; a new number may still be typed.' },
  'letter.problem.dipUnknown': { id: '{field} tidak ada di Daftar Informasi Publik maupun Informasi yang Dikecualikan: pilih nomor yang ada atau kosongkan.', en: '{field} names no entry of either list: pick an existing number or clear it.' },
  'letter.problem.dipPublic': { id: '{field} menunjuk entri Daftar Informasi Publik: informasi terbuka tidak dapat ditolak. Periksa Status atau nomornya.', en: '{field} names a Public Information List entry: open information cannot be refused. Check the Status or the number.' },
  'letter.problem.groundDiffers': { id: '{field} berbeda dengan dasar pengecualian entri DIK yang dirujuk ({ground}). Surat tidak dibuat sampai keduanya sama.', en: '{field} differs from the ground of the linked DIK entry ({ground}). No letter is made until they agree.' },
  'letter.problem.entryDraft': { id: 'Entri DIK yang dirujuk di {field} masih Draf: tetapkan dulu (Keadaan Final, dengan nomor keputusan) sebelum menolak atas dasarnya.', en: 'The DIK entry linked in {field} is still a draft: finalise it (state Final, with its decree number) before refusing on it.' },
  'letter.problem.entryGround': { id: 'Entri DIK yang dirujuk di {field} belum punya Dasar Pengecualian yang dikenali.', en: 'The DIK entry linked in {field} has no recognised Ground of Exemption.' },
  'letter.problem.entryTest': { id: 'Entri DIK yang dirujuk di {field} belum lengkap uji konsekuensinya (Konsekuensi Bila Dibuka dan Kepentingan Lebih Besar yang Dilindungi).', en: 'The DIK entry linked in {field} lacks part of its consequence test (Harm If Disclosed and Greater Interest).' },
  'letter.problem.entryEnded': { id: 'Masa pengecualian entri DIK yang dirujuk di {field} sudah berakhir: informasinya kini terbuka dan tidak dapat ditolak atas dasar entri itu.', en: 'The exemption of the DIK entry linked in {field} has ended: the information is now open and cannot be refused on it.' },
  'digest.dik.endingSoon': { id: 'Pengecualian berakhir dalam 30 hari', en: 'Exemptions ending within 30 days' },
  'digest.dik.ended': { id: 'Pengecualian sudah berakhir (informasi kini terbuka: pindahkan ke DIP)', en: 'Exemptions ended (the information is now open: move it to the DIP)' },
  'digest.dik.line': { id: '{number} | {ground} | berakhir {date}', en: '{number} | {ground} | ends {date}' },
  'digest.dik.col.number': { id: 'Nomor', en: 'Number' },
  'digest.dik.col.ground': { id: 'Dasar Pengecualian', en: 'Ground' },
  'digest.dik.col.until': { id: 'Dikecualikan Sampai', en: 'Exempt Until' },
  'digest.dik.summary': { id: '{count} pengecualian DIK perlu ditinjau', en: '{count} DIK exemptions to review' },
  'digest.dik.noNumber': { id: '(tanpa nomor)', en: '(no number)' },
};
