//! Privacy gateway: detects personal data and secrets in text and JSON, replaces them with
//! reversible placeholders before anything leaves the machine, and restores them in answers.

use serde::{Deserialize, Serialize};

/// `privacy:` in roxy.yaml.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct PrivacyConfig {}
