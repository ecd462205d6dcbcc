//! The gateway end to end on the corpus: the audit log never holds a raw value, its lines carry
//! time, destination, counts, detectors and HMACs; `keep` lets a type through; JSON keeps its
//! keys and types; the gateway refuses to start without its audit log.

mod common;

use common::{PRIVACY_CORPUS, privacy_gateway};
use roxy::config::PrivacyConfig;
use roxy::privacy::eval;
use roxy::privacy::{PrivacyGateway, Vault};
use serde_json::{Value, json};

fn audit_log(dir: &tempfile::TempDir) -> String {
    std::fs::read_to_string(dir.path().join("privacy/audit.jsonl")).expect("audit log exists")
}

#[test]
fn the_audit_log_never_contains_a_raw_value() {
    let dir = tempfile::tempdir().expect("tempdir");
    let gateway = privacy_gateway(&dir);
    let corpus = eval::parse_corpus(PRIVACY_CORPUS).expect("corpus parses");
    let mut raw_values = Vec::new();
    for record in &corpus {
        let mut vault = Vault::default();
        gateway
            .redact_text(&record.text, "search", &[], &mut vault)
            .expect("redact text");
        if let Ok(value) = serde_json::from_str::<Value>(&record.text) {
            gateway
                .redact(&value, "search", &[], &mut vault)
                .expect("redact json");
        }
        let chars: Vec<char> = record.text.chars().collect();
        raw_values.extend(
            record
                .spans
                .iter()
                .map(|s| chars[s.start..s.end].iter().collect::<String>()),
        );
    }
    let log = audit_log(&dir);
    // Shorter values could turn up by chance inside a base64 HMAC.
    let searched: Vec<&String> = raw_values
        .iter()
        .filter(|v| v.chars().count() >= 5)
        .collect();
    assert!(
        searched.len() > 800,
        "the corpus has {} values to search for",
        searched.len()
    );
    for raw in searched {
        assert!(
            !log.contains(raw.as_str()),
            "the audit log contains {raw:?}"
        );
        let escaped = serde_json::to_string(raw).expect("encode");
        assert!(
            !log.contains(&escaped[1..escaped.len() - 1]),
            "the audit log contains {raw:?} escaped"
        );
    }
}

#[test]
fn an_audit_line_says_what_went_where_without_saying_what() {
    let dir = tempfile::tempdir().expect("tempdir");
    let gateway = privacy_gateway(&dir);
    let mut vault = Vault::default();
    let text = "Mail jane.doe@example.com and jane.doe@example.com, SSN 536-22-1234";
    gateway
        .redact_text(text, "search", &[], &mut vault)
        .expect("redact");
    gateway
        .redact_text("jane.doe@example.com", "calendar", &[], &mut vault)
        .expect("redact");
    let log = audit_log(&dir);
    let lines: Vec<Value> = log
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON line"))
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["destination"], "search");
    assert_eq!(lines[0]["counts"], json!({"EMAIL_ADDRESS": 2, "US_SSN": 1}));
    assert_eq!(lines[0]["findings"][0]["detector"], "email");
    assert!(lines[0]["time"].as_str().is_some_and(|t| t.ends_with('Z')));
    let hmac =
        |line: &Value, index: usize| line["findings"][index]["hmac"].as_str().map(str::to_string);
    assert_eq!(
        hmac(&lines[0], 0),
        hmac(&lines[1], 0),
        "the same value has the same HMAC"
    );
    assert_ne!(hmac(&lines[0], 0), hmac(&lines[0], 2));
    // The key persists: a new gateway on the same data dir produces the same HMAC.
    let again = PrivacyGateway::new(&PrivacyConfig::default(), dir.path()).expect("gateway");
    again
        .redact_text("jane.doe@example.com", "x", &[], &mut Vault::default())
        .expect("redact");
    let last: Value = serde_json::from_str(audit_log(&dir).lines().last().unwrap_or_default())
        .expect("JSON line");
    assert_eq!(hmac(&last, 0), hmac(&lines[1], 0));
}

#[test]
fn json_keeps_keys_types_and_kept_types() {
    let dir = tempfile::tempdir().expect("tempdir");
    let gateway = privacy_gateway(&dir);
    let mut vault = Vault::default();
    let args = json!({
        "jane.doe@example.com": "the key stays",
        "to": "jane.doe@example.com",
        "phone": 4155550132_u64,
        "count": 3,
        "urgent": true,
        "note": "Hi Priya, ping jane.doe@example.com"
    });
    let sent = gateway
        .redact(&args, "mail", &[], &mut vault)
        .expect("redact");
    assert_eq!(
        sent,
        json!({
            "jane.doe@example.com": "the key stays",
            "to": "<EMAIL_ADDRESS_1>",
            "phone": "<PHONE_NUMBER_1>",
            "count": 3,
            "urgent": true,
            "note": "Hi <PERSON_1>, ping <EMAIL_ADDRESS_1>"
        })
    );
    assert_eq!(gateway.restore(&sent, &vault), args);
    let kept = gateway
        .redact(&args, "mail", &["EMAIL_ADDRESS".to_string()], &mut vault)
        .expect("redact");
    assert_eq!(kept["to"], "jane.doe@example.com");
    assert_eq!(kept["note"], "Hi <PERSON_1>, ping jane.doe@example.com");
}

