//! Phrasebooks: how people really ask, taken from public intent datasets (CLINC150, SLURP; see
//! `tests/phrasebooks/README.md`), each phrase labelled with the Roxy skill/intent it should
//! reach or `none` when no skill should take it. [`score`] routes one part of a phrasebook
//! (tuning or held-out) and reports the share routed right and the false-accept rate, which
//! `roxy skills test` prints.

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::skills::{Route, SkillRegistry};

/// Where a phrasebook lives in a checkout, relative to the project root.
pub const DEFAULT_PHRASEBOOK: &str = "tests/phrasebooks/phrases.tsv";

/// Which part of the phrasebook to score: templates are grown on `Tuning`; `HeldOut` is only
/// scored to report how well routing generalises.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Part {
    Tuning,
    HeldOut,
}

impl Part {
    fn label(self) -> &'static str {
        match self {
            Part::Tuning => "tuning",
            Part::HeldOut => "heldout",
        }
    }
}

/// Where a phrase should go.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Expected {
    /// Exactly this skill and intent.
    Intent { skill: String, intent: String },
    /// Any intent of this skill.
    Skill(String),
    /// No skill at all (out of scope).
    Nowhere,
}

impl fmt::Display for Expected {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Expected::Intent { skill, intent } => write!(f, "{skill}/{intent}"),
            Expected::Skill(skill) => f.write_str(skill),
            Expected::Nowhere => f.write_str("none"),
        }
    }
}

/// One labelled phrase.
#[derive(Debug, Clone, PartialEq)]
pub struct Phrase {
    pub part: Part,
    /// `clinc150`, `slurp`, ...
    pub source: String,
    pub dataset_intent: String,
    pub expected: Expected,
    pub text: String,
}

/// Reads a phrasebook: tab-separated `split source dataset_intent expected text`, `#` comments.
pub fn load(path: &Path) -> Result<Vec<Phrase>, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read the phrasebook {}: {e}", path.display()))?;
    parse(&text, &path.display().to_string())
}

/// Parses a phrasebook's text; `origin` (a path) opens the error messages.
pub fn parse(text: &str, origin: &str) -> Result<Vec<Phrase>, String> {
    let mut phrases = Vec::new();
    for (index, line) in text.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let at = || format!("{origin}:{}", index + 1);
        let fields: Vec<&str> = line.split('\t').collect();
        let [split, source, dataset_intent, expected, text] = fields[..] else {
            return Err(format!(
                "{}: expected 5 tab-separated fields (split, source, dataset_intent, expected, text), found {}",
                at(),
                fields.len()
            ));
        };
        let part = match split {
            "tuning" => Part::Tuning,
            "heldout" => Part::HeldOut,
            other => {
                return Err(format!(
                    "{}: split `{other}` is neither `tuning` nor `heldout`",
                    at()
                ));
            }
        };
        let expected = match expected.split_once('/') {
            _ if expected == "none" => Expected::Nowhere,
            Some((skill, intent)) => Expected::Intent {
                skill: skill.into(),
                intent: intent.into(),
            },
            None => Expected::Skill(expected.into()),
        };
        phrases.push(Phrase {
            part,
            source: source.into(),
            dataset_intent: dataset_intent.into(),
            expected,
            text: text.into(),
        });
    }
    Ok(phrases)
}

/// A phrase that went somewhere it should not have.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Miss {
    pub text: String,
    pub source: String,
    pub dataset_intent: String,
    pub expected: String,
    pub routed_to: String,
}

/// How one expected target fared.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Tally {
    pub right: usize,
    pub total: usize,
}

/// The outcome of routing one part of a phrasebook.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PhrasebookReport {
    pub file: PathBuf,
    pub part: Part,
    /// Phrases some skill should take, and how many reached the right one.
    pub in_scope: usize,
    pub routed_right: usize,
    pub routed_right_share: f64,
    /// Phrases no skill should take, and how many some skill took anyway (or tied over).
    pub out_of_scope: usize,
    pub false_accepts: usize,
    pub false_accept_rate: f64,
    /// Per expected `skill/intent` (or `skill`).
    pub by_expected: BTreeMap<String, Tally>,
    /// False accepts per skill that took them.
    pub false_accepts_by_skill: BTreeMap<String, usize>,
    pub misses: Vec<Miss>,
}

fn share(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        0.0
    } else {
        part as f64 / whole as f64
    }
}

