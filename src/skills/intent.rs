//! Intent templates: the sentences a skill answers to, written as
//! `(what's|what is) [the] time [in {zone}]`.
//!
//! - `(a|b c)` — one of the alternatives (each may hold several words, groups and slots);
//! - `[the]` — optional words; `[a|the]` — optionally one of the alternatives;
//! - `{zone}` — a slot: one or more words of the utterance, handed to the skill as a parameter;
//!   `{amount:number}` — a slot whose words hold a number (digits, or a number spelt out);
//!   `{day:date}` — a slot whose words name a day of the calendar (a month, a weekday, an
//!   ordinal such as `fifth` or `3rd`, an ISO date, a holiday).
//!
//! A template is compiled once into an anchored, case-insensitive regular expression over the
//! normalized utterance (words separated by single spaces, surrounding punctuation removed).
//! The expression is checked when the template is loaded and built when it is first tried (a
//! very long one at load): building all ~450 took 70 ms of a one-shot command's ~120, which
//! tries a handful.

use std::collections::BTreeMap;
use std::fmt;
use std::sync::OnceLock;

use regex::Regex;

/// Expressions longer than this (the shipped templates' longest is under 1 KiB) are built at
/// load, so that one too large to build is reported there with its template, as a syntax
/// mistake is. A shorter one is far from the regex size limit: a 2,500-word alternative (19 KiB)
/// builds, a 60,000-word one does not.
const BUILT_AT_LOAD: usize = 16 * 1024;

/// A compiled intent template.
#[derive(Debug, Clone)]
pub struct IntentTemplate {
    source: String,
    /// The regular expression, checked by [`IntentTemplate::compile`].
    pattern: String,
    /// `pattern`, built on first use ([`IntentTemplate::regex`]).
    regex: OnceLock<Option<Regex>>,
    /// The slot name of each capture group `s0`, `s1`, ... (a slot may appear in several
    /// alternatives, so group names are numbered).
    group_slots: Vec<String>,
    /// The slots declared `{name:number}`.
    number_slots: Vec<String>,
    /// Lower-cased words every matching utterance contains (outside groups and options).
    required_words: Vec<String>,
}

/// Why a template does not compile; `column` is 1-based within the template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TemplateError {
    pub column: usize,
    pub message: String,
}

impl fmt::Display for TemplateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "column {}: {}", self.column, self.message)
    }
}

impl std::error::Error for TemplateError {}

/// An utterance prepared for matching.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Utterance {
    /// The words, each preceded by one space (so every template word matches ` word`).
    text: String,
    word_count: usize,
}

/// Words a person may put around a request that change nothing about it.
const LEADING_FILLERS: &[&str] = &["hey", "hi", "ok", "okay", "roxy", "please", "ai"];
const TRAILING_FILLERS: &[&str] = &["please", "thanks", "roxy"];

