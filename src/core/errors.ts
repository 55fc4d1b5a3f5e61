// Errors an officer reads: an i18n key with parameters, and one short line for any other failure.
// Pure, so the adapters below the dialogs (sheets/, docs/) raise them without importing ui/.
import { t } from './i18n';
import type { Lang } from './types';

/** An error whose message is already fit for an officer (an i18n key plus parameters). */
export class UserError extends Error {
  constructor(
    readonly key: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(key);
    this.name = 'UserError';
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
