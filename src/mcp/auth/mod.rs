//! OAuth 2.1 for remote MCP servers (the MCP authorization spec, 2025-03-26 to 2025-11-25):
//! one [`OAuth`] per server and URL, shared by its Streamable HTTP and legacy SSE transports.
//! The transports ask it for the bearer token before each request ([`OAuth::bearer`], which
//! refreshes a token about to expire), hand it a 401 ([`OAuth::unauthorized`]: refresh, else a
//! new authorization) or a 403 `insufficient_scope` ([`OAuth::insufficient_scope`]: a bounded
//! step-up), and resend once.
//!
//! The parts: `challenge.rs` reads `WWW-Authenticate`, `discovery.rs` finds the authorization
//! server, `flow.rs` registers the client and gets tokens (authorization code + PKCE,
//! client credentials, enterprise ID-JAG, refresh), `redirect.rs` is the loopback redirect
//! listener and the browser opener, `jwt.rs` signs `private_key_jwt` assertions, `store.rs`
//! keeps tokens in the data directory, `http.rs` makes the requests, `commands.rs` is
//! `roxy auth`.
//!
//! A browser is opened only where [`allow_browser`] was called (`roxy auth login`, embedders
//! such as the conformance client); anywhere else a server that needs a person's approval
//! fails with [`AuthError::NeedsLogin`], which names the command to run. Tokens never appear
//! in logs or errors.

mod challenge;
pub mod commands;
mod discovery;
mod flow;
mod http;
mod jwt;
mod redirect;
mod store;

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use reqwest::header::HeaderMap;
use serde::Serialize;
use url::Url;

use crate::config::{OAuthConfig, OAuthGrant, ServerConfig};
use crate::sync::lock;
pub use challenge::Challenge;
pub use redirect::BROWSER_VARIABLE;
use store::{Record, Store};

/// A token expiring within this is refreshed before it is used.
const REFRESH_MARGIN: Duration = Duration::from_secs(60);

/// Step-ups (re-authorizations for more scopes) at most per server and process.
const MAX_STEP_UPS: usize = 2;

static BROWSER_ALLOWED: AtomicBool = AtomicBool::new(false);

/// Lets this process open a browser (and wait on the loopback listener) when a server needs
/// a person's approval. Off by default: one-shot commands and supervised servers fail fast
/// with [`AuthError::NeedsLogin`] instead.
pub fn allow_browser(allowed: bool) {
    BROWSER_ALLOWED.store(allowed, Ordering::Relaxed);
}

/// Why a token could not be had.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum AuthError {
    #[error(
        "server `{server}` needs a login{}: run `roxy auth login {server}`",
        if reason.is_empty() { String::new() } else { format!(" ({reason})") }
    )]
    NeedsLogin { server: String, reason: String },
    #[error("{0}")]
    Http(String),
    #[error("authorization discovery failed: {0}")]
    Discovery(String),
    #[error(
        "the protected resource metadata names the resource {resource}, which is not this server ({url}); refusing to authorize: check `url` or ask the server's operator"
    )]
    ResourceMismatch { resource: String, url: String },
    #[error(
        "refusing to talk to the authorization server at {0} over plain http; only https (or http to this machine) is allowed"
    )]
    Insecure(String),
    #[error("{0}")]
    Key(String),
    #[error(
        "cannot listen for the login redirect on 127.0.0.1:{port} ({cause}); free the port or set `servers.{server}.oauth.redirect_port` to another one (or remove it for an ephemeral port)"
    )]
    PortInUse {
        server: String,
        port: u16,
        cause: String,
    },
    #[error(
        "no login for server `{server}` arrived within 5 minutes; run `roxy auth login {server}` again"
    )]
    LoginTimedOut { server: String },
    #[error(
        "the login redirect for server `{server}` carried the wrong `state`; it was not started by this login, so it was ignored: run `roxy auth login {server}` again"
    )]
    StateMismatch { server: String },
    #[error(
        "the authorization server refused the login for server `{server}`: {error} {description}"
    )]
    Denied {
        server: String,
        error: String,
        description: String,
    },
    #[error("the token endpoint refused the request for server `{server}`: {error} {description}")]
    Token {
        server: String,
        error: String,
        description: String,
    },
    #[error(
        "the authorization server of `{server}` offers no client registration; set `servers.{server}.oauth.client_id` (and `client_secret`) to a client registered there"
    )]
    NoClient { server: String },
    #[error("{0}")]
    Config(String),
    #[error("the token store: {0}")]
    Store(String),
}

