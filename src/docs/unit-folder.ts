// The unit's report folder as one officer's add-on sees it, and the folder that officer picked in
// the Google Picker to reach it (issue #26 item 2, "Pilih Folder Unit").
//
// drive.file grants are per person: "per-file access to files created or opened by the app"
// (Drive API scopes page, https://developers.google.com/workspace/drive/api/guides/api-specific-auth).
// A folder another officer's add-on made answers 404 to this officer's add-on until they open it
// with the app, which the Picker does when built with the Cloud project number (setAppId, see
// picked-files.ts). A folder view that lets folders be chosen is DocsView.setSelectFolderEnabled
// ("Allows the user to select a folder in Google Drive",
// https://developers.google.com/workspace/drive/picker/reference/picker.docsview.setselectfolderenabled).
//
// Nothing here stores a new folder ID: the pick only grants this officer's add-on the folder
// already stored (or named by ID in the settings), which is then checked to answer.
import { UserError } from '../core/errors';
import { ALL_DRIVES, drive, driveDisabledError, withDrive } from './drive';
import { FOLDER_KEY, folderAnswers, folderIdIn } from './files';

export interface UnitFolder {
  /** The folder's ID, or null when the unit has none yet. */
  id: string | null;
  name: string;
  /** The address of the officer whose add-on made it, '' when not recorded. */
  owner: string;
  /** Whether this officer's add-on reaches it now. */
  reachable: boolean;
}

/** The report folder the add-on stores (or the settings name by ID), and whether it answers. */
export function unitFolder(setting: string): UnitFolder {
  const value = setting.trim();
  const byId = value ? folderIdIn(value) : null;
  let stored: string[] = [];
  try {
    stored = JSON.parse(PropertiesService.getDocumentProperties().getProperty(FOLDER_KEY) ?? '[]') as string[];
  } catch (_) {
    stored = [];
  }
  const id = byId ?? (stored[0] || null);
  const name = byId ? value : (stored[1] ?? (value || 'Laporan PPID'));
  const owner = !byId || byId === stored[0] ? String(stored[2] ?? '') : '';
  if (!id) return { id: null, name, owner, reachable: false };
  return { id, name, owner, reachable: withDrive(() => folderAnswers(id)) };
}

/**
 * The folder the officer picked, checked: it must be the unit's folder, and answer now. Returns
 * its name in Drive. Refusals: `folderPick.err.none` (no folder yet), `folderPick.err.other` (another
 * folder was picked: nothing is stored), `folderPick.err.notGranted` (it still does not answer).
 */
export function confirmPickedFolder(setting: string, pickedId: string, pickedName: string): string {
  const unit = unitFolder(setting);
  if (!unit.id) throw new UserError('folderPick.err.none');
  const owner = unit.owner || '?';
  if (String(pickedId ?? '') !== unit.id)
    throw new UserError('folderPick.err.other', { picked: String(pickedName || pickedId || ''), name: unit.name });
  return withDrive(() => {
    try {
      const f = drive().Files!.get(unit.id!, { ...ALL_DRIVES, fields: 'id,name,trashed' });
      if (f.trashed) throw new Error('trashed');
      return String(f.name ?? unit.name);
    } catch (err) {
      if (err instanceof UserError) throw err;
      if (driveDisabledError(err)) throw new UserError('err.driveDisabled');
      throw new UserError('folderPick.err.notGranted', { name: unit.name, owner });
    }
  });
}