impl Utterance {
    /// Splits `input` into words, drops punctuation around words and polite filler at the ends.
    /// Brackets stay on a word with a digit when the input is arithmetic with balanced brackets
    /// ("(2 + 3) * 4" is not "2 + 3 * 4").
    pub fn new(input: &str) -> Utterance {
        let normalized = input.replace(['\u{2019}', '\u{2018}'], "'");
        let arithmetic = normalized.contains(['+', '-', '*', '/', '^', '×', '÷'])
            && normalized.matches('(').count() == normalized.matches(')').count();
        // "5!" alone, or in a sum, is a factorial, not an exclamation.
        let factorial = arithmetic || !normalized.contains(char::is_alphabetic);
        let mut words: Vec<&str> = normalized
            .split_whitespace()
            .map(|word| {
                let keeps_brackets = arithmetic && word.contains(|c: char| c.is_ascii_digit());
                let trimmed = word.trim_matches(|c: char| {
                    PUNCTUATION.contains(&c) && !(keeps_brackets && matches!(c, '(' | ')'))
                });
                let start = trimmed.as_ptr() as usize - word.as_ptr() as usize;
                let end = start + trimmed.len();
                let bang = factorial
                    && trimmed.ends_with(|c: char| c.is_ascii_digit() || c == ')')
                    && word[end..].starts_with('!');
                if bang { &word[start..=end] } else { trimmed }
            })
            .filter(|word| !word.is_empty())
            .collect();
        // A dash between words is punctuation ("take a note - buy milk"); between numbers it
        // is a minus.
        let numeric = |word: Option<&&str>| {
            word.is_some_and(|w| w.contains(|c: char| c.is_ascii_digit() || c == '(' || c == ')'))
        };
        let dashes: Vec<usize> = (0..words.len())
            .filter(|&at| {
                words[at]
                    .chars()
                    .all(|c| matches!(c, '-' | '\u{2013}' | '\u{2014}'))
                    && !(at > 0 && numeric(words.get(at - 1)) && numeric(words.get(at + 1)))
            })
            .collect();
        for at in dashes.into_iter().rev() {
            words.remove(at);
        }
        let is = |list: &[&str], word: &str| list.iter().any(|f| word.eq_ignore_ascii_case(f));
        // Fillers alone ("hi roxy", "thanks roxy") are the request itself: kept.
        let all_fillers = words
            .iter()
            .all(|w| is(LEADING_FILLERS, w) || is(TRAILING_FILLERS, w));
        while !all_fillers && words.len() > 1 && is(LEADING_FILLERS, words[0]) {
            words.remove(0);
        }
        while !all_fillers && words.len() > 1 && is(TRAILING_FILLERS, words[words.len() - 1]) {
            words.pop();
        }
        let mut text = String::with_capacity(normalized.len() + 1);
        for word in &words {
            text.push(' ');
            text.push_str(word);
        }
        Utterance {
            text,
            word_count: words.len(),
        }
    }

    /// The utterance without a request wrapper at its start ("could you tell me ..."), if it
    /// has one and something is left.
    pub fn without_request_wrapper(&self) -> Option<Utterance> {
        let words: Vec<&str> = self.words().split(' ').collect();
        let mut start = 0;
        'strip: loop {
            for wrapper in REQUEST_WRAPPERS {
                let wrapper: Vec<&str> = wrapper.split(' ').collect();
                let rest = &words[start..];
                if rest.len() > wrapper.len()
                    && wrapper
                        .iter()
                        .zip(rest)
                        .all(|(w, word)| w.eq_ignore_ascii_case(word))
                {
                    start += wrapper.len();
                    continue 'strip;
                }
            }
            break;
        }
        (start > 0).then(|| Utterance::new(&words[start..].join(" ")))
    }

    /// The normalized words joined by spaces.
    pub fn words(&self) -> &str {
        self.text.trim_start()
    }

    /// What templates are matched against.
    pub(crate) fn text(&self) -> &str {
        &self.text
    }

    pub fn word_count(&self) -> usize {
        self.word_count
    }
}

/// How people wrap a request without changing it ("can you tell me what time it is"), longest
/// first. The router also matches the utterance with these removed from its start.
const REQUEST_WRAPPERS: &[&str] = &[
    "can you please tell me",
    "could you please tell me",
    "would you please tell me",
    "i would like to know",
    "would you mind telling me",
    "i need you to tell me",
    "i want you to tell me",
    "can you tell me",
    "could you tell me",
    "would you tell me",
    "will you tell me",
    "please tell me",
    "please let me know",
    "please give me",
    "i'd like to know",
    "i need to know",
    "i want to know",
    "i wanna know",
    "i need you to",
    "i want you to",
    "i'd like you to",
    "i would like you to",
    "can you please",
    "could you please",
    "would you please",
    "will you please",
    "do you know",
    "let me know",
    "can you",
    "could you",
    "would you",
    "will you",
    "tell me",
    "give me",
    "show me",
    "i'd like to",
    "i would like to",
    "i want to",
    "i need to",
    "i need",
    "i want",
    "please",
];

