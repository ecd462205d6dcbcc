//! One redaction pass: every finding of the detectors replaced by its placeholder from the
//! vault, in a text or value by value in JSON, each replacement recorded as a [`Redaction`].
//! The gateway adds the `keep` check, the audit line and the metrics; `roxy redact` prints the
//! records.

use std::collections::BTreeMap;
use std::sync::Arc;

use serde_json::Value;

use super::detect::{Detector, WholeWords};
use super::patterns::PLACEHOLDER;
use super::vault::Vault;

/// One value replaced by a placeholder.
#[derive(Debug, Clone)]
pub(crate) struct Redaction {
    pub kind: Arc<str>,
    pub detector: &'static str,
    pub value: String,
    pub placeholder: String,
}

/// Replaces every finding in `text` by its placeholder, in one pass.
pub(crate) fn redact_string(
    detector: &Detector,
    text: &str,
    key: Option<&str>,
    keep: &[String],
    vault: &mut Vault,
    redactions: &mut Vec<Redaction>,
) -> String {
    let findings = detector.find(text, key, keep);
    if findings.is_empty() {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len() + findings.len() * 8);
    let mut copied = 0;
    for finding in findings {
        let value = &text[finding.start..finding.end];
        let placeholder = vault.placeholder_for(&finding.kind, value, false);
        out.push_str(&text[copied..finding.start]);
        out.push_str(&placeholder);
        copied = finding.end;
        redactions.push(Redaction {
            kind: finding.kind,
            detector: finding.detector,
            value: value.to_string(),
            placeholder,
        });
    }
    out.push_str(&text[copied..]);
    out
}

/// Redacts a whole JSON document: value by value ([`redact_value`]), then each value found in
/// one string or number is also replaced where it stands as whole words in any other string
/// (`{"cc": "Hi Zefirino Quarnstedt,", "note": "call Zefirino Quarnstedt"}`), so that a copy in
/// clear cannot undo its placeholder. Every replacement is recorded.
pub(crate) fn redact_document(
    detector: &Detector,
    value: &Value,
    keep: &[String],
    vault: &mut Vault,
    redactions: &mut Vec<Redaction>,
) -> Value {
    let first = redactions.len();
    let mut redacted = redact_value(detector, value, None, keep, vault, redactions);
    // Placeholder look-alikes are claimed wherever they stand already, and the first pass's own
    // placeholders look just like them.
    let mut found: Vec<Redaction> = redactions[first..]
        .iter()
        .filter(|redaction| &*redaction.kind != PLACEHOLDER)
        .cloned()
        .collect();
    found.sort_by(|a, b| a.value.cmp(&b.value));
    found.dedup_by(|a, b| a.value == b.value);
    let values: Vec<&str> = found.iter().map(|r| r.value.as_str()).collect();
    if let Some(words) = WholeWords::new(&values) {
        replace_copies(&mut redacted, &words, &found, vault, redactions);
    }
    redacted
}

/// Replaces whole-word copies of `found` values (searched for by `words`) in every string of
/// `value` by their placeholders as strings (a copy of a number's digits is text, and comes
/// back as text), recording each.
fn replace_copies(
    value: &mut Value,
    words: &WholeWords,
    found: &[Redaction],
    vault: &mut Vault,
    redactions: &mut Vec<Redaction>,
) {
    match value {
        Value::String(text) => {
            let copies = words.find_unclaimed(text, &mut BTreeMap::new());
            for (span, index) in copies.into_iter().rev() {
                let original = &found[index];
                let placeholder = vault.placeholder_for(&original.kind, &original.value, false);
                text.replace_range(span, &placeholder);
                redactions.push(Redaction {
                    placeholder,
                    ..original.clone()
                });
            }
        }
        Value::Array(items) => {
            for item in items {
                replace_copies(item, words, found, vault, redactions);
            }
        }
        Value::Object(members) => {
            for member in members.values_mut() {
                replace_copies(member, words, found, vault, redactions);
            }
        }
        Value::Number(_) | Value::Null | Value::Bool(_) => {}
    }
}

/// Redacts a JSON value value by value; `key` is the key of the object member being redacted.
/// A number containing anything found becomes a placeholder string as a whole (restored as a
/// number).
pub(crate) fn redact_value(
    detector: &Detector,
    value: &Value,
    key: Option<&str>,
    keep: &[String],
    vault: &mut Vault,
    redactions: &mut Vec<Redaction>,
) -> Value {
    match value {
        Value::String(text) => {
            Value::String(redact_string(detector, text, key, keep, vault, redactions))
        }
        Value::Number(number) => {
            let text = number.to_string();
            match detector.find(&text, key, keep).into_iter().next() {
                Some(finding) => {
                    let placeholder = vault.placeholder_for(&finding.kind, &text, true);
                    redactions.push(Redaction {
                        kind: finding.kind,
                        detector: finding.detector,
                        value: text,
                        placeholder: placeholder.clone(),
                    });
                    Value::String(placeholder)
                }
                None => value.clone(),
            }
        }
        Value::Array(items) => Value::Array(
            items
                .iter()
                .map(|item| redact_value(detector, item, key, keep, vault, redactions))
                .collect(),
        ),
        Value::Object(members) => Value::Object(
            members
                .iter()
                .map(|(name, member)| {
                    let redacted =
                        redact_value(detector, member, Some(name), keep, vault, redactions);
                    (name.clone(), redacted)
                })
                .collect(),
        ),
        Value::Null | Value::Bool(_) => value.clone(),
    }
}
