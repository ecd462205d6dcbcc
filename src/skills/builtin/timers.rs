//! Timers and reminders: "set a timer for 5 minutes", "5 minute timer for pizza", "how much
//! time is left on my timer", "stop the pizza timer", "remind me tomorrow at 9 to call the
//! dentist", "what is my next reminder", "clear all reminders". They are kept in SQLite
//! (`alarms.sqlite3` in the data directory), so they survive a restart; the REPL asks
//! [`Alarms::take_due`] every second and prints what has come due (also what came due while Roxy
//! was not running). Local dates and clock times come from SQLite's `localtime`, the clock
//! `take_due` compares with.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rusqlite::{Connection, params};
use serde::{Deserialize, Serialize};
use serde_json::json;

use crate::memory::Memory;
use crate::skills::builtin::calculator::spelt_number;
use crate::skills::builtin::said_back;
use crate::skills::builtin::said_time::{self, Clock, DEFAULT_HOUR, Day, When};
use crate::skills::{IntentSpec, NO, Skill, SkillContext, SkillManifest, SkillResult, YES};

/// The file, in the data directory.
pub const ALARMS_FILE: &str = "alarms.sqlite3";

/// One timer or reminder.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Alarm {
    pub id: i64,
    /// `timer` or `reminder`.
    pub kind: String,
    /// A timer's length as said ("5 minutes"); what a reminder is about.
    pub text: String,
    /// A timer's name ("pizza"), if it was given one.
    pub name: Option<String>,
    /// When it goes off (Unix seconds); `None` for a reminder without a time.
    pub due: Option<i64>,
    /// `due` as local time, `HH:MM` (with the date when it is not today).
    pub due_local: Option<String>,
    /// `due` as said back: "today at 17:00", "tomorrow at 09:00", "on Friday at 09:00".
    pub when: Option<String>,
}

impl Alarm {
    /// How a timer is called in answers: its name, else its length ("your 5 minutes timer").
    fn label(&self) -> &str {
        self.name.as_deref().unwrap_or(&self.text)
    }
}

/// An alarm's row as stored: id, kind, text, name, due.
type AlarmRow = (i64, String, String, Option<String>, Option<i64>);

/// The store of timers and reminders.
#[derive(Debug, Clone)]
pub struct Alarms {
    path: PathBuf,
}

