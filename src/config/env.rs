//! `${env:VAR}` expansion in config values: `${env:VAR:-default}` gives a default (which may
//! itself hold `${env:...}`), `$${` stays a literal `${`. Applied to an enabled server's
//! `command`, `args`, `env` values, `url`, `headers` values and the `oauth:` strings after
//! validation. A `${env:` without its `}` is an error; an unset variable without a default
//! keeps that one server from starting (a warning at load, its error when it is started).

use super::schema::ServerConfig;

/// A server field naming an environment variable that is unset and has no default, or with a
/// `${env:` left open.
pub(crate) struct ExpansionError {
    pub field: &'static str,
    pub message: String,
    pub hint: String,
    /// An unset variable (the environment's doing), not a mistake in the file.
    pub unset: bool,
}

/// Expands `${env:...}` in the server's fields that may hold it; stops at the first unset
/// variable.
pub(crate) fn expand_server_env(
    server: &mut ServerConfig,
    env: &dyn Fn(&str) -> Option<String>,
) -> Result<(), ExpansionError> {
    let expand = |field: &'static str, value: &mut String| -> Result<(), ExpansionError> {
        *value = expand_env(value, env).map_err(|error| match error {
            EnvError::Unset(variable) => ExpansionError {
                field,
                message: format!("environment variable `{variable}` is not set"),
                hint: format!(
                    "export {variable}=..., or write `${{env:{variable}:-default}}` to give a default"
                ),
                unset: true,
            },
            EnvError::Unclosed(variable) => ExpansionError {
                field,
                message: format!("`${{env:{variable}` is not closed"),
                hint: format!("write `${{env:{variable}}}`"),
                unset: false,
            },
        })?;
        Ok(())
    };
    if let Some(command) = &mut server.command {
        expand("command", command)?;
    }
    for arg in &mut server.args {
        expand("args", arg)?;
    }
    for value in server.env.values_mut() {
        expand("env", value)?;
    }
    if let Some(url) = &mut server.url {
        expand("url", url)?;
    }
    for value in server.headers.values_mut() {
        expand("headers", value)?;
    }
    let oauth = &mut server.oauth;
    for value in [
        &mut oauth.client_id,
        &mut oauth.client_secret,
        &mut oauth.client_metadata_url,
        &mut oauth.private_key,
        &mut oauth.idp_token_endpoint,
        &mut oauth.idp_client_id,
        &mut oauth.idp_id_token,
    ]
    .into_iter()
    .flatten()
    {
        expand("oauth", value)?;
    }
    Ok(())
}

/// Why `${env:...}` could not be expanded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EnvError {
    /// This variable is unset and has no default.
    Unset(String),
    /// A `${env:` with this variable name has no closing `}`.
    Unclosed(String),
}

/// Expands `${env:VAR}` and `${env:VAR:-default}` (the default may itself hold `${env:...}`);
/// `$${` stays a literal `${`, and so does a `${` that is not `${env:`.
pub fn expand_env(text: &str, env: &dyn Fn(&str) -> Option<String>) -> Result<String, EnvError> {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find("${") {
        if rest[..start].ends_with('$') {
            out.push_str(&rest[..start - 1]);
            out.push_str("${");
            rest = &rest[start + 2..];
            continue;
        }
        out.push_str(&rest[..start]);
        let after = &rest[start + 2..];
        let Some(end) = matching_brace(after) else {
            if let Some(spec) = after.strip_prefix("env:") {
                let name = spec
                    .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                    .next()
                    .unwrap_or_default();
                return Err(EnvError::Unclosed(name.to_string()));
            }
            out.push_str(&rest[start..]);
            return Ok(out);
        };
        let inner = &after[..end];
        match inner.strip_prefix("env:") {
            Some(spec) => {
                let (name, default) = match spec.split_once(":-") {
                    Some((name, default)) => (name, Some(default)),
                    None => (spec, None),
                };
                match (env(name), default) {
                    (Some(value), _) => out.push_str(&value),
                    (None, Some(default)) => out.push_str(&expand_env(default, env)?),
                    (None, None) => return Err(EnvError::Unset(name.to_string())),
                }
            }
            None => {
                out.push_str("${");
                out.push_str(inner);
                out.push('}');
            }
        }
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    Ok(out)
}

/// Index of the `}` closing a `${`, counting nested `${ ... }`.
fn matching_brace(text: &str) -> Option<usize> {
    let mut depth = 0usize;
    let bytes = text.as_bytes();
    for (index, &byte) in bytes.iter().enumerate() {
        match byte {
            b'{' if index > 0 && bytes[index - 1] == b'$' => depth += 1,
            b'}' if depth == 0 => return Some(index),
            b'}' => depth -= 1,
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(name: &str) -> Option<String> {
        (name == "HOME_X").then(|| "/home/x".to_string())
    }

    #[test]
    fn expands_variables_with_defaults_and_escapes() {
        assert_eq!(expand_env("${env:HOME_X}/a", &env), Ok("/home/x/a".into()));
        assert_eq!(expand_env("${env:NOPE:-d}", &env), Ok("d".into()));
        assert_eq!(
            expand_env("$${env:HOME_X}", &env),
            Ok("${env:HOME_X}".into())
        );
        assert_eq!(
            expand_env("${env:NOPE}", &env),
            Err(EnvError::Unset("NOPE".into()))
        );
        assert_eq!(
            expand_env("${env:HOME_X/bin", &env),
            Err(EnvError::Unclosed("HOME_X".into()))
        );
        assert_eq!(expand_env("a ${ b", &env), Ok("a ${ b".into()));
        assert_eq!(expand_env("${other}", &env), Ok("${other}".into()));
        assert_eq!(
            expand_env("${env:NOPE:-${env:HOME_X}/data}/f", &env),
            Ok("/home/x/data/f".into())
        );
        assert_eq!(
            expand_env("${env:NOPE:-${env:ALSO_NOPE}}", &env),
            Err(EnvError::Unset("ALSO_NOPE".into()))
        );
    }
}
