//! The placeholder vault of one conversation: each distinct (type, value) gets a stable typed
//! placeholder such as `<EMAIL_ADDRESS_1>` (a value seen as a JSON number and as a string gets
//! one of each, so each comes back as what it was), and answers are restored from it. Restoring
//! accepts the placeholder in any letter case and in JSON's `\u003c...\u003e` escaped form
//! (then the value is inserted JSON-escaped too), and unknown placeholders are left as they are.

use std::collections::HashMap;
use std::sync::LazyLock;

use regex::{Captures, Regex};
use serde_json::Value;

static PLACEHOLDER_IN_ANSWER: LazyLock<Regex> = LazyLock::new(|| {
    super::patterns::compile(r"(?i)(<|\\u003c)([a-z][a-z0-9_]*_\d+)(>|\\u003e)")
        .unwrap_or_else(|e| panic!("built-in placeholder pattern: {e}"))
});

#[derive(Debug, Clone, PartialEq)]
struct Entry {
    value: String,
    /// The value was a JSON number; a string that is exactly its placeholder becomes a number.
    was_number: bool,
}

/// Placeholders and the values they stand for, for one conversation.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Vault {
    /// (type, value, was a JSON number) -> placeholder name (without `<>`).
    names: HashMap<(String, String, bool), String>,
    /// Upper-cased placeholder name -> value.
    entries: HashMap<String, Entry>,
    /// Placeholders handed out per type.
    counters: HashMap<String, usize>,
}

impl Vault {
    /// Number of distinct values held.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The value a placeholder (`<EMAIL_ADDRESS_1>` or `EMAIL_ADDRESS_1`, any case) stands for.
    pub fn value_of(&self, placeholder: &str) -> Option<&str> {
        let name = placeholder.trim_start_matches('<').trim_end_matches('>');
        self.entries
            .get(&name.to_uppercase())
            .map(|entry| entry.value.as_str())
    }

    /// The placeholder for `value` of type `kind`, creating it on first sight. A number and a
    /// string of the same digits get different placeholders: a string that is exactly a
    /// number's placeholder is restored as that number.
    pub(crate) fn placeholder_for(&mut self, kind: &str, value: &str, was_number: bool) -> String {
        let key = (kind.to_string(), value.to_string(), was_number);
        let name = match self.names.get(&key) {
            Some(name) => name.clone(),
            None => {
                let counter = self.counters.entry(kind.to_string()).or_insert(0);
                *counter += 1;
                let name = format!("{kind}_{counter}");
                self.entries.insert(
                    name.clone(),
                    Entry {
                        value: value.to_string(),
                        was_number,
                    },
                );
                self.names.insert(key, name.clone());
                name
            }
        };
        format!("<{name}>")
    }

    /// Replaces every known placeholder in `text` by its value, in one pass.
    pub(crate) fn restore_text(&self, text: &str) -> String {
        if self.entries.is_empty() {
            return text.to_string();
        }
        PLACEHOLDER_IN_ANSWER
            .replace_all(text, |captures: &Captures| {
                let whole = captures.get(0).map_or("", |m| m.as_str());
                let name = captures.get(2).map_or("", |m| m.as_str()).to_uppercase();
                let escaped = captures.get(1).is_some_and(|m| m.as_str().len() > 1);
                match self.entries.get(&name) {
                    Some(entry) if escaped => json_escaped(&entry.value),
                    Some(entry) => entry.value.clone(),
                    None => whole.to_string(),
                }
            })
            .into_owned()
    }

    /// Restores every string of a JSON value; a string that is exactly the placeholder of a
    /// number becomes that number again. A string holding a JSON document whose textual
    /// restore would no longer parse (a value with quotes or newlines) is restored member by
    /// member instead.
    pub(crate) fn restore_value(&self, value: &Value) -> Value {
        match value {
            Value::String(text) => self.restore_string(text),
            Value::Array(items) => {
                Value::Array(items.iter().map(|v| self.restore_value(v)).collect())
            }
            Value::Object(members) => Value::Object(
                members
                    .iter()
                    .map(|(name, member)| (name.clone(), self.restore_value(member)))
                    .collect(),
            ),
            Value::Null | Value::Bool(_) | Value::Number(_) => value.clone(),
        }
    }

