// "Pilih Folder Unit": what the dialog shows when it opens, and the folder the officer picked in
// the Google Picker, checked and logged (issue #26 item 2). The dialog opens from the menu, and
// by itself when a report or consolidation stops because this officer's add-on cannot reach the
// unit folder a colleague's add-on made (err.folderOfColleague, err.folderOfUnknown).
import { t } from '../core/i18n';
import { UI_STRINGS } from '../core/i18n';
import type { Lang } from '../core/types';
import { readSettings } from '../sheets/settings';
import { logActivity } from '../sheets/activity-log';
import { confirmPickedFolder, unitFolder } from '../docs/unit-folder';
import { officerEmail } from '../platform/officer';
import { userLang } from './common';

export interface FolderPickOptions {
  lang: Lang;
  strings: Record<string, string>;
  /** none: the unit has no folder yet; ready: this officer reaches it; pick: they must pick it. */
  state: 'none' | 'ready' | 'pick';
  /** What the dialog says first, already filled in (name, owner, address). */
  intro: string;
  /** How to get the folder shared when it is not offered (state pick only). */
  hint: string;
  name: string;
}

/** The errors after which the add-on opens the dialog instead of an alert. */
export const ASKS_FOR_FOLDER = ['err.folderOfColleague', 'err.folderOfUnknown'];

export function folderPickOptions(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): FolderPickOptions {
  const lang = userLang();
  const strings: Record<string, string> = {};
  for (const key of Object.keys(UI_STRINGS))
    if (key.startsWith('folderPick.') || key === 'cons.err.notConfigured') strings[key] = t(lang, key);
  const unit = unitFolder(readSettings(ss).values.reportFolder ?? '');
  const me = officerEmail() || t(lang, 'log.unknownUser');
  const owner = unit.owner || t(lang, 'folderPick.someone');
  const vars = { name: unit.name, owner, me };
  const state = !unit.id ? 'none' : unit.reachable ? 'ready' : 'pick';
  return {
    lang,
    strings,
    state,
    intro: t(
      lang,
      state === 'none' ? 'folderPick.none' : state === 'ready' ? 'folderPick.ready' : 'folderPick.intro',
      vars,
    ),
    hint: state === 'pick' ? t(lang, 'folderPick.notShared', vars) : '',
    name: unit.name,
  };
}

/** The officer picked `picked` in the Picker: checked, logged, and the sentence to show. */
export function confirmUnitFolder(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  picked: { id?: string; name?: string },
): { name: string; message: string } {
  const settings = readSettings(ss);
  const name = confirmPickedFolder(
    settings.values.reportFolder ?? '',
    String(picked?.id ?? ''),
    String(picked?.name ?? ''),
  );
  const lang = userLang();
  logActivity(ss, lang, 'folderPicked', '', [String(picked.id)]);
  return { name, message: t(lang, 'folderPick.done', { name }) };
}
