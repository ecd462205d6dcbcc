//! The pattern table: every built-in detector as a type, a regular expression that proposes
//! candidates and the rule that judges them, in the order ties are resolved; plus the word lists
//! that give a bare number its context (phone, SSN, birth date, AWS secret, version). The engine
//! that runs the table is `detect.rs`; the rules' checks are `validate.rs` (the matched text
//! alone), `phone.rs` (numbering plans), `scan.rs` (its surroundings), `address.rs` and
//! `person.rs`.

use std::ops::Range;
use std::sync::{Arc, LazyLock};

use regex::Regex;

use super::scan::Features;
use super::{address, person};

/// The built-in type names and the placeholder kind live in `crate::config` (leaf), so that
/// loading the config checks `keep` lists and custom names against the same list.
pub use crate::config::{BUILTIN_TYPES, PLACEHOLDER};

const PHONE_CONTEXT: &[&str] = &[
    "phone", "tel", "mobile", "cell", "fax", "call", "sms", "whatsapp", "contact",
];

/// [`PHONE_CONTEXT`] at the start of a word, as a regex: `Tel:`, `telefono`, `home_phone`, but
/// not the `tel` of `Intel` or `hotel` nor the `cell` of `excellent`. Compiled once; each
/// user (the `phone_in_context` pattern, the national phone rule) gets its own clone.
pub(super) fn phone_context() -> Regex {
    static COMPILED: LazyLock<Regex> = LazyLock::new(|| {
        let words: Vec<String> = PHONE_CONTEXT.iter().map(|w| regex::escape(w)).collect();
        let pattern = format!(r"(?i)(?:^|[^\p{{L}}])(?:{})", words.join("|"));
        compile(&pattern).unwrap_or_else(|e| panic!("built-in phone context {pattern}: {e}"))
    });
    COMPILED.clone()
}
const SSN_CONTEXT: &[&str] = &[
    "ssn",
    "social security",
    "social_security",
    "ss#",
    "taxpayer",
    "tax id",
    "tax_id",
    "w-2",
    "w2",
];
/// Birth cues, as a pattern: words anywhere in the window (`born` a word of its own: not `borne`,
/// nor a compound such as a beer's `born-on date`), `b.` right before the date (the
/// `\d` and month alternatives let the whole-text check find it too), not the end of a dotted
/// abbreviation (`z.B. bis 2025-09-11`) and before a capitalised month only.
/// `dob` stands between non-word characters as `\bdob\b` would, written without the Unicode
/// word boundary, which takes the regex engine off its lazy DFA on non-ASCII text (the cue is
/// only ever asked whether it matches).
const BIRTH_CONTEXT: &str = r"(?i)(?:^|[^\p{L}])born(?:$|[^\p{L}-])|birth|(?:^|\W)dob(?:\W|$)|d\.o\.b|bday|geburt|geboren|né le|née le|nacimiento|nascita|nascimento|(?:^|[^\p{L}.])b\.(?:\s*$|\s+\d|\s*(?-i:\p{Lu}\p{Ll}{2}))";
/// What every [`BIRTH_CONTEXT`] match holds, case-insensitively: a text without any of these is
/// not searched with it.
pub(super) const BIRTH_CONTEXT_WORDS: &[&str] = &[
    "born",
    "birth",
    "dob",
    "d.o.b",
    "bday",
    "geburt",
    "geboren",
    "né le",
    "née le",
    "nacimiento",
    "nascita",
    "nascimento",
    "b.",
];
const AWS_SECRET_CONTEXT: &[&str] = &["aws_secret", "secret_access_key", "aws secret"];
/// `rv:` is the revision in a browser's user agent (`rv:1.9.2.20`); `§` a section number (`RFC
/// 5891 §4.2.3.1`); firmware is versioned in four parts (`firmware 7.3.9.75`).
pub(super) const VERSION_CONTEXT: &[&str] = &["version", "ver.", "release", "rv:", "§", "firmware"];

