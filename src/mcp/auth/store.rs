//! Where a server's OAuth state lives between runs: one JSON file per server and resource,
//! `<data_dir>/oauth/<server>-<hash of the URL>.json`, file mode 0600 in a 0700 directory,
//! written atomically (a temporary file renamed over the old one). It holds the client
//! registration, the tokens with their absolute expiry time and the granted scopes. Nothing
//! here is ever logged.

use std::io::Write;
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::AuthError;

/// A registered (or configured) client.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Client {
    pub client_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_secret: Option<String>,
    /// `none`, `client_secret_basic`, `client_secret_post` or `private_key_jwt`.
    pub auth_method: String,
    /// The redirect URI registered with the client (its port is reused).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub redirect_uri: Option<String>,
}

/// Everything stored for one server.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Record {
    pub server: String,
    pub url: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issuer: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token_endpoint: Option<String>,
    /// The client registered dynamically with `issuer` (a configured client is not stored).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client: Option<Client>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_token: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refresh_token: Option<String>,
    /// Seconds since the Unix epoch.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<u64>,
    #[serde(default)]
    pub scopes: Vec<String>,
}

/// The file of one server and URL.
#[derive(Debug, Clone)]
pub struct Store {
    path: Option<PathBuf>,
}

impl Store {
    /// A file store in `dir`, or memory only when `dir` is `None`.
    pub fn new(dir: Option<&Path>, server: &str, url: &str) -> Store {
        let hash = Sha256::digest(url.as_bytes());
        let tag: String = hash.iter().take(6).map(|b| format!("{b:02x}")).collect();
        let safe: String = server
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                    c
                } else {
                    '_'
                }
            })
            .collect();
        Store {
            path: dir.map(|dir| dir.join(format!("{safe}-{tag}.json"))),
        }
    }

    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// The stored record; a missing or unreadable file is an empty one (with a warning for
    /// the unreadable case).
    pub fn load(&self) -> Option<Record> {
        let path = self.path.as_ref()?;
        let text = std::fs::read(path).ok()?;
        match serde_json::from_slice(&text) {
            Ok(record) => Some(record),
            Err(error) => {
                tracing::warn!(
                    "ignoring the unreadable token file {}: {error}; `roxy auth login` writes a new one",
                    path.display()
                );
                None
            }
        }
    }

    /// Writes `record` atomically with mode 0600 (directory 0700).
    pub fn save(&self, record: &Record) -> Result<(), AuthError> {
        let Some(path) = &self.path else {
            return Ok(());
        };
        let failed =
            |e: std::io::Error| AuthError::Store(format!("cannot write {}: {e}", path.display()));
        let dir = path.parent().unwrap_or(Path::new("."));
        std::fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(dir)
            .map_err(failed)?;
        let temporary = dir.join(format!(
            ".{}.{}.tmp",
            path.file_name().and_then(|n| n.to_str()).unwrap_or("token"),
            std::process::id()
        ));
        let text = serde_json::to_vec_pretty(record)
            .map_err(|e| AuthError::Store(format!("cannot encode the token record: {e}")))?;
        let mut file = std::fs::OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(true)
            .mode(0o600)
            .open(&temporary)
            .map_err(failed)?;
        file.write_all(&text).map_err(failed)?;
        file.sync_all().map_err(failed)?;
        std::fs::rename(&temporary, path).map_err(failed)
    }

    /// Removes the file (logout).
    pub fn remove(&self) -> Result<bool, AuthError> {
        let Some(path) = &self.path else {
            return Ok(false);
        };
        match std::fs::remove_file(path) {
            Ok(()) => Ok(true),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(false),
            Err(e) => Err(AuthError::Store(format!(
                "cannot remove {}: {e}",
                path.display()
            ))),
        }
    }
}
