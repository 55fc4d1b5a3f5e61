// An emulated Google kept between runs: the accounts, the Drive (files, folders, sharing,
// spreadsheets and documents), the properties, the triggers and the mail sent, saved to a folder
// and loaded again, so that an office's days can be played one command at a time.
//
// The folder:
//   state.json          accounts, Drive records, properties, triggers, clock, mail, the active spreadsheet
//   sheets/<id>.xlsx    each spreadsheet (exportXlsx), and sheets/<id>.json: what the xlsx does not
//                       keep (sheet IDs, protections, named ranges, locale and time zone)
//   docs/<id>.json      each Google Doc as its saved tree (docs-tree.ts), images in base64
//   files/<id>          the bytes of every other file (PDF, JSON, images)
// Not kept: charts (a spreadsheet's embedded charts come back as nothing; a report run makes them
// again), linked Google Forms, caches, locks (no execution outlives a run), unsaved document edits.
import fs from 'node:fs';
import path from 'node:path';
import type { Runtime, FileRecord } from './runtime';
import type { TriggerSpec } from './services/trigger-spec';
import type { DocTree } from './services/docs-tree';
import { exportXlsxBuffer } from './export/xlsx';
import { importXlsxBuffer } from './export/xlsx-import';
import { parseA1 } from './sheets/a1';

const VERSION = 1;
const SPREADSHEET = 'application/vnd.google-apps.spreadsheet';
const DOCUMENT = 'application/vnd.google-apps.document';

/** What of an Emulator the state reads and writes. */
export interface StateHost {
  rt: Runtime;
  services: any;
  setActiveSpreadsheet(ss: unknown): void;
}

interface SavedFile {
  id: string;
  name: string;
  mimeType: string;
  parents: string[];
  owner: string;
  editors: string[];
  viewers: string[];
  commenters: string[];
  access: string;
  permission: string;
  trashed: boolean;
  created: string;
  updated: string;
  description: string;
  isFolder: boolean;
  hasBytes: boolean;
}

interface SavedState {
  version: number;
  now: string;
  locale: string;
  timeZone: string;
  user: string;
  activeSpreadsheet: string | null;
  accounts: Array<{
    email: string;
    kind: string;
    deleted: boolean;
    grants: string[];
    pickedFolders: string[];
    rootId: string | null;
    triggerRuntime: { usedMs: number; start: number } | null;
    displayName: string | null;
  }>;
  files: SavedFile[];
  properties: {
    script: Record<string, string>;
    user: Record<string, Record<string, string>>;
    document: Record<string, Record<string, string>>;
  };
  triggers: Array<Omit<TriggerSpec, 'created'> & { created: string }>;
  needsAuthorization: string[];
  mail: { sent: unknown[]; quota: Record<string, { used: number; start: number }> };
}

interface SavedSheets {
  locale: string;
  timeZone: string;
  sheets: Array<{ name: string; id: number }>;
  protections: Array<{
    sheet: string;
    type: 'RANGE' | 'SHEET';
    a1: string | null;
    description: string;
    warningOnly: boolean;
    editors: string[];
    unprotected: string[];
  }>;
  namedRanges: Array<{ name: string; sheet: string; a1: string }>;
}

function a1Of(rect: { r1: number; c1: number; r2: number; c2: number }): string {
  const col = (n: number) => {
    let s = '';
    for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
    return s;
  };
  return `${col(rect.c1)}${rect.r1}:${col(rect.c2)}${rect.r2}`;
}

/** JSON with Buffers as base64 and Dates as ISO text. */
function toJson(v: unknown): string {
  return JSON.stringify(
    v,
    function (this: any, k, value) {
      const raw = this[k];
      if (Buffer.isBuffer(raw)) return { $b64: raw.toString('base64') };
      if (raw instanceof Date) return { $date: raw.toISOString() };
      return value;
    },
    1,
  );
}

function fromJson<T>(text: string): T {
  return JSON.parse(text, (_k, v) => {
    if (v && typeof v === 'object' && typeof v.$b64 === 'string') return Buffer.from(v.$b64, 'base64');
    if (v && typeof v === 'object' && typeof v.$date === 'string') return new Date(v.$date);
    return v;
  }) as T;
}

function sheetsSidecar(ss: any): SavedSheets {
  const impl = ss._impl();
  return {
    locale: impl._locale,
    timeZone: impl._tz,
    sheets: impl._sheetImpls().map((s: any) => ({ name: s._name, id: s._id })),
    protections: impl._protections
      .filter((p: any) => !p._removed)
      .map((p: any) => ({
        sheet: p._sheet._name,
        type: p._type,
        a1: p._anchor && !p._anchor.deleted ? a1Of(p._anchor.rect) : null,
        description: p._description,
        warningOnly: p._warningOnly,
        editors: [...p._editors],
        unprotected: p._unprotected.filter((a: any) => !a.deleted).map((a: any) => a1Of(a.rect)),
      })),
    namedRanges: impl._namedRangeList().map((n: any) => ({ name: n.name, sheet: n.sheet._name, a1: a1Of(n.rect) })),
  };
}