/// The accept/reject rule applied to a candidate (carried out by `Detector::accept`).
#[derive(Debug, Clone)]
pub(super) enum Rule {
    Placeholder,
    PrivateKey,
    Jwt,
    AwsSecretKey,
    Token,
    OpenAiKey,
    Password,
    Url,
    Email,
    EmailSpeltOut,
    Iban,
    Card,
    Ssn,
    SsnInContext,
    PhoneInternational,
    PhoneNational,
    PhoneInContext,
    Ipv4,
    Ipv6,
    DateOfBirth,
    StreetAddress,
    PersonName,
    PersonAfterCue,
    PersonUnderKey,
    Custom,
}

/// One row of the table: a detector type, the rule name written to the audit log, the regex
/// that proposes candidates and the rule that judges them.
#[derive(Debug)]
pub(super) struct Pattern {
    pub(super) kind: Arc<str>,
    pub(super) detector: &'static str,
    pub(super) regex: Regex,
    pub(super) rule: Rule,
    /// Ties between equally long candidates go to the lower number.
    pub(super) priority: usize,
    /// Words one of which must appear near a candidate (see `Scan::has_context`); a text
    /// without any of them anywhere is not scanned by this pattern at all.
    pub(super) required_context: Option<Regex>,
    /// Literal words one of which every match of `required_context` holds: the cheap first
    /// check of a whole text.
    context_words: Option<Regex>,
    /// A necessary condition on the text's bytes (see [`Features`]): a text that fails it
    /// cannot hold an accepted match, so the regex is not run on it.
    pub(super) needs: fn(&Features) -> bool,
    /// Where a match can start.
    starts: Starts,
}

/// Where a pattern's matches can start.
#[derive(Debug, Clone, Copy)]
enum Starts {
    /// Anywhere: the regex searches the whole text.
    Anywhere,
    /// Right after one of rule 1's given names (`person::rule_one_given_name_words`): the
    /// regex is what follows the name, anchored there, and the match runs from the name's
    /// start. It finds what `\b(?:names…)` before it would find searching the whole text (the
    /// name list made that regex the table's largest; a text holds a few such names at most).
    AfterRuleOneGivenName,
}

/// The matches of a [`Pattern`] in a text, as `Regex::find_iter` finds them: leftmost first,
/// none overlapping.
pub(super) enum Matches<'r, 't> {
    Anywhere(regex::Matches<'r, 't>),
    AfterRuleOneGivenName {
        regex: &'r Regex,
        text: &'t str,
        names: Box<dyn Iterator<Item = Range<usize>> + 't>,
        /// Where the last match ended: the next cannot start before.
        searched_to: usize,
    },
}

impl Iterator for Matches<'_, '_> {
    type Item = Range<usize>;

    fn next(&mut self) -> Option<Range<usize>> {
        match self {
            Matches::Anywhere(matches) => matches.next().map(|found| found.range()),
            Matches::AfterRuleOneGivenName {
                regex,
                text,
                names,
                searched_to,
            } => {
                for name in names.by_ref() {
                    if name.start < *searched_to {
                        continue;
                    }
                    if let Some(rest) = regex.find(&text[name.end..]) {
                        *searched_to = name.end + rest.end();
                        return Some(name.start..*searched_to);
                    }
                }
                None
            }
        }
    }
}

impl Pattern {
    /// A `privacy.custom` detector (already checked and compiled by the caller).
    pub(super) fn custom(kind: &str, regex: Regex, required_context: Option<Regex>) -> Pattern {
        Pattern {
            kind: Arc::from(kind),
            detector: "custom",
            regex,
            rule: Rule::Custom,
            priority: 0,
            required_context,
            context_words: None,
            needs: |_| true,
            starts: Starts::Anywhere,
        }
    }

    /// The candidates of the pattern's regex in `text`.
    pub(super) fn matches<'r, 't>(&'r self, text: &'t str) -> Matches<'r, 't> {
        match self.starts {
            Starts::Anywhere => Matches::Anywhere(self.regex.find_iter(text)),
            Starts::AfterRuleOneGivenName => Matches::AfterRuleOneGivenName {
                regex: &self.regex,
                text,
                names: Box::new(person::rule_one_given_name_words(text)),
                searched_to: 0,
            },
        }
    }

    fn after_rule_one_given_names(mut self) -> Pattern {
        self.starts = Starts::AfterRuleOneGivenName;
        self
    }

