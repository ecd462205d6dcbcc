//! Every class of config mistake gets an error with file, line, column and what to write
//! instead; `roxy config check` prints them and exits 2.

use roxy::config::{ConfigError, parse_mcp_servers};

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

#[test]
fn wrong_type_says_what_was_expected() {
    let errors =
        errors_of("servers:\n  fs:\n    transport: stdio\n    command: npx\n    args: --verbose\n");
    assert_eq!(at(&errors[0]).0, 5, "{}", errors[0]);
    assert!(
        errors[0].message.contains("expected a sequence"),
        "{}",
        errors[0]
    );
}

#[test]
fn bad_duration_explains_the_format() {
    let errors = errors_of("defaults:\n  request_timeout: 5 days\n");
    assert_eq!(at(&errors[0]).0, 2, "{}", errors[0]);
    assert!(errors[0].message.contains("unknown unit"), "{}", errors[0]);
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

#[test]
fn missing_environment_variable_names_variable_and_server() {
    let errors = errors_of(
        "servers:\n  search:\n    transport: http\n    url: \"https://x/mcp\"\n    headers: { Authorization: \"Bearer ${env:SEARCH_KEY}\" }\n",
    );
    let text = errors[0].to_string();
    assert!(
        text.contains("SEARCH_KEY") && text.contains("servers.search.headers"),
        "{text}"
    );
    assert_eq!(at(&errors[0]).0, 5, "{text}");
}

#[test]
fn syntax_errors_have_positions_and_all_errors_are_reported() {
    let errors = errors_of("servers:\n  a: { transport: stdio\n");
    assert!(errors[0].position.is_some(), "{}", errors[0]);
    let errors = errors_of("servers:\n  a: { transport: http }\n  b: { transport: python }\n");
    assert_eq!(errors.len(), 2, "{errors:?}");
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
        "servers:\n  web: { transport: http, url: \"https://example.com/mcp\", headers: { Authorization: \"Bearer sk-verysecretvalue\" } }\n",
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
}
