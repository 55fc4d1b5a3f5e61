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
}
