//! The checks every HTTP request to `roxy serve` passes before anything else: a `Host` that
//! names this machine's loopback (or one of `serve.allowed_hosts`), no `Origin` or an allowed
//! one (DNS rebinding protection: a web page must not reach Roxy through the browser), and,
//! when `serve.clients` are configured, a bearer token of one of them, compared in constant
//! time. Also the rule that a non-loopback bind needs tokens.

use std::net::{IpAddr, SocketAddr};

use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

use crate::config::ServeSettings;

/// Why a request is refused, with the status it gets.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Refusal {
    /// 403: `Host` or `Origin` not allowed.
    Forbidden(String),
    /// 401 with `WWW-Authenticate: Bearer`; `invalid` when a token was given but is wrong.
    Unauthorized { invalid: bool },
}

/// What the guard knows: the settings and the address bound.
pub(crate) struct Guard {
    allowed_hosts: Vec<String>,
    allowed_origins: Vec<String>,
    bound: SocketAddr,
    /// (client name, SHA-256 of its token, its tool allow-list).
    clients: Vec<(String, [u8; 32], Vec<String>)>,
}

/// The client a request was let in as: its name and its allow-list (empty: every tool).
pub(crate) struct Admitted {
    pub(crate) client: String,
    pub(crate) tools: Vec<String>,
}

fn digest(text: &str) -> [u8; 32] {
    Sha256::digest(text.as_bytes()).into()
}

fn is_loopback_name(host: &str) -> bool {
    let host = host.trim_start_matches('[').trim_end_matches(']');
    host.eq_ignore_ascii_case("localhost")
        || host.parse::<IpAddr>().is_ok_and(|ip| ip.is_loopback())
}

/// Splits `host[:port]` (IPv6 in brackets) into the host and the port, if any.
fn split_host(value: &str) -> (&str, Option<&str>) {
    if let Some(rest) = value.strip_prefix('[') {
        return match rest.split_once(']') {
            Some((host, tail)) => (host, tail.strip_prefix(':')),
            None => (value, None),
        };
    }
    match value.rsplit_once(':') {
        Some((host, port)) if !host.contains(':') => (host, Some(port)),
        _ => (value, None),
    }
}

impl Guard {
    /// The guard for `settings` on `bound`; refuses a non-loopback bind without tokens.
    pub(crate) fn new(settings: &ServeSettings, bound: SocketAddr) -> Result<Guard, String> {
        if !bound.ip().is_loopback() && settings.clients.is_empty() {
            return Err(format!(
                "refusing to serve on {bound} without tokens: anyone on the network could use every server; \
                 add clients with tokens under `serve.clients` in roxy.yaml, or listen on 127.0.0.1"
            ));
        }
        Ok(Guard {
            allowed_hosts: settings.allowed_hosts.clone(),
            allowed_origins: settings.allowed_origins.clone(),
            bound,
            clients: settings
                .clients
                .iter()
                .map(|(name, c)| (name.clone(), digest(&c.token), c.tools.clone()))
                .collect(),
        })
    }

    /// Checks `Host`, `Origin` and `Authorization` (values as sent, if sent).
    pub(crate) fn admit(
        &self,
        host: Option<&str>,
        origin: Option<&str>,
        authorization: Option<&str>,
    ) -> Result<Admitted, Refusal> {
        let host = host.unwrap_or("");
        if !self.host_allowed(host) {
            return Err(Refusal::Forbidden(format!(
                "Host `{host}` is not allowed; add it to serve.allowed_hosts in roxy.yaml if it names this machine"
            )));
        }
        if let Some(origin) = origin
            && !self.origin_allowed(origin)
        {
            return Err(Refusal::Forbidden(format!(
                "Origin `{origin}` is not allowed; add it to serve.allowed_origins in roxy.yaml if that page may use Roxy"
            )));
        }
        if self.clients.is_empty() {
            return Ok(Admitted {
                client: "local".into(),
                tools: Vec::new(),
            });
        }
        let Some(token) = authorization.and_then(|a| {
            a.strip_prefix("Bearer ")
                .or_else(|| a.strip_prefix("bearer "))
        }) else {
            return Err(Refusal::Unauthorized { invalid: false });
        };
        let given = digest(token.trim());
        // Every token is compared, in constant time, whichever matches.
        let mut admitted = None;
        for (name, expected, tools) in &self.clients {
            if bool::from(given.ct_eq(expected)) {
                admitted = Some(Admitted {
                    client: name.clone(),
                    tools: tools.clone(),
                });
            }
        }
        admitted.ok_or(Refusal::Unauthorized { invalid: true })
    }

