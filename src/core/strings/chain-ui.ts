// Visible strings of issue #13 (refusal grounds, the objection → dispute chain, the law-ordered
// annual report), spread into UI_STRINGS. Written for this project, Indonesian first.
export const CHAIN_UI: Record<string, { id: string; en: string }> = {
  'setup.validationHelp.refusal': {
    id: 'Pilih dasar penolakan: Pasal 17 UU 14/2008 huruf {letters}; "Undang-undang lain" (sebutkan di Catatan); atau pemberitahuan "Informasi tidak dikuasai" / "Belum didokumentasikan".',
    en: 'Pick the ground: Pasal 17 of Law 14/2008, letter {letters}; "Undang-undang lain" (another law, named in Notes); or a notice "Informasi tidak dikuasai" (not held) / "Belum didokumentasikan" (not documented).',
  },
};
