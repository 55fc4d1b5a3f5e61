// Strings of the add-on's self-checks: the formula form it writes, the probe, the register's
// sample check, and Drive being unavailable. Indonesian first; English for units that choose it.
export const TRUST_STRINGS: Record<string, { id: string; en: string }> = {
  'err.driveDisabled': {
    id: 'Layanan Google Drive tidak aktif untuk PPID Sheets, sehingga laporan tidak dapat disimpan. Minta admin Google Workspace instansi Anda mengaktifkan Google Drive API (Drive SDK) untuk add-on ini, lalu coba lagi.',
    en: 'The Google Drive service is not available to PPID Sheets, so the report cannot be saved. Ask your Google Workspace admin to turn on the Google Drive API (Drive SDK) for this add-on, then try again.',
  },
};