    fn host_allowed(&self, host: &str) -> bool {
        let (name, _) = split_host(host);
        if is_loopback_name(name) {
            return true;
        }
        if !self.bound.ip().is_unspecified()
            && name.trim_matches(['[', ']']).parse::<IpAddr>().ok() == Some(self.bound.ip())
        {
            return true;
        }
        self.allowed_hosts
            .iter()
            .any(|allowed| allowed.eq_ignore_ascii_case(host) || allowed.eq_ignore_ascii_case(name))
    }

    fn origin_allowed(&self, origin: &str) -> bool {
        if self
            .allowed_origins
            .iter()
            .any(|allowed| allowed.trim_end_matches('/').eq_ignore_ascii_case(origin))
        {
            return true;
        }
        url::Url::parse(origin)
            .ok()
            .filter(|url| matches!(url.scheme(), "http" | "https"))
            .and_then(|url| url.host_str().map(is_loopback_name))
            .unwrap_or(false)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::ServeClient;

    fn guard(clients: &[(&str, &str, &[&str])], bound: &str) -> Result<Guard, String> {
        let mut settings = ServeSettings {
            allowed_origins: vec!["https://app.example.com".into()],
            allowed_hosts: vec!["roxy.lan".into()],
            ..ServeSettings::default()
        };
        for (name, token, tools) in clients {
            settings.clients.insert(
                name.to_string(),
                ServeClient {
                    token: token.to_string(),
                    tools: tools.iter().map(|t| t.to_string()).collect(),
                },
            );
        }
        Guard::new(&settings, bound.parse().unwrap())
    }

    #[test]
    fn loopback_hosts_and_origins_pass_others_are_forbidden() {
        let guard = guard(&[], "127.0.0.1:8765").unwrap();
        for host in [
            "localhost:8765",
            "127.0.0.1:8765",
            "[::1]:8765",
            "LOCALHOST",
            "roxy.lan:8765",
        ] {
            assert!(guard.admit(Some(host), None, None).is_ok(), "{host}");
        }
        for host in [
            "evil.example.com",
            "evil.example.com:8765",
            "",
            "127.0.0.2.evil.com",
        ] {
            assert!(
                matches!(
                    guard.admit(Some(host), None, None),
                    Err(Refusal::Forbidden(_))
                ),
                "{host}"
            );
        }
        for origin in [
            "http://localhost:3000",
            "http://127.0.0.1:8765",
            "https://app.example.com",
        ] {
            assert!(
                guard.admit(Some("localhost"), Some(origin), None).is_ok(),
                "{origin}"
            );
        }
        for origin in [
            "http://evil.example.com",
            "null",
            "file:///x",
            "http://localhost.evil.com",
        ] {
            assert!(
                matches!(
                    guard.admit(Some("localhost"), Some(origin), None),
                    Err(Refusal::Forbidden(_))
                ),
                "{origin}"
            );
        }
    }

    #[test]
    fn tokens_name_the_client_and_wrong_ones_are_refused() {
        let guard = guard(
            &[("claude", "t-claude", &["memory__*"]), ("ci", "t-ci", &[])],
            "127.0.0.1:1",
        )
        .unwrap();
        let admitted = guard
            .admit(Some("localhost"), None, Some("Bearer t-claude"))
            .unwrap();
        assert_eq!(admitted.client, "claude");
        assert_eq!(admitted.tools, ["memory__*"]);
        assert_eq!(
            guard
                .admit(Some("localhost"), None, Some("Bearer t-ci"))
                .unwrap()
                .client,
            "ci"
        );
        assert!(matches!(
            guard.admit(Some("localhost"), None, None),
            Err(Refusal::Unauthorized { invalid: false })
        ));
        assert!(matches!(
            guard.admit(Some("localhost"), None, Some("Bearer t-claud")),
            Err(Refusal::Unauthorized { invalid: true })
        ));
        assert!(matches!(
            guard.admit(Some("localhost"), None, Some("Basic dDp0")),
            Err(Refusal::Unauthorized { invalid: false })
        ));
    }

    #[test]
    fn a_network_bind_needs_tokens() {
        let refused = guard(&[], "0.0.0.0:8765").err().unwrap();
        assert!(refused.contains("serve.clients"), "{refused}");
        assert!(guard(&[("a", "t", &[])], "0.0.0.0:8765").is_ok());
        let bound = guard(&[("a", "t", &[])], "192.168.1.5:8765").unwrap();
        assert!(
            bound
                .admit(Some("192.168.1.5:8765"), None, Some("Bearer t"))
                .is_ok()
        );
    }
}
