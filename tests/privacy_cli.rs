//! `roxy redact` and `roxy privacy eval` through the real binary.

use std::io::Write;
use std::process::{Command, Stdio};

#[test]
fn redact_previews_what_would_leave_the_machine() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_roxy"))
        .arg("redact")
        .env("ROXY_DATA_DIR", tempfile::tempdir().unwrap().path())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"write to grace@example.com, order 123-4567890")
        .unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(output.status.success());
    let stdout = String::from_utf8_lossy(&output.stdout);
    let first_line = stdout.lines().next().unwrap_or("");
    assert_eq!(
        first_line, "write to <EMAIL_ADDRESS_1>, order 123-4567890",
        "{stdout}"
    );
    assert!(
        stdout.contains("EMAIL_ADDRESS") && stdout.contains("grace@example.com"),
        "the table shows what was found: {stdout}"
    );
}

/// `--text` redacts the words given; words given as a file name say how to do that; the table
/// shows a value as written ("O'Brien", not "O\\'Brien").
#[test]
fn redact_takes_text_and_shows_values_as_written() {
    let data = tempfile::tempdir().unwrap();
    let redact = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_roxy"))
            .arg("redact")
            .args(args)
            .env("ROXY_DATA_DIR", data.path())
            .output()
            .unwrap()
    };
    let said = "Dear Sean O'Brien,\nwrite to sean@example.com";
    let output = redact(&["--text", said]);
    assert!(output.status.success());
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        stdout.starts_with("Dear <PERSON_1>,\nwrite to <EMAIL_ADDRESS_1>"),
        "{stdout}"
    );
    let row = |kind: &str| {
        stdout
            .lines()
            .find(|line| line.starts_with(kind))
            .unwrap_or_default()
            .to_string()
    };
    assert!(row("PERSON").ends_with("  Sean O'Brien"), "{stdout}");

    let output = redact(&["Dear Sean O'Brien"]);
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("roxy redact --text \"Dear Sean O'Brien\""),
        "{stderr}"
    );
}

#[test]
fn eval_scores_a_labelled_corpus_and_rejects_a_malformed_one() {
    let corpus = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/privacy/corpus.jsonl");
    let output = Command::new(env!("CARGO_BIN_EXE_roxy"))
        .args(["privacy", "eval", corpus])
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        stdout.contains("overall") && stdout.contains("MB/s") && stdout.contains("fully masked"),
        "{stdout}"
    );

    let bad = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(bad.path(), "{\"text\": 3}\n").unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_roxy"))
        .args(["privacy", "eval", &bad.path().display().to_string()])
        .output()
        .unwrap();
    assert_eq!(
        output.status.code(),
        Some(2),
        "{}",
        String::from_utf8_lossy(&output.stdout)
    );
}

#[test]
fn eval_lists_misses_and_counts_flagged_decoys() {
    let corpus = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(
        corpus.path(),
        concat!(
            "{\"text\": \"mail ana@example.org\", \"spans\": [{\"start\": 5, \"end\": 20, \"type\": \"EMAIL_ADDRESS\"}]}\n",
            "{\"text\": \"card 4111 1111 1111 1111 on file\", \"spans\": []}\n",
            "{\"text\": \"the build took 12 minutes\", \"spans\": []}\n",
        ),
    )
    .unwrap();
    let path = corpus.path().display().to_string();
    let output = Command::new(env!("CARGO_BIN_EXE_roxy"))
        .args(["privacy", "eval", "--misses", &path])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{stdout}");
    assert!(
        stdout.starts_with("record 2: wrong CREDIT_CARD \"4111 1111 1111 1111\" by card"),
        "{stdout}"
    );
    assert!(
        stdout.contains("wrong findings by rule: card 1\n"),
        "{stdout}"
    );
    assert!(
        stdout.contains("decoy-only records flagged: 1 of 2 (50.0%)"),
        "{stdout}"
    );

    let output = Command::new(env!("CARGO_BIN_EXE_roxy"))
        .args(["privacy", "eval", "--json", "--misses", &path])
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).expect("json");
    assert_eq!(json["decoy_records"], 2);
    assert_eq!(json["decoy_records_flagged"], 1);
    assert_eq!(json["misses"][0]["miss"], "wrong");
    assert_eq!(json["misses"][0]["record"], 2);
    assert_eq!(json["misses"][0]["rule"], "card");
    assert_eq!(json["wrong_by_rule"]["card"], 1);
}
