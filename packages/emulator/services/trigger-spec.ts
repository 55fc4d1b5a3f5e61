// What the emulator keeps of one installable trigger: shared by ScriptApp (script.ts), which makes
// and lists triggers, and the clock (clock.ts), which decides when time-driven ones fire.

export interface TriggerSpec {
  id: string;
  handler: string;
  eventType: string;
  source: string;
  sourceId: string | null;
  schedule: Record<string, unknown>;
  /** The Google account that created it: it runs as that account and only that account sees it. */
  owner: string;
  /** The document the add-on was used in when the trigger was created (null outside one). */
  documentId: string | null;
  created: Date;
  /** Time-driven triggers: when the clock fires it next (ms since epoch); null once spent. */
  nextRun: number | null;
}
