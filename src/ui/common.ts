// Shared by the menu handlers: the officer's language, user-facing errors and progress toasts.
import { t } from '../core/i18n';
import type { Lang } from '../core/types';

/** An error whose message is already fit for an officer (an i18n key plus parameters). */
export class UserError extends Error {
  constructor(readonly key: string, readonly params: Record<string, string | number> = {}) {
    super(key);
    this.name = 'UserError';
  }
}

/** The officer's language: English only when their Google account is set to English. */
export function userLang(): Lang {
  try {
    return String(Session.getActiveUserLocale() || '').toLowerCase().startsWith('en') ? 'en' : 'id';
  } catch (_) {
    return 'id';
  }
}

export function messageOf(err: unknown, lang: Lang): string {
  if (err instanceof UserError || (err && (err as Error).name === 'UserError')) {
    const e = err as UserError;
    return t(lang, e.key, e.params);
  }
  const raw = err && (err as Error).message ? (err as Error).message : String(err);
  if (/lock timeout|another process/i.test(raw)) return t(lang, 'err.locked');
  // One line, no stack: officers read this.
  return t(lang, 'err.generic', { message: raw.split('\n')[0].slice(0, 200) });
}

/** Runs a menu action and turns any failure into a short dialog instead of a stack trace. */
export function guarded<T>(action: () => T): T | undefined {
  try {
    return action();
  } catch (err) {
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
