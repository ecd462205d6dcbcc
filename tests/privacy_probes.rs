//! Probes by class (tests/privacy/probes.jsonl, invented sentences written by
//! tests/privacy/make_probes.py, not corpus lines): decoys that must give no finding at all
//! (headings, products, places, seasons with years, nationalities, firms named after people,
//! street words in prose), names and addresses of the classes PERSON and STREET_ADDRESS must
//! cover, each fully masked, and redact -> restore round trips.

mod common;

use common::assert_privacy_round_trips;
use roxy::config::PrivacyConfig;
use roxy::privacy::eval;

const PROBES: &str = include_str!("privacy/probes.jsonl");

#[test]
fn decoy_probes_give_no_finding() {
    let config = PrivacyConfig::default();
    let detector = roxy::privacy::Detector::new(&config).expect("detector");
    let records = eval::parse_corpus(PROBES).expect("probes parse");
    let flagged: Vec<String> = records
        .iter()
        .filter(|r| r.spans.is_empty())
        .filter_map(|r| {
            let found = eval::find_spans(&detector, &r.text);
            (!found.is_empty()).then(|| format!("{found:?} in {:?}", r.text))
        })
        .collect();
    assert!(flagged.is_empty(), "{}", flagged.join("\n"));
}

#[test]
fn every_labelled_probe_is_fully_masked() {
    let report = eval::evaluate(PROBES, &PrivacyConfig::default()).expect("probes parse");
    println!("{report}");
    assert_eq!(report.gold_fully_masked, report.gold_spans, "{report}");
}

#[test]
fn every_probe_round_trips() {
    assert_privacy_round_trips(PROBES);
}
