// Installable triggers the add-on keeps one of per spreadsheet (the daily reminder's clock trigger;
// the Form intake's form-submit trigger), with who owns it. Reusable: a feature describes its
// trigger with a ManagedTrigger and calls install / remove / state / claimRun.
//
// What Google says, and why the code is shaped this way:
// - "Installable triggers always run under the account of the person who created them" and an
//   account "can't see triggers installed from a second account" (Installable triggers guide,
//   Restrictions). So the spreadsheet must remember who owns its trigger: the document properties
//   hold {uid, owner, since, config}, and only the owner can delete the trigger itself. Another
//   officer is told whose it is and asked to turn to them.
// - "Each add-on can only have one trigger of each type, per user, per document" (Editor add-on
//   triggers, Restrictions): a second create() by the same officer in the same spreadsheet fails,
//   so a leftover must be found and removed first. The officer's user properties index their own
//   triggers by spreadsheet, since getProjectTriggers() of an add-on may list the officer's
//   triggers of other spreadsheets too, which must never be touched.
// - Two officers at once: install and remove run under the document lock and re-read the record
//   inside it, so the second one sees the first one's trigger. Where no document lock can be had
//   (an open question: getDocumentLock() may return null; the `no-document-lock` quirk), the
//   script lock is taken instead (officeLock); and
//   whatever happens, a trigger that fires without being the recorded one deletes itself and does
//   nothing (claimRun), so at most one trigger ever acts for a spreadsheet.
// - A fault between creating the trigger and recording it deletes the new trigger again: nothing
//   is left half-made.
// Scopes: ScriptApp needs script.scriptapp; the officer's address comes from Drive's About.get,
// allowed under drive.file, so no userinfo.email scope is needed.
import { UserError } from '../core/errors';
import { officeLock, withOfficeLock } from '../platform/locks';
import { currentOfficer, type Officer } from '../platform/officer';

export { currentOfficer, type Officer };

type Trigger = GoogleAppsScript.Script.Trigger;
type TriggerBuilder = GoogleAppsScript.Script.TriggerBuilder;

/** How a feature describes its trigger. */
export interface ManagedTrigger {
  /** Short stable name, part of the property keys ("dailyReminder", "formIntake"). */
  key: string;
  /** The bundle's global function the trigger calls. */
  handler: string;
  /** Builds and creates the trigger from ScriptApp.newTrigger(handler) and the feature's config. */
  build(builder: TriggerBuilder, config: Record<string, unknown>): Trigger;
  /**
   * When the owner's trigger has not reported a run for this long, another officer may take it
   * over (the owner left, or their authorisation lapsed). Omit for triggers without a rhythm.
   */
  staleAfterMs?: number;
  /**
   * A feature's own test of a dead trigger, for triggers without a rhythm (the form trigger runs
   * only when someone submits): used instead of staleAfterMs when given.
   */
  stale?(record: TriggerRecord, lastRun: string | null, now: number): boolean;
}

/** What the spreadsheet remembers about its trigger. */
export interface TriggerRecord {
  uid: string;
  owner: Officer;
  /** ISO time of installation. */
  since: string;
  config: Record<string, unknown>;
}

export interface TriggerState {
  /** on: the trigger is installed (as far as this officer can tell); off: none. */
  on: boolean;
  record: TriggerRecord | null;
  /** The calling officer owns it. */
  mine: boolean;
  /** Another officer's trigger that stopped reporting runs: it may be taken over. */
  stale: boolean;
  /** ISO time of the trigger's last run, when it has run. */
  lastRun: string | null;
}

export type InstallOutcome = 'installed' | 'updated' | 'unchanged' | 'takenOver';

const LOCK_WAIT_MS = 10000;
const recordKey = (m: ManagedTrigger) => `ppid.trigger.${m.key}`;
const heartbeatKey = (m: ManagedTrigger) => `ppid.trigger.${m.key}.lastRun`;
const USER_INDEX = 'ppid.triggers';

function documentProperties(): GoogleAppsScript.Properties.Properties {
  const props = PropertiesService.getDocumentProperties();
  if (!props) throw new Error('no document: the trigger can only be managed from the spreadsheet');
  return props;
}

