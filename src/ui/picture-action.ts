// "Gambar Laporan": the officer uploads a picture once (base64 from the dialog, as the logo is);
// it is saved in the unit's report folder under drive.file, and its row (section, caption, period,
// file ID, who saved it) is appended to the Gambar Laporan sheet. Every report of its period then
// shows it in its section (issue #24 item 9). A refused file gets the officer's sentence.
import { t } from '../core/i18n';
import { messageOf, UserError } from '../core/errors';
import { checkPicture, pictureProblemLine, pictureSection, PICTURE_SECTIONS } from '../core/report';
import { settingsLang } from '../core/settings';
import { readSettings } from '../sheets/settings';
import { registerEditors } from '../sheets/workbook';
import { appendPictureRow } from '../sheets/pictures-sheet';
import { resolveFolder } from '../docs/files';
import { savePictureFile } from '../docs/pictures';
import { officerEmail } from '../platform/officer';
import { withOfficeLock } from '../platform/locks';
import { logActivity } from '../sheets/activity-log';
import { requireEditRights } from '../sheets/edit-rights';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface PictureUpload {
  name?: string;
  data?: string;
  section?: string;
  caption?: string;
  period?: string;
}

const EXT: Record<string, string> = { 'image/png': '.png', 'image/jpeg': '.jpg', 'image/gif': '.gif' };

/** Dialog call: checks and saves one picture, then lists it. Never throws. */
export function uploadPicture(ss: Spreadsheet, upload: PictureUpload): { ok: boolean; message: string; row?: number } {
  const settings = readSettings(ss);
  const lang = settingsLang(settings);
  try {
    const section = pictureSection(String(upload?.section ?? ''));
    if (!section)
      throw new UserError('pictures.upload.section', {
        sections: Object.values(PICTURE_SECTIONS)
          .map((s) => s[lang])
          .join(', '),
      });
    const bytes = Utilities.base64Decode(String(upload?.data ?? ''));
    // The type is the bytes', not what the browser says.
    const checked = checkPicture(bytes);
    if (!('info' in checked)) {
      if (checked.kind === 'notImage') throw new UserError('pictures.upload.type');
      return {
        ok: false,
        message: pictureProblemLine({ row: 0, kind: checked.kind, vars: checked.vars }, lang).replace(/^[^:]*: /, ''),
      };
    }
    const type = checked.info.contentType;
    const caption = String(upload?.caption ?? '')
      .trim()
      .slice(0, 300);
    const base =
      String(upload?.name ?? 'gambar')
        .replace(/\.[A-Za-z0-9]+$/, '')
        .slice(0, 80) || 'gambar';
    return withOfficeLock(() => {
      // Edit rights first: a viewer is refused before Drive is touched (nothing made in their Drive).
      requireEditRights(ss);
      const folder = resolveFolder(settings.values.reportFolder, { shareWith: () => registerEditors(ss) });
      const blob = Utilities.newBlob(bytes, type, `${base}${EXT[type]}`);
      const fileId = savePictureFile(folder, blob, `Gambar Laporan - ${base}${EXT[type]}`, type);
      const row = appendPictureRow(ss, lang, {
        section: PICTURE_SECTIONS[section][lang],
        caption,
        period: String(upload?.period ?? '').trim(),
        fileId,
        maker: officerEmail(),
      });
      // The record of who saved which picture (#26 item 4): its sheet row and file.
      logActivity(ss, lang, 'picture', `${PICTURE_SECTIONS[section][lang]} (${row})`, [fileId]);
      return { ok: true, message: t(lang, 'pictures.upload.saved', { row }), row };
    });
  } catch (err) {
    return { ok: false, message: messageOf(err, lang) };
  }
}

/** The dialog's strings and the section names, in the settings' language. */
export function pictureDialogOptions(ss: Spreadsheet): { strings: Record<string, string>; sections: string[] } {
  const lang = settingsLang(readSettings(ss));
  const keys = ['intro', 'l-file', 'l-section', 'l-caption', 'l-period', 'period-help', 'upload', 'noFile'];
  const strings: Record<string, string> = {};
  for (const k of keys) strings[`pictures.dialog.${k}`] = t(lang, `pictures.dialog.${k}`);
  return { strings, sections: Object.values(PICTURE_SECTIONS).map((s) => s[lang]) };
}
