#!/usr/bin/env node
// Writes tests/privacy/fakerjs_decoys_tune.jsonl and fakerjs_decoys_heldout.jsonl: decoy-only
// records (no personal data, so every finding is a false positive) from a fourth source,
// independent of the detectors, of generate_decoys.py (mimesis, its frames) and of
// generate_unseen.py (Python Faker, presidio-evaluator):
//
// - values: @faker-js/faker 10.6.0 (npm, MIT) in six locales (en, de, fr, es, pt_BR, it): dog,
//   cat and horse breeds, vehicles and makers, airports (many named after people: `Ninoy Aquino
//   International Airport`) and airlines, cities (faker-js builds many from given names:
//   `Quarto Rosalinda`, `João Lucas do Norte`, `Süd Annie`), countries, colours, dishes,
//   ingredients, fruits, products and departments, book titles, series and publishers, music
//   genres, chemical elements, units, currencies, time zones, months, weekdays, file names,
//   versions and everyday numbers;
// - frames: decoy_frames_fakerjs.json, 210 tool-call JSON and prose frames in those six
//   languages, written for this file by a helper session that was told what a decoy is and
//   never read the detectors' code (about a third put the values right after words that
//   often introduce people: `with`, `by`, `from:`, `cc`, `Dear`, `mit`, `par`, `por`, `da`).
//
// Split by frame: sha256("fakerjs-decoys:" + id) read as a number, frames whose value mod 3 is
// 0 are held out (about a third), and the held-out values come from another seed. Every record
// is {"text", "spans": [], "source": "decoy_tool" | "decoy_prose", "split", "locale", "frame"}
// (`roxy privacy eval` reads only text and spans). Score with
// `roxy privacy eval --phone-regions US,GB,DE,FR,ES,BR,IT,JP,IN,AU,SG FILE`.
//
// Usage (regenerates both files byte for byte):
//   npm pack @faker-js/faker@10.6.0 && mkdir fakerjs && tar xzf faker-js-faker-10.6.0.tgz -C fakerjs
//   node tests/privacy/generate_decoys_fakerjs.mjs fakerjs/package
// With `--extra-tune SEED OUT COUNT` after the directory it writes only OUT: COUNT more tuning
// records from the tuning frames with values of SEED (session 35: `--extra-tune 7207
// /tmp/fakerjs_decoys_tune2.jsonl 8000`, not committed).

import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const TUNE_SEED = 20261205;
const HELD_OUT_SEED = 51220612;
const TUNE_COUNT = 2000;
const HELD_OUT_COUNT = 1000;
const HERE = dirname(fileURLToPath(import.meta.url));

const fakerDir = process.argv[2];
if (!fakerDir) {
  console.error('usage: node generate_decoys_fakerjs.mjs FAKER_PACKAGE_DIR (the unpacked npm pack of @faker-js/faker@10.6.0)');
  process.exit(2);
}
const fakers = await import(pathToFileURL(join(resolve(fakerDir), 'dist', 'index.js')).href);
const FAKER_OF_LANG = {
  en: fakers.fakerEN,
  de: fakers.fakerDE,
  fr: fakers.fakerFR,
  es: fakers.fakerES,
  pt: fakers.fakerPT_BR,
  it: fakers.fakerIT,
};

