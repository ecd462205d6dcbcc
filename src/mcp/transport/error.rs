//! Why a transport could not deliver a message or read its answer, one variant per kind of
//! failure, so a caller can tell refused credentials from a timeout from an answer that is too
//! large. Each message says which server it concerns and, where a person can fix it, what to
//! change; the session wraps them in [`McpError::Transport`](crate::mcp::error::McpError).

use std::time::Duration;

use reqwest::StatusCode;

use crate::mcp::error::no_answer_within;

/// A failed delivery or a failed answer on the way between the session and the server.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum TransportError {
    /// No answer (or no next part of one) within the request timeout.
    #[error("{}", no_answer_within(server, what, *after, setting))]
    Timeout {
        server: String,
        what: String,
        after: Duration,
        /// The config key that raises the limit, e.g. `servers.NAME.request_timeout`.
        setting: String,
    },

    /// An HTTP answer (or one event of a stream) grew past `max_message_size`.
    #[error(
        "server `{server}` sent a message for `{what}` larger than {limit} bytes; raise `servers.{server}.max_message_size` in mcp_servers.yaml if that is expected"
    )]
    TooLarge {
        server: String,
        what: String,
        limit: usize,
    },

    /// A line on a stdio server's stdout grew past `max_message_size`.
    #[error(
        "a message of {length}+ bytes exceeds the limit of {limit} bytes; raise `servers.{server}.max_message_size` (or `defaults.max_message_size`) if such answers are expected"
    )]
    LineTooLong {
        server: String,
        length: usize,
        limit: usize,
    },

    /// 401 or 403: the server wants (other) credentials.
    #[error("{}", refused_advice(server, *status, challenge.as_deref(), *sent_authorization))]
    Refused {
        server: String,
        status: StatusCode,
        /// The server's `WWW-Authenticate`, if it sent one.
        challenge: Option<String>,
        /// An `Authorization` header was configured (and so refused).
        sent_authorization: bool,
    },

    /// The server wants an OAuth login that this process may not start (no browser here).
    #[error("{message}")]
    NeedsLogin { server: String, message: String },

    /// Getting an OAuth token for the server failed.
    #[error("server `{server}`: {message}")]
    Authorization { server: String, message: String },

    /// Any other status Roxy cannot go on from, with the start of the body when there is one.
    #[error(
        "server `{server}` answered `{what}` with {status}{}",
        excerpt_suffix(excerpt)
    )]
    Status {
        server: String,
        what: String,
        status: StatusCode,
        excerpt: String,
    },

    /// 429, 502, 503 or 504 still, after the retry policy gave up.
    #[error("server `{server}` answered `{what}` with {status} (temporarily unavailable)")]
    Unavailable {
        server: String,
        what: String,
        status: StatusCode,
    },

    /// The server could not be reached at all; `hint` says what to check (see
    /// [`connect_hint`]).
    #[error("cannot connect to {url} ({cause}); {hint}")]
    Connect {
        server: String,
        url: String,
        cause: String,
        hint: String,
    },

    /// The server redirected a request to another origin, which Roxy does not follow: the
    /// configured headers would go with it.
    #[error(
        "server `{server}` redirected the request from {url} to {to}, another origin; Roxy follows redirects only within the same origin, so that the configured headers reach no one else: if {to} is the server's real endpoint, set `servers.{server}.url` to it in mcp_servers.yaml"
    )]
    CrossOriginRedirect {
        server: String,
        url: String,
        to: String,
    },

    /// The request broke off on its way (it may have reached the server).
    #[error("sending `{what}` to {url} failed: {cause}")]
    Send {
        url: String,
        what: String,
        cause: String,
    },

    /// The answer broke off while it was read.
    #[error("reading the answer to `{what}` from server `{server}` failed: {cause}")]
    Read {
        server: String,
        what: String,
        cause: String,
    },

    /// The server answered, but not with something Roxy can read as the answer; `message` is
    /// the whole sentence.
    #[error("{message}")]
    InvalidResponse { server: String, message: String },

    /// An answer stream ended early with no event id to resume it from.
    #[error(
        "the answer stream of `{what}` from server `{server}` ended before answering ({ended}), with no event id to resume from"
    )]
    NotResumable {
        server: String,
        what: String,
        ended: String,
    },

    /// An answer stream kept closing early, every resumption too.
    #[error(
        "server `{server}` kept closing the answer stream of `{what}` without answering ({resumptions} resumptions)"
    )]
    ResumptionsExhausted {
        server: String,
        what: String,
        resumptions: usize,
    },

    /// An answer stream closed early and the GET to resume it failed.
    #[error("the answer stream closed early and resuming it failed: {source}")]
    ResumeFailed {
        #[source]
        source: Box<TransportError>,
    },

    /// 404 again for the session Roxy had just started after the last one expired.
    #[error(
        "server `{server}` ended the session (404) again right after Roxy started a new one for `{what}`"
    )]
    SessionExpired { server: String, what: String },

    /// The session expired (404) and starting a new one failed.
    #[error("server `{server}` ended the session (404) and starting a new one failed: {source}")]
    SessionRestartFailed {
        server: String,
        #[source]
        source: Box<TransportError>,
    },

    /// A session expired before any `initialize` was sent to repeat.
    #[error("no `initialize` was sent yet to repeat")]
    NothingToReinitialize,

    /// A Streamable HTTP server refused `initialize` as no such endpoint, and the legacy
    /// HTTP+SSE transport at the same URL could not start either.
    #[error(
        "server `{server}` answered `initialize` with {status} (not a Streamable HTTP endpoint) and the legacy HTTP+SSE transport failed too: {reason}"
    )]
    LegacyFallbackFailed {
        server: String,
        status: StatusCode,
        reason: String,
    },

    /// The legacy event stream announced an endpoint on another origin than its own.
    #[error(
        "server `{server}` announced {endpoint} as the endpoint for messages, another origin than its event stream at {url}; Roxy sends messages (and the configured headers) only to the stream's origin: make the server announce a path or a URL on the origin of `servers.{server}.url`"
    )]
    CrossOriginEndpoint {
        server: String,
        url: String,
        endpoint: String,
    },

    /// The legacy event stream could not be opened at `url`.
    #[error("cannot open an event stream at {url}: {cause}")]
    EventStreamUnusable { url: String, cause: String },

    /// The legacy event stream request was answered with a status other than 401/403.
    #[error(
        "server `{server}` answered the event stream request at {url} with {status}{}",
        if matches!(status.as_u16(), 400 | 404 | 405 | 406) {
            format!("; if it is a Streamable HTTP endpoint, write `transport: http` for `servers.{server}` (that transport also falls back to this one by itself)")
        } else {
            String::new()
        }
    )]
    EventStreamStatus {
        server: String,
        url: String,
        status: StatusCode,
    },

    /// The legacy event stream failed in another way.
    #[error("the event stream at {url} failed: {cause}")]
    EventStreamFailed { url: String, cause: String },

    /// The legacy event stream ended for good without an error.
    #[error("the event stream ended")]
    EventStreamEnded,

    /// The legacy event stream dropped while a request waited for its answer on it.
    #[error(
        "the event stream of server `{server}` dropped before the answer arrived ({source}); Roxy is reconnecting"
    )]
    EventStreamDropped {
        server: String,
        #[source]
        source: Box<TransportError>,
    },

    /// The legacy event stream is down and reconnecting fails.
    #[error(
        "server `{server}` has no event stream to answer on ({source}); Roxy keeps reconnecting"
    )]
    NoEventStream {
        server: String,
        #[source]
        source: Box<TransportError>,
    },

    /// The legacy event stream came back without announcing where to post messages.
    #[error(
        "server `{server}` did not announce where to send messages after its event stream reconnected"
    )]
    NoEndpoint { server: String },

    /// The transport was shut down while the message was on its way.
    #[error("the transport was stopped")]
    Stopped,
}

