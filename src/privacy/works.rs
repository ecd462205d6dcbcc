//! Titles of works and names of things that read as people's names. A film, a song, an opera,
//! a book or a painting is often named for its character (`Forrest Gump`, `Eleanor Rigby`,
//! `Manon Lescaut`, `Mona Lisa`), a colour or a town for someone (`Viva Magenta`, `Santos
//! Dumont`), and the name rules find them. Two checks read the text around such a name:
//! - [`names_a_work_in_prose`]: an item of a list headed as a list of works (`Setlist`,
//!   `Watchlist`; `Filme` when an item bears a work's mark such as `(2005)`), or in a sentence
//!   the work compared with works (`films like Barry Lyndon`) or named right after its noun
//!   and article (`the opera Anna Bolena,`);
//! - [`names_a_thing_in_json`]: the value of a JSON `name` whose object holds a key only things
//!   have (`pantone`, `population`), or the whole title of an object that describes a work
//!   (beside a `runtime` and a `year`, a `director`…), keys of nested objects aside.
//!
//! They read seven languages: English, German, French, Spanish, Italian, Portuguese and Dutch.
//! What stays a person: a name in a list headed by anything else (`Attendees`, `Movie night`),
//! under a person's key (`claimant`), after a word that introduces a person (`a film by`, `mit`,
//! `starring`), or before more words of its sentence (`the film Anna Schmidt recommended`).
//! Two reviews tried counter-examples in the seven languages; choices among works (`¿Aida o
//! Boris Godunov?`) were dropped for them (`Who should we invite to the opera, Anna Schmidt or
//! John Miller?`).

use std::collections::HashSet;
use std::sync::LazyLock;

use regex::Regex;

use super::person::WordSet;
use super::scan;

/// Nouns for works, singular and plural, lower case, in the seven languages; `opera` is Italian
/// and English, `film` six languages'.
const WORK_NOUNS: &[&str] = &[
    // English.
    "film",
    "films",
    "movie",
    "movies",
    "song",
    "songs",
    "track",
    "tracks",
    "album",
    "albums",
    "opera",
    "operas",
    "book",
    "books",
    "novel",
    "novels",
    "musical",
    "musicals",
    "series",
    "episode",
    "episodes",
    "painting",
    "paintings",
    "artwork",
    "artworks",
    "ballet",
    "ballets",
    "poem",
    "poems",
    "cocktail",
    "cocktails",
    "single",
    "singles",
    // German.
    "filme",
    "filmen",
    "lied",
    "lieder",
    "oper",
    "opern",
    "buch",
    "bücher",
    "roman",
    "romane",
    "alben",
    "serie",
    "serien",
    "gemälde",
    "ballett",
    "gedicht",
    "gedichte",
    // French.
    "chanson",
    "chansons",
    "opéra",
    "opéras",
    "livre",
    "livres",
    "romans",
    "série",
    "séries",
    "tableau",
    "tableaux",
    "morceau",
    "morceaux",
    "poème",
    "poèmes",
    // Spanish.
    "película",
    "películas",
    "canción",
    "canciones",
    "ópera",
    "óperas",
    "libro",
    "libros",
    "novela",
    "novelas",
    "álbum",
    "álbumes",
    "cuadro",
    "cuadros",
    "poema",
    "poemas",
    // Italian.
    "canzone",
    "canzoni",
    "opere",
    "libri",
    "romanzo",
    "romanzi",
    "quadro",
    "quadri",
    "brano",
    "brani",
    "balletto",
    // Portuguese.
    "filme",
    "filmes",
    "canção",
    "canções",
    "música",
    "músicas",
    "livro",
    "livros",
    "romance",
    "romances",
    "álbuns",
    "quadros",
    "balé",
    // Dutch.
    "liedje",
    "liedjes",
    "liederen",
    "boek",
    "boeken",
    "schilderij",
    "schilderijen",
];

/// Words that head a list of works but are no work's noun (`Setlist`, `Watchlist`, `Da
/// vedere`: "to see"), lower case; phrases of two words are matched as such.
const WORK_LIST_WORDS: &[&str] = &[
    "setlist",
    "set list",
    "playlist",
    "tracklist",
    "track list",
    "watchlist",
    "watch list",
    "reading list",
    "to watch",
    "to read",
    "repertoire",
    "leseliste",
    "merkliste",
    "titelliste",
    "répertoire",
    "à voir",
    "à lire",
    "repertorio",
    "por ver",
    "scaletta",
    "da vedere",
    "da leggere",
    "repertório",
    "para ver",
    "te zien",
    "leeslijst",
];

