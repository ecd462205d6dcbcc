//! Timers and reminders: "set a timer for 5 minutes", "remind me to call Ada in 10 minutes",
//! "remind me to water the plants at 6 pm", "what are my reminders". They are kept in SQLite
//! (`alarms.sqlite3` in the data directory), so they survive a restart; the REPL asks
//! [`Alarms::take_due`] every second and prints what has come due (also what came due while Roxy
//! was not running).

use std::path::{Path, PathBuf};
use std::sync::Arc;

use rusqlite::{Connection, params};
use serde::Serialize;
use serde_json::json;

use crate::skills::builtin::calculator::spelt_number;
use crate::skills::{IntentSpec, Skill, SkillContext, SkillManifest, SkillResult};

/// The file, in the data directory.
pub const ALARMS_FILE: &str = "alarms.sqlite3";

/// One timer or reminder.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Alarm {
    pub id: i64,
    /// `timer` or `reminder`.
    pub kind: String,
    pub text: String,
    /// When it goes off (Unix seconds); `None` for a reminder without a time.
    pub due: Option<i64>,
    /// `due` as local time, `HH:MM` (with the date when it is not today).
    pub due_local: Option<String>,
}

/// The store of timers and reminders.
#[derive(Debug, Clone)]
pub struct Alarms {
    path: PathBuf,
}

impl Alarms {
    /// Opens (creating) the store in `data_dir`.
    pub fn open_in(data_dir: &Path) -> rusqlite::Result<Alarms> {
        let alarms = Alarms {
            path: data_dir.join(ALARMS_FILE),
        };
        if let Some(parent) = alarms.path.parent() {
            let _ = std::fs::create_dir_all(parent);
        }
        alarms.connect()?.execute_batch(
            "CREATE TABLE IF NOT EXISTS alarms (
                id    INTEGER PRIMARY KEY,
                kind  TEXT NOT NULL,
                text  TEXT NOT NULL,
                due   INTEGER,
                fired INTEGER NOT NULL DEFAULT 0
            )",
        )?;
        Ok(alarms)
    }

    fn connect(&self) -> rusqlite::Result<Connection> {
        let connection = Connection::open(&self.path)?;
        connection.busy_timeout(std::time::Duration::from_secs(5))?;
        Ok(connection)
    }

    fn local(connection: &Connection, due: Option<i64>) -> rusqlite::Result<Option<String>> {
        let Some(due) = due else { return Ok(None) };
        connection.query_row(
            "SELECT CASE WHEN date(?1, 'unixepoch', 'localtime') = date('now', 'localtime')
                         THEN strftime('%H:%M', ?1, 'unixepoch', 'localtime')
                         ELSE strftime('%Y-%m-%d %H:%M', ?1, 'unixepoch', 'localtime') END",
            [due],
            |row| row.get(0),
        )
    }

    /// Adds a timer or reminder; `due` in Unix seconds.
    pub fn add(&self, kind: &str, text: &str, due: Option<i64>) -> rusqlite::Result<Alarm> {
        let connection = self.connect()?;
        connection.execute(
            "INSERT INTO alarms (kind, text, due) VALUES (?1, ?2, ?3)",
            params![kind, text, due],
        )?;
        Ok(Alarm {
            id: connection.last_insert_rowid(),
            kind: kind.into(),
            text: text.into(),
            due,
            due_local: Alarms::local(&connection, due)?,
        })
    }

    /// Timers and reminders that have not gone off yet, soonest first (those without a time last).
    pub fn pending(&self) -> rusqlite::Result<Vec<Alarm>> {
        let connection = self.connect()?;
        let mut statement = connection.prepare(
            "SELECT id, kind, text, due FROM alarms WHERE fired = 0
             ORDER BY due IS NULL, due, id",
        )?;
        let rows = statement
            .query_map([], |row| {
                Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?))
            })?
            .collect::<rusqlite::Result<Vec<(i64, String, String, Option<i64>)>>>()?;
        rows.into_iter()
            .map(|(id, kind, text, due)| {
                Ok(Alarm {
                    id,
                    kind,
                    text,
                    due,
                    due_local: Alarms::local(&connection, due)?,
                })
            })
            .collect()
    }

    /// Those due at `now` (Unix seconds) or before, marked as gone off so each fires once.
    pub fn take_due(&self, now: i64) -> rusqlite::Result<Vec<Alarm>> {
        let mut connection = self.connect()?;
        let transaction = connection.transaction()?;
        let due: Vec<Alarm> = {
            let mut statement = transaction.prepare(
                "SELECT id, kind, text, due FROM alarms WHERE fired = 0 AND due <= ?1 ORDER BY due",
            )?;
            statement
                .query_map([now], |row| {
                    Ok(Alarm {
                        id: row.get(0)?,
                        kind: row.get(1)?,
                        text: row.get(2)?,
                        due: row.get(3)?,
                        due_local: None,
                    })
                })?
                .collect::<rusqlite::Result<_>>()?
        };
        transaction.execute(
            "UPDATE alarms SET fired = 1 WHERE fired = 0 AND due <= ?1",
            [now],
        )?;
        transaction.commit()?;
        Ok(due)
    }

    /// Unix seconds now, from SQLite's clock (the one `take_due` is compared with).
    pub fn now(&self) -> rusqlite::Result<i64> {
        self.connect()?
            .query_row("SELECT unixepoch('now')", [], |row| row.get(0))
    }

    /// Unix seconds of the next `hour:minute` local time (today, else tomorrow; tomorrow when
    /// `tomorrow` is set).
    fn next_local(&self, hour: u32, minute: u32, tomorrow: bool) -> rusqlite::Result<i64> {
        let connection = self.connect()?;
        let clock = format!("{hour:02}:{minute:02}");
        let today: i64 = connection.query_row(
            "SELECT unixepoch(date('now', 'localtime') || ' ' || ?1, 'utc')",
            [&clock],
            |row| row.get(0),
        )?;
        let now: i64 = connection.query_row("SELECT unixepoch('now')", [], |row| row.get(0))?;
        Ok(if tomorrow || today <= now {
            today + 86_400
        } else {
            today
        })
    }

    /// The line the REPL prints when an alarm goes off.
    pub fn announcement(alarm: &Alarm) -> String {
        match alarm.kind.as_str() {
            "timer" => format!("⏰ Time's up: your {} timer.", alarm.text),
            _ => format!("⏰ Reminder: {}", alarm.text),
        }
    }
}

