//! `privacy::OutboundHttp` against a real loopback HTTP server started by the test: transient
//! failures are retried, the server never sees a raw value, the answer is restored, calls are
//! counted; calls with side effects are not resent after a 502; nothing is sent when redaction
//! is refused.

mod common;

use std::sync::{Arc, Mutex, OnceLock};
use std::time::Duration;

use metrics_exporter_prometheus::{PrometheusBuilder, PrometheusHandle};
use roxy::config::PrivacyConfig;
use roxy::privacy::{OutboundError, OutboundHttp, PrivacyGateway, Vault};
use roxy::retry::RetryPolicy;
use serde_json::{Value, json};
use tokio::io::{AsyncWriteExt, BufReader};
use tokio::net::TcpListener;

/// Statuses to answer in turn (the last one repeats); 200 echoes the request body.
struct Server {
    url: String,
    bodies: Arc<Mutex<Vec<String>>>,
}

/// `host` names the loopback server in the URL (and so the metrics' `destination`), which keeps
/// the counts of concurrently running tests apart.
async fn start_server(host: &str, statuses: Vec<u16>) -> Server {
    let listener = TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind loopback");
    let port = listener.local_addr().expect("local addr").port();
    let url = format!("http://{host}:{port}/v1/enrich");
    let bodies = Arc::new(Mutex::new(Vec::new()));
    let seen = bodies.clone();
    tokio::spawn(async move {
        loop {
            let Ok((stream, _)) = listener.accept().await else {
                return;
            };
            let mut reader = BufReader::new(stream);
            let Some(body) = common::http::read_request_body(&mut reader).await else {
                continue;
            };
            let body = String::from_utf8_lossy(&body).to_string();
            let count = {
                let mut seen = seen.lock().expect("lock");
                seen.push(body.clone());
                seen.len()
            };
            let status = statuses[(count - 1).min(statuses.len() - 1)];
            let answer = match status {
                200 => format!("{{\"echo\": {body}}}"),
                _ => "{\"error\": \"try later\"}".to_string(),
            };
            let response = format!(
                "HTTP/1.1 {status} X\r\ncontent-type: application/json\r\nretry-after: 0\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{answer}",
                answer.len()
            );
            let _ = reader.get_mut().write_all(response.as_bytes()).await;
        }
    });
    Server { url, bodies }
}

fn metrics() -> &'static PrometheusHandle {
    static HANDLE: OnceLock<PrometheusHandle> = OnceLock::new();
    HANDLE.get_or_init(|| {
        PrometheusBuilder::new()
            .install_recorder()
            .expect("install recorder")
    })
}

fn client(dir: &tempfile::TempDir) -> OutboundHttp {
    let gateway = PrivacyGateway::new(&PrivacyConfig::default(), dir.path()).expect("gateway");
    let policy = RetryPolicy {
        initial_delay: Duration::from_millis(1),
        max_delay: Duration::from_millis(5),
        max_retries: 3,
        max_total: Duration::from_secs(10),
    };
    OutboundHttp::new(reqwest::Client::new(), gateway, policy)
}

const RAW_VALUES: &[&str] = &[
    "priya.raman@acme-corp.io",
    "+44 20 7946 0958",
    "4111 1111 1111 1111",
    "Priya Raman",
    "sk_live_4eC39HqLyjWDarjtT1zdp7dc",
];

fn body() -> Value {
    json!({
        "contact": {"full_name": "Priya Raman", "email": "priya.raman@acme-corp.io"},
        "note": "Call +44 20 7946 0958, card 4111 1111 1111 1111, key sk_live_4eC39HqLyjWDarjtT1zdp7dc",
        "order": "ORD-2024-558812"
    })
}

#[tokio::test]
async fn retries_503_then_restores_and_never_leaks() {
    let metrics = metrics();
    let server = start_server("localhost", vec![503, 503, 200]).await;
    let dir = tempfile::tempdir().expect("tempdir");
    let mut vault = Vault::default();
    let answer = client(&dir)
        .post_json(&server.url, &body(), &[], false, &mut vault)
        .await
        .expect("third attempt succeeds");
    assert_eq!(
        answer,
        json!({"echo": body()}),
        "the echoed placeholders are restored"
    );
    let bodies = server.bodies.lock().expect("lock").clone();
    assert_eq!(bodies.len(), 3, "two 503s, then success");
    for sent in &bodies {
        for raw in RAW_VALUES {
            assert!(!sent.contains(raw), "the server saw {raw:?} in {sent}");
        }
        assert!(
            sent.contains("<EMAIL_ADDRESS_1>") && sent.contains("ORD-2024-558812"),
            "{sent}"
        );
    }
    let rendered = metrics.render();
    assert!(
        rendered.contains(r#"roxy_external_calls_total{destination="localhost",outcome="ok"} 1"#),
        "{rendered}"
    );
    assert!(
        rendered.contains(r#"roxy_external_retries_total{destination="localhost"} 2"#),
        "{rendered}"
    );
    assert!(
        rendered.contains("roxy_external_call_duration_seconds"),
        "{rendered}"
    );
    assert!(
        rendered.contains(r#"roxy_privacy_redactions_total{type="EMAIL_ADDRESS"}"#),
        "{rendered}"
    );
}

#[tokio::test]
async fn a_call_with_side_effects_is_not_resent_after_502() {
    let server = start_server("127.0.0.1", vec![502, 200]).await;
    let dir = tempfile::tempdir().expect("tempdir");
    let result = client(&dir)
        .post_json(&server.url, &body(), &[], false, &mut Vault::default())
        .await;
    assert!(
        matches!(result, Err(OutboundError::Status { status, .. }) if status == 502),
        "{result:?}"
    );
    assert_eq!(server.bodies.lock().expect("lock").len(), 1);
}

#[tokio::test]
async fn an_idempotent_call_is_resent_after_502() {
    let server = start_server("127.0.0.1", vec![502, 200]).await;
    let dir = tempfile::tempdir().expect("tempdir");
    let answer = client(&dir)
        .post_json(&server.url, &body(), &[], true, &mut Vault::default())
        .await
        .expect("second attempt succeeds");
    assert_eq!(answer["echo"], body());
    assert_eq!(server.bodies.lock().expect("lock").len(), 2);
}

#[tokio::test]
async fn nothing_is_sent_when_redaction_is_refused() {
    let server = start_server("127.0.0.1", vec![200]).await;
    let dir = tempfile::tempdir().expect("tempdir");
    let result = client(&dir)
        .post_json(
            &server.url,
            &body(),
            &["EMAIL".to_string()],
            true,
            &mut Vault::default(),
        )
        .await;
    let error = result.expect_err("unknown keep type");
    assert!(
        error
            .to_string()
            .contains("`EMAIL`, which is not a detector type"),
        "{error}"
    );
    assert!(server.bodies.lock().expect("lock").is_empty());
}
