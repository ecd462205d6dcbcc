//! OAuth against a small authorization server written for the tests
//! (`tests/fixtures/http/oauth_server.py`, authorization and resource server on one loopback
//! port) through the real `roxy` binary: `roxy auth login` drives Roxy's loopback listener
//! with a test browser (`oauth_browser.py`, named in `ROXY_OAUTH_BROWSER`) that follows the
//! server's redirect. Covered: the token file and its modes, tokens surviving a restart,
//! refresh before expiry with rotation saved at once, one refresh for concurrent callers, a
//! revoked refresh token turning into "needs login", a one-shot command that never waits for
//! a browser, a redirect port in use, a `state` mismatch, a wrong `resource`, and no token in
//! any output, log or file but the token file; `/login` in the REPL; the same server over the
//! legacy HTTP+SSE transport (login then call, and `needs_login` from a 401 on its stream).

mod common;

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::Arc;

use common::http::Peer;
use serde_json::Value;

const SERVER: &str = "corp";

/// The fixture servers and a config directory whose data directory is inside it.
struct Setup {
    _peer: Peer,
    port: u16,
    dir: tempfile::TempDir,
}

impl Setup {
    fn new(fixture_args: &[&str], oauth_yaml: &str) -> Setup {
        Setup::with_transport("http", "/mcp", fixture_args, oauth_yaml, "")
    }

    /// The same fixture reached over the legacy HTTP+SSE transport (`GET /sse`), started
    /// with Roxy (so that `roxy servers` shows its state).
    fn legacy_sse(oauth_yaml: &str) -> Setup {
        let auto_start = format!("startup:\n  auto_start: [{SERVER}]\n");
        Setup::with_transport("sse", "/sse", &[], oauth_yaml, &auto_start)
    }

    fn with_transport(
        transport: &str,
        path: &str,
        fixture_args: &[&str],
        oauth_yaml: &str,
        extra_yaml: &str,
    ) -> Setup {
        let (peer, port) = Peer::spawn_reporting_port(
            Command::new(common::python())
                .arg(common::fixture("http/oauth_server.py"))
                .args(fixture_args),
        );
        let dir = tempfile::tempdir().expect("temp dir");
        let config = dir.path().join("config");
        std::fs::create_dir_all(&config).expect("config dir");
        std::fs::write(
            config.join("mcp_servers.yaml"),
            format!(
                "servers:\n  {SERVER}:\n    transport: {transport}\n    url: http://127.0.0.1:{port}{path}\n    oauth: {oauth_yaml}\n{extra_yaml}"
            ),
        )
        .expect("write mcp_servers.yaml");
        std::fs::write(
            config.join("roxy.yaml"),
            format!("data_dir: {}\n", dir.path().join("data").display()),
        )
        .expect("write roxy.yaml");
        Setup {
            _peer: peer,
            port,
            dir,
        }
    }

    fn config_dir(&self) -> PathBuf {
        self.dir.path().join("config")
    }

    fn data_dir(&self) -> PathBuf {
        self.dir.path().join("data")
    }

    /// Runs `roxy --config DIR ARGS` with the test browser.
    fn roxy(&self, args: &[&str]) -> Output {
        Command::new(env!("CARGO_BIN_EXE_roxy"))
            // Every log line there is, so that a token in any of them would be seen.
            .env("RUST_LOG", "trace")
            .arg("--config")
            .arg(self.config_dir())
            .args(args)
            .env("ROXY_OAUTH_BROWSER", self.browser())
            .env_remove("ROXY_DATA_DIR")
            .output()
            .expect("roxy runs")
    }

    /// The test browser, as `ROXY_OAUTH_BROWSER` names it.
    fn browser(&self) -> String {
        format!(
            "{} {}",
            common::python(),
            common::fixture("http/oauth_browser.py")
        )
    }

    fn login(&self) -> Output {
        let output = self.roxy(&["auth", "login", SERVER]);
        assert!(
            output.status.success(),
            "login failed: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        output
    }

    async fn stats(&self) -> Value {
        reqwest::get(format!("http://127.0.0.1:{}/stats", self.port))
            .await
            .expect("stats")
            .json()
            .await
            .expect("stats json")
    }

    /// The one token file.
    fn token_file(&self) -> PathBuf {
        let dir = self.data_dir().join("oauth");
        let files: Vec<PathBuf> = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
            .map(|entry| entry.expect("entry").path())
            .collect();
        assert_eq!(files.len(), 1, "one token file: {files:?}");
        files[0].clone()
    }

    fn stored(&self) -> Value {
        serde_json::from_slice(&std::fs::read(self.token_file()).expect("read token file"))
            .expect("token file is JSON")
    }

    fn status(&self) -> Value {
        let output = self.roxy(&["auth", "status", "--json"]);
        assert!(output.status.success(), "{output:?}");
        serde_json::from_slice::<Value>(&output.stdout).expect("status JSON")[0].clone()
    }
}

fn text(output: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path)
        .expect("metadata")
        .permissions()
        .mode()
        & 0o777
}

