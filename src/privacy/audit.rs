//! The audit log: one JSON line per redaction call with the time, destination, counts by
//! type and, per value, its type, detector and an HMAC-SHA256 under a local key (so the same
//! value can be recognised across lines without ever being written). The key is 32 random
//! bytes created next to the log with owner-only permissions.

use std::collections::BTreeMap;
use std::fs::{File, OpenOptions};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use base64::Engine as _;
use hmac::{Hmac, Mac};
use rand::RngCore;
use serde_json::json;
use sha2::Sha256;

use super::error::PrivacyError;
use super::redact::Redaction;
use crate::sync::lock;

const KEY_LEN: usize = 32;

#[derive(Debug)]
pub struct AuditLog {
    path: PathBuf,
    file: Mutex<File>,
    key: [u8; KEY_LEN],
}

impl AuditLog {
    /// Opens (creating if needed) the log at `path` and its key at `path` with `.key`.
    pub fn open(path: &Path) -> Result<AuditLog, PrivacyError> {
        let fail = |message: String| PrivacyError::Audit {
            path: path.to_path_buf(),
            message,
        };
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)
                .map_err(|e| fail(format!("cannot create its directory: {e}")))?;
        }
        let key = load_or_create_key(&path.with_extension("key")).map_err(fail)?;
        let file = OpenOptions::new()
            .create(true)
            .append(true)
            .open(path)
            .map_err(|e| fail(format!("cannot open: {e}")))?;
        Ok(AuditLog {
            path: path.to_path_buf(),
            file: Mutex::new(file),
            key,
        })
    }

    /// Appends the line for one redaction call.
    pub fn record(&self, destination: &str, redactions: &[Redaction]) -> Result<(), PrivacyError> {
        let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
        for redaction in redactions {
            *counts.entry(&redaction.kind).or_default() += 1;
        }
        let findings: Vec<_> = redactions
            .iter()
            .map(|r| json!({"type": &*r.kind, "detector": r.detector, "hmac": self.hmac(&r.value)}))
            .collect();
        let time = time::OffsetDateTime::now_utc()
            .format(&time::format_description::well_known::Rfc3339)
            .unwrap_or_default();
        let line = json!({
            "time": time,
            "destination": destination,
            "counts": counts,
            "findings": findings,
        });
        let mut file = lock(&self.file);
        // One write per line: appends from several processes do not interleave.
        let mut text = line.to_string();
        text.push('\n');
        file.write_all(text.as_bytes())
            .map_err(|e| PrivacyError::Audit {
                path: self.path.clone(),
                message: format!("cannot write: {e}"),
            })
    }

    fn hmac(&self, value: &str) -> String {
        let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(&self.key)
            .unwrap_or_else(|_| unreachable!("HMAC accepts keys of any length"));
        mac.update(value.as_bytes());
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(mac.finalize().into_bytes())
    }
}

fn load_or_create_key(path: &Path) -> Result<[u8; KEY_LEN], String> {
    let mut key = [0u8; KEY_LEN];
    match File::open(path) {
        Ok(mut file) => {
            let mut bytes = Vec::new();
            file.read_to_end(&mut bytes)
                .map_err(|e| format!("cannot read the key {}: {e}", path.display()))?;
            if bytes.len() != KEY_LEN {
                return Err(format!(
                    "the key {} is not {KEY_LEN} bytes; delete it to create a new one",
                    path.display()
                ));
            }
            key.copy_from_slice(&bytes);
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            rand::rng().fill_bytes(&mut key);
            let mut options = OpenOptions::new();
            options.write(true).create_new(true);
            #[cfg(unix)]
            std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
            options
                .open(path)
                .and_then(|mut file| file.write_all(&key))
                .map_err(|e| format!("cannot create the key {}: {e}", path.display()))?;
        }
        Err(e) => return Err(format!("cannot read the key {}: {e}", path.display())),
    }
    Ok(key)
}