/// Endings of German compounds that name works (`Lieblingsfilme`, `Kinofilm`, `Staatsoper`);
/// no openings (`Filmteam` and `Liedermacher` are people) and not `…glieder` (`Mitglieder`).
const GERMAN_WORD_TAILS: &[&str] = &[
    "film", "filme", "filmen", "lieder", "soper", "opern", "romane",
];

/// Nouns for people that make a heading a list of them, whatever work it names (`Book club
/// members`, `Film crew`, `Autores do livro`), in the seven languages.
const PEOPLE_NOUNS: &[&str] = &[
    "members",
    "member",
    "guests",
    "speakers",
    "investors",
    "attendees",
    "crew",
    "cast",
    "staff",
    "team",
    "contacts",
    "authors",
    "author",
    "volunteers",
    "players",
    "participants",
    "people",
    "customers",
    "clients",
    "friends",
    "family",
    "singers",
    "actors",
    "artists",
    "directors",
    "writers",
    "signatures",
    "mitglieder",
    "teilnehmer",
    "gäste",
    "autoren",
    "sänger",
    "schauspieler",
    "kontakte",
    "membres",
    "invités",
    "auteurs",
    "intervenants",
    "miembros",
    "invitados",
    "autores",
    "reparto",
    "participantes",
    "membri",
    "ospiti",
    "autori",
    "partecipanti",
    "cantanti",
    "membros",
    "convidados",
    "pessoal",
    "elenco",
    "leden",
    "gasten",
    "deelnemers",
    "zangers",
];

/// The most words a heading of a list of works has (`Films to watch this weekend`).
const HEADING_WORDS: usize = 5;

/// Keys of a JSON member that holds a work's title when the object describes a work.
const TITLE_KEYS: &[&str] = &[
    "title",
    "titel",
    "titre",
    "título",
    "titulo",
    "titolo",
    "event",
    "evento",
    "événement",
    "evenement",
    "veranstaltung",
];

/// Keys, or `_` parts of keys, that only an object describing a work holds beside its title:
/// when it runs, how long, who made it, where it plays (`runtime_min`, `bpm`, `director`,
/// `venue`).
const WORK_KEYS: &[&str] = &[
    "runtime",
    "duration",
    "length",
    "year",
    "release",
    "released",
    "bpm",
    "tempo",
    "genre",
    "genres",
    "director",
    "directors",
    "composer",
    "author",
    "authors",
    "artist",
    "artists",
    "album",
    "isbn",
    "pages",
    "publisher",
    "showtimes",
    "tracks",
    "episodes",
    "season",
    "cast",
    "imdb",
    "libretto",
    "librettist",
    "premiere",
    "venue",
    "conductor",
    "jahr",
    "dauer",
    "regie",
    "regisseur",
    "komponist",
    "autor",
    "verlag",
    "spielort",
    "année",
    "durée",
    "réalisateur",
    "compositeur",
    "auteur",
    "éditeur",
    "año",
    "duración",
    "género",
    "compositor",
    "editorial",
    "anno",
    "durata",
    "genere",
    "regista",
    "compositore",
    "autore",
    "editore",
    "ano",
    "duração",
    "gênero",
    "diretor",
    "editora",
    "jaar",
    "duur",
    "uitgever",
];

/// Words after a plural work noun that compare a name with them (`films like`, `Filme wie`).
const COMPARISONS: &[&str] = &[
    "like", "such as", "wie", "comme", "como", "tipo", "come", "zoals",
];

/// How far back [`names_a_work_in_prose`] looks for a list's heading (lines) and a sentence's work noun
/// (bytes).
const HEADING_LINES: usize = 40;
const SENTENCE_BYTES: usize = 200;

fn word_set(words: &'static [&'static str]) -> WordSet {
    words.iter().copied().collect()
}

static NOUNS: LazyLock<WordSet> = LazyLock::new(|| word_set(WORK_NOUNS));