// Values that name a person, real or fictional, are no decoys (a finding there is no false
// positive): book titles and series after their characters or authors, publishers and
// airports after their founders or namesakes. Read off faker-js 10.6.0's lists by hand.
const NAMES_SOMEONE = new Set([
  // book.title
  'Absalom, Absalom!', 'Adventures of Huckleberry Finn', "Alice's Adventures in Wonderland",
  'Anna Karenina', 'Anne of Green Gables', "Are You There God? It's Me, Margaret", 'Austerlitz',
  'Candide', 'Carmilla', 'Charlie and the Chocolate Factory', "Charlotte's Web", 'Clarissa',
  'David Copperfield', 'Don Quixote', 'Dora', 'Dr. Zhivago', 'Dracula', 'Emma', 'Faust',
  'Frankenstein', 'Hamlet', "Harry Potter and the Sorcerer's Stone", 'Herzog', 'I, Claudius',
  'Jane Eyre', 'Josefine Mutzenbacher', 'Jude the Obscure', 'Lolita', 'Lord Jim', 'Lucky Jim',
  'Madame Bovary', 'Malone Dies', 'Mrs. Dalloway', 'Nostromo', 'Oliver Twist',
  'Oscar and Lucinda', 'Peter Pan', "Portnoy's Complaint", 'Rabbit, Run', 'Robinson Crusoe',
  'Romeo and Juliet', 'Ruth Fielding in Alaska', 'Stories of Anton Chekhov', 'Sybil',
  "Tess of the d'Urbervilles", 'The Adventures of Augie March',
  'The Adventures of Huckleberry Finn', 'The Adventures of Sherlock Holmes',
  'The Adventures of Tom Sawyer', 'The Brief Wondrous Life of Oscar Wao',
  'The Brothers Karamazov', 'The Complete Works of Edgar Allen Poe',
  'The Master and Margarita', 'The Pickwick Papers', 'The Picture of Dorian Gray',
  'The Prime of Miss Jean Brodie', 'The Strange Case of Dr. Jekyll and Mr. Hyde',
  'The Works of Edgar Allan Poe', 'Tom Jones', 'Tristram Shandy', 'Ulysses',
  "Uncle Tom's Cabin", 'Winnie-the-Pooh',
  // book.title, pt_BR
  'A escrava Isaura', 'Dom Casmurro', 'Dona Flor e seus dois maridos', 'Gabriela, cravo e canela',
  'Iaiá Garcia', 'Iracema', 'Jubiabá', 'Lucíola', 'Macunaíma', 'Malagueta, Perus e Bacanaço',
  'Marília de Dirceu', 'Memorial de Aires', 'Memórias póstumas de Brás Cubas',
  'Memórias sentimentais de João Miramar', 'Quincas Borba', 'Senhora',
  'Triste fim de Policarpo Quaresma', 'Veronika decide morrer',
  // book.series
  'Ed Mort',
  'Colonel Race', 'Harry Potter', 'Hercule Poirot', 'Jane Austen Murder Mysteries',
  'Percy Jackson', 'Sherlock Holmes', 'Thursday Next Series',
  // book.publisher
  'Addison-Wesley', 'Allen Ltd', 'Andrews McMeel Publishing', 'Barrie & Jenkins',
  'Blackie and Son Limited', 'Bowes & Bowes', 'Boydell & Brewer', 'Burns & Oates',
  'Butterworth-Heinemann', 'Chambers Harrap', "Charles Scribner's Sons", 'Chatto and Windus',
  'D. Appleton & Company', 'D. Reidel', 'David & Charles', 'E. P. Dutton', 'Eerdmans Publishing',
  'Faber and Faber', 'Farrar, Straus & Giroux', "G. P. Putnam's Sons", 'George H. Doran Company',
  'George Newnes', 'George Routledge & Sons', 'Hackett Publishing Company', 'Hamish Hamilton',
  'Harper & Brothers', 'Harper & Row', 'HarperCollins', 'Harry N. Abrams, Inc.',
  'Harvill Press at Random House', 'Haynes Manuals', 'Hodder & Stoughton', 'Holt McDougal',
  'Ian Allan Publishing', 'J. M. Dent', 'Jarrolds Publishing', 'John Blake Publishing',
  'Kessinger Publishing', 'Kogan Page', 'Lion Hudson', 'Macmillan Publishers',
  'Marion Boyars Publishers', 'Mark Batty Publisher', 'Marshall Cavendish', 'Marshall Pickering',
  'Martinus Nijhoff Publishers', 'McClelland and Stewart', 'McFarland & Company',
  'McGraw Hill Financial', 'McGraw-Hill Education', 'Palgrave Macmillan', 'Papadakis Publisher',
  'Secker & Warburg', 'Shoemaker & Hoard Publishers', 'Shuter & Shooter Publishers',
  'Sidgwick & Jackson', 'Simon & Schuster', "St. Martin's Press", 'T & T Clark',
  'Taylor & Francis', 'Velazquez Press', 'Victor Gollancz Ltd', 'Ziff Davis Media',
  'Editora Martin Claret',
  // airline.airport
  'Adolfo Suarez Madrid-Barajas Airport', 'Aeroparque Jorge Newbery Airport',
  'Afonso Pena International Airport', 'Alfonso Bonilla Aragon International Airport',
  'Arturo Merino Benitez International Airport',
  'Belo Horizonte Tancredo Neves International Airport',
  'Brasilia-Presidente Juscelino Kubitschek International Airport',
  'Charles de Gaulle International Airport', 'Charlotte Douglas International Airport',
  'Chhatrapati Shivaji International Airport', "Chicago O'Hare International Airport",
  'Daniel K. Inouye International Airport', 'Eleftherios Venizelos International Airport',
  'Fortaleza Pinto Martins International Airport', 'George Bush Intercontinental Houston Airport',
  'Guarulhos - Governador Andre Franco Montoro International Airport',
  'Hartsfield-Jackson Atlanta International Airport', 'Houari Boumediene Airport',
  'Indira Gandhi International Airport', 'Jacksons International Airport',
  'John F Kennedy International Airport', 'Jorge Chavez International Airport',
  'Jose Maria Cordova International Airport', 'Josep Tarradellas Barcelona-El Prat Airport',
  'King Abdulaziz International Airport', 'Leonardo da Vinci-Fiumicino Airport',
  'McCarran International Airport', 'Ministro Pistarini International Airport',
  'Minneapolis-St Paul International/Wold-Chamberlain Airport',
  'Mohammed V International Airport', 'Murtala Muhammed International Airport',
  'Nairobi Jomo Kenyatta International Airport', 'Ninoy Aquino International Airport',
  'O. R. Tambo International Airport', 'Recife Guararapes-Gilberto Freyre International Airport',
  'Salgado Filho International Airport',
  'Salvador Deputado Luis Eduardo Magalhaes International Airport', 'Santos Dumont Airport',
  'Soekarno-Hatta International Airport', 'Sydney Kingsford Smith International Airport',
  'Toronto Pearson International Airport', 'Zhukovsky International Airport',
]);

