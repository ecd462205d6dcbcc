//! The text being scanned and the questions a rule asks about a candidate's surroundings:
//! whether context words stand before it (or in the JSON key), and whether it is bounded as a
//! word, a number, a digit group or a dotted quad rather than a piece of something longer;
//! whether a label right before it names another kind of number (`EAN`, `invoice`, `ref`), or
//! the key of the JSON value it opens does (`"omb_no": "`); the key of the JSON value a
//! candidate sits in;
//! and [`Features`], what one pass over the text's bytes (and its capitalised words) learns, so
//! that a pattern whose necessary bytes or words are absent is not run at all.

use std::borrow::Cow;
use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

/// How far before a candidate context words are looked for (bytes).
const CONTEXT_WINDOW: usize = 48;

/// A label naming a number that is no phone, SSN or card, ending right where the candidate
/// starts: `EAN `, `invoice no. `, `ref #`, `order: `, `CASE-`, `"lot_number": "`,
/// `part_no=`, and the same labels in German, French, Spanish, Portuguese, Italian and Dutch
/// (`Charge `, `Art.-Nr. `, `Kundennummer`, `Réf. `, `N° de commande `, `Lote `, `código`,
/// `Referência: `, `Bestelling `): a lot, article, part, order, invoice, customer, contract,
/// certificate or serial number. Words that open a compound with a number word
/// ([`IDENTIFIER_STEMS`]: `Kunden-`, `klant`) count only with it; `client` and `customer` only
/// with `no.`, `#` or `id` (a client's number may be their phone's).
static IDENTIFIER_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    // Not a bare `no`: Portuguese `no` is "in the" (`o cliente no 912 345 678`).
    let number = r"(?:no\.|nr\.?|n[°º]\.?|num\.|number|nummer|numéro|número|numero|#|id)";
    let label_number = r"(?:no\.?|nr\.?|n[°º]\.?|num\.?|number|nummer|numéro|número|numero|#|id)";
    let labels = IDENTIFIER_LABELS.join("|");
    let stems = IDENTIFIER_STEMS.join("|");
    let of = r"(?:(?:de|du|del|di|da|do)[ ]+|d['’][ ]*)?";
    super::patterns::compile(&format!(
        r#"(?i)\b(?:(?:{labels})(?:[ _\-.]*{label_number})?|(?:{stems})[ _\-.]*{number}|(?:client|customer)[ _\-.]*(?:no\.|n[°º]\.?|#|id)|(?:n[°º]\.?|nr\.?|num[eé]ro|número)[ ]*{of}(?:{labels}|{stems}|client|customer))[ \\":#=\-]{{0,8}}$"#
    ))
    .unwrap_or_else(|e| panic!("built-in identifier label pattern: {e}"))
});

/// Labels of [`IDENTIFIER_LABEL`] (regex syntax, matched without regard to case).
const IDENTIFIER_LABELS: &[&str] = &[
    // Product and standard codes.
    "ean",
    "ean-13",
    "isbn",
    "issn",
    "upc",
    "gtin",
    "gtin-?1[234]",
    "ean-?8",
    "barcode",
    "bar code",
    "strichcode",
    "code-barres",
    "código de barras",
    "codice a barre",
    "streepjescode",
    "imei",
    "meid",
    "sku",
    "mpn",
    "p/n",
    "ieee",
    "iso",
    "iec",
    "ansi",
    "ecma",
    "rfc",
    // Invoices, orders, receipts, transactions, tickets, cases.
    "invoice",
    "inv\\.",
    "rechnung",
    "facture",
    "factura",
    "fattura",
    "fatura",
    "factuur",
    "order",
    "bestellung",
    "bestelling",
    "auftrag",
    "commande",
    "pedido",
    "ordine",
    "encomenda",
    "ticket",
    "tracking",
    "receipt",
    "transaction",
    "txn",
    "case",
    "po",
    // References.
    "ref\\.?",
    "réf\\.?",
    "rif\\.?",
    "reference",
    "référence",
    "referencia",
    "referência",
    "referenza",
    "riferimento",
    "referentie",
    "referenz",
    // Builds, batches, lots (German `Charge`, capitalised: `person in charge` is no label),
    // parts, items, articles, codes, models, serials.
    "build",
    "batch",
    "lot",
    "lote",
    "lotto",
    "partij",
    "(?-i:Charge|CHARGE)",
    "ch\\.-b\\.",
    "part",
    "item",
    "art\\.",
    "article",
    "artikel",
    "artículo",
    "articolo",
    "artigo",
    "código",
    "codigo",
    "cód\\.",
    "codice",
    "cod\\.",
    "serial",
    "série",
    "serie",
    "model",
    "modell",
    "modèle",
    "modelo",
    "modello",
    // Certificates and contracts.
    "certificate",
    "certificat",
    "zertifikat",
    "certificado",
    "certificato",
    "certificaat",
    "contract",
    "contrat",
    "contrato",
    "contratto",
    "vertrag",
];