/// Whether `word` (any case) is a work's noun, or a German compound ending in one.
fn is_work_noun(word: &str) -> bool {
    let word = word.to_lowercase();
    NOUNS.contains(word.as_str())
        || (word.chars().count() > 6
            && !word.ends_with("glieder")
            && GERMAN_WORD_TAILS.iter().any(|tail| word.ends_with(tail)))
}

/// Whether the name found (`found`, with `before` and `after` around it, which rule 1 found by a
/// given name) is the title of a work in a list or a sentence; see the module's comment.
pub fn names_a_work_in_prose(before: &str, found: &str, after: &str) -> bool {
    if !ends_a_title(after) {
        return false;
    }
    opens_item_of_work_list(before, after) || named_among_works(before, found, after)
}

/// Whether the text after a name lets it be a whole title: the end of the text or the line, a
/// closing quote, a parenthesis (`Erin Brockovich (2005)`), a dash (`Ana Júlia — 4:55`), or a
/// sentence's punctuation.
fn ends_a_title(after: &str) -> bool {
    let Some(next) = after.chars().next() else {
        return true;
    };
    if matches!(
        next,
        '\n' | '\r' | '"' | '\'' | '’' | '”' | '“' | '»' | '«' | '?' | '!' | '.' | ',' | ';' | ')'
    ) || after.starts_with("\\\"")
        || after.starts_with("\\n")
    {
        return true;
    }
    let Some(rest) = after.strip_prefix(' ') else {
        return false;
    };
    rest.starts_with(['(', '—', '–', '?', '!']) || rest.starts_with("- ")
}

/// The length of a list item's marker at the start of `line` with the spaces after it (`- `,
/// `• `, `3. `, `12) `), after any indentation.
fn list_marker_len(line: &str) -> Option<usize> {
    let body = line.trim_start_matches([' ', '\t']);
    let indent = line.len() - body.len();
    let marker = if let Some(bullet) = body.chars().next().filter(|c| "-*•–·".contains(*c)) {
        bullet.len_utf8()
    } else {
        let digits = body.bytes().take_while(u8::is_ascii_digit).count();
        if !(1..=3).contains(&digits) || !matches!(body.as_bytes().get(digits), Some(b'.' | b')')) {
            return None;
        }
        digits + 1
    };
    let spaces = body[marker..].len() - body[marker..].trim_start_matches(' ').len();
    (spaces > 0).then_some(indent + marker + spaces)
}

/// Whether the name opens an item of a list (`- Forrest Gump`, `2. 'Nelly Moser'`) whose heading,
/// the line above its items, names works: a word that heads lists of works (`Watchlist`,
/// `Setlist`), or a plural work noun (`Films to see:`, `Lieblingsfilme`) when an item of the
/// list bears a work's mark ([`WORK_MARK`]: `(2005)`, `— 124 min`, `(D major)`): a list of
/// people may be headed `Movie night` or `Romane-Lesekreis`.
fn opens_item_of_work_list(before: &str, after: &str) -> bool {
    let line_start = before.rfind('\n').map_or(0, |at| at + 1);
    let item_head = &before[line_start..];
    let opens_item = list_marker_len(item_head).is_some_and(|marker| {
        item_head[marker..]
            .trim_start_matches(['\'', '"', '‘', '“', '„', '«'])
            .is_empty()
    });
    if !opens_item {
        return false;
    }
    let mut end = line_start.saturating_sub(1);
    let mut heading = None;
    for _ in 0..HEADING_LINES {
        if end == 0 {
            break;
        }
        let start = before[..end].rfind('\n').map_or(0, |at| at + 1);
        let line = &before[start..end];
        if line.trim().is_empty() {
            break;
        }
        // A line indented under an item goes on with it (`  Note: …`).
        if list_marker_len(line).is_none() && !line.starts_with([' ', '\t']) {
            heading = Some((end, line));
            break;
        }
        end = start.saturating_sub(1);
    }
    let Some((heading_end, heading)) = heading else {
        return false;
    };
    match heading_kind(heading) {
        HeadingKind::ListOfWorks => true,
        HeadingKind::WorksNamed => {
            // The list's items: those above the name's and those below it, to a blank line.
            let below = &after[..after.floor_char_boundary(LIST_WINDOW)];
            let below = below.find("\n\n").map_or(below, |at| &below[..at]);
            WORK_MARK.is_match(&before[heading_end..]) || WORK_MARK.is_match(below)
        }
        HeadingKind::Other => false,
    }
}

