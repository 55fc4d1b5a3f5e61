// Reading recap.json files made by any version of the add-on (the central PPID's consolidation,
// issue #16): the schema version, and v1's bare dispute count lifted into v2's object. The
// contract, key by key, is docs/recap-json.md.
import type { Recap } from '../types';
import { UNKNOWN } from '../register';

export const RECAP_SCHEMA_VERSION = 2;

/** A recap.json's schema version: its `schemaVersion`, or 1 when the key is absent. */
export function schemaVersionOf(json: unknown): number {
  const v = json && typeof json === 'object' ? (json as { schemaVersion?: unknown }).schemaVersion : undefined;
  return typeof v === 'number' && Number.isInteger(v) && v >= 1 ? v : 1;
}

/**
 * `disputes` as version 2 has it. Version 1 held a bare count (counted by the objection's date):
 * it becomes `{filed: n, decided: 0, byStage: {Tidak Diketahui: n}, byOutcome: {Tidak Diketahui: n}}`,
 * since a v1 register recorded neither stage nor outcome. Anything else reads as no dispute.
 */
export function disputesOf(json: unknown): Recap['disputes'] {
  const d = json && typeof json === 'object' ? (json as { disputes?: unknown }).disputes : undefined;
  if (typeof d === 'number' && Number.isFinite(d) && d >= 0) {
    return { filed: d, decided: 0, byStage: { [UNKNOWN]: d }, byOutcome: { [UNKNOWN]: d } };
  }
  if (d && typeof d === 'object') {
    const o = d as Partial<Recap['disputes']>;
    const num = (x: unknown) => (typeof x === 'number' && Number.isFinite(x) ? x : 0);
    const rec = (x: unknown): Record<string, number> =>
      x && typeof x === 'object' ? Object.fromEntries(Object.entries(x).map(([k, v]) => [k, num(v)])) : {};
    return { filed: num(o.filed), decided: num(o.decided), byStage: rec(o.byStage), byOutcome: rec(o.byOutcome) };
  }
  return { filed: 0, decided: 0, byStage: {}, byOutcome: {} };
}