/// Seconds in a duration said in words: "5 minutes", "one hour 30 minutes", "half an hour".
pub fn parse_duration(text: &str) -> Option<u64> {
    let lower = text.to_lowercase().replace('-', " ");
    let words: Vec<&str> = lower.split_whitespace().collect();
    let mut total = 0.0;
    let mut number: Vec<&str> = Vec::new();
    let mut found = false;
    for (index, word) in words.iter().enumerate() {
        let unit = match word.trim_end_matches(['.', ',']) {
            "second" | "seconds" | "sec" | "secs" | "s" => Some(1.0),
            "minute" | "minutes" | "min" | "mins" | "m" => Some(60.0),
            "hour" | "hours" | "hr" | "hrs" | "h" => Some(3600.0),
            _ => None,
        };
        if let Some(unit) = unit {
            let half = index >= 2 && words[index - 2] == "half";
            let amount = if half {
                0.5
            } else if number.is_empty() {
                0.0
            } else if number == ["a"] {
                1.0
            } else if let Ok(n) = number.join("").parse::<f64>() {
                n
            } else {
                spelt_number(&number).unwrap_or(0.0)
            };
            if amount > 0.0 {
                total += amount * unit;
                found = true;
            }
            number.clear();
        } else if word.parse::<f64>().is_ok()
            || spelt_number(&[word]).is_some()
            || (*word == "and" && !number.is_empty())
        {
            if number == ["a"] {
                number.clear();
            }
            number.push(word);
        } else if *word == "a" || *word == "an" {
            number = vec!["a"];
        } else if let Some(digits) = word.strip_suffix("min").or_else(|| word.strip_suffix('m'))
            && let Ok(n) = digits.parse::<f64>()
        {
            total += n * 60.0;
            found = true;
        } else {
            number.clear();
        }
    }
    (found && total >= 1.0).then_some(total.round() as u64)
}

