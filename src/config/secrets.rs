//! Which configured values are secrets, and how they are shown: masked in `roxy config check`,
//! and masked in a URL wherever one is shown (errors, `roxy servers`' last error, events). A
//! URL's password (`http://bob:secret@host/`, shown as `****` whole) and the values of query
//! keys that name a secret (`?api_key=...`, `?token=...`) are the secrets a URL carries.

/// Whether a header, environment variable or URL query key suggests its value is a secret.
pub(crate) fn looks_secret(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    [
        "auth",
        "token",
        "key",
        "secret",
        "password",
        "passwd",
        "credential",
        "cookie",
        "session",
    ]
    .iter()
    .any(|word| lower.contains(word))
}

/// Masks a secret for display: keeps a short prefix so a person can tell values apart.
pub(crate) fn mask_secret(value: &str) -> String {
    let visible: String = value.chars().take(4).collect();
    if value.chars().count() <= 8 {
        "****".into()
    } else {
        format!("{visible}****")
    }
}

/// `url` as it may be shown: its password, and the values of query keys that look secret,
/// masked; the rest as written. Text that is no URL comes back as it is.
pub fn shown_url(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_string();
    };
    let authority_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let (authority, path) = rest.split_at(authority_end);
    let authority = match authority.rsplit_once('@') {
        Some((user_info, host)) => match user_info.split_once(':') {
            Some((user, password)) if !password.is_empty() => {
                format!("{user}:****@{host}")
            }
            _ => authority.to_string(),
        },
        None => authority.to_string(),
    };
    let path = match path.split_once('?') {
        Some((before, query)) => {
            let (query, fragment) = query
                .split_once('#')
                .map_or((query, None), |(query, fragment)| (query, Some(fragment)));
            let pairs: Vec<String> = query
                .split('&')
                .map(|pair| match pair.split_once('=') {
                    Some((key, value)) if looks_secret(key) && !value.is_empty() => {
                        format!("{key}={}", mask_secret(value))
                    }
                    _ => pair.to_string(),
                })
                .collect();
            let fragment = fragment.map(|f| format!("#{f}")).unwrap_or_default();
            format!("{before}?{}{fragment}", pairs.join("&"))
        }
        None => path.to_string(),
    };
    format!("{scheme}://{authority}{path}")
}

/// `text` with every URL in it shown as [`shown_url`] shows it (an error from the HTTP client
/// names the URL it failed on).
pub fn url_secrets_masked(text: &str) -> String {
    let mut shown = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find("://") {
        let scheme_start = rest[..at]
            .rfind(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '+' | '.' | '-')))
            .map_or(0, |before| before + 1);
        let end = rest[at..]
            .find(|c: char| c.is_whitespace() || matches!(c, ')' | '"' | '\'' | '<' | '>' | '`'))
            .map_or(rest.len(), |end| at + end);
        shown.push_str(&rest[..scheme_start]);
        shown.push_str(&shown_url(&rest[scheme_start..end]));
        rest = &rest[end..];
    }
    shown.push_str(rest);
    shown
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_url_shows_without_its_password_and_secret_query_values() {
        assert_eq!(
            shown_url("http://bob:hunter2secret@127.0.0.1:18199/mcp"),
            "http://bob:****@127.0.0.1:18199/mcp"
        );
        assert_eq!(
            shown_url("https://h/mcp?api_key=querysecret777&region=eu#top"),
            "https://h/mcp?api_key=quer****&region=eu#top"
        );
        assert_eq!(
            shown_url("https://h/mcp?token=short"),
            "https://h/mcp?token=****"
        );
        // A user without a password, a plain URL and text that is no URL stay as written.
        for plain in [
            "http://bob@h/mcp",
            "http://127.0.0.1:8080/mcp?limit=5",
            "not a url",
        ] {
            assert_eq!(shown_url(plain), plain);
        }
        assert_eq!(
            url_secrets_masked(
                "error sending request for url (http://bob:hunter2secret@h/mcp?token=abcdefghij): refused"
            ),
            "error sending request for url (http://bob:****@h/mcp?token=abcd****): refused"
        );
        assert_eq!(url_secrets_masked("no url here"), "no url here");
    }
}
