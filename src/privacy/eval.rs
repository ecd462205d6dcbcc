//! `roxy privacy eval FILE.jsonl`: scores the detectors against a labelled corpus. Each line is
//! `{"text": ..., "spans": [{"start", "end", "type"}]}` with offsets in Unicode code points, end
//! exclusive (other fields are ignored). A found span counts for precision if it overlaps a
//! gold span of the same type; a gold span counts for recall if a found span of its type
//! overlaps it; "fully masked" means every character of a gold span is covered by some found
//! span of any type (what actually protects the data). Throughput is measured over repeated
//! passes of the whole corpus (at least half a second).

use std::collections::BTreeMap;
use std::fmt;
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};

use super::detect::Detector;
use super::error::PrivacyError;
use super::patterns::PLACEHOLDER;
use crate::config::PrivacyConfig;

/// Why a corpus could not be scored.
#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    /// A corpus line that is not a labelled text, or whose spans do not fit it.
    #[error("line {line}: {message}")]
    Corpus { line: usize, message: String },
    /// The detectors could not be built from the `privacy:` section.
    #[error(transparent)]
    Privacy(#[from] PrivacyError),
}

/// A labelled or found span, in code points.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
    #[serde(rename = "type")]
    pub kind: String,
    /// For a found span, the rule of its type that found it (e.g. `person_after_cue`).
    #[serde(skip)]
    pub rule: Option<&'static str>,
}

/// One corpus line.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct LabelledText {
    pub text: String,
    #[serde(default)]
    pub spans: Vec<Span>,
}

/// Counts for one type (or all types together).
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct TypeScore {
    /// Found spans of this type.
    pub found: usize,
    /// Found spans that overlap a gold span of this type.
    pub found_correct: usize,
    /// Gold spans of this type.
    pub gold: usize,
    /// Gold spans overlapped by a found span of this type.
    pub gold_found: usize,
}

impl TypeScore {
    pub fn precision(&self) -> f64 {
        ratio(self.found_correct, self.found)
    }

    pub fn recall(&self) -> f64 {
        ratio(self.gold_found, self.gold)
    }

    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }

    fn add(&mut self, other: &TypeScore) {
        self.found += other.found;
        self.found_correct += other.found_correct;
        self.gold += other.gold;
        self.gold_found += other.gold_found;
    }
}

fn ratio(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        0.0
    } else {
        part as f64 / whole as f64
    }
}

/// Accuracy and speed on a corpus.
#[derive(Debug, Clone, PartialEq)]
pub struct EvalReport {
    pub per_type: BTreeMap<String, TypeScore>,
    pub overall: TypeScore,
    pub gold_spans: usize,
    pub gold_fully_masked: usize,
    /// UTF-8 bytes of the corpus texts.
    pub bytes: usize,
    /// Time for one pass over the corpus.
    pub seconds_per_pass: f64,
    /// Records with no gold span (decoys only), and how many of them got a finding.
    pub decoy_records: usize,
    pub decoy_records_flagged: usize,
    /// Every gold span not found or not fully masked, and every wrong finding, in corpus order.
    pub misses: Vec<Miss>,
}

/// What went wrong with one span.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MissKind {
    /// A gold span no finding of its type overlaps.
    Missed,
    /// A gold span found by its type but not every character masked.
    PartlyMasked,
    /// A finding that overlaps no gold span of its type.
    Wrong,
}

/// One gold span not found or not fully masked, or one wrong finding, with its text and the
/// text around it, for `roxy privacy eval --misses`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Miss {
    /// 1-based record number.
    pub record: usize,
    pub miss: MissKind,
    pub kind: String,
    /// For a wrong finding, the rule that made it.
    pub rule: Option<&'static str>,
    pub text: String,
    /// Up to 40 code points either side of the span.
    pub context: String,
}