/// Words of [`IDENTIFIER_LABEL`] that name an identifier only with a number word joined to them
/// (`Kundennummer`, `klantnummer`, `N° client`, `Charge-Nr.`): on their own they name a person
/// or a department (`Cliente:`, `Kunde:`), or mean something else (`in charge`).
const IDENTIFIER_STEMS: &[&str] = &[
    "kunden",
    "kunde",
    "kd\\.",
    "klant",
    "cliente",
    "bestell",
    "bestel",
    "rechnungs",
    "auftrags",
    "vertrags",
    "serien",
    "sendungs",
    "chargen",
    "charge",
    "los",
    "teile",
    "vorgangs",
    "beleg",
    "lieferschein",
    "zertifikats",
    "produkt",
    "material",
    "inventar",
];

/// How many rows above and below a candidate [`Scan::column_mostly_refused`] compares, each way.
const COLUMN_ROWS: usize = 6;

/// Words for a phone number in the other six languages, beside the English `phone_words` the
/// detector passes (`Rufnummer  Tarif  Betrag` heads a phone bill), for the check that a column
/// holds no phones.
static PHONE_NOUNS: LazyLock<Regex> = LazyLock::new(|| {
    super::patterns::compile(
        r"(?i)rufnummer|telefon|handy|anruf|téléphone|portable|appels|teléfono|móvil|llamadas|celular|cellulare|chiamate|telemóvel|chamadas|telefoon|mobiel|gesprekken|gsm",
    )
    .unwrap_or_else(|e| panic!("built-in phone nouns pattern: {e}"))
});

/// A country's calling code standing as a cell of its own or opening a number (`+39`).
static COUNTRY_CODE: LazyLock<Regex> = LazyLock::new(|| {
    super::patterns::compile(r"(?:^|[\s|,;])\+\d{1,3}\b")
        .unwrap_or_else(|e| panic!("built-in country code pattern: {e}"))
});

/// Whether a number is a placeholder: at most two different digits (`000-000-0000`,
/// `999-999-9999`) or digits counting up (`123-456-7890`).
fn is_placeholder(number: &str) -> bool {
    let digits: Vec<u8> = number.bytes().filter(u8::is_ascii_digit).collect();
    let mut distinct = digits.clone();
    distinct.sort_unstable();
    distinct.dedup();
    let counting_up = digits
        .windows(2)
        .all(|pair| pair[1] == pair[0] + 1 || (pair[0] == b'9' && pair[1] == b'0'));
    distinct.len() <= 2 || counting_up
}

/// How far back [`Scan::headed_as_identifier`] looks for a table's header line (bytes).
const TABLE_LOOKBACK: usize = 4096;

/// The cells of a line of a table laid out with spaces: runs of text between runs of two or
/// more spaces (a cell goes on over single spaces, `Item no`), each with its first and end
/// character column.
fn spaced_cells(line: &str) -> Vec<(usize, usize, &str)> {
    let mut cells = Vec::new();
    let mut open: Option<(usize, usize)> = None;
    let mut chars = line.char_indices().enumerate().peekable();
    while let Some((column, (at, c))) = chars.next() {
        let gap = c == ' ' && chars.peek().is_none_or(|&(_, (_, next))| next == ' ');
        match (open, gap || c == ' ') {
            (Some((first, from)), true) if gap => {
                cells.push((first, column, &line[from..at]));
                open = None;
            }
            (None, false) => open = Some((column, at)),
            _ => {}
        }
    }
    if let Some((first, from)) = open {
        cells.push((first, line.chars().count(), &line[from..]));
    }
    cells
}

/// How far back [`enclosing_json_key`] looks for the value's opening quote and its key.
const JSON_KEY_WINDOW: usize = 512;

/// The key of the JSON string value that `before` ends inside (`{"city": "Les ` -> `city`),
/// also when the value is an item of a list (`"languages": ["Guaraní", "Irish `) or the JSON
/// is escaped inside another JSON string (`\"city\": \"Les `).
pub(super) fn enclosing_json_key(before: &str) -> Option<&str> {
    fn unescaped(text: &str) -> &str {
        text.strip_suffix('\\').unwrap_or(text)
    }
    // Only the end of the text: a value, its key (or its list) stand close to the name, and a
    // long text with many names would otherwise be searched back to its start for each.
    let before = &before[before.ceil_char_boundary(before.len().saturating_sub(JSON_KEY_WINDOW))..];
    let opened = unescaped(&before[..before.rfind('"')?]);
    let value_start = opened.trim_end();
    let key_end = if let Some(colon) = value_start.strip_suffix(':') {
        colon
    } else {
        // An item of a list: back to the list's `[`, with no `]` or `{` on the way.
        let list = &opened[..opened.rfind('[')?];
        if opened[list.len()..].contains([']', '{', ':']) {
            return None;
        }
        list.trim_end().strip_suffix(':')?
    };
    let key_end = unescaped(key_end.trim_end().strip_suffix('"')?);
    let key_start = key_end.rfind('"')? + 1;
    let key = &key_end[key_start..];
    key.chars()
        .all(|c| c.is_alphanumeric() || c == '_' || c == '-')
        .then_some(key)
}

