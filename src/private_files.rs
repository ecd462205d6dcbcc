//! Roxy's own files hold personal data (facts, the conversation, reminders, notes), so only
//! their owner may read them: a data directory Roxy creates is 0700 and its database files are
//! 0600 (SQLite gives the journal and WAL files of a database its file's mode). A data
//! directory that already exists is left as it is: it may be one the person chose and shares.

use std::io;
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt, PermissionsExt};
use std::path::Path;

/// Creates `dir` if it is missing (its parents as usual, `dir` itself 0700).
pub fn create_dir(dir: &Path) -> io::Result<()> {
    if dir.is_dir() {
        return Ok(());
    }
    if let Some(parent) = dir.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent)?;
    }
    match std::fs::DirBuilder::new().mode(0o700).create(dir) {
        Err(error) if error.kind() == io::ErrorKind::AlreadyExists && dir.is_dir() => Ok(()),
        created => created,
    }
}

/// Makes the database file `file` private before SQLite opens it: creates it empty with mode
/// 0600 when missing, and takes group and other access away from one that has it.
pub fn prepare_database(file: &Path) -> io::Result<()> {
    match std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(file)
    {
        Ok(_) => Ok(()),
        Err(error) if error.kind() == io::ErrorKind::AlreadyExists => {
            let mode = std::fs::metadata(file)?.permissions().mode();
            if mode & 0o077 == 0 {
                return Ok(());
            }
            std::fs::set_permissions(file, std::fs::Permissions::from_mode(mode & 0o700))
        }
        Err(error) => Err(error),
    }
}