/// One server's OAuth client.
pub struct OAuth {
    server: String,
    url: Url,
    config: OAuthConfig,
    http: http::AuthHttp,
    store: Store,
    record: Mutex<Record>,
    /// Held while tokens are obtained or refreshed: one at a time per server.
    flow: tokio::sync::Mutex<()>,
    step_ups: AtomicUsize,
}

impl OAuth {
    /// The shared client of `name` at `server.url` (one per server, URL and `oauth:` block in
    /// this process), or `None` when the server sends its own `Authorization` header.
    pub fn for_server(name: &str, server: &ServerConfig) -> Result<Option<Arc<OAuth>>, AuthError> {
        if server
            .headers
            .keys()
            .any(|key| key.eq_ignore_ascii_case("authorization"))
        {
            return Ok(None);
        }
        let Some(url) = server.url.as_deref().and_then(|url| Url::parse(url).ok()) else {
            return Ok(None);
        };
        static CLIENTS: OnceLock<Mutex<HashMap<String, Arc<OAuth>>>> = OnceLock::new();
        let key = format!(
            "{name}\n{url}\n{}",
            serde_json::to_string(&server.oauth).unwrap_or_default()
        );
        let mut clients = lock(CLIENTS.get_or_init(Default::default));
        if let Some(existing) = clients.get(&key) {
            return Ok(Some(Arc::clone(existing)));
        }
        let oauth = Arc::new(OAuth::new(name, url, server)?);
        clients.insert(key, Arc::clone(&oauth));
        Ok(Some(oauth))
    }

    /// A client that does not share its in-memory state (`roxy auth` commands).
    pub fn new(name: &str, url: Url, server: &ServerConfig) -> Result<OAuth, AuthError> {
        let store = Store::new(server.oauth.store_dir.as_deref(), name, url.as_str());
        let record = store
            .load()
            .filter(|record| record.url == url.as_str())
            .unwrap_or_else(|| Record {
                server: name.to_string(),
                url: url.to_string(),
                ..Record::default()
            });
        Ok(OAuth {
            server: name.to_string(),
            url,
            config: server.oauth.clone(),
            http: http::AuthHttp::new(server.request_timeout())?,
            store,
            record: Mutex::new(record),
            flow: tokio::sync::Mutex::new(()),
            step_ups: AtomicUsize::new(0),
        })
    }

    /// The access token as stored right now.
    pub fn current_token(&self) -> Option<String> {
        lock(&self.record).access_token.clone()
    }

    /// The token to send, refreshed first when it expires within a minute.
    pub async fn bearer(&self) -> Result<Option<String>, AuthError> {
        let (token, expiring, refreshable) = {
            let record = lock(&self.record);
            let expiring = record
                .expires_at
                .is_some_and(|at| at <= now() + REFRESH_MARGIN.as_secs());
            (
                record.access_token.clone(),
                expiring,
                record.refresh_token.is_some()
                    || self.config.grant != OAuthGrant::AuthorizationCode,
            )
        };
        if token.is_none() || !expiring || !refreshable {
            return Ok(token);
        }
        let _flow = self.flow.lock().await;
        if self.current_token() != token {
            return Ok(self.current_token());
        }
        match self.renew(&Challenge::default()).await {
            Ok(()) => Ok(self.current_token()),
            // The old token may still work for its last seconds; a 401 will say if not.
            Err(AuthError::NeedsLogin { .. }) => Ok(token),
            Err(error) => Err(error),
        }
    }

    /// The server answered 401 to a request that carried `sent`: refresh, else obtain a new
    /// token. True when a new token is stored; false when nothing says the server uses OAuth
    /// (no `oauth:` block, no token of ours, no `resource_metadata` in the challenge, no
    /// browser allowed): its 401 then stands as it is, with the advice to set a header.
    pub async fn unauthorized(
        &self,
        headers: &HeaderMap,
        sent: Option<&str>,
    ) -> Result<bool, AuthError> {
        let challenge = Challenge::from_headers(headers).unwrap_or_default();
        let _flow = self.flow.lock().await;
        // A login in another process (`roxy auth login`) may have stored a new token.
        if let Some(stored) = self.store.load()
            && stored.url == self.url.as_str()
            && stored.access_token.is_some()
            && stored.access_token.as_deref() != sent
        {
            *lock(&self.record) = stored;
            return Ok(true);
        }
        let current = self.current_token();
        if current.is_some() && current.as_deref() != sent {
            return Ok(true); // another request already got a new token
        }
        if sent.is_some() {
            match self.renew(&challenge).await {
                Err(AuthError::NeedsLogin { .. }) => {}
                other => return other.map(|()| true),
            }
        }
        let interactive = BROWSER_ALLOWED.load(Ordering::Relaxed);
        if self.config.is_unset()
            && sent.is_none()
            && challenge.resource_metadata.is_none()
            && !interactive
        {
            return Ok(false);
        }
        self.obtain(&challenge, None, interactive)
            .await
            .map(|()| true)
    }

