// Problem messages about refusal grounds, objections and disputes (issue #13), spread into
// MESSAGES. Written for this project, Indonesian first. None quotes a cell's content.
// biome-ignore format: a table laid out by hand, one entry per line
export const CHAIN_PROBLEMS: Record<string, { id: string; en: string }> = {
  'problem.refusal.unspecified': {
    id: 'Alasan Penolakan menyebut Pasal 17 tanpa huruf, sehingga dihitung sebagai "{key}". Pilih huruf pengecualiannya (Pasal 17 huruf a–j) dari daftar.',
    en: 'The Refusal Reason cites Pasal 17 without its letter, so it is counted as "{key}". Pick the exemption\'s letter (Pasal 17 huruf a–j) from the dropdown.',
  },
  'problem.refusal.no_ground': {
    id: 'Alasan Penolakan "Lainnya" bukan alasan menurut UU 14/2008: penolakan harus berdasar Pasal 17 huruf a–j atau undang-undang lain. Pilih alasannya dari daftar.',
    en: 'Refusal Reason "Lainnya" (other) is not a ground under Law 14/2008: a refusal rests on Pasal 17 huruf a–j or another law. Pick the ground from the dropdown.',
  },
  'problem.refusal.law_unnamed': {
    id: 'Alasan Penolakan "{ground}" perlu menyebut undang-undangnya: tulis nama undang-undang dan pasalnya di kolom Catatan.',
    en: 'Refusal Reason "{ground}" (another law) must name the law: write the law and its article in the Notes column.',
  },
  'problem.objection.outcome_without_date': {
    id: 'Putusan Atasan PPID sudah diisi, tetapi Tanggal Tanggapan Keberatan belum diisi. Isi tanggal tanggapan tertulis atasan PPID.',
    en: "The Superior's Decision is filled in, but Objection Answered is empty. Enter the date of the superior's written answer.",
  },
  'problem.objection.outcome_missing': {
    id: 'Keberatan sudah ditanggapi pada {answered}, tetapi Putusan Atasan PPID (Dikabulkan, Dikabulkan Sebagian, atau Ditolak) belum diisi. Kolom ini ditambahkan oleh Siapkan Register.',
    en: "The objection was answered on {answered}, but the Superior's Decision (granted, granted in part or refused) is empty. Set Up Register adds this column.",
  },
  'problem.dispute.without_objection': {
    id: 'Sengketa tercatat, tetapi Tanggal Keberatan belum diisi: sengketa ke Komisi Informasi diajukan setelah keberatan kepada atasan PPID (UU 14/2008 Pasal 37).',
    en: 'A dispute is recorded, but Objection Date is empty: a dispute goes to the Information Commission after an objection to the PPID\'s superior (Law 14/2008 Art. 37).',
  },
  'problem.dispute.date_missing': {
    id: 'Sengketa tercatat, tetapi Tanggal Pengajuan Sengketa belum diisi, sehingga dihitung pada periode Tanggal Keberatan (atau Tanggal Permohonan). Isi tanggalnya; kolom ini ditambahkan oleh Siapkan Register.',
    en: 'A dispute is recorded, but Dispute Filed is empty, so it is counted in the period of the Objection Date (or Date Received). Enter the date; Set Up Register adds this column.',
  },
  'problem.dispute.contradiction': {
    id: 'Sengketa berisi Tidak, tetapi rincian sengketa sudah diisi, sehingga dihitung sebagai sengketa. Ubah Sengketa menjadi Ya bila benar, atau kosongkan rinciannya.',
    en: 'Dispute says Tidak (no), but dispute details are filled in, so it is counted as a dispute. Change Dispute to Ya if so, or clear the details.',
  },
  'problem.dispute.before_objection': {
    id: 'Tanggal Pengajuan Sengketa ({filed}) lebih awal dari Tanggal Keberatan ({objection}). Periksa kedua tanggal.',
    en: 'Dispute Filed ({filed}) is before Objection Date ({objection}). Please check both dates.',
  },
  'problem.dispute.outcome_without_date': {
    id: 'Putusan Sengketa sudah diisi, tetapi Tanggal Putusan Sengketa belum diisi.',
    en: 'Dispute Outcome is filled in, but Dispute Decided is empty.',
  },
  'problem.dispute.decided_before_filed': {
    id: 'Tanggal Putusan Sengketa ({decided}) lebih awal dari Tanggal Pengajuan Sengketa ({filed}). Periksa kedua tanggal.',
    en: 'Dispute Decided ({decided}) is before Dispute Filed ({filed}). Please check both dates.',
  },
};
