//! Every class of config mistake gets an error with file, line, column and what to write
//! instead; `roxy config check` prints them and exits 2.

use roxy::config::{Config, ConfigError, parse_mcp_servers};

fn errors_of(yaml: &str) -> Vec<ConfigError> {
    let mut errors = Vec::new();
    let env = |name: &str| (name == "PRESENT").then(|| "value".to_string());
    parse_mcp_servers("mcp_servers.yaml", yaml, &env, &mut errors);
    assert!(!errors.is_empty(), "expected an error for:\n{yaml}");
    errors
}

fn at(error: &ConfigError) -> (usize, usize) {
    let position = error
        .position
        .unwrap_or_else(|| panic!("no position in {error}"));
    (position.line, position.column)
}

#[test]
fn unknown_key_names_the_closest_field() {
    let errors = errors_of("servers:\n  fs:\n    transport: stdio\n    comand: npx\n");
    assert_eq!(at(&errors[0]), (4, 5), "{}", errors[0]);
    assert!(
        errors[0].to_string().contains("did you mean `command`"),
        "{}",
        errors[0]
    );
}

#[test]
fn unknown_transport_lists_the_valid_ones() {
    let errors = errors_of("servers:\n  fs:\n    transport: stdoi\n    command: npx\n");
    assert_eq!(at(&errors[0]).0, 3, "{}", errors[0]);
    assert!(
        errors[0].to_string().contains("did you mean `stdio`"),
        "{}",
        errors[0]
    );
}

/// A wrong type is said as a person reads it, with how to write it: not serde's "invalid type:
/// integer `-1`, expected u32".
#[test]
fn wrong_type_says_what_was_expected() {
    for (yaml, line, message, hint) in [
        (
            "servers:\n  fs:\n    transport: stdio\n    command: npx\n    args: --verbose\n",
            5,
            "`--verbose` is not a list",
            "[a, b]",
        ),
        (
            "defaults:\n  restart: { max_retries: -1 }\nservers: {}\n",
            2,
            "`-1` is not a whole number of 0 or more",
            "",
        ),
        (
            "servers:\n  a: { transport: stdio, command: \"true\", enabled: yes }\n",
            2,
            "`yes` is not true or false",
            "`true` or `false`",
        ),
        (
            "servers: []\n",
            1,
            "this is a list, not a section of `name: value` lines",
            "`name: value` lines, indented",
        ),
        (
            "defaults: 30s\nservers: {}\n",
            1,
            "`30s` is not a section of `name: value` lines",
            "`name: value` lines, indented",
        ),
    ] {
        let errors = errors_of(yaml);
        assert_eq!(at(&errors[0]).0, line, "{}", errors[0]);
        assert_eq!(errors[0].message, message, "{}", errors[0]);
        let said = errors[0].hint.as_deref().unwrap_or_default();
        assert!(said.contains(hint), "{}", errors[0]);
    }
}

/// A bad duration or size is reported where it is written, under its own key, also inside a
/// server (whose settings serde reads as a whole, placing its errors at the server's first).
#[test]
fn bad_duration_explains_the_format() {
    for (yaml, position, key, words) in [
        (
            "defaults:\n  request_timeout: 5 fortnights\n",
            (2, 22),
            "defaults.request_timeout",
            "unknown unit `fortnights`",
        ),
        (
            "servers:\n  echo:\n    transport: stdio\n    command: cat\n    request_timeout: soon\n",
            (5, 22),
            "servers.echo.request_timeout",
            "`soon` is not a duration",
        ),
        (
            "servers:\n  echo: {transport: stdio, command: cat, health_interval: never}\n",
            (2, 59),
            "servers.echo.health_interval",
            "`never` is not a duration",
        ),
        (
            "servers:\n  web:\n    transport: http\n    url: http://127.0.0.1:1/\n    max_message_size: huge\n",
            (5, 23),
            "servers.web.max_message_size",
            "`huge` is not a size",
        ),
        (
            // A list where a duration goes: at the key, saying what to write (it was "data did
            // not match any variant of untagged enum NumberOrText" at the server).
            "servers:\n  hang:\n    transport: stdio\n    command: cat\n    startup_timeout: [5s]\n",
            (5, 22),
            "servers.hang.startup_timeout",
            "expected a number, or a text with a unit such as 30s or 64MiB",
        ),
    ] {
        let errors = errors_of(yaml);
        assert_eq!(at(&errors[0]), position, "{}", errors[0]);
        assert_eq!(errors[0].key, key, "{}", errors[0]);
        assert!(errors[0].message.contains(words), "{}", errors[0]);
    }
}

