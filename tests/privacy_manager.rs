//! The manager sends calls to external servers through the privacy gateway: what reaches the
//! server (recorded on the wire by a tee) holds placeholders, the caller gets the real values
//! back, `privacy.keep` lets a type through, and local servers are untouched.

mod common;

use common::*;
use serde_json::json;

const EMAIL: &str = "ada.lovelace@example.org";
const CARD: &str = "4111 1111 1111 1111";

/// A Python stdio server, fixture `file` run with `arguments`, behind the wire-recording tee
/// (tests/fixtures/tee_stdio.py), which writes what crosses to `wire`.
fn teed(file: &str, arguments: &[&str], wire: &std::path::Path, extra: &str) -> String {
    let arguments: String = arguments.iter().map(|a| format!(", {a}")).collect();
    format!(
        "{{ transport: stdio, command: \"{}\", args: [\"{}\", \"{}\", \"{}\", \"{}\"{arguments}]{extra} }}",
        python(),
        fixture("tee_stdio.py"),
        wire.display(),
        python(),
        fixture(file)
    )
}

/// The misbehaving fixture in its `healthy` mode (an `echo` tool), behind the tee.
fn teed_server(wire: &std::path::Path, extra: &str) -> String {
    teed("misbehaving_server.py", &["healthy"], wire, extra)
}

#[tokio::test]
async fn external_calls_are_redacted_on_the_wire_and_restored_for_the_caller() {
    let data = tempfile::tempdir().unwrap();
    let (external_wire, kept_wire, local_wire) = (
        data.path().join("external.wire"),
        data.path().join("kept.wire"),
        data.path().join("local.wire"),
    );
    let (_dir, mut config) = config_dir(&format!(
        "servers:\n  outside: {}\n  keeps_email: {}\n  local: {}\n",
        teed_server(&external_wire, ", external: true"),
        teed_server(
            &kept_wire,
            ", external: true, privacy: { keep: [EMAIL_ADDRESS] }"
        ),
        teed_server(&local_wire, "")
    ));
    config.roxy.data_dir = Some(data.path().to_path_buf());
    let manager = manager(config);
    let text = format!("mail {EMAIL}, card {CARD}");

    let answer = manager
        .call_tool("outside", "echo", json!({ "text": text }))
        .await;
    assert!(answer.success, "{answer:?}");
    assert_eq!(answer.text(), text, "the caller gets the real values back");
    let wire = std::fs::read_to_string(&external_wire).unwrap();
    assert!(
        !wire.contains(EMAIL) && !wire.contains(CARD),
        "raw values reached the external server: {wire}"
    );
    assert!(
        wire.contains("<EMAIL_ADDRESS_1>") && wire.contains("<CREDIT_CARD_1>"),
        "{wire}"
    );

    let kept = manager
        .call_tool("keeps_email", "echo", json!({ "text": text }))
        .await;
    assert_eq!(kept.text(), text);
    let wire = std::fs::read_to_string(&kept_wire).unwrap();
    assert!(
        wire.contains(EMAIL) && !wire.contains(CARD),
        "keep lets only EMAIL_ADDRESS through: {wire}"
    );

    manager
        .call_tool("local", "echo", json!({ "text": text }))
        .await;
    assert!(
        std::fs::read_to_string(&local_wire)
            .unwrap()
            .contains(EMAIL),
        "local servers are not redacted"
    );

    let audit = std::fs::read_to_string(data.path().join("privacy/audit.jsonl"))
        .expect("audit log in the data dir");
    assert!(
        audit.contains("outside") && !audit.contains(EMAIL) && !audit.contains(CARD),
        "{audit}"
    );
    manager.shutdown().await;
}

/// Lets the unknown type `EMAIL` through to `server`. Loading rejects that in a file
/// (`roxy config check`), so it is set on the loaded config, as code that builds a config would:
/// the gateway must then refuse to send rather than leak.
fn keep_an_unknown_type(config: &mut roxy::config::Config, server: &str) {
    let server = config.mcp.servers.get_mut(server).expect("configured");
    server.privacy.keep = vec!["EMAIL".into()];
}

#[tokio::test]
async fn an_unknown_keep_type_blocks_the_call_instead_of_leaking() {
    let data = tempfile::tempdir().unwrap();
    let wire = data.path().join("wire");
    let (_dir, mut config) = config_dir(&format!(
        "servers:\n  outside: {}\n",
        teed_server(&wire, ", external: true")
    ));
    keep_an_unknown_type(&mut config, "outside");
    config.roxy.data_dir = Some(data.path().to_path_buf());
    let manager = manager(config);
    let answer = manager
        .call_tool("outside", "echo", json!({ "text": EMAIL }))
        .await;
    assert!(!answer.success);
    let error = answer.error.unwrap();
    assert!(
        error.contains("not sent to server `outside`") && error.contains("EMAIL"),
        "{error}"
    );
    assert!(
        !std::fs::read_to_string(&wire)
            .unwrap_or_default()
            .contains("tools/call"),
        "nothing may be sent"
    );
    manager.shutdown().await;
}