function readRecord(props: GoogleAppsScript.Properties.Properties, m: ManagedTrigger): TriggerRecord | null {
  const raw = props.getProperty(recordKey(m));
  if (!raw) return null;
  try {
    const r = JSON.parse(raw) as TriggerRecord;
    return r && typeof r.uid === 'string' && r.owner && typeof r.owner.email === 'string' ? r : null;
  } catch (_) {
    return null;
  }
}

function sameOfficer(a: Officer, b: Officer): boolean {
  return !!a.email && a.email.toLowerCase() === b.email.toLowerCase();
}

function isStale(m: ManagedTrigger, record: TriggerRecord, lastRun: string | null, now: number): boolean {
  if (m.stale) return m.stale(record, lastRun, now);
  if (!m.staleAfterMs) return false;
  const seen = Date.parse(lastRun ?? record.since);
  return Number.isFinite(seen) && now - seen > m.staleAfterMs;
}

/** The calling officer's own trigger with this unique id, if it still exists. */
function ownTrigger(uid: string): Trigger | null {
  for (const t of ScriptApp.getProjectTriggers()) if (t.getUniqueId() === uid) return t;
  return null;
}

/** The officer's index of their own triggers, by spreadsheet and feature. */
function userIndex(): { props: GoogleAppsScript.Properties.Properties; index: Record<string, string> } {
  const props = PropertiesService.getUserProperties();
  let index: Record<string, string> = {};
  try {
    index = JSON.parse(props.getProperty(USER_INDEX) || '{}') ?? {};
  } catch (_) {
    index = {};
  }
  return { props, index };
}

function withLock<T>(fn: () => T): T {
  return withOfficeLock(fn, LOCK_WAIT_MS, 'trigger.locked');
}

function ownedByOther(record: TriggerRecord): UserError {
  return new UserError('trigger.ownedByOther', { name: record.owner.name, email: record.owner.email });
}

/** The spreadsheet's record of its trigger, if any (no lock: a read). */
export function recordedTrigger(m: ManagedTrigger): TriggerRecord | null {
  const props = PropertiesService.getDocumentProperties();
  return props ? readRecord(props, m) : null;
}

/** Where this spreadsheet's trigger stands, as seen by the calling officer. */
export function triggerState(m: ManagedTrigger, me: Officer = currentOfficer()): TriggerState {
  const props = documentProperties();
  const record = readRecord(props, m);
  const lastRun = props.getProperty(heartbeatKey(m));
  if (!record) return { on: false, record: null, mine: false, stale: false, lastRun: null };
  const mine = sameOfficer(record.owner, me);
  // Only the owner can see whether the trigger still exists; others trust the record.
  const on = mine ? ownTrigger(record.uid) !== null : true;
  const stale = !mine && isStale(m, record, lastRun, Date.now());
  return { on, record, mine, stale, lastRun };
}

/**
 * Turns the trigger on for this spreadsheet (once, whoever asks first). Refuses with the owner's
 * name when another officer's trigger is on. Re-creates the caller's own trigger when its config
 * changed (a new hour, say).
 */
export function installTrigger(
  m: ManagedTrigger,
  config: Record<string, unknown>,
  me: Officer = currentOfficer(),
): { outcome: InstallOutcome; record: TriggerRecord } {
  if (!me.email) throw new UserError('trigger.noAccount');
  const ssId = SpreadsheetApp.getActive().getId();
  return withLock(() => {
    const props = documentProperties();
    const record = readRecord(props, m);
    let takenOver = false;
    if (record && !sameOfficer(record.owner, me)) {
      if (!isStale(m, record, props.getProperty(heartbeatKey(m)), Date.now())) throw ownedByOther(record);
      takenOver = true;
    }
    const live = record && !takenOver ? ownTrigger(record.uid) : null;
    if (live && record && JSON.stringify(record.config) === JSON.stringify(config))
      return { outcome: 'unchanged' as const, record };

    const { props: userProps, index } = userIndex();
    const slot = `${ssId}:${m.key}`;
    let trigger: Trigger | null = null;
    let oldDeleted = false;
    try {
      // One trigger of a type per officer per spreadsheet: the old one goes before the new one.
      if (live) {
        ScriptApp.deleteTrigger(live);
        oldDeleted = true;
      }
      // A leftover of this officer's in this spreadsheet (recorded nowhere else) blocks create().
      const leftover = index[slot] && !(live && index[slot] === record?.uid) ? ownTrigger(index[slot]) : null;
      if (leftover) ScriptApp.deleteTrigger(leftover);
      trigger = m.build(ScriptApp.newTrigger(m.handler), config);
      const next: TriggerRecord = {
        uid: trigger.getUniqueId(),
        owner: { email: me.email, name: me.name },
        since: new Date().toISOString(),
        config,
      };
      index[slot] = next.uid;
      userProps.setProperty(USER_INDEX, JSON.stringify(index));
      props.deleteProperty(heartbeatKey(m));
      props.setProperty(recordKey(m), JSON.stringify(next));
      return {
        outcome: takenOver ? ('takenOver' as const) : live ? ('updated' as const) : ('installed' as const),
        record: next,
      };
    } catch (err) {
      // Nothing half-made: no trigger without a record, no record of a deleted trigger.
      if (trigger) ScriptApp.deleteTrigger(trigger);
      if (oldDeleted) props.deleteProperty(recordKey(m));
      throw err;
    }
  });
}