/// How far after a name [`opens_item_of_work_list`] reads the list's items (bytes).
const LIST_WINDOW: usize = 2048;

/// A work's mark on a list's item: a year in parentheses (`(2005)`), a running time (`— 124
/// min`), a musical key (`(D major)`, `(mi minore)`, `(a-Moll)`).
static WORK_MARK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\((?:19|20)\d\d\)|\b\d{2,3} ?min\b|\((?:[a-h]|do|ré|re|mi|fa|sol|la|si)[#b♯♭]?[ -](?:major|minor|maior|menor|mayor|maggiore|minore|majeur|mineur|dur|moll)\)",
    )
    .unwrap_or_else(|e| panic!("built-in work mark pattern: {e}"))
});

/// What a list's heading says its items are.
enum HeadingKind {
    /// A word that only heads lists of works (`Setlist`, `Watchlist`, `Da vedere`).
    ListOfWorks,
    /// A plural work noun (`Films`, `Lieblingsfilme`), which may head a list of people too
    /// (`Romane-Lesekreis`, a reading circle).
    WorksNamed,
    Other,
}

/// What a list's heading line names: at most [`HEADING_WORDS`] words and no noun for people,
/// then a word that heads lists of works, or a plural work noun.
fn heading_kind(line: &str) -> HeadingKind {
    let lower = line.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphabetic())
        .filter(|word| !word.is_empty())
        .collect();
    if words.len() > HEADING_WORDS || words.iter().any(|word| PEOPLE_NOUNS.contains(word)) {
        return HeadingKind::Other;
    }
    let list_word = WORK_LIST_WORDS.iter().any(|phrase| {
        let mut phrase_words = phrase.split(' ');
        let first = phrase_words.next().unwrap_or_default();
        let rest: Vec<&str> = phrase_words.collect();
        words.iter().enumerate().any(|(at, word)| {
            *word == first
                && rest
                    .iter()
                    .enumerate()
                    .all(|(offset, next)| words.get(at + 1 + offset) == Some(next))
        })
    });
    let plural_noun = words.iter().any(|word| {
        PLURAL_WORK_NOUNS.contains(word)
            || (word.chars().count() > 6
                && !word.ends_with("glieder")
                && GERMAN_PLURAL_TAILS.iter().any(|tail| word.ends_with(tail)))
    });
    if list_word {
        HeadingKind::ListOfWorks
    } else if plural_noun {
        HeadingKind::WorksNamed
    } else {
        HeadingKind::Other
    }
}

/// Plural endings of German compounds that name works (`Lieblingsfilme`, `Kinderlieder`).
const GERMAN_PLURAL_TAILS: &[&str] = &["filme", "lieder", "opern", "romane"];

/// A JSON member's key, also in JSON escaped inside a string (`\"year\":`).
static JSON_KEY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"\\?"([^"\\]{1,40})\\?"\s*:"#)
        .unwrap_or_else(|e| panic!("built-in JSON key pattern: {e}"))
});

/// How far around a value [`names_a_thing_in_json`] reads its object's other keys (bytes).
const OBJECT_WINDOW: usize = 1024;

/// Keys, or the first `_` parts of keys (`elevation_m`), that only an object describing a thing
/// holds beside its name: a colour's codes, a product's codes, a place's size or snow, a game
/// item's rarity (`{"name": "Viva Magenta", "pantone": …}`, `{"name": "Santos Dumont",
/// "population": …}`); not what a person's record may hold too (`stars`, `capacity_hours`,
/// `kcal_target`, `damage_amount`).
const THING_KEYS: &[&str] = &[
    "pantone",
    "cmyk",
    "ral",
    "sku",
    "gtin",
    "ean",
    "upc",
    "mpn",
    "snow",
    "population",
    "elevation",
    "rarity",
    "einwohner",
    "habitants",
    "habitantes",
    "abitanti",
    "inwoners",
];