/// What to do about a 401/403: which header to set (or check) in mcp_servers.yaml.
fn refused_advice(
    server: &str,
    status: StatusCode,
    challenge: Option<&str>,
    sent_authorization: bool,
) -> String {
    let challenge = challenge
        .map(|value| format!(" (it asks for: {value})"))
        .unwrap_or_default();
    if sent_authorization {
        format!(
            "server `{server}` refused the credentials with {status}{challenge}: check the token in `servers.{server}.headers.Authorization` in mcp_servers.yaml (and the environment variable it names)"
        )
    } else {
        format!(
            "server `{server}` refused the request with {status}{challenge}: it needs credentials; set the `Authorization` header under `servers.{server}.headers` in mcp_servers.yaml, e.g. `Authorization: \"Bearer ${{env:{}_TOKEN}}\"`",
            server.to_uppercase().replace(['-', '.', ' '], "_")
        )
    }
}

fn excerpt_suffix(excerpt: &str) -> String {
    if excerpt.is_empty() {
        String::new()
    } else {
        format!(": {excerpt}")
    }
}

/// What to check when `server` cannot be reached for `cause`: a TLS certificate the machine
/// does not trust, an `https://` URL of a server speaking plain HTTP, else whether it runs.
pub(crate) fn connect_hint(server: &str, cause: &str) -> String {
    if cause.contains("invalid peer certificate") {
        format!(
            "the server's TLS certificate is not trusted: if a private CA signed it, add the CA to the system's trust store or point SSL_CERT_FILE at it; if the certificate is for another name, fix `servers.{server}.url`"
        )
    } else if cause.contains("InvalidContentType") || cause.contains("corrupt message") {
        format!(
            "the server does not speak TLS there: if it serves plain HTTP, write `http://` in `servers.{server}.url`"
        )
    } else {
        format!("is the server running and `servers.{server}.url` right?")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::mcp::error::McpError;

    /// `transport: sse` pointed at a Streamable HTTP endpoint (which answers a GET of its URL
    /// with 400, 405 or 406) says which transport to write; another status says only itself.
    #[test]
    fn an_event_stream_refused_as_no_such_endpoint_suggests_transport_http() {
        let refused = |status| {
            TransportError::EventStreamStatus {
                server: "s".into(),
                url: "http://127.0.0.1:9/mcp".into(),
                status,
            }
            .to_string()
        };
        assert!(
            refused(StatusCode::BAD_REQUEST).contains("write `transport: http` for `servers.s`")
        );
        assert!(!refused(StatusCode::INTERNAL_SERVER_ERROR).contains("transport: http"));
    }

    #[test]
    fn a_refusal_names_the_header_to_set() {
        let refused = |sent_authorization| TransportError::Refused {
            server: "search-api".into(),
            status: StatusCode::UNAUTHORIZED,
            challenge: Some("Bearer".into()),
            sent_authorization,
        };
        assert_eq!(
            refused(false).to_string(),
            "server `search-api` refused the request with 401 Unauthorized (it asks for: Bearer): it needs credentials; set the `Authorization` header under `servers.search-api.headers` in mcp_servers.yaml, e.g. `Authorization: \"Bearer ${env:SEARCH_API_TOKEN}\"`"
        );
        assert!(
            refused(true)
                .to_string()
                .contains("check the token in `servers.search-api.headers.Authorization`")
        );
    }

    #[test]
    fn a_transport_timeout_reads_like_a_session_timeout() {
        let after = Duration::from_secs(90);
        let setting = "servers.slow.request_timeout".to_string();
        let transport = TransportError::Timeout {
            server: "slow".into(),
            what: "tools/call".into(),
            after,
            setting: setting.clone(),
        };
        let session = McpError::Timeout {
            server: "slow".into(),
            method: "tools/call".into(),
            after,
            setting,
        };
        assert_eq!(transport.to_string(), session.to_string());
        assert_eq!(
            session.to_string(),
            "server `slow` did not answer `tools/call` within 90s; raise `servers.slow.request_timeout` in mcp_servers.yaml if it needs longer"
        );
    }

    #[test]
    fn a_status_shows_the_body_only_when_there_is_one() {
        let status = |excerpt: &str| TransportError::Status {
            server: "s".into(),
            what: "tools/list".into(),
            status: StatusCode::INTERNAL_SERVER_ERROR,
            excerpt: excerpt.into(),
        };
        assert_eq!(
            status("").to_string(),
            "server `s` answered `tools/list` with 500 Internal Server Error"
        );
        assert_eq!(
            status("oops").to_string(),
            "server `s` answered `tools/list` with 500 Internal Server Error: oops"
        );
    }
}