/// Every file under `dir` (recursively) except `skip`.
fn files_under(dir: &Path, skip: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(next) = pending.pop() {
        for entry in std::fs::read_dir(&next).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                pending.push(path);
            } else if path != skip {
                found.push(path);
            }
        }
    }
    found
}

#[tokio::test]
async fn login_stores_tokens_privately_and_a_restarted_roxy_uses_them() {
    let setup = Setup::new(&[], "{}");
    let login = setup.login();
    assert!(
        text(&login).contains("logged in to `corp`"),
        "{}",
        text(&login)
    );
    let file = setup.token_file();
    assert_eq!(mode(&file), 0o600);
    assert_eq!(mode(file.parent().expect("dir")), 0o700);
    let stored = setup.stored();
    let access = stored["access_token"]
        .as_str()
        .expect("access token")
        .to_string();
    let refresh = stored["refresh_token"]
        .as_str()
        .expect("refresh token")
        .to_string();
    assert!(
        stored["expires_at"].as_u64().is_some(),
        "absolute expiry: {stored}"
    );
    assert_eq!(setup.status()["state"], "logged_in");

    // A new process (a restart) calls with the stored token: no new authorization.
    let call = setup.roxy(&["call", SERVER, "whoami"]);
    assert!(call.status.success(), "{}", text(&call));
    assert!(text(&call).contains("hello, authorized caller"));
    let stats = setup.stats().await;
    assert_eq!(stats["authorizations"], 1, "{stats}");
    assert_eq!(stats["code_exchanges"], 1, "{stats}");
    assert_eq!(stats["calls"], 1, "{stats}");

    // The tokens appear in no output, no debug log, no `config check`, no other file.
    let check = setup.roxy(&["config", "check"]);
    let status = setup.roxy(&["auth", "status"]);
    let status_json = setup.roxy(&["auth", "status", "--json"]);
    for (what, output) in [
        ("login", &login),
        ("call", &call),
        ("config check", &check),
        ("auth status", &status),
        ("auth status --json", &status_json),
    ] {
        let shown = text(output);
        for token in [&access, &refresh] {
            assert!(
                !shown.contains(token.as_str()),
                "{what} shows a token:\n{shown}"
            );
        }
    }
    for path in files_under(&setup.data_dir(), &file) {
        let content =
            String::from_utf8_lossy(&std::fs::read(&path).unwrap_or_default()).into_owned();
        for token in [&access, &refresh] {
            assert!(
                !content.contains(token.as_str()),
                "{} holds a token",
                path.display()
            );
        }
    }

    let logout = setup.roxy(&["auth", "logout", SERVER]);
    assert!(logout.status.success(), "{}", text(&logout));
    assert!(!file.exists());
    assert_eq!(setup.status()["state"], "needs_login");
}

#[tokio::test]
async fn a_token_about_to_expire_is_refreshed_and_the_rotated_refresh_token_saved() {
    let setup = Setup::new(&["--first-expires-in", "30"], "{}");
    setup.login();
    let first_refresh = setup.stored()["refresh_token"].clone();
    let call = setup.roxy(&["call", SERVER, "whoami"]);
    assert!(call.status.success(), "{}", text(&call));
    let stats = setup.stats().await;
    assert_eq!(stats["refreshes"], 1, "{stats}");
    let stored = setup.stored();
    assert_ne!(
        stored["refresh_token"], first_refresh,
        "the rotated refresh token is saved"
    );
    // The next process finds a fresh token: no refresh, no new authorization.
    let again = setup.roxy(&["call", SERVER, "whoami"]);
    assert!(again.status.success(), "{}", text(&again));
    let stats = setup.stats().await;
    assert_eq!(stats["refreshes"], 1, "{stats}");
    assert_eq!(stats["refused_refreshes"], 0, "{stats}");
    assert_eq!(stats["authorizations"], 1, "{stats}");
}