/// Whether the name ends a JSON string value whose object says it names a thing: the object
/// holds a key only things have ([`THING_KEYS`]), or the name is its whole title (`"title":
/// "Forrest Gump"`) and the object holds a key only a work has (`"runtime_min"`, `"year"`,
/// `"venue"`). Also for the names found under a person's key (`"name"`).
pub fn names_a_thing_in_json(before: &str, after: &str) -> bool {
    let value_ends = after.starts_with('"') || after.starts_with("\\\"");
    let Some(key) = scan::enclosing_json_key(before).filter(|_| value_ends) else {
        return false;
    };
    // A title must be the name alone (not `"title": "Lunch with Anna Schmidt"`); a thing's
    // name may open with more words (`"name": "Crystal Aster Wand"`). A person's own key
    // (`"claimant"`, `"patient"`) names a person whatever else the object holds.
    let key = key.to_lowercase();
    let titled = before.ends_with('"') && TITLE_KEYS.contains(&key.as_str());
    if !titled && !THING_NAME_KEYS.contains(&key.as_str()) {
        return false;
    }
    let from = before.ceil_char_boundary(before.len().saturating_sub(OBJECT_WINDOW));
    let to = after.floor_char_boundary(OBJECT_WINDOW);
    let Some(own) = own_object_text(&before[from..], &after[..to]) else {
        return false;
    };
    let keys: Vec<String> = JSON_KEY
        .captures_iter(&own)
        .map(|key| key[1].to_lowercase())
        .collect();
    fn words_of(key: &str) -> impl Iterator<Item = &str> {
        key.split(['_', '-', ' '])
    }
    static WORKS: LazyLock<WordSet> = LazyLock::new(|| word_set(WORK_KEYS));
    static THINGS: LazyLock<WordSet> = LazyLock::new(|| word_set(THING_KEYS));
    static CALENDAR: LazyLock<WordSet> = LazyLock::new(|| word_set(CALENDAR_KEYS));
    let thing = keys.iter().any(|key| {
        words_of(key)
            .next()
            .is_some_and(|first| THINGS.contains(first))
    });
    // A work: two of a work's keys (`year` and `runtime_min`), one of them more than a year or
    // a length, and none of an appointment's.
    let work_keys: HashSet<&str> = keys
        .iter()
        .flat_map(|key| words_of(key))
        .filter(|word| WORKS.contains(word))
        .collect();
    let telling = work_keys.iter().any(|word| !WEAK_WORK_KEYS.contains(word));
    let appointment = keys
        .iter()
        .any(|key| words_of(key).any(|word| CALENDAR.contains(word)));
    thing || (titled && work_keys.len() >= 2 && telling && !appointment)
}

/// Work keys that an appointment or a record may hold too (`year`, `duration`, `venue`): a
/// title needs another beside them.
const WEAK_WORK_KEYS: &[&str] = &[
    "year",
    "duration",
    "length",
    "release",
    "released",
    "season",
    "venue",
    "tempo",
    "pages",
    "jahr",
    "dauer",
    "spielort",
    "année",
    "durée",
    "año",
    "duración",
    "anno",
    "durata",
    "ano",
    "duração",
    "jaar",
    "duur",
];

/// The text of the JSON object that a value at the end of `before` stands in, at its own depth
/// (its members before the value and, from `after`, after it), without the objects and lists
/// nested in it; none when the value is a list's item or no object opens within `before`.
fn own_object_text(before: &str, after: &str) -> Option<String> {
    let mut depth = 0usize;
    let mut start = None;
    for (at, c) in before.char_indices().rev() {
        match c {
            '}' | ']' => depth += 1,
            '{' | '[' if depth > 0 => depth -= 1,
            '{' => {
                start = Some(at);
                break;
            }
            '[' => return None,
            _ => {}
        }
    }
    let mut own = String::new();
    let mut depth = 0usize;
    for c in before[start?..].chars().chain(after.chars()) {
        match c {
            '{' | '[' => depth += 1,
            '}' | ']' if depth <= 1 => break,
            '}' | ']' => depth -= 1,
            _ if depth == 1 => own.push(c),
            _ => {}
        }
    }
    Some(own)
}

/// Keys that name a thing as a person's own keys do not (`name`, `label`, `nombre`), under
/// which [`THING_KEYS`] beside it say what is named.
const THING_NAME_KEYS: &[&str] = &[
    "name",
    "label",
    "nombre",
    "nom",
    "nome",
    "naam",
    "bezeichnung",
    "désignation",
    "denominación",
    "denominazione",
];