/// Last words of a JSON key that name a number of the key's own (`omb_no`, `caseId`,
/// `claim-nr`, `order_number`).
const NUMBER_KEY_ENDINGS: &[&str] = &["no", "nr", "num", "number", "id", "code", "ref"];

/// Words of a JSON key, beside those [`super::patterns::phone_context`] finds at a word's start
/// (`phone`, `tel`, `mobile`, `cell`, `call`, `contact`…), that say its number may be a phone's:
/// other languages' and short forms (`mob_no`, `tlf_nr`, `handy_nr`), where or how someone is
/// reached (`home_no`, `daytime_number`), and who is reached (`to_number`, `sender_id`).
const PHONE_KEY_WORDS: &[&str] = &[
    "telefone",
    "telefono",
    "teléfono",
    "téléphone",
    "handy",
    "celular",
    "movil",
    "móvil",
    "portable",
    "mob",
    "ph",
    "hp",
    "wa",
    "tlf",
    "msisdn",
    "landline",
    "dial",
    "voice",
    "home",
    "work",
    "office",
    "direct",
    "daytime",
    "evening",
    "emergency",
    "personal",
    "private",
    "business",
    "alt",
    "alternate",
    "primary",
    "secondary",
    "main",
    "from",
    "to",
    "sender",
    "recipient",
    "support",
    "helpline",
    "hotline",
    "guardian",
];

/// Whether a JSON key of two words or more ends with a word for an identifier's number and has
/// no word for a phone: `"omb_no": "8336-5136"` holds a form's number; `"phone_no"`,
/// `"phone2_no"`, `"mob_no"`, `"caller_id"`, `"tel"` and a bare `"number"` may hold a phone.
fn key_names_its_own_number(key: &str) -> bool {
    static PHONE_WORD_START: LazyLock<Regex> = LazyLock::new(super::patterns::phone_context);
    if PHONE_WORD_START.is_match(key) {
        return false;
    }
    // Words split at `_`, `-`, spaces, a lower-case letter before a capital, and between
    // letters and digits (`phone2_no`).
    let mut words = Vec::new();
    let mut word = String::new();
    for c in key.chars() {
        let last = word.chars().last();
        let starts_word = last.is_some_and(|last| {
            (c.is_uppercase() && last.is_lowercase())
                || (c.is_ascii_digit() != last.is_ascii_digit())
        });
        if !c.is_alphanumeric() || starts_word {
            if !word.is_empty() {
                words.push(std::mem::take(&mut word));
            }
            if !c.is_alphanumeric() {
                continue;
            }
        }
        word.extend(c.to_lowercase());
    }
    if !word.is_empty() {
        words.push(word);
    }
    words.len() >= 2
        && words
            .last()
            .is_some_and(|last| NUMBER_KEY_ENDINGS.contains(&last.as_str()))
        && !words
            .iter()
            .any(|word| PHONE_KEY_WORDS.contains(&word.as_str()))
}

/// The text being scanned and, for a JSON value, the key it sits under (extra context).
pub(super) struct Scan<'a> {
    pub(super) text: &'a str,
    pub(super) key: Option<&'a str>,
}