/// A value found in one string of a document is replaced in every other string that holds it
/// as whole words, also in strings that come before it and in other messages: a copy left in
/// clear would undo its placeholder. The round trip stays exact and the audit counts each.
#[test]
fn a_value_found_anywhere_in_a_document_is_replaced_everywhere_in_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let gateway = privacy_gateway(&dir);
    let mut vault = Vault::default();
    let request = json!({
        "messages": [
            {"role": "user", "content": "what did Zefirino Quarnstedt decide? ask 536902741"},
            {"role": "tool", "content": {"name": "Zefirino Quarnstedt", "id": "ZefirinoQuarnstedt"}},
            {"role": "user", "content": "Hi Zefirino Quarnstedt, your SSN is 536902741"}
        ]
    });
    let sent = gateway
        .redact(&request, "llm", &[], &mut vault)
        .expect("redact");
    assert_eq!(
        sent,
        json!({
            "messages": [
                {"role": "user", "content": "what did <PERSON_1> decide? ask <US_SSN_1>"},
                {"role": "tool", "content": {"name": "<PERSON_1>", "id": "ZefirinoQuarnstedt"}},
                {"role": "user", "content": "Hi <PERSON_1>, your SSN is <US_SSN_1>"}
            ]
        })
    );
    assert_eq!(gateway.restore(&sent, &vault), request);
    let log = audit_log(&dir);
    let line: Value = serde_json::from_str(log.lines().last().expect("a line")).expect("JSON");
    assert_eq!(line["counts"], json!({"PERSON": 3, "US_SSN": 2}), "{line}");
}

#[test]
fn a_numbers_digits_in_a_string_are_replaced_and_come_back_as_a_string() {
    let dir = tempfile::tempdir().expect("tempdir");
    let gateway = privacy_gateway(&dir);
    let mut vault = Vault::default();
    let request =
        json!({"phone": 4155550132_u64, "confirm": "call back 4155550132", "again": "4155550132"});
    let sent = gateway
        .redact(&request, "search", &[], &mut vault)
        .expect("redact");
    let text = sent.to_string();
    assert!(!text.contains("4155550132"), "{sent}");
    assert_ne!(sent["phone"], sent["again"], "{sent}");
    assert_eq!(gateway.restore(&sent, &vault), request);
}

#[test]
fn placeholder_look_alikes_come_back_verbatim() {
    let dir = tempfile::tempdir().expect("tempdir");
    let gateway = privacy_gateway(&dir);
    let mut vault = Vault::default();
    let text = "I literally typed <EMAIL_ADDRESS_1>; my address is ann@example.com";
    let sent = gateway
        .redact_text(text, "llm", &[], &mut vault)
        .expect("redact");
    assert_eq!(
        sent,
        "I literally typed <PLACEHOLDER_1>; my address is <EMAIL_ADDRESS_1>"
    );
    assert_eq!(gateway.restore_text(&sent, &vault), text);
    assert_eq!(
        gateway.restore_text(
            "Sent to <email_address_1> as \\u003cPLACEHOLDER_1\\u003e",
            &vault
        ),
        "Sent to ann@example.com as <EMAIL_ADDRESS_1>"
    );
}

#[test]
fn the_gateway_is_shared_across_threads() {
    fn shareable<T: Clone + Send + Sync + 'static>() {}
    shareable::<PrivacyGateway>();
    shareable::<roxy::privacy::OutboundHttp>();
}

#[test]
fn the_gateway_refuses_to_start_without_its_audit_log() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(
        dir.path().join("privacy"),
        "a file where the log directory should be",
    )
    .expect("write");
    let error =
        PrivacyGateway::new(&PrivacyConfig::default(), dir.path()).expect_err("no audit log");
    assert!(error.to_string().contains("privacy audit log"), "{error}");
    let config = PrivacyConfig {
        phone_regions: vec!["XX".to_string()],
        ..PrivacyConfig::default()
    };
    let error = PrivacyGateway::new(&config, dir.path()).expect_err("unknown region");
    assert!(error.to_string().contains("unknown region `XX`"), "{error}");
}