#[tokio::test]
async fn concurrent_callers_share_one_refresh() {
    let setup = Setup::new(
        &["--first-expires-in", "30", "--refresh-delay", "0.5"],
        "{}",
    );
    setup.login();
    let config = roxy::config::Config::load_dir(&setup.config_dir()).expect("config loads");
    let server = &config.mcp.servers[SERVER];
    let url = url::Url::parse(server.url.as_deref().expect("url")).expect("url");
    let oauth = Arc::new(roxy::mcp::auth::OAuth::new(SERVER, url, server).expect("oauth"));
    let callers: Vec<_> = (0..8)
        .map(|_| {
            let oauth = Arc::clone(&oauth);
            tokio::spawn(async move { oauth.bearer().await })
        })
        .collect();
    let mut tokens = Vec::new();
    for caller in callers {
        tokens.push(caller.await.expect("joined").expect("a token"));
    }
    tokens.dedup();
    assert_eq!(tokens.len(), 1, "every caller got the one new token");
    let stats = setup.stats().await;
    assert_eq!(stats["refreshes"], 1, "{stats}");
    assert_eq!(stats["refused_refreshes"], 0, "{stats}");
}

#[tokio::test]
async fn a_revoked_refresh_token_means_needs_login_without_waiting_for_a_browser() {
    let setup = Setup::new(&["--first-expires-in", "30"], "{}");
    setup.login();
    reqwest::Client::new()
        .post(format!("http://127.0.0.1:{}/control/revoke", setup.port))
        .send()
        .await
        .expect("revoke");
    let call = setup.roxy(&["call", SERVER, "whoami"]);
    assert!(!call.status.success());
    assert!(
        text(&call).contains("roxy auth login corp"),
        "the error names the command:\n{}",
        text(&call)
    );
    let stats = setup.stats().await;
    assert_eq!(stats["refused_refreshes"], 1, "{stats}");
    assert_eq!(stats["authorizations"], 1, "no browser was opened: {stats}");
    assert_eq!(setup.status()["state"], "needs_login");
}

#[tokio::test]
async fn a_one_shot_command_without_a_login_fails_with_the_command_to_run() {
    let setup = Setup::new(&[], "{}");
    let call = setup.roxy(&["call", SERVER, "whoami"]);
    assert!(!call.status.success());
    assert!(
        text(&call).contains("roxy auth login corp"),
        "{}",
        text(&call)
    );
    assert_eq!(setup.stats().await["authorizations"], 0);
}

#[tokio::test]
async fn a_redirect_port_in_use_is_a_clear_error() {
    let taken = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = taken.local_addr().expect("addr").port();
    let setup = Setup::new(&[], &format!("{{ redirect_port: {port} }}"));
    let login = setup.roxy(&["auth", "login", SERVER]);
    assert!(!login.status.success());
    let shown = text(&login);
    assert!(
        shown.contains(&format!("127.0.0.1:{port}"))
            && shown.contains("servers.corp.oauth.redirect_port"),
        "{shown}"
    );
    assert_eq!(setup.stats().await["authorizations"], 0);
}

#[tokio::test]
async fn a_redirect_with_the_wrong_state_is_refused() {
    let setup = Setup::new(&["--wrong-state"], "{}");
    let login = setup.roxy(&["auth", "login", SERVER]);
    assert!(!login.status.success());
    assert!(text(&login).contains("wrong `state`"), "{}", text(&login));
    assert_eq!(setup.stats().await["code_exchanges"], 0);
    assert_eq!(setup.status()["state"], "needs_login");
}

#[tokio::test]
async fn a_resource_naming_another_server_is_refused_before_authorizing() {
    let setup = Setup::new(&["--resource", "https://evil.example/mcp"], "{}");
    let login = setup.roxy(&["auth", "login", SERVER]);
    assert!(!login.status.success());
    assert!(
        text(&login).contains("https://evil.example/mcp, which is not this server"),
        "{}",
        text(&login)
    );
    assert_eq!(setup.stats().await["authorizations"], 0);
}

/// Without a token the server's state is `needs_login` (what `roxy servers` shows) and the
/// error names the command; after `roxy auth login` in another process, the next call works
/// without restarting this one.
#[tokio::test]
async fn a_server_without_a_login_is_needs_login_until_someone_logs_in() {
    let setup = Setup::new(&[], "{}");
    let config = roxy::config::Config::load_dir(&setup.config_dir()).expect("config loads");
    let manager = common::manager(config);
    let error = manager
        .server_tools(SERVER)
        .await
        .expect_err("no login yet");
    assert!(
        error.to_string().contains("roxy auth login corp"),
        "{error}"
    );
    let state = manager.status()[0].state;
    assert_eq!(state, roxy::mcp::ServerState::NeedsLogin);
    setup.login();
    let tools = manager.server_tools(SERVER).await.expect("logged in now");
    assert_eq!(tools.len(), 1);
    manager.shutdown().await;
}

