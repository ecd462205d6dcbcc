//! The detection engine: every detector is a regular expression that proposes candidates and a
//! rule that accepts or rejects each one (checksum, range, parse, boundary and context checks).
//! Accepted candidates are then resolved into non-overlapping findings: the longer span wins
//! (an email is not also a URL, an IBAN is not also a card), ties go to the detector listed
//! first. Text that already looks like a placeholder becomes a `PLACEHOLDER` finding so that
//! restoring can never turn it into someone's data.

use std::borrow::Cow;
use std::collections::{BTreeMap, HashSet};
use std::ops::Range;
use std::sync::Arc;

use regex::Regex;

use super::PrivacyError;
use super::person;
use super::validate;
use crate::config::PrivacyConfig;

/// The kind given to text that already looks like a placeholder.
pub const PLACEHOLDER: &str = "PLACEHOLDER";

/// Every built-in detector type, in the order ties are resolved.
pub const BUILTIN_TYPES: &[&str] = &[
    "PRIVATE_KEY",
    "JWT",
    "AWS_ACCESS_KEY",
    "GITHUB_TOKEN",
    "ANTHROPIC_API_KEY",
    "OPENAI_API_KEY",
    "STRIPE_SECRET_KEY",
    "GOOGLE_API_KEY",
    "SLACK_TOKEN",
    "URL",
    "EMAIL_ADDRESS",
    "IBAN_CODE",
    "CREDIT_CARD",
    "US_SSN",
    "PHONE_NUMBER",
    "IP_ADDRESS",
    "DATE_OF_BIRTH",
    "STREET_ADDRESS",
    "PERSON",
];

/// Regions whose national (trunk `0`) phone formats are known, with the digit counts a
/// national number has there; `US` and `CA` use the North American plan instead.
const TRUNK_ZERO_REGIONS: &[(&str, Range<usize>)] = &[
    ("GB", 10..12),
    ("DE", 7..13),
    ("FR", 10..11),
    ("NL", 10..11),
    ("AU", 10..11),
    ("CH", 10..11),
    ("AT", 7..14),
    ("BE", 9..11),
    ("IE", 9..11),
];
const NANP_REGIONS: &[&str] = &["US", "CA"];

const PHONE_CONTEXT: &[&str] = &[
    "phone", "tel", "mobile", "cell", "fax", "call", "sms", "whatsapp", "contact",
];
const SSN_CONTEXT: &[&str] = &["ssn", "social security", "social_security", "ss#"];
const BIRTH_CONTEXT: &[&str] = &[
    "born",
    "birth",
    "dob",
    "d.o.b",
    "bday",
    "geburtsdatum",
    "né le",
    "née le",
];
const AWS_SECRET_CONTEXT: &[&str] = &["aws_secret", "secret_access_key", "aws secret"];
const VERSION_CONTEXT: &[&str] = &["version", "ver.", "release"];

/// How far before a candidate context words are looked for (bytes).
const CONTEXT_WINDOW: usize = 48;

/// One piece of personal data or secret found in a text (byte offsets).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub start: usize,
    pub end: usize,
    /// The detector type, e.g. `EMAIL_ADDRESS`, or a custom detector's name.
    pub kind: Arc<str>,
    /// Which rule of that type found it, e.g. `phone_international` (for the audit log).
    pub detector: &'static str,
}

/// The accept/reject rule applied to a candidate.
#[derive(Debug, Clone)]
enum Rule {
    Placeholder,
    PrivateKey,
    Jwt,
    AwsSecretKey,
    Token,
    OpenAiKey,
    Url,
    Email,
    Iban,
    Card,
    Ssn,
    SsnInContext,
    PhoneInternational,
    PhoneNanp,
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

#[derive(Debug)]
struct Pattern {
    kind: Arc<str>,
    detector: &'static str,
    regex: Regex,
    rule: Rule,
    /// Ties between equally long candidates go to the lower number.
    priority: usize,
    /// Words one of which must appear near a candidate (see [`Scan::has_context`]); a text
    /// without any of them anywhere is not scanned by this pattern at all.
    required_context: Option<Regex>,
}

impl Pattern {
    fn requiring(mut self, words: &[&str]) -> Pattern {
        self.required_context = Some(builtin_words(words));
        self
    }
}

/// A case-insensitive regex matching any of `words` literally.
fn words_regex<S: AsRef<str>>(words: &[S]) -> Result<Regex, regex::Error> {
    let alternatives: Vec<String> = words.iter().map(|w| regex::escape(w.as_ref())).collect();
    Regex::new(&format!("(?i){}", alternatives.join("|")))
}

fn builtin_words(words: &[&str]) -> Regex {
    words_regex(words).unwrap_or_else(|e| panic!("built-in context words {words:?}: {e}"))
}

/// The text being scanned and, for a JSON value, the key it sits under (extra context).
struct Scan<'a> {
    text: &'a str,
    key: Option<&'a str>,
}