/// A stdio server with a resource template and a prompt (tests/fixtures/python/mcp2_server.py)
/// behind the wire-recording tee.
fn teed_python_server(wire: &std::path::Path, extra: &str) -> String {
    teed("python/mcp2_server.py", &[], wire, extra)
}

#[tokio::test]
async fn resource_reads_and_prompts_of_external_servers_pass_the_gateway_too() {
    let data = tempfile::tempdir().unwrap();
    let (wire, blocked_wire) = (data.path().join("wire"), data.path().join("blocked.wire"));
    let (_dir, mut config) = config_dir(&format!(
        "servers:\n  outside: {}\n  blocked: {}\n",
        teed_python_server(&wire, ", external: true"),
        teed_python_server(&blocked_wire, ", external: true")
    ));
    keep_an_unknown_type(&mut config, "blocked");
    config.roxy.data_dir = Some(data.path().to_path_buf());
    let manager = manager(config);

    let prompt = manager
        .get_prompt(
            "outside",
            "review",
            json!({ "code": format!("mail {EMAIL}") }),
        )
        .await
        .expect("prompts/get");
    assert!(
        prompt.messages[0].to_string().contains(EMAIL),
        "the caller gets the real value back: {:?}",
        prompt.messages
    );
    let read = manager
        .read_resource("outside", &format!("fixture://echo/{EMAIL}"))
        .await
        .expect("resources/read");
    assert_eq!(read.contents[0]["text"], format!("echo: {EMAIL}"));
    let recorded = std::fs::read_to_string(&wire).unwrap();
    assert!(
        recorded.contains("prompts/get") && recorded.contains("resources/read"),
        "{recorded}"
    );
    assert!(
        !recorded.contains(EMAIL) && recorded.contains("<EMAIL_ADDRESS_1>"),
        "raw values reached the external server: {recorded}"
    );

    let refused = manager
        .read_resource("blocked", &format!("fixture://echo/{EMAIL}"))
        .await
        .expect_err("an unknown keep type blocks the read");
    assert!(
        refused.to_string().contains("not sent to server `blocked`"),
        "{refused}"
    );
    assert!(
        !std::fs::read_to_string(&blocked_wire)
            .unwrap_or_default()
            .contains("resources/read"),
        "nothing may be sent"
    );
    manager.shutdown().await;
}

/// A stdio server whose tool asks for the roots and answers with what it got
/// (tests/fixtures/roots_server.py), behind the wire-recording tee.
fn teed_roots_server(wire: &std::path::Path, extra: &str) -> String {
    teed("roots_server.py", &[], wire, extra)
}

#[tokio::test]
async fn roots_answered_to_an_external_server_pass_the_gateway() {
    let data = tempfile::tempdir().unwrap();
    let root = data.path().join(EMAIL);
    std::fs::create_dir(&root).unwrap();
    let (external_wire, local_wire, blocked_wire) = (
        data.path().join("external.wire"),
        data.path().join("local.wire"),
        data.path().join("blocked.wire"),
    );
    let (_dir, mut config) = config_dir(&format!(
        "roots: [\"{}\"]\nservers:\n  outside: {}\n  local: {}\n  blocked: {}\n",
        root.display(),
        teed_roots_server(&external_wire, ", external: true"),
        teed_roots_server(&local_wire, ""),
        teed_roots_server(&blocked_wire, ", external: true"),
    ));
    config.roxy.data_dir = Some(data.path().to_path_buf());
    // A `keep` the gateway cannot honour makes every redaction for `blocked` fail (set here, past
    // config validation, so that only the gateway can stop it).
    config
        .mcp
        .servers
        .get_mut("blocked")
        .expect("configured")
        .privacy
        .keep = vec!["NO_SUCH_TYPE".to_string()];
    let manager = manager(config);

    let answer = manager.call_tool("outside", "list_roots", json!({})).await;
    assert!(answer.success, "{answer:?}");
    assert!(
        answer.text().contains(EMAIL),
        "the caller gets the real root back: {}",
        answer.text()
    );
    let wire = std::fs::read_to_string(&external_wire).unwrap();
    assert!(
        wire.contains("\"roots\""),
        "the roots were answered: {wire}"
    );
    assert!(
        !wire.contains(EMAIL) && wire.contains("<EMAIL_ADDRESS_1>"),
        "the raw root reached the external server: {wire}"
    );

    let local = manager.call_tool("local", "list_roots", json!({})).await;
    assert!(local.success, "{local:?}");
    assert!(
        std::fs::read_to_string(&local_wire)
            .unwrap()
            .contains(EMAIL),
        "local servers get the roots as they are"
    );

    let blocked = manager.call_tool("blocked", "list_roots", json!({})).await;
    assert!(!blocked.success, "{blocked:?}");
    let wire = std::fs::read_to_string(&blocked_wire).unwrap_or_default();
    assert!(
        !wire.contains(EMAIL),
        "an answer the gateway cannot redact must not be sent: {wire}"
    );
    manager.shutdown().await;
}
