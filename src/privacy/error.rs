//! Why the privacy gateway refused to work: a bad `privacy:` section, an unknown type in a
//! server's `keep` list, or an audit log that cannot be written. A refused redaction means the
//! call must not be sent.

use std::path::PathBuf;

use super::patterns::BUILTIN_TYPES;

/// Why the gateway refused to work; a refused redaction means the call must not be sent.
#[derive(Debug, thiserror::Error)]
pub enum PrivacyError {
    #[error("{0}")]
    Config(String),
    #[error(
        "privacy keep list names `{0}`, which is not a detector type; use one of {types} or a custom detector's name",
        types = BUILTIN_TYPES.join(", ")
    )]
    UnknownKeepType(String),
    #[error("privacy audit log {path}: {message}; nothing was sent", path = path.display())]
    Audit { path: PathBuf, message: String },
}