impl Scan<'_> {
    /// Whether one of `words` appears in the key or in the [`CONTEXT_WINDOW`] before `start`;
    /// the window stops at the start of the line and at the end of the previous JSON member (`",`),
    /// so `"dob": "…", "created": "2024-03-15"` gives the second date no birth context.
    fn has_context(&self, start: usize, words: &Regex) -> bool {
        let mut from = start.saturating_sub(CONTEXT_WINDOW);
        while !self.text.is_char_boundary(from) {
            from -= 1;
        }
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

    fn char_before(&self, at: usize) -> Option<char> {
        self.text[..at].chars().next_back()
    }

    fn char_after(&self, at: usize) -> Option<char> {
        self.text[at..].chars().next()
    }

    /// No letter, digit or underscore touches the span on either side.
    fn word_bounded(&self, span: &Range<usize>) -> bool {
        let is_word = |c: char| c.is_alphanumeric() || c == '_';
        !self.char_before(span.start).is_some_and(is_word)
            && !self.char_after(span.end).is_some_and(is_word)
    }

    /// Word-bounded, and not a piece of a longer number (`1.2.3.4.5`, `$1,299.00`, `12-34-56`).
    fn number_bounded(&self, span: &Range<usize>) -> bool {
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
    fn digit_group_bounded(&self, span: &Range<usize>) -> bool {
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
    fn dotted_quad_bounded(&self, span: &Range<usize>) -> bool {
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

/// All detectors, compiled once from the configuration.
#[derive(Debug)]
pub struct Detector {
    patterns: Vec<Pattern>,
    /// Allow-listed values, lower-cased.
    allowed: HashSet<String>,
    nanp: bool,
    national_lengths: Vec<Range<usize>>,
    known_types: HashSet<String>,
    /// Words that make a bare digit run a phone number.
    phone_words: Regex,
    /// Words that make a dotted quad a version rather than an IP address.
    version_words: Regex,
}

impl Detector {
    pub fn new(config: &PrivacyConfig) -> Result<Detector, PrivacyError> {
        let mut nanp = false;
        let mut national_lengths = Vec::new();
        for region in &config.phone_regions {
            let region = region.to_uppercase();
            if NANP_REGIONS.contains(&region.as_str()) {
                nanp = true;
            } else if let Some((_, lengths)) =
                TRUNK_ZERO_REGIONS.iter().find(|(code, _)| *code == region)
            {
                national_lengths.push(lengths.clone());
            } else {
                let known: Vec<&str> = NANP_REGIONS
                    .iter()
                    .copied()
                    .chain(TRUNK_ZERO_REGIONS.iter().map(|(code, _)| *code))
                    .collect();
                return Err(PrivacyError::Config(format!(
                    "privacy.phone_regions: unknown region `{region}`; known regions: {}",
                    known.join(", ")
                )));
            }
        }
        let mut patterns = builtin_patterns();
        for (index, custom) in config.custom.iter().enumerate() {
            let name = &custom.name;
            let valid_name = !name.is_empty()
                && name
                    .bytes()
                    .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_');
            if !valid_name || BUILTIN_TYPES.contains(&name.as_str()) || name == PLACEHOLDER {
                return Err(PrivacyError::Config(format!(
                    "privacy.custom[{index}].name: `{name}` must be UPPER_SNAKE_CASE and not a built-in type"
                )));
            }
            let regex = Regex::new(&custom.pattern).map_err(|e| {
                PrivacyError::Config(format!(
                    "privacy.custom[{index}].pattern: not a valid regular expression: {e}"
                ))
            })?;
            let required_context = if custom.context.is_empty() {
                None
            } else {
                Some(words_regex(&custom.context).map_err(|e| {
                    PrivacyError::Config(format!("privacy.custom[{index}].context: {e}"))
                })?)
            };
            patterns.push(Pattern {
                kind: Arc::from(name.as_str()),
                detector: "custom",
                regex,
                rule: Rule::Custom,
                priority: 0,
                required_context,
            });
        }
        for (priority, pattern) in patterns.iter_mut().enumerate() {
            pattern.priority = priority;
        }
        let known_types = BUILTIN_TYPES
            .iter()
            .map(|t| t.to_string())
            .chain(config.custom.iter().map(|c| c.name.clone()))
            .collect();
        Ok(Detector {
            patterns,
            allowed: config.allow.iter().map(|v| v.to_lowercase()).collect(),
            nanp,
            national_lengths,
            known_types,
            phone_words: builtin_words(PHONE_CONTEXT),
            version_words: builtin_words(VERSION_CONTEXT),
        })
    }

    /// Whether `kind` names a built-in or configured detector type.
    pub fn is_known_type(&self, kind: &str) -> bool {
        self.known_types.contains(kind)
    }

    /// Finds personal data in `text`, skipping the types in `keep` and allow-listed values.
    /// `key` is the JSON key the text is the value of, if any. Findings are sorted and do not
    /// overlap.
    pub fn find(&self, text: &str, key: Option<&str>, keep: &[String]) -> Vec<Finding> {
        let view = whitespace_escapes_as_spaces(text);
        let scan = Scan { text: &view, key };
        let mut candidates = Vec::new();
        for pattern in &self.patterns {
            let lacks_context = pattern.required_context.as_ref().is_some_and(|words| {
                !words.is_match(scan.text) && !key.is_some_and(|key| words.is_match(key))
            });
            if lacks_context || keep.iter().any(|kept| **kept == *pattern.kind) {
                continue;
            }
            // A whole JSON value under a key such as `full_name` is judged by the key.
            if let (Rule::PersonUnderKey, Some(key)) = (&pattern.rule, key)
                && person::is_person_value(key, text)
                && !self.is_allowed(text)
            {
                candidates.push((pattern.priority, 0..text.len(), pattern));
            }
            for found in pattern.regex.find_iter(scan.text) {
                if let Some(span) = self.accept(pattern, &scan, found.range())
                    && !span.is_empty()
                    && !self.is_allowed(&text[span.clone()])
                {
                    candidates.push((pattern.priority, span, pattern));
                }
            }
        }
        resolve_overlaps(candidates)
    }

    fn is_allowed(&self, value: &str) -> bool {
        !self.allowed.is_empty() && self.allowed.contains(&value.to_lowercase())
    }

    /// Applies the pattern's rule; returns the span to redact (possibly trimmed) or `None`.
    fn accept(&self, pattern: &Pattern, scan: &Scan, span: Range<usize>) -> Option<Range<usize>> {
        if let Some(words) = &pattern.required_context
            && !scan.has_context(span.start, words)
        {
            return None;
        }
        let text = &scan.text[span.clone()];
        let ok = match &pattern.rule {
            Rule::Placeholder | Rule::PrivateKey | Rule::Custom => true,
            Rule::PhoneInternational => {
                validate::international_phone_valid(&validate::digits(&text.replace("(0)", "")))
                    && scan.number_bounded(&span)
            }
            Rule::Jwt => validate::jwt_valid(text) && scan.word_bounded(&span),
            Rule::AwsSecretKey => {
                scan.word_bounded(&span)
                    && text.bytes().any(|b| b.is_ascii_uppercase())
                    && text.bytes().any(|b| b.is_ascii_lowercase())
            }
            Rule::Token => {
                !scan
                    .char_after(span.end)
                    .is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '-')
                    && !scan
                        .char_before(span.start)
                        .is_some_and(char::is_alphanumeric)
            }
            Rule::OpenAiKey => {
                !text.starts_with("sk-ant-")
                    && text.bytes().any(|b| b.is_ascii_digit())
                    && text.bytes().any(|b| b.is_ascii_alphabetic())
                    && !scan
                        .char_before(span.start)
                        .is_some_and(char::is_alphanumeric)
            }
            Rule::Url => return trim_url(scan.text, span),
            Rule::Email => email_acceptable(scan, &span),
            Rule::Iban => return iban_span(scan, span),
            Rule::Card => card_acceptable(text) && scan.number_bounded(&span),
            Rule::Ssn => validate::ssn_valid(&validate::digits(text)) && scan.number_bounded(&span),
            Rule::SsnInContext => {
                validate::ssn_valid(&validate::digits(text)) && scan.digit_group_bounded(&span)
            }
            Rule::PhoneNanp => {
                self.nanp
                    && validate::nanp_valid(&validate::digits(text))
                    && scan.digit_group_bounded(&span)
            }
            Rule::PhoneNational => {
                let has_separator = text.bytes().any(|b| !b.is_ascii_digit());
                self.national_length_ok(text)
                    && !looks_like_date(text)
                    && scan.digit_group_bounded(&span)
                    && (has_separator || scan.has_context(span.start, &self.phone_words))
            }
            Rule::PhoneInContext => {
                let digits = validate::digits(text);
                let plausible = if text.starts_with('+') {
                    validate::international_phone_valid(&digits)
                } else {
                    (self.nanp && validate::nanp_valid(&digits))
                        || (text.starts_with('0') && self.national_length_ok(text))
                };
                plausible && scan.number_bounded(&span)
            }
            Rule::Ipv4 => {
                validate::ipv4_valid(text)
                    && scan.dotted_quad_bounded(&span)
                    && !scan.has_context(span.start, &self.version_words)
            }
            Rule::Ipv6 => {
                validate::ipv6_valid(text)
                    && text.bytes().any(|b| b.is_ascii_digit())
                    && !scan
                        .char_before(span.start)
                        .is_some_and(|c| c.is_alphanumeric() || c == ':')
                    && !scan
                        .char_after(span.end)
                        .is_some_and(|c| c.is_alphanumeric() || c == ':')
            }
            Rule::DateOfBirth => {
                birth_date_in(text)
                    && scan.number_bounded(&span)
                    && !is_timestamp_tail(&scan.text[span.end..])
            }
            Rule::StreetAddress => scan.word_bounded(&span),
            Rule::PersonName => {
                return person::trim_name(text).map(|len| span.start..span.start + len);
            }
            Rule::PersonAfterCue => {
                let (offset, len) = person::name_after_cue(text)?;
                return Some(span.start + offset..span.start + offset + len);
            }
            Rule::PersonUnderKey => {
                let (offset, len) = person::name_in_key_value_pair(text)?;
                return Some(span.start + offset..span.start + offset + len);
            }
        };
        ok.then_some(span)
    }

    fn national_length_ok(&self, text: &str) -> bool {
        let count = validate::digits(&text.replace("(0)", "0")).len();
        self.national_lengths
            .iter()
            .any(|range| range.contains(&count))
    }
}

/// `text` with JSON's `\n`, `\r` and `\t` escapes turned into two spaces each, so that JSON
/// embedded as text (a tool result holding a JSON document) reads like the text it encodes;
/// byte offsets are unchanged.
fn whitespace_escapes_as_spaces(text: &str) -> Cow<'_, str> {
    if !text.contains('\\') {
        return Cow::Borrowed(text);
    }
    let mut bytes = text.as_bytes().to_vec();
    let mut index = 0;
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

/// Picks non-overlapping candidates: longest first, then by priority; returns them in order.
fn resolve_overlaps(mut candidates: Vec<(usize, Range<usize>, &Pattern)>) -> Vec<Finding> {
    candidates.sort_by(|(pa, a, _), (pb, b, _)| {
        b.len()
            .cmp(&a.len())
            .then(pa.cmp(pb))
            .then(a.start.cmp(&b.start))
    });
    // start -> end of the spans taken so far.
    let mut taken: BTreeMap<usize, usize> = BTreeMap::new();
    let mut findings = Vec::new();
    for (_, span, pattern) in candidates {
        let overlaps_before = taken
            .range(..span.end)
            .next_back()
            .is_some_and(|(_, &end)| end > span.start);
        if overlaps_before {
            continue;
        }
        taken.insert(span.start, span.end);
        findings.push(Finding {
            start: span.start,
            end: span.end,
            kind: pattern.kind.clone(),
            detector: pattern.detector,
        });
    }
    findings.sort_by_key(|f| f.start);
    findings
}

fn email_acceptable(scan: &Scan, span: &Range<usize>) -> bool {
    const FILE_EXTENSIONS: &[&str] = &[
        "png", "jpg", "jpeg", "gif", "svg", "webp", "ico", "css", "js", "ts", "map", "pdf",
    ];
    let text = &scan.text[span.clone()];
    let Some((local, domain)) = text.rsplit_once('@') else {
        return false;
    };
    let tld = domain.rsplit('.').next().unwrap_or(domain);
    let domain_ok = domain.eq_ignore_ascii_case("localhost")
        || (domain.contains('.')
            && tld.len() >= 2
            && tld.bytes().all(|b| b.is_ascii_alphabetic())
            && !FILE_EXTENSIONS.contains(&tld.to_ascii_lowercase().as_str()));
    // `git@github.com:org/repo` is an SSH remote, not a mailbox.
    let scp_remote = scan.text[span.end..].starts_with(':')
        && scan
            .char_after(span.end + 1)
            .is_some_and(|c| !c.is_whitespace());
    domain_ok
        && !local.is_empty()
        && local.len() <= 64
        && !local.starts_with('.')
        && !scp_remote
        && !scan
            .char_before(span.start)
            .is_some_and(|c| c.is_alphanumeric())
}

/// Cuts trailing punctuation that ends a sentence rather than the URL.
fn trim_url(text: &str, span: Range<usize>) -> Option<Range<usize>> {
    let url =
        text[span.clone()].trim_end_matches(['.', ',', ';', ':', '!', '?', ')', ']', '}', '\'']);
    let host = url.split_once("://").map_or(url, |(_, rest)| rest);
    (!host.is_empty() && !host.starts_with(['/', '.'])).then(|| span.start..span.start + url.len())
}

/// Cuts an IBAN candidate to its country's length and checks mod-97.
fn iban_span(scan: &Scan, span: Range<usize>) -> Option<Range<usize>> {
    let text = &scan.text[span.clone()];
    let length = validate::iban_length(text.get(..2)?)?;
    let mut compact = String::with_capacity(length);
    let mut end = span.start;
    for (offset, c) in text.char_indices() {
        if compact.len() == length {
            break;
        }
        if c != ' ' {
            compact.push(c);
        }
        end = span.start + offset + c.len_utf8();
    }
    let span = span.start..end;
    (validate::iban_valid(&compact) && scan.word_bounded(&span)).then_some(span)
}

fn card_acceptable(text: &str) -> bool {
    let separators: Vec<char> = text.chars().filter(|c| !c.is_ascii_digit()).collect();
    let digits = validate::digits(text);
    if let Some(&first) = separators.first() {
        if separators.iter().any(|&s| s != first) {
            return false;
        }
        let groups: Vec<usize> = text.split(first).map(str::len).collect();
        let (last, leading) = groups.split_last().unwrap_or((&0, &[]));
        let fours = leading.iter().all(|&g| g == 4) && (1..=4).contains(last);
        let amex_or_diners = groups == [4, 6, 5] || groups == [4, 6, 4];
        if !fours && !amex_or_diners {
            return false;
        }
    }
    validate::luhn_valid(&digits) && validate::card_brand_valid(&digits)
}

fn looks_like_date(text: &str) -> bool {
    let parts: Vec<&str> = text.split(['.', '/', '-']).collect();
    parts.len() == 3
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.len() <= 4 && p.bytes().all(|b| b.is_ascii_digit()))
}

fn is_timestamp_tail(rest: &str) -> bool {
    let mut chars = rest.chars();
    match (chars.next(), chars.next()) {
        (Some('T'), Some(d)) => d.is_ascii_digit(),
        (Some(' '), Some(d)) => d.is_ascii_digit() && rest[1..].find(':').is_some_and(|i| i <= 3),
        _ => false,
    }
}

const MONTHS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

/// Whether a numeric or textual date candidate is a real calendar date (either day/month order
/// for numeric dates that do not start with the year).
fn birth_date_in(text: &str) -> bool {
    let numbers: Vec<u32> = text
        .split(|c: char| !c.is_ascii_digit())
        .filter(|part| !part.is_empty())
        .filter_map(|part| part.parse().ok())
        .collect();
    let lower = text.to_lowercase();
    let month_name = MONTHS
        .iter()
        .position(|m| lower.contains(m))
        .and_then(|index| u32::try_from(index + 1).ok());
    match (month_name, numbers.as_slice()) {
        (Some(month), [day, year]) => validate::birth_date_valid(*year, month, *day),
        (None, [year, month, day]) if *year > 31 => validate::birth_date_valid(*year, *month, *day),
        (None, [first, second, year]) => {
            validate::birth_date_valid(*year, *first, *second)
                || validate::birth_date_valid(*year, *second, *first)
        }
        _ => false,
    }
}

/// A built-in pattern. Its `\b` word boundaries are made ASCII (`(?-u:\b)`), which keeps
/// the regex engine on its fast lazy DFA for text with non-ASCII letters; the rules then check
/// Unicode boundaries themselves.
fn pattern(kind: &'static str, detector: &'static str, regex: &str, rule: Rule) -> Pattern {
    let regex = regex.replace(r"\b", r"(?-u:\b)");
    Pattern {
        kind: Arc::from(kind),
        detector,
        regex: Regex::new(&regex).unwrap_or_else(|e| panic!("built-in pattern {detector}: {e}")),
        rule,
        priority: 0,
        required_context: None,
    }
}

fn builtin_patterns() -> Vec<Pattern> {
    let months = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
    let street_types = r"(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Parkway|Pkwy|Circle|Cir|Highway|Hwy|Square|Sq|Crescent|Close|Row|Trail|Loop|Plaza)";
    vec![
        pattern(
            PLACEHOLDER,
            "placeholder",
            r"(?i)(?:<|\\u003c)[a-z][a-z0-9_]*_\d+(?:>|\\u003e)",
            Rule::Placeholder,
        ),
        pattern(
            "PRIVATE_KEY",
            "pem_block",
            r"-----BEGIN [A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----(?s:.*?)-----END [A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----|-----BEGIN [A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----[A-Za-z0-9+/=:\s-]*",
            Rule::PrivateKey,
        ),
        pattern(
            "JWT",
            "jwt",
            r"\beyJ[A-Za-z0-9_\-]+=*\.eyJ[A-Za-z0-9_\-]+=*\.[A-Za-z0-9_\-]*",
            Rule::Jwt,
        ),
        pattern(
            "AWS_ACCESS_KEY",
            "aws_access_key_id",
            r"\b(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AIPA|ANPA|ANVA|APKA|AROA|ASCA)[A-Z2-7]{16}\b",
            Rule::Token,
        ),
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
        ),
        pattern(
            "ANTHROPIC_API_KEY",
            "anthropic_key",
            r"sk-ant-(?:api|admin|oat|sid)\d{2}-[A-Za-z0-9_\-]{20,}",
            Rule::Token,
        ),
        pattern(
            "OPENAI_API_KEY",
            "openai_key",
            r"sk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_\-]{20,}",
            Rule::OpenAiKey,
        ),
        pattern(
            "STRIPE_SECRET_KEY",
            "stripe_key",
            r"\b(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{20,}",
            Rule::Token,
        ),
        pattern(
            "GOOGLE_API_KEY",
            "google_api_key",
            r"AIza[0-9A-Za-z_\-]{35}",
            Rule::Token,
        ),
        pattern(
            "SLACK_TOKEN",
            "slack_token",
            r"\bxox[abposre]-[A-Za-z0-9\-]{10,}|\bxapp-\d-[A-Za-z0-9\-]{10,}",
            Rule::Token,
        ),
        pattern(
            "URL",
            "url",
            r"(?i)\b(?:https?|ftps?|sftp|wss?)://[^\s<>\x22'`\\]+|\bwww\.[a-z0-9\-]+\.[^\s<>\x22'`\\]+",
            Rule::Url,
        ),
        pattern(
            "EMAIL_ADDRESS",
            "email",
            r"[A-Za-z0-9._%+\-]+@(?:[A-Za-z0-9\-]+\.)*[A-Za-z0-9\-]+",
            Rule::Email,
        ),
        pattern(
            "IBAN_CODE",
            "iban",
            r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}",
            Rule::Iban,
        ),
        pattern(
            "CREDIT_CARD",
            "card",
            r"\b\d(?:[ \-]?\d){12,18}\b",
            Rule::Card,
        ),
        pattern("US_SSN", "ssn", r"\b\d{3}-\d{2}-\d{4}\b", Rule::Ssn),
        pattern(
            "US_SSN",
            "ssn_in_context",
            r"\b\d{3} \d{2} \d{4}\b|\b\d{9}\b",
            Rule::SsnInContext,
        )
        .requiring(SSN_CONTEXT),
        pattern(
            "PHONE_NUMBER",
            "phone_international",
            r"\+[1-9]\d{0,3}(?:[ .\-]?(?:\(\d{1,4}\)|\d{1,6})){1,6}",
            Rule::PhoneInternational,
        ),
        pattern(
            "PHONE_NUMBER",
            "phone_nanp",
            r"(?:\b1[ .\-]?)?(?:\(\d{3}\)[ .\-]?|\b\d{3}[ .\-])\d{3}[ .\-]\d{4}\b",
            Rule::PhoneNanp,
        ),
        pattern(
            "PHONE_NUMBER",
            "phone_national",
            r"(?:\(0\d{1,4}\)|\b0\d{1,4})(?:[ \-./]?\d{2,8}){1,4}\b",
            Rule::PhoneNational,
        ),
        pattern(
            "PHONE_NUMBER",
            "phone_in_context",
            r"\+?\b\d{7,15}\b",
            Rule::PhoneInContext,
        )
        .requiring(PHONE_CONTEXT),
        pattern(
            "IP_ADDRESS",
            "ipv4",
            r"\b(?:\d{1,3}\.){3}\d{1,3}\b",
            Rule::Ipv4,
        ),
        pattern(
            "IP_ADDRESS",
            "ipv6",
            r"(?:[0-9A-Fa-f]{0,4}:){2,7}(?:(?:\d{1,3}\.){3}\d{1,3}|[0-9A-Fa-f]{1,4})?(?:%[A-Za-z0-9]+)?",
            Rule::Ipv6,
        ),
        pattern(
            "DATE_OF_BIRTH",
            "date_of_birth",
            &format!(
                r"(?i)\b(?:\d{{4}}-\d{{1,2}}-\d{{1,2}}|\d{{1,2}}[/.\-]\d{{1,2}}[/.\-]\d{{4}}|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{months}\.?,?\s+\d{{4}}|{months}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}})\b"
            ),
            Rule::DateOfBirth,
        )
        .requiring(BIRTH_CONTEXT),
        pattern(
            "STREET_ADDRESS",
            "street_address",
            &format!(
                r"\b\d{{1,6}}[A-Za-z]?\s+(?:[A-Z0-9][A-Za-z0-9'\-]*\.?\s+){{1,4}}{street_types}\b\.?(?:,?\s+(?:Apt|Apartment|Suite|Ste|Unit|Floor|Fl|\#)\.?\s*[A-Za-z0-9\-]+)?(?:,\s+[A-Z][A-Za-z]+(?:\s[A-Z][A-Za-z]+){{0,2}},?\s+[A-Z]{{2}}\s+\d{{5}}(?:-\d{{4}})?)?|\b[A-ZÄÖÜ][a-zäöüß]+(?:straße|strasse|weg|gasse|platz|allee|ring|damm)\s+\d{{1,4}}[a-z]?(?:,\s+\d{{5}}\s+[A-ZÄÖÜ][a-zäöüß]+)?"
            ),
            Rule::StreetAddress,
        ),
        pattern(
            "PERSON",
            "person_given_name",
            &person::given_name_pattern(),
            Rule::PersonName,
        ),
        pattern(
            "PERSON",
            "person_after_cue",
            &person::cue_pattern(),
            Rule::PersonAfterCue,
        ),
        pattern(
            "PERSON",
            "person_under_key",
            &person::key_value_pattern(),
            Rule::PersonUnderKey,
        ),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn detector() -> Detector {
        Detector::new(&PrivacyConfig::default()).expect("default config builds")
    }

    /// The (type, text) pairs found in `text`.
    fn found(text: &str) -> Vec<(String, String)> {
        detector()
            .find(text, None, &[])
            .into_iter()
            .map(|f| (f.kind.to_string(), text[f.start..f.end].to_string()))
            .collect()
    }

    fn one(kind: &str, value: &str) -> Vec<(String, String)> {
        vec![(kind.to_string(), value.to_string())]
    }

    #[test]
    fn an_email_is_not_also_a_url_and_an_iban_not_also_a_card() {
        assert_eq!(
            found("write to jane.doe@example.com today"),
            one("EMAIL_ADDRESS", "jane.doe@example.com")
        );
        assert_eq!(
            found("IBAN DE89 3704 0044 0532 0130 00."),
            one("IBAN_CODE", "DE89 3704 0044 0532 0130 00")
        );
        assert_eq!(
            found("see https://admin:hunter2@db.example.com/x?token=abc."),
            one("URL", "https://admin:hunter2@db.example.com/x?token=abc")
        );
    }

    #[test]
    fn decoys_are_left_alone() {
        for decoy in [
            "id 123e4567-e89b-12d3-a456-426614174000",
            "sha256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
            "commit 3f2a9c1d8e7b6a5f4e3d2c1b0a9f8e7d6c5b4a39",
            "version 1.2.3.4 released",
            "{\"version\": \"1.2.3.4\"}",
            "ISBN 978-0-306-40615-7",
            "total $1,299.00",
            "zip 94105",
            "order ORD-2024-558812, tracking 1Z999AA10123456784",
            "at 2024-03-15T10:30:00Z and on 2024-03-15",
            "card 4111 1111 1111 1112 is invalid",
            "ssn 666-12-3456 is invalid",
            "react@18.2.0 and icon@2x.png",
            "git@github.com:org/repo.git",
            "call 123-456-7890",
            "std::vector and Foo::Bar",
            "the meeting is on March 3, 2024",
        ] {
            assert_eq!(found(decoy), vec![], "{decoy}");
        }
    }

    #[test]
    fn context_turns_bare_numbers_into_findings() {
        assert_eq!(
            found("phone: 4155550132"),
            one("PHONE_NUMBER", "4155550132")
        );
        assert_eq!(found("id: 4155550132"), vec![]);
        assert_eq!(
            found(r#"{"dob": "1985-03-12", "created": "2024-03-15"}"#),
            one("DATE_OF_BIRTH", "1985-03-12")
        );
        assert_eq!(
            found(r#"{"version": "2.0", "client_ip": "203.0.113.5"}"#),
            one("IP_ADDRESS", "203.0.113.5")
        );
        let aws_secret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
        assert_eq!(
            found(&format!("aws_secret_access_key = {aws_secret}")),
            one("AWS_ACCESS_KEY", aws_secret)
        );
        assert_eq!(found(&format!("value = {aws_secret}")), vec![]);
        assert_eq!(
            found("aws_secret_access_key = 3f2a9c1d8e7b6a5f4e3d2c1b0a9f8e7d6c5b4a39"),
            vec![],
            "a git SHA is not a secret key"
        );
        assert_eq!(found("SSN 536221234"), one("US_SSN", "536221234"));
        assert_eq!(
            found("born on 12 March 1985"),
            one("DATE_OF_BIRTH", "12 March 1985")
        );
        assert_eq!(
            found("\"dob\": \"1985-03-12\""),
            one("DATE_OF_BIRTH", "1985-03-12")
        );
    }

    #[test]
    fn keep_and_allow_list() {
        let detector = detector();
        let text = "mail jane@example.com via https://x.example.com/?u=jane@example.com";
        let kinds: Vec<String> = detector
            .find(text, None, &["URL".to_string()])
            .iter()
            .map(|f| text[f.start..f.end].to_string())
            .collect();
        assert_eq!(
            kinds,
            ["jane@example.com", "jane@example.com"],
            "a kept URL still has its email masked"
        );
        let config = PrivacyConfig {
            allow: vec!["Support@Roxy.dev".to_string()],
            ..PrivacyConfig::default()
        };
        let detector = Detector::new(&config).expect("config builds");
        assert!(detector.find("ask support@roxy.dev", None, &[]).is_empty());
    }

    #[test]
    fn placeholders_in_the_input_are_claimed() {
        assert_eq!(
            found("literally <EMAIL_ADDRESS_1>"),
            one(PLACEHOLDER, "<EMAIL_ADDRESS_1>")
        );
    }

    #[test]
    fn custom_detectors_with_context() {
        let config: PrivacyConfig = serde_json::from_value(serde_json::json!({
            "custom": [{"name": "EMPLOYEE_ID", "pattern": "\\bE\\d{6}\\b", "context": ["employee"]}]
        }))
        .expect("config parses");
        let detector = Detector::new(&config).expect("config builds");
        assert_eq!(detector.find("employee E123456", None, &[]).len(), 1);
        assert_eq!(detector.find("part E123456", None, &[]).len(), 0);
        let bad: PrivacyConfig = serde_json::from_value(serde_json::json!({
            "custom": [{"name": "X", "pattern": "("}]
        }))
        .expect("config parses");
        assert!(Detector::new(&bad).is_err());
    }
}
