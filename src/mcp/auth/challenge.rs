//! `WWW-Authenticate: Bearer …` challenges (RFC 6750, RFC 9728): the auth-params a client acts
//! on — `resource_metadata`, `scope`, `error` — read from one or more challenges, with quoted
//! strings that may hold commas and backslash escapes.

use reqwest::header::{HeaderMap, WWW_AUTHENTICATE};

/// What a Bearer challenge asked for.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Challenge {
    pub resource_metadata: Option<String>,
    pub scope: Option<String>,
    pub error: Option<String>,
}

impl Challenge {
    /// The Bearer challenge among a response's `WWW-Authenticate` headers, if there is one.
    pub fn from_headers(headers: &HeaderMap) -> Option<Challenge> {
        headers
            .get_all(WWW_AUTHENTICATE)
            .iter()
            .filter_map(|value| value.to_str().ok())
            .find_map(parse_bearer)
    }

    /// The challenged scopes, split.
    pub fn scopes(&self) -> Vec<String> {
        split_scopes(self.scope.as_deref())
    }

    pub fn insufficient_scope(&self) -> bool {
        self.error.as_deref() == Some("insufficient_scope")
    }
}

/// Space-separated scopes as a list (empty for none).
pub fn split_scopes(scope: Option<&str>) -> Vec<String> {
    scope
        .unwrap_or_default()
        .split_whitespace()
        .map(str::to_string)
        .collect()
}

/// Parses a header value that may hold several challenges and returns the Bearer one.
fn parse_bearer(value: &str) -> Option<Challenge> {
    let start = find_scheme(value, "bearer")?;
    let mut rest = &value[start + "bearer".len()..];
    let mut challenge = Challenge::default();
    loop {
        rest = rest.trim_start_matches([' ', '\t', ',']);
        let Some(equals) = rest.find('=') else {
            break;
        };
        let name = rest[..equals].trim();
        if name.contains(' ') {
            break; // the next challenge's scheme
        }
        rest = rest[equals + 1..].trim_start();
        let (param, after) = if let Some(quoted) = rest.strip_prefix('"') {
            read_quoted(quoted)
        } else {
            let end = rest.find(',').unwrap_or(rest.len());
            (rest[..end].trim().to_string(), &rest[end..])
        };
        rest = after;
        match name.to_ascii_lowercase().as_str() {
            "resource_metadata" => challenge.resource_metadata = Some(param),
            "scope" => challenge.scope = Some(param),
            "error" => challenge.error = Some(param),
            _ => {}
        }
    }
    Some(challenge)
}

/// Where the scheme `name` starts as a word (case-insensitive).
fn find_scheme(value: &str, name: &str) -> Option<usize> {
    let lower = value.to_ascii_lowercase();
    let mut from = 0;
    while let Some(at) = lower[from..].find(name) {
        let start = from + at;
        let before_ok = start == 0 || matches!(lower.as_bytes()[start - 1], b' ' | b',');
        let after = lower.as_bytes().get(start + name.len());
        if before_ok && matches!(after, None | Some(b' ')) {
            return Some(start);
        }
        from = start + name.len();
    }
    None
}

/// A quoted string's text (escapes undone) and what follows its closing quote.
fn read_quoted(text: &str) -> (String, &str) {
    let mut out = String::new();
    let mut chars = text.char_indices();
    while let Some((at, c)) = chars.next() {
        match c {
            '\\' => {
                if let Some((_, escaped)) = chars.next() {
                    out.push(escaped);
                }
            }
            '"' => return (out, &text[at + 1..]),
            c => out.push(c),
        }
    }
    (out, "")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_bearer_params_among_other_challenges() {
        let challenge = parse_bearer(
            r#"Basic realm="x, y", Bearer error="insufficient_scope", scope="mcp:basic mcp:write", resource_metadata="http://h/.well-known/oauth-protected-resource/mcp", error_description="needs \"write\"""#,
        )
        .expect("a bearer challenge");
        assert_eq!(challenge.error.as_deref(), Some("insufficient_scope"));
        assert_eq!(challenge.scopes(), ["mcp:basic", "mcp:write"]);
        assert_eq!(
            challenge.resource_metadata.as_deref(),
            Some("http://h/.well-known/oauth-protected-resource/mcp")
        );
        assert!(parse_bearer(r#"Basic realm="bearer token""#).is_none());
        assert_eq!(parse_bearer("Bearer"), Some(Challenge::default()));
        assert_eq!(
            parse_bearer("bearer scope=read").and_then(|c| c.scope),
            Some("read".into())
        );
    }
}