const PUNCTUATION: &[char] = &[
    '?', '!', '.', ',', ';', ':', '"', '\u{201c}', '\u{201d}', '(', ')',
];

/// A successful match of one template.
#[derive(Debug, Clone, PartialEq)]
pub struct TemplateMatch {
    pub parameters: BTreeMap<String, String>,
    /// Words of the utterance matched by template words rather than slots.
    pub literal_words: usize,
}

impl IntentTemplate {
    /// Compiles `source`.
    pub fn compile(source: &str) -> Result<IntentTemplate, TemplateError> {
        let mut parser = Parser {
            chars: source.char_indices().collect(),
            position: 0,
            group_slots: Vec::new(),
            number_slots: Vec::new(),
            literal_words: 0,
            depth: 0,
            required_words: Vec::new(),
        };
        let body = parser.sequence(None)?;
        if let Some(&(_, c)) = parser.chars.get(parser.position) {
            return Err(parser.error_here(format!("`{c}` has no opening bracket")));
        }
        if parser.literal_words == 0 {
            return Err(TemplateError {
                column: 1,
                message: "a template needs at least one word besides slots".into(),
            });
        }
        let pattern = format!("(?i)^{body}$");
        // Its syntax only: the rest (words escaped, groups of the parser's own making) cannot
        // fail, and translating it (Unicode case folding) costs most of building it.
        let cannot_compile = |error: &dyn fmt::Display| TemplateError {
            column: 1,
            message: format!(
                "cannot compile: {error}; split it into several templates with fewer alternatives"
            ),
        };
        regex_syntax::ast::parse::Parser::new()
            .parse(&pattern)
            .map_err(|error| cannot_compile(&error))?;
        let regex = OnceLock::new();
        if pattern.len() > BUILT_AT_LOAD {
            let built = Regex::new(&pattern).map_err(|error| cannot_compile(&error))?;
            let _ = regex.set(Some(built));
        }
        Ok(IntentTemplate {
            source: source.to_string(),
            pattern,
            regex,
            group_slots: parser.group_slots,
            number_slots: parser.number_slots,
            required_words: parser.required_words,
        })
    }

    /// Lower-cased words that every utterance this template matches contains.
    pub fn required_words(&self) -> &[String] {
        &self.required_words
    }

    /// The template as written.
    pub fn source(&self) -> &str {
        &self.source
    }

    /// The names of the template's slots, each once, in order of appearance.
    pub fn slot_names(&self) -> Vec<&str> {
        let mut names: Vec<&str> = Vec::new();
        for name in &self.group_slots {
            if !names.contains(&name.as_str()) {
                names.push(name);
            }
        }
        names
    }

    /// The words a slot follows in the template (`in`, `at`, `for` in `time [(in|at|for) [the]
    /// {zone}]`): the word, or the last word of each alternative of the group, right before a
    /// slot, looking past an optional word such as `[the]` (not past other optional parts). A
    /// person who says one of them with more after it has likely said what the slot holds.
    pub fn slot_cue_words(&self) -> Vec<String> {
        let mut cues: Vec<String> = Vec::new();
        for (at, _) in self.source.match_indices('{') {
            let mut before = self.source[..at].trim_end();
            while let Some(last) = before.chars().last() {
                let (close, open) = match last {
                    ']' => (']', '['),
                    ')' => (')', '('),
                    _ => {
                        let word: String = before
                            .chars()
                            .rev()
                            .take_while(|c| c.is_alphanumeric() || *c == '\'')
                            .collect::<Vec<_>>()
                            .into_iter()
                            .rev()
                            .collect();
                        cues.push(word.to_lowercase());
                        break;
                    }
                };
                let Some(start) = matching_open(before, close, open) else {
                    break;
                };
                let inner = &before[start + 1..before.len() - 1];
                if close == ']' {
                    // `[the]`: an optional word; the cue is before it. Any other optional part
                    // (`[(right now|now)] {zone}`) is no cue.
                    if inner.contains(['(', '|', ' ']) {
                        break;
                    }
                    before = before[..start].trim_end();
                    continue;
                }
                for alternative in inner.split('|') {
                    if let Some(word) = alternative.split_whitespace().last() {
                        cues.push(word.trim_matches(['[', ']', '(', ')']).to_lowercase());
                    }
                }
                break;
            }
        }
        cues.retain(|cue| !cue.is_empty());
        cues.sort();
        cues.dedup();
        cues
    }