    fn restore_string(&self, text: &str) -> Value {
        let name = text
            .trim_start_matches('<')
            .trim_end_matches('>')
            .to_uppercase();
        if text.starts_with('<')
            && text.ends_with('>')
            && let Some(entry) = self.entries.get(&name)
            && entry.was_number
            && let Ok(number) = entry.value.parse::<serde_json::Number>()
        {
            return Value::Number(number);
        }
        let restored = self.restore_text(text);
        let embedded_json = || {
            serde_json::from_str::<Value>(text)
                .ok()
                .filter(|v| v.is_object() || v.is_array())
        };
        if restored != text
            && serde_json::from_str::<Value>(&restored).is_err()
            && let Some(document) = embedded_json()
        {
            return Value::String(self.restore_value(&document).to_string());
        }
        Value::String(restored)
    }
}

/// `value` as it appears inside a JSON string literal (without the quotes).
fn json_escaped(value: &str) -> String {
    let quoted = Value::String(value.to_string()).to_string();
    quoted[1..quoted.len() - 1].to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn placeholders_are_stable_and_typed() {
        let mut vault = Vault::default();
        assert_eq!(
            vault.placeholder_for("EMAIL_ADDRESS", "a@x.io", false),
            "<EMAIL_ADDRESS_1>"
        );
        assert_eq!(
            vault.placeholder_for("EMAIL_ADDRESS", "b@x.io", false),
            "<EMAIL_ADDRESS_2>"
        );
        assert_eq!(
            vault.placeholder_for("EMAIL_ADDRESS", "a@x.io", false),
            "<EMAIL_ADDRESS_1>"
        );
        assert_eq!(
            vault.placeholder_for("PERSON", "Ann Lee", false),
            "<PERSON_1>"
        );
        assert_eq!(vault.len(), 3);
        assert_eq!(vault.value_of("<person_1>"), Some("Ann Lee"));
    }

    #[test]
    fn restore_tolerates_case_and_json_escapes() {
        let mut vault = Vault::default();
        vault.placeholder_for("EMAIL_ADDRESS", "a@x.io", false);
        vault.placeholder_for("PRIVATE_KEY", "-----BEGIN\nkey \"q\"", false);
        assert_eq!(
            vault.restore_text("to <Email_Address_1>, not <EMAIL_ADDRESS_9>"),
            "to a@x.io, not <EMAIL_ADDRESS_9>"
        );
        assert_eq!(
            vault.restore_text(r#"{"k":"\u003cPRIVATE_KEY_1\u003e"}"#),
            r#"{"k":"-----BEGIN\nkey \"q\""}"#
        );
        let nested = json!({"text": "{\"key\": \"<PRIVATE_KEY_1>\"}"});
        let restored = vault.restore_value(&nested);
        let inner: Value = serde_json::from_str(restored["text"].as_str().unwrap_or_default())
            .expect("nested JSON stays valid");
        assert_eq!(inner["key"], "-----BEGIN\nkey \"q\"");
    }

    #[test]
    fn numbers_come_back_as_numbers() {
        let mut vault = Vault::default();
        let placeholder = vault.placeholder_for("CREDIT_CARD", "4111111111111111", true);
        assert_eq!(
            vault.restore_value(&json!({"card": placeholder})),
            json!({"card": 4111111111111111_u64})
        );
    }

    #[test]
    fn a_string_of_a_numbers_digits_comes_back_as_a_string() {
        let mut vault = Vault::default();
        let number = vault.placeholder_for("PHONE_NUMBER", "4155550132", true);
        let string = vault.placeholder_for("PHONE_NUMBER", "4155550132", false);
        assert_ne!(number, string);
        assert_eq!(
            vault.restore_value(&json!({"phone": number, "confirm": string})),
            json!({"phone": 4155550132_u64, "confirm": "4155550132"})
        );
    }
}