/** Saves the emulated Google into `dir` (made when missing; what was there before is replaced). */
export async function saveState(host: StateHost, dir: string): Promise<void> {
  const rt = host.rt;
  const s = host.services;
  for (const sub of ['sheets', 'docs', 'files']) {
    fs.rmSync(path.join(dir, sub), { recursive: true, force: true });
    fs.mkdirSync(path.join(dir, sub), { recursive: true });
  }
  const files: SavedFile[] = [];
  for (const rec of rt.files.values()) {
    const hasBytes = rec.bytes !== undefined && !rec.native;
    files.push({
      id: rec.id,
      name: rec.name,
      mimeType: rec.mimeType,
      parents: [...rec.parents],
      owner: rec.owner,
      editors: [...rec.editors],
      viewers: [...rec.viewers],
      commenters: [...rec.commenters],
      access: rec.access,
      permission: rec.permission,
      trashed: rec.trashed,
      created: rec.created.toISOString(),
      updated: rec.updated.toISOString(),
      description: rec.description,
      isFolder: rec.isFolder,
      hasBytes,
    });
    if (hasBytes) fs.writeFileSync(path.join(dir, 'files', rec.id), rec.bytes!);
    if (rec.mimeType === SPREADSHEET && rec.native) {
      const buf = await rt.uncounted(() => exportXlsxBuffer(rec.native));
      fs.writeFileSync(path.join(dir, 'sheets', `${rec.id}.xlsx`), buf);
      fs.writeFileSync(path.join(dir, 'sheets', `${rec.id}.json`), toJson(sheetsSidecar(rec.native)));
    }
    if (rec.mimeType === DOCUMENT && rec.native) {
      const tree = (rec.native as { saved: DocTree }).saved;
      fs.writeFileSync(path.join(dir, 'docs', `${rec.id}.json`), toJson(tree));
    }
  }
  const props = s.PropertiesService;
  const active = rt.activeSpreadsheet as { _id?: string } | null;
  const state: SavedState = {
    version: VERSION,
    now: rt.now().toISOString(),
    locale: rt.locale,
    timeZone: rt.timeZone,
    user: rt.userEmail,
    activeSpreadsheet: active?._id ?? null,
    accounts: rt.accounts.all().map((a) => ({
      email: a.email,
      kind: a.kind,
      deleted: a.deleted,
      grants: [...a.grants],
      pickedFolders: [...a.pickedFolders],
      rootId: a.rootId,
      triggerRuntime: a.triggerRuntime,
      displayName: rt.displayNames.get(a.email) ?? null,
    })),
    files,
    properties: {
      script: Object.fromEntries(props._script),
      user: Object.fromEntries(
        [...props._user].map(([k, m]: [string, Map<string, string>]) => [k, Object.fromEntries(m)]),
      ),
      document: Object.fromEntries(
        [...props._document].map(([k, m]: [string, Map<string, string>]) => [k, Object.fromEntries(m)]),
      ),
    },
    triggers: (s.ScriptApp._triggers as TriggerSpec[]).map((t) => ({ ...t, created: t.created.toISOString() })),
    needsAuthorization: [...s.ScriptApp._needsAuthorization],
    mail: { sent: s.MailApp._sent, quota: Object.fromEntries(s.MailApp._quota) },
  };
  fs.writeFileSync(path.join(dir, 'state.json'), toJson(state));
}

/** Whether a folder holds a saved emulated Google. */
export function hasState(dir: string): boolean {
  return fs.existsSync(path.join(dir, 'state.json'));
}

/** What a saved state says about itself before it is loaded (the clock, the last user). */
export function peekState(dir: string): { now: string; user: string; locale: string; timeZone: string } {
  const s = fromJson<SavedState>(fs.readFileSync(path.join(dir, 'state.json'), 'utf8'));
  return { now: s.now, user: s.user, locale: s.locale, timeZone: s.timeZone };
}

/**
 * Loads a saved Google into a fresh emulator (made by the caller with the saved locale and zone):
 * its own empty spreadsheet and My Drive give way to the saved ones.
 */