#[test]
fn missing_required_field_points_at_the_server() {
    let errors = errors_of("servers:\n  web:\n    transport: http\n");
    assert_eq!(at(&errors[0]), (3, 5), "{}", errors[0]);
    assert!(
        errors[0].to_string().contains("needs `url`"),
        "{}",
        errors[0]
    );
    assert!(
        errors[0].hint.as_deref().unwrap_or("").contains("url:"),
        "{}",
        errors[0]
    );
}

#[test]
fn field_of_another_transport_is_rejected() {
    let errors =
        errors_of("servers:\n  fs: { transport: stdio, command: npx, url: \"http://x\" }\n");
    assert_eq!(at(&errors[0]), (2, 41), "{}", errors[0]);
    assert!(
        errors[0]
            .to_string()
            .contains("`url` is not used by stdio servers"),
        "{}",
        errors[0]
    );
}

#[test]
fn startup_names_must_be_servers() {
    let errors = errors_of(
        "servers:\n  filesystem: { transport: stdio, command: npx }\nstartup:\n  auto_start: [filesystm]\n",
    );
    assert_eq!(at(&errors[0]), (4, 16), "{}", errors[0]);
    assert!(
        errors[0].to_string().contains("did you mean `filesystem`"),
        "{}",
        errors[0]
    );
}

/// An unset variable keeps only its own server from starting: the config loads, with a
/// warning that names the variable, the key and the server; a disabled server's variables are
/// not looked at.
#[test]
fn missing_environment_variable_keeps_only_its_server_from_starting() {
    let yaml = "servers:\n  search:\n    transport: http\n    url: \"https://x/mcp\"\n    headers: { Authorization: \"Bearer ${env:SEARCH_KEY}\" }\n  off:\n    transport: stdio\n    enabled: false\n    command: \"${env:OFF_COMMAND}\"\n  ok:\n    transport: stdio\n    command: \"${env:PRESENT}\"\n";
    let mut errors = Vec::new();
    let env = |name: &str| (name == "PRESENT").then(|| "value".to_string());
    let config =
        parse_mcp_servers("mcp_servers.yaml", yaml, &env, &mut errors).expect("the file parses");
    assert!(errors.is_empty(), "{errors:?}");
    let problem = config.servers["search"]
        .unstartable
        .as_ref()
        .expect("search cannot start");
    let text = problem.to_string();
    assert!(
        text.contains("SEARCH_KEY")
            && text.contains("servers.search.headers")
            && text.contains("server `search` cannot start"),
        "{text}"
    );
    assert_eq!(at(problem).0, 5, "{text}");
    assert!(config.servers["off"].unstartable.is_none());
    assert!(config.servers["ok"].unstartable.is_none());
    assert_eq!(config.servers["ok"].command.as_deref(), Some("value"));
}