impl Scan<'_> {
    /// Whether one of `words` appears in the key or in the [`CONTEXT_WINDOW`] before `start`;
    /// the window stops at the start of the line and at the end of the previous JSON member (`",`),
    /// so `"dob": "…", "created": "2024-03-15"` gives the second date no birth context.
    pub(super) fn has_context(&self, start: usize, words: &Regex) -> bool {
        let from = self
            .text
            .floor_char_boundary(start.saturating_sub(CONTEXT_WINDOW));
        let mut window = &self.text[from..start];
        if let Some(cut) = window
            .rfind("\",")
            .map(|i| i + 2)
            .max(window.rfind('\n').map(|i| i + 1))
        {
            window = &window[cut..];
        }
        words.is_match(window) || self.key.is_some_and(|key| words.is_match(key))
    }

    /// Whether a label for another kind of number (`EAN`, `invoice`, `ref`, `order no.`) stands
    /// right before `start`: it outweighs phone or SSN words further back (`Mobile Safari. EAN
    /// 4006381333931`). A JSON key is such a label for a number that opens its value, whether
    /// the key is passed (`key`) or written before it (`"imei": "4222222222222"`).
    pub(super) fn labelled_as_identifier(&self, start: usize) -> bool {
        let from = self.text.floor_char_boundary(start.saturating_sub(24));
        let keyed = self.key.is_some_and(|key| {
            self.text[..start].trim().is_empty() && IDENTIFIER_LABEL.is_match(key)
        });
        keyed || IDENTIFIER_LABEL.is_match(&self.text[from..start])
    }

    /// Whether the candidate `span` stands in a table's column headed by a label for another
    /// kind of number (`LOT` over `442-52-9943` in a pick list, `sku,lot` over
    /// `A1,442-52-9943`, `| Order |` over `| 555-123-4567 |`): the header is the first line of
    /// the candidate's block of lines (back to a blank line, at most [`TABLE_LOOKBACK`] bytes).
    /// Its cells are told by `|`, a tab or a comma when the header and the candidate's row hold
    /// the same number of them; else by runs of two or more spaces in both lines (prose has
    /// none), and the header cell is the one over the candidate's characters.
    pub(super) fn headed_as_identifier(&self, span: &Range<usize>) -> bool {
        let text = self.text;
        let (line_start, row_end) = self.line_around(span);
        let Some(header) = self.block_header(line_start) else {
            return false;
        };
        let row = &text[line_start..row_end];
        let by_separator = ['|', '\t', ','].into_iter().find(|&separator| {
            let cells = header.matches(separator).count();
            cells > 0 && row.matches(separator).count() == cells
        });
        let cell = match by_separator {
            Some(separator) => {
                let index = text[line_start..span.start].matches(separator).count();
                header.split(separator).nth(index)
            }
            None => {
                let header_cells = spaced_cells(header);
                if header_cells.len() < 3 || spaced_cells(row).len() < 2 {
                    return false;
                }
                let from = text[line_start..span.start].chars().count();
                let to = from + text[span.clone()].chars().count();
                header_cells
                    .into_iter()
                    .find(|&(first, end, _)| first < to && from < end)
                    .map(|(_, _, cell)| cell)
            }
        };
        cell.is_some_and(|cell| IDENTIFIER_LABEL.is_match(cell.trim()))
    }

    /// The start and end of the line that holds `span`.
    fn line_around(&self, span: &Range<usize>) -> (usize, usize) {
        let text = self.text;
        let start = text[..span.start].rfind('\n').map_or(0, |at| at + 1);
        let end = text[span.end..]
            .find('\n')
            .map_or(text.len(), |at| span.end + at);
        (start, end)
    }

    /// The first line of the block of lines (back to a blank line, at most [`TABLE_LOOKBACK`]
    /// bytes) whose line starts at `line_start`, if that is another line: a table's header.
    fn block_header(&self, line_start: usize) -> Option<&str> {
        let text = self.text;
        let mut header_start = line_start;
        while header_start > 0 && line_start - header_start < TABLE_LOOKBACK {
            let above_end = header_start - 1;
            let above_start = text[..above_end].rfind('\n').map_or(0, |at| at + 1);
            if text[above_start..above_end].trim().is_empty() {
                break;
            }
            header_start = above_start;
        }
        let header_end = text[header_start..]
            .find('\n')
            .map_or(text.len(), |at| header_start + at);
        (header_start != line_start).then(|| &text[header_start..header_end])
    }

    /// The lines of the block around the line from `line_start` to `line_end`: up to
    /// [`COLUMN_ROWS`] above it and as many below, none across a blank line.
    fn rows_around(&self, line_start: usize, line_end: usize) -> Vec<&str> {
        let text = self.text;
        let mut rows = Vec::with_capacity(2 * COLUMN_ROWS);
        let mut start = line_start;
        while start > 0 && rows.len() < COLUMN_ROWS {
            let above_start = text[..start - 1].rfind('\n').map_or(0, |at| at + 1);
            let row = &text[above_start..start - 1];
            if row.trim().is_empty() {
                break;
            }
            rows.push(row);
            start = above_start;
        }
        let above = rows.len();
        let mut end = line_end;
        while end < text.len() && rows.len() < above + COLUMN_ROWS {
            let below_end = text[end + 1..]
                .find('\n')
                .map_or(text.len(), |at| end + 1 + at);
            let row = &text[end + 1..below_end];
            if row.trim().is_empty() {
                break;
            }
            rows.push(row);
            end = below_end;
        }
        rows
    }

    /// Whether the phone candidate `span` is one of a column of numbers of the same shape in the
    /// rows around it ([`Scan::rows_around`]), three or more of which and most `is_phone` refuses:
    /// a column holds one kind of value, so a candidate that passes by chance among many that do
    /// not is not one (`Bari       09 15 59 42 68` among a lottery draw's rows `Palermo    35 56
    /// 75 40 55`). A list of phones passes: its numbers all do. Not when the rows hold a country
    /// code (`+39`: the rows are phones of other countries), nor when the header line or the
    /// candidate's line names phones (`phone_words`, [`PHONE_NOUNS`]); a placeholder (`000-000-0000`,
    /// `123-456-7890`) counts for neither side.
    pub(super) fn column_mostly_refused(
        &self,
        span: &Range<usize>,
        phone_words: &Regex,
        is_phone: impl Fn(&str) -> bool,
    ) -> bool {
        let text = self.text;
        let (line_start, line_end) = self.line_around(span);
        let column = text[line_start..span.start].chars().count();
        let candidate = &text[span.clone()];
        let width = candidate.chars().count();
        let shape = |cell: &str| -> Vec<char> {
            cell.chars()
                .map(|c| if c.is_ascii_digit() { '0' } else { c })
                .collect()
        };
        let candidate_shape = shape(candidate);
        // The cells of the same shape in the candidate's columns of the rows around it, not
        // counting placeholders; most candidates have too few of them to go on.
        let rows = self.rows_around(line_start, line_end);
        let cells: Vec<String> = rows
            .iter()
            .filter_map(|row| {
                let chars: Vec<char> = row.chars().collect();
                let cell = chars.get(column..column + width)?;
                let digit_at = |at: Option<usize>| {
                    at.and_then(|at| chars.get(at))
                        .is_some_and(char::is_ascii_digit)
                };
                if digit_at(column.checked_sub(1)) || digit_at(Some(column + width)) {
                    return None;
                }
                let cell: String = cell.iter().collect();
                (shape(&cell) == candidate_shape && !is_placeholder(&cell)).then_some(cell)
            })
            .collect();
        if cells.len() < 3 {
            return false;
        }
        let names_phones = |line: &str| phone_words.is_match(line) || PHONE_NOUNS.is_match(line);
        if rows.iter().any(|row| COUNTRY_CODE.is_match(row))
            || names_phones(&text[line_start..line_end])
            || self.block_header(line_start).is_some_and(names_phones)
        {
            return false;
        }
        let (mut refused, mut accepted) = (0, 0);
        for (index, cell) in cells.iter().enumerate() {
            // Stop once the refusals can no longer outnumber the rest: a phone list's cells
            // are validated only until half of them pass.
            let left = cells.len() - index;
            if refused + left < 3 || accepted >= refused + left {
                break;
            }
            if is_phone(cell) {
                accepted += 1;
            } else {
                refused += 1;
            }
        }
        refused >= 3 && refused > accepted
    }

    /// Whether the code identifier right before the date at `start` (past quotes, a comparison
    /// or an assignment) names another date than a birth (`deleted_at < '2019-01-02'`,
    /// `createdAt: "…"`, `expiry_date=`), so that a birth word further back (`SET date_of_birth
    /// = NULL WHERE`) is not its label. An identifier is a word with `_` or a capital inside.
    pub(super) fn labelled_as_other_date(&self, start: usize) -> bool {
        let label_end = self.text[..start]
            .trim_end_matches([' ', '\'', '"', '\\', '<', '>', '=', ':', '!', '(']);
        let label = label_end
            .rsplit(|c: char| !(c.is_alphanumeric() || c == '_'))
            .next()
            .unwrap_or_default();
        let identifier = label.contains('_') || label.chars().skip(1).any(char::is_uppercase);
        let lower = label.to_lowercase();
        let names_a_time = ["_at", "_on", "date", "time", "_ts", "_until", "_since"]
            .iter()
            .any(|end| lower.ends_with(end))
            || (label.ends_with("At") && label.len() > 2);
        // The birth cue's words, and the short forms code gives them (`geb_datum`, `data_nasc`).
        let names_a_birth = super::patterns::BIRTH_CONTEXT_WORDS
            .iter()
            .chain(&[
                "geb", "naiss", "nac", "nasc", "geboor", "cumple", "complean", "anivers",
                "verjaard",
            ])
            .any(|word| lower.contains(word));
        identifier && names_a_time && !names_a_birth
    }

    /// Whether the candidate at `start` opens a JSON value whose key names a number of its own
    /// that is no phone's (`"omb_no": "8336-5136"`, `"caseId": "`; not `"phone_no"`): the key
    /// passed, or written right before it.
    pub(super) fn keyed_as_other_number(&self, start: usize) -> bool {
        let before = &self.text[..start];
        let passed_key = self.key.filter(|_| before.trim().is_empty());
        let written_key = before
            .strip_suffix('"')
            .and_then(|_| enclosing_json_key(before));
        passed_key
            .or(written_key)
            .is_some_and(key_names_its_own_number)
    }

    pub(super) fn char_before(&self, at: usize) -> Option<char> {
        self.text[..at].chars().next_back()
    }

    pub(super) fn char_after(&self, at: usize) -> Option<char> {
        self.text[at..].chars().next()
    }

    /// No letter, digit or underscore touches the span on either side.
    pub(super) fn word_bounded(&self, span: &Range<usize>) -> bool {
        let is_word = |c: char| c.is_alphanumeric() || c == '_';
        !self.char_before(span.start).is_some_and(is_word)
            && !self.char_after(span.end).is_some_and(is_word)
    }

    /// Word-bounded, and not a piece of a longer number (`1.2.3.4.5`, `$1,299.00`, `12-34-56`).
    pub(super) fn number_bounded(&self, span: &Range<usize>) -> bool {
        if !self.word_bounded(span) {
            return false;
        }
        let joins = |c: char| matches!(c, '-' | '.' | '/' | ':' | ',');
        let mut before = self.text[..span.start].chars().rev();
        let continued_before = match (before.next(), before.next()) {
            (Some('$' | '€' | '£' | '#'), _) => true,
            (Some(c), Some(d)) => joins(c) && d.is_ascii_digit(),
            _ => false,
        };
        let mut after = self.text[span.end..].chars();
        let continued_after = match (after.next(), after.next()) {
            (Some(c), Some(d)) => joins(c) && d.is_ascii_digit(),
            _ => false,
        };
        !continued_before && !continued_after
    }

    /// Number-bounded, and not one group of a longer space-separated digit run (`4221 1043
    /// 0692 0396` holds no phone number).
    pub(super) fn digit_group_bounded(&self, span: &Range<usize>) -> bool {
        let mut before = self.text[..span.start].chars().rev();
        let mut after = self.text[span.end..].chars();
        let digit_beyond_space = |first: Option<char>, second: Option<char>| {
            first == Some(' ') && second.is_some_and(|c| c.is_ascii_digit())
        };
        self.number_bounded(span)
            && !digit_beyond_space(before.next(), before.next())
            && !digit_beyond_space(after.next(), after.next())
    }

    /// An IPv4 address may be followed by `:port` but not be part of a longer dotted number.
    pub(super) fn dotted_quad_bounded(&self, span: &Range<usize>) -> bool {
        let mut before = self.text[..span.start].chars().rev();
        let mut after = self.text[span.end..].chars();
        let dot_digit = |first: Option<char>, second: Option<char>| {
            first == Some('.') && second.is_some_and(|c| c.is_ascii_digit())
        };
        self.word_bounded(span)
            && !dot_digit(before.next(), before.next())
            && !dot_digit(after.next(), after.next())
    }
}

