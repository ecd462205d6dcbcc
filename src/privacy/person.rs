//! PERSON detection without a language model. Three rules, all requiring capitalised name
//! tokens:
//! 1. a common given name (from `given_names.txt`, ~440 names across cultures) followed by one
//!    or two surnames: `Priya Raman`, `John Q. Public`, `Sean O'Brien`;
//! 2. a name after a cue that introduces people: a greeting or sign-off (`Dear`, `Hi`,
//!    `Regards,`), a title (`Dr.`, `Ms`), `my name is`, `assigned to`, `signed by`;
//! 3. the value under a key that holds people (`full_name`, `author`, `assignee`, `"name"` when
//!    the value starts with a known given name).
//!
//! Tokens that are ordinary capitalised words (`Team`, `Street`, `Monday`, `Inc`) end a name or
//! reject it.

use std::collections::HashSet;
use std::sync::LazyLock;

use regex::Regex;

const GIVEN_NAMES_FILE: &str = include_str!("given_names.txt");

static GIVEN_NAMES: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    GIVEN_NAMES_FILE
        .lines()
        .filter(|line| !line.starts_with('#'))
        .flat_map(str::split_whitespace)
        .collect()
});

/// Capitalised words that are not names.
const NOT_NAMES: &[&str] = &[
    "Street",
    "St",
    "Avenue",
    "Ave",
    "Road",
    "Rd",
    "Lane",
    "Drive",
    "Boulevard",
    "Way",
    "Square",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Inc",
    "Corp",
    "Ltd",
    "LLC",
    "GmbH",
    "Team",
    "Teams",
    "Support",
    "Group",
    "Company",
    "Bank",
    "University",
    "College",
    "Hospital",
    "Center",
    "Centre",
    "The",
    "And",
    "Or",
    "All",
    "Everyone",
    "Folks",
    "There",
    "World",
    "Again",
    "Regards",
    "Best",
    "Thanks",
    "Hi",
    "Hello",
    "Dear",
    "API",
    "Project",
    "Report",
    "Meeting",
    "Please",
    "Yes",
    "No",
    "Sales",
    "Finance",
    "Engineering",
    "Marketing",
    "Admin",
    "Customer",
    "Service",
    "Office",
];

/// A capitalised name token: `Raman`, `O'Brien`, `McDonald`, `Smith-Jones`, `García`.
const NAME_TOKEN: &str = r"(?:Mc|Mac|O'|D'|O’|D’)?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?";
/// Lower-case particles that may precede a surname: `van der Berg`, `de la Cruz`, `das Neves`.
const PARTICLE: &str = r"(?:(?:van der|van den|van|von|de la|de los|de|da|das|do|dos|del|della|di|du|des|al|bin|ibn|ter) )?";

/// Cues after which a capitalised word is a name: greetings and sign-offs in several languages,
/// titles, and phrases that introduce a person (`meeting with`, `approved by`, `patient`), in
/// any case; and header-like cues that only count as written (`From:`, `cc:`, `Met` opening a
/// note), since `from` and `met` are ordinary words.
const CUES: &str = r"(?:(?i:Dear|Hi|Hello|Hey|Hallo|Hola|Ciao|Olá|Bonjour|Salut|Thanks|Thank you|Many thanks|Cheers|Regards|Kind regards|Best regards|Warm regards|Best wishes|Sincerely|Yours|Mr|Mrs|Ms|Mx|Miss|Dr|Prof|Sr|Sra|Herr|Frau|Mme|Mlle|Sig|Dott|my name is|this is|I am|I'm|call me|assigned to|signed by|approved by|reviewed by|referred by|requested by|submitted by|written by|created by|directed by|starring|on behalf of|meeting with|call with|1:1 with|met with|spoke with|spoke to|talked to|talk to|discussed with|loop in|attn|patient|cardholder|guardian|change it to|correct it to|says|said|interview with|forwarded from|assistant to)|Interview:|From:|To:|Cc:|CC:|cc:|Bcc:|Met|Best,[ \t]*(?:\n|[ ]{2}))";

/// A title between a cue and a name: `this is Mr. Cindy Ma`.
const TITLE: &str = r"(?:(?:Mr|Mrs|Ms|Mx|Miss|Dr|Prof)\.?[ ])?";