/** Turns the trigger off. Only its owner can (or anyone, once it has gone stale). */
export function removeTrigger(
  m: ManagedTrigger,
  me: Officer = currentOfficer(),
): { outcome: 'removed' | 'absent'; record: TriggerRecord | null } {
  return withLock(() => {
    const props = documentProperties();
    const record = readRecord(props, m);
    if (!record) return { outcome: 'absent' as const, record: null };
    const mine = sameOfficer(record.owner, me);
    if (!mine && !isStale(m, record, props.getProperty(heartbeatKey(m)), Date.now())) throw ownedByOther(record);
    if (mine) {
      const live = ownTrigger(record.uid);
      if (live) ScriptApp.deleteTrigger(live);
      const { props: userProps, index } = userIndex();
      const slot = `${SpreadsheetApp.getActive().getId()}:${m.key}`;
      if (index[slot]) {
        delete index[slot];
        userProps.setProperty(USER_INDEX, JSON.stringify(index));
      }
    }
    props.deleteProperty(recordKey(m));
    props.deleteProperty(heartbeatKey(m));
    return { outcome: 'removed' as const, record };
  });
}

/**
 * Called first by the trigger's handler: true when this firing is the spreadsheet's recorded
 * trigger, which then notes the run. Any other trigger (a leftover, a race lost, one turned off
 * elsewhere) deletes itself and the handler must do nothing.
 */
export function claimRun(m: ManagedTrigger, triggerUid: string | undefined): boolean {
  const props = PropertiesService.getDocumentProperties();
  if (!props) return false;
  const lock = officeLock();
  const locked = lock.tryLock(LOCK_WAIT_MS);
  try {
    const record = readRecord(props, m);
    if (!record || !triggerUid || record.uid !== triggerUid) {
      const self = triggerUid ? ownTrigger(triggerUid) : null;
      if (self) ScriptApp.deleteTrigger(self);
      return false;
    }
    props.setProperty(heartbeatKey(m), new Date().toISOString());
    return true;
  } finally {
    if (locked) lock.releaseLock();
  }
}

/**
 * Deletes the calling officer's own leftover trigger of this feature in this spreadsheet: one their
 * index still names but the spreadsheet no longer records (a colleague took it over, or turned a
 * stale one off). Only its owner can: "Gets all installable triggers associated with the current
 * project and current user" (ScriptApp.getProjectTriggers reference) and an account "can't see
 * triggers installed from a second account" (Installable triggers guide, Restrictions); an owner
 * whose account is gone never runs again, and their trigger never fires (it is harmless, and
 * claimRun makes a leftover that does fire delete itself). True when one was deleted.
 */
export function removeOwnLeftover(m: ManagedTrigger): boolean {
  const props = PropertiesService.getDocumentProperties();
  const ss = SpreadsheetApp.getActive();
  if (!props || !ss) return false;
  const { props: userProps, index } = userIndex();
  const slot = `${ss.getId()}:${m.key}`;
  const uid = index[slot];
  if (!uid) return false;
  const record = readRecord(props, m);
  if (record && record.uid === uid) return false;
  const leftover = ownTrigger(uid);
  if (leftover) ScriptApp.deleteTrigger(leftover);
  delete index[slot];
  userProps.setProperty(USER_INDEX, JSON.stringify(index));
  return !!leftover;
}
