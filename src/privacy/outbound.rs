//! Outbound HTTP outside MCP: every JSON POST Roxy makes to another service goes through
//! [`OutboundHttp::post_json`], which redacts the body (nothing is sent if that fails), sends it
//! with the shared retry policy, restores the JSON answer, and counts and times the call;
//! [`OutboundHttp::post_for_stream`] does the same for an answer the caller streams and
//! restores itself (the language-model client).
//!
//! 429 and 503 mean the server turned the request away, so they are retried even for calls
//! with side effects; 502, 504, timeouts and broken connections may have reached the server
//! and are retried only when `resend_is_safe`.

use std::time::Instant;

use reqwest::StatusCode;
use serde_json::Value;

use super::PrivacyGateway;
use super::error::PrivacyError;
use super::vault::Vault;
use crate::retry::{self, Failure, RetryPolicy};

/// Why an outbound call failed.
#[derive(Debug, thiserror::Error)]
pub enum OutboundError {
    #[error("not sent: {0}")]
    Redaction(#[from] PrivacyError),
    #[error("not sent: `{0}` is not an http(s) URL with a host")]
    InvalidUrl(String),
    #[error("{destination} answered {status}: {body}")]
    Status {
        destination: String,
        status: StatusCode,
        body: String,
    },
    #[error("{destination}: {}", crate::output::innermost_cause(.source))]
    Transport {
        destination: String,
        source: reqwest::Error,
    },
    #[error("{destination} answered with something that is not JSON: {source}")]
    InvalidJson {
        destination: String,
        source: reqwest::Error,
    },
}

impl OutboundError {
    /// The `outcome` label of `roxy_external_calls_total`.
    fn outcome(&self) -> &'static str {
        match self {
            OutboundError::Redaction(_) | OutboundError::InvalidUrl(_) => "not_sent",
            OutboundError::Status { .. } => "http_error",
            OutboundError::Transport { .. } => "transport_error",
            OutboundError::InvalidJson { .. } => "invalid_response",
        }
    }
}

/// A top-level member of a request body that [`OutboundHttp::post_for_stream`] redacts, all
/// of it but its first `kept` items when it is a list: a system message, Roxy's own words,
/// goes as written (its example placeholders were taken for look-alikes and rewritten).
#[derive(Debug, Clone, Copy)]
pub struct RedactedField<'a> {
    pub name: &'a str,
    pub kept: usize,
}

/// A redacting, retrying, metered JSON client.
#[derive(Debug, Clone)]
pub struct OutboundHttp {
    client: reqwest::Client,
    gateway: PrivacyGateway,
    policy: RetryPolicy,
}

/// The host of an http(s) URL: the destination in the audit log and metrics.
fn host_of(url: &str) -> Result<String, OutboundError> {
    url::Url::parse(url)
        .ok()
        .filter(|u| matches!(u.scheme(), "http" | "https"))
        .and_then(|u| u.host_str().map(str::to_string))
        .ok_or_else(|| OutboundError::InvalidUrl(url.to_string()))
}

/// Longest error body kept in an [`OutboundError::Status`].
const ERROR_BODY_LIMIT: usize = 300;

impl OutboundHttp {
    /// Compiles the privacy detectors ahead of the first call ([`PrivacyGateway::prepare`]).
    pub fn prepare(&self) -> Result<(), PrivacyError> {
        self.gateway.prepare()
    }

    /// `client` carries the caller's headers and timeouts.
    pub fn new(
        client: reqwest::Client,
        gateway: PrivacyGateway,
        policy: RetryPolicy,
    ) -> OutboundHttp {
        OutboundHttp {
            client,
            gateway,
            policy,
        }
    }

    /// POSTs `body` redacted (types in `keep` let through) and returns the restored JSON answer.
    /// The destination in the audit log and metrics is the URL's host.
    pub async fn post_json(
        &self,
        url: &str,
        body: &Value,
        keep: &[String],
        resend_is_safe: bool,
        vault: &mut Vault,
    ) -> Result<Value, OutboundError> {
        let destination = host_of(url)?;
        let started = Instant::now();
        let result = self
            .send(url, &destination, body, keep, resend_is_safe, vault)
            .await;
        let outcome = match &result {
            Ok(_) => "ok",
            Err(error) => error.outcome(),
        };
        metrics::counter!("roxy_external_calls_total", "destination" => destination.clone(), "outcome" => outcome)
            .increment(1);
        metrics::histogram!("roxy_external_call_duration_seconds", "destination" => destination)
            .record(started.elapsed().as_secs_f64());
        result
    }

