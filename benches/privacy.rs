//! `cargo bench --bench privacy`: Roxy's privacy gateway against Microsoft Presidio (regex
//! recognizers only) on each labelled corpus (tests/privacy/corpus.jsonl and the unseen tuning
//! and held-out splits), in one run: accuracy per type, overall F1, share of
//! gold spans fully masked, throughput (MB/s) and the ratios; then the latency of redacting a
//! 1 KB tool call. Numbers are printed, never asserted.
//!
//! Presidio runs through `benches/presidio_eval.py` with the Python from `PRESIDIO_PYTHON`, or
//! else `.venv/bin/python` (which `scripts/setup.sh` fills from tests/requirements.txt).

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use roxy::config::PrivacyConfig;
use roxy::privacy::eval::{self, EvalReport, Span};
use roxy::privacy::{PrivacyGateway, Vault};
use serde::Deserialize;
use serde_json::{Value, json};

#[derive(Deserialize)]
struct PresidioRun {
    version: String,
    predictions: Vec<Vec<Span>>,
    seconds_per_pass: f64,
    latency_1kb_seconds: f64,
}

/// A realistic tool call of about 1 KB: a CRM update with a note written by a person.
fn one_kb_tool_call() -> Value {
    json!({
        "name": "crm.upsert_contact",
        "arguments": {
            "full_name": "Priya Raman",
            "email": "priya.raman@acme-corp.io",
            "phone": "+44 20 7946 0958",
            "date_of_birth": "1987-04-12",
            "address": "221B Baker Street",
            "customer_id": "123e4567-e89b-12d3-a456-426614174000",
            "card_number": "4111 1111 1111 1111",
            "iban": "DE89 3704 0044 0532 0130 00",
            "tags": ["enterprise", "renewal-2025", "emea"],
            "note": "Call with Priya on 2024-03-15 about the renewal of order ORD-2024-558812 (total $12,400.00). \
                     She asked us to copy her assistant Daniel Okafor (daniel.okafor@acme-corp.io, 415-555-0132) \
                     and to stop sending invoices to the old office. Login issues from 203.0.113.42 were fixed in \
                     release 3.12.0 (commit 3f2a9c1d8e7b6a5f4e3d2c1b0a9f8e7d6c5b4a39). Next step: send the \
                     updated quote and the onboarding checklist before the end of the month; legal wants the \
                     signed DPA first. Tracking for the hardware kit: 1Z999AA10123456784. Her colleague Kenji Tanaka \
                     (kenji.tanaka@acme-corp.io) reviews the security questionnaire by Friday."
        }
    })
}

fn presidio_python(root: &Path) -> PathBuf {
    std::env::var_os("PRESIDIO_PYTHON")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join(".venv/bin/python"))
}

fn run_presidio(root: &Path, corpus: &Path, sample: &str) -> Result<PresidioRun, String> {
    let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
    let sample_path = dir.path().join("sample.json");
    std::fs::write(&sample_path, sample).map_err(|e| e.to_string())?;
    let python = presidio_python(root);
    let output = Command::new(&python)
        .arg(root.join("benches/presidio_eval.py"))
        .arg(corpus)
        .arg(&sample_path)
        .output()
        .map_err(|e| format!("cannot run {}: {e}", python.display()))?;
    if !output.status.success() {
        let stderr = String::from_utf8_lossy(&output.stderr);
        let last = stderr.lines().last().unwrap_or_default();
        return Err(format!("{} failed: {last}", python.display()));
    }
    serde_json::from_slice(&output.stdout).map_err(|e| format!("unreadable Presidio output: {e}"))
}

/// Median time of `f` over `runs` runs.
fn median(runs: usize, mut f: impl FnMut()) -> Duration {
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let started = Instant::now();
            f();
            started.elapsed()
        })
        .collect();
    times.sort();
    times[times.len() / 2]
}

/// The corpora and the phone regions whose national formats each uses.
const CORPORA: &[(&str, &[&str])] = &[
    ("tests/privacy/corpus.jsonl", &["US", "GB", "DE", "FR"]),
    (
        "tests/privacy/unseen_tune.jsonl",
        &[
            "US", "GB", "DE", "FR", "ES", "BR", "IT", "JP", "IN", "AU", "SG",
        ],
    ),
    (
        "tests/privacy/unseen_heldout.jsonl",
        &[
            "US", "GB", "DE", "FR", "ES", "BR", "IT", "JP", "IN", "AU", "SG",
        ],
    ),
];

