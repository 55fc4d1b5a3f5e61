// The annual report's BAB IV lines about carrying out decisions, court suits and the Komisi
// Informasi's clock (issue 23, item 22), spread into UI_STRINGS. Written for this project,
// Indonesian first; the row labels are keyed by the recap.json keys.
// biome-ignore format: a table laid out by hand, one entry per line
export const DISPUTE_REPORT_STRINGS: Record<string, { id: string; en: string }> = {
  'annual.execution.objections.title': { id: 'Pelaksanaan Putusan Atasan PPID', en: "How the Superior's Decisions Were Carried Out" },
  'annual.execution.disputes.title': { id: 'Pelaksanaan Putusan Sengketa', en: 'How the Dispute Decisions Were Carried Out' },
  'annual.execution.objections.read': {
    id: 'Putusan Atasan PPID yang mengabulkan permohonan seluruhnya atau sebagian wajib dilaksanakan oleh PPID: {count} putusan pada periode ini.',
    en: "The PPID must carry out the superior's decisions that grant the request in full or in part: {count} such decisions in the period.",
  },
  'annual.execution.disputes.read': {
    id: 'Kesepakatan mediasi dan putusan yang mengabulkan permohonan seluruhnya atau sebagian wajib dilaksanakan: {count} putusan pada periode ini.',
    en: 'Mediation agreements and decisions granting the request in full or in part must be carried out: {count} such decisions in the period.',
  },
  'annual.execution.state.Dilaksanakan': { id: 'Dilaksanakan', en: 'Carried out' },
  'annual.execution.state.Dilaksanakan Sebagian': { id: 'Dilaksanakan sebagian', en: 'Carried out in part' },
  'annual.execution.state.Belum Dilaksanakan': { id: 'Belum dilaksanakan', en: 'Not carried out yet' },
  'annual.execution.state.Belum Dicatat': { id: 'Belum dicatat di register', en: 'Not recorded in the register' },
  'annual.courtSuits': {
    id: 'Gugatan ke pengadilan atas putusan Komisi Informasi yang diajukan pada periode ini: {count}.',
    en: "Court suits against the Information Commission's decisions filed in the period: {count}.",
  },
  'recap.courtSuits': { id: 'Gugatan ke pengadilan', en: 'Court suits' },
  'annual.clock.title': { id: 'Waktu Penyelesaian Sengketa di Komisi Informasi', en: 'Dispute Settlement Time at the Information Commission' },
  'annual.clock.read': {
    id: 'Komisi Informasi mulai mengupayakan penyelesaian sengketa paling lambat 14 hari kerja dan menyelesaikannya paling lambat 100 hari kerja (UU 14/2008 Pasal 38), dihitung di sini sejak tanggal pengajuan sengketa. Sengketa yang berlanjut ke pengadilan tidak dihitung.',
    en: 'The Information Commission starts settling a dispute within 14 working days and settles it within 100 working days (Law 14/2008 Art. 38), counted here from the dispute filing date. Disputes taken to court are not counted.',
  },
  'annual.clock.status.Tepat Waktu': { id: 'Selesai dalam 100 hari kerja', en: 'Settled within 100 working days' },
  'annual.clock.status.Terlambat': { id: 'Selesai lewat 100 hari kerja', en: 'Settled after 100 working days' },
  'annual.clock.status.Dalam Proses': { id: 'Dalam proses', en: 'In process' },
  'annual.clock.status.Mendekati Batas': { id: 'Mendekati batas 100 hari kerja', en: 'Near the 100 working days' },
  'annual.clock.status.Lewat Batas': { id: 'Belum selesai, lewat 100 hari kerja', en: 'Open past 100 working days' },
  'annual.clock.status.Lewat Batas Mulai': { id: 'Belum ada tahap setelah 14 hari kerja', en: 'No stage after 14 working days' },
};
