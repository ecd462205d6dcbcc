//! Requests to authorization servers (and metadata documents): only `https`, except to loopback
//! hosts; the server's request timeout; the shared retry policy (a token request, which may use a
//! one-time code, is resent only when it cannot have reached the server); answers capped at
//! [`MAX_BODY`]; no redirects followed (an authorization server has no reason to redirect an API
//! call, and a redirect could carry a client secret elsewhere).

use std::time::Duration;

use futures::StreamExt;
use reqwest::StatusCode;
use serde_json::Value;
use url::Url;

use super::AuthError;
use crate::mcp::transport::remote::error_chain;
use crate::retry::{self, Failure, RetryPolicy};

/// The largest metadata document or token answer read.
pub const MAX_BODY: usize = 1024 * 1024;

/// An answer: its status and its body parsed as JSON (`Null` when it is not JSON).
pub struct Answer {
    pub status: StatusCode,
    pub json: Value,
}

pub struct AuthHttp {
    client: reqwest::Client,
    timeout: Duration,
    retry: RetryPolicy,
}

impl AuthHttp {
    pub fn new(timeout: Duration) -> Result<AuthHttp, AuthError> {
        let client = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .connect_timeout(timeout)
            .user_agent(concat!("roxy/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|e| AuthError::Http(format!("cannot build an HTTP client: {e}")))?;
        Ok(AuthHttp {
            client,
            timeout,
            retry: RetryPolicy::default(),
        })
    }

    /// GETs a JSON document.
    pub async fn get(&self, url: &Url) -> Result<Answer, AuthError> {
        check_scheme(url)?;
        self.send(url, true, || {
            self.client
                .get(url.clone())
                .header(reqwest::header::ACCEPT, "application/json")
        })
        .await
    }

    /// POSTs `build`'s request (a form or JSON) to `url`.
    pub async fn post(
        &self,
        url: &Url,
        build: impl Fn(reqwest::RequestBuilder) -> reqwest::RequestBuilder,
    ) -> Result<Answer, AuthError> {
        check_scheme(url)?;
        self.send(url, false, || {
            build(
                self.client
                    .post(url.clone())
                    .header(reqwest::header::ACCEPT, "application/json"),
            )
        })
        .await
    }

    /// A plain request to the MCP server itself (the unauthenticated probe of `roxy auth login`).
    pub fn client(&self) -> &reqwest::Client {
        &self.client
    }

    async fn send(
        &self,
        url: &Url,
        retry_safe: bool,
        build: impl Fn() -> reqwest::RequestBuilder,
    ) -> Result<Answer, AuthError> {
        let failed = |cause: String| AuthError::Http(format!("{url}: {cause}"));
        retry::retry(
            &self.retry,
            retry_safe,
            || {
                let request = build();
                async move {
                    let response = match tokio::time::timeout(self.timeout, request.send()).await {
                        Err(_) => {
                            return Err(Failure::Permanent(failed("no answer in time".into())));
                        }
                        Ok(Err(error)) => {
                            return Err(Failure::Transient {
                                may_have_reached_server: !error.is_connect(),
                                error: failed(error_chain(&error)),
                                retry_after: None,
                            });
                        }
                        Ok(Ok(response)) => response,
                    };
                    let status = response.status();
                    if matches!(
                        status,
                        StatusCode::TOO_MANY_REQUESTS | StatusCode::SERVICE_UNAVAILABLE
                    ) {
                        return Err(Failure::Transient {
                            error: failed(format!("answered {status}")),
                            retry_after: None,
                            may_have_reached_server: false,
                        });
                    }
                    let body = read_capped(response, self.timeout)
                        .await
                        .map_err(|cause| Failure::Permanent(failed(cause)))?;
                    Ok(Answer {
                        status,
                        json: serde_json::from_slice(&body).unwrap_or(Value::Null),
                    })
                }
            },
            |attempt, _, error| {
                tracing::info!(attempt, "retrying an authorization request: {error}")
            },
        )
        .await
    }
}

async fn read_capped(response: reqwest::Response, timeout: Duration) -> Result<Vec<u8>, String> {
    let mut chunks = response.bytes_stream();
    let mut body = Vec::new();
    loop {
        match tokio::time::timeout(timeout, chunks.next()).await {
            Err(_) => return Err("the answer stalled".into()),
            Ok(None) => return Ok(body),
            Ok(Some(Err(error))) => return Err(error_chain(&error)),
            Ok(Some(Ok(chunk))) => {
                if body.len() + chunk.len() > MAX_BODY {
                    return Err(format!("the answer is larger than {MAX_BODY} bytes"));
                }
                body.extend_from_slice(&chunk);
            }
        }
    }
}

/// Only `https`, or `http` to this machine.
pub fn check_scheme(url: &Url) -> Result<(), AuthError> {
    match url.scheme() {
        "https" => Ok(()),
        "http" if is_loopback(url) => Ok(()),
        _ => Err(AuthError::Insecure(url.to_string())),
    }
}

pub fn is_loopback(url: &Url) -> bool {
    match url.host() {
        Some(url::Host::Domain(domain)) => domain.eq_ignore_ascii_case("localhost"),
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
    }
}