/// A URL a variable makes is checked as it comes out: `config check` passed `not a url` and
/// printed it as the config in effect.
#[test]
fn a_url_from_a_variable_is_checked_as_it_comes_out() {
    let yaml = "servers:\n  b: { transport: http, url: \"${env:REMOTE_URL}\" }\n  c: { transport: http, url: \"${env:GOOD_URL}\" }\n  off: { transport: http, enabled: false, url: \"${env:REMOTE_URL}\" }\n";
    let mut errors = Vec::new();
    let env = |name: &str| match name {
        "REMOTE_URL" => Some("not a url".to_string()),
        "GOOD_URL" => Some("http://127.0.0.1:9/mcp".to_string()),
        _ => None,
    };
    let config =
        parse_mcp_servers("mcp_servers.yaml", yaml, &env, &mut errors).expect("the file parses");
    assert!(errors.is_empty(), "{errors:?}");
    let problem = config.servers["b"]
        .unstartable
        .as_ref()
        .expect("b cannot start")
        .to_string();
    assert!(
        problem.contains("`not a url` is not a URL") && problem.contains("REMOTE_URL"),
        "{problem}"
    );
    assert!(config.servers["c"].unstartable.is_none());
    // A disabled server's variables are not read, so its URL is not judged either.
    assert!(config.servers["off"].unstartable.is_none());
}

/// A variable whose value HTTP cannot carry in a header (a token file's trailing line break)
/// keeps only its server from starting, and the problem names the variable: it stopped every
/// command with "write the value on one line", about a value not in the file. A control
/// character written in the file itself stays an error of the file.
#[test]
fn a_line_break_from_a_variable_keeps_only_its_server_from_starting() {
    let yaml = "servers:\n  g:\n    transport: http\n    url: \"https://x/mcp\"\n    headers: { Authorization: \"Bearer ${env:G_TOK}\" }\n  ok: { transport: stdio, command: cat }\n";
    let mut errors = Vec::new();
    let env = |name: &str| (name == "G_TOK").then(|| "abc\n".to_string());
    let config =
        parse_mcp_servers("mcp_servers.yaml", yaml, &env, &mut errors).expect("the file parses");
    assert!(errors.is_empty(), "{errors:?}");
    let problem = config.servers["g"]
        .unstartable
        .as_ref()
        .expect("g cannot start");
    let text = problem.to_string();
    assert!(
        text.contains("`G_TOK`") && text.contains("server `g` cannot start"),
        "{text}"
    );
    assert_eq!(at(problem).0, 5, "{text}");
    assert!(config.servers["ok"].unstartable.is_none());

    let written = errors_of(
        "servers:\n  g: { transport: http, url: \"https://x/mcp\", headers: { X-A: \"a\\u0007b\" } }\n",
    );
    assert!(
        written[0].message.contains("control character"),
        "{}",
        written[0]
    );
}

#[test]
fn syntax_errors_have_positions_and_all_errors_are_reported() {
    let errors = errors_of("servers:\n  a: { transport: stdio\n");
    assert!(errors[0].position.is_some(), "{}", errors[0]);
    // An unclosed list is said as what it is, not as the type error met before its end.
    let errors = errors_of("servers: [\n");
    assert!(!errors[0].message.contains("list"), "{}", errors[0]);
    assert!(errors[0].message.contains("expected"), "{}", errors[0]);
    let errors = errors_of("servers:\n  a: { transport: http }\n  b: { transport: python }\n");
    assert_eq!(errors.len(), 2, "{errors:?}");
}

/// serde stops at the first unknown key or wrong type; the ones in other servers and sections
/// are found too, each at its own line, in the order they are written, and none is an echo of
/// another (a server with an error is not also "missing" anything).
#[test]
fn errors_behind_the_first_unknown_key_or_wrong_type_are_reported_too() {
    let errors = errors_of(concat!(
        "servers:\n",
        "  a:\n",
        "    transport: stdio\n",
        "    comand: npx\n",
        "    args: --verbose\n",
        "  b:\n",
        "    transport: stdio\n",
        "    command: echo\n",
        "    startup_timeout: [5s]\n",
        "  fine: { transport: stdio, command: cat }\n",
        "  c: { transport: stdoi, command: echo }\n",
        "  d: { transport: stdio, comand: echo }\n",
        "defaults:\n",
        "  request_timeout: 30s\n",
        "  bogus: 1\n",
        "startup:\n",
        "  autostart: [a]\n",
    ));
    let found: Vec<(usize, &str)> = errors
        .iter()
        .map(|error| (at(error).0, error.key.as_str()))
        .collect();
    assert_eq!(
        found,
        [
            (4, "servers.a"),
            (9, "servers.b.startup_timeout"),
            (11, "servers.c.transport"),
            (12, "servers.d"),
            (15, "defaults"),
            (17, "startup"),
        ],
        "{errors:#?}"
    );
    for (error, word) in errors.iter().zip([
        "`command`",
        "a number",
        "`stdio`",
        "`command`",
        "bogus",
        "`auto_start`",
    ]) {
        assert!(
            error.to_string().contains(word),
            "`{word}` missing from: {error}"
        );
    }
    // The same in roxy.yaml.
    let errors = roxy_errors("skills:\n  match_treshold: 0.5\nprivacy:\n  enabeld: true\n");
    let found: Vec<usize> = errors.iter().map(|error| at(error).0).collect();
    assert_eq!(found, [2, 4], "{errors:#?}");
}