/// Keys of an appointment, whose title may be the person it is with (`{"title": "Anna
/// Schmidt", "start": …}`).
const CALENDAR_KEYS: &[&str] = &[
    "sala",
    "salle",
    "saal",
    "zaal",
    "studio",
    "start",
    "end",
    "attendees",
    "attendee",
    "organizer",
    "client",
    "customer",
    "service",
    "room",
    "patient",
    "guest",
    "with",
];

/// Words that introduce a person before a name even after a work's noun (`a film by`, `ein
/// Lied für`, `the opera with`).
const INTRODUCES_PERSON: &[&str] = &[
    "by",
    "with",
    "for",
    "to",
    "from",
    "of",
    "starring",
    "featuring",
    "feat",
    "ft",
    "von",
    "vom",
    "mit",
    "für",
    "zu",
    "de",
    "du",
    "des",
    "par",
    "avec",
    "pour",
    "à",
    "del",
    "por",
    "con",
    "para",
    "di",
    "da",
    "per",
    "com",
    "do",
    "door",
    "met",
    "voor",
    "van",
];

/// Whether a name in prose is a work compared with: after a work's noun in its sentence, the
/// name follows the noun itself and its article (`the opera Anna Bolena,`), or a comparison
/// (`Filme wie Barry Lyndon`, `film simili a Toni Erdmann`).
fn named_among_works(before: &str, found: &str, after: &str) -> bool {
    let window = &before[before.ceil_char_boundary(before.len().saturating_sub(SENTENCE_BYTES))..];
    let sentence = window
        .rfind(['.', '!', '?', '\n', ';'])
        .map_or(window, |at| &window[at + 1..]);
    // Each word with its byte offset in `sentence`, taken from where it stands (the separators
    // may be any width: `—`, `¿`, a no-break space).
    let words: Vec<(usize, &str)> = sentence
        .split(|c: char| !c.is_alphabetic())
        .filter(|word| !word.is_empty())
        .map(|word| (word.as_ptr() as usize - sentence.as_ptr() as usize, word))
        .collect();
    let Some(noun_at) = words.iter().rposition(|(_, word)| is_work_noun(word)) else {
        return false;
    };
    let (noun_offset, noun) = words[noun_at];
    let noun_lower = noun.to_lowercase();
    let between = sentence[noun_offset + noun.len()..]
        .trim_end_matches([' ', '\'', '"', '‘', '“', '„', '«', '¿', '¡']);
    let between_words: Vec<String> = words[noun_at + 1..]
        .iter()
        .map(|(_, word)| word.to_lowercase())
        .collect();
    let last = between_words.last().map(String::as_str);
    if last.is_some_and(|word| INTRODUCES_PERSON.contains(&word)) {
        return false;
    }
    let is_verb_too = VERB_LIKE_NOUNS.contains(&noun_lower.as_str());
    // `the opera Anna Bolena,`: the noun with its article right before the name (`Please book
    // Anna Schmidt` has none).
    let with_article = noun_at
        .checked_sub(1)
        .is_some_and(|at| ARTICLES.contains(&words[at].1.to_lowercase().as_str()));
    let right_after_noun = !is_verb_too && with_article && between.trim_start() == "";
    // `Filme wie Barry Lyndon`, `film simili a Toni Erdmann`: a plural noun right before the
    // comparison, or any noun before an explicit likeness (`similar to`).
    let compared = {
        let tail = between_words.join(" ");
        SIMILAR_TO.contains(&tail.as_str())
            || (PLURAL_WORK_NOUNS.contains(&noun_lower.as_str())
                && COMPARISONS.contains(&tail.as_str()))
    };
    let possessive = after.starts_with("'s") || after.starts_with("’s");
    !possessive && !found.is_empty() && (right_after_noun || compared)
}

/// Work nouns that are also verbs or name other things (`book a table`, `track a parcel`,
/// `film someone`, `a single room`, `Series A`): no name right after them is taken for a title.
const VERB_LIKE_NOUNS: &[&str] = &[
    "book", "books", "track", "tracks", "film", "single", "singles", "series", "album", "albums",
    "cuadro", "cuadros", "quadro", "quadri", "quadros", "tableau", "tableaux", "musical", "play",
];