    /// The names of the slots declared `{name:number}`.
    pub fn number_slots(&self) -> &[String] {
        &self.number_slots
    }

    /// The template's regular expression, built now if this is its first use; `None` if it
    /// cannot be built (loading builds the long ones, so this is not expected), reported once.
    fn regex(&self) -> Option<&Regex> {
        self.regex
            .get_or_init(|| {
                Regex::new(&self.pattern)
                    .inspect_err(|error| {
                        tracing::warn!("template `{}` cannot be used: {error}", self.source);
                    })
                    .ok()
            })
            .as_ref()
    }

    /// Matches the whole utterance against the template.
    pub fn matches(&self, utterance: &Utterance) -> Option<TemplateMatch> {
        let captures = self.regex()?.captures(utterance.text())?;
        let mut parameters = BTreeMap::new();
        let mut slot_words = 0;
        for (index, name) in self.group_slots.iter().enumerate() {
            if let Some(value) = captures.name(&format!("s{index}")) {
                slot_words += value.as_str().split(' ').count();
                parameters.insert(name.clone(), value.as_str().to_string());
            }
        }
        Some(TemplateMatch {
            parameters,
            literal_words: utterance.word_count().saturating_sub(slot_words),
        })
    }
}

/// Words that make a `{slot:number}` slot: a number spelt out.
const NUMBER_WORDS: &str = "zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\
thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|\
seventy|eighty|ninety|hundred|thousand|million|half|quarter";

/// Words that make a `{slot:date}` slot: a month, a weekday, an ISO date, or a holiday
/// `roxy_system`'s `date_on` knows (its `HOLIDAYS`); or, as the slot's last word, a day of the
/// month (`fifth`, `twenty second`, `3rd`), so that "the first day of spring" is not one.
const DATE_WORDS: &str = "january|february|march|april|may|june|july|august|september|october|\
november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|monday|tuesday|wednesday|\
thursday|friday|saturday|sunday|[0-9]{4}-[0-9]{2}-[0-9]{2}|christmas|xmas|halloween|hallowe'en|\
easter|thanksgiving|valentine's|valentines|patrick's|patricks|memorial|labor|labour|\
independence|new year's|new years|new year|newyear's|mother's|mothers|father's|fathers|mlk|\
presidents|presidents'|boxing";
const DAY_OF_MONTH_WORDS: &str = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|\
tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|\
nineteenth|twentieth|thirtieth|[0-9]{1,2}(?:st|nd|rd|th)";

/// Recursive-descent parser emitting the regex directly.
struct Parser {
    chars: Vec<(usize, char)>,
    position: usize,
    group_slots: Vec<String>,
    number_slots: Vec<String>,
    literal_words: usize,
    /// How many groups or options enclose the current position.
    depth: usize,
    required_words: Vec<String>,
}

impl Parser {
    fn error_here(&self, message: String) -> TemplateError {
        TemplateError {
            column: self.position + 1,
            message,
        }
    }

    fn peek(&self) -> Option<char> {
        self.chars.get(self.position).map(|&(_, c)| c)
    }