/// A duration as a person says it: "5 minutes", "1 hour 30 minutes".
pub fn say_duration(seconds: u64) -> String {
    let (hours, minutes, seconds) = (seconds / 3600, seconds % 3600 / 60, seconds % 60);
    let part = |n: u64, unit: &str| match n {
        0 => None,
        1 => Some(format!("1 {unit}")),
        n => Some(format!("{n} {unit}s")),
    };
    [
        part(hours, "hour"),
        part(minutes, "minute"),
        part(seconds, "second"),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" ")
}

/// "at 6 pm", "at 17:30", "at 8am": (hour, minute) on the 24-hour clock.
fn clock_time(text: &str) -> Option<(u32, u32)> {
    let lower = text.to_lowercase().replace('.', "");
    let words: Vec<&str> = lower.split_whitespace().collect();
    let at = words.iter().position(|w| *w == "at")?;
    let time = words.get(at + 1)?;
    let next = words.get(at + 2).copied().unwrap_or("");
    let (digits, suffix) = match time.find(|c: char| !(c.is_ascii_digit() || c == ':')) {
        Some(split) => (&time[..split], &time[split..]),
        None => (*time, next),
    };
    let (hour, minute) = match digits.split_once(':') {
        Some((h, m)) => (h.parse::<u32>().ok()?, m.parse::<u32>().ok()?),
        None => (digits.parse::<u32>().ok()?, 0),
    };
    let hour = match suffix {
        "pm" | "p" if hour < 12 => hour + 12,
        "am" | "a" if hour == 12 => 0,
        _ => hour,
    };
    (hour < 24 && minute < 60).then_some((hour, minute))
}

/// What a reminder is about, without its time: "to call Ada in 10 minutes" -> "call Ada".
fn reminder_text(text: &str) -> String {
    let mut words: Vec<&str> = text.split_whitespace().collect();
    // Drop a trailing "in 10 minutes" / "at 6 pm" / "tomorrow".
    if let Some(cut) = words
        .iter()
        .rposition(|w| ["in", "at", "tomorrow", "tonight"].contains(&w.to_lowercase().as_str()))
    {
        let tail = words[cut..].join(" ");
        if parse_duration(&tail).is_some() || clock_time(&tail).is_some() || cut + 1 == words.len()
        {
            words.truncate(cut);
        }
    }
    // `remind me, please, to call mum`: politeness goes, then the words that lead to the task
    // (in that order: `to please the boss` keeps its verb).
    let word = |w: &str| w.trim_matches(',').to_lowercase();
    for leading in [
        &["please", "kindly", ""][..],
        &["to", "about", "of", "that", "me", "for"][..],
    ] {
        while words
            .first()
            .is_some_and(|first| leading.contains(&word(first).as_str()))
        {
            words.remove(0);
        }
    }
    if words.last().is_some_and(|last| word(last) == "please") {
        words.pop();
    }
    words.join(" ")
}

/// The `timer` and `reminders` skills share the store; which one this is is in its manifest.
pub struct AlarmSkill {
    manifest: SkillManifest,
}