    /// The server answered 403; when it asks for scopes not yet granted, authorize again with
    /// the union (at most [`MAX_STEP_UPS`] times). True when the request should be resent.
    pub async fn insufficient_scope(
        &self,
        headers: &HeaderMap,
        sent: Option<&str>,
    ) -> Result<bool, AuthError> {
        let Some(challenge) = Challenge::from_headers(headers) else {
            return Ok(false);
        };
        if !challenge.insufficient_scope() {
            return Ok(false);
        }
        let _flow = self.flow.lock().await;
        if self.current_token().as_deref() != sent {
            return Ok(true);
        }
        let mut scopes = lock(&self.record).scopes.clone();
        let wanted = challenge.scopes();
        if wanted.iter().all(|scope| scopes.contains(scope))
            || self.step_ups.fetch_add(1, Ordering::Relaxed) >= MAX_STEP_UPS
        {
            return Ok(false);
        }
        for scope in wanted {
            if !scopes.contains(&scope) {
                scopes.push(scope);
            }
        }
        self.obtain(
            &challenge,
            Some(scopes),
            BROWSER_ALLOWED.load(Ordering::Relaxed),
        )
        .await?;
        Ok(true)
    }

    /// `roxy auth login`: asks the server what it wants (an unauthenticated POST) and runs the
    /// flow, opening the browser when a person must approve.
    pub async fn login(&self) -> Result<(), AuthError> {
        let probe = self
            .http
            .client()
            .post(self.url.clone())
            .header(
                reqwest::header::ACCEPT,
                "application/json, text/event-stream",
            )
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .body(r#"{"jsonrpc":"2.0","id":0,"method":"ping"}"#)
            .send()
            .await
            .map_err(|e| {
                AuthError::Http(format!(
                    "{}: {}",
                    self.url,
                    crate::mcp::transport::remote::error_chain(&e)
                ))
            })?;
        let challenge = Challenge::from_headers(probe.headers()).unwrap_or_default();
        let _flow = self.flow.lock().await;
        self.obtain(&challenge, None, true).await
    }

    /// `roxy auth logout`: forgets the tokens and the registration.
    pub fn logout(&self) -> Result<bool, AuthError> {
        *lock(&self.record) = Record {
            server: self.server.clone(),
            url: self.url.to_string(),
            ..Record::default()
        };
        self.store.remove()
    }

    /// What `roxy auth status` shows (never a token).
    pub fn status(&self) -> AuthStatus {
        let record = lock(&self.record);
        let state = match (&record.access_token, record.expires_at) {
            (None, _) => "needs_login",
            (Some(_), Some(at)) if at <= now() && record.refresh_token.is_none() => "expired",
            (Some(_), _) => "logged_in",
        };
        AuthStatus {
            server: self.server.clone(),
            state: state.to_string(),
            scopes: record.scopes.clone(),
            expires_at: record.expires_at,
            refreshable: record.refresh_token.is_some(),
            issuer: record.issuer.clone(),
            file: self.store.path().map(|p| p.display().to_string()),
        }
    }

    /// Saves `record` and makes it current; rotated refresh tokens are on disk before use.
    fn keep(&self, record: Record) -> Result<(), AuthError> {
        self.store.save(&record)?;
        *lock(&self.record) = record;
        Ok(())
    }
}

/// One row of `roxy auth status`.
#[derive(Debug, Clone, Serialize)]
pub struct AuthStatus {
    pub server: String,
    /// `logged_in`, `expired` or `needs_login`; `header` for a server given an `Authorization`
    /// header in the config, which needs no login.
    pub state: String,
    pub scopes: Vec<String>,
    /// Seconds since the Unix epoch.
    pub expires_at: Option<u64>,
    pub refreshable: bool,
    pub issuer: Option<String>,
    pub file: Option<String>,
}

/// Seconds since the Unix epoch.
fn now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or_default()
}

/// 32 random bytes, base64url (PKCE verifiers, `state`, `jti`).
fn random_token() -> String {
    let bytes: [u8; 32] = rand::random();
    URL_SAFE_NO_PAD.encode(bytes)
}