/// The text the detectors read, and where each of its bytes came from in the text given.
///
/// JSON embedded as text (a tool result holding a JSON document) is read like the text it
/// encodes: `\n`, `\r` and `\t` escapes become two spaces each, and `\uXXXX` escapes (what
/// Python's `json.dumps` writes for every non-ASCII letter: `Jos\u00e9 Garc\u00eda`) become
/// their characters. Without a `\u` escape the offsets are the text's own; with one, findings
/// are mapped back ([`View::original`]) so that the whole escaped name is redacted.
pub(super) struct View<'a> {
    pub(super) text: Cow<'a, str>,
    /// For each byte of `text` (and its end), the offset in the text given where the character
    /// it belongs to starts (a decoded character starts at its escape); `None`: the same.
    origin: Option<Vec<usize>>,
}

impl View<'_> {
    pub(super) fn of(text: &str) -> View<'_> {
        // Whitespace escapes keep every offset; only `\u` escapes need the map.
        let spaced = whitespace_escapes_as_spaces(text);
        match decode_unicode_escapes(&spaced) {
            Some((decoded, origin)) => View {
                text: Cow::Owned(decoded),
                origin: Some(origin),
            },
            None => View {
                text: spaced,
                origin: None,
            },
        }
    }

    /// `span` of the view as a span of the text given.
    pub(super) fn original(&self, span: Range<usize>) -> Range<usize> {
        match &self.origin {
            Some(origin) => origin[span.start]..origin[span.end],
            None => span,
        }
    }
}

