//! The person's side of the authorization code flow: a one-shot HTTP listener on 127.0.0.1 (an
//! ephemeral port, or the configured one) that takes the redirect back from the authorization
//! server, checks `state` and answers with a small "you can close this tab" page; and opening
//! the authorization URL in the browser with the system opener (`xdg-open`, `open`), or with
//! the command in `ROXY_OAUTH_BROWSER` (the URL is appended), while the URL is also printed
//! for machines without a browser.

use std::collections::HashMap;
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

use super::AuthError;

/// The environment variable naming a command that opens the authorization URL instead of the
/// system opener (tests use a "browser" that follows the redirect).
pub const BROWSER_VARIABLE: &str = "ROXY_OAUTH_BROWSER";

/// How long the listener waits for the person to approve.
pub const LOGIN_TIMEOUT: Duration = Duration::from_secs(300);

/// The largest request head the listener reads.
const MAX_REQUEST: usize = 16 * 1024;

/// The bound listener and the redirect URI that reaches it.
pub struct RedirectListener {
    listener: TcpListener,
    pub redirect_uri: String,
}

impl RedirectListener {
    /// Binds 127.0.0.1:`port` (0 for an ephemeral port).
    pub async fn bind(server: &str, port: u16) -> Result<RedirectListener, AuthError> {
        let listener =
            TcpListener::bind(("127.0.0.1", port))
                .await
                .map_err(|e| AuthError::PortInUse {
                    server: server.to_string(),
                    port,
                    cause: e.to_string(),
                })?;
        let bound = listener
            .local_addr()
            .map_err(|e| AuthError::Http(format!("the redirect listener: {e}")))?
            .port();
        Ok(RedirectListener {
            listener,
            redirect_uri: format!("http://127.0.0.1:{bound}/callback"),
        })
    }

    /// Waits for the redirect carrying `state` and returns its code.
    pub async fn wait_for_code(&self, server: &str, state: &str) -> Result<String, AuthError> {
        tokio::time::timeout(LOGIN_TIMEOUT, self.accept_until_callback(server, state))
            .await
            .map_err(|_| AuthError::LoginTimedOut {
                server: server.to_string(),
            })?
    }

    async fn accept_until_callback(&self, server: &str, state: &str) -> Result<String, AuthError> {
        loop {
            let (mut stream, _) = self
                .listener
                .accept()
                .await
                .map_err(|e| AuthError::Http(format!("the redirect listener: {e}")))?;
            let Some((path, query)) = read_target(&mut stream).await else {
                continue;
            };
            if path != "/callback" {
                respond(&mut stream, "404 Not Found", "Not found.").await;
                continue;
            }
            let outcome = if query.get("state").map(String::as_str) != Some(state) {
                Err(AuthError::StateMismatch {
                    server: server.to_string(),
                })
            } else if let Some(error) = query.get("error") {
                Err(AuthError::Denied {
                    server: server.to_string(),
                    error: error.clone(),
                    description: query.get("error_description").cloned().unwrap_or_default(),
                })
            } else if let Some(code) = query.get("code") {
                Ok(code.clone())
            } else {
                Err(AuthError::Denied {
                    server: server.to_string(),
                    error: "no code".into(),
                    description: "the redirect carried no authorization code".into(),
                })
            };
            match &outcome {
                Ok(_) => {
                    respond(
                        &mut stream,
                        "200 OK",
                        &format!(
                            "Roxy is signed in to {}. You can close this tab.",
                            html(server)
                        ),
                    )
                    .await
                }
                Err(error) => {
                    respond(
                        &mut stream,
                        "400 Bad Request",
                        &format!("Roxy could not sign in: {}", html(&error.to_string())),
                    )
                    .await
                }
            }
            return outcome;
        }
    }
}

/// The path and query parameters of one request, `None` when it is not readable HTTP.
async fn read_target(stream: &mut TcpStream) -> Option<(String, HashMap<String, String>)> {
    let mut head = Vec::new();
    let mut buffer = [0u8; 2048];
    while !head.windows(4).any(|w| w == b"\r\n\r\n") && head.len() < MAX_REQUEST {
        let read = tokio::time::timeout(Duration::from_secs(10), stream.read(&mut buffer))
            .await
            .ok()?
            .ok()?;
        if read == 0 {
            break;
        }
        head.extend_from_slice(&buffer[..read]);
    }
    let head = String::from_utf8_lossy(&head);
    let target = head.lines().next()?.split_whitespace().nth(1)?;
    let url = url::Url::parse(&format!("http://127.0.0.1{target}")).ok()?;
    let query = url.query_pairs().into_owned().collect();
    Some((url.path().to_string(), query))
}

async fn respond(stream: &mut TcpStream, status: &str, text: &str) {
    let body = format!(
        "<!doctype html><html><head><meta charset=\"utf-8\"><title>Roxy</title></head><body style=\"font-family:sans-serif;margin:3em\"><p>{text}</p></body></html>"
    );
    let response = format!(
        "HTTP/1.1 {status}\r\ncontent-type: text/html; charset=utf-8\r\ncontent-length: {}\r\nconnection: close\r\ncache-control: no-store\r\n\r\n{body}",
        body.len()
    );
    let _ = stream.write_all(response.as_bytes()).await;
    let _ = stream.shutdown().await;
}

fn html(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// Opens `url` for the person: prints it, then runs `ROXY_OAUTH_BROWSER` or the system opener.
pub fn open_browser(server: &str, url: &str) {
    eprintln!("To sign in to server `{server}`, open this URL in a browser:\n  {url}");
    let command = std::env::var(BROWSER_VARIABLE)
        .ok()
        .filter(|c| !c.trim().is_empty());
    let (program, mut args): (String, Vec<String>) = match &command {
        Some(command) => {
            let mut words = command.split_whitespace().map(str::to_string);
            let program = words.next().unwrap_or_default();
            (program, words.collect())
        }
        None if cfg!(target_os = "macos") => ("open".into(), Vec::new()),
        None => ("xdg-open".into(), Vec::new()),
    };
    args.push(url.to_string());
    let spawned = tokio::process::Command::new(&program)
        .args(&args)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(if command.is_some() {
            std::process::Stdio::inherit()
        } else {
            std::process::Stdio::null()
        })
        .spawn();
    match spawned {
        // Reaped in the background; the listener, not the opener, says when the person is done.
        Ok(mut child) => {
            tokio::spawn(async move { child.wait().await });
        }
        Err(error) => tracing::debug!("could not run `{program}` to open the browser: {error}"),
    }
}