/// Keys whose values are people.
const PERSON_KEYS: &[&str] = &[
    "full_name",
    "fullname",
    "first_name",
    "firstname",
    "last_name",
    "lastname",
    "given_name",
    "family_name",
    "surname",
    "display_name",
    "author",
    "assignee",
    "recipient",
    "sender",
    "owner",
    "customer",
    "patient",
    "employee",
    "attendee",
    "contact",
    "manager",
    "reviewer",
    "signed_by",
    "from_name",
    "to_name",
    "contact_name",
    "customer_name",
    "patient_name",
    "employee_name",
    "recipient_name",
    "sender_name",
    "owner_name",
    "author_name",
    "cardholder",
    "holder_name",
    "guardian",
    "client_name",
    "applicant",
];

/// Regex for rule 1: a known given name, an optional middle initial, one or two surnames.
pub fn given_name_pattern() -> String {
    let mut names: Vec<&str> = GIVEN_NAMES.iter().copied().collect();
    names.sort_unstable();
    format!(
        r"\b(?:{})(?: \p{{Lu}}\.)? {PARTICLE}{NAME_TOKEN}(?: {NAME_TOKEN})?",
        names.join("|")
    )
}

/// Regex for rule 2: a cue followed by one to three name tokens, or by `Last, First`.
pub fn cue_pattern() -> String {
    format!(
        r"\b{CUES}\.?[,:]?[ \t]*\n?[ \t]*{TITLE}(?:{NAME_TOKEN}, {NAME_TOKEN}\b|{NAME_TOKEN}(?: {PARTICLE}{NAME_TOKEN}){{0,3}})"
    )
}

/// Regex for rule 3 in running text: `"author": "Oluwaseun Adeyemi"`.
pub fn key_value_pattern() -> String {
    r#""[A-Za-z_\-]*(?i:name|author|assignee|recipient|sender|owner|customer|patient|employee|attendee|contact|manager|reviewer|signed_by|cardholder|guardian|applicant)"\s*:\s*"[^"\\]{1,80}""#.to_string()
}

static CUE: LazyLock<Regex> = LazyLock::new(|| {
    super::patterns::compile(&format!(r"^{CUES}\.?[,:]?\s*{TITLE}"))
        .unwrap_or_else(|e| panic!("built-in cue pattern: {e}"))
});

static GREETING: LazyLock<Regex> = LazyLock::new(|| {
    super::patterns::compile(r"^(?i:Dear|Hi|Hello|Hey|Hallo|Hola|Ciao|Olá|Bonjour|Salut)\b")
        .unwrap_or_else(|e| panic!("built-in greeting pattern: {e}"))
});