/// `text` with its `\uXXXX` escapes (surrogate pairs joined) decoded, and the origin of each
/// byte (see [`View`]); `None` when it has no `\u` escape that decodes to a character.
fn decode_unicode_escapes(text: &str) -> Option<(String, Vec<usize>)> {
    if !text.contains("\\u") {
        return None;
    }
    let bytes = text.as_bytes();
    let hex_at = |at: usize| -> Option<u32> {
        let digits = bytes.get(at..at + 4)?;
        let digits = std::str::from_utf8(digits).ok()?;
        u32::from_str_radix(digits, 16).ok()
    };
    // `\uXXXX` at `at` (the backslash): the character and the escape's length.
    let unicode_escape = |at: usize| -> Option<(char, usize)> {
        if bytes.get(at + 1) != Some(&b'u') {
            return None;
        }
        let unit = hex_at(at + 2)?;
        if (0xD800..0xDC00).contains(&unit) {
            let low = (bytes.get(at + 6..at + 8) == Some(&b"\\u"[..]))
                .then(|| hex_at(at + 8))
                .flatten()
                .filter(|low| (0xDC00..0xE000).contains(low))?;
            let joined = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
            return char::from_u32(joined).map(|c| (c, 12));
        }
        char::from_u32(unit).map(|c| (c, 6))
    };
    let mut at = bytes.iter().position(|&b| b == b'\\')?;
    let mut escaped = false;
    let mut decoded = Vec::with_capacity(text.len());
    let mut origin = Vec::with_capacity(text.len() + 1);
    decoded.extend_from_slice(&bytes[..at]);
    origin.extend(0..at);
    while at < bytes.len() {
        if bytes[at] != b'\\' {
            decoded.push(bytes[at]);
            origin.push(at);
            at += 1;
            continue;
        }
        if let Some((character, length)) = unicode_escape(at) {
            let mut buffer = [0; 4];
            let encoded = character.encode_utf8(&mut buffer).as_bytes();
            decoded.extend_from_slice(encoded);
            origin.extend(std::iter::repeat_n(at, encoded.len()));
            escaped = true;
            at += length;
            continue;
        }
        // `\\`, `\"` and the other escapes keep their two bytes.
        let end = (at + 2).min(bytes.len());
        decoded.extend_from_slice(&bytes[at..end]);
        origin.extend(at..end);
        at = end;
    }
    origin.push(bytes.len());
    if !escaped {
        return None;
    }
    String::from_utf8(decoded)
        .ok()
        .map(|decoded| (decoded, origin))
}