export async function loadState(host: StateHost, dir: string): Promise<void> {
  const rt = host.rt;
  const s = host.services;
  const state = fromJson<SavedState>(fs.readFileSync(path.join(dir, 'state.json'), 'utf8'));
  if (state.version !== VERSION)
    throw new Error(`emulator state ${dir}: version ${state.version}, expected ${VERSION}`);
  rt.files.clear();
  for (const a of state.accounts) {
    const acc = rt.addAccount({ email: a.email, kind: a.kind as 'consumer' | 'workspace' });
    acc.deleted = a.deleted;
    acc.grants = new Set(a.grants);
    acc.pickedFolders = new Set(a.pickedFolders);
    acc.rootId = a.rootId;
    acc.triggerRuntime = a.triggerRuntime;
    if (a.displayName) rt.displayNames.set(a.email, a.displayName);
  }
  const sheets: Array<{ rec: FileRecord; saved: SavedFile }> = [];
  for (const f of state.files) {
    const rec: FileRecord = {
      id: f.id,
      name: f.name,
      mimeType: f.mimeType,
      parents: f.parents,
      owner: f.owner,
      editors: new Set(f.editors),
      viewers: new Set(f.viewers),
      commenters: new Set(f.commenters),
      access: f.access,
      permission: f.permission,
      trashed: f.trashed,
      created: new Date(f.created),
      updated: new Date(f.updated),
      description: f.description,
      isFolder: f.isFolder,
    };
    if (f.hasBytes) rec.bytes = fs.readFileSync(path.join(dir, 'files', f.id));
    if (f.mimeType === SPREADSHEET) {
      sheets.push({ rec, saved: f });
      continue;
    }
    rt.files.set(rec.id, rec);
    if (f.mimeType === DOCUMENT) {
      const file = path.join(dir, 'docs', `${f.id}.json`);
      if (fs.existsSync(file)) s.DocumentApp._restore(rec, fromJson<DocTree>(fs.readFileSync(file, 'utf8')));
    }
  }
  for (const { rec, saved } of sheets) await restoreSpreadsheet(rt, dir, rec, saved);
  const props = s.PropertiesService;
  props._script.clear();
  for (const [k, v] of Object.entries(state.properties.script)) props._script.set(k, v);
  props._user.clear();
  for (const [email, m] of Object.entries(state.properties.user)) props._user.set(email, new Map(Object.entries(m)));
  props._document.clear();
  for (const [id, m] of Object.entries(state.properties.document)) props._document.set(id, new Map(Object.entries(m)));
  const triggers = s.ScriptApp._triggers as TriggerSpec[];
  triggers.length = 0;
  for (const t of state.triggers) triggers.push({ ...t, created: new Date(t.created) });
  s.ScriptApp._needsAuthorization.clear();
  for (const e of state.needsAuthorization) s.ScriptApp._needsAuthorization.add(e);
  s.MailApp._sent.length = 0;
  s.MailApp._sent.push(...(state.mail.sent as unknown[]));
  s.MailApp._quota.clear();
  for (const [k, v] of Object.entries(state.mail.quota)) s.MailApp._quota.set(k, v);
  const active = state.activeSpreadsheet ? rt.files.get(state.activeSpreadsheet) : undefined;
  host.setActiveSpreadsheet(active?.native ?? null);
}

async function restoreSpreadsheet(rt: Runtime, dir: string, rec: FileRecord, saved: SavedFile): Promise<void> {
  const xlsx = path.join(dir, 'sheets', `${rec.id}.xlsx`);
  const side = fromJson<SavedSheets>(fs.readFileSync(path.join(dir, 'sheets', `${rec.id}.json`), 'utf8'));
  const proxy = await rt.uncounted(() =>
    importXlsxBuffer(fs.readFileSync(xlsx), rt, saved.name, {
      id: rec.id,
      locale: side.locale,
      timeZone: side.timeZone,
    }),
  );
  const impl = proxy._impl();
  // The import made a record of its own: the saved one (owner, sharing, dates) takes its place.
  const made = rt.files.get(rec.id)!;
  Object.assign(made, { ...rec, native: made.native, render: made.render });
  impl._file.owner = rec.owner;
  rt.uncounted(() => {
    const byName = new Map<string, any>(impl._sheetImpls().map((sh: any) => [sh._name, sh]));
    let seq = impl._sheetImpls().length;
    for (const sh of side.sheets) {
      const live = byName.get(sh.name);
      if (!live) continue;
      (live as { _id: number })._id = sh.id;
      if (sh.id >= 100000000) seq = Math.max(seq, Math.round((sh.id - 100000000) / 7919));
    }
    (impl as { _sheetSeq: number })._sheetSeq = seq + 1;
    for (const p of side.protections) {
      const sheet = byName.get(p.sheet);
      if (!sheet) continue;
      const prot = p.type === 'SHEET' ? sheet._self.protect() : sheet._self.getRange(p.a1!).protect();
      prot.setDescription(p.description).setWarningOnly(p.warningOnly);
      prot._editors = new Set(p.editors);
      if (p.type === 'SHEET' && p.unprotected.length)
        prot.setUnprotectedRanges(p.unprotected.map((a) => sheet._self.getRange(a)));
    }
    for (const n of side.namedRanges) {
      const sheet = byName.get(n.sheet);
      if (sheet && parseA1(n.a1)) proxy.setNamedRange(n.name, sheet._self.getRange(n.a1));
    }
  });
}
