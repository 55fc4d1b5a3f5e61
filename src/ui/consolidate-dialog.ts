// What the "Gabungkan Laporan Unit" dialog needs from the server when it opens: its strings in the
// officer's language and whether this spreadsheet has a register it may include as a unit. The
// Picker's key, project number and token come from a second call made when the Picker opens,
// since a token expires (ScriptApp.getOAuthToken: "a few minutes at minimum").
import { t } from '../core/i18n';
import type { Lang } from '../core/types';
import { UI_STRINGS } from '../core/i18n';
import { readSettings } from '../sheets/settings';
import { hasRegister } from './register-data';
import { userLang } from './common';

export interface ConsolidateDialogOptions {
  lang: Lang;
  strings: Record<string, string>;
  /** This spreadsheet's unit name when it holds a register that can be included, else null. */
  ownUnit: string | null;
}

export function consolidateDialogOptions(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): ConsolidateDialogOptions {
  const lang = userLang();
  const strings: Record<string, string> = {};
  // Every cons.dialog.* string, wherever its table is (strings/consolidate.ts, strings/missing-settings.ts).
  for (const key of Object.keys(UI_STRINGS))
    if (key.startsWith('cons.dialog.') || key === 'cons.err.notConfigured') strings[key] = t(lang, key);
  const settings = readSettings(ss);
  return { lang, strings, ownUnit: hasRegister(ss, settings) ? settings.values.unitName || ss.getName() : null };
}