impl Miss {
    fn new(record: usize, miss: MissKind, span: &Span, text: &str) -> Miss {
        let slice = |from: usize, to: usize| -> String {
            text.chars()
                .skip(from)
                .take(to.saturating_sub(from))
                .collect()
        };
        Miss {
            record,
            miss,
            kind: span.kind.clone(),
            rule: span.rule,
            text: slice(span.start, span.end),
            context: slice(span.start.saturating_sub(40), span.end + 40),
        }
    }
}

impl fmt::Display for Miss {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let miss = match self.miss {
            MissKind::Missed => "missed",
            MissKind::PartlyMasked => "partly masked",
            MissKind::Wrong => "wrong",
        };
        write!(
            f,
            "record {}: {miss} {} {:?}",
            self.record, self.kind, self.text
        )?;
        if let Some(rule) = self.rule {
            write!(f, " by {rule}")?;
        }
        write!(f, " in {:?}", self.context)
    }
}

impl EvalReport {
    /// Scores `found[i]` against `corpus[i]`.
    pub fn score(
        corpus: &[LabelledText],
        found: &[Vec<Span>],
        seconds_per_pass: f64,
    ) -> EvalReport {
        let mut per_type: BTreeMap<String, TypeScore> = BTreeMap::new();
        let mut gold_fully_masked = 0;
        let (mut decoy_records, mut decoy_records_flagged) = (0, 0);
        let mut misses = Vec::new();
        let empty = Vec::new();
        for (index, record) in corpus.iter().enumerate() {
            let found = found.get(index).unwrap_or(&empty);
            if record.spans.is_empty() {
                decoy_records += 1;
                decoy_records_flagged += usize::from(!found.is_empty());
            }
            let mut wrong = Vec::new();
            for span in found {
                let score = per_type.entry(span.kind.clone()).or_default();
                score.found += 1;
                if record
                    .spans
                    .iter()
                    .any(|g| g.kind == span.kind && overlaps(g, span))
                {
                    score.found_correct += 1;
                } else {
                    wrong.push(Miss::new(index + 1, MissKind::Wrong, span, &record.text));
                }
            }
            for gold in &record.spans {
                let score = per_type.entry(gold.kind.clone()).or_default();
                score.gold += 1;
                let found_by_type = found
                    .iter()
                    .any(|f| f.kind == gold.kind && overlaps(gold, f));
                score.gold_found += usize::from(found_by_type);
                let miss = if fully_covered(gold, found) {
                    gold_fully_masked += 1;
                    (!found_by_type).then_some(MissKind::Missed)
                } else if found_by_type {
                    Some(MissKind::PartlyMasked)
                } else {
                    Some(MissKind::Missed)
                };
                if let Some(miss) = miss {
                    misses.push(Miss::new(index + 1, miss, gold, &record.text));
                }
            }
            misses.append(&mut wrong);
        }
        let mut overall = TypeScore::default();
        for score in per_type.values() {
            overall.add(score);
        }
        EvalReport {
            per_type,
            overall,
            gold_spans: overall.gold,
            gold_fully_masked,
            bytes: corpus.iter().map(|r| r.text.len()).sum(),
            seconds_per_pass,
            decoy_records,
            decoy_records_flagged,
            misses,
        }
    }

    /// Megabytes (10^6 bytes) of text scanned per second.
    pub fn mb_per_second(&self) -> f64 {
        if self.seconds_per_pass > 0.0 {
            self.bytes as f64 / 1e6 / self.seconds_per_pass
        } else {
            0.0
        }
    }

    pub fn fully_masked_share(&self) -> f64 {
        ratio(self.gold_fully_masked, self.gold_spans)
    }

    /// How many wrong findings each rule made, most first: which rule to look at first when
    /// decoys get flagged.
    pub fn wrong_by_rule(&self) -> Vec<(&'static str, usize)> {
        let mut counts: BTreeMap<&'static str, usize> = BTreeMap::new();
        for miss in &self.misses {
            if let (MissKind::Wrong, Some(rule)) = (miss.miss, miss.rule) {
                *counts.entry(rule).or_default() += 1;
            }
        }
        let mut counts: Vec<_> = counts.into_iter().collect();
        counts.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        counts
    }
}