/// Articles before a work's noun (`the opera`, `die Oper`, `la película`, `o filme`).
const ARTICLES: &[&str] = &[
    "the", "a", "an", "der", "die", "das", "den", "dem", "ein", "eine", "einen", "le", "la", "les",
    "l", "un", "une", "el", "los", "las", "una", "il", "lo", "gli", "o", "os", "as", "um", "uma",
    "het", "de", "een",
];

/// Plural work nouns, after which a comparison names works (`films like`, `Filme wie`).
const PLURAL_WORK_NOUNS: &[&str] = &[
    "films",
    "movies",
    "songs",
    "operas",
    "novels",
    "musicals",
    "paintings",
    "ballets",
    "poems",
    "filme",
    "lieder",
    "opern",
    "bücher",
    "romane",
    "alben",
    "chansons",
    "opéras",
    "livres",
    "romans",
    "películas",
    "canciones",
    "óperas",
    "libros",
    "novelas",
    "canzoni",
    "opere",
    "libri",
    "romanzi",
    "filmes",
    "canções",
    "músicas",
    "livros",
    "liedjes",
    "boeken",
];

/// Explicit likeness after any work noun (`un film simile a`, `a movie similar to`).
const SIMILAR_TO: &[&str] = &[
    "similar to",
    "ähnlich wie",
    "semblables à",
    "semblable à",
    "similares a",
    "similar a",
    "parecidas a",
    "parecidos a",
    "simili a",
    "simile a",
    "parecidos com",
    "parecidas com",
];

#[cfg(test)]
mod tests {
    use super::*;

    /// Splits `text` at the `⟦` and `⟧` around the name: (before, found, after).
    fn around(text: &str) -> (&str, &str, &str) {
        let open = text.find('⟦').expect("test text marks its name with ⟦ ⟧");
        let close = text.find('⟧').expect("test text marks its name with ⟦ ⟧");
        (
            &text[..open],
            &text[open + '⟦'.len_utf8()..close],
            &text[close + '⟧'.len_utf8()..],
        )
    }

    fn work(text: &str) -> bool {
        let (before, found, after) = around(text);
        names_a_work_in_prose(before, found, after) || names_a_thing_in_json(before, after)
    }

    #[test]
    fn titles_in_lists_of_works_are_works() {
        for text in [
            "Watchlist\n- ⟦Forrest Gump⟧\n- Hannah and Her Sisters (1958) — 179 min",
            "Setlist\n1. Eleanor Rigby (ré maior)\n2. ⟦Ana Júlia⟧ — 4:55",
            "Da vedere\n- Ferris Bueller's Day Off\n- Bianca\n- ⟦Jackie Brown⟧\n- Amélie",
            "Meine Lieblingsfilme:\n  * ⟦Toni Erdmann⟧ (2016)",
            "Scaletta\n1. Aline — 4:07\n2. ⟦Johnny B. Goode⟧ — 4:02",
            "Films to watch this weekend\n• '⟦Annie Hall⟧'",
        ] {
            assert!(work(text), "{text}");
        }
    }

    #[test]
    fn people_in_other_lists_stay_people() {
        for text in [
            "Attendees\n- ⟦Anna Schmidt⟧\n- John Smith",
            "Watchlist\n- ⟦Anna Schmidt⟧ said she would come",
            "Speakers\n- ⟦Anna Schmidt⟧",
            "Watchlist\n\n- ⟦Anna Schmidt⟧",
            "Book club members:\n- ⟦Anna Schmidt⟧",
            "Mitglieder\n- ⟦Anna Schmidt⟧",
            "Movie night (Friday)\n- ⟦Anna Schmidt⟧\n- John Smith",
            "Romane-Lesekreis\n- ⟦Anna Schmidt⟧",
            "Liedjes voor het feest\n- ⟦Jan de Vries⟧",
            "Film crew\n- ⟦Anna Schmidt⟧ (camera)",
            "Attendees\n- Anna Schmidt\n  Note: she is bringing the book\n- ⟦John Smith⟧",
            "- ⟦Anna Schmidt⟧",
            "Playlist notes: ⟦Anna Schmidt⟧",
        ] {
            assert!(!work(text), "{text}");
        }
    }