/// A legacy HTTP+SSE server behind OAuth: `roxy auth login` finds the flow from the event
/// stream's URL, and a new process opens the stream and posts with the stored token.
#[tokio::test]
async fn a_legacy_sse_server_logs_in_and_a_new_process_calls_with_the_token() {
    let setup = Setup::legacy_sse("{}");
    let login = setup.login();
    assert!(
        text(&login).contains("logged in to `corp`"),
        "{}",
        text(&login)
    );
    let call = setup.roxy(&["call", SERVER, "whoami"]);
    assert!(call.status.success(), "{}", text(&call));
    assert!(
        text(&call).contains("hello, authorized caller"),
        "{}",
        text(&call)
    );
    let stats = setup.stats().await;
    assert_eq!(stats["authorizations"], 1, "{stats}");
    assert_eq!(stats["calls"], 1, "{stats}");
    let resource = format!("http://127.0.0.1:{}/sse", setup.port);
    assert_eq!(stats["resources"][0], resource.as_str(), "{stats}");
}

/// A 401 on the legacy event stream for a token the server no longer takes refreshes it and
/// opens the stream again with the new one.
#[tokio::test]
async fn a_401_on_a_legacy_sse_stream_refreshes_the_token_and_reconnects() {
    let setup = Setup::legacy_sse("{}");
    setup.login();
    let first_access = setup.stored()["access_token"].clone();
    reqwest::Client::new()
        .post(format!(
            "http://127.0.0.1:{}/control/revoke-access",
            setup.port
        ))
        .send()
        .await
        .expect("revoke the access tokens");
    let call = setup.roxy(&["call", SERVER, "whoami"]);
    assert!(call.status.success(), "{}", text(&call));
    assert!(
        text(&call).contains("hello, authorized caller"),
        "{}",
        text(&call)
    );
    let stats = setup.stats().await;
    assert_eq!(stats["refreshes"], 1, "{stats}");
    assert_eq!(stats["authorizations"], 1, "no new authorization: {stats}");
    assert_ne!(setup.stored()["access_token"], first_access);
}

/// Without a login, a 401 on the legacy event stream itself makes the server `needs_login`:
/// `roxy call` fails at once (no browser) with the command to run.
#[tokio::test]
async fn a_legacy_sse_server_without_a_login_needs_one() {
    let setup = Setup::legacy_sse("{}");
    let call = setup.roxy(&["call", SERVER, "whoami"]);
    assert!(!call.status.success());
    assert!(
        text(&call).contains("roxy auth login corp"),
        "{}",
        text(&call)
    );
    let servers = setup.roxy(&["servers", "--json"]);
    let listed: Value = serde_json::from_slice(&servers.stdout)
        .unwrap_or_else(|e| panic!("servers --json: {e}\n{}", text(&servers)));
    assert!(
        listed.to_string().contains("needs_login"),
        "{}",
        text(&servers)
    );
    assert_eq!(setup.stats().await["authorizations"], 0);
}

/// `/login NAME` in the REPL runs the same flow as `roxy auth login`, and the server answers
/// in the same session without a restart.
#[tokio::test]
async fn the_repl_logs_in_with_slash_login() {
    let setup = Setup::new(&[], "{}");
    let mut command = Command::new(env!("CARGO_BIN_EXE_roxy"));
    command
        .arg("--config")
        .arg(setup.config_dir())
        .env("NO_COLOR", "1")
        .env("COLUMNS", "250")
        .env("ROXY_OAUTH_BROWSER", setup.browser())
        .env_remove("ROXY_DATA_DIR");
    let mut session = expectrl::Session::spawn(command).expect("roxy in a pseudo-terminal");
    session.set_expect_timeout(Some(std::time::Duration::from_secs(60)));
    session.expect("roxy> ").expect("first prompt");
    session.send_line("/login corp").expect("send /login");
    session
        .expect("logged in to `corp`")
        .expect("the login succeeds");
    session.expect("roxy> ").expect("prompt after login");
    session.send_line("/call corp whoami").expect("send /call");
    session
        .expect("hello, authorized caller")
        .expect("the call works in the same session");
    session.expect("roxy> ").expect("prompt after the call");
    assert!(setup.stored()["access_token"].is_string());
    assert_eq!(setup.stats().await["authorizations"], 1);
    session.send_line("/quit").expect("send /quit");
    session.expect(expectrl::Eof).expect("roxy exits");
}
