// FILE.settings.json beside a register: the settings sheet's values as an officer would type them
// (labels → values, plus "media" and "entries" rows). Read in the encoding it was saved in.
import fs from 'node:fs';
import path from 'node:path';
import { CliError } from '../runner';
import { readTextFile } from './text-file';
import type { DipFile } from './dip-file';
import type { PictureEntry } from './pictures-file';

const stderr = (line: string) => process.stderr.write(`${line}\n`);

/** A settings JSON file read and checked: an object, else one line naming the file. */
export function readSettingsFile(file: string, say: (line: string) => void = stderr): Record<string, unknown> {
  let json: unknown;
  try {
    json = JSON.parse(readTextFile(file, say));
  } catch (err) {
    throw new CliError(`${path.basename(file)} is not valid JSON: ${(err as Error).message.split('\n')[0]}`);
  }
  if (!json || typeof json !== 'object' || Array.isArray(json))
    throw new CliError(`${path.basename(file)} must hold an object like {"Nama Unit": "…", "Kota": "…"}`);
  return json as Record<string, unknown>;
}

/** The register's FILE.settings.json when there is one. */
export function sidecarSettings(input: string, say?: (line: string) => void): Record<string, unknown> | undefined {
  const file = input.replace(/\.(csv|xlsx)$/i, '.settings.json');
  return file !== input && fs.existsSync(file) ? readSettingsFile(file, say) : undefined;
}

/** The sidecar's file name for a register, for messages ("put Kota in reg.settings.json"). */
export function sidecarName(input: string): string {
  return `${path.basename(input).replace(/\.(csv|xlsx)$/i, '')}.settings.json`;
}

/** The register's FILE.dip.json when there is one, checked to be an object of lists of objects. */
export function dipSidecar(input: string, say?: (line: string) => void): DipFile | undefined {
  const file = input.replace(/\.(csv|xlsx)$/i, '.dip.json');
  if (file === input || !fs.existsSync(file)) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(readTextFile(file, say));
  } catch (err) {
    throw new CliError(`${path.basename(file)} is not valid JSON: ${(err as Error).message.split('\n')[0]}`);
  }
  const ok =
    json &&
    typeof json === 'object' &&
    !Array.isArray(json) &&
    Object.values(json).every(
      (l) => Array.isArray(l) && l.every((e) => e && typeof e === 'object' && !Array.isArray(e)),
    );
  if (!ok) throw new CliError(`${path.basename(file)} must hold {"Daftar Informasi Publik": [{"Nomor": "…", …}], …}`);
  return json as DipFile;
}

const PICTURES_INDEX = 'gambar.json';

/** The register's FILE.pictures/gambar.json when there is one, checked. */
export function picturesSidecar(input: string): PictureEntry[] | undefined {
  const dir = input.replace(/\.(csv|xlsx)$/i, '.pictures');
  const index = path.join(dir, PICTURES_INDEX);
  if (dir === input || !fs.existsSync(index)) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(index, 'utf8'));
  } catch (err) {
    throw new CliError(
      `${path.basename(dir)}/${PICTURES_INDEX} is not valid JSON: ${(err as Error).message.split('\n')[0]}`,
    );
  }
  if (!Array.isArray(json) || !json.every((e) => e && typeof e === 'object' && typeof e.Berkas === 'string'))
    throw new CliError(
      `${path.basename(dir)}/${PICTURES_INDEX} must hold [{"Bagian": "…", "Keterangan Gambar": "…", "Berkas": "x.png"}, …]`,
    );
  return json.map((e: Record<string, unknown>) => {
    const file = path.resolve(dir, String(e.Berkas));
    if (!fs.existsSync(file))
      throw new CliError(`${path.basename(dir)}/${PICTURES_INDEX}: no file ${String(e.Berkas)}`);
    return {
      section: String(e.Bagian ?? ''),
      caption: String(e['Keterangan Gambar'] ?? ''),
      period: String(e.Periode ?? ''),
      file,
    };
  });
}