impl fmt::Display for EvalReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let percent = |x: f64| format!("{:.1}%", x * 100.0);
        writeln!(
            f,
            "{:<18} {:>9} {:>7} {:>7} {:>5} {:>5}",
            "type", "precision", "recall", "F1", "gold", "found"
        )?;
        let rows = self.per_type.iter().map(|(k, s)| (k.as_str(), s));
        for (kind, score) in rows.chain([("overall", &self.overall)]) {
            writeln!(
                f,
                "{:<18} {:>9} {:>7} {:>7} {:>5} {:>5}",
                kind,
                percent(score.precision()),
                percent(score.recall()),
                percent(score.f1()),
                score.gold,
                score.found
            )?;
        }
        writeln!(
            f,
            "gold spans fully masked: {} ({} of {})",
            percent(self.fully_masked_share()),
            self.gold_fully_masked,
            self.gold_spans
        )?;
        writeln!(
            f,
            "decoy-only records flagged: {} of {} ({})",
            self.decoy_records_flagged,
            self.decoy_records,
            percent(ratio(self.decoy_records_flagged, self.decoy_records))
        )?;
        write!(
            f,
            "throughput: {:.2} MB/s ({} bytes per pass, {:.3} ms per pass)",
            self.mb_per_second(),
            self.bytes,
            self.seconds_per_pass * 1e3
        )
    }
}

fn overlaps(a: &Span, b: &Span) -> bool {
    a.start < b.end && b.start < a.end
}

fn fully_covered(gold: &Span, found: &[Span]) -> bool {
    (gold.start..gold.end).all(|i| found.iter().any(|f| f.start <= i && i < f.end))
}

/// Reads a corpus; blank lines are skipped.
pub fn parse_corpus(jsonl: &str) -> Result<Vec<LabelledText>, EvalError> {
    jsonl
        .lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(index, line)| {
            let record: LabelledText = serde_json::from_str(line).map_err(|e| EvalError::Corpus {
                line: index + 1,
                message: format!("expected {{\"text\": ..., \"spans\": [{{\"start\", \"end\", \"type\"}}]}}: {e}"),
            })?;
            let chars = record.text.chars().count();
            match record.spans.iter().find(|s| s.start >= s.end || s.end > chars) {
                Some(bad) => Err(EvalError::Corpus {
                    line: index + 1,
                    message: format!(
                        "span {}..{} does not fit a text of {chars} code points",
                        bad.start, bad.end
                    ),
                }),
                None => Ok(record),
            }
        })
        .collect()
}

/// The detector's findings in `text`, as code-point spans (placeholder look-alikes left out:
/// they are not personal data).
pub fn find_spans(detector: &Detector, text: &str) -> Vec<Span> {
    let findings: Vec<_> = detector
        .find(text, None, &[])
        .into_iter()
        .filter(|f| &*f.kind != PLACEHOLDER)
        .collect();
    if findings.is_empty() {
        return Vec::new();
    }
    // Byte offset -> code point offset.
    let mut code_points = vec![0; text.len() + 1];
    let mut count = 0;
    for (byte, c) in text.char_indices() {
        for slot in &mut code_points[byte..byte + c.len_utf8()] {
            *slot = count;
        }
        count += 1;
    }
    code_points[text.len()] = count;
    findings
        .into_iter()
        .map(|f| Span {
            start: code_points[f.start],
            end: code_points[f.end],
            kind: f.kind.to_string(),
            rule: Some(f.detector),
        })
        .collect()
}

/// Scores the detectors built from `config` on a JSONL corpus and measures their speed.
pub fn evaluate(jsonl: &str, config: &PrivacyConfig) -> Result<EvalReport, EvalError> {
    let corpus = parse_corpus(jsonl)?;
    let detector = Detector::new(config)?;
    let found: Vec<Vec<Span>> = corpus
        .iter()
        .map(|r| find_spans(&detector, &r.text))
        .collect();
    let seconds_per_pass = time_passes(&corpus, &detector, Duration::from_millis(500));
    Ok(EvalReport::score(&corpus, &found, seconds_per_pass))
}