impl AlarmSkill {
    pub fn timer() -> AlarmSkill {
        AlarmSkill {
            manifest: SkillManifest {
                name: "timer".into(),
                description: "sets timers that ring in the REPL".into(),
                intents: vec![IntentSpec::new(
                    "start",
                    &[
                        "(set|start|create|make|put|run) [me|up|on] [a|an|the|my|one] [new|brand new] timer [(for|to|of|at|on|with) {duration}] [(for|to go off in) {more}] [for me|please|now]",
                        "(set|start|create|make|put) [me|up] [a|an|the] {duration:number} [long] timer [for me|please|now]",
                        "(set|start|create|make|put) the timer (for|to|at) {duration}",
                        "[i need|i want|i'd like|give me|get me] [a|an] {duration:number} timer [please|now]",
                        "[i need|i want|i'd like|give me|get me] a timer [(for|of) {duration}]",
                        "timer (for|of) {duration}",
                        "{duration:number} timer [starting now|please|now]",
                        "(set|start) [a|the] timer",
                        "time {duration:number}",
                        "{duration:number} (is|as) the (setting|time) for the timer",
                        "timer {duration:number}",
                        "(i need|i want|i would like|can i get|let's get|lets get) a timer (set|going|that is set) [(for|at|to) {duration}] [please|exactly]",
                        "(let's|lets) set a timer [for me] [for {duration}]",
                        "[please] start counting down from {duration:number}",
                        "tell me when {duration:number} (are up|have passed|is up|has passed)",
                        "alert me in {duration:number}",
                        "let me know in {duration:number} [please]",
                        "create a timer [that is] set to go off (after|in) {duration}",
                        "i (must|really need to|need to|have to) (set|use) a timer",
                        "is it possible to set a timer",
                        "{context} timer for {duration:number}",
                        "(you need to|can you please) (set|start) the timer [for me]",
                    ],
                    &["set a timer for 5 minutes", "start a ten minute timer"],
                )],
                tools: Vec::new(),
                network: false,
            },
        }
    }

    pub fn reminders() -> AlarmSkill {
        AlarmSkill {
            manifest: SkillManifest {
                name: "reminders".into(),
                description: "reminds you of things at a time, in the REPL".into(),
                intents: vec![
                    IntentSpec::new(
                        "add",
                        &[
                            "remind me [again] [(to|about|of|that)] {what}",
                            "remind me [again]",
                            "(set|create|make|add|give me|put in|schedule|need|want) [me|up] [a|an|one|the] [new] reminder [for me] [(to|for|about|that|of|on)] [{what}]",
                            "(don't|do not) let me forget [(to|about)] {what}",
                            "i (want|need|would like|'d like) to be reminded [(to|about|of|that)] {what}",
                            "i want to get reminded [(to|about|of)] {what}",
                            "i need a reminder [(to|about|for|that)] {what}",
                            "reminder (to|about|for) {what}",
                        ],
                        &[
                            "remind me to call Ada in 10 minutes",
                            "set a reminder to water the plants at 6 pm",
                        ],
                    ),
                    IntentSpec::new(
                        "list",
                        &[
                            "(what are|what're|show|list|read|give me|tell me|check) [me] [all] [of] my (reminders|reminder list|list of reminders)",
                            "(what's|what is|whats) (on|in) (my|the) (reminders|reminder list|reminders list|list of reminders) [(today|now|currently|right now|please)]",
                            "(what are|what're|tell me|read|list|show me|go through) [all] the (items|things|to dos|to do's|entries) (on|in) my (reminder list|reminders list|list of reminders)",
                            "(tell me|read me|read) (everything|all) on my (reminder list|reminders list|list of reminders)",
                            "(what|which) (things|items|stuff) (did i want|did i ask you|did i tell you|do i want|am i trying) to remember",
                            "what did i (want|ask you|tell you|need) to remember [again]",
                            "what (did i ask you|did i tell you|were you supposed|are you supposed) to remind me (of|about)",
                            "what did i ask to be reminded (of|about)",
                            "what (did i put|did i include|did i add|do i have) (on|in) my (reminder list|reminders list|list of reminders|list of things to remember)",
                            "(read|show|list|give me) [me] [back] [the] (reminders|reminder list|list of reminders)",
                            "do i have any reminders [set|today|left]",
                            "(what|which) reminders (do i have|have i set|did i set|are there|did i make|were made)",
                            "what were the reminders (i made|that i made|i set)",
                            "my reminders",
                            "(let me see|go through|check|read|repeat) [all] [the] [reminders on] my (reminders|reminder list|list of reminders|list) [to me|with me|back to me|for me]",
                            "my (reminder list|list of reminders) (contains|is) what",
                            "on my (reminders list|reminder list|list of reminders) is what",
                            "(is|are) {item} (on|in) my (reminders|reminder list|reminders list|list of reminders|list of reminder)",
                            "is there a reminder (for|set|to|about) {item}",
                            "(check|search) my reminders for {item}",
                            "(what|which) reminders (i have|i've set|have i|i set) [set up|set]",
                            "the reminders i have set [up]",
                            "[all] the reminders (i have|on my reminder list)",
                            "i (want|would like) to (hear|see) [what is on] my (reminder list|reminders list|reminders)",
                            "i had a list of reminders what were they",
                            "(list|show) [all] [my] [the] timers",
                            "(what|which) timers (do i have|are running|are set)",
                        ],
                        &["what are my reminders", "show my reminder list"],
                    ),
                ],
                tools: Vec::new(),
                network: false,
            },
        }
    }