/// A mistake of indentation is said as one: a tab, a setting dedented to where the server
/// names are, a server whose settings are not under it, a line indented deeper than the one
/// above (YAML reads it as more of that value).
#[test]
fn indentation_mistakes_are_said_as_such() {
    let tab = errors_of("servers:\n  a:\n\ttransport: stdio\n\tcommand: echo\n");
    assert_error(&tab, (3, 1), "", &["a tab indents this line", "spaces"]);
    let dedented = errors_of("servers:\n  a:\n    transport: stdio\n  command: echo\n");
    assert_error(
        &dedented,
        (4, 12),
        "servers.command",
        &[
            "`command` stands where a server's name belongs",
            "indent it",
        ],
    );
    let flat = errors_of("servers:\n  a:\n  transport: stdio\n  command: echo\n");
    assert_error(
        &flat,
        (2, 5),
        "servers.a",
        &["server `a` has no settings under it"],
    );
    assert_eq!(flat.len(), 3, "{flat:#?}");
    let deeper = errors_of("servers:\n  a:\n    transport: stdio\n      command: echo\n");
    assert_error(
        &deeper,
        (3, 16),
        "servers.a.transport",
        &["indented deeper", "indent the line below as `transport` is"],
    );
    // A value that is wrong on its own line is not blamed on the indentation.
    let wrong = errors_of("servers:\n  a:\n    transport: stdoi\n    command: echo\n");
    assert!(!wrong[0].to_string().contains("indent"), "{}", wrong[0]);
}

#[test]
fn config_check_exits_2_on_errors_and_masks_secrets_otherwise() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("mcp_servers.yaml"),
        "servers:\n  fs: { transport: stdio, comand: npx }\n",
    )
    .unwrap();
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_roxy"))
        .args([
            "--config",
            &dir.path().display().to_string(),
            "config",
            "check",
        ])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("mcp_servers.yaml:2:") && stderr.contains("did you mean `command`"),
        "{stderr}"
    );

    std::fs::write(
        dir.path().join("mcp_servers.yaml"),
        concat!(
            "servers:\n",
            "  web: { transport: http, url: \"https://example.com/mcp\", headers: { Authorization: \"Bearer sk-verysecretvalue\" } }\n",
            "  pw: { transport: http, url: \"http://bob:urlpasswordvalue@127.0.0.1:1/mcp\" }\n",
            "  q: { transport: http, url: \"http://127.0.0.1:1/mcp?api_key=querysecretvalue&region=eu\" }\n",
        ),
    )
    .unwrap();
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_roxy"))
        .args([
            "--config",
            &dir.path().display().to_string(),
            "config",
            "check",
            "--json",
        ])
        .output()
        .unwrap();
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        !stdout.contains("verysecretvalue"),
        "secret printed: {stdout}"
    );
    let json: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(
        json["mcp_servers"]["servers"]["web"]["headers"]["Authorization"],
        "Bear****"
    );
    // A URL's password and secret query values are masked in the config and in errors.
    assert_eq!(
        json["mcp_servers"]["servers"]["pw"]["url"],
        "http://bob:****@127.0.0.1:1/mcp"
    );
    assert_eq!(
        json["mcp_servers"]["servers"]["q"]["url"],
        "http://127.0.0.1:1/mcp?api_key=quer****&region=eu"
    );
    for server in ["pw", "q"] {
        let output = std::process::Command::new(env!("CARGO_BIN_EXE_roxy"))
            .args(["--config", &dir.path().display().to_string()])
            .args(["call", server, "whoami"])
            .env("ROXY_DATA_DIR", dir.path().join("data"))
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.contains("cannot connect to http://"), "{stderr}");
        assert!(
            !stderr.contains("urlpasswordvalue") && !stderr.contains("querysecretvalue"),
            "secret printed: {stderr}"
        );
    }
}