fn main() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let call = one_kb_tool_call();
    let sample = call.to_string();
    let config = PrivacyConfig {
        phone_regions: ["US", "GB", "DE", "FR"].map(String::from).to_vec(),
        ..PrivacyConfig::default()
    };
    let data_dir = tempfile::tempdir().expect("temporary data dir");
    let gateway = PrivacyGateway::new(&config, data_dir.path()).expect("gateway");
    let roxy_latency = median(2001, || {
        let mut vault = Vault::default();
        std::hint::black_box(
            gateway
                .redact(&call, "bench", &[], &mut vault)
                .expect("redact"),
        );
    });
    let mut without_audit = config.clone();
    without_audit.audit.enabled = false;
    let gateway = PrivacyGateway::new(&without_audit, data_dir.path()).expect("gateway");
    let roxy_latency_without_audit = median(2001, || {
        let mut vault = Vault::default();
        std::hint::black_box(
            gateway
                .redact(&call, "bench", &[], &mut vault)
                .expect("redact"),
        );
    });
    println!(
        "1 KB tool call ({} bytes): Roxy redact {:.1} µs (JSON value by value, audit line written; {:.1} µs without the audit log)\n",
        sample.len(),
        roxy_latency.as_secs_f64() * 1e6,
        roxy_latency_without_audit.as_secs_f64() * 1e6
    );
    for (file, regions) in CORPORA {
        let config = PrivacyConfig {
            phone_regions: regions.iter().map(|r| r.to_string()).collect(),
            ..PrivacyConfig::default()
        };
        compare(&root, file, &config, &sample, roxy_latency);
    }
}

/// Roxy and Presidio on one corpus, side by side.
fn compare(root: &Path, file: &str, config: &PrivacyConfig, sample: &str, roxy_latency: Duration) {
    let corpus_path = root.join(file);
    let corpus_text = std::fs::read_to_string(&corpus_path).expect("the corpus is readable");
    let corpus = eval::parse_corpus(&corpus_text).expect("the corpus parses");
    let roxy = eval::evaluate(&corpus_text, config).expect("Roxy evaluates the corpus");
    println!(
        "== {file}: Roxy privacy gateway ({} records, {} gold spans)\n{roxy}\n",
        corpus.len(),
        roxy.gold_spans
    );
    match run_presidio(root, &corpus_path, sample) {
        Ok(presidio) => {
            let report =
                EvalReport::score(&corpus, &presidio.predictions, presidio.seconds_per_pass);
            println!(
                "== {file}: Presidio {} (regex recognizers, spaCy blank English)\n{report}\n",
                presidio.version
            );
            println!("== {file}: Roxy vs Presidio");
            println!(
                "throughput   {:>10.2} MB/s vs {:>8.3} MB/s   ratio {:.0}x",
                roxy.mb_per_second(),
                report.mb_per_second(),
                roxy.mb_per_second() / report.mb_per_second()
            );
            println!(
                "overall F1   {:>10.1}%     vs {:>7.1}%      ratio {:.2}x",
                roxy.overall.f1() * 100.0,
                report.overall.f1() * 100.0,
                roxy.overall.f1() / report.overall.f1()
            );
            println!(
                "fully masked {:>10.1}%     vs {:>7.1}%",
                roxy.fully_masked_share() * 100.0,
                report.fully_masked_share() * 100.0
            );
            println!(
                "1 KB tool call: Roxy {:.1} µs vs Presidio analyze {:.1} µs   ratio {:.0}x\n",
                roxy_latency.as_secs_f64() * 1e6,
                presidio.latency_1kb_seconds * 1e6,
                presidio.latency_1kb_seconds / roxy_latency.as_secs_f64()
            );
        }
        Err(reason) => {
            println!("== Presidio not measured: {reason}");
            println!(
                "   install it with scripts/setup.sh (tests/requirements.txt) or set PRESIDIO_PYTHON\n"
            );
        }
    }
}
