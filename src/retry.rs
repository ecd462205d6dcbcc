//! The one retry policy for calls that leave the process: exponential backoff with jitter
//! (backon), a bounded number of attempts and total time, `Retry-After` honoured, and never a
//! resend that could repeat a side effect.

use std::future::Future;
use std::time::{Duration, Instant};

use backon::BackoffBuilder;

/// How often and how long to retry.
#[derive(Debug, Clone, PartialEq)]
pub struct RetryPolicy {
    pub initial_delay: Duration,
    pub max_delay: Duration,
    /// Attempts after the first one.
    pub max_retries: usize,
    /// No retry starts after this much time since the first attempt.
    pub max_total: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            initial_delay: Duration::from_millis(200),
            max_delay: Duration::from_secs(5),
            max_retries: 3,
            max_total: Duration::from_secs(30),
        }
    }
}

/// How one attempt failed.
#[derive(Debug)]
pub enum Failure<E> {
    /// Worth another try: connection refused or reset, 429, 502, 503, 504.
    Transient {
        error: E,
        /// The server's `Retry-After`, if it sent one.
        retry_after: Option<Duration>,
        /// The request may have reached the server (so resending may repeat its effect).
        may_have_reached_server: bool,
    },
    /// Retrying cannot help.
    Permanent(E),
}

/// Runs `attempt` until it succeeds, fails permanently, or the policy is exhausted.
/// `resend_is_safe` says the operation has no side effect to repeat (read-only or idempotent);
/// otherwise only failures that certainly did not reach the server are retried.
/// `on_retry(attempt_number, delay)` is told before each wait (for logs and metrics).
pub async fn retry<T, E, Fut>(
    policy: &RetryPolicy,
    resend_is_safe: bool,
    mut attempt: impl FnMut() -> Fut,
    mut on_retry: impl FnMut(usize, Duration, &E),
) -> Result<T, E>
where
    Fut: Future<Output = Result<T, Failure<E>>>,
{
    let started = Instant::now();
    let mut delays = backon::ExponentialBuilder::default()
        .with_min_delay(policy.initial_delay)
        .with_max_delay(policy.max_delay)
        .with_max_times(policy.max_retries)
        .with_jitter()
        .build();
    let mut retries = 0;
    loop {
        let (error, retry_after, reached) = match attempt().await {
            Ok(value) => return Ok(value),
            Err(Failure::Permanent(error)) => return Err(error),
            Err(Failure::Transient {
                error,
                retry_after,
                may_have_reached_server,
            }) => (error, retry_after, may_have_reached_server),
        };
        if reached && !resend_is_safe {
            return Err(error);
        }
        let Some(backoff) = delays.next() else {
            return Err(error);
        };
        let delay = retry_after.map_or(backoff, |wait| wait.max(backoff).min(policy.max_total));
        if started.elapsed() + delay > policy.max_total {
            return Err(error);
        }
        retries += 1;
        on_retry(retries, delay, &error);
        tokio::time::sleep(delay).await;
    }
}

/// Reads a `Retry-After` header value: seconds, or an HTTP date (RFC 9110), as the time left
/// until it (nothing when it has passed).
pub fn parse_retry_after(value: &str) -> Option<Duration> {
    let value = value.trim();
    match value.parse::<u64>() {
        Ok(seconds) => Some(Duration::from_secs(seconds)),
        Err(_) => httpdate::parse_http_date(value)
            .ok()?
            .duration_since(std::time::SystemTime::now())
            .ok(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::Cell;

    fn quick() -> RetryPolicy {
        RetryPolicy {
            initial_delay: Duration::from_millis(1),
            max_delay: Duration::from_millis(2),
            max_retries: 3,
            max_total: Duration::from_secs(5),
        }
    }

    #[tokio::test]
    async fn retries_transient_failures_until_success() {
        let calls = Cell::new(0);
        let result: Result<u32, &str> = retry(
            &quick(),
            false,
            || {
                calls.set(calls.get() + 1);
                let n = calls.get();
                async move {
                    if n < 3 {
                        Err(Failure::Transient {
                            error: "503",
                            retry_after: None,
                            may_have_reached_server: false,
                        })
                    } else {
                        Ok(n)
                    }
                }
            },
            |_, _, _| {},
        )
        .await;
        assert_eq!(result, Ok(3));
    }

    #[tokio::test]
    async fn never_resends_what_may_have_had_an_effect() {
        let calls = Cell::new(0);
        let result: Result<(), &str> = retry(
            &quick(),
            false,
            || {
                calls.set(calls.get() + 1);
                async {
                    Err(Failure::Transient {
                        error: "reset",
                        retry_after: None,
                        may_have_reached_server: true,
                    })
                }
            },
            |_, _, _| {},
        )
        .await;
        assert_eq!((result, calls.get()), (Err("reset"), 1));
    }

    #[tokio::test]
    async fn gives_up_after_the_policy_and_on_permanent_errors() {
        let calls = Cell::new(0);
        let result: Result<(), &str> = retry(
            &quick(),
            true,
            || {
                calls.set(calls.get() + 1);
                async {
                    Err(Failure::Transient {
                        error: "503",
                        retry_after: None,
                        may_have_reached_server: true,
                    })
                }
            },
            |_, _, _| {},
        )
        .await;
        assert_eq!((result, calls.get()), (Err("503"), 4));
        let result: Result<(), &str> = retry(
            &quick(),
            true,
            || async { Err(Failure::Permanent("400")) },
            |_, _, _| {},
        )
        .await;
        assert_eq!(result, Err("400"));
    }

    #[test]
    fn reads_retry_after_seconds() {
        assert_eq!(parse_retry_after(" 3 "), Some(Duration::from_secs(3)));
        // A date that has passed asks for no wait; one ahead for the time left until it.
        assert_eq!(parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT"), None);
        let ahead = std::time::SystemTime::now() + Duration::from_secs(120);
        let wait = parse_retry_after(&httpdate::fmt_http_date(ahead)).expect("a date ahead");
        assert!(
            wait > Duration::from_secs(100) && wait <= Duration::from_secs(120),
            "{wait:?}"
        );
        assert_eq!(parse_retry_after("soon"), None);
    }
}