static KEY_VALUE: LazyLock<Regex> = LazyLock::new(|| {
    super::patterns::compile(r#"^"([^"]*)"\s*:\s*"([^"]*)""#)
        .unwrap_or_else(|e| panic!("built-in key/value pattern: {e}"))
});

/// Length in bytes of the name at the start of `text` once trailing non-name words are cut,
/// or `None` if fewer than two name words remain (rule 1 needs a surname).
pub fn trim_name(text: &str) -> Option<usize> {
    let len = name_prefix_len(text, true)?;
    text[..len].contains(' ').then_some(len)
}

/// For a rule-2 match: where the name starts within `text` and how long it is.
pub fn name_after_cue(text: &str) -> Option<(usize, usize)> {
    let cue = CUE.find(text)?;
    let offset = cue.end();
    let rest = &text[offset..];
    // After a greeting a comma ends the name (`Hi Arjun, Can you`); after `From:` or
    // `patient` it may be `Last, First`.
    let greeting = GREETING.is_match(cue.as_str());
    let len = last_comma_first_len(rest, greeting).or_else(|| name_prefix_len(rest, false))?;
    Some((offset, len))
}

/// `Baker, Brett`: the length of a `Last, First` name at the start of `text` (one or two
/// surname words, then given names). In running text the first name must be a known given name
/// (`Hi Arjun, Can you` is no name); a whole JSON value under a person key need not.
fn last_comma_first_len(text: &str, require_given: bool) -> Option<usize> {
    let (last, rest) = text.split_once(", ")?;
    let first_len = name_prefix_len(rest, false)?;
    let first_word = rest[..first_len].split(' ').next().unwrap_or_default();
    let last_ok = name_prefix_len(last, false) == Some(last.len()) && last.split(' ').count() <= 2;
    (last_ok && (!require_given || GIVEN_NAMES.contains(first_word)))
        .then_some(last.len() + 2 + first_len)
}

/// For a rule-3 match in text: where the value starts within `text` and how long it is, if the
/// key holds people and the value looks like a name.
pub fn name_in_key_value_pair(text: &str) -> Option<(usize, usize)> {
    let captures = KEY_VALUE.captures(text)?;
    let (key, value) = (captures.get(1)?, captures.get(2)?);
    is_person_value(key.as_str(), value.as_str()).then(|| (value.start(), value.len()))
}

/// Whether a JSON value under `key` is a person's name.
pub fn is_person_value(key: &str, value: &str) -> bool {
    let key = key.to_lowercase().replace('-', "_");
    let shaped = || {
        name_prefix_len(value, false) == Some(value.len())
            || last_comma_first_len(value, false) == Some(value.len())
    };
    // `customer_full_name`, and plurals holding lists of people: `attendees`, `contacts`.
    let holds_people = |key: &str| {
        PERSON_KEYS.iter().any(|person_key| {
            key.strip_suffix(person_key)
                .is_some_and(|prefix| prefix.is_empty() || prefix.ends_with('_'))
        })
    };
    if holds_people(&key) || key.strip_suffix('s').is_some_and(holds_people) {
        shaped()
    } else if key == "name" {
        let first = value.split(' ').next().unwrap_or_default();
        let last_first = last_comma_first_len(value, true) == Some(value.len());
        last_first || (value.contains(' ') && GIVEN_NAMES.contains(first) && shaped())
    } else {
        false
    }
}

/// Length of the leading run of name words in `text` (separated by single spaces; particles
/// and middle initials allowed inside), cut before the first non-name word; `None` if the
/// first word is not a name. `first_known` means the first word was already matched as a
/// given name.
fn name_prefix_len(text: &str, first_known: bool) -> Option<usize> {
    static TOKEN: LazyLock<Regex> = LazyLock::new(|| {
        super::patterns::compile(&format!(
            r"^(?:{NAME_TOKEN}|\p{{Lu}}\.|van|der|den|von|de|la|los|da|das|do|dos|del|della|di|du|des|al|bin|ibn|ter)$"
        ))
        .unwrap_or_else(|e| panic!("built-in name token pattern: {e}"))
    });
    let mut end = 0;
    let mut offset = 0;
    // Particles are lower case: `das Neves`, `de la Cruz`.
    for (index, word) in text.split(' ').enumerate() {
        let is_name = TOKEN.is_match(word) && !NOT_NAMES.contains(&word);
        if !is_name {
            if index == 0 && !first_known {
                return None;
            }
            break;
        }
        offset += word.len();
        if word.starts_with(|c: char| c.is_uppercase()) && !word.ends_with('.') {
            end = offset;
        }
        offset += 1;
    }
    (end > 0).then_some(end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_cut_before_ordinary_words() {
        assert_eq!(trim_name("Priya Raman"), Some("Priya Raman".len()));
        assert_eq!(trim_name("Priya Raman Team"), Some("Priya Raman".len()));
        assert_eq!(trim_name("Anna Street"), None);
        assert_eq!(name_prefix_len("Ludwig van Beethoven", false), Some(20));
        assert_eq!(name_prefix_len("John Q. Public", false), Some(14));
    }

    #[test]
    fn given_names_come_from_many_cultures() {
        // Names the 1990 US Census lists (Hispanic, French, English) open a name on their own.
        let rule_one = crate::privacy::patterns::compile(&given_name_pattern()).expect("compiles");
        for text in [
            "notes from Griselda Ortuño on the draft",
            "Stanley Kowalczyk will host",
            "the invoice for Claudine Marchetti",
        ] {
            let found = rule_one.find(text).map(|m| m.as_str());
            let name = found.and_then(|m| trim_name(m).map(|len| &m[..len]));
            assert!(
                name.is_some_and(|n| n.split(' ').count() == 2),
                "{text}: {name:?}"
            );
        }
    }

    #[test]
    fn cues_introduce_names() {
        assert_eq!(name_after_cue("Dear Oluwaseun"), Some((5, 9)));
        assert_eq!(name_after_cue("Regards,\nTobias Weber"), Some((9, 12)));
        assert_eq!(name_after_cue("Hi Team"), None);
    }

    #[test]
    fn keys_that_hold_people() {
        assert!(is_person_value("author", "Oluwaseun Adeyemi"));
        assert!(is_person_value("customer_full_name", "Zoë Müller"));
        assert!(is_person_value("name", "Priya Raman"));
        assert!(!is_person_value("name", "Quarterly Report"));
        assert!(!is_person_value("name", "web_search"));
        assert!(!is_person_value("assignee", "Platform Team"));
        assert!(!is_person_value("title", "Priya Raman"));
        assert!(is_person_value("attendees", "Kwabena Mensah"));
        assert_eq!(
            name_in_key_value_pair(r#""first_name": "Kwabena""#),
            Some((15, 7))
        );
    }
}