/// `text` with JSON's `\n`, `\r` and `\t` escapes turned into two spaces each, so that JSON
/// embedded as text (a tool result holding a JSON document) reads like the text it encodes;
/// byte offsets are unchanged.
fn whitespace_escapes_as_spaces(text: &str) -> Cow<'_, str> {
    // Copy only when there is an escape to rewrite (`\"` alone leaves the text as it is).
    let Some(first) = first_whitespace_escape(text.as_bytes()) else {
        return Cow::Borrowed(text);
    };
    let mut bytes = text.as_bytes().to_vec();
    let mut index = first;
    while index + 1 < bytes.len() {
        if bytes[index] == b'\\' {
            if matches!(bytes[index + 1], b'n' | b'r' | b't') {
                bytes[index] = b' ';
                bytes[index + 1] = b' ';
            }
            index += 2;
        } else {
            index += 1;
        }
    }
    // Only ASCII bytes were replaced by ASCII bytes.
    Cow::Owned(String::from_utf8(bytes).unwrap_or_else(|_| text.to_string()))
}

/// Where the first `\n`, `\r` or `\t` escape starts (an escaped backslash is skipped).
fn first_whitespace_escape(bytes: &[u8]) -> Option<usize> {
    let mut index = 0;
    while index + 1 < bytes.len() {
        if bytes[index] == b'\\' {
            if matches!(bytes[index + 1], b'n' | b'r' | b't') {
                return Some(index);
            }
            index += 2;
        } else {
            index += 1;
        }
    }
    None
}

/// What one pass over a text's bytes learns: enough to rule out most patterns before their
/// regular expressions run (a text without `@` holds no email, one without thirteen digits in
/// a row no card number, one without a dotted quad no IPv4 address).
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Features {
    /// ASCII digits in the text.
    pub(super) digits: usize,
    /// The longest run of consecutive ASCII digits.
    pub(super) longest_digit_run: usize,
    /// The most ASCII digits in one run of digit groups joined by single spaces or hyphens
    /// (`4111 1111-1111`, `078-05-1120`).
    pub(super) longest_digit_group_run: usize,
    /// Two ASCII capitals followed by two ASCII digits (`DE89`), how an IBAN starts.
    pub(super) capitals_then_digits: bool,
    /// Four groups of ASCII digits joined by single dots (`10.0.0.1`), how an IPv4 address is
    /// written.
    pub(super) dotted_quad: bool,
    /// A byte that is not ASCII (`\d` also matches other scripts' digits).
    pub(super) non_ascii: bool,
    /// Colons in the text.
    pub(super) colons: usize,
    /// An ASCII upper-case letter or any non-ASCII byte (a capitalised word may start there).
    pub(super) upper: bool,
    /// A word that opens with a listed given name (`person::holds_listed_given_name`), looked
    /// for only in a text with a capital and a space.
    pub(super) given_name: bool,
    /// Which ASCII punctuation bytes occur (bit `b - 32` for `b` in `' '..='~'`).
    punctuation: u128,
}

impl Features {
    pub(super) fn of(text: &str) -> Features {
        let bytes = text.as_bytes();
        let mut features = Features::default();
        // Which byte values occur: one store per byte that is no digit, read once at the end.
        let mut seen = [false; 256];
        let mut run = 0;
        // Digits of the current run of digit groups, and digit groups of the current dotted chain.
        let (mut group_run, mut dotted_groups) = (0, 0);
        let byte_at = |at: Option<usize>| at.and_then(|at| bytes.get(at)).copied();
        for (at, &byte) in bytes.iter().enumerate() {
            if !byte.is_ascii_digit() {
                run = 0;
                seen[usize::from(byte)] = true;
                continue;
            }
            if run == 0 {
                // A digit group starts: what stands right before it decides which chains it
                // continues.
                let before = byte_at(at.checked_sub(1));
                let digit_before_that =
                    byte_at(at.checked_sub(2)).is_some_and(|b| b.is_ascii_digit());
                if !(matches!(before, Some(b' ' | b'-')) && digit_before_that) {
                    group_run = 0;
                }
                dotted_groups = if before == Some(b'.') && digit_before_that {
                    dotted_groups + 1
                } else {
                    1
                };
                features.dotted_quad |= dotted_groups >= 4;
                features.capitals_then_digits |= before.is_some_and(|b| b.is_ascii_uppercase())
                    && byte_at(at.checked_sub(2)).is_some_and(|b| b.is_ascii_uppercase())
                    && byte_at(Some(at + 1)).is_some_and(|b| b.is_ascii_digit());
            }
            features.digits += 1;
            run += 1;
            group_run += 1;
            features.longest_digit_run = features.longest_digit_run.max(run);
            features.longest_digit_group_run = features.longest_digit_group_run.max(group_run);
        }
        features.non_ascii = seen[0x80..].contains(&true);
        features.upper =
            features.non_ascii || seen[usize::from(b'A')..=usize::from(b'Z')].contains(&true);
        for byte in b' '..=b'~' {
            if seen[usize::from(byte)] && (byte == b' ' || byte.is_ascii_punctuation()) {
                features.punctuation |= 1 << (byte - b' ');
            }
        }
        if seen[usize::from(b':')] {
            features.colons = bytes.iter().filter(|&&b| b == b':').count();
        }
        features.given_name =
            features.upper && features.has(b' ') && super::person::holds_listed_given_name(text);
        features
    }