    /// Whether one of the pattern's context words (`required_context`) appears in `text`.
    pub(super) fn has_context_in(&self, text: &str) -> bool {
        self.required_context.as_ref().is_some_and(|context| {
            self.context_words
                .as_ref()
                .is_none_or(|words| words.is_match(text))
                && context.is_match(text)
        })
    }

    fn needing(mut self, needs: fn(&Features) -> bool) -> Pattern {
        self.needs = needs;
        self
    }

    fn requiring(mut self, words: &[&str]) -> Pattern {
        self.required_context = Some(builtin_words(words));
        self
    }

    /// Context as a regex, every match of which holds one of `words`.
    fn requiring_pattern(self, pattern: &str, words: &[&str]) -> Pattern {
        let context =
            compile(pattern).unwrap_or_else(|e| panic!("built-in context {pattern}: {e}"));
        self.requiring_regex(context, words)
    }

    /// [`Pattern::requiring_pattern`] with the context compiled already.
    fn requiring_regex(mut self, context: Regex, words: &[&str]) -> Pattern {
        self.required_context = Some(context);
        self.context_words = Some(builtin_words(words));
        self
    }
}

/// Lazy-DFA cache per regex: the big alternations (given names, street suffixes) overflow the
/// regex crate's 2 MiB default, which clears the cache again and again and then falls back to
/// its slow PikeVM. At 8 MiB the street and given-name patterns still did so on
/// `unseen_tune2.jsonl` (0.8 MB/s there; 4.3-4.7 MB/s at 16 or 32 MiB, the other corpora as
/// fast as at 8, peak RSS +2 MB): the cache grows only as states are built.
const DFA_CACHE_BYTES: usize = 16 << 20;

/// Compiles a detector regex with [`DFA_CACHE_BYTES`] of lazy-DFA cache.
pub(crate) fn compile(pattern: &str) -> Result<Regex, regex::Error> {
    regex::RegexBuilder::new(pattern)
        .dfa_size_limit(DFA_CACHE_BYTES)
        .build()
}

/// A case-insensitive regex matching any of `words` literally.
pub(super) fn words_regex<S: AsRef<str>>(words: &[S]) -> Result<Regex, regex::Error> {
    let alternatives: Vec<String> = words.iter().map(|w| regex::escape(w.as_ref())).collect();
    compile(&format!("(?i){}", alternatives.join("|")))
}

/// [`words_regex`] for a built-in word list (fixed at compile time, so it always compiles).
pub(super) fn builtin_words(words: &[&str]) -> Regex {
    words_regex(words).unwrap_or_else(|e| panic!("built-in context words {words:?}: {e}"))
}

/// A built-in pattern. Its `\b` word boundaries are made ASCII (`(?-u:\b)`), which keeps
/// the regex engine on its fast lazy DFA for text with non-ASCII letters; the rules then check
/// Unicode boundaries themselves.
fn pattern(kind: &'static str, detector: &'static str, regex: &str, rule: Rule) -> Pattern {
    let regex = regex.replace(r"\b", r"(?-u:\b)");
    Pattern {
        kind: Arc::from(kind),
        detector,
        regex: compile(&regex).unwrap_or_else(|e| panic!("built-in pattern {detector}: {e}")),
        rule,
        priority: 0,
        required_context: None,
        context_words: None,
        needs: |_| true,
        starts: Starts::Anywhere,
    }
}