fn describe(route: &Route) -> String {
    match route {
        Route::Matched(m) => format!("{}/{}", m.skill, m.intent),
        Route::Ambiguous(options) => format!(
            "a tie between {}",
            options
                .iter()
                .map(|m| format!("{}/{}", m.skill, m.intent))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        Route::NoMatch => "no skill".into(),
    }
}

/// Routes every phrase of `part` and counts where each went.
pub fn score(
    registry: &SkillRegistry,
    file: &Path,
    phrases: &[Phrase],
    part: Part,
) -> PhrasebookReport {
    let mut report = PhrasebookReport {
        file: file.to_path_buf(),
        part,
        in_scope: 0,
        routed_right: 0,
        routed_right_share: 0.0,
        out_of_scope: 0,
        false_accepts: 0,
        false_accept_rate: 0.0,
        by_expected: BTreeMap::new(),
        false_accepts_by_skill: BTreeMap::new(),
        misses: Vec::new(),
    };
    for phrase in phrases.iter().filter(|p| p.part == part) {
        let route = registry.route(&phrase.text);
        let right = match (&phrase.expected, &route) {
            (Expected::Nowhere, Route::NoMatch) => true,
            (Expected::Nowhere, _) => false,
            (Expected::Skill(skill), Route::Matched(m)) => &m.skill == skill,
            (Expected::Intent { skill, intent }, Route::Matched(m)) => {
                &m.skill == skill && &m.intent == intent
            }
            _ => false,
        };
        if phrase.expected == Expected::Nowhere {
            report.out_of_scope += 1;
            if !right {
                report.false_accepts += 1;
                let taker = match &route {
                    Route::Matched(m) => m.skill.clone(),
                    _ => "(a tie)".into(),
                };
                *report.false_accepts_by_skill.entry(taker).or_default() += 1;
            }
        } else {
            report.in_scope += 1;
            let tally = report
                .by_expected
                .entry(phrase.expected.to_string())
                .or_default();
            tally.total += 1;
            if right {
                tally.right += 1;
                report.routed_right += 1;
            }
        }
        if !right {
            report.misses.push(Miss {
                text: phrase.text.clone(),
                source: phrase.source.clone(),
                dataset_intent: phrase.dataset_intent.clone(),
                expected: phrase.expected.to_string(),
                routed_to: describe(&route),
            });
        }
    }
    report.routed_right_share = share(report.routed_right, report.in_scope);
    report.false_accept_rate = share(report.false_accepts, report.out_of_scope);
    report
}

impl fmt::Display for PhrasebookReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for miss in &self.misses {
            writeln!(
                f,
                "MISS {} -> {}: \"{}\" ({} {})",
                miss.expected, miss.routed_to, miss.text, miss.source, miss.dataset_intent
            )?;
        }
        writeln!(
            f,
            "phrasebook {} ({} part):",
            self.file.display(),
            self.part.label()
        )?;
        for (expected, tally) in &self.by_expected {
            writeln!(
                f,
                "  {expected:<24} {:>4}/{:<4} {:5.1}%",
                tally.right,
                tally.total,
                100.0 * share(tally.right, tally.total)
            )?;
        }
        writeln!(
            f,
            "  routed right: {}/{} = {:.1}%",
            self.routed_right,
            self.in_scope,
            100.0 * self.routed_right_share
        )?;
        let takers: Vec<String> = self
            .false_accepts_by_skill
            .iter()
            .map(|(skill, n)| format!("{skill} {n}"))
            .collect();
        write!(
            f,
            "  out of scope taken by a skill (false accepts): {}/{} = {:.1}%{}",
            self.false_accepts,
            self.out_of_scope,
            100.0 * self.false_accept_rate,
            if takers.is_empty() {
                String::new()
            } else {
                format!(" ({})", takers.join(", "))
            }
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_malformed_line_names_its_file_and_line() {
        let dir = std::env::temp_dir().join(format!("roxy-phrasebook-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("p.tsv");
        std::fs::write(
            &path,
            "# header\ntuning\tclinc150\ttime\ttime/time\twhat time is it\nheldout\tx\n",
        )
        .unwrap();
        let error = load(&path).unwrap_err();
        assert!(error.ends_with("p.tsv:3: expected 5 tab-separated fields (split, source, dataset_intent, expected, text), found 2"), "{error}");
        std::fs::write(
            &path,
            "tuning\tclinc150\ttime\ttime/time\twhat time is it\nheldout\tslurp\tx\tnone\thi\n",
        )
        .unwrap();
        let phrases = load(&path).unwrap();
        assert_eq!(phrases.len(), 2);
        assert_eq!(
            phrases[0].expected,
            Expected::Intent {
                skill: "time".into(),
                intent: "time".into()
            }
        );
        assert_eq!(
            (phrases[1].part, &phrases[1].expected),
            (Part::HeldOut, &Expected::Nowhere)
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
