//! `privacy:` in roxy.yaml: phone regions, the allow list, custom detectors and the audit log;
//! and the names a privacy section may use: the built-in detector types, the phone regions, what
//! a custom detector's name and pattern must be ([`PrivacyConfig::problems`]). Those names live
//! here, not in `crate::privacy`, so that loading the config (and `roxy config check`) rejects
//! a bad section with its `file:line:col`, and `crate::privacy` reads the same lists when it
//! builds its detectors.

use std::fmt;
use std::path::PathBuf;

use regex::Regex;
use serde::{Deserialize, Serialize};

/// Every built-in detector type, in the order ties are resolved (`crate::privacy`'s pattern
/// table follows this order).
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
    "PASSWORD",
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

/// The kind given to text that already looks like a placeholder (no custom detector may take it).
pub const PLACEHOLDER: &str = "PLACEHOLDER";

/// Whether `region` (ISO 3166 alpha-2, any case) is a region whose numbering plan
/// libphonenumber knows, i.e. a valid entry of `phone_regions`.
pub fn phone_region_known(region: &str) -> bool {
    region.len() == 2
        && region
            .to_uppercase()
            .parse::<phonenumber::country::Id>()
            .is_ok()
}

/// The default `phone_regions`: the region of the machine's locale (`LC_ALL`, `LC_MESSAGES`,
/// `LANG`, e.g. `en_GB.UTF-8` gives GB) and US.
pub fn default_phone_regions() -> Vec<String> {
    let locale_region = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|name| std::env::var(name).ok())
        .find(|value| !value.is_empty())
        .and_then(|value| {
            let tag = value
                .split(['.', '@'])
                .next()
                .unwrap_or_default()
                .to_string();
            let region = tag.split(['_', '-']).nth(1)?.to_uppercase();
            phone_region_known(&region).then_some(region)
        });
    let mut regions: Vec<String> = locale_region.into_iter().collect();
    if !regions.iter().any(|r| r == "US") {
        regions.push("US".to_string());
    }
    regions
}

/// The most a custom pattern may take once compiled: each one runs over every string sent out.
pub const CUSTOM_PATTERN_SIZE_LIMIT: usize = 1 << 20;

/// `privacy:` in roxy.yaml.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct PrivacyConfig {
    /// Regions whose national phone formats are recognised (ISO 3166 codes; validated with
    /// libphonenumber's numbering plans; international `+CC` numbers are recognised in any
    /// region). Default: the locale's region and US.
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
            phone_regions: default_phone_regions(),
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

impl PrivacyConfig {
    /// The detector types this configuration knows: the built-in ones, then the custom ones.
    pub fn type_names(&self) -> impl Iterator<Item = &str> {
        BUILTIN_TYPES
            .iter()
            .copied()
            .chain(self.custom.iter().map(|c| c.name.as_str()))
    }

    /// What is wrong with this section: unknown phone regions, custom detector names that are
    /// not UPPER_SNAKE_CASE or taken, patterns that do not compile or are too large.
    pub fn problems(&self) -> Vec<PrivacyProblem> {
        let mut problems = Vec::new();
        for region in &self.phone_regions {
            if !phone_region_known(region) {
                problems.push(PrivacyProblem {
                    at: ProblemAt::PhoneRegion(region.clone()),
                    message: format!("unknown region `{region}`"),
                    hint: "use an ISO 3166 two-letter region code, e.g. US, GB, DE, JP, BR"
                        .to_string(),
                });
            }
        }
        for (index, custom) in self.custom.iter().enumerate() {
            let name = &custom.name;
            let upper_snake = name
                .bytes()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_');
            let name_problem = if name.is_empty() {
                Some((
                    "the name is empty".to_string(),
                    "name the type in UPPER_SNAKE_CASE, e.g. `EMPLOYEE_ID`".to_string(),
                ))
            } else if !upper_snake {
                let suggestion: String = name
                    .chars()
                    .map(|c| {
                        if c.is_ascii_alphanumeric() {
                            c.to_ascii_uppercase()
                        } else {
                            '_'
                        }
                    })
                    .collect();
                Some((
                    format!("`{name}` is not UPPER_SNAKE_CASE"),
                    format!("write `{suggestion}`"),
                ))
            } else if BUILTIN_TYPES.contains(&name.as_str()) || name == PLACEHOLDER {
                Some((
                    format!("`{name}` is a built-in type"),
                    format!("name the custom detector something else, e.g. `MY_{name}`"),
                ))
            } else {
                None
            };
            if let Some((message, hint)) = name_problem {
                problems.push(PrivacyProblem {
                    at: ProblemAt::Custom {
                        index,
                        field: "name",
                    },
                    message,
                    hint,
                });
            }
            if let Err((message, hint)) = compile_custom_pattern(&custom.pattern) {
                problems.push(PrivacyProblem {
                    at: ProblemAt::Custom {
                        index,
                        field: "pattern",
                    },
                    message,
                    hint,
                });
            }
        }
        problems
    }
}

/// Compiles a custom detector's pattern within [`CUSTOM_PATTERN_SIZE_LIMIT`]; the error is a
/// message and a hint.
pub fn compile_custom_pattern(pattern: &str) -> Result<Regex, (String, String)> {
    regex::RegexBuilder::new(pattern)
        .size_limit(CUSTOM_PATTERN_SIZE_LIMIT)
        .build()
        .map_err(|error| match error {
            regex::Error::CompiledTooBig(limit) => (
                format!(
                    "the pattern is too large once compiled (over {} KiB)",
                    limit >> 10
                ),
                "make it smaller: fewer alternatives, smaller repetition counts such as `{1000}`"
                    .to_string(),
            ),
            other => {
                // The syntax error's last line says what is wrong; the lines above draw it.
                let text = other.to_string();
                let reason = text.lines().last().unwrap_or_default();
                (
                    format!(
                        "not a valid regular expression: {}",
                        reason.trim_start_matches("error: ")
                    ),
                    "use Rust `regex` syntax; escape a literal `(`, `[` or `{` with `\\`"
                        .to_string(),
                )
            }
        })
}

/// One problem of a `privacy:` section; [`fmt::Display`] gives `key: message; hint`.
#[derive(Debug, Clone, PartialEq)]
pub struct PrivacyProblem {
    pub at: ProblemAt,
    pub message: String,
    /// What to write instead.
    pub hint: String,
}

/// Where in the `privacy:` section a [`PrivacyProblem`] is.
#[derive(Debug, Clone, PartialEq)]
pub enum ProblemAt {
    /// This entry of `phone_regions`.
    PhoneRegion(String),
    /// `field` of the `index`th entry of `custom`.
    Custom { index: usize, field: &'static str },
}

impl PrivacyProblem {
    /// The dotted key, e.g. `privacy.custom[0].pattern`.
    pub fn key(&self) -> String {
        match &self.at {
            ProblemAt::PhoneRegion(_) => "privacy.phone_regions".to_string(),
            ProblemAt::Custom { index, field } => format!("privacy.custom[{index}].{field}"),
        }
    }
}

impl fmt::Display for PrivacyProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}; {}", self.key(), self.message, self.hint)
    }
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
