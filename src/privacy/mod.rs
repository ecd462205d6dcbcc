//! Privacy gateway: detects personal data and secrets in text and JSON, replaces them with
//! reversible placeholders before anything leaves the machine, and restores them in answers.
//! It knows nothing of MCP: callers hand it JSON values or text and a destination name. Its
//! settings are roxy.yaml's `privacy:` section, [`PrivacyConfig`], defined in `crate::config`.
//!
//! ```text
//! let gateway = PrivacyGateway::new(&config.roxy.privacy, &config.data_dir())?;  // Clone + Send + Sync
//! let mut vault = Vault::default();                       // one per conversation
//! let sent = gateway.redact(&args, "search", &keep, &mut vault)?;   // Err => do not send
//! let answer = gateway.restore(&reply, &vault);
//! ```
//!
//! - [`PrivacyGateway::redact`] / [`PrivacyGateway::redact_text`]: one pass of all detectors
//!   over each string (JSON is redacted value by value, keys kept, numbers too); overlaps
//!   resolved by length then priority; each distinct value gets a stable typed placeholder
//!   (`<EMAIL_ADDRESS_1>`) from the [`Vault`]; text that already looks like a placeholder is
//!   itself vaulted so it comes back verbatim. `keep` lists types let through (a server's
//!   `privacy: { keep: [...] }`); an unknown type there is an error. Writes one audit line
//!   (time, destination, counts by type, detector, HMAC of each value) and fails closed: if
//!   the audit line cannot be written the caller gets an error and must not send.
//! - [`PrivacyGateway::restore`] / [`PrivacyGateway::restore_text`]: put values back,
//!   tolerating `\u003c...\u003e` escapes and a changed placeholder case.
//! - [`OutboundHttp`]: the way Roxy posts JSON to anything outside MCP: redact, send with
//!   [`crate::retry::retry`], restore, count and time.
//! - [`cli::redact_preview`] and [`eval::evaluate`] back `roxy redact` and `roxy privacy eval`.
//!
//! Metrics: `roxy_privacy_redactions_total{type}`, and for [`OutboundHttp`]
//! `roxy_external_calls_total{destination,outcome}`,
//! `roxy_external_call_duration_seconds{destination}`, `roxy_external_retries_total{destination}`.
//!
//! What is where: this file is the gateway ([`PrivacyGateway`]); `redact.rs` one redaction pass;
//! `detect.rs` the detection engine, which runs the table in `patterns.rs` with the checks in
//! `validate.rs` (the matched text), `phone.rs` (libphonenumber's numbering plans), `scan.rs`
//! (its surroundings), `address.rs` (street to postcode), `person.rs` (names) and `works.rs`
//! (titles of works that read as names); `vault.rs` placeholders and restoring; `audit.rs` the
//! audit log; `error.rs` [`PrivacyError`];
//! `outbound.rs` [`OutboundHttp`]; [`cli`] and [`eval`] the two commands.

mod address;
mod audit;
pub mod cli;
mod detect;
mod error;
pub mod eval;
mod outbound;
mod patterns;
mod person;
mod phone;
mod redact;
mod scan;
mod validate;
mod vault;
mod works;

use std::collections::HashSet;
use std::path::Path;
use std::sync::{Arc, OnceLock};

use serde_json::Value;

pub use detect::{Detector, Finding};
pub use error::PrivacyError;
pub use outbound::{OutboundError, OutboundHttp, RedactedField};
pub use patterns::{BUILTIN_TYPES, PLACEHOLDER};
pub use vault::Vault;

use crate::config::PrivacyConfig;
use audit::AuditLog;
use redact::{Redaction, redact_document, redact_string};

/// Redacts text and JSON for one configuration. Cheap to build and to clone.
#[derive(Debug, Clone)]
pub struct PrivacyGateway {
    inner: Arc<GatewayInner>,
}

#[derive(Debug)]
struct GatewayInner {
    /// The detection settings, compiled on the first redaction ([`PrivacyGateway::detector`]).
    config: PrivacyConfig,
    detector: OnceLock<Arc<Detector>>,
    /// The types `keep` lists may name: the built-in ones and the custom ones.
    known_types: HashSet<String>,
    audit: Option<AuditLog>,
}

impl PrivacyGateway {
    /// Checks the settings and opens the audit log under `data_dir`. The detectors compile on
    /// the first redaction, once per process for the same settings: a command that sends
    /// nothing out (most one-shot questions, a model on this machine) does not pay the ~150 ms.
    pub fn new(config: &PrivacyConfig, data_dir: &Path) -> Result<PrivacyGateway, PrivacyError> {
        Detector::check(config)?;
        let audit = if config.audit.enabled {
            Some(AuditLog::open(&data_dir.join(&config.audit.path))?)
        } else {
            None
        };
        Ok(PrivacyGateway {
            inner: Arc::new(GatewayInner {
                config: config.clone(),
                detector: OnceLock::new(),
                known_types: config.type_names().map(str::to_string).collect(),
                audit,
            }),
        })
    }

    /// Compiles the detectors now, if no gateway of these settings has (blocking, ~150 ms): for
    /// a caller that will redact soon and has a thread to spare now (the REPL at start-up).
    pub fn prepare(&self) -> Result<(), PrivacyError> {
        self.detector().map(drop)
    }

    /// The compiled detectors, compiled now if this is the first redaction (see
    /// [`Detector::shared`]).
    fn detector(&self) -> Result<&Detector, PrivacyError> {
        if let Some(detector) = self.inner.detector.get() {
            return Ok(detector);
        }
        let detector = Detector::shared(&self.inner.config)?;
        Ok(self.inner.detector.get_or_init(|| detector))
    }

