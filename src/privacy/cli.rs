//! What `roxy redact [FILE|-]` prints: the text as it would leave the machine, then a table of
//! what was found, for a person to check before trusting the gateway with a new kind of data.
//! JSON input is redacted value by value, like tool-call arguments.

use std::fmt::Write as _;

use serde_json::Value;

use super::detect::Detector;
use super::error::PrivacyError;
use super::redact::{Redaction, redact_document, redact_string};
use super::vault::Vault;
use crate::config::PrivacyConfig;

/// The redacted text (pretty-printed if the input is JSON), a blank line, and a table of
/// findings: type, placeholder, detector, original value. Nothing is sent or logged.
pub fn redact_preview(text: &str, config: &PrivacyConfig) -> Result<String, PrivacyError> {
    let detector = Detector::new(config)?;
    let mut vault = Vault::default();
    let mut redactions: Vec<Redaction> = Vec::new();
    let redacted = match serde_json::from_str::<Value>(text) {
        Ok(value @ (Value::Object(_) | Value::Array(_))) => {
            let redacted = redact_document(&detector, &value, &[], &mut vault, &mut redactions);
            serde_json::to_string_pretty(&redacted).unwrap_or_else(|_| redacted.to_string())
        }
        _ => redact_string(&detector, text, None, &[], &mut vault, &mut redactions),
    };
    let mut out = redacted;
    if !out.ends_with('\n') {
        out.push('\n');
    }
    out.push('\n');
    if redactions.is_empty() {
        out.push_str("nothing found\n");
        return Ok(out);
    }
    let rows: Vec<Vec<String>> = redactions
        .iter()
        .map(|r| {
            vec![
                r.kind.to_string(),
                r.placeholder.clone(),
                r.detector.to_string(),
                // Line breaks and tabs shown as `\n` and `\t`, so a value stays on its row;
                // everything else as it is ("O'Brien", not "O\'Brien").
                r.value
                    .chars()
                    .flat_map(|c| {
                        let shown: Vec<char> = if c.is_control() {
                            c.escape_default().collect()
                        } else {
                            vec![c]
                        };
                        shown
                    })
                    .collect(),
            ]
        })
        .collect();
    out.push_str(&crate::output::table(
        &["TYPE", "PLACEHOLDER", "DETECTOR", "VALUE"],
        &rows,
    ));
    let _ = writeln!(out, "{} value(s) redacted", redactions.len());
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn preview_shows_redacted_text_and_findings() {
        let out = redact_preview(
            "Mail jane.doe@example.com or call +44 20 7946 0958.",
            &PrivacyConfig::default(),
        )
        .expect("preview");
        let mut lines = out.lines();
        assert_eq!(
            lines.next(),
            Some("Mail <EMAIL_ADDRESS_1> or call <PHONE_NUMBER_1>.")
        );
        assert!(
            out.contains("EMAIL_ADDRESS  <EMAIL_ADDRESS_1>  email"),
            "{out}"
        );
        assert!(out.contains("+44 20 7946 0958"), "{out}");
        assert!(out.ends_with("2 value(s) redacted\n"), "{out}");
    }
}
