//! The errors a configuration can have: one [`ConfigError`] per problem, with file, position,
//! dotted key, message and a hint of what to write instead; [`ConfigErrors`] collects every
//! problem of a load so they are all reported at once.

use std::fmt;

use super::locate::{Position, locate_key};

/// One problem in a config file.
#[derive(Debug, Clone, PartialEq)]
pub struct ConfigError {
    pub file: String,
    pub position: Option<Position>,
    /// Dotted path of the offending key, e.g. `servers.fs.command`.
    pub key: String,
    pub message: String,
    /// What to write instead.
    pub hint: Option<String>,
}

impl ConfigError {
    /// A problem with the key at `path` of `text`, positioned where that key stands.
    pub(crate) fn at_key(
        file: &str,
        text: &str,
        path: &[&str],
        message: String,
        hint: Option<String>,
    ) -> ConfigError {
        ConfigError {
            file: file.to_string(),
            position: locate_key(text, path),
            key: path.join("."),
            message,
            hint,
        }
    }
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.position {
            Some(p) => write!(f, "{}:{}:{}: ", self.file, p.line, p.column)?,
            None => write!(f, "{}: ", self.file)?,
        }
        if !self.key.is_empty() {
            write!(f, "{}: ", self.key)?;
        }
        f.write_str(&self.message)?;
        if let Some(hint) = &self.hint {
            write!(f, "\n  hint: {hint}")?;
        }
        Ok(())
    }
}

/// All problems found in the configuration.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub struct ConfigErrors(pub Vec<ConfigError>);

impl ConfigErrors {
    /// The one problem of a file that could not be used at all (e.g. not readable).
    pub(crate) fn whole_file(file: &str, message: String, hint: Option<String>) -> ConfigErrors {
        ConfigErrors(vec![ConfigError {
            file: file.to_string(),
            position: None,
            key: String::new(),
            message,
            hint,
        }])
    }
}

impl fmt::Display for ConfigErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (index, error) in self.0.iter().enumerate() {
            if index > 0 {
                writeln!(f)?;
            }
            write!(f, "{error}")?;
        }
        Ok(())
    }
}
