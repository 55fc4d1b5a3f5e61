// What a command's --out folder already holds that the run is about to replace (issue #23 item 11).
//
// The commands keep writing the fixed names the README documents (out/recap.json, out/report.pdf,
// …) rather than one folder per period: scripts and the demo rely on those paths, a period made
// again replaces its own files as "Buat Laporan" does in Drive, and a folder per period would still
// replace the same period's files without a word. What was missing is the word: before writing,
// the progress lines name every file an earlier run left there that this run replaces, and say
// which report recap.json was, loudly when it is another period's or another unit's.
import fs from 'node:fs';
import path from 'node:path';

export interface Replacing {
  /**
   * One progress line naming what is replaced, or null when the folder holds none of the files.
   * It starts with "warning:" when another report is replaced, and is meant to be printed as is.
   */
  line: string | null;
  /** True when recap.json there is another period's or unit's report than the one being made. */
  otherReport: boolean;
}

function describeRecap(file: string): { text: string; period: string; unit: string } | null {
  try {
    const r = JSON.parse(fs.readFileSync(file, 'utf8'));
    const period = `${r.period?.start}..${r.period?.end}`;
    const kind = Array.isArray(r.units) ? 'consolidated report' : 'report';
    const unit = typeof r.unit === 'string' ? r.unit : '';
    const made = typeof r.generatedAt === 'string' ? `, made ${r.generatedAt.slice(0, 16).replace('T', ' ')} UTC` : '';
    const whose = unit ? ` of "${unit}"` : ' without a unit name';
    return { text: `${kind}${whose} for ${period}, as of ${r.asOf}${made}`, period, unit };
  } catch (_) {
    return null;
  }
}

/**
 * The files among `names` (relative to `dir`; a name ending in "/" is a folder, counted by its
 * files) that exist already. `next`, for a report, is the period and unit being made, so replacing
 * another period's report is said as such.
 */
export function replacing(dir: string, names: string[], next?: { period: string; unit: string }): Replacing {
  const found: string[] = [];
  let recap: ReturnType<typeof describeRecap> = null;
  for (const n of names) {
    const p = path.join(dir, n);
    if (n.endsWith('/')) {
      const count = fs.existsSync(p) ? fs.readdirSync(p).length : 0;
      if (count) found.push(`${n} (${count} files)`);
    } else if (fs.existsSync(p)) {
      if (n === 'recap.json') recap = describeRecap(p);
      found.push(n === 'recap.json' && recap ? `recap.json (${recap.text})` : n);
    }
  }
  if (!found.length) return { line: null, otherReport: false };
  const otherReport = !!(recap && next && (recap.period !== next.period || recap.unit !== next.unit));
  const where = path.relative(process.cwd(), dir) || '.';
  const lead = otherReport
    ? `warning: ${where} holds another report, which this run replaces`
    : `      replacing what an earlier run left in ${where}`;
  return { line: `${lead}: ${found.join(', ')}; give --out DIR to keep it`, otherReport };
}
