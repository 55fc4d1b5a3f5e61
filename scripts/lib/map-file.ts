// --map FILE.json for the commands that set a register up (report, letter): read and checked once.
import fs from 'node:fs';
import path from 'node:path';
import { CliError } from '../runner';
import { readTextFile } from './text-file';

/** --map FILE.json: {"headerRow": N, "columns": {"<register column>": "<source header>" | null}}. */
export function mapFile(file: string | undefined): Record<string, unknown> | undefined {
  if (!file) return undefined;
  const p = path.resolve(file);
  if (!fs.existsSync(p)) throw new CliError(`--map file not found: ${p}`);
  let json: unknown;
  try {
    json = JSON.parse(readTextFile(p));
  } catch (err) {
    throw new CliError(`--map ${path.basename(p)} is not valid JSON: ${(err as Error).message.split('\n')[0]}`);
  }
  if (!json || typeof json !== 'object' || Array.isArray(json))
    throw new CliError(
      `--map ${path.basename(p)} must hold an object like {"headerRow": 1, "columns": {"Tanggal Permohonan": "Tanggal"}}`,
    );
  return json as Record<string, unknown>;
}
