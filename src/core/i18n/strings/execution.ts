// Problem messages about carrying out the Atasan PPID's and the dispute's decisions and about
// court suits (issue 23, item 22), spread into MESSAGES. Written for this project, Indonesian
// first. None quotes a cell's content: {state} is a value of the dropdown, dates are the row's own.
// biome-ignore format: a table laid out by hand, one entry per line
export const EXECUTION_PROBLEMS: Record<string, { id: string; en: string }> = {
  'problem.execution.objection.not_called_for': {
    id: 'Pelaksanaan Putusan Atasan PPID diisi, tetapi Putusan Atasan PPID bukan Dikabulkan atau Dikabulkan Sebagian, sehingga tidak ada yang perlu dilaksanakan. Periksa kedua kolom.',
    en: "Superior's Decision Carried Out is filled in, but the Superior's Decision is not granted or granted in part, so nothing is to be carried out. Please check both columns.",
  },
  'problem.execution.objection.date_missing': {
    id: 'Putusan Atasan PPID tercatat dilaksanakan, tetapi Tanggal Pelaksanaan Putusan Atasan PPID belum diisi.',
    en: "The Superior's Decision is recorded as carried out, but Superior's Decision Carried Out On is empty.",
  },
  'problem.execution.objection.state_missing': {
    id: 'Tanggal Pelaksanaan Putusan Atasan PPID diisi, tetapi Pelaksanaan Putusan Atasan PPID belum diisi. Pilih Dilaksanakan atau Dilaksanakan Sebagian.',
    en: "Superior's Decision Carried Out On is filled in, but Superior's Decision Carried Out is empty. Pick Dilaksanakan (carried out) or Dilaksanakan Sebagian (in part).",
  },
  'problem.execution.objection.date_not_executed': {
    id: 'Pelaksanaan Putusan Atasan PPID berisi "{state}", tetapi tanggal pelaksanaannya diisi. Periksa kedua kolom.',
    en: "Superior's Decision Carried Out says \"{state}\", but its date is filled in. Please check both columns.",
  },
  'problem.execution.objection.before_decision': {
    id: 'Tanggal Pelaksanaan Putusan Atasan PPID ({executed}) lebih awal dari Tanggal Tanggapan Keberatan ({decided}). Periksa kedua tanggal.',
    en: "Superior's Decision Carried Out On ({executed}) is before Objection Answered ({decided}). Please check both dates.",
  },
  'problem.execution.dispute.not_called_for': {
    id: 'Pelaksanaan Putusan Sengketa diisi, tetapi Putusan Sengketa bukan Kesepakatan Mediasi, Dikabulkan, atau Dikabulkan Sebagian, sehingga tidak ada yang perlu dilaksanakan. Periksa kedua kolom.',
    en: 'Dispute Decision Carried Out is filled in, but the Dispute Outcome is not a mediation agreement, granted or granted in part, so nothing is to be carried out. Please check both columns.',
  },
  'problem.execution.dispute.date_missing': {
    id: 'Putusan Sengketa tercatat dilaksanakan, tetapi Tanggal Pelaksanaan Putusan Sengketa belum diisi.',
    en: 'The dispute decision is recorded as carried out, but Dispute Decision Carried Out On is empty.',
  },
  'problem.execution.dispute.state_missing': {
    id: 'Tanggal Pelaksanaan Putusan Sengketa diisi, tetapi Pelaksanaan Putusan Sengketa belum diisi. Pilih Dilaksanakan atau Dilaksanakan Sebagian.',
    en: 'Dispute Decision Carried Out On is filled in, but Dispute Decision Carried Out is empty. Pick Dilaksanakan (carried out) or Dilaksanakan Sebagian (in part).',
  },
  'problem.execution.dispute.date_not_executed': {
    id: 'Pelaksanaan Putusan Sengketa berisi "{state}", tetapi tanggal pelaksanaannya diisi. Periksa kedua kolom.',
    en: 'Dispute Decision Carried Out says "{state}", but its date is filled in. Please check both columns.',
  },
  'problem.execution.dispute.before_decision': {
    id: 'Tanggal Pelaksanaan Putusan Sengketa ({executed}) lebih awal dari Tanggal Putusan Sengketa ({decided}). Periksa kedua tanggal.',
    en: 'Dispute Decision Carried Out On ({executed}) is before Dispute Decided ({decided}). Please check both dates.',
  },
  'problem.court.stage_missing': {
    id: 'Tanggal Gugatan ke Pengadilan diisi, tetapi Tahap Sengketa bukan "{stage}". Pilih {stage} bila sengketa dibawa ke pengadilan.',
    en: 'Court Suit Filed is filled in, but Dispute Stage is not "{stage}". Pick {stage} if the dispute was taken to court.',
  },
  'problem.court.before_dispute': {
    id: 'Tanggal Gugatan ke Pengadilan ({court}) lebih awal dari Tanggal Pengajuan Sengketa ({filed}): gugatan diajukan atas putusan Komisi Informasi. Periksa kedua tanggal.',
    en: "Court Suit Filed ({court}) is before Dispute Filed ({filed}): a suit is brought against the Information Commission's decision. Please check both dates.",
  },
};