    /// Whether the ASCII punctuation byte or space `byte` occurs in the text.
    pub(super) fn has(&self, byte: u8) -> bool {
        (b' '..=b'~').contains(&byte) && self.punctuation & (1 << (byte - b' ')) != 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unicode_escapes_are_read_as_their_characters_and_mapped_back() {
        let text = r#"{"note": "Met Jos\u00e9 Garc\u00eda \ud83d\ude00\nok"}"#;
        let view = View::of(text);
        assert_eq!(view.text, "{\"note\": \"Met José García 😀  ok\"}");
        let name = view.text.find("José García").expect("decoded");
        let span = view.original(name..name + "José García".len());
        assert_eq!(&text[span], r"Jos\u00e9 Garc\u00eda");
        let emoji = view.text.find('😀').expect("pair joined");
        assert_eq!(&text[view.original(emoji..emoji + 4)], r"\ud83d\ude00");
        // An escaped backslash, a lone surrogate and a short escape stay as they are.
        for kept in [r"C:\\u00e9", r"\ud83d alone", r"\u00e", r"end \"] {
            assert_eq!(View::of(kept).text, kept, "{kept}");
        }
        // Without a `\u` escape the view keeps the text's offsets.
        let plain = View::of(r"a\nb");
        assert_eq!((plain.text.as_ref(), plain.original(0..4)), ("a  b", 0..4));
    }

    #[test]
    fn a_label_for_another_kind_of_number_ends_where_the_number_starts() {
        let labelled = |text: &str| {
            let scan = Scan { text, key: None };
            scan.labelled_as_identifier(text.len())
        };
        for before in [
            "EAN ",
            "invoice no. ",
            "ref #",
            "order: ",
            "CASE-",
            "\"imei\": \"",
            "\"lot_number\": \"",
            "\\\"lot-number\\\": \\\"",
            "part_no=",
            "Charge ",
            "Art.-Nr. ",
            "\"Kundennummer\": \"",
            "Réf. ",
            "N° de commande ",
            "commande N° ",
            "Lote ",
            "\"código\": \"",
            "Referência: ",
            "Bestelling ",
            "Certificate No. ",
            "Teilenummer ",
            "N° client : ",
            "Charge-Nr. ",
        ] {
            assert!(labelled(before), "{before}");
        }
        for before in [
            "call ",
            "Tel: ",
            "showcase-",
            "mobile ",
            "Telefonnummer: ",
            "Cliente: ",
            "Kunde ",
            "a lot of ",
            "Person in charge: ",
            "Client number: ",
            "o cliente no ",
            "Calle Mayor s/n - ",
        ] {
            assert!(!labelled(before), "{before}");
        }
    }

    #[test]
    fn phone_words_count_at_the_start_of_a_word() {
        let words = super::super::patterns::phone_context();
        for text in ["Tel: ", "telefono ", "\"home_phone\": \"", "Cell", "(fax) "] {
            assert!(words.is_match(text), "{text}");
        }
        for text in ["Intel Core i9 ", "hotel room ", "an excellent ", "recall "] {
            assert!(!words.is_match(text), "{text}");
        }
    }

    #[test]
    fn digit_groups_joined_by_one_space_or_hyphen_make_one_run() {
        let run = |text: &str| Features::of(text).longest_digit_group_run;
        assert_eq!(run("card 4111 1111-1111 1111."), 16);
        assert_eq!(run("ssn 078-05-1120"), 9);
        // Two separators in a row, or another one, end the run.
        assert_eq!(run("12  34"), 2);
        assert_eq!(run("12 - 34"), 2);
        assert_eq!(run("1.2/3"), 1);
        assert_eq!(run("x 5 "), 1);
        assert_eq!(run("12٣4"), 2);
        assert!(Features::of("12٣4").non_ascii && !Features::of("12 34").non_ascii);
    }

    #[test]
    fn iban_starts_and_dotted_quads_are_seen() {
        assert!(Features::of("iban DE89370400440532013000").capitals_then_digits);
        assert!(Features::of("GB29 NWBK").capitals_then_digits);
        for text in ["D89", "De89", "DE8 9", "DE-89", "ÄÖ89"] {
            assert!(!Features::of(text).capitals_then_digits, "{text}");
        }
        assert!(Features::of("from 192.168.0.1:8080").dotted_quad);
        assert!(Features::of("v1.2.3.4").dotted_quad);
        for text in [
            "1.2.3",
            "1.2..3.4",
            "1.2. 3.4",
            "1.2.x.3.4",
            "version 3.12.0",
        ] {
            assert!(!Features::of(text).dotted_quad, "{text}");
        }
    }
}
