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
    let rows: Vec<[String; 4]> = redactions
        .iter()
        .map(|r| {
            [
                r.kind.to_string(),
                r.placeholder.clone(),
                r.detector.to_string(),
                r.value.escape_debug().to_string(),
            ]
        })
        .collect();
    let header = ["TYPE", "PLACEHOLDER", "DETECTOR", "VALUE"];
    let widths: Vec<usize> = (0..3)
        .map(|column| {
            rows.iter()
                .map(|row| row[column].chars().count())
                .chain([header[column].len()])
                .max()
                .unwrap_or(0)
        })
        .collect();
    for row in std::iter::once(header.map(String::from)).chain(rows) {
        let _ = writeln!(
            out,
            "{:w0$}  {:w1$}  {:w2$}  {}",
            row[0],
            row[1],
            row[2],
            row[3],
            w0 = widths[0],
            w1 = widths[1],
            w2 = widths[2]
        );
    }
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