    #[test]
    fn separators_of_any_width_before_a_name_break_nothing() {
        for text in [
            "Hoy — canción: ⟦María García⟧.",
            "→ canção: ⟦Ana Souza⟧.",
            "Olá — ópera “x” — ópera: ⟦Ana Souza⟧.",
            "¿Qué película\u{a0}— como ⟦Toni Erdmann⟧?",
        ] {
            let (before, found, after) = around(text);
            // No panic; what it answers is the other tests' business.
            let _ = names_a_work_in_prose(before, found, after);
        }
    }

    #[test]
    fn titles_of_json_objects_that_describe_works_are_works() {
        for text in [
            r#"{"results": [{"title": "⟦Forrest Gump⟧", "year": 1983, "runtime_min": 139}]}"#,
            r#"{"event": "⟦Anna Bolena⟧", "venue": "Teatro Comunale", "composer": "Donizetti"}"#,
            r#"{\"runtime\": 120, \"jahr\": 2016, \"titel\": \"⟦Toni Erdmann⟧\"}"#,
            r#"{"name": "⟦Viva Magenta⟧", "pantone": "18-1750 TCX"}"#,
            r#"{"population": 52774, "name": "⟦Santos Dumont⟧"}"#,
            r#"{"name": "Crystal ⟦Aster Wand⟧", "rarity": "epic", "damage": 12}"#,
        ] {
            assert!(work(text), "{text}");
        }
        for text in [
            r#"{"title": "⟦Anna Schmidt⟧", "start": "09:00", "attendees": 2}"#,
            r#"{"name": "⟦Anna Schmidt⟧", "country": "DE", "hex_id": "a1"}"#,
            r#"{"name": "⟦Anna Schmidt⟧", "year": 2}"#,
            r#"{"title": "Lunch with ⟦Anna Schmidt⟧", "year": 2024}"#,
            r#"{"claimant": "⟦Anna Schmidt⟧", "damage_amount": 1200}"#,
            r#"{"title": "⟦Anna Schmidt⟧", "duration_min": 60, "service": "Haircut"}"#,
            r#"{"event": "⟦Anna Schmidt⟧", "venue": "Room 4"}"#,
            r#"{"name": "⟦Anna Schmidt⟧", "capacity_hours": 40, "stars": 5}"#,
        ] {
            assert!(!work(text), "{text}");
        }
    }

    #[test]
    fn works_compared_or_chosen_among_in_prose_are_works() {
        for text in [
            "Empfiehl mir drei Filme wie ⟦Barry Lyndon⟧.",
            "Consigliami tre film simili a ⟦Toni Erdmann⟧.",
            "Two tickets for the opera ⟦Anna Bolena⟧, please.",
            "Any movies like ⟦Forrest Gump⟧?",
        ] {
            assert!(work(text), "{text}");
        }
        for text in [
            "Recommend a film by ⟦Anna Schmidt⟧.",
            "I watched the film with ⟦Anna Schmidt⟧.",
            "The film ⟦Anna Schmidt⟧ recommended was great.",
            "Welcher Film gefällt ⟦Anna Schmidt⟧?",
            "Which movie is ⟦Anna Schmidt⟧'s favourite?",
            "Ask ⟦Anna Schmidt⟧ about the film.",
            "The movie was fine. ⟦Anna Schmidt⟧ liked it.",
            "The film was recommended by my friend, ⟦Anna Schmidt⟧ or John.",
            "Please book ⟦Anna Schmidt⟧.",
            "Who should I book, ⟦Anna Schmidt⟧ or John Smith?",
            "Who should we invite to the opera, ⟦Anna Schmidt⟧ or John Miller?",
            "Para una primera ópera, ¿Aida o ⟦Boris Godunov⟧?",
            "Developer: ⟦Anna Schmidt⟧.",
            "Sobre el libro, ⟦María García⟧ o José Pérez te llamarán mañana.",
            "J'ai lu le livre comme ⟦Marie Dubois⟧.",
            "Ich brauche für die Serie jemanden wie ⟦Anna Schmidt⟧.",
            "Seats for the musical: ⟦Anna Schmidt⟧, row 4.",
        ] {
            assert!(!work(text), "{text}");
        }
    }
}