impl Alarms {
    /// Opens (creating) the store in `data_dir`; a store from before timers had names gets
    /// the column.
    pub fn open_in(data_dir: &Path) -> rusqlite::Result<Alarms> {
        let alarms = Alarms {
            path: data_dir.join(ALARMS_FILE),
        };
        // A failure here shows as SQLite's own when it opens the file.
        if crate::private_files::create_dir(data_dir).is_ok()
            && let Err(error) = crate::private_files::prepare_database(&alarms.path)
        {
            tracing::warn!("cannot make {} private: {error}", alarms.path.display());
        }
        let connection = alarms.connect()?;
        connection.execute_batch(
            "CREATE TABLE IF NOT EXISTS alarms (
                id    INTEGER PRIMARY KEY,
                kind  TEXT NOT NULL,
                text  TEXT NOT NULL,
                due   INTEGER,
                fired INTEGER NOT NULL DEFAULT 0
            )",
        )?;
        let named: bool = connection.query_row(
            "SELECT COUNT(*) > 0 FROM pragma_table_info('alarms') WHERE name = 'name'",
            [],
            |row| row.get(0),
        )?;
        if !named {
            connection.execute_batch("ALTER TABLE alarms ADD COLUMN name TEXT")?;
        }
        Ok(alarms)
    }

    fn connect(&self) -> rusqlite::Result<Connection> {
        let connection = Connection::open(&self.path)?;
        connection.busy_timeout(std::time::Duration::from_secs(5))?;
        Ok(connection)
    }

    /// The columns of `SELECT id, kind, text, name, due`.
    fn row(row: &rusqlite::Row<'_>) -> rusqlite::Result<AlarmRow> {
        row.try_into()
    }

    /// An alarm read back, with its due time in local words.
    fn alarm(
        connection: &Connection,
        (id, kind, text, name, due): AlarmRow,
    ) -> rusqlite::Result<Alarm> {
        let (due_local, when) = match due {
            Some(due) => (
                Some(connection.query_row(
                    "SELECT CASE WHEN date(?1, 'unixepoch', 'localtime') = date('now', 'localtime')
                         THEN strftime('%H:%M', ?1, 'unixepoch', 'localtime')
                         ELSE strftime('%Y-%m-%d %H:%M', ?1, 'unixepoch', 'localtime') END",
                    [due],
                    |row| row.get(0),
                )?),
                Some(Alarms::spoken(connection, due)?),
            ),
            None => (None, None),
        };
        Ok(Alarm {
            id,
            kind,
            text,
            name,
            due,
            due_local,
            when,
        })
    }

    /// `due` as said back ([`Alarms::spoken`]).
    fn say_when(&self, due: i64) -> rusqlite::Result<String> {
        Alarms::spoken(&self.connect()?, due)
    }

    /// `due` as said back, relative to today: "today at 17:00", "tomorrow at 09:00", "on
    /// Friday at 09:00" (within a week), "on Friday, December 11 at 09:00".
    fn spoken(connection: &Connection, due: i64) -> rusqlite::Result<String> {
        let (days, weekday, month, day, clock, year): (i64, i64, i64, i64, String, i64) =
            connection.query_row(
                "SELECT CAST(julianday(date(?1, 'unixepoch', 'localtime'))
                           - julianday(date('now', 'localtime')) AS INTEGER),
                        CAST(strftime('%w', ?1, 'unixepoch', 'localtime') AS INTEGER),
                        CAST(strftime('%m', ?1, 'unixepoch', 'localtime') AS INTEGER),
                        CAST(strftime('%d', ?1, 'unixepoch', 'localtime') AS INTEGER),
                        strftime('%H:%M', ?1, 'unixepoch', 'localtime'),
                        CAST(strftime('%Y', ?1, 'unixepoch', 'localtime') AS INTEGER)",
                [due],
                |row| row.try_into(),
            )?;
        // "friday" -> "Friday"
        let name = |names: &[&str], at: i64| {
            let word = usize::try_from(at)
                .ok()
                .and_then(|at| names.get(at))
                .copied()
                .unwrap_or_default();
            super::capitalised(word)
        };
        let (weekday, month) = (
            name(&said_time::WEEKDAYS, weekday),
            name(&said_time::MONTHS, month - 1),
        );
        Ok(match days {
            0 => format!("today at {clock}"),
            1 => format!("tomorrow at {clock}"),
            -1 => format!("yesterday at {clock}"),
            2..=6 => format!("on {weekday} at {clock}"),
            // Far off, the year too: "in a year" is not this coming December.
            -300..=300 => format!("on {weekday}, {month} {day} at {clock}"),
            _ => format!("on {weekday}, {month} {day}, {year} at {clock}"),
        })
    }

    /// Adds a timer or reminder; `due` in Unix seconds.
    pub fn add(
        &self,
        kind: &str,
        text: &str,
        name: Option<&str>,
        due: Option<i64>,
    ) -> rusqlite::Result<Alarm> {
        let connection = self.connect()?;
        connection.execute(
            "INSERT INTO alarms (kind, text, name, due) VALUES (?1, ?2, ?3, ?4)",
            params![kind, text, name, due],
        )?;
        Alarms::alarm(
            &connection,
            (
                connection.last_insert_rowid(),
                kind.into(),
                text.into(),
                name.map(str::to_string),
                due,
            ),
        )
    }

    /// Timers and reminders that have not gone off yet (or not been announced), soonest first
    /// (those without a time last).
    pub fn pending(&self) -> rusqlite::Result<Vec<Alarm>> {
        let connection = self.connect()?;
        let mut statement = connection.prepare(
            "SELECT id, kind, text, name, due FROM alarms WHERE fired = 0
             ORDER BY due IS NULL, due, id",
        )?;
        let rows = statement
            .query_map([], Alarms::row)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        rows.into_iter()
            .map(|row| Alarms::alarm(&connection, row))
            .collect()
    }

    /// The pending ones of one kind (`timer` or `reminder`), soonest first.
    fn pending_of(&self, kind: &str) -> rusqlite::Result<Vec<Alarm>> {
        Ok(self
            .pending()?
            .into_iter()
            .filter(|alarm| alarm.kind == kind)
            .collect())
    }

    /// Sets when a timer or reminder goes off (Unix seconds); the alarm as it is now.
    fn set_due(&self, id: i64, due: i64) -> rusqlite::Result<Alarm> {
        let connection = self.connect()?;
        connection.execute("UPDATE alarms SET due = ?2 WHERE id = ?1", params![id, due])?;
        let row = connection.query_row(
            "SELECT id, kind, text, name, due FROM alarms WHERE id = ?1",
            [id],
            Alarms::row,
        )?;
        Alarms::alarm(&connection, row)
    }

    /// Removes these timers and reminders (cancelled: they never go off).
    pub fn remove(&self, ids: &[i64]) -> rusqlite::Result<()> {
        let mut connection = self.connect()?;
        let transaction = connection.transaction()?;
        for id in ids {
            transaction.execute("DELETE FROM alarms WHERE id = ?1", [id])?;
        }
        transaction.commit()
    }

    /// Those due at `now` (Unix seconds) or before, marked as gone off so each fires once.
    pub fn take_due(&self, now: i64) -> rusqlite::Result<Vec<Alarm>> {
        let mut connection = self.connect()?;
        let transaction = connection.transaction()?;
        let due: Vec<Alarm> = {
            let mut statement = transaction.prepare(
                "SELECT id, kind, text, name, due FROM alarms WHERE fired = 0 AND due <= ?1 ORDER BY due",
            )?;
            statement
                .query_map([now], |row| {
                    Ok(Alarm {
                        id: row.get(0)?,
                        kind: row.get(1)?,
                        text: row.get(2)?,
                        name: row.get(3)?,
                        due: row.get(4)?,
                        due_local: None,
                        when: None,
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

    /// Unix seconds of a time said in words ([`said_time::split`]): a clock time without a day
    /// is the next time it comes round, and a bare hour ("at 5") the sooner of 05:00 and 17:00;
    /// a day without a time is at 09:00, and a bare hour up to 6 on a named day is after noon
    /// ("tomorrow at 5" is 17:00).
    pub fn due_at(&self, when: When) -> rusqlite::Result<i64> {
        let connection = self.connect()?;
        let now: i64 = connection.query_row("SELECT unixepoch('now')", [], |row| row.get(0))?;
        let (day, clock) = match when {
            When::After(seconds) => return Ok(now.saturating_add_unsigned(seconds)),
            When::Months(months) => {
                return connection.query_row(
                    "SELECT unixepoch('now', 'localtime', ?1, 'utc')",
                    [format!("+{months} months")],
                    |row| row.get(0),
                );
            }
            When::On { day, clock } => (day, clock),
        };
        let Clock {
            hour,
            minute,
            ambiguous,
        } = clock.unwrap_or(Clock {
            hour: DEFAULT_HOUR,
            minute: 0,
            ambiguous: false,
        });
        // Local `hour:minute` on today's date moved by the two SQLite date modifiers.
        let at = |days: String, weekday: String, hour: u32| -> rusqlite::Result<i64> {
            connection.query_row(
                "SELECT unixepoch(date('now', 'localtime', ?1, ?2) || ' ' || ?3, 'utc')",
                params![days, weekday, format!("{hour:02}:{minute:02}")],
                |row| row.get(0),
            )
        };
        let on_named_day = if ambiguous && (1..=6).contains(&hour) {
            hour + 12
        } else {
            hour
        };
        let same_day = || "+0 days".to_string();
        match day {
            Day::Next | Day::Today => {
                let later = (ambiguous && hour < 12).then_some(hour + 12);
                for hour in std::iter::once(hour).chain(later) {
                    let due = at(same_day(), same_day(), hour)?;
                    if due > now {
                        return Ok(due);
                    }
                }
                at("+1 days".into(), same_day(), hour)
            }
            Day::Ahead(days) => at(format!("+{days} days"), same_day(), on_named_day),
            Day::Weekday(weekday) => {
                at("+1 days".into(), format!("weekday {weekday}"), on_named_day)
            }
            Day::Date { month, day, year } => {
                let clock = format!("{on_named_day:02}:{minute:02}");
                let this_year: i64 = connection.query_row(
                    "SELECT CAST(strftime('%Y', 'now', 'localtime') AS INTEGER)",
                    [],
                    |row| row.get(0),
                )?;
                let years = match year {
                    Some(year) => vec![i64::from(year)],
                    None => vec![this_year, this_year + 1],
                };
                let mut due = 0;
                for year in years {
                    due = connection.query_row(
                        "SELECT unixepoch(printf('%04d-%02d-%02d ', ?1, ?2, ?3) || ?4, 'utc')",
                        params![year, month, day, clock],
                        |row| row.get(0),
                    )?;
                    if due > now {
                        break;
                    }
                }
                Ok(due)
            }
        }
    }

    /// The announcements of the alarms due by now, which are marked as gone off: what the
    /// REPL prints as they come due, and a one-shot `roxy ask` after its answer.
    pub fn take_due_announcements(&self) -> rusqlite::Result<Vec<String>> {
        let due = self.take_due(self.now()?)?;
        Ok(due.iter().map(Alarms::announcement).collect())
    }

    /// The line the REPL prints when an alarm goes off.
    pub fn announcement(alarm: &Alarm) -> String {
        match (alarm.kind.as_str(), &alarm.name) {
            ("timer", Some(name)) => {
                format!("⏰ Time's up: your {name} timer ({}).", alarm.text)
            }
            ("timer", None) => format!("⏰ Time's up: your {} timer.", alarm.text),
            _ => format!("⏰ Reminder: {}", alarm.text),
        }
    }
}

/// Seconds in a duration said in words: "5 minutes", "one hour 30 minutes", "half an hour".
pub fn parse_duration(text: &str) -> Option<u64> {
    let lower = text.to_lowercase().replace('-', " ");
    let mut said: Vec<String> = lower
        .split_whitespace()
        .map(|word| match word.trim_end_matches(',') {
            "1/2" => "half".to_string(),
            word => word.to_string(),
        })
        .collect();
    // "5 and a half minutes", "one and a 1/2 hours": the half joins the number before it.
    let mut at = 1;
    while at + 2 < said.len() {
        let value = said[at - 1]
            .parse::<f64>()
            .ok()
            .or_else(|| spelt_number(&[said[at - 1].as_str()]));
        if said[at] == "and"
            && ["a", "an"].contains(&said[at + 1].as_str())
            && said[at + 2] == "half"
            && let Some(value) = value
        {
            said.splice(at - 1..at + 3, [format!("{}", value + 0.5)]);
        }
        at += 1;
    }
    let words: Vec<&str> = said.iter().map(String::as_str).collect();
    let mut total = 0.0;
    let mut number: Vec<&str> = Vec::new();
    let mut found = false;
    // The unit said last: "an hour and a half" is half of it more.
    let mut last_unit = None;
    for (index, word) in words.iter().enumerate() {
        let unit = match word.trim_end_matches(['.', ',']) {
            "second" | "seconds" | "sec" | "secs" | "s" => Some(1.0),
            "minute" | "minutes" | "min" | "mins" | "m" => Some(60.0),
            "hour" | "hours" | "hr" | "hrs" | "h" => Some(3600.0),
            "day" | "days" => Some(86_400.0),
            "week" | "weeks" => Some(604_800.0),
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
                last_unit = Some(unit);
            }
            number.clear();
        } else if *word == "half"
            && index >= 2
            && words[index - 2] == "and"
            && ["a", "an"].contains(&words[index - 1])
            && let Some(unit) = last_unit.take()
        {
            total += 0.5 * unit;
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

/// Whether `text` holds a negative number ("-5 minutes"), which [`parse_duration`] would read
/// as a hyphen.
fn says_a_negative_amount(text: &str) -> bool {
    text.split_whitespace().any(|word| {
        word.strip_prefix(['-', '−'])
            .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()))
    })
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

/// Words that may stand before what names a timer or reminder ("the pizza timer").
const ARTICLES: [&str; 6] = ["the", "my", "a", "an", "that", "this"];

/// Words of a cancel request that mean every timer or reminder, not one.
const EVERY: [&str; 6] = ["all", "every", "both", "timers", "reminders", "everything"];

/// `text` lower-cased, without articles at its start.
fn described(text: &str) -> String {
    let lower = text.to_lowercase();
    let mut words: Vec<&str> = lower.split_whitespace().collect();
    while words.first().is_some_and(|w| ARTICLES.contains(w)) {
        words.remove(0);
    }
    words.join(" ")
}

/// What a new timer is called: "5 minute timer for pizza", "timer called pizza for 5
/// minutes", "start an 11 minute timer named pizza", "set a tea timer for 4 minutes".
fn timer_name(input: &str) -> Option<String> {
    let lower = input.to_lowercase();
    let words: Vec<&str> = lower
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| matches!(c, ',' | '.' | '!' | '?')))
        .collect();
    const MARKS: [&str; 3] = ["for", "called", "named"];
    // "set a tea timer for 4 minutes": the word right before "timer".
    const NO_NAME: [&str; 12] = [
        "a", "an", "the", "my", "new", "one", "another", "long", "second", "minute", "hour", "day",
    ];
    let before_timer = words.iter().position(|w| *w == "timer").and_then(|at| {
        let word = *words.get(at.checked_sub(1)?)?;
        let unit = word.trim_end_matches('s');
        (word.chars().all(char::is_alphabetic)
            && !NO_NAME.contains(&unit)
            && !NO_NAME.contains(&word)
            && !["min", "sec", "hr"].contains(&unit)
            && spelt_number(&[word]).is_none())
        .then(|| word.to_string())
    });
    let marked = words.iter().enumerate().find_map(|(at, word)| {
        if !MARKS.contains(word) {
            return None;
        }
        let rest = &words[at + 1..];
        let stop = rest
            .iter()
            .position(|w| MARKS.contains(w))
            .unwrap_or(rest.len());
        let phrase = rest[..stop].join(" ");
        let name = described(&phrase);
        let said_for_whom = ["me", "us", "now", "me now", "please", "me please"];
        // "for an hour" is the timer's length, though "hour" alone says none.
        (!name.is_empty()
            && parse_duration(&phrase).is_none()
            && parse_duration(&name).is_none()
            && !(*word == "for" && said_for_whom.contains(&name.as_str())))
        .then_some(name)
    });
    marked.or(before_timer)
}

/// The texts an alarm is kept with (`set_alarm`).
const ALARM_TEXTS: [&str; 2] = ["Alarm", "Wake up"];

/// Whether a reminder is an alarm.
fn is_alarm(reminder: &Alarm) -> bool {
    ALARM_TEXTS.contains(&reminder.text.as_str())
}

/// Whether an alarm is the one `which` describes by its time ("the 6:30 alarm").
fn is_alarm_at(alarm: &Alarm, which: &str) -> bool {
    let Some(When::On {
        clock: Some(clock), ..
    }) = alarm_time(&described(which))
    else {
        return false;
    };
    let hours = if clock.ambiguous && clock.hour < 12 {
        vec![clock.hour, clock.hour + 12]
    } else {
        vec![clock.hour]
    };
    hours
        .iter()
        .any(|hour| clock_of(alarm) == format!("{hour:02}:{:02}", clock.minute))
}

/// An alarm's time of day, `HH:MM`.
fn clock_of(alarm: &Alarm) -> &str {
    let local = alarm.due_local.as_deref().unwrap_or_default();
    local.rsplit(' ').next().unwrap_or(local)
}

/// Whether a request speaks of alarms ("cancel my alarm", "what alarms do I have").
fn says_alarm(input: &str) -> bool {
    input
        .to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .any(|word| word == "alarm" || word == "alarms")
}

/// The time of day an alarm is for: `said` as a time (`7am`, `tomorrow at 6:30`), or a bare
/// clock (`6:30`, `7`), which after "alarm for" is the next such time, not a span; `None` when
/// it says no time of day ("an alarm for an hour" is a timer's).
fn alarm_time(said: &str) -> Option<When> {
    [said.to_string(), format!("at {said}")]
        .iter()
        .find_map(|said| match said_time::split(said).1 {
            Some(when @ When::On { .. }) => Some(when),
            _ => None,
        })
}

/// Whether an alarm is one that words of a request describe ([`is_timer`], [`is_reminder`]).
type Describes = fn(&Alarm, &str) -> bool;

/// Whether a timer is the one `which` describes: by its name, or by its length ("the 5
/// minute timer").
fn is_timer(alarm: &Alarm, which: &str) -> bool {
    let which = described(which);
    match parse_duration(&which) {
        Some(seconds) => parse_duration(&alarm.text) == Some(seconds),
        None => alarm
            .name
            .as_deref()
            .is_some_and(|name| name.eq_ignore_ascii_case(&which)),
    }
}

/// Whether a reminder is the one `which` describes: every word of it is in the reminder.
fn is_reminder(alarm: &Alarm, which: &str) -> bool {
    let (_, which) = reminder_task(&described(which));
    let text = alarm.text.to_lowercase();
    let words: Vec<&str> = text.split_whitespace().collect();
    !which.is_empty() && which.split_whitespace().all(|w| words.contains(&w))
}

/// Words that begin a time: when what is left of a request after its time was taken out still
/// begins with one, the time was said but not understood ("at 25:00", "on feb 30", "in 0
/// minutes", "yesterday").
const TIME_LEADS: [&str; 9] = [
    "in",
    "at",
    "on",
    "by",
    "yesterday",
    "today",
    "tomorrow",
    "tonight",
    "next",
];

/// When a reminder request whose time was not understood said it should go off (its words
/// before the task's "to", "about" or "that", or digits after "at", "on", "in" or "by" at its
/// end: "to call mum on 3/4", "in 5"), or `None`. `rest` is what is left of `said` once its
/// time was taken out.
fn unclear_time(rest: &str, said: &str) -> Option<String> {
    let first = rest
        .split_whitespace()
        .next()?
        .trim_matches(',')
        .to_lowercase();
    if !TIME_LEADS.contains(&first.as_str()) {
        return unclear_time_at_the_end(rest);
    }
    let words: Vec<&str> = said.split_whitespace().collect();
    let task_starts = words
        .iter()
        .position(|word| ["to", "about", "that"].contains(&word.to_lowercase().as_str()))
        .unwrap_or(words.len());
    Some(words[..task_starts].join(" "))
}

/// "on 3/4" or "in 5" at the end of what is left of a reminder request: a time said in digits
/// that was not understood.
fn unclear_time_at_the_end(rest: &str) -> Option<String> {
    let words: Vec<&str> = rest.split_whitespace().collect();
    let lower: Vec<String> = words
        .iter()
        .map(|word| word.trim_matches([',', '.', '!', '?']).to_lowercase())
        .collect();
    let lead = lower
        .iter()
        .rposition(|word| ["at", "on", "in", "by"].contains(&word.as_str()))?;
    let after = &lower[lead + 1..];
    let says_a_time = |word: &String| {
        word.contains(|c: char| c.is_ascii_digit())
            || ["am", "pm", "a.m", "p.m", "o'clock", "oclock"].contains(&word.as_str())
    };
    (!after.is_empty()
        && after.iter().all(says_a_time)
        && after
            .iter()
            .any(|word| word.contains(|c: char| c.is_ascii_digit())))
    .then(|| words[lead..].join(" "))
}

/// What a reminder is about, and the word that leads to it when it is said back ("to",
/// "about", "that"): "please, to call mum" -> ("to", "call mum"). Politeness goes before the
/// connecting words (so "to please the boss" keeps its verb).
fn reminder_task(rest: &str) -> (&'static str, String) {
    let mut words: Vec<&str> = rest.split_whitespace().collect();
    let word = |w: &str| w.trim_matches(',').to_lowercase();
    let mut connector = "to";
    while words
        .first()
        .is_some_and(|first| ["please", "kindly", ""].contains(&word(first).as_str()))
    {
        words.remove(0);
    }
    while let Some(first) = words.first().map(|first| word(first)) {
        match first.as_str() {
            "about" | "of" | "for" => connector = "about",
            "that" => connector = "that",
            "to" | "me" => {}
            _ => break,
        }
        words.remove(0);
    }
    if words.last().is_some_and(|last| word(last) == "please") {
        words.pop();
    }
    (connector, words.join(" "))
}

/// Which of `pending` a cancel request means: all of them when it says so ("all", "every", a
/// plural), those `which` describes, else the only one; `None` when there are several and it
/// does not say which.
fn to_cancel<'a>(
    pending: &'a [Alarm],
    input: &str,
    which: Option<&str>,
    is: Describes,
) -> Option<Vec<&'a Alarm>> {
    let lower = input.to_lowercase();
    let every = lower
        .split_whitespace()
        .any(|word| EVERY.contains(&word.trim_matches(|c: char| !c.is_alphanumeric())));
    match which.filter(|which| !described(which).is_empty()) {
        Some(which) => Some(pending.iter().filter(|alarm| is(alarm, which)).collect()),
        None if every || pending.len() <= 1 => Some(pending.iter().collect()),
        None => None,
    }
}

/// One line of a list of timers: how long is left, or when it went off.
fn timer_line(alarm: &Alarm, now: i64) -> String {
    let label = alarm.label();
    let at = alarm.due_local.as_deref().unwrap_or_default();
    match alarm.due.map(|due| due - now) {
        Some(left) if left > 0 => format!(
            "{} left on your {label} timer (it goes off at {at})",
            say_duration(left.unsigned_abs())
        ),
        _ => format!("your {label} timer went off at {at}"),
    }
}

/// One line of a list of reminders: what, and when.
fn reminder_line(alarm: &Alarm, now: i64) -> String {
    match (&alarm.when, alarm.due) {
        (Some(when), Some(due)) if due <= now => format!("{}, was due {when}", alarm.text),
        (Some(when), _) => format!("{}, {when}", alarm.text),
        _ => alarm.text.clone(),
    }
}

/// One line `- ...` per alarm, as `line` says it at `now`.
fn bulleted<'a>(
    alarms: impl IntoIterator<Item = &'a Alarm>,
    now: i64,
    line: fn(&Alarm, i64) -> String,
) -> String {
    alarms
        .into_iter()
        .map(|alarm| format!("- {}", line(alarm, now)))
        .collect::<Vec<_>>()
        .join("\n")
}

/// "1 timer", "2 reminders".
fn counted(count: usize, what: &str) -> String {
    if count == 1 {
        format!("1 {what}")
    } else {
        format!("{count} {what}s")
    }
}

/// The verbs that cancel, as a template group.
const CANCEL: &str = "(cancel|stop|delete|remove|end|kill|clear|dismiss|turn off|switch off|silence|get rid of|drop|erase)";

/// What an answer of the timer or reminders skill leaves open for the next request (kept with
/// [`Memory::keep_open`]).
#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
enum Asked {
    /// "Cancel all 3 timers?": these ids, if "yes".
    Cancel(Vec<i64>),
    /// "What should I remind you of?": at `time`, the words said with the question.
    Task { time: String },
}

/// What the last answer left open, if the last turn was that answer.
fn take_asked(memory: &Memory, skill: &str) -> Option<Asked> {
    match memory.take_open(skill) {
        Ok(kept) => kept,
        Err(error) => {
            tracing::error!("could not read the open question: {error}");
            None
        }
    }
}

/// What, said after "What should I remind you of?", drops the question instead of answering it.
const NO_TASK: [&str; 10] = [
    "cancel",
    "stop",
    "nothing",
    "forget it",
    "forget about it",
    "nevermind",
    "skip it",
    "ok",
    "okay",
    "none",
];

/// "yes" to "Cancel all 3 timers?" (an answer intent: see [`IntentSpec::answer`]).
fn confirm_cancel_intent() -> IntentSpec {
    IntentSpec::answer(
        "confirm",
        &[
            &format!("{YES} [please]"),
            &format!("{YES} [please] {CANCEL} (it|them|that|them all|all of them|all)"),
        ],
        &["yes", "yes, cancel them all"],
    )
}

/// "no" to "Cancel all 3 timers?".
fn keep_intent() -> IntentSpec {
    IntentSpec::answer(
        "keep",
        &[
            &format!("{NO} [thanks|thank you]"),
            "(no|nope) keep (it|them|them all|all of them)",
            "keep (it|them|them all|all of them)",
        ],
        &["no", "keep them"],
    )
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
                description: "sets, checks and cancels timers that ring in the REPL".into(),
                intents: vec![
                    IntentSpec::new(
                        "start",
                        &[
                            "(set|start|create|make|put|run) [me|up|on] [a|an|the|my|one] [new|brand new] timer [(for|to|of|at|on|with) {duration}] [(for|to go off in) {more}] [for me|please|now]",
                            "(set|start|create|make|put) [me|up] [a|an|the] {duration:number} [long] timer [for me|please|now] [(for|called|named) {name}]",
                            "(set|start|create|make|put) [me|up] [a|an|the] timer (called|named) {name} [(for|of) {duration}]",
                            "(set|start|create|make|put) the timer (for|to|at) {duration}",
                            "[i need|i want|i'd like|give me|get me] [a|an] {duration:number} timer [please|now] [(for|called|named) {name}]",
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
                            "wake me [up] (in|after) {duration}",
                            "let me know in {duration:number} [please]",
                            "create a timer [that is] set to go off (after|in) {duration}",
                            "i (must|really need to|need to|have to) (set|use) a timer",
                            "is it possible to set a timer",
                            "{context} timer for {duration:number}",
                            "(you need to|can you please) (set|start) the timer [for me]",
                        ],
                        &[
                            "set a timer for 5 minutes",
                            "start a ten minute timer",
                            "5 minute timer for pizza",
                            "wake me in an hour",
                        ],
                    ),
                    IntentSpec::new(
                        "cancel",
                        &[
                            &format!(
                                "{CANCEL} [all] [of] [the|my|that|this] [all] [the] (timer|timers)"
                            ),
                            &format!(
                                "{CANCEL} [all] [of] [the|my|that|this] {{which}} (timer|timers)"
                            ),
                            &format!(
                                "{CANCEL} [all] [of] [the|my|that|this] (timer|timers) (for|called|named|of|in) {{which}}"
                            ),
                            "(never mind|forget about|forget) the timer",
                            "i (don't|do not) need the timer [anymore|any more]",
                        ],
                        &[
                            "cancel the timer",
                            "stop the pizza timer",
                            "cancel all timers",
                        ],
                    ),
                    confirm_cancel_intent(),
                    keep_intent(),
                    IntentSpec::new(
                        "extend",
                        &[
                            "add [another] {duration:number} [more] to [the|my|that|this] [{which}] timer",
                            "(extend|lengthen) [the|my|that|this] [{which}] timer by [another] {duration:number}",
                            "(put|give me) [another] {duration:number} more on [the|my|that|this] [{which}] timer",
                        ],
                        &[
                            "add 5 minutes to the timer",
                            "extend the pizza timer by 2 minutes",
                        ],
                    ),
                    IntentSpec::new(
                        "restart",
                        &[
                            "(restart|reset) [the|my|that|this] [{which}] timer",
                            "start [the|my|that|this] [{which}] timer (again|over)",
                        ],
                        &["restart the timer"],
                    ),
                    IntentSpec::new(
                        "pause",
                        &[
                            "(pause|hold|freeze|resume|unpause|continue) [the|my|that|this] [{which}] timer",
                        ],
                        &["pause the timer"],
                    ),
                    IntentSpec::new(
                        "status",
                        &[
                            "[the] [{which}] timer status",
                            "[the] status of [the|my|all] [{which}] (timer|timers)",
                            "(how much time|how long|how many minutes|how much) (is|are) (left|remaining) (on|for|in) [the|my|all] [{which}] (timer|timers)",
                            "(how much time|how long|how many minutes|time) (left|remaining) (on|for|in) [the|my|all] [{which}] (timer|timers)",
                            "how long (until|till|before) [the|my] [{which}] timer (goes off|rings|is done|ends|is up)",
                            "(what|which) timers (do i have|are running|are set|have i set)",
                            "(list|show|check) [me] [all] [my|the] timers",
                            "(check|show) [me] [the|my] timer",
                            "do i have (any|a) (timer|timers) [set|running|going|on]",
                            "is [the|my] timer (still running|running|still going|going|done|set)",
                            "(what's|what is) (left|remaining) on [the|my] timer",
                            "(how much time|how long|how many minutes) [is|are] (left|remaining)",
                        ],
                        &[
                            "how much time is left on my timer",
                            "timer status",
                            "what timers do I have",
                        ],
                    ),
                ],
                tools: Vec::new(),
                network: false,
            },
        }
    }

    pub fn reminders() -> AlarmSkill {
        AlarmSkill {
            manifest: SkillManifest {
                name: "reminders".into(),
                description:
                    "reminds you of things at a time, in the REPL; lists and cancels reminders"
                        .into(),
                intents: vec![
                    IntentSpec::new(
                        "add",
                        &[
                            "remind me [again] {what}",
                            "notify me to {what}",
                            "remind me [again]",
                            "(set|create|make|add|give me|put in|schedule|need|want) [me|up] [a|an|one|the] [new] reminder [for me] [{what}]",
                            "(don't|do not) let me forget {what}",
                            "i (want|need|would like|'d like) to be reminded {what}",
                            "i want to get reminded {what}",
                            "i need a reminder {what}",
                            "reminder {what}",
                        ],
                        &[
                            "remind me to call Ada in 10 minutes",
                            "set a reminder to water the plants at 6 pm",
                            "remind me tomorrow at 9 to call the dentist",
                        ],
                    ),
                    IntentSpec::new(
                        "alarm",
                        &[
                            "(set|create|make|put|schedule|add) [me] [up] [an|the|my|a] [new] alarm [clock] [(for|at|on|to go off at)] {when}",
                            "(set|create|make|put|schedule|add) [me] [up] [an|the|my|a] [new] alarm [clock]",
                            "wake me [up] {when}",
                            "(i need|i want) [to] (an alarm|to wake up|to get up) {when}",
                            "alarm (for|at) {when}",
                        ],
                        &["set an alarm for 7am", "wake me up at 6"],
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
                            "(what's|what is|whats) (the|my) next reminder",
                            "(what's|what is|whats) next on my (reminder|reminders|reminder list|list of reminders)",
                            // Alarms are kept as reminders.
                            "(what|which) alarms (do i have|have i set|did i set|are set|are there)",
                            "(what are|what're|show|list|tell me|check) [me] [all] my alarms",
                            "do i have (an|any) alarms [set]",
                            "my alarms",
                        ],
                        &[
                            "what are my reminders",
                            "show my reminder list",
                            "what is my next reminder",
                        ],
                    ),
                    IntentSpec::new(
                        "cancel",
                        &[
                            &format!(
                                "{CANCEL} [all] [of] [the|my|that|this] [all] [active] (reminder|reminders)"
                            ),
                            &format!(
                                "{CANCEL} [all] [of] [the|my|that|this] (reminder|reminders) (to|about|for|of|that) {{which}}"
                            ),
                            "(clear|empty|wipe|delete) [out] my (reminder list|reminders list|list of reminders)",
                            "(don't|do not|no need to) remind me (to|about|of) {which} [anymore|any more]",
                            &format!("{CANCEL} [all] [of] [the|my|that|this] [all] (alarm|alarms)"),
                            &format!("{CANCEL} [the|my|that] {{which}} alarm"),
                            &format!("{CANCEL} [the|my|that] alarm (for|at) {{which}}"),
                        ],
                        &[
                            "clear all reminders",
                            "cancel the reminder to call Ada",
                            "don't remind me to water the plants",
                        ],
                    ),
                    confirm_cancel_intent(),
                    keep_intent(),
                    // Any words, after "What should I remind you of?", that no other skill
                    // takes.
                    IntentSpec::answer("task", &["{what}"], &["call the dentist"]),
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

    /// "set a timer for 5 minutes", "5 minute timer for pizza".
    fn start_timer(alarms: &Alarms, input: &str) -> rusqlite::Result<SkillResult> {
        if says_a_negative_amount(input) {
            return Ok(SkillResult::failure(
                "A timer can't run for a negative time. Say e.g. \"set a timer for 5 minutes\".",
            ));
        }
        let Some(seconds) = parse_duration(input) else {
            return Ok(SkillResult::success(
                "For how long? Say e.g. \"set a timer for 5 minutes\".",
            )
            .with_follow_up("For how long?"));
        };
        let said = say_duration(seconds);
        let name = timer_name(input);
        let now = alarms.now()?;
        let alarm = alarms.add(
            "timer",
            &said,
            name.as_deref(),
            Some(now.saturating_add_unsigned(seconds)),
        )?;
        let at = alarm.due_local.clone().unwrap_or_default();
        let text = match &name {
            Some(name) => format!("Your {name} timer is set for {said}; it goes off at {at}."),
            None => format!("Timer set for {said}; it goes off at {at}."),
        };
        Ok(SkillResult::success(text).with_data(json!(alarm)))
    }

    /// "add 5 minutes to the timer" (it goes off `amount` later), "restart the pizza timer"
    /// (its whole length from now); "pause the timer" says it cannot be paused and when it goes
    /// off. Of several timers, the one `which` names, else Roxy asks which.
    fn change_timer(
        alarms: &Alarms,
        intent: &str,
        which: Option<&str>,
        amount: &str,
    ) -> rusqlite::Result<SkillResult> {
        let now = alarms.now()?;
        let pending = alarms.pending_of("timer")?;
        let named = which.filter(|which| !described(which).is_empty());
        let chosen: Vec<&Alarm> = pending
            .iter()
            .filter(|alarm| named.is_none_or(|which| is_timer(alarm, which)))
            .collect();
        let timer = match (chosen.as_slice(), named) {
            ([], None) => {
                return Ok(SkillResult::success(
                    "You have no timers set. Say e.g. \"set a timer for 5 minutes\".",
                ));
            }
            ([], Some(which)) => {
                return Ok(SkillResult::success(format!(
                    "You have no {} timer. Your timers:\n{}",
                    described(which),
                    bulleted(&pending, now, timer_line)
                )));
            }
            ([timer], _) => *timer,
            (several, _) if intent != "pause" => {
                let label = several[0].label();
                let example = match intent {
                    "extend" => format!("add {amount} to the {label} timer"),
                    _ => format!("restart the {label} timer"),
                };
                return Ok(SkillResult::success(format!(
                    "You have {}:\n{}\nWhich one? Say e.g. \"{example}\".",
                    counted(several.len(), "timer"),
                    bulleted(several.iter().copied(), now, timer_line),
                ))
                .with_follow_up("Which timer?"));
            }
            (several, _) => several[0],
        };
        let due = timer.due.unwrap_or(now);
        let (due, done) = match intent {
            "extend" => {
                let Some(seconds) = parse_duration(amount) else {
                    return Ok(SkillResult::success(
                        "How much longer? Say e.g. \"add 5 minutes to the timer\".",
                    ));
                };
                if says_a_negative_amount(amount) {
                    return Ok(SkillResult::failure(
                        "I can't add a negative time. Say e.g. \"add 5 minutes to the timer\".",
                    ));
                }
                (
                    due.max(now).saturating_add_unsigned(seconds),
                    format!("Added {} to", say_duration(seconds)),
                )
            }
            "restart" => (
                now.saturating_add_unsigned(parse_duration(&timer.text).unwrap_or_default()),
                "Restarted".into(),
            ),
            _ => {
                return Ok(SkillResult::success(format!(
                    "I can't pause or resume a timer; cancel it and set a new one when you want it to run again. {}",
                    AlarmSkill::timer_status(alarms, named)?.response_text
                )));
            }
        };
        let changed = alarms.set_due(timer.id, due)?;
        let at = changed.due_local.clone().unwrap_or_default();
        Ok(SkillResult::success(format!(
            "{done} your {} timer; it goes off at {at}.",
            changed.label()
        ))
        .with_data(json!(changed)))
    }

    /// "how much time is left on my timer", "what timers do I have".
    fn timer_status(alarms: &Alarms, which: Option<&str>) -> rusqlite::Result<SkillResult> {
        let now = alarms.now()?;
        let timers: Vec<Alarm> = alarms
            .pending_of("timer")?
            .into_iter()
            .filter(|alarm| which.is_none_or(|which| is_timer(alarm, which)))
            .collect();
        let text = match (timers.as_slice(), which) {
            ([], Some(which)) => format!("You have no {} timer.", described(which)),
            ([], None) => "You have no timers set.".to_string(),
            ([timer], _) => {
                let mut line = timer_line(timer, now);
                line[..1].make_ascii_uppercase();
                format!("{line}.")
            }
            (several, _) => format!(
                "You have {}:\n{}",
                counted(several.len(), "timer"),
                bulleted(several, now, timer_line)
            ),
        };
        Ok(SkillResult::success(text).with_data(json!(timers)))
    }

    /// "stop the timer", "cancel the pizza timer", "cancel all timers"; and the same for
    /// reminders.
    fn cancel(
        alarms: &Alarms,
        kind: &str,
        input: &str,
        which: Option<&str>,
        memory: &Memory,
        skill: &str,
    ) -> rusqlite::Result<SkillResult> {
        let now = alarms.now()?;
        let mut pending = alarms.pending_of(kind)?;
        // Alarms are kept as reminders: "cancel my alarm" means those, not another reminder.
        let kind = if kind == "reminder" && says_alarm(input) {
            pending.retain(is_alarm);
            "alarm"
        } else {
            kind
        };
        let (is, line): (Describes, fn(&Alarm, i64) -> String) = match kind {
            "timer" => (is_timer, timer_line),
            "alarm" => (is_alarm_at, reminder_line),
            _ => (is_reminder, reminder_line),
        };
        if pending.is_empty() {
            return Ok(SkillResult::success(format!("You have no {kind}s set.")));
        }
        let Some(chosen) = to_cancel(&pending, input, which, is) else {
            return Ok(SkillResult::success(format!(
                "You have {}:\n{}\nWhich one? Say e.g. \"cancel the {} {kind}\", or \"cancel all {kind}s\".",
                counted(pending.len(), kind),
                bulleted(&pending, now, line),
                match kind {
                    "timer" => pending[0].label().to_string(),
                    "alarm" => clock_of(&pending[0]).to_string(),
                    _ => format!("{kind} to {}", pending[0].text),
                },
            ))
            .with_follow_up(format!("Which {kind}?"))
            .with_data(json!(pending)));
        };
        if chosen.is_empty() {
            return Ok(SkillResult::success(format!(
                "You have no {kind} like \"{}\". Your {kind}s:\n{}",
                which.map(described).unwrap_or_default(),
                bulleted(&pending, now, line)
            )));
        }
        let ids: Vec<i64> = chosen.iter().map(|alarm| alarm.id).collect();
        if chosen.len() > 1 {
            // "cancel all timers", or "cancel the reminder to call mom" when two are to call
            // mom, takes away what can't be brought back: asked first.
            let question = SkillResult::success(format!(
                "Cancel {}?\n{}\nSay yes to cancel them, or no to keep them.",
                match chosen.len() {
                    2 => format!("both {kind}s"),
                    count => format!("all {count} {kind}s"),
                },
                bulleted(chosen.iter().copied(), now, line)
            ))
            .with_follow_up("yes or no")
            .with_data(json!(chosen));
            return Ok(
                match memory.keep_open(skill, &question.response_text, &Asked::Cancel(ids)) {
                    Ok(()) => question,
                    Err(error) => {
                        tracing::error!("could not keep the question open: {error}");
                        SkillResult::failure(format!(
                            "I couldn't ask whether to cancel all your {kind}s, so I cancelled none. Cancel them one by one, or run with -v to see why."
                        ))
                    }
                },
            );
        }
        AlarmSkill::remove(alarms, kind, &chosen, now)
    }

    /// "yes" after "Cancel all 3 timers?": cancels those of them still set.
    fn confirm_cancel(
        alarms: &Alarms,
        kind: &str,
        memory: &Memory,
        skill: &str,
    ) -> rusqlite::Result<SkillResult> {
        let Some(Asked::Cancel(asked)) = take_asked(memory, skill) else {
            return Ok(SkillResult::success("There's nothing waiting for a yes."));
        };
        let now = alarms.now()?;
        let pending = alarms.pending_of(kind)?;
        let chosen: Vec<&Alarm> = pending
            .iter()
            .filter(|alarm| asked.contains(&alarm.id))
            .collect();
        if chosen.is_empty() {
            return Ok(SkillResult::success(format!(
                "Those {kind}s are gone already: nothing to cancel."
            )));
        }
        AlarmSkill::remove(alarms, kind, &chosen, now)
    }

    /// What to be reminded of, said after "What should I remind you of?": with the time said
    /// with the question, unless it says its own.
    fn add_answered_reminder(
        alarms: &Alarms,
        answer: &str,
        memory: &Memory,
        skill: &str,
    ) -> rusqlite::Result<SkillResult> {
        let time = match take_asked(memory, skill) {
            Some(Asked::Task { time }) => time,
            _ => String::new(),
        };
        // Words that drop the question rather than answer it ("cancel" is no task).
        let said = answer.trim().trim_end_matches(['.', '!']).to_lowercase();
        if NO_TASK.contains(&said.as_str()) {
            return Ok(SkillResult::success("OK, no reminder."));
        }
        let said = if time.is_empty() || said_time::split(answer).1.is_some() {
            answer.to_string()
        } else {
            format!("{answer} {time}")
        };
        AlarmSkill::add_reminder(alarms, &said, memory, skill)
    }

    /// "no" after "Cancel all 3 timers?" or "What should I remind you of?".
    fn keep(memory: &Memory, skill: &str) -> SkillResult {
        SkillResult::success(match take_asked(memory, skill) {
            Some(Asked::Task { .. }) => "OK, no reminder.",
            Some(Asked::Cancel(_)) => "OK, I'll keep them.",
            None => "OK.",
        })
    }

    /// Cancels `chosen` and says which.
    fn remove(
        alarms: &Alarms,
        kind: &str,
        chosen: &[&Alarm],
        now: i64,
    ) -> rusqlite::Result<SkillResult> {
        let line: fn(&Alarm, i64) -> String = match kind {
            "timer" => timer_line,
            _ => reminder_line,
        };
        let ids: Vec<i64> = chosen.iter().map(|alarm| alarm.id).collect();
        alarms.remove(&ids)?;
        let text = match (chosen, kind) {
            ([timer], "timer") => format!("Cancelled your {} timer.", timer.label()),
            ([alarm], _) if is_alarm(alarm) => format!(
                "Cancelled your alarm for {}.",
                alarm.when.as_deref().unwrap_or_default()
            ),
            ([reminder], _) => format!("Cancelled your reminder: {}.", reminder.text),
            (several, _) => format!(
                "Cancelled {}:\n{}",
                counted(several.len(), kind),
                bulleted(several.iter().copied(), now, line)
            ),
        };
        Ok(SkillResult::success(text).with_data(json!(chosen)))
    }

    /// "remind me tomorrow at 9 to call the dentist"; `said` is the request's `what`, with the
    /// word that leads to the task ("about the meeting").
    fn add_reminder(
        alarms: &Alarms,
        said: &str,
        memory: &Memory,
        skill: &str,
    ) -> rusqlite::Result<SkillResult> {
        if says_a_negative_amount(said) {
            return Ok(SkillResult::failure(
                "I can't remind you in the past. Say e.g. \"remind me in 10 minutes to stretch\".",
            ));
        }
        let once = said_time::without_repeats(said);
        let (rest, when) = said_time::split(once.as_deref().unwrap_or(said));
        if let Some(unclear) = unclear_time(&rest, said) {
            return Ok(SkillResult::failure(format!(
                "I can't tell when \"{unclear}\" is, so I set no reminder. Say e.g. \"remind \
                 me at 5 pm to call Ada\", \"in 10 minutes\", \"tomorrow at 9\" or \"on March 4\"."
            )));
        }
        let (connector, text) = reminder_task(&rest);
        if text.is_empty() {
            // The next request is taken as what to be reminded of, at the time said now.
            let time = said.trim();
            let question = if when.is_some() {
                SkillResult::success(format!("What should I remind you of {time}?"))
            } else {
                SkillResult::success(
                    "What should I remind you of, and when? Say e.g. \"to call Ada in 10 minutes\".",
                )
            }
            .with_follow_up("What should I remind you of?");
            let asked = Asked::Task {
                time: time.to_string(),
            };
            if let Err(error) = memory.keep_open(skill, &question.response_text, &asked) {
                tracing::error!("could not keep the question open: {error}");
            }
            return Ok(question);
        }
        let due = when.map(|when| alarms.due_at(when)).transpose()?;
        if let Some(due) = due
            && due < alarms.now()?
        {
            return Ok(SkillResult::failure(format!(
                "That is in the past ({}), so I set no reminder.",
                alarms.say_when(due)?
            )));
        }
        let alarm = alarms.add("reminder", &text, None, due)?;
        let when = match &alarm.when {
            Some(when) => when.clone(),
            None => "(no time given: it is on your list of reminders)".into(),
        };
        let repeats = if once.is_some() {
            " It goes off once: reminders that repeat are not supported yet."
        } else {
            ""
        };
        Ok(SkillResult::success(format!(
            "I'll remind you {connector} {} {when}.{repeats}",
            said_back(&text)
        ))
        .with_data(json!(alarm)))
    }

    /// "set an alarm for 7am", "wake me up at 6": a reminder that says "Alarm" or "Wake up",
    /// at the next such time of day (a bare hour is the morning's).
    fn set_alarm(alarms: &Alarms, input: &str, said: &str) -> rusqlite::Result<SkillResult> {
        let Some(when) = alarm_time(said) else {
            return Ok(SkillResult::success(
                "For what time? Say e.g. \"set an alarm for 7am\" or \"wake me up at 6\".",
            )
            .with_follow_up("For what time?"));
        };
        let when = match when {
            When::On {
                day,
                clock: Some(clock),
            } => When::On {
                day,
                clock: Some(Clock {
                    ambiguous: false,
                    ..clock
                }),
            },
            other => other,
        };
        let [alarm, wake_up] = ALARM_TEXTS;
        let text = if input.to_lowercase().contains("wake") {
            wake_up
        } else {
            alarm
        };
        let due = alarms.due_at(when)?;
        let alarm = alarms.add("reminder", text, None, Some(due))?;
        let at = alarm.when.clone().unwrap_or_default();
        Ok(SkillResult::success(format!(
            "Alarm set for {at}; it rings in the REPL (`roxy`) as a reminder."
        ))
        .with_data(json!(alarm)))
    }

    /// "what are my reminders", "what is my next reminder".
    fn list_reminders(alarms: &Alarms, input: &str) -> rusqlite::Result<SkillResult> {
        let now = alarms.now()?;
        let mut reminders = alarms.pending_of("reminder")?;
        let kind = if says_alarm(input) {
            reminders.retain(is_alarm);
            "alarm"
        } else {
            "reminder"
        };
        let next_only = input
            .to_lowercase()
            .split_whitespace()
            .any(|word| word == "next");
        let text = match reminders.first() {
            None => format!("You have no {kind}s."),
            Some(first) if next_only => {
                format!("Your next {kind}: {}.", reminder_line(first, now))
            }
            Some(_) => format!(
                "Your {kind}s:\n{}",
                bulleted(&reminders, now, reminder_line)
            ),
        };
        Ok(SkillResult::success(text).with_data(json!(reminders)))
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

    /// An alarm is at a time of day ("for 7am", "tomorrow at 6:30"); one said as a span of time
    /// ("wake me in an hour") is a timer's, and words that say no time are not an alarm's.
    fn accepts(&self, intent: &str, parameters: &BTreeMap<String, String>) -> bool {
        match (intent, parameters.get("when")) {
            ("alarm", Some(when)) => alarm_time(when).is_some(),
            _ => true,
        }
    }

    async fn execute(&self, context: SkillContext) -> SkillResult {
        let Some(alarms) = AlarmSkill::store(&context) else {
            return SkillResult::failure(
                "I can't keep timers and reminders right now. Run with -v to see why.",
            );
        };
        let input = context.user_input.as_str();
        let which = context.parameter("which");
        let (memory, skill) = (&context.memory, self.manifest.name.as_str());
        let answer = match (self.manifest.name.as_str(), context.intent.as_str()) {
            ("timer", "cancel") => {
                AlarmSkill::cancel(&alarms, "timer", input, which, memory, skill)
            }
            ("timer", "confirm") => AlarmSkill::confirm_cancel(&alarms, "timer", memory, skill),
            (_, "confirm") => AlarmSkill::confirm_cancel(&alarms, "reminder", memory, skill),
            (_, "keep") => Ok(AlarmSkill::keep(memory, skill)),
            ("timer", "status") => AlarmSkill::timer_status(&alarms, which),
            ("timer", "extend" | "restart" | "pause") => {
                let amount = context.parameter("duration").unwrap_or_default();
                AlarmSkill::change_timer(&alarms, &context.intent, which, amount)
            }
            ("timer", _) => AlarmSkill::start_timer(&alarms, input),
            (_, "list") => AlarmSkill::list_reminders(&alarms, input),
            (_, "alarm") => AlarmSkill::set_alarm(
                &alarms,
                input,
                context.parameter("when").unwrap_or_default(),
            ),
            (_, "cancel") => AlarmSkill::cancel(&alarms, "reminder", input, which, memory, skill),
            (_, "task") => AlarmSkill::add_answered_reminder(
                &alarms,
                context.parameter("what").unwrap_or_default(),
                memory,
                skill,
            ),
            _ => AlarmSkill::add_reminder(
                &alarms,
                context.parameter("what").unwrap_or_default(),
                memory,
                skill,
            ),
        };
        answer.unwrap_or_else(|error| {
            tracing::error!("the timer and reminder store failed: {error}");
            SkillResult::failure("I couldn't read or save that. Run with -v to see why.")
        })
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
        assert_eq!(
            parse_duration("set a timer for 5 and a half minutes"),
            Some(330)
        );
        assert_eq!(parse_duration("one and a 1/2 hours"), Some(5400));
        assert_eq!(parse_duration("1/2 an hour"), Some(1800));
        assert_eq!(parse_duration("half a minute"), Some(30));
        assert_eq!(parse_duration("an hour and a half"), Some(5400));
        assert_eq!(parse_duration("2 minutes and a half"), Some(150));
        assert!(says_a_negative_amount("set a timer for -5 minutes"));
        assert!(!says_a_negative_amount("a five-minute timer"));
        assert_eq!(say_duration(5400), "1 hour 30 minutes");
    }

    #[test]
    fn reminders_lose_their_time_and_connecting_words() {
        let task = |said: &str| reminder_task(&said_time::split(said).0);
        assert_eq!(task("to call Ada in 10 minutes"), ("to", "call Ada".into()));
        assert_eq!(
            task("to water the plants at 6 pm"),
            ("to", "water the plants".into())
        );
        assert_eq!(
            task("about the dentist tomorrow"),
            ("about", "the dentist".into())
        );
        assert_eq!(
            task("tomorrow at 9 to call the dentist"),
            ("to", "call the dentist".into()),
            "time words before the task"
        );
        assert_eq!(
            task("please, to call mum at 5pm"),
            ("to", "call mum".into()),
            "politeness is no part of the task"
        );
        assert_eq!(
            task("to feed the cat please"),
            ("to", "feed the cat".into())
        );
        assert_eq!(task("to please the boss"), ("to", "please the boss".into()));
        assert_eq!(
            task("that the bins go out tonight"),
            ("that", "the bins go out".into())
        );
        assert_eq!(task("tomorrow").1, "", "nothing to be reminded of");
        let unclear = |said: &str| unclear_time(&said_time::split(said).0, said);
        assert_eq!(
            unclear("in 0 minutes to blink").as_deref(),
            Some("in 0 minutes")
        );
        assert_eq!(unclear("at 25:00 to sleep").as_deref(), Some("at 25:00"));
        assert_eq!(unclear("on feb 30 to pay").as_deref(), Some("on feb 30"));
        assert_eq!(
            unclear("yesterday to call bob").as_deref(),
            Some("yesterday")
        );
        assert_eq!(unclear("tomorrow at 9 to call bob"), None);
        assert_eq!(unclear("to call Ada in 10 minutes"), None);
        assert_eq!(unclear("about the dentist tomorrow"), None);
        assert_eq!(
            task("for the dentist tomorrow"),
            ("about", "the dentist".into())
        );
    }

    #[test]
    fn timers_are_named_and_found_by_name_or_length() {
        assert_eq!(
            timer_name("5 minute timer for pizza").as_deref(),
            Some("pizza")
        );
        assert_eq!(
            timer_name("set timer called pizza for 5 minutes").as_deref(),
            Some("pizza")
        );
        assert_eq!(
            timer_name("timer for 5 minutes called the pasta").as_deref(),
            Some("pasta")
        );
        assert_eq!(timer_name("set a timer for 5 minutes"), None);
        assert_eq!(timer_name("set a timer for me for 5 minutes"), None);
        assert_eq!(timer_name("set a timer for an hour"), None);
        assert_eq!(
            timer_name("set a tea timer for 4 minutes").as_deref(),
            Some("tea")
        );
        for unnamed in [
            "start a ten minute timer",
            "set a 5 min timer",
            "set a new timer for 3 minutes",
            "make a one hour timer",
            "set an 11 minutes timer",
        ] {
            assert_eq!(timer_name(unnamed), None, "{unnamed}");
        }
        let timer = |text: &str, name: Option<&str>| Alarm {
            id: 1,
            kind: "timer".into(),
            text: text.into(),
            name: name.map(str::to_string),
            due: None,
            due_local: None,
            when: None,
        };
        assert!(is_timer(&timer("5 minutes", None), "5 minute"));
        assert!(is_timer(&timer("5 minutes", Some("pizza")), "the pizza"));
        assert!(!is_timer(&timer("5 minutes", Some("pizza")), "pasta"));
        assert!(!is_timer(&timer("45 seconds", None), "5 minutes"));
        let pending = [timer("5 minutes", Some("pizza")), timer("45 seconds", None)];
        assert_eq!(
            to_cancel(&pending, "stop the timer", None, is_timer),
            None,
            "two timers and no word of which"
        );
        assert_eq!(
            to_cancel(&pending, "stop all my timers", None, is_timer).map(|c| c.len()),
            Some(2)
        );
        assert_eq!(
            to_cancel(&pending[1..], "stop the timer", None, is_timer).map(|c| c.len()),
            Some(1),
            "the only one"
        );
        let reminder = Alarm {
            kind: "reminder".into(),
            ..timer("call Ada", None)
        };
        assert!(is_reminder(&reminder, "to call ada"));
        assert!(!is_reminder(&reminder, "to call mum"));
    }

    #[test]
    fn said_times_become_local_instants() {
        let dir = tempfile::tempdir().unwrap();
        let alarms = Alarms::open_in(dir.path()).unwrap();
        let connection = alarms.connect().unwrap();
        let before = alarms.now().unwrap();
        let due = alarms.due_at(When::After(600)).unwrap();
        assert!((before + 600..=alarms.now().unwrap() + 600).contains(&due));
        let tomorrow = alarms
            .due_at(When::On {
                day: Day::Ahead(1),
                clock: None,
            })
            .unwrap();
        assert_eq!(
            Alarms::spoken(&connection, tomorrow).unwrap(),
            "tomorrow at 09:00"
        );
        let weekday = |day| {
            alarms
                .due_at(When::On {
                    day: Day::Weekday(day),
                    clock: Some(Clock {
                        hour: 5,
                        minute: 30,
                        ambiguous: true,
                    }),
                })
                .unwrap()
        };
        let days: Vec<i64> = (0..7).map(|day| (weekday(day) - before) / 86_400).collect();
        assert!(
            days.iter().all(|days| (0..=7).contains(days)),
            "the next such weekday, after today: {days:?}"
        );
        assert!(
            Alarms::spoken(&connection, weekday(5))
                .unwrap()
                .ends_with("at 17:30"),
            "a bare hour on a named day is after noon"
        );
        let next = alarms
            .due_at(When::On {
                day: Day::Next,
                clock: Some(Clock {
                    hour: 8,
                    minute: 15,
                    ambiguous: false,
                }),
            })
            .unwrap();
        assert!(next > before && next <= before + 86_400, "the next 08:15");
    }

    #[test]
    fn due_alarms_fire_once_and_survive_reopening() {
        let dir = tempfile::tempdir().unwrap();
        let alarms = Alarms::open_in(dir.path()).unwrap();
        let now = alarms.now().unwrap();
        alarms
            .add("timer", "5 minutes", None, Some(now - 1))
            .unwrap();
        alarms
            .add("reminder", "call Ada", None, Some(now + 3600))
            .unwrap();
        alarms.add("reminder", "buy milk", None, None).unwrap();
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
