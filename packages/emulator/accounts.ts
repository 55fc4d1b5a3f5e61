// The Google accounts of the emulated office: each person is an account of their own, with the
// drive.file grants this app holds for them, their "My Drive", their quotas and whether the account
// still exists. What is shared between them (a spreadsheet, a folder) is in the Drive file table's
// sharing (runtime.ts, FileRecord); what is per person lives here.
//
// Sources for the rules (quoted in the package README, "Several accounts"):
// - drive.file is per user: "Per-file access to files created or opened by the app. File
//   authorization is granted on a per-user basis and is revoked when the user deauthorizes the
//   app" (Drive API scopes table, widely mirrored; the current page,
//   https://developers.google.com/drive/api/guides/about-auth, says "per-file access"). So a grant
//   is a (user, file) pair: the user made the file with this app, or picked it in the Picker.
// - Quotas page (https://developers.google.com/apps-script/guides/services/quotas): "Quotas are per
//   user and reset 24 hours after the first request"; consumer / Google Workspace: "Email
//   recipients per day 100 / 1,500", "Triggers total runtime 90 min / day / 6 hr / day".
// - Session reference (https://developers.google.com/apps-script/reference/base/session): the
//   active user's e-mail "is not available in any context that allows a script to run without that
//   user's authorization … However, these restrictions generally do not apply if the developer runs
//   the script themselves or belongs to the same Google Workspace domain as the user"; the effective
//   user under an installable trigger is "the account of the user who created the trigger".

/** A consumer (gmail.com and other personal) account, or one in a Google Workspace domain. */
export type AccountKind = 'consumer' | 'workspace';

export interface AccountOptions {
  email: string;
  kind?: AccountKind;
  /** Drive's About.user.displayName; default: the address's local part. */
  displayName?: string;
}

export interface Account {
  email: string;
  kind: AccountKind;
  /** The account's domain (the part after @). */
  domain: string;
  /** The account was deleted (an officer who left): it runs nothing, its triggers no longer fire. */
  deleted: boolean;
  /** Files this app may reach for this person under drive.file: made with the app, or picked. */
  grants: Set<string>;
  /** Folders picked in the Picker (the `picker-folder-grants-children` quirk extends them to their contents). */
  pickedFolders: Set<string>;
  /** The account's "My Drive" folder (made on first use). */
  rootId: string | null;
  /** Trigger runtime used in the current 24-hour window, and when the window started. */
  triggerRuntime: { usedMs: number; start: number } | null;
}

/** Daily e-mail recipients (MailApp), by account kind (Quotas page). */
export const MAIL_RECIPIENTS_PER_DAY: Record<AccountKind, number> = { consumer: 100, workspace: 1500 };
/** Daily total runtime of triggers, by account kind (Quotas page: 90 min / 6 h). */
export const TRIGGER_RUNTIME_PER_DAY_MS: Record<AccountKind, number> = {
  consumer: 90 * 60000,
  workspace: 6 * 3600000,
};
export const QUOTA_WINDOW_MS = 24 * 3600000;

/** The emulated accounts, made on first mention with the default kind. */
export class AccountBook {
  private readonly byEmail = new Map<string, Account>();

  constructor(
    /** The kind of an account nobody declared (default consumer: the stricter quotas). */
    public defaultKind: AccountKind = 'consumer',
  ) {}

  /** The account of an address (made when first seen). Addresses compare case-insensitively. */
  get(email: string): Account {
    const key = email.trim().toLowerCase();
    let a = this.byEmail.get(key);
    if (!a) {
      a = {
        email: email.trim(),
        kind: this.defaultKind,
        domain: key.split('@')[1] ?? '',
        deleted: false,
        grants: new Set(),
        pickedFolders: new Set(),
        rootId: null,
        triggerRuntime: null,
      };
      this.byEmail.set(key, a);
    }
    return a;
  }

  has(email: string): boolean {
    return this.byEmail.has(email.trim().toLowerCase());
  }

  /** Declares an account (its kind); an existing one keeps its grants. */
  add(opts: AccountOptions): Account {
    const a = this.get(opts.email);
    if (opts.kind) a.kind = opts.kind;
    a.deleted = false;
    return a;
  }

  all(): Account[] {
    return [...this.byEmail.values()];
  }
}