/** A value of `make(f)` that names nobody: not listed above, and no dish after its cook
(faker-js makes `Alessandra's Special Kidney Beans` from a given name). */
function namingNobody(make) {
  return (f) => {
    for (;;) {
      const value = make(f);
      if (!NAMES_SOMEONE.has(value) && !/'s Special /.test(value)) return value;
    }
  };
}

/** One value of each slot kind, from faker `f`. */
const SLOTS = {
  dog_breed: (f) => f.animal.dog(),
  cat_breed: (f) => f.animal.cat(),
  horse_breed: (f) => f.animal.horse(),
  vehicle: (f) => f.vehicle.vehicle(),
  vehicle_maker: (f) => f.vehicle.manufacturer(),
  airport: namingNobody((f) => f.airline.airport().name),
  airline: (f) => f.airline.airline().name,
  city: (f) => f.location.city(),
  country: (f) => f.location.country(),
  colour: (f) => f.color.human(),
  dish: namingNobody((f) => f.food.dish()),
  ingredient: (f) => f.food.ingredient(),
  fruit: (f) => f.food.fruit(),
  product: (f) => f.commerce.productName(),
  department: (f) => f.commerce.department(),
  book_title: namingNobody((f) => f.book.title()),
  book_series: namingNobody((f) => f.book.series()),
  publisher: namingNobody((f) => f.book.publisher()),
  genre: (f) => f.music.genre(),
  element: (f) => f.science.chemicalElement().name,
  unit: (f) => f.science.unit().name,
  currency: (f) => f.finance.currencyName(),
  timezone: (f) => f.location.timeZone(),
  month: (f) => f.date.month(),
  weekday: (f) => f.date.weekday(),
  file_name: (f) => f.system.fileName(),
  semver: (f) => f.system.semver(),
  number: (f) => String(f.number.int({ min: 1, max: 999 })),
  price: (f) => f.commerce.price(),
  percent: (f) => String(f.number.int({ min: 1, max: 100 })),
  order_ref: (f) => `ORD-${f.string.numeric(5)}`,
  hex: (f) => f.string.hexadecimal({ length: 8, casing: 'lower', prefix: '' }),
};

function heldOut(frame) {
  const digest = createHash('sha256').update(`fakerjs-decoys:${frame.id}`).digest();
  return digest.readBigUInt64BE(0) % 3n === 0n;
}

/** `frame` filled from faker `f`; text values are JSON-escaped in tool frames. */
function fill(frame, f) {
  return frame.template.replace(/\{([a-z_]+)\}/g, (_, slot) => {
    const make = SLOTS[slot];
    if (!make) throw new Error(`frame ${frame.id}: unknown slot {${slot}}`);
    const value = make(f);
    return frame.kind === 'tool' ? JSON.stringify(value).slice(1, -1) : value;
  });
}

function records(frames, split, seed, count) {
  for (const f of Object.values(FAKER_OF_LANG)) f.seed(seed);
  const lines = [];
  for (let index = 0; index < count; index++) {
    const frame = frames[index % frames.length];
    const text = fill(frame, FAKER_OF_LANG[frame.lang]);
    if (frame.kind === 'tool') JSON.parse(text);
    lines.push(
      JSON.stringify({
        text,
        spans: [],
        source: frame.kind === 'tool' ? 'decoy_tool' : 'decoy_prose',
        split,
        locale: frame.lang,
        frame: frame.id,
      }),
    );
  }
  return lines.join('\n') + '\n';
}

const frames = JSON.parse(readFileSync(join(HERE, 'decoy_frames_fakerjs.json'), 'utf8'));
const tune = frames.filter((frame) => !heldOut(frame));
const held = frames.filter(heldOut);
if (process.argv[3] === '--extra-tune') {
  const [seed, out, count] = [Number(process.argv[4]), process.argv[5], Number(process.argv[6])];
  if (!out || !(count > 0) || [TUNE_SEED, HELD_OUT_SEED].includes(seed)) {
    console.error('usage: generate_decoys_fakerjs.mjs DIR --extra-tune SEED OUT COUNT (a seed no file uses)');
    process.exit(2);
  }
  writeFileSync(out, records(tune, 'tune', seed, count));
} else {
  writeFileSync(join(HERE, 'fakerjs_decoys_tune.jsonl'), records(tune, 'tune', TUNE_SEED, TUNE_COUNT));
  writeFileSync(join(HERE, 'fakerjs_decoys_heldout.jsonl'), records(held, 'heldout', HELD_OUT_SEED, HELD_OUT_COUNT));
}
console.log(`${tune.length} tuning frames, ${held.length} held-out frames`);
