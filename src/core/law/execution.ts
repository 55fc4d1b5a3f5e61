// How the decisions on an objection or a dispute were carried out (pelaksanaan putusan), for the
// register and the annual report's dispute part (issue 23); the Komisi Informasi's own clock
// (UU 14/2008 Pasal 38) is in calendar/dispute-clock.ts.
//
// Source: the carrying out of the Atasan PPID's and the Komisi
// Informasi's decisions and the number of suits in court are items of the annual report's dispute
// part only in a derivative text (Peraturan Ombudsman 46/2020 Pasal 31 ayat (2) huruf c, after the
// older SLIP layout); Perki 1/2021 Pasal 56's own text was not found (docs/annual-report.md).
import { DISPUTE_OUTCOMES, OBJECTION_OUTCOMES } from './grounds';

/** The values of the two Pelaksanaan Putusan columns. */
export const EXECUTION_STATES = ['Dilaksanakan', 'Dilaksanakan Sebagian', 'Belum Dilaksanakan'];
/** A decision that calls for carrying out, with its Pelaksanaan column blank. */
export const NOT_RECORDED = 'Belum Dicatat';
/** The two states that need their date. */
export const EXECUTED_STATES: ReadonlySet<string> = new Set(['Dilaksanakan', 'Dilaksanakan Sebagian']);

/** The Atasan PPID's decisions that grant the request, in full or in part: the PPID must carry them out. */
export const OBJECTION_EXECUTABLE: ReadonlySet<string> = new Set(OBJECTION_OUTCOMES.filter((o) => o !== 'Ditolak'));
/** A mediation agreement, or a decision granting the request in full or in part. */
export const DISPUTE_EXECUTABLE: ReadonlySet<string> = new Set(
  DISPUTE_OUTCOMES.filter((o) => ['Kesepakatan Mediasi', 'Dikabulkan', 'Dikabulkan Sebagian'].includes(o)),
);

// biome-ignore format: a table laid out by hand, one entry per line
export const EXECUTION_SYNONYMS: Record<string, string> = {
  'sudah dilaksanakan': 'Dilaksanakan', 'telah dilaksanakan': 'Dilaksanakan', 'dilaksanakan seluruhnya': 'Dilaksanakan', 'carried out': 'Dilaksanakan',
  'sebagian dilaksanakan': 'Dilaksanakan Sebagian', 'partly carried out': 'Dilaksanakan Sebagian', 'carried out in part': 'Dilaksanakan Sebagian',
  'belum': 'Belum Dilaksanakan', 'belum dilaksanakan': 'Belum Dilaksanakan', 'tidak dilaksanakan': 'Belum Dilaksanakan', 'not carried out': 'Belum Dilaksanakan', 'not yet': 'Belum Dilaksanakan',
};
