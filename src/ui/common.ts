// Shared by the menu handlers: the officer's language, user-facing errors and progress toasts.
import { t } from '../core/i18n';
import type { Lang } from '../core/types';
import { messageOf } from '../core/errors';

/** The officer's language: English only when their Google account is set to English. */
export function userLang(): Lang {
  try {
    return String(Session.getActiveUserLocale() || '')
      .toLowerCase()
      .startsWith('en')
      ? 'en'
      : 'id';
  } catch (_) {
    return 'id';
  }
}

/** Runs a menu action and turns any failure into a short dialog instead of a stack trace. */
export function guarded<T>(action: () => T, handled?: (err: unknown) => boolean): T | undefined {
  try {
    return action();
  } catch (err) {
    // A refusal the caller answers with a dialog of its own (the folder to pick, #26) instead of an alert.
    if (handled?.(err)) return undefined;
    const lang = userLang();
    SpreadsheetApp.getUi().alert(t(lang, 'err.title'), messageOf(err, lang), SpreadsheetApp.getUi().ButtonSet.OK);
    return undefined;
  }
}

export function toast(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, lang: Lang, key: string): void {
  ss.toast(t(lang, key), t(lang, 'app.name'), 5);
}

/** Escapes text for HTML built on the server (dialog bodies). */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
