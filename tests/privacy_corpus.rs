//! The labelled corpus (tests/privacy/corpus.jsonl, written by tests/privacy/make_corpus.py):
//! accuracy floors, no findings in decoy-only records, and redact -> restore round trips for
//! every record, as text and (for tool calls) as JSON.

mod common;

use common::{PRIVACY_CORPUS, assert_privacy_round_trips};
use roxy::config::PrivacyConfig;
use roxy::privacy::eval::{self, EvalReport};

/// The regions whose national formats the corpus uses (the default is the locale's and US).
fn corpus_config() -> PrivacyConfig {
    PrivacyConfig {
        phone_regions: ["US", "GB", "DE", "FR"].map(String::from).to_vec(),
        ..PrivacyConfig::default()
    }
}

#[test]
fn corpus_accuracy() {
    let report: EvalReport =
        eval::evaluate(PRIVACY_CORPUS, &corpus_config()).expect("corpus parses");
    println!("{report}");
    for (kind, score) in &report.per_type {
        assert!(
            score.recall() >= 0.8,
            "{kind} recall {:.3}\n{report}",
            score.recall()
        );
        assert!(
            score.precision() >= 0.8,
            "{kind} precision {:.3}\n{report}",
            score.precision()
        );
    }
    assert!(report.overall.f1() >= 0.95, "{report}");
    assert!(report.fully_masked_share() >= 0.95, "{report}");
}

#[test]
fn decoys_are_never_found() {
    let corpus = eval::parse_corpus(PRIVACY_CORPUS).expect("corpus parses");
    let detector = roxy::privacy::Detector::new(&corpus_config()).expect("detector");
    let mut wrong = Vec::new();
    for record in corpus.iter().filter(|r| r.spans.is_empty()) {
        for span in eval::find_spans(&detector, &record.text) {
            let text: String = record
                .text
                .chars()
                .skip(span.start)
                .take(span.end - span.start)
                .collect();
            wrong.push(format!("{}: {text:?}", span.kind));
        }
    }
    assert!(
        wrong.is_empty(),
        "found in decoy records:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn every_record_round_trips() {
    assert_privacy_round_trips(PRIVACY_CORPUS);
}