    /// Parses until `closing` (not consumed) or, inside `( )`, a `|`.
    fn sequence(&mut self, closing: Option<char>) -> Result<String, TemplateError> {
        let mut out = String::new();
        let mut empty = true;
        while let Some(c) = self.peek() {
            match c {
                c if c.is_whitespace() => self.position += 1,
                '(' => {
                    out.push_str(&format!("(?:{})", self.alternatives(')')?));
                    empty = false;
                }
                '[' => {
                    out.push_str(&format!("(?:{})?", self.alternatives(']')?));
                    empty = false;
                }
                '{' => {
                    out.push_str(&self.slot()?);
                    empty = false;
                }
                '|' if closing.is_some() => break,
                c if Some(c) == closing => break,
                ')' | ']' | '}' | '|' => {
                    return Err(self.error_here(format!("`{c}` has no opening bracket")));
                }
                _ => {
                    out.push_str(&self.word());
                    empty = false;
                }
            }
        }
        if empty && closing.is_some() {
            return Err(self.error_here("empty group: write at least one word in it".into()));
        }
        Ok(out)
    }

    /// `(a|b)` or `[a|b]`: the alternatives joined by `|`, without the group's brackets.
    fn alternatives(&mut self, closing: char) -> Result<String, TemplateError> {
        let opened_at = self.position;
        self.position += 1;
        self.depth += 1;
        let mut options = vec![self.sequence(Some(closing))?];
        while self.peek() == Some('|') {
            self.position += 1;
            options.push(self.sequence(Some(closing))?);
        }
        self.expect(closing, opened_at)?;
        self.depth -= 1;
        Ok(options.join("|"))
    }

    fn slot(&mut self) -> Result<String, TemplateError> {
        let opened_at = self.position;
        self.position += 1;
        let mut name = String::new();
        let mut kind: Option<String> = None;
        while let Some(c) = self.peek() {
            if c == '}' {
                break;
            }
            if c == ':' && kind.is_none() {
                kind = Some(String::new());
                self.position += 1;
                continue;
            }
            if !(c.is_alphanumeric() || c == '_') {
                return Err(self.error_here(format!(
                    "`{c}` cannot be part of a slot name; use letters, digits and `_`"
                )));
            }
            match &mut kind {
                Some(kind) => kind.push(c),
                None => name.push(c),
            }
            self.position += 1;
        }
        self.expect('}', opened_at)?;
        if name.is_empty() {
            return Err(TemplateError {
                column: opened_at + 1,
                message: "empty slot: write its name, e.g. `{zone}`".into(),
            });
        }
        let words = match kind.as_deref() {
            None => "[^ ]+(?: [^ ]+)*?".to_string(),
            Some("number") => format!("(?:[^ ]+ )*?(?:[^ ]*[0-9][^ ]*|{NUMBER_WORDS})(?: [^ ]+)*?"),
            Some("date") => format!(
                "(?:(?:[^ ]+ )*?(?:{DATE_WORDS})(?: [^ ]+)*?|(?:[^ ]+ )*?(?:{DAY_OF_MONTH_WORDS}))"
            ),
            // A word with an extension that starts with a letter: `notes.txt`, `*.xlsx`, not
            // `2.0`.
            Some("file") => "(?:[^ ]+ )*?[^ ]*[^ .]\\.[a-z][a-z0-9]{0,4}(?: [^ ]+)*?".to_string(),
            Some(other) => {
                return Err(TemplateError {
                    column: opened_at + 1,
                    message: format!(
                        "unknown slot kind `{other}`; the kinds are `number` (`{{{name}:number}}`), `date` (`{{{name}:date}}`) and `file` (`{{{name}:file}}`)"
                    ),
                });
            }
        };
        if kind.as_deref() == Some("number") && !self.number_slots.contains(&name) {
            self.number_slots.push(name.clone());
        }
        let group = self.group_slots.len();
        self.group_slots.push(name);
        Ok(format!(" (?P<s{group}>{words})"))
    }

    fn word(&mut self) -> String {
        let mut word = String::new();
        while let Some(c) = self.peek() {
            if c.is_whitespace() || "()[]{}|".contains(c) {
                break;
            }
            word.push(c);
            self.position += 1;
        }
        self.literal_words += 1;
        let word = word.replace('\u{2019}', "'");
        if self.depth == 0 {
            self.required_words.push(word.to_lowercase());
        }
        format!(" {}", regex::escape(&word))
    }

