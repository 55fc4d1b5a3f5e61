// MailApp: every message is recorded (MailApp._sent) instead of sent; recipients are checked and
// the daily quota counted per recipient, as Apps Script counts it. Quotas page: "Quotas are per
// user and reset 24 hours after the first request"; 100 recipients a day for a consumer account,
// 1,500 for a Google Workspace one (accounts.ts). getRemainingDailyQuota: "the number of remaining
// emails a user can send for the rest of the day". A trigger sends as its owner and spends theirs.
import { type Runtime, service } from '../runtime';
import { blobBytes } from '../blob';
import { gasError, isEmail, splitAddresses } from './common';
import type { DriveCore } from './drive-core';
import { MAIL_RECIPIENTS_PER_DAY } from '../accounts';

export interface SentMail {
  to: string[];
  cc: string[];
  bcc: string[];
  replyTo: string | null;
  subject: string;
  body: string;
  htmlBody: string | null;
  name: string | null;
  noReply: boolean;
  attachments: Array<{ name: string | null; contentType: string | null; bytes: Buffer }>;
  sentAt: Date;
}

/** A consumer account's daily recipients limit. */
export const DAILY_QUOTA = MAIL_RECIPIENTS_PER_DAY.consumer;
/**
 * Quotas page, "Current limitations" (consumer accounts): email body size 200 KB / msg, email
 * recipients per message 50 / msg. Whether the limit counts the text and the HTML part together
 * is not documented: the emulator counts both (the stricter reading). The error text is the one
 * public execution logs show ("Limit Exceeded: Email Body Size.").
 */
export const MAX_BODY_BYTES = 200 * 1024;
export const MAX_RECIPIENTS_PER_MESSAGE = 50;
const WINDOW_MS = 24 * 3600000;

interface QuotaWindow {
  used: number;
  /** When the user's first counted send of this window happened. */
  start: number;
}

export class MailApp {
  readonly _sent: SentMail[] = [];
  /** Each user's quota window. */
  readonly _quota = new Map<string, QuotaWindow>();
  /**
   * Recipients a day for every account, when set (tests lower it to make the quota run out);
   * null: each account's own, by its kind.
   */
  _quotaOverride: number | null = null;

  get _dailyQuota(): number {
    return this._quotaOverride ?? MAIL_RECIPIENTS_PER_DAY[this._rt.account().kind];
  }
  set _dailyQuota(n: number) {
    this._quotaOverride = n;
  }

  constructor(
    readonly _rt: Runtime,
    private readonly _core: DriveCore,
  ) {
    return service(_rt, 'MailApp', this);
  }

  sendEmail(...args: unknown[]): void {
    let msg: Record<string, unknown>;
    if (args.length === 1 && args[0] != null && typeof args[0] === 'object') {
      msg = { ...(args[0] as Record<string, unknown>) };
    } else if (args.length === 4 && typeof args[3] === 'string') {
      // sendEmail(recipient, replyTo, subject, body)
      msg = { to: args[0], replyTo: args[1], subject: args[2], body: args[3] };
    } else {
      msg = { ...((args[3] as Record<string, unknown>) ?? {}), to: args[0], subject: args[1], body: args[2] };
    }
    this._send(msg);
  }

  getRemainingDailyQuota(): number {
    return this._remaining;
  }

  /** The signed-in user's remaining recipients in their current window. */
  get _remaining(): number {
    const w = this._window();
    return w ? Math.max(0, this._dailyQuota - w.used) : this._dailyQuota;
  }

  /** Emulator-only: sets the signed-in user's remaining recipients (a new window starting now). */
  set _remaining(n: number) {
    this._quota.set(this._rt.userEmail, { used: this._dailyQuota - n, start: this._rt.now().getTime() });
  }

  _window(): QuotaWindow | null {
    const w = this._quota.get(this._rt.userEmail);
    if (!w) return null;
    if (this._rt.now().getTime() - w.start >= WINDOW_MS) {
      this._quota.delete(this._rt.userEmail);
      return null;
    }
    return w;
  }

  _send(msg: Record<string, unknown>): void {
    const to = splitAddresses(msg.to);
    const cc = splitAddresses(msg.cc);
    const bcc = splitAddresses(msg.bcc);
    const all = [...to, ...cc, ...bcc];
    if (!all.length) throw gasError('Failed to send email: no recipient');
    for (const a of all) if (!isEmail(a)) throw gasError(`Invalid email: ${a}`);
    if (msg.replyTo != null && msg.replyTo !== '' && !isEmail(String(msg.replyTo))) {
      throw gasError(`Invalid email: ${msg.replyTo}`);
    }
    const subject = msg.subject == null ? '' : String(msg.subject);
    if (subject.length > 250) throw gasError('Argument too large: subject');
    if (msg.body == null && msg.htmlBody == null) throw gasError('Invalid argument: body');
    if (all.length > MAX_RECIPIENTS_PER_MESSAGE) throw gasError('Limit Exceeded: Email Recipients Per Message.');
    const size =
      Buffer.byteLength(String(msg.body ?? ''), 'utf8') + Buffer.byteLength(String(msg.htmlBody ?? ''), 'utf8');
    if (size > MAX_BODY_BYTES) throw gasError('Limit Exceeded: Email Body Size.');
    if (this._remaining < all.length) throw gasError('Service invoked too many times for one day: email.');
    const raw = msg.attachments == null ? [] : msg.attachments;
    if (!Array.isArray(raw)) throw gasError('Invalid argument: attachments');
    const attachments = raw.map((a) => this._attachment(a));
    const w = this._window() ?? { used: 0, start: this._rt.now().getTime() };
    w.used += all.length;
    this._quota.set(this._rt.userEmail, w);
    this._sent.push({
      to,
      cc,
      bcc,
      replyTo: msg.replyTo == null || msg.replyTo === '' ? null : String(msg.replyTo),
      subject,
      body: msg.body == null ? '' : String(msg.body),
      htmlBody: msg.htmlBody == null ? null : String(msg.htmlBody),
      name: msg.name == null ? null : String(msg.name),
      noReply: !!msg.noReply,
      attachments,
      sentAt: this._rt.now(),
    });
  }

  _attachment(a: unknown): SentMail['attachments'][number] {
    const file = a as { _rec?: { id: string; isFolder: boolean } };
    if (file?._rec && !file._rec.isFolder) {
      // A Drive File is a BlobSource: it goes as its blob (a Google Doc as PDF).
      const rec = this._core.record(file._rec.id, false);
      const blob = this._core.render(rec, rec.render ? 'application/pdf' : rec.mimeType);
      return { name: blob._name, contentType: blob._contentType, bytes: blob._bytes };
    }
    const blob = a as { _name?: string | null; _contentType?: string | null };
    return { name: blob._name ?? null, contentType: blob._contentType ?? null, bytes: blobBytes(a) };
  }
}
