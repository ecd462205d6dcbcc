#!/usr/bin/env node
// Writes src/privacy/cldr_words.txt: capitalised words the PERSON detector reads as no name
// word, from the Unicode CLDR as Node.js's ICU ships it (`Intl`; Node 20.20.2: ICU 78.2,
// CLDR 48), in the six languages the detector reads (en, de, fr, es, pt, it):
//
// - months and weekdays (`Jeudi`, `Donnerstag`, `Sábado`, `Quinta-feira`): a run of name words
//   ends before one, as it already did before the English ones;
// - currency units, the words of CLDR's currency names that name no country or people
//   (`Dollar`, `Krone`, `Peso`, `Rupia`, `Yuan`; not `Solomon`, `Islands`, `Danish`): a run
//   holding one names a currency (`Solomon Islands Dollar`, `Danish Krone`), not a person.
//
// Left out: words of three letters or fewer, units that are also people's names (`Balboa`,
// `Mark`; NAMES_TOO below), words of CLDR's region names in the six
// languages (a currency is named after its country: `Hong Kong Dollar`), the words of
// src/privacy/nationalities.txt, and every word src/privacy/given_names.txt or surnames.txt
// lists (`Mai`, `Rand`, `Real` stay names where the lists know them).
//
// Usage (rewrites the file; the same Node.js version writes it byte for byte):
//   node tests/privacy/cldr_words.mjs

import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const LANGUAGES = ['en', 'de', 'fr', 'es', 'pt', 'it'];
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const PRIVACY = join(ROOT, 'src', 'privacy');

/** The words of a word-list file (whitespace-separated; `#` lines are comments). */
function listedWords(file) {
  return readFileSync(join(PRIVACY, file), 'utf8')
    .split('\n')
    .filter((line) => !line.startsWith('#'))
    .flatMap((line) => line.split(/\s+/))
    .filter(Boolean);
}

const capitalised = (word) => word.charAt(0).toLocaleUpperCase() + word.slice(1);
const wordsOf = (name) => name.match(/\p{L}+(?:[-'’]\p{L}+)*/gu) ?? [];

const listed = new Set(
  ['given_names.txt', 'surnames.txt', 'nationalities.txt'].flatMap(listedWords),
);

function calendarWords() {
  const words = new Set();
  for (const language of LANGUAGES) {
    for (const [option, dates] of [
      ['month', [...Array(12).keys()].map((month) => Date.UTC(2024, month, 15))],
      ['weekday', [...Array(7).keys()].map((day) => Date.UTC(2024, 0, 1 + day))],
    ]) {
      for (const context of ['format', 'standalone']) {
        const format = new Intl.DateTimeFormat(language, {
          [option]: 'long',
          timeZone: 'UTC',
          ...(context === 'standalone' ? {} : { day: 'numeric' }),
        });
        for (const date of dates) {
          const part = format.formatToParts(date).find((p) => p.type === option);
          for (const word of wordsOf(part.value)) words.add(capitalised(word));
        }
      }
    }
  }
  return words;
}

function currencyWords() {
  const regionWords = new Set();
  const regions = new Intl.DisplayNames(['en'], { type: 'region' });
  // Every two-letter region code CLDR names (AA..ZZ), in every language.
  const codes = [];
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) codes.push(String.fromCharCode(a, b));
  }
  for (const language of LANGUAGES) {
    const names = new Intl.DisplayNames([language], { type: 'region', fallback: 'none' });
    for (const code of codes) {
      if (regions.of(code) === code) continue;
      for (const word of wordsOf(names.of(code) ?? '')) regionWords.add(capitalised(word));
    }
  }
  const words = new Set();
  for (const language of LANGUAGES) {
    const names = new Intl.DisplayNames([language], { type: 'currency', fallback: 'none' });
    for (const code of Intl.supportedValuesOf('currency')) {
      // The unit is the head noun: last in English and German (`Solomon Islands Dollar`,
      // `Dänische Krone`, `Salomonen-Dollar`), first in the Romance languages (`couronne
      // danoise`, `dólar de las Islas Salomón`). Names with a parenthesis or a year are
      // historic or special (`Mexican Investment Unit`, `Special Drawing Rights`) and left out.
      const name = names.of(code) ?? '';
      if (!name || /[()\d]/.test(name)) continue;
      const nameWords = wordsOf(name);
      const romance = !['en', 'de'].includes(language);
      const head = romance ? nameWords[0] : nameWords[nameWords.length - 1].split('-').pop();
      const capital = capitalised(head);
      if (!regionWords.has(capital)) words.add(capital);
    }
  }
  return words;
}

// Units that are people's names too (currencies named after people: `Balboa`, `Bolívar`,
// `Colón`, `Córdoba`, `Lempira`, `Sucre`; ordinary words the name lists leave out on purpose:
// `Mark`, `Pound`, `Florin` and `Fiorino`, `Real`, `Lira`), and words of special or historic units that are
// ordinary words (`Gold`, `Rights`, `Nuevo`); months and weekdays that are surnames (`Bruno
// Mars`, `Ernesto Sabato`, `Mayo`).
const NAMES_TOO = new Set([
  'Mars', 'Mayo', 'Sabato', 'Corona',
  'Balboa', 'Bolívar', 'Colom', 'Colon', 'Colón', 'Córdoba', 'Lempira', 'Sucre', 'SUCRE', 'Mark',
  'Pound', 'Florin', 'Fiorino', 'Florín', 'Real', 'Réal', 'Lira', 'Libra', 'Franc', 'Escudo', 'Gold', 'Ouro', 'Rights',
  'Derechos', 'Direitos', 'Diritti', 'Droit', 'Sonderziehungsrechte', 'Nouveau', 'Novo', 'Nuevo',
  'Nuovo',
]);
const usable = (word) => word.length > 3 && !listed.has(word) && !NAMES_TOO.has(word);
const sorted = (words) => [...words].filter(usable).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
const wrapped = (words) => {
  const lines = [];
  let line = '';
  for (const word of words) {
    if (line && line.length + 1 + word.length > 96) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines.join('\n');
};

const calendar = sorted(calendarWords());
const currency = sorted(currencyWords()).filter((word) => !calendar.includes(word));
const header = `# Words the PERSON detector reads as no name word, from the Unicode CLDR (Unicode licence) as
# Node.js ${process.versions.node} ships it (ICU ${process.versions.icu}, CLDR ${process.versions.cldr}), in en, de, fr, es, pt, it, less
# listed given names, surnames and nationality words. Written by tests/privacy/cldr_words.mjs;
# do not edit by hand.`;
writeFileSync(
  join(PRIVACY, 'cldr_words.txt'),
  `${header}
# Months and weekdays: a run of name words ends before one.
${wrapped(calendar)}
# Currency units: a run holding one names a currency.
${wrapped(currency)}
`,
);
console.log(`${calendar.length} calendar words, ${currency.length} currency words`);