    fn expect(&mut self, closing: char, opened_at: usize) -> Result<(), TemplateError> {
        if self.peek() == Some(closing) {
            self.position += 1;
            Ok(())
        } else {
            Err(TemplateError {
                column: opened_at + 1,
                message: format!("this bracket is never closed: add `{closing}`"),
            })
        }
    }
}

/// Where the bracket `open` that pairs with the `close` ending `text` starts.
fn matching_open(text: &str, close: char, open: char) -> Option<usize> {
    let mut depth = 0usize;
    for (at, c) in text.char_indices().rev() {
        if c == close {
            depth += 1;
        } else if c == open {
            depth = depth.checked_sub(1)?;
            if depth == 0 {
                return Some(at);
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_words_a_slot_follows_are_its_cues() {
        let cues = |source: &str| {
            IntentTemplate::compile(source)
                .expect("compiles")
                .slot_cue_words()
        };
        assert_eq!(
            cues("(what|which) time (is it|it is) [(in|at|for|over in|on) [the] {zone}]"),
            ["at", "for", "in", "on"]
        );
        assert_eq!(cues("remind me to {what}"), ["to"]);
        // An optional part before a slot is no cue; a template without slots has none.
        assert!(cues("what time is it [(right now|now)] {zone} time").is_empty());
        assert!(cues("what time is it").is_empty());
    }

    fn parameters(template: &str, input: &str) -> Option<BTreeMap<String, String>> {
        IntentTemplate::compile(template)
            .unwrap()
            .matches(&Utterance::new(input))
            .map(|m| m.parameters)
    }

    /// A dash between words is punctuation; between numbers it stays a minus.
    #[test]
    fn a_dash_between_words_is_dropped() {
        assert_eq!(
            Utterance::new("Take a note - buy milk!!").words(),
            "Take a note buy milk"
        );
        assert_eq!(
            Utterance::new("note \u{2014} call Ada").words(),
            "note call Ada"
        );
        assert_eq!(Utterance::new("10 - 3").words(), "10 - 3");
        assert_eq!(Utterance::new("(2 + 3) - 4").words(), "(2 + 3) - 4");
    }

    /// Loading checks a template without building its expression; the first match builds it.
    #[test]
    fn the_expression_is_built_when_the_template_is_first_tried() {
        let template = IntentTemplate::compile("(what's|what is) [the] time [in {zone}]")
            .expect("a valid template");
        assert!(template.regex.get().is_none(), "built at load");
        let found = template.matches(&Utterance::new("What is the time in Lisbon?"));
        assert!(template.regex.get().is_some_and(Option::is_some));
        let zone = found.and_then(|m| m.parameters.get("zone").cloned());
        assert_eq!(zone.as_deref(), Some("Lisbon"));
    }

    /// A template too large to build is refused at load, with the regex crate's reason.
    #[test]
    fn a_template_too_large_to_build_is_refused_at_load() {
        let words: Vec<String> = (0..60_000).map(|i| format!("w{i}x")).collect();
        let error = IntentTemplate::compile(&format!("({}) now", words.join("|")))
            .expect_err("a 60,000-word alternative builds");
        assert!(error.message.starts_with("cannot compile:"), "{error}");
        assert!(error.message.contains("size limit"), "{error}");
    }

    #[test]
    fn a_date_slot_needs_words_that_name_a_day() {
        let template = "(what|which) day [of the week] is [the] {when:date}";
        for said in [
            "what day is christmas",
            "what day of the week is the fifteenth of march",
            "what day is june 3rd this year",
            "which day is the 22nd",
            "what day is new year's eve",
        ] {
            assert!(parameters(template, said).is_some(), "{said}");
        }
        for said in [
            "what day is the first day of spring",
            "what day is my dentist appointment",
            "what day is marketing day",
        ] {
            assert_eq!(parameters(template, said), None, "{said}");
        }
    }

    #[test]
    fn a_file_slot_needs_a_word_with_an_extension() {
        let template = "(find|locate) [my] {name:file}";
        for (said, name) in [
            ("find notes.txt", "notes.txt"),
            ("find my Report.Final.PDF", "Report.Final.PDF"),
            (
                "locate the draft of budget.xlsx",
                "the draft of budget.xlsx",
            ),
        ] {
            assert_eq!(
                parameters(template, said),
                Some(BTreeMap::from([("name".into(), name.into())])),
                "{said}"
            );
        }
        for said in [
            "find a restaurant",
            "find version 2.0 of it",
            "find my keys.",
        ] {
            assert_eq!(parameters(template, said), None, "{said}");
        }
    }

    #[test]
    fn alternatives_optional_words_and_slots() {
        let template = "(what's|what is) [the] time [in {zone}]";
        assert_eq!(
            parameters(template, "What's the time?"),
            Some(BTreeMap::new())
        );
        assert_eq!(parameters(template, "what is time"), Some(BTreeMap::new()));
        assert_eq!(
            parameters(template, "what is the time in Europe/Paris"),
            Some(BTreeMap::from([("zone".into(), "Europe/Paris".into())]))
        );
        assert_eq!(
            parameters(template, "what\u{2019}s the time in New York, please?"),
            Some(BTreeMap::from([("zone".into(), "New York".into())]))
        );
        assert_eq!(parameters(template, "what time"), None);
        assert_eq!(
            parameters("find [a|the] file", "find the file"),
            Some(BTreeMap::new())
        );
        assert_eq!(
            parameters("find [a|the] file", "find file"),
            Some(BTreeMap::new())
        );
        assert_eq!(parameters("find [a|the] file", "find a the file"), None);
        assert_eq!(parameters(template, "what's the time in"), None);
    }

    #[test]
    fn fillers_alone_are_kept() {
        assert_eq!(Utterance::new("hi roxy").words(), "hi roxy");
        assert_eq!(
            Utterance::new("hey roxy what time is it").words(),
            "what time is it"
        );
        assert_eq!(Utterance::new("thanks roxy").words(), "thanks roxy");
    }

    #[test]
    fn counts_words_matched_by_the_template_itself() {
        let template = IntentTemplate::compile("remember [that] {fact}").unwrap();
        let found = template
            .matches(&Utterance::new("remember that my locker is 42"))
            .unwrap();
        assert_eq!(found.literal_words, 2);
        assert_eq!(found.parameters["fact"], "my locker is 42");
    }

    #[test]
    fn a_slot_may_appear_in_several_alternatives() {
        let template = "(find {name} files|find files named {name})";
        let compiled = IntentTemplate::compile(template).unwrap();
        assert_eq!(compiled.slot_names(), ["name"]);
        assert_eq!(
            parameters(template, "find files named report")
                .unwrap()
                .get("name")
                .map(String::as_str),
            Some("report")
        );
    }

    #[test]
    fn knows_the_words_every_match_contains() {
        let template =
            IntentTemplate::compile("(what's|what is) [the] Time [in {zone}] now").unwrap();
        assert_eq!(template.required_words(), ["time", "now"]);
    }

    #[test]
    fn template_words_are_not_regex() {
        assert_eq!(
            parameters("what is 2+2", "what is 2+2"),
            Some(BTreeMap::new())
        );
        assert_eq!(parameters("what is 2+2", "what is 22"), None);
    }

    #[test]
    fn reports_mistakes_with_their_column() {
        let error = |t: &str| IntentTemplate::compile(t).unwrap_err();
        assert_eq!(error("what [is the time").column, 6);
        assert_eq!(error("what is) time").column, 8);
        assert_eq!(error("tell me {}").column, 9);
        assert_eq!(error("tell me {a b}").column, 11);
        assert_eq!(error("(a||b) c").column, 4);
        assert!(error("{query}").message.contains("at least one word"));
    }
}