    fn store(context: &SkillContext) -> Option<Alarms> {
        Alarms::open_in(&context.config.data_dir())
            .inspect_err(|error| tracing::error!("the timer and reminder store failed: {error}"))
            .ok()
    }
}

/// Builds both skills (for the registry).
pub fn skills() -> Vec<Arc<dyn Skill>> {
    vec![
        Arc::new(AlarmSkill::timer()),
        Arc::new(AlarmSkill::reminders()),
    ]
}

#[async_trait::async_trait]
impl Skill for AlarmSkill {
    fn manifest(&self) -> &SkillManifest {
        &self.manifest
    }

    async fn execute(&self, context: SkillContext) -> SkillResult {
        let Some(alarms) = AlarmSkill::store(&context) else {
            return SkillResult::failure(
                "I can't keep timers and reminders right now. Run with -v to see why.",
            );
        };
        let failed = |error: rusqlite::Error| {
            tracing::error!("the timer and reminder store failed: {error}");
            SkillResult::failure("I couldn't save that. Run with -v to see why.")
        };
        match (self.manifest.name.as_str(), context.intent.as_str()) {
            ("timer", _) => {
                let Some(seconds) = parse_duration(&context.user_input) else {
                    return SkillResult::success(
                        "For how long? Say e.g. \"set a timer for 5 minutes\".",
                    )
                    .with_follow_up("For how long?");
                };
                let said = say_duration(seconds);
                let now = match alarms.now() {
                    Ok(now) => now,
                    Err(error) => return failed(error),
                };
                match alarms.add("timer", &said, Some(now + seconds as i64)) {
                    Ok(alarm) => SkillResult::success(format!(
                        "Timer set for {said}; it goes off at {}.",
                        alarm.due_local.clone().unwrap_or_default()
                    ))
                    .with_data(json!(alarm)),
                    Err(error) => failed(error),
                }
            }
            (_, "list") => match alarms.pending() {
                Ok(pending) if pending.is_empty() => {
                    SkillResult::success("You have no reminders or timers set.")
                }
                Ok(pending) => {
                    let lines: Vec<String> = pending
                        .iter()
                        .map(|a| match (&a.kind[..], &a.due_local) {
                            ("timer", Some(at)) => format!("- {} timer, goes off at {at}", a.text),
                            (_, Some(at)) => format!("- {at}: {}", a.text),
                            _ => format!("- {}", a.text),
                        })
                        .collect();
                    SkillResult::success(format!("Coming up:\n{}", lines.join("\n")))
                        .with_data(json!(pending))
                }
                Err(error) => failed(error),
            },
            _ => {
                let said = context.parameter("what").unwrap_or_default();
                let text = reminder_text(said);
                if text.is_empty() {
                    return SkillResult::success(
                        "What should I remind you of, and when? Say e.g. \"remind me to call Ada in 10 minutes\".",
                    )
                    .with_follow_up("What should I remind you of?");
                }
                let lower = said.to_lowercase();
                let due = if let Some(seconds) = lower
                    .rfind(" in ")
                    .or_else(|| lower.starts_with("in ").then_some(0))
                    .and_then(|at| parse_duration(&lower[at..]))
                {
                    alarms.now().map(|now| Some(now + seconds as i64))
                } else if let Some((hour, minute)) = clock_time(&lower) {
                    alarms
                        .next_local(hour, minute, lower.contains("tomorrow"))
                        .map(Some)
                } else if lower.split_whitespace().any(|w| w == "tomorrow") {
                    alarms.next_local(9, 0, true).map(Some)
                } else {
                    Ok(None)
                };
                let due = match due {
                    Ok(due) => due,
                    Err(error) => return failed(error),
                };
                match alarms.add("reminder", &text, due) {
                    Ok(alarm) => {
                        let when = match &alarm.due_local {
                            Some(at) => format!("at {at}"),
                            None => "(no time given: it is on your list of reminders)".into(),
                        };
                        SkillResult::success(format!("I'll remind you to {text} {when}."))
                            .with_data(json!(alarm))
                    }
                    Err(error) => failed(error),
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_in_words_and_digits() {
        assert_eq!(parse_duration("set a timer for 5 minutes"), Some(300));
        assert_eq!(parse_duration("start a ten minute timer"), Some(600));
        assert_eq!(parse_duration("one hour and 30 minutes"), Some(5400));
        assert_eq!(parse_duration("half an hour"), Some(1800));
        assert_eq!(parse_duration("an hour"), Some(3600));
        assert_eq!(parse_duration("eight seconds"), Some(8));
        assert_eq!(parse_duration("start the timer"), None);
        assert_eq!(say_duration(5400), "1 hour 30 minutes");
    }

    #[test]
    fn reminders_lose_their_time_words() {
        assert_eq!(reminder_text("to call Ada in 10 minutes"), "call Ada");
        assert_eq!(
            reminder_text("to water the plants at 6 pm"),
            "water the plants"
        );
        assert_eq!(reminder_text("about the dentist tomorrow"), "the dentist");
        assert_eq!(
            reminder_text("please, to call mum at 5pm"),
            "call mum",
            "politeness is no part of the task"
        );
        assert_eq!(reminder_text("to feed the cat please"), "feed the cat");
        assert_eq!(reminder_text("to please the boss"), "please the boss");
        assert_eq!(clock_time("at 6 pm"), Some((18, 0)));
        assert_eq!(clock_time("at 17:30"), Some((17, 30)));
        assert_eq!(clock_time("at 12am"), Some((0, 0)));
    }

    #[test]
    fn due_alarms_fire_once_and_survive_reopening() {
        let dir = tempfile::tempdir().unwrap();
        let alarms = Alarms::open_in(dir.path()).unwrap();
        let now = alarms.now().unwrap();
        alarms.add("timer", "5 minutes", Some(now - 1)).unwrap();
        alarms
            .add("reminder", "call Ada", Some(now + 3600))
            .unwrap();
        alarms.add("reminder", "buy milk", None).unwrap();
        // A restart: a new store over the same file still has all three.
        let reopened = Alarms::open_in(dir.path()).unwrap();
        assert_eq!(reopened.pending().unwrap().len(), 3);
        let due = reopened.take_due(now).unwrap();
        assert_eq!(due.len(), 1);
        assert_eq!(
            Alarms::announcement(&due[0]),
            "⏰ Time's up: your 5 minutes timer."
        );
        assert!(reopened.take_due(now).unwrap().is_empty(), "fires once");
        let left: Vec<String> = reopened
            .pending()
            .unwrap()
            .into_iter()
            .map(|a| a.text)
            .collect();
        assert_eq!(left, ["call Ada", "buy milk"]);
    }
}
