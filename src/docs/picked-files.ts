// Reading the recap files the officer picked in the Google Picker, and what the Picker needs.
//
// Scope: drive.file reaches "only the specific Google Drive files you use with this app": the
// files the add-on created and the files the user opened with it through the Picker. The Picker
// grants that access when it is built with the Cloud project number (PickerBuilder.setAppId: "This
// is required for the https://www.googleapis.com/auth/drive.file scope",
// https://developers.google.com/workspace/drive/picker/reference/picker.pickerbuilder.setappid) and
// the user's token (PickerBuilder.setOAuthToken, fed by ScriptApp.getOAuthToken(), which carries
// the manifest's scopes and no more: https://developers.google.com/apps-script/reference/script/script-app#getoauthtoken).
// So no wider Drive scope is needed, and the add-on can read nothing the officer did not pick.
//
// Content: Drive API v3 files.get with alt=media returns a blob file's content
// (https://developers.google.com/workspace/drive/api/guides/manage-downloads). What the Advanced
// Drive service hands back for it (a Blob, or the text) is not documented for Apps Script: both are
// read here, and the emulator can give either (quirk `drive-media-string`).

import { ALL_DRIVES, drive, withDrive } from './drive';

/** Script properties the deployer sets once (README, "Consolidation: the Google Picker"). */
export const PICKER_KEY_PROPERTY = 'PICKER_DEVELOPER_KEY';
export const PICKER_APP_ID_PROPERTY = 'PICKER_PROJECT_NUMBER';

export interface PickerConfig {
  /** False when the deployer has not set the developer key or the project number. */
  ready: boolean;
  developerKey: string;
  appId: string;
  token: string;
}

export function pickerConfig(): PickerConfig {
  const props = PropertiesService.getScriptProperties();
  const developerKey = String(props.getProperty(PICKER_KEY_PROPERTY) ?? '').trim();
  const appId = String(props.getProperty(PICKER_APP_ID_PROPERTY) ?? '').trim();
  // A project number is digits only; anything else would make the Picker grant nothing.
  const ready = developerKey !== '' && /^\d+$/.test(appId);
  return {
    ready,
    developerKey: ready ? developerKey : '',
    appId: ready ? appId : '',
    token: ready ? ScriptApp.getOAuthToken() : '',
  };
}

/**
 * The text of a picked file: one Drive call. Throws when Drive refuses or the file is gone (a
 * file not granted through the Picker answers like a missing one under drive.file); a Drive
 * service switched off becomes the officer's sentence (err.driveDisabled).
 */
export function readPickedFile(id: string): string {
  return withDrive(() => mediaText(drive().Files!.get(id, { alt: 'media', ...ALL_DRIVES }) as unknown));
}

function mediaText(v: unknown): string {
  if (typeof v === 'string') return v;
  const blob = v as { getDataAsString?: (charset?: string) => string } | null;
  if (blob && typeof blob.getDataAsString === 'function') return blob.getDataAsString('UTF-8');
  if (Array.isArray(v)) return Utilities.newBlob(v as number[]).getDataAsString('UTF-8');
  throw new Error('Drive returned no file content');
}