/// Every built-in pattern, in the order ties are resolved.
pub(super) fn builtin_patterns() -> Vec<Pattern> {
    let months = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
    vec![
        pattern(
            PLACEHOLDER,
            "placeholder",
            r"(?i)(?:<|\\u003c)[a-z][a-z0-9_]*_\d+(?:>|\\u003e)",
            Rule::Placeholder,
        )
        .needing(|f| (f.has(b'<') || f.has(b'\\')) && f.has(b'_') && f.digits > 0),
        pattern(
            "PRIVATE_KEY",
            "pem_block",
            r"-----BEGIN [A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----(?s:.*?)-----END [A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----|-----BEGIN [A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----[A-Za-z0-9+/=:\s-]*",
            Rule::PrivateKey,
        )
        .needing(|f| f.has(b'-')),
        pattern(
            "JWT",
            "jwt",
            r"\beyJ[A-Za-z0-9_\-]+=*\.eyJ[A-Za-z0-9_\-]+=*\.[A-Za-z0-9_\-]*",
            Rule::Jwt,
        )
        .needing(|f| f.has(b'.') && f.upper),
        pattern(
            "AWS_ACCESS_KEY",
            "aws_access_key_id",
            r"\b(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AIPA|ANPA|ANVA|APKA|AROA|ASCA)[A-Z2-7]{16}\b",
            Rule::Token,
        )
        .needing(|f| f.upper),
        pattern(
            "AWS_ACCESS_KEY",
            "aws_secret_access_key",
            r"[A-Za-z0-9/+]{40}",
            Rule::AwsSecretKey,
        )
        .requiring(AWS_SECRET_CONTEXT),
        pattern(
            "GITHUB_TOKEN",
            "github_token",
            r"\b(?:gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{22,255})",
            Rule::Token,
        )
        .needing(|f| f.has(b'_')),
        pattern(
            "ANTHROPIC_API_KEY",
            "anthropic_key",
            r"sk-ant-(?:api|admin|oat|sid)\d{2}-[A-Za-z0-9_\-]{20,}",
            Rule::Token,
        )
        .needing(|f| f.has(b'-')),
        pattern(
            "OPENAI_API_KEY",
            "openai_key",
            r"sk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_\-]{20,}",
            Rule::OpenAiKey,
        )
        .needing(|f| f.has(b'-')),
        pattern(
            "STRIPE_SECRET_KEY",
            "stripe_key",
            r"\b(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{20,}",
            Rule::Token,
        )
        .needing(|f| f.has(b'_')),
        pattern(
            "GOOGLE_API_KEY",
            "google_api_key",
            r"AIza[0-9A-Za-z_\-]{35}",
            Rule::Token,
        )
        .needing(|f| f.upper),
        pattern(
            "SLACK_TOKEN",
            "slack_token",
            r"\bxox[abposre]-[A-Za-z0-9\-]{10,}|\bxapp-\d-[A-Za-z0-9\-]{10,}",
            Rule::Token,
        )
        .needing(|f| f.has(b'-')),
        pattern(
            "PASSWORD",
            "password_after_cue",
            r#"(?i)\b(?:passwords?|passwort|passcode|passphrase|passwd|pwd|wi-?fi key|mot de passe|contraseña|senha)(?:["']?[ \t]*[:=][ \t]*|[ \t]+(?:is|was|is now|=)[ \t]+)["']?[^\s"'<>]{4,64}"#,
            Rule::Password,
        )
        .needing(|f| f.has(b':') || f.has(b'=') || f.has(b' ')),
        pattern(
            "URL",
            "url",
            // Any other scheme with a password in it: a database's or broker's connection
            // string (`postgres://app:secret@db:5432/main`, `redis://:secret@cache/0`).
            r"(?i)\b(?:https?|ftps?|sftp|wss?)://[^\s<>\x22'`\\]+|\b[a-z][a-z0-9+.\-]{1,20}://[^\s:@/<>\x22'`\\]*:[^\s@/<>\x22'`\\]+@[^\s<>\x22'`\\]+|\bwww\.[a-z0-9\-]+\.[^\s<>\x22'`\\]+",
            Rule::Url,
        )
        .needing(|f| f.has(b':') || f.has(b'.')),
        pattern(
            "EMAIL_ADDRESS",
            "email",
            r"[A-Za-z0-9._%+\-]+@(?:[A-Za-z0-9\-]+\.)*[A-Za-z0-9\-]+",
            Rule::Email,
        )
        .needing(|f| f.has(b'@')),
        pattern(
            "EMAIL_ADDRESS",
            "email_spelt_out",
            r"(?i)\b[a-z0-9][a-z0-9._%+\-]*(?: dot [a-z0-9\-]+)* (?:at|\[at\]|\(at\)) [a-z0-9\-]+(?: dot [a-z0-9\-]+)* dot [a-z]{2,6}\b",
            Rule::EmailSpeltOut,
        )
        .needing(|f| f.has(b' ')),
        pattern(
            "IBAN_CODE",
            "iban",
            r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}",
            Rule::Iban,
        )
        .needing(|f| f.capitals_then_digits),
        pattern(
            "CREDIT_CARD",
            "card",
            r"\b\d(?:[ \-]?\d){12,18}\b",
            Rule::Card,
        )
        // Another script's digit, which `\d` matches, may join the groups instead.
        .needing(|f| f.longest_digit_group_run >= 13 || (f.non_ascii && f.digits >= 13)),
        pattern("US_SSN", "ssn", r"\b\d{3}-\d{2}-\d{4}\b", Rule::Ssn)
            .needing(|f| f.has(b'-') && f.longest_digit_group_run >= 9),
        pattern(
            "US_SSN",
            "ssn_in_context",
            r"\b\d{3} \d{2} \d{4}\b|\b\d{9}\b",
            Rule::SsnInContext,
        )
        .requiring(SSN_CONTEXT)
        .needing(|f| f.longest_digit_group_run >= 9),
        pattern(
            "PHONE_NUMBER",
            "phone_international",
            r"\+[1-9]\d{0,3}(?:[ .\-]?(?:\(\d{1,4}\)|\d{1,6})){1,6}",
            Rule::PhoneInternational,
        )
        .needing(|f| f.has(b'+') && f.digits >= 2),
        pattern(
            "PHONE_NUMBER",
            "phone_national",
            r"(?:\(\d{1,5}\)[ .\-]?|\b(?:\d{1,5}|0\d{5})[ .\-])(?:\d{1,8}[ .\-]){0,4}\d{2,8}\b",
            Rule::PhoneNational,
        )
        .needing(|f| f.digits >= 6),
        pattern(
            "PHONE_NUMBER",
            "phone_in_context",
            r"\+?\b\d{7,15}\b",
            Rule::PhoneInContext,
        )
        .requiring_regex(phone_context(), PHONE_CONTEXT)
        .needing(|f| f.longest_digit_run >= 7),
        pattern(
            "IP_ADDRESS",
            "ipv4",
            r"\b(?:\d{1,3}\.){3}\d{1,3}\b",
            Rule::Ipv4,
        )
        .needing(|f| f.dotted_quad),
        pattern(
            "IP_ADDRESS",
            "ipv6",
            r"(?:[0-9A-Fa-f]{0,4}:){2,7}(?:(?:\d{1,3}\.){3}\d{1,3}|[0-9A-Fa-f]{1,4})?(?:%[A-Za-z0-9]+)?",
            Rule::Ipv6,
        )
        .needing(|f| f.colons >= 2 && f.digits > 0),
        pattern(
            "DATE_OF_BIRTH",
            "date_of_birth",
            &format!(
                r"(?i)\b(?:\d{{4}}[\-/]\d{{1,2}}[\-/]\d{{1,2}}|\d{{1,2}}[/.\-]\d{{1,2}}[/.\-](?:\d{{4}}|\d{{2}})|\d{{1,2}}(?:st|nd|rd|th)?(?:\s+|-)(?:of\s+)?{months}\.?,?(?:\s+|-)\d{{4}}|{months}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}})\b"
            ),
            Rule::DateOfBirth,
        )
        .requiring_pattern(BIRTH_CONTEXT, BIRTH_CONTEXT_WORDS)
        .needing(|f| f.digits >= 4),
        pattern(
            "STREET_ADDRESS",
            "street_address",
            &address::street_pattern(),
            Rule::StreetAddress,
        ),
        pattern(
            "STREET_ADDRESS",
            "street_address",
            &address::numbered_street_pattern(),
            Rule::StreetAddress,
        )
        .needing(|f| f.upper && f.digits >= 1),
        pattern(
            "PERSON",
            "person_given_name",
            &person::given_name_pattern(),
            Rule::PersonName,
        )
        .after_rule_one_given_names()
        .needing(|f| f.given_name),
        pattern(
            "PERSON",
            "person_given_name",
            &person::accented_given_name_pattern(),
            Rule::PersonName,
        )
        .needing(|f| f.given_name),
        pattern(
            "PERSON",
            "person_after_cue",
            &person::cue_pattern(),
            Rule::PersonAfterCue,
        )
        .needing(|f| f.upper),
        pattern(
            "PERSON",
            "person_under_key",
            &person::key_value_pattern(),
            Rule::PersonUnderKey,
        )
        .needing(|f| f.has(b'"') && f.has(b':')),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_and_the_config_name_the_same_types() {
        let mut kinds: Vec<String> = Vec::new();
        for pattern in builtin_patterns() {
            if &*pattern.kind != PLACEHOLDER && !kinds.iter().any(|k| **k == *pattern.kind) {
                kinds.push(pattern.kind.to_string());
            }
        }
        assert_eq!(kinds, BUILTIN_TYPES);
    }

    /// Trying what follows a given name only right after rule 1's names finds what a search of
    /// the whole text with `\b` and the names before it finds, match for match.
    #[test]
    fn rule_one_after_its_names_finds_what_a_whole_search_finds() {
        let anchored = builtin_patterns()
            .into_iter()
            .find(|p| p.detector == "person_given_name")
            .expect("the given-name pattern");
        assert!(matches!(anchored.starts, Starts::AfterRuleOneGivenName));
        let mut names: Vec<&str> = person::rule_one_given_names().collect();
        names.sort_unstable();
        let tail = person::given_name_pattern();
        let tail = tail.strip_prefix('^').expect("the pattern is anchored");
        let whole = pattern(
            "PERSON",
            "whole",
            &format!(r"\b(?:{}){tail}", names.join("|")),
            Rule::PersonName,
        );
        let corpus = ["corpus.jsonl", "unseen_tune.jsonl"].map(crate::privacy::tuning_corpus);
        let invented = [
            "Maria Silva and John Smith met xJohn Smith, then _Anna Lee; McDonald Smith",
            "Anna, Lucas, Theo and Mei came. Élodie Martin's bag. O'Brian Kelly éJohn Smith",
            "JohnSmith John Smith Johnny Walker Jo Ann",
        ];
        let mut found = 0;
        for text in invented
            .into_iter()
            .chain(corpus.iter().flat_map(|jsonl| jsonl.lines()))
        {
            let expected: Vec<_> = whole.regex.find_iter(text).map(|m| m.range()).collect();
            assert_eq!(
                anchored.matches(text).collect::<Vec<_>>(),
                expected,
                "{text}"
            );
            found += expected.len();
        }
        assert!(found > 100, "the texts hold given names ({found})");
    }

    #[test]
    fn every_birth_cue_holds_one_of_the_birth_words() {
        let cue = compile(BIRTH_CONTEXT).expect("compiles");
        let words = builtin_words(BIRTH_CONTEXT_WORDS);
        let samples = [
            "Born",
            "BIRTHDAY",
            "DOB:",
            "d.o.b.",
            "bday",
            "Geburtsdatum",
            "geboren am",
            "Né le",
            "née le",
            "fecha de nacimiento",
            "data di nascita",
            "nascimento",
            "b. 1990",
            "(b. Mar",
            "b.",
        ];
        let corpus = ["corpus.jsonl", "unseen_tune.jsonl"].map(crate::privacy::tuning_corpus);
        let texts = corpus.iter().flat_map(|jsonl| jsonl.lines());
        let mut cued = 0;
        for text in samples.into_iter().chain(texts) {
            if cue.is_match(text) {
                cued += 1;
                assert!(words.is_match(text), "{text}");
            }
        }
        assert!(cued > samples.len(), "the corpora hold birth cues");
        let birth = builtin_patterns()
            .into_iter()
            .find(|p| p.detector == "date_of_birth")
            .expect("a birth date pattern");
        assert!(birth.has_context_in("Zoë, born 3 May 1990"));
        assert!(!birth.has_context_in("Zoë, hired 3 May 1990"));
        // A town's name that ends like the word (`Paderborn`) is no cue.
        assert!(!birth.has_context_in("left Schwarzenborn on 01.05.2014"));
        // Nor a compound or another word that opens with it.
        assert!(!birth.has_context_in("Born-on date of the lager 2021-06-02"));
        assert!(!birth.has_context_in("costs borne by the buyer since 2021-06-02"));
        assert!(birth.has_context_in("Born: 2 June 1981"));
        assert!(birth.has_context_in("she was born\n2 June 1981"));
    }
}
