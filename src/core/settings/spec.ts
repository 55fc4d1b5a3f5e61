// The shape of one settings row, apart from the lists of rows, so the settings model and the
// letters' rows both use it and neither imports the other for it.
export interface SettingSpec<K extends string = string> {
  key: K;
  label: { id: string; en: string };
  help: { id: string; en: string };
  default: string | number;
  /** The English default of a narrative, written when the settings sheet is set up in English. */
  defaultEn?: string;
  options?: string[];
  long?: boolean;
  /**
   * `report`: the report's cover and signature print it, and no default could be the office's own
   * (a unit name, a place, a signer): it starts blank, and while blank the document shows a
   * highlighted "[BELUM DIISI: label]" where it belongs and the report names it (dialog, stderr).
   */
  neededBy?: 'report';
  /** Defaults an older version wrote into settings sheets: read as blank, never as the office's value. */
  formerDefaults?: string[];
}
