//! `privacy:` in roxy.yaml: phone regions, the allow list, custom detectors and the audit log.
//! Only the shape and defaults live here; compiling the custom patterns and checking region
//! and `keep` names needs the detectors and happens in `crate::privacy` when the gateway is
//! built.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

/// `privacy:` in roxy.yaml.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct PrivacyConfig {
    /// Countries whose national phone formats are recognised (international `+CC` numbers are
    /// recognised everywhere): US, CA, GB, DE, FR, NL, AU, CH, AT, BE, IE.
    pub phone_regions: Vec<String>,
    /// Values never redacted (compared case-insensitively), e.g. your support address.
    pub allow: Vec<String>,
    /// Extra detectors.
    pub custom: Vec<CustomDetector>,
    pub audit: AuditSettings,
}

impl Default for PrivacyConfig {
    fn default() -> Self {
        PrivacyConfig {
            phone_regions: ["US", "GB", "DE", "FR"].map(String::from).to_vec(),
            allow: Vec::new(),
            custom: Vec::new(),
            audit: AuditSettings::default(),
        }
    }
}

/// One entry of `privacy.custom`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CustomDetector {
    /// The type name used in placeholders and `keep` lists, UPPER_SNAKE_CASE.
    pub name: String,
    /// A regular expression (Rust `regex` syntax).
    pub pattern: String,
    /// If given, a match counts only when one of these words (case-insensitive) appears in
    /// the 48 bytes before it or in the JSON key it is the value of.
    #[serde(default)]
    pub context: Vec<String>,
}

/// `privacy.audit`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct AuditSettings {
    pub enabled: bool,
    /// The JSONL log, relative to the data directory; the HMAC key sits next to it as `.key`.
    pub path: PathBuf,
}

impl Default for AuditSettings {
    fn default() -> Self {
        AuditSettings {
            enabled: true,
            path: PathBuf::from("privacy/audit.jsonl"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_documented_config_parses_and_typos_are_rejected() {
        let yaml = r"
phone_regions: [US, GB, DE, FR]
allow: [support@roxy.dev]
custom:
  - name: EMPLOYEE_ID
    pattern: '\bE\d{6}\b'
    context: [employee, staff]
audit:
  enabled: true
  path: privacy/audit.jsonl
";
        let config: PrivacyConfig = serde_yaml::from_str(yaml).expect("documented config parses");
        assert_eq!(config.custom[0].context, ["employee", "staff"]);
        assert_eq!(
            serde_yaml::from_str::<PrivacyConfig>("{}").ok(),
            Some(PrivacyConfig::default())
        );
        for typo in [
            "phone_region: [US]",
            "audit: {enable: false}",
            "custom: [{name: X, regex: a}]",
        ] {
            assert!(
                serde_yaml::from_str::<PrivacyConfig>(typo).is_err(),
                "{typo}"
            );
        }
    }
}