    /// Redacts every string and number in `value` (keys are kept), for `destination` (a
    /// server name or host, written to the audit log). Types in `keep` are let through.
    pub fn redact(
        &self,
        value: &Value,
        destination: &str,
        keep: &[String],
        vault: &mut Vault,
    ) -> Result<Value, PrivacyError> {
        let detector = self.detector()?;
        self.redact_accounted(destination, keep, |redactions| {
            redact_document(detector, value, keep, vault, redactions)
        })
    }

    /// Redacts free text; otherwise like [`PrivacyGateway::redact`].
    pub fn redact_text(
        &self,
        text: &str,
        destination: &str,
        keep: &[String],
        vault: &mut Vault,
    ) -> Result<String, PrivacyError> {
        let detector = self.detector()?;
        self.redact_accounted(destination, keep, |redactions| {
            redact_string(detector, text, None, keep, vault, redactions)
        })
    }

    /// Checks `keep`, runs one redaction and writes its audit line (fail closed).
    fn redact_accounted<T>(
        &self,
        destination: &str,
        keep: &[String],
        redact: impl FnOnce(&mut Vec<Redaction>) -> T,
    ) -> Result<T, PrivacyError> {
        self.check_keep(keep)?;
        let mut redactions = Vec::new();
        let redacted = redact(&mut redactions);
        self.account(destination, &redactions)?;
        Ok(redacted)
    }

    /// Puts the vault's values back into every string of `value`.
    pub fn restore(&self, value: &Value, vault: &Vault) -> Value {
        vault.restore_value(value)
    }

    /// Puts the vault's values back into `text`.
    pub fn restore_text(&self, text: &str, vault: &Vault) -> String {
        vault.restore_text(text)
    }

    /// Checks a server's `keep` list up front (at start-up, so a typo is reported before the
    /// first call); [`PrivacyGateway::redact`] checks it again.
    pub fn check_keep(&self, keep: &[String]) -> Result<(), PrivacyError> {
        match keep
            .iter()
            .find(|kind| !self.inner.known_types.contains(kind.as_str()))
        {
            Some(unknown) => Err(PrivacyError::UnknownKeepType(unknown.clone())),
            None => Ok(()),
        }
    }

    /// Writes the audit line (failing closed) and counts the redactions.
    fn account(&self, destination: &str, redactions: &[Redaction]) -> Result<(), PrivacyError> {
        if let Some(audit) = &self.inner.audit {
            audit.record(destination, redactions)?;
        }
        for redaction in redactions {
            metrics::counter!("roxy_privacy_redactions_total", "type" => redaction.kind.to_string())
                .increment(1);
        }
        Ok(())
    }
}

/// A labelled file under tests/privacy/ that the detectors may be tuned on (never the
/// held-out split), for unit tests that hold a rule to what it does on real text.
#[cfg(test)]
fn tuning_corpus(file: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/privacy")
        .join(file);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::CustomDetector;

    fn compiled(gateway: &PrivacyGateway) -> Option<&Arc<Detector>> {
        gateway.inner.detector.get()
    }

    /// A gateway compiles its detectors on its first redaction, not when it is built, and
    /// gateways of the same detection settings share them (an `llm:` section builds two).
    #[test]
    fn detectors_compile_on_the_first_redaction_once_per_setting() {
        let dir = tempfile::tempdir().expect("temp dir");
        let settings = PrivacyConfig {
            allow: vec!["support@example.com".into()],
            ..PrivacyConfig::default()
        };
        let first = PrivacyGateway::new(&settings, dir.path()).expect("gateway");
        let other_audit_path = PrivacyConfig {
            audit: crate::config::AuditSettings {
                path: "other-audit.jsonl".into(),
                ..settings.audit.clone()
            },
            ..settings.clone()
        };
        let second = PrivacyGateway::new(&other_audit_path, dir.path()).expect("gateway");
        let different =
            PrivacyGateway::new(&PrivacyConfig::default(), dir.path()).expect("gateway");
        assert!(first.check_keep(&["EMAIL_ADDRESS".into()]).is_ok());
        assert!(first.check_keep(&["EMAIL".into()]).is_err());
        assert!(compiled(&first).is_none(), "compiled before any redaction");

        let mut vault = Vault::default();
        let text = "mail ada@example.org or support@example.com";
        let sent = first
            .redact_text(text, "test", &[], &mut vault)
            .expect("redacts");
        assert_eq!(sent, "mail <EMAIL_ADDRESS_1> or support@example.com");
        assert!(
            compiled(&second).is_none(),
            "the second gateway compiled with the first"
        );
        for gateway in [&second, &different] {
            gateway
                .redact_text(text, "test", &[], &mut vault)
                .expect("redacts");
        }
        let (first, second, different) = (
            compiled(&first).expect("compiled"),
            compiled(&second).expect("compiled"),
            compiled(&different).expect("compiled"),
        );
        assert!(
            Arc::ptr_eq(first, second),
            "the same settings compiled twice"
        );
        assert!(
            !Arc::ptr_eq(first, different),
            "other settings share a detector"
        );
    }

    #[test]
    fn the_documented_config_builds_its_custom_detector() {
        let config = PrivacyConfig {
            custom: vec![CustomDetector {
                name: "EMPLOYEE_ID".into(),
                pattern: r"\bE\d{6}\b".into(),
                context: vec!["employee".into(), "staff".into()],
            }],
            ..PrivacyConfig::default()
        };
        let detector = Detector::new(&config).expect("documented config builds");
        assert_eq!(detector.find("staff id E123456", None, &[]).len(), 1);
    }
}
