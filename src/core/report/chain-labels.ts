// Row labels for the chain's keys (recap.json keeps the Indonesian keys; tables show words in the
// officer's language). Shared by the recap sheet and the report document.
import type { Lang } from '../types';
import { t } from '../i18n';
import { PASAL_17 } from '../law';

/** "Pasal 17 huruf b: hak kekayaan intelektual …" for a letter, the translated label otherwise. */
export function refusalLabel(key: string, lang: Lang): string {
  const letter = /^Pasal 17 huruf ([a-j])$/.exec(key);
  if (letter) {
    const p = PASAL_17.find((x) => x.letter === letter[1])!;
    return `${key}: ${lang === 'en' ? p.en : p.id}`;
  }
  const label = t(lang, `chain.reason.${key}`);
  return label === `chain.reason.${key}` ? key : label;
}

/**
 * A ground inside a sentence, without the table label's colon: "Pasal 17 huruf b (hak kekayaan
 * intelektual …)", "undang-undang lain". So "Alasan …: Pemberitahuan: …" cannot be written.
 */
export function refusalPhrase(key: string, lang: Lang): string {
  const letter = /^Pasal 17 huruf ([a-j])$/.exec(key);
  if (letter) {
    const p = PASAL_17.find((x) => x.letter === letter[1])!;
    return t(lang, 'say.ground.letter', { letter: letter[1], what: lang === 'en' ? p.en : p.id });
  }
  const phrase = t(lang, `say.ground.${key}`);
  return phrase === `say.ground.${key}` ? refusalLabel(key, lang) : phrase;
}

export function outcomeLabel(key: string, lang: Lang): string {
  const label = t(lang, `chain.outcome.${key}`);
  return label === `chain.outcome.${key}` ? key : label;
}

export function stageLabel(key: string, lang: Lang): string {
  const label = t(lang, `chain.stage.${key}`);
  return label === `chain.stage.${key}` ? key : label;
}

export function bucketLabel(key: string, lang: Lang, short = false): string {
  return t(lang, `chain.${short ? 'bucketShort' : 'bucket'}.${key}`);
}