    async fn send(
        &self,
        url: &str,
        destination: &str,
        body: &Value,
        keep: &[String],
        resend_is_safe: bool,
        vault: &mut Vault,
    ) -> Result<Value, OutboundError> {
        let redacted = self.gateway.redact(body, destination, keep, vault)?;
        let answer = retry::retry(
            &self.policy,
            resend_is_safe,
            || self.attempt(url, destination, &redacted),
            |_, _, _| {
                metrics::counter!("roxy_external_retries_total", "destination" => destination.to_string())
                    .increment(1);
            },
        )
        .await?;
        Ok(self.gateway.restore(&answer, vault))
    }

    /// POSTs `body` with only its top-level `fields` redacted (the conversation; the envelope
    /// of model name, limits and tool schemas is left alone), or nothing redacted when `fields`
    /// is empty (a destination on this machine). Nothing is sent if redaction fails. Returns
    /// the successful response unread, for a caller that streams it and restores what it reads
    /// with `vault`; failures are retried and counted like [`OutboundHttp::post_json`]'s.
    pub async fn post_for_stream(
        &self,
        url: &str,
        body: &Value,
        fields: &[RedactedField<'_>],
        keep: &[String],
        vault: &mut Vault,
    ) -> Result<reqwest::Response, OutboundError> {
        let destination = host_of(url)?;
        let started = Instant::now();
        let result = async {
            let mut sent = body.clone();
            for field in fields {
                let Some(value) = body.get(field.name) else {
                    continue;
                };
                sent[field.name] = match value {
                    Value::Array(items) if field.kept > 0 => {
                        let (kept, rest) = items.split_at(field.kept.min(items.len()));
                        let rest = Value::Array(rest.to_vec());
                        let mut items = kept.to_vec();
                        match self.gateway.redact(&rest, &destination, keep, vault)? {
                            Value::Array(redacted) => items.extend(redacted),
                            other => items.push(other),
                        }
                        Value::Array(items)
                    }
                    _ => self.gateway.redact(value, &destination, keep, vault)?,
                };
            }
            retry::retry(
                &self.policy,
                true,
                || self.attempt_response(url, &destination, &sent),
                |_, _, _| {
                    metrics::counter!("roxy_external_retries_total", "destination" => destination.clone())
                        .increment(1);
                },
            )
            .await
        }
        .await;
        let outcome = match &result {
            Ok(_) => "ok",
            Err(error) => error.outcome(),
        };
        metrics::counter!("roxy_external_calls_total", "destination" => destination.clone(), "outcome" => outcome)
            .increment(1);
        metrics::histogram!("roxy_external_call_duration_seconds", "destination" => destination)
            .record(started.elapsed().as_secs_f64());
        result
    }

    async fn attempt(
        &self,
        url: &str,
        destination: &str,
        body: &Value,
    ) -> Result<Value, Failure<OutboundError>> {
        let response = self.attempt_response(url, destination, body).await?;
        response.json::<Value>().await.map_err(|source| {
            Failure::Permanent(OutboundError::InvalidJson {
                destination: destination.to_string(),
                source,
            })
        })
    }

    /// One POST; a success status gives the response unread.
    async fn attempt_response(
        &self,
        url: &str,
        destination: &str,
        body: &Value,
    ) -> Result<reqwest::Response, Failure<OutboundError>> {
        let transport = |source: reqwest::Error| OutboundError::Transport {
            destination: destination.to_string(),
            source,
        };
        let response = match self.client.post(url).json(body).send().await {
            Ok(response) => response,
            Err(error) if error.is_connect() => {
                return Err(Failure::Transient {
                    error: transport(error),
                    retry_after: None,
                    may_have_reached_server: false,
                });
            }
            Err(error) if error.is_timeout() || error.is_request() => {
                return Err(Failure::Transient {
                    error: transport(error),
                    retry_after: None,
                    may_have_reached_server: true,
                });
            }
            Err(error) => return Err(Failure::Permanent(transport(error))),
        };
        let status = response.status();
        if status.is_success() {
            return Ok(response);
        }
        let retry_after = response
            .headers()
            .get(reqwest::header::RETRY_AFTER)
            .and_then(|value| value.to_str().ok())
            .and_then(retry::parse_retry_after);
        let mut body = response.text().await.unwrap_or_default();
        if body.len() > ERROR_BODY_LIMIT {
            let mut cut = ERROR_BODY_LIMIT;
            while !body.is_char_boundary(cut) {
                cut -= 1;
            }
            body.truncate(cut);
        }
        let error = OutboundError::Status {
            destination: destination.to_string(),
            status,
            body,
        };
        Err(match status {
            StatusCode::TOO_MANY_REQUESTS | StatusCode::SERVICE_UNAVAILABLE => Failure::Transient {
                error,
                retry_after,
                may_have_reached_server: false,
            },
            StatusCode::BAD_GATEWAY | StatusCode::GATEWAY_TIMEOUT => Failure::Transient {
                error,
                retry_after,
                may_have_reached_server: true,
            },
            _ => Failure::Permanent(error),
        })
    }
}