/// Writes `mcp_servers.yaml` (and `roxy.yaml` when given) into a new directory.
fn config_files(mcp_servers: &[u8], roxy: Option<&str>) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("mcp_servers.yaml"), mcp_servers).unwrap();
    if let Some(roxy) = roxy {
        std::fs::write(dir.path().join("roxy.yaml"), roxy).unwrap();
    }
    dir
}

/// The errors `Config::load_dir` reports for these two files.
fn load_errors(mcp_servers: &str, roxy: Option<&str>) -> Vec<ConfigError> {
    let dir = config_files(mcp_servers.as_bytes(), roxy);
    match Config::load_dir(dir.path()) {
        Ok(_) => panic!("expected an error for:\n{mcp_servers}\n---\n{roxy:?}"),
        Err(errors) => errors.0,
    }
}

/// The errors of a roxy.yaml beside an mcp_servers.yaml without servers.
fn roxy_errors(roxy: &str) -> Vec<ConfigError> {
    load_errors("servers: {}\n", Some(roxy))
}

/// Runs the real `roxy` with `--config DIR` and `args`; the exit code and stderr.
fn roxy_in(dir: &std::path::Path, args: &[&str]) -> (Option<i32>, String) {
    let data = tempfile::tempdir().unwrap();
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_roxy"))
        .arg("--config")
        .arg(dir)
        .args(args)
        .env("ROXY_DATA_DIR", data.path())
        .output()
        .unwrap();
    (
        output.status.code(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

/// Asserts the first error stands at `position`, names `key` and mentions `words`.
fn assert_error(errors: &[ConfigError], position: (usize, usize), key: &str, words: &[&str]) {
    let error = &errors[0];
    let text = error.to_string();
    assert_eq!(at(error), position, "{text}");
    assert_eq!(error.key, key, "{text}");
    for word in words {
        assert!(text.contains(word), "`{word}` missing from: {text}");
    }
}

/// A server name must be typeable and unambiguous in `server__tool`: `my plants` could not be
/// reached with `/call my plants ...`, and `a__b`'s tools read as tools of `a`. Each is an
/// error with a name to use instead, all in one pass.
#[test]
fn server_names_are_letters_digits_dashes_and_single_underscores() {
    let errors = errors_of(
        "servers:\n  \"my plants\": { transport: stdio, command: cat }\n  a__b: { transport: stdio, command: cat }\n  ok-name_1: { transport: stdio, command: cat }\n",
    );
    let said: Vec<String> = errors.iter().map(ToString::to_string).collect();
    assert_eq!(errors.len(), 2, "{said:#?}");
    for (name, instead) in [("my plants", "my_plants"), ("a__b", "a_b")] {
        assert!(
            said.iter()
                .any(|e| e.contains(&format!("`{name}` is not a server name"))
                    && e.contains(&format!("e.g. `{instead}`"))),
            "{name}: {said:#?}"
        );
    }
}

#[test]
fn duplicate_server_name_points_at_the_second() {
    let errors = errors_of(
        "servers:\n  a: { transport: stdio, command: x }\n  b: { transport: stdio, command: y }\n  a: { transport: stdio, command: z }\n",
    );
    assert_eq!(at(&errors[0]), (4, 3), "{}", errors[0]);
    let text = errors[0].to_string();
    assert!(
        text.contains("`a` is defined twice") && text.contains("rename"),
        "{text}"
    );
}

#[test]
fn unterminated_environment_reference_is_rejected() {
    let errors = errors_of("servers:\n  a:\n    transport: stdio\n    command: \"${env:HOME\"\n");
    assert_error(
        &errors,
        (4, 5),
        "servers.a.command",
        &["`${env:HOME` is not closed", "`${env:HOME}`"],
    );
}

#[test]
fn zero_request_timeout_and_message_size_are_rejected() {
    let errors = errors_of(
        "servers:\n  a:\n    transport: stdio\n    command: x\n    request_timeout: 0s\n",
    );
    assert_error(
        &errors,
        (5, 5),
        "servers.a.request_timeout",
        &["must be more than 0", "60s"],
    );
    let errors = errors_of("defaults:\n  max_message_size: 0\n");
    assert_error(
        &errors,
        (2, 3),
        "defaults.max_message_size",
        &["must be more than 0", "64MiB"],
    );
}

#[test]
fn max_backoff_below_initial_backoff_is_rejected() {
    let errors =
        errors_of("defaults:\n  restart:\n    initial_backoff: 10s\n    max_backoff: 1s\n");
    assert_error(
        &errors,
        (4, 5),
        "defaults.restart.max_backoff",
        &["1s is less than initial_backoff 10s", "at least 10s"],
    );
}

#[test]
fn url_must_be_http_or_https() {
    let errors = errors_of("servers:\n  a:\n    transport: http\n    url: \"ftp://x/mcp\"\n");
    assert_error(&errors, (4, 5), "servers.a.url", &["`ftp`", "https://"]);
}

#[test]
fn header_names_and_values_must_be_valid() {
    let errors = errors_of(
        "servers:\n  a:\n    transport: http\n    url: \"http://x/mcp\"\n    headers: { X-Key: \"a\\nb\" }\n",
    );
    assert_error(
        &errors,
        (5, 16),
        "servers.a.headers.X-Key",
        &["line break", "one line"],
    );
    let errors = errors_of(
        "servers:\n  a:\n    transport: http\n    url: \"http://x/mcp\"\n    headers: { \"X Key\": b }\n",
    );
    assert_error(
        &errors,
        (5, 17),
        "servers.a.headers.X Key",
        &["not a valid header name", "X-Api-Key"],
    );
    // A header the transport sets itself: a wrong `Accept` was a 406 blamed on the server.
    let errors = errors_of(
        "servers:\n  a:\n    transport: http\n    url: \"http://x/mcp\"\n    headers: { Accept: application/json, Mcp-Session-Id: fixed }\n",
    );
    assert_eq!(errors.len(), 2, "{errors:#?}");
    assert_error(
        &errors,
        (5, 16),
        "servers.a.headers.Accept",
        &["`Accept` is set by Roxy itself", "remove it"],
    );
}

#[test]
fn yaml_tags_are_rejected() {
    let errors =
        errors_of("servers:\n  a:\n    transport: stdio\n    command: !!binary aGVsbG8=\n");
    assert_eq!(at(&errors[0]), (4, 14), "{}", errors[0]);
    let text = errors[0].to_string();
    assert!(
        text.contains("`!!binary`") && text.contains("remove the tag"),
        "{text}"
    );
}

#[test]
fn keep_must_name_a_detector_type() {
    let mcp = "servers:\n  a:\n    transport: http\n    url: \"http://127.0.0.1:1/mcp\"\n    privacy: { keep: [EMAIL] }\n";
    let errors = load_errors(mcp, None);
    assert_error(
        &errors,
        (5, 23),
        "servers.a.privacy.keep",
        &[
            "`EMAIL` is not a detector type",
            "did you mean `EMAIL_ADDRESS`",
        ],
    );
    // A custom detector's name may be kept.
    let dir = config_files(
        mcp.replace("EMAIL", "EMPLOYEE_ID").as_bytes(),
        Some("privacy:\n  custom:\n    - name: EMPLOYEE_ID\n      pattern: 'E\\d{6}'\n"),
    );
    Config::load_dir(dir.path()).unwrap_or_else(|e| panic!("{e}"));
}

#[test]
fn match_threshold_must_be_between_0_and_1() {
    for value in ["2.0", ".nan"] {
        let errors = roxy_errors(&format!("skills:\n  match_threshold: {value}\n"));
        assert_error(
            &errors,
            (2, 3),
            "skills.match_threshold",
            &["between 0 and 1", "0.55"],
        );
    }
}

#[test]
fn metrics_listen_must_be_an_address() {
    let errors = roxy_errors("metrics:\n  listen: not-an-address\n");
    assert_error(
        &errors,
        (2, 3),
        "metrics.listen",
        &["`not-an-address` is not an address", "127.0.0.1:9464"],
    );
}

#[test]
fn custom_privacy_patterns_must_compile_and_stay_small() {
    let errors = roxy_errors("privacy:\n  custom:\n    - name: TICKET\n      pattern: \"a(\"\n");
    assert_error(
        &errors,
        (4, 7),
        "privacy.custom[0].pattern",
        &["not a valid regular expression"],
    );
    let errors = roxy_errors(
        "privacy:\n  custom:\n    - name: TICKET\n      pattern: T-1\n    - name: HUGE\n      pattern: \"a{1000}{1000}\"\n",
    );
    assert_error(
        &errors,
        (6, 7),
        "privacy.custom[1].pattern",
        &["too large", "smaller"],
    );
}

#[test]
fn custom_detector_names_are_upper_snake_case() {
    let errors = roxy_errors("privacy:\n  custom:\n    - name: ticket_id\n      pattern: T-1\n");
    assert_error(
        &errors,
        (3, 7),
        "privacy.custom[0].name",
        &["UPPER_SNAKE_CASE", "`TICKET_ID`"],
    );
    let errors = roxy_errors("privacy:\n  custom:\n    - name: EMAIL_ADDRESS\n      pattern: x\n");
    assert_error(&errors, (3, 7), "privacy.custom[0].name", &["built-in"]);
}

#[test]
fn phone_regions_must_be_known() {
    let errors = roxy_errors("privacy:\n  phone_regions: [US, XX]\n");
    assert_error(
        &errors,
        (2, 23),
        "privacy.phone_regions",
        &[
            "unknown region `XX`",
            "use an ISO 3166 two-letter region code",
        ],
    );
}

#[test]
fn a_byte_order_mark_is_accepted() {
    let dir = config_files(
        b"\xef\xbb\xbf---\nservers:\n  a: { transport: stdio, command: x }\n",
        Some("\u{feff}skills:\n  timeout: 5s\n"),
    );
    let config = Config::load_dir(dir.path()).unwrap_or_else(|e| panic!("{e}"));
    assert!(config.mcp.servers.contains_key("a"));
    assert_eq!(config.roxy.skills.timeout.as_secs(), 5);
}

#[test]
fn invalid_utf8_and_a_second_document_have_positions() {
    let dir = config_files(b"servers: {}\nroots: [\"/tmp/\xff\"]\n", None);
    let (code, stderr) = roxy_in(dir.path(), &["config", "check"]);
    assert_eq!(code, Some(2), "{stderr}");
    assert!(
        stderr.contains("mcp_servers.yaml:2:15") && stderr.contains("not valid UTF-8"),
        "{stderr}"
    );

    let dir = config_files(b"---\nservers: {}\n---\nroots: []\n", None);
    let (code, stderr) = roxy_in(dir.path(), &["config", "check"]);
    assert_eq!(code, Some(2), "{stderr}");
    assert!(
        stderr.contains("mcp_servers.yaml:3:1") && stderr.contains("one YAML document"),
        "{stderr}"
    );
}

#[test]
fn an_empty_server_file_warns_at_check_and_at_start_up() {
    let dir = config_files(b"# nothing yet\n", None);
    for args in [&["config", "check"][..], &["servers"][..]] {
        let (code, stderr) = roxy_in(dir.path(), args);
        assert_eq!(code, Some(0), "{args:?}: {stderr}");
        assert!(
            stderr.contains("warning: ")
                && stderr.contains("mcp_servers.yaml:1:1")
                && stderr.contains("no servers"),
            "{args:?}: {stderr}"
        );
    }
}

#[test]
fn start_up_rejects_what_config_check_rejects() {
    let dir = config_files(
        b"servers:\n  a:\n    transport: http\n    url: \"http://127.0.0.1:1/mcp\"\n    privacy: { keep: [EMAIL] }\n",
        Some("privacy:\n  phone_regions: [XX]\n"),
    );
    for args in [
        &["config", "check"][..],
        &["servers"][..],
        &["ask", "hello"][..],
    ] {
        let (code, stderr) = roxy_in(dir.path(), args);
        assert_eq!(code, Some(2), "{args:?}: {stderr}");
        assert!(
            stderr.contains("mcp_servers.yaml:5:23") && stderr.contains("roxy.yaml:2:19"),
            "{args:?}: {stderr}"
        );
    }
}

#[test]
fn voice_slot_values_and_wake_word_must_be_spoken_words() {
    let errors = roxy_errors("voice:\n  slots:\n    zone: [tokyo, Europe/Paris]\n");
    assert_error(
        &errors,
        (3, 19),
        "voice.slots.zone",
        &["`Europe/Paris` is not", "europe paris"],
    );
    let errors = roxy_errors("voice:\n  wake_word: \"\"\n");
    assert_error(&errors, (2, 3), "voice.wake_word", &["okay roxy"]);
    let errors = roxy_errors("voice:\n  tts: festival\n");
    assert!(errors[0].to_string().contains("festival"), "{}", errors[0]);
}

/// A YAML merge key is named as what is not supported (not "unknown field `<<`").
#[test]
fn merge_keys_are_said_to_be_unsupported() {
    let errors = errors_of(
        "servers:\n  a: &common\n    transport: stdio\n    command: \"true\"\n  b:\n    <<: *common\n",
    );
    assert!(errors[0].message.contains("merge keys"), "{}", errors[0]);
}

/// `roxy config check` checks the skills too (a skill file that does not load stops Roxy, so it
/// is a configuration error, exit code 2, for `roxy ask` as well), and its `--json` carries the
/// warnings and what a project config leaves out of the built-in one.
#[test]
fn config_check_loads_the_skills_and_reports_warnings_and_left_out_servers() {
    let root = tempfile::tempdir().unwrap();
    let config = root.path().join("config");
    std::fs::create_dir_all(&config).unwrap();
    std::fs::create_dir_all(root.path().join("skills")).unwrap();
    std::fs::write(
        config.join("mcp_servers.yaml"),
        "servers:\n  tok: { transport: stdio, command: cat, env: { T: \"${env:ROXY_TEST_UNSET_CHECKED}\" } }\n",
    )
    .unwrap();
    let data = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_roxy"))
            .arg("--config")
            .arg(&config)
            .args(args)
            .env("ROXY_DATA_DIR", data.path())
            .output()
            .unwrap()
    };
    let checked = run(&["config", "check", "--json"]);
    assert_eq!(checked.status.code(), Some(0));
    let json: serde_json::Value = serde_json::from_slice(&checked.stdout).unwrap();
    assert!(
        json["warnings"][0]
            .as_str()
            .is_some_and(|w| w.contains("ROXY_TEST_UNSET_CHECKED")),
        "{json:#}"
    );
    let notes = json["notes"].to_string();
    assert!(
        notes.contains("no `roxy_system` server") && notes.contains("module: roxy_system"),
        "{notes}"
    );

    std::fs::write(
        root.path().join("skills/plants.yaml"),
        "name: plants\ndescription: waters plants\nintents:\n  - name: water\n    templtes: [\"water the plants\"]\n",
    )
    .unwrap();
    for args in [&["config", "check"][..], &["ask", "what is 2 plus 2"]] {
        let output = run(args);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(
            stderr.contains("plants.yaml:5:5") && stderr.contains("unknown field `templtes`"),
            "{args:?}: {stderr}"
        );
    }
}