/// Average time of one detection pass over the corpus, repeating for at least `at_least`.
fn time_passes(corpus: &[LabelledText], detector: &Detector, at_least: Duration) -> f64 {
    let started = Instant::now();
    let mut passes = 0u32;
    while passes == 0 || started.elapsed() < at_least {
        for record in corpus {
            std::hint::black_box(detector.find(&record.text, None, &[]));
        }
        passes += 1;
    }
    started.elapsed().as_secs_f64() / f64::from(passes)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span(start: usize, end: usize, kind: &str) -> Span {
        Span {
            start,
            end,
            kind: kind.to_string(),
            rule: None,
        }
    }

    #[test]
    fn scores_overlap_by_type_and_full_masking() {
        let corpus = vec![LabelledText {
            text: "x".repeat(40),
            spans: vec![span(0, 10, "EMAIL_ADDRESS"), span(20, 30, "PHONE_NUMBER")],
        }];
        let found = vec![vec![
            span(0, 10, "EMAIL_ADDRESS"),
            span(20, 25, "US_SSN"),
            span(32, 36, "URL"),
        ]];
        let report = EvalReport::score(&corpus, &found, 1.0);
        assert_eq!(
            report.overall,
            TypeScore {
                found: 3,
                found_correct: 1,
                gold: 2,
                gold_found: 1
            }
        );
        assert_eq!(report.gold_fully_masked, 1);
        assert!((report.overall.f1() - 0.4).abs() < 1e-9);
        let misses: Vec<String> = report.misses.iter().map(ToString::to_string).collect();
        assert_eq!(
            misses,
            [
                "record 1: missed PHONE_NUMBER \"xxxxxxxxxx\" in \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"",
                "record 1: wrong US_SSN \"xxxxx\" in \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"",
                "record 1: wrong URL \"xxxx\" in \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"",
            ]
        );
        let text = report.to_string();
        assert!(
            text.contains("gold spans fully masked: 50.0% (1 of 2)"),
            "{text}"
        );
    }

    #[test]
    fn decoy_only_records_that_get_a_finding_are_counted() {
        let record = |spans| LabelledText {
            text: "Zoë met Ann at 10.".to_string(),
            spans,
        };
        let corpus = vec![
            record(vec![]),
            record(vec![]),
            record(vec![span(8, 11, "PERSON")]),
        ];
        let found = vec![
            vec![span(0, 3, "PERSON")],
            vec![],
            vec![span(8, 11, "PERSON")],
        ];
        let report = EvalReport::score(&corpus, &found, 1.0);
        assert_eq!((report.decoy_records, report.decoy_records_flagged), (2, 1));
        assert_eq!(
            report
                .misses
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>(),
            ["record 1: wrong PERSON \"Zoë\" in \"Zoë met Ann at 10.\""]
        );
        let text = report.to_string();
        assert!(
            text.contains("decoy-only records flagged: 1 of 2 (50.0%)"),
            "{text}"
        );
    }

    #[test]
    fn spans_are_code_points_and_bad_lines_are_named() {
        let detector = Detector::new(&PrivacyConfig::default()).expect("detector");
        assert_eq!(
            find_spans(&detector, "Zoë: zoe@example.com"),
            vec![Span {
                rule: Some("email"),
                ..span(5, 20, "EMAIL_ADDRESS")
            }]
        );
        let error = parse_corpus("{\"text\": \"ab\", \"spans\": []}\n{\"text\": \"ab\", \"spans\": [{\"start\": 1, \"end\": 5, \"type\": \"URL\"}]}")
            .expect_err("span past the end");
        assert!(
            error.to_string().starts_with("line 2: span 1..5"),
            "{error}"
        );
    }
}
