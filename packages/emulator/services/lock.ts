// LockService with real contention between emulated executions. A lock belongs to the execution
// that took it (rt.execution) and is freed by releaseLock or when that execution ends. The
// emulator runs one thing at a time, so a caller that would have to wait instead sees the wait
// elapse on the emulated clock and then gets Apps Script's answer (false, or the timeout error).
// An execution that runs elsewhere (another officer's report on their own computer) is modelled by
// `_holdElsewhere(kind, ms)`: the lock is held until the emulated clock reaches the release time,
// and a caller whose timeout reaches that far waits until then and gets it ("Attempts to acquire
// the lock, timing out after the provided number of milliseconds":
// https://developers.google.com/apps-script/reference/lock/lock#tryLock(Integer)).
import { type Runtime, service } from '../runtime';
import { gasError } from './common';

interface LockState {
  holder: number | null;
  /** For a holder running elsewhere: the emulated time (ms) it releases the lock. */
  releaseAt?: number | null;
}

const MAX_WAIT_MS = 300000;

export class Lock {
  constructor(
    private readonly _rt: Runtime,
    readonly _state: LockState,
  ) {
    return service(_rt, 'Lock', this);
  }
  tryLock(timeoutInMillis: number): boolean {
    return this._acquire(timeoutInMillis);
  }
  waitLock(timeoutInMillis: number): void {
    if (!this._acquire(timeoutInMillis)) {
      throw gasError('Lock timeout: another process was holding the lock for too long.');
    }
  }
  hasLock(): boolean {
    return this._state.holder === this._rt.execution;
  }
  releaseLock(): void {
    if (this._state.holder === this._rt.execution) this._state.holder = null;
  }
  _acquire(timeoutInMillis: number): boolean {
    const ms = Number(timeoutInMillis);
    if (!Number.isFinite(ms) || ms < 0) throw gasError('Invalid argument: timeoutInMillis');
    const s = this._state;
    const now = this._rt.now().getTime();
    if (s.releaseAt != null && s.releaseAt <= now) {
      s.holder = null;
      s.releaseAt = null;
    }
    if (s.holder === null || s.holder === this._rt.execution) {
      s.holder = this._rt.execution;
      return true;
    }
    const wait = Math.min(ms, MAX_WAIT_MS);
    if (s.releaseAt != null && s.releaseAt - now <= wait) {
      this._rt.advance(s.releaseAt - now);
      s.holder = this._rt.execution;
      s.releaseAt = null;
      return true;
    }
    this._rt.advance(wait);
    return false;
  }
}

export class LockService {
  readonly _script: LockState = { holder: null };
  readonly _users = new Map<string, LockState>();
  readonly _documents = new WeakMap<object, LockState>();
  readonly _all = new Set<LockState>([this._script]);
  private _elsewhere = 0;

  constructor(readonly _rt: Runtime) {
    _rt.endOfExecution.push((execution) => {
      for (const s of this._all) if (s.holder === execution) s.holder = null;
    });
    return service(_rt, 'LockService', this);
  }
  /**
   * Test helper: an execution running elsewhere takes the document lock of the active
   * spreadsheet (or the script lock) now and releases it `ms` later on the emulated clock.
   */
  _holdElsewhere(kind: 'document' | 'script', ms: number): void {
    const s = kind === 'script' ? this._script : this._documentState();
    if (!s) throw new Error('no document lock to hold here');
    this._elsewhere -= 1;
    s.holder = this._elsewhere;
    s.releaseAt = this._rt.now().getTime() + ms;
  }
  getScriptLock(): any {
    return new Lock(this._rt, this._script);
  }
  getUserLock(): any {
    let s = this._users.get(this._rt.userEmail);
    if (!s) {
      s = { holder: null };
      this._users.set(this._rt.userEmail, s);
      this._all.add(s);
    }
    return new Lock(this._rt, s);
  }
  /**
   * Null outside a container-bound context, as the reference says (LockService.getDocumentLock:
   * "If this method is called outside of the context of a containing document (such as from a
   * standalone script or webapp), null is returned"). Whether an editor add-on's menu call counts
   * as inside is not documented: the `no-document-lock` quirk makes it null there too.
   */
  getDocumentLock(): any {
    if (this._rt.quirk('no-document-lock')) return null;
    const s = this._documentState();
    return s ? new Lock(this._rt, s) : null;
  }
  private _documentState(): LockState | null {
    const container = this._rt.activeSpreadsheet ?? this._rt.activeDocument;
    if (!container || typeof container !== 'object') return null;
    let s = this._documents.get(container);
    if (!s) {
      s = { holder: null };
      this._documents.set(container, s);
      this._all.add(s);
    }
    return s;
  }
}
