//! When a reminder is due, as people say it: "in 10 minutes", "at 5pm", "tomorrow at 9",
//! "on Friday", "tonight", "next Monday morning", "at 1 a.m.", "at 8.30", "at five thirty",
//! "at half past six", "in 2 months",
//! "on March 4, 2027", "on 2027-03-04", "on 14/3". [`split`] finds those words
//! anywhere in what follows "remind me" and returns the rest as what to be reminded of; the
//! alarm store turns the parsed [`When`] into an instant on the local clock
//! ([`super::timers::Alarms::due_at`]).

use super::timers::parse_duration;

/// A day said in words, relative to today.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Day {
    /// No day said: the next time the clock time comes round.
    Next,
    /// "today", "tonight", "this evening": today; tomorrow once that time has passed (as
    /// [`Day::Next`]).
    Today,
    /// Days from today: "tomorrow" is 1, "the day after tomorrow" 2, "next week" 7.
    Ahead(u32),
    /// The next such weekday after today, 0 = Sunday (SQLite's `weekday N`).
    Weekday(u32),
    /// A date in the calendar ("June 3", "the 3rd of June"): this year's, else next year's;
    /// or that year's, when one is said ("June 3, 2027", "2027-06-03").
    Date {
        month: u32,
        day: u32,
        year: Option<i32>,
    },
}

/// A clock time as said; `ambiguous` when it could be either half of the day ("at 5").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Clock {
    pub hour: u32,
    pub minute: u32,
    pub ambiguous: bool,
}

/// When a reminder is due, as said.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    /// "in 10 minutes": seconds from now.
    After(u64),
    /// "in 2 months", "in a year": calendar months from now, at this time of day.
    Months(u32),
    /// A day, a clock time, or both ("tomorrow" alone is 09:00).
    On { day: Day, clock: Option<Clock> },
}

/// The clock time of a day said without one ("tomorrow", "on Friday").
pub const DEFAULT_HOUR: u32 = 9;

/// Weekdays as SQLite numbers them (`weekday 0` is Sunday).
pub const WEEKDAYS: [&str; 7] = [
    "sunday",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
];

pub const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// The month a word names, 1-based ("june", "jun", "sept").
fn month(word: &str) -> Option<u32> {
    let word = if word == "sept" { "sep" } else { word };
    MONTHS
        .iter()
        .position(|name| {
            *name == word || (word.len() == 3 && word != "may" && name.starts_with(word))
        })
        .or_else(|| (word == "may").then_some(4))
        .map(|at| at as u32 + 1)
}

/// The day of the month a word says ("3", "3rd", "21st"), if it can be one of `month`.
fn day_of(word: &str, month: u32) -> Option<u32> {
    let digits = word
        .strip_suffix("st")
        .or_else(|| word.strip_suffix("nd"))
        .or_else(|| word.strip_suffix("rd"))
        .or_else(|| word.strip_suffix("th"))
        .unwrap_or(word);
    let day: u32 = digits.parse().ok()?;
    let longest = match month {
        2 => 29,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    (1..=longest).contains(&day).then_some(day)
}

/// The calendar date said at `words[at..]` ("june 3", "3rd of june", "the 3rd of june", each
/// maybe with a year after it; "2027-06-03") and how many words it took.
fn date_at(words: &[String], at: usize) -> Option<(Day, usize)> {
    let word = |i: usize| words.get(i).map(String::as_str).unwrap_or("");
    if word(at).contains('-')
        && let Some(date) = numeric_date(word(at))
    {
        return Some((date, 1));
    }
    let (month, day, used) = if let Some(month) = month(word(at))
        && let Some(day) = day_of(word(at + 1), month)
    {
        (month, day, 2)
    } else {
        let lead = usize::from(word(at) == "the");
        let of = usize::from(word(at + lead + 1) == "of");
        let month = month(word(at + lead + 1 + of))?;
        (month, day_of(word(at + lead), month)?, lead + 2 + of)
    };
    let year = year(word(at + used));
    let date = Day::Date { month, day, year };
    Some((date, used + usize::from(year.is_some())))
}

/// A year said after a date ("2027").
fn year(word: &str) -> Option<i32> {
    let year: i32 = word.parse().ok()?;
    (word.len() == 4 && (1970..=2200).contains(&year)).then_some(year)
}

/// A date written in digits: "2027-06-03" (or with slashes), and day and month with a slash
/// in either order ("14/3", "3/14", "3/14/2027") when only one order makes a date; "3/4",
/// which could be March 4 or 3 April, is no date (the request is refused and asks for words).
fn numeric_date(word: &str) -> Option<Day> {
    let parts: Vec<&str> = word.split(['-', '/']).collect();
    let number = |part: &str| -> Option<u32> {
        (!part.is_empty() && part.len() <= 4 && part.bytes().all(|b| b.is_ascii_digit()))
            .then(|| part.parse().ok())
            .flatten()
    };
    let date = |month: u32, day: &str, year: Option<i32>| {
        let day = day_of(day, month).filter(|_| (1..=12).contains(&month))?;
        Some(Day::Date { month, day, year })
    };
    match parts.as_slice() {
        [y, m, d] if y.len() == 4 => date(number(m)?, d, Some(year(y)?)),
        [a, b, rest @ ..] if !word.contains('-') && rest.len() <= 1 => {
            let year = match rest {
                [y] if y.len() == 4 => Some(year(y)?),
                [_] => return None,
                _ => None,
            };
            let (a_number, b_number) = (number(a)?, number(b)?);
            match (date(a_number, b, year), date(b_number, a, year)) {
                (Some(date), None) | (None, Some(date)) => Some(date),
                (Some(date), Some(_)) if a_number == b_number => Some(date),
                _ => None,
            }
        }
        _ => None,
    }
}

/// How many of something a word says ("2", "a", "two"), for "in 2 months".
fn count_word(word: &str) -> Option<u32> {
    match word {
        "a" | "an" => Some(1),
        _ => word.parse().ok().or_else(|| {
            super::calculator::spelt_number(&[word])
                .filter(|n| n.fract() == 0.0 && *n >= 1.0 && *n <= 1200.0)
                .map(|n| n as u32)
        }),
    }
}

/// Part of the day: "morning", "afternoon", "evening", "night".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Period {
    Morning,
    Afternoon,
    Evening,
    Night,
}

impl Period {
    fn from_word(word: &str) -> Option<Period> {
        Some(match word {
            "morning" => Period::Morning,
            "afternoon" => Period::Afternoon,
            "evening" => Period::Evening,
            "night" => Period::Night,
            _ => return None,
        })
    }

    /// The time meant when only the period is said ("tomorrow evening").
    fn default_hour(self) -> u32 {
        match self {
            Period::Morning => DEFAULT_HOUR,
            Period::Afternoon => 15,
            Period::Evening => 18,
            Period::Night => 20,
        }
    }

    /// A bare hour read in this period: "at 7 in the evening" is 19:00, "at 1 at night" 01:00.
    fn hour(self, hour: u32) -> u32 {
        match self {
            Period::Morning => hour % 12,
            Period::Afternoon | Period::Evening if hour < 12 => hour + 12,
            Period::Night if (6..12).contains(&hour) => hour + 12,
            _ => hour,
        }
    }
}

/// A word as compared: lower-case, without the punctuation around it (`Friday,` -> `friday`).
fn normal(word: &str) -> String {
    word.trim_matches(|c: char| matches!(c, ',' | '.' | '!' | '?' | ';' | '"'))
        .to_lowercase()
}

/// Words a duration is made of ("two and a half hours", "90 mins").
fn duration_word(word: &str) -> bool {
    parse_duration(&format!("1 {word}")).is_some()
        || word.parse::<f64>().is_ok()
        || super::calculator::spelt_number(&[word]).is_some()
        || ["a", "an", "and", "half"].contains(&word)
        || word
            .strip_suffix("min")
            .or_else(|| word.strip_suffix('m'))
            .is_some_and(|digits| digits.parse::<f64>().is_ok())
}

/// The clock time said at `words[at..]` ("5pm", "5 pm", "17:30", "1 a.m.", "9 o'clock",
/// "noon") and how many words it took.
fn clock_at(words: &[String], at: usize) -> Option<(Clock, usize)> {
    let first = words.get(at)?;
    match first.as_str() {
        "noon" | "midday" => {
            return Some((
                Clock {
                    hour: 12,
                    minute: 0,
                    ambiguous: false,
                },
                1,
            ));
        }
        "midnight" => {
            return Some((
                Clock {
                    hour: 0,
                    minute: 0,
                    ambiguous: false,
                },
                1,
            ));
        }
        _ => {}
    }
    if let Some(spelt) = spelt_clock_at(words, at) {
        return Some(spelt);
    }
    // "8.30" is "8:30" (a dot between the hour and two digits of minutes).
    let first = match first.split_once('.') {
        Some((hour, rest))
            if (1..=2).contains(&hour.len())
                && hour.bytes().all(|b| b.is_ascii_digit())
                && rest.len() >= 2
                && rest.as_bytes()[..2].iter().all(u8::is_ascii_digit) =>
        {
            format!("{hour}:{rest}")
        }
        _ => first.clone(),
    };
    let split = first
        .find(|c: char| !(c.is_ascii_digit() || c == ':'))
        .unwrap_or(first.len());
    let (digits, mut suffix) = (&first[..split], first[split..].replace('.', ""));
    if digits.is_empty() {
        return None;
    }
    let mut taken = 1;
    if suffix.is_empty()
        && let Some(next) = words.get(at + 1)
    {
        let next = next.replace('.', "");
        if ["am", "pm", "oclock", "o'clock"].contains(&next.as_str()) {
            suffix = next;
            taken = 2;
        }
    }
    let (hour, minute) = match digits.split_once(':') {
        Some((h, m)) if m.len() == 2 => (h.parse::<u32>().ok()?, m.parse::<u32>().ok()?),
        Some(_) => return None,
        None if digits.len() <= 2 => (digits.parse::<u32>().ok()?, 0),
        None => return None,
    };
    let hour = match suffix.as_str() {
        "pm" | "p" if (1..12).contains(&hour) => hour + 12,
        "am" | "a" if hour == 12 => 0,
        "" | "pm" | "p" | "am" | "a" | "oclock" | "o'clock" => hour,
        _ => return None,
    };
    let ambiguous = (suffix.is_empty() || suffix.ends_with("clock"))
        && (1..=12).contains(&hour)
        && !digits.starts_with('0');
    (hour < 24 && minute < 60).then_some((
        Clock {
            hour,
            minute,
            ambiguous,
        },
        taken,
    ))
}

/// An hour of the clock face said in a word or in digits: 1 to 12.
fn clock_hour(word: &str) -> Option<u32> {
    let number = match word.parse::<u32>() {
        Ok(number) => number,
        Err(_) => super::calculator::spelt_number(&[word])
            .filter(|n| n.fract() == 0.0)
            .map(|n| n as u32)?,
    };
    (1..=12).contains(&number).then_some(number)
}

/// Minutes said in words at `words[at..]` ("thirty", "forty five", "oh five"), 1 to 59, and
/// how many words they took.
fn spelt_minutes_at(words: &[String], at: usize) -> Option<(u32, usize)> {
    let word = |i: usize| words.get(i).map(String::as_str);
    if word(at) == Some("oh") {
        let minute = clock_hour(word(at + 1)?).filter(|m| *m < 10)?;
        return Some((minute, 2));
    }
    [2, 1].into_iter().find_map(|used| {
        let said: Vec<&str> = (at..at + used).map(word).collect::<Option<_>>()?;
        if said.iter().any(|w| w.parse::<u32>().is_ok()) {
            return None;
        }
        let minute = super::calculator::spelt_number(&said)?;
        (minute.fract() == 0.0 && (1.0..60.0).contains(&minute)).then_some((minute as u32, used))
    })
}

/// A clock time said in words at `words[at..]`: "five", "five thirty", "seven forty five
/// pm", "six o'clock", "half past six", "quarter to seven", "ten past five", "twenty minutes
/// to six"; and how many words it took. "one of ..." is no time.
fn spelt_clock_at(words: &[String], at: usize) -> Option<(Clock, usize)> {
    let word = |i: usize| words.get(i).map_or("", String::as_str);
    let ambiguous = |hour, minute| Clock {
        hour,
        minute,
        ambiguous: true,
    };
    // "half past six", "(a) quarter to seven", "ten (minutes) past five".
    let (before_hour, used) = match (word(at), word(at + 1)) {
        ("half", _) => (Some(30), 1),
        ("quarter", _) => (Some(15), 1),
        ("a", "quarter") => (Some(15), 2),
        _ => match word(at)
            .parse::<u32>()
            .ok()
            .map(|m| (m, 1))
            .or_else(|| spelt_minutes_at(words, at))
        {
            Some((minutes, used)) if minutes <= 30 => {
                let used = used + usize::from(matches!(word(at + used), "minutes" | "minute"));
                (Some(minutes), used)
            }
            _ => (None, 0),
        },
    };
    if let Some(minutes) = before_hour
        && let relation @ ("past" | "after" | "to" | "before") = word(at + used)
        && let Some(hour) = clock_hour(word(at + used + 1))
    {
        let clock = if matches!(relation, "past" | "after") {
            ambiguous(hour, minutes)
        } else if minutes == 30 {
            return None;
        } else {
            ambiguous(if hour == 1 { 12 } else { hour - 1 }, 60 - minutes)
        };
        return Some((clock, used + 2));
    }
    // "five", "five thirty", "seven forty five pm", "six o'clock".
    if word(at).parse::<u32>().is_ok() || word(at + 1) == "of" {
        return None;
    }
    let hour = clock_hour(word(at))?;
    let (minute, mut used) = spelt_minutes_at(words, at + 1).map_or((0, 1), |(m, u)| (m, 1 + u));
    // "nine minutes from now", "two hours": a span of time, not the clock.
    if parse_duration(&format!("1 {}", word(at + used))).is_some() {
        return None;
    }
    let mut clock = ambiguous(hour, minute);
    match word(at + used).replace('.', "").as_str() {
        "oclock" | "o'clock" => used += 1,
        "am" => {
            clock = Clock {
                hour: hour % 12,
                minute,
                ambiguous: false,
            };
            used += 1;
        }
        "pm" => {
            clock = Clock {
                hour: hour % 12 + 12,
                minute,
                ambiguous: false,
            };
            used += 1;
        }
        _ => {}
    }
    Some((clock, used))
}

/// Words that make a reminder repeat ("every day", "daily", "each Monday"): Roxy's reminders
/// go off once, so [`split`] takes them out and says they were there.
const REPEATS: [&str; 6] = ["every", "each", "daily", "weekly", "nightly", "everyday"];

/// `text` with the words that make a reminder repeat rewritten to say its first time ("every
/// Monday" -> "on Monday", "every morning" -> "in the morning", "every day" and "daily" gone);
/// `None` when there are none.
pub fn without_repeats(text: &str) -> Option<String> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut kept: Vec<String> = Vec::new();
    let mut repeats = false;
    let mut at = 0;
    while at < words.len() {
        let word = normal(words[at]);
        if !REPEATS.contains(&word.as_str()) {
            kept.push(words[at].to_string());
            at += 1;
            continue;
        }
        repeats = true;
        let next = words.get(at + 1).map(|w| normal(w)).unwrap_or_default();
        let unit = ["every", "each"].contains(&word.as_str());
        if unit && WEEKDAYS.contains(&next.as_str()) {
            kept.extend(["on".to_string(), words[at + 1].to_string()]);
            at += 2;
        } else if unit && Period::from_word(&next).is_some() {
            kept.extend(["in the".to_string(), words[at + 1].to_string()]);
            at += 2;
        } else if unit
            && ["day", "week", "month", "year", "weekday", "time"].contains(&next.as_str())
        {
            at += 2;
        } else {
            at += 1;
        }
    }
    repeats.then(|| kept.join(" "))
}

/// What is left of `text` once the words saying when are taken out, and when that is.
/// "tomorrow at 9 to call the dentist" -> ("to call the dentist", tomorrow 09:00). A weekday
/// alone counts only at either end or after "on", "next" or "this", so that "watch Monday
/// Night Football" keeps its words.
pub fn split(text: &str) -> (String, Option<When>) {
    let original: Vec<&str> = text.split_whitespace().collect();
    let words: Vec<String> = original.iter().map(|w| normal(w)).collect();
    let count = words.len();
    let mut taken = vec![false; count];
    let mut duration = None;
    let mut months = None;
    let mut day = None;
    let mut clock: Option<Clock> = None;
    let mut period = None;
    let word = |at: usize| words.get(at).map(String::as_str).unwrap_or("");
    let weekday = |at: usize| {
        WEEKDAYS
            .iter()
            .position(|d| *d == word(at))
            .map(|n| n as u32)
    };
    let mut at = 0;
    while at < count {
        // The words from `at` to `end` say when.
        let mut end = at;
        match word(at) {
            "in" if word(at + 1) == "the" && Period::from_word(word(at + 2)).is_some() => {
                period = Period::from_word(word(at + 2));
                end = at + 3;
            }
            "in" if duration.is_none()
                && count_word(word(at + 1)).is_some()
                && ["month", "months", "year", "years"].contains(&word(at + 2)) =>
            {
                let count = count_word(word(at + 1)).unwrap_or(1);
                let per = if word(at + 2).starts_with("year") {
                    12
                } else {
                    1
                };
                months = Some(count.saturating_mul(per));
                end = at + 3;
            }
            "in" if duration.is_none() => {
                let longest = (at + 2..=count.min(at + 9)).rev().find(|&stop| {
                    (at + 1..stop).all(|i| duration_word(word(i)))
                        && parse_duration(&words[at + 1..stop].join(" ")).is_some()
                });
                if let Some(stop) = longest {
                    duration = parse_duration(&words[at + 1..stop].join(" "));
                    end = stop;
                }
            }
            "at" | "around" => {
                if let Some((said, used)) = clock_at(&words, at + 1) {
                    clock = Some(said);
                    end = at + 1 + used;
                }
            }
            "noon" | "midday" | "midnight" => {
                if let Some((said, used)) = clock_at(&words, at) {
                    clock = Some(said);
                    end = at + used;
                }
            }
            "today" => {
                day = Some(Day::Today);
                end = at + 1;
            }
            "tonight" => {
                day = Some(Day::Today);
                period = Some(Period::Night);
                end = at + 1;
            }
            "tomorrow" => {
                day = Some(Day::Ahead(1));
                end = at + 1;
            }
            "the"
                if word(at + 1) == "day"
                    && word(at + 2) == "after"
                    && word(at + 3) == "tomorrow" =>
            {
                day = Some(Day::Ahead(2));
                end = at + 4;
            }
            "this" if Period::from_word(word(at + 1)).is_some() => {
                day = Some(Day::Today);
                period = Period::from_word(word(at + 1));
                end = at + 2;
            }
            "next" if word(at + 1) == "week" => {
                day = Some(Day::Ahead(7));
                end = at + 2;
            }
            // A date with slashes only after a word that leads to one: "buy 3/4 cup" says none.
            "on" | "by" | "for" | "until" | "before"
                if let Some(date) = numeric_date(word(at + 1)) =>
            {
                day = Some(date);
                end = at + 2;
            }
            "this" | "next" | "on" if weekday(at + 1).is_some() => {
                day = weekday(at + 1).map(Day::Weekday);
                end = at + 2;
            }
            _ if let Some((date, used)) = date_at(&words, at) => {
                day = Some(date);
                end = at + used;
            }
            _ if let Some((said, used)) = clock_at(&words, at)
                && !said.ambiguous
                && word(at).contains(|c: char| c.is_ascii_digit()) =>
            {
                clock = Some(said);
                end = at + used;
            }
            _ if weekday(at).is_some() && (at == 0 || at + 1 == count || taken[at - 1]) => {
                day = weekday(at).map(Day::Weekday);
                end = at + 1;
            }
            "morning" | "afternoon" | "evening" | "night" if at > 0 && taken[at - 1] => {
                period = Period::from_word(word(at));
                end = at + 1;
            }
            _ => {}
        }
        if end > at {
            // "for tomorrow", "on Friday": the preposition goes with the time.
            if at > 0 && !taken[at - 1] && ["on", "for", "by"].contains(&word(at - 1)) {
                taken[at - 1] = true;
            }
            taken[at..end].iter_mut().for_each(|t| *t = true);
            at = end;
        } else {
            at += 1;
        }
    }
    let rest: Vec<&str> = original
        .iter()
        .zip(&taken)
        .filter(|(_, taken)| !**taken)
        .map(|(word, _)| *word)
        .collect();
    let rest = rest
        .join(" ")
        .trim_end_matches([',', '.', '!', '?', ';'])
        .to_string();
    if let Some(seconds) = duration {
        return (rest, Some(When::After(seconds)));
    }
    if let Some(months) = months {
        return (rest, Some(When::Months(months)));
    }
    let clock = match (clock, period) {
        (Some(said), Some(period)) if said.ambiguous => Some(Clock {
            hour: period.hour(said.hour),
            minute: said.minute,
            ambiguous: false,
        }),
        (None, Some(period)) => Some(Clock {
            hour: period.default_hour(),
            minute: 0,
            ambiguous: false,
        }),
        (said, _) => said,
    };
    let when = match (day, clock) {
        (None, None) => None,
        (day, clock) => Some(When::On {
            day: day.unwrap_or(Day::Next),
            clock,
        }),
    };
    (rest, when)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clock(hour: u32, minute: u32, ambiguous: bool) -> Option<Clock> {
        Some(Clock {
            hour,
            minute,
            ambiguous,
        })
    }

    #[test]
    fn time_words_anywhere_are_taken_out() {
        assert_eq!(
            split("tomorrow at 9 to call the dentist"),
            (
                "to call the dentist".into(),
                Some(When::On {
                    day: Day::Ahead(1),
                    clock: clock(9, 0, true)
                })
            )
        );
        assert_eq!(
            split("at 5pm to call mum"),
            (
                "to call mum".into(),
                Some(When::On {
                    day: Day::Next,
                    clock: clock(17, 0, false)
                })
            )
        );
        assert_eq!(
            split("in 10 minutes to check the oven"),
            ("to check the oven".into(), Some(When::After(600)))
        );
        assert_eq!(
            split("to be awesome in 2 days"),
            ("to be awesome".into(), Some(When::After(2 * 86_400)))
        );
        assert_eq!(
            split("to sleep at 1 a.m."),
            (
                "to sleep".into(),
                Some(When::On {
                    day: Day::Next,
                    clock: clock(1, 0, false)
                })
            )
        );
    }

    #[test]
    fn dates_in_digits_with_years_and_months_ahead() {
        let date = |month, day, year| Day::Date { month, day, year };
        let on = |text: &str| match split(text).1 {
            Some(When::On { day, .. }) => Some(day),
            _ => None,
        };
        assert_eq!(on("to pay on 2027-03-01"), Some(date(3, 1, Some(2027))));
        assert_eq!(on("to pay on 14/3"), Some(date(3, 14, None)));
        assert_eq!(on("to pay on 3/14/2027"), Some(date(3, 14, Some(2027))));
        assert_eq!(on("to pay on 4/4"), Some(date(4, 4, None)));
        assert_eq!(on("to pay on March 4, 2027"), Some(date(3, 4, Some(2027))));
        assert_eq!(
            on("the 4th of march 2027 to pay"),
            Some(date(3, 4, Some(2027)))
        );
        // March 4 or 3 April; a fraction; a month 13: no date.
        assert_eq!(split("to pay on 3/4"), ("to pay on 3/4".into(), None));
        assert_eq!(split("to buy 3/14 cup"), ("to buy 3/14 cup".into(), None));
        assert_eq!(on("to pay on 2027-13-01"), None);
        assert_eq!(
            split("to renew in two months"),
            ("to renew".into(), Some(When::Months(2)))
        );
        assert_eq!(split("in a year to renew").1, Some(When::Months(12)));
        assert_eq!(
            split("to call at 8.30 pm"),
            (
                "to call".into(),
                Some(When::On {
                    day: Day::Next,
                    clock: clock(20, 30, false)
                })
            )
        );
    }

    /// Times said in words, as they come from speech: "at five", "half past six".
    #[test]
    fn clock_times_in_words() {
        let at = |text: &str| match split(text) {
            (rest, Some(When::On { clock, .. })) => (rest, clock),
            other => panic!("{text}: {other:?}"),
        };
        assert_eq!(
            at("to call mom at five"),
            ("to call mom".into(), clock(5, 0, true))
        );
        assert_eq!(
            at("to call mom at five pm"),
            ("to call mom".into(), clock(17, 0, false))
        );
        assert_eq!(
            at("at seven thirty to run"),
            ("to run".into(), clock(7, 30, true))
        );
        assert_eq!(at("at seven forty five a.m. to run").1, clock(7, 45, false));
        assert_eq!(at("at six o'clock to eat").1, clock(6, 0, true));
        assert_eq!(at("at nine oh five to eat").1, clock(9, 5, true));
        assert_eq!(
            at("at half past six to stretch"),
            ("to stretch".into(), clock(6, 30, true))
        );
        assert_eq!(at("at quarter to seven to leave").1, clock(6, 45, true));
        assert_eq!(at("at a quarter past 8 to leave").1, clock(8, 15, true));
        assert_eq!(at("at ten past five to leave").1, clock(5, 10, true));
        assert_eq!(
            at("at twenty minutes to one to leave").1,
            clock(12, 40, true)
        );
        assert_eq!(at("at 5 past 6 to leave").1, clock(6, 5, true));
        assert_eq!(
            at("tomorrow at eleven in the evening to sleep").1,
            clock(23, 0, false)
        );
        // Not a time: "one of", a number that is no hour, a word that is no number.
        assert_eq!(split("to meet at one of the cafes").1, None);
        assert_eq!(split("to pay at thirteen").1, None);
        assert_eq!(split("at nine minutes from now").1, None);
        assert_eq!(split("to meet at noonish").1, None);
    }

    #[test]
    fn days_and_parts_of_the_day() {
        assert_eq!(
            split("to wake up tomorrow morning").1,
            Some(When::On {
                day: Day::Ahead(1),
                clock: clock(9, 0, false)
            })
        );
        assert_eq!(
            split("to have dinner with my family on friday"),
            (
                "to have dinner with my family".into(),
                Some(When::On {
                    day: Day::Weekday(5),
                    clock: None
                })
            )
        );
        assert_eq!(
            split("next Monday at 7 in the evening to pay rent"),
            (
                "to pay rent".into(),
                Some(When::On {
                    day: Day::Weekday(1),
                    clock: clock(19, 0, false)
                })
            )
        );
        assert_eq!(
            split("to take the bins out tonight").1,
            Some(When::On {
                day: Day::Today,
                clock: clock(20, 0, false)
            })
        );
        assert_eq!(
            split("about the meeting the day after tomorrow at noon"),
            (
                "about the meeting".into(),
                Some(When::On {
                    day: Day::Ahead(2),
                    clock: clock(12, 0, false)
                })
            )
        );
        assert_eq!(
            split("about my mother's birthday on June 3rd").1,
            Some(When::On {
                day: Day::Date {
                    month: 6,
                    day: 3,
                    year: None
                },
                clock: None
            })
        );
        assert_eq!(
            split("the 21st of sept to renew the passport"),
            (
                "to renew the passport".into(),
                Some(When::On {
                    day: Day::Date {
                        month: 9,
                        day: 21,
                        year: None
                    },
                    clock: None
                })
            )
        );
        assert_eq!(
            split("6pm to call Ada"),
            (
                "to call Ada".into(),
                Some(When::On {
                    day: Day::Next,
                    clock: clock(18, 0, false)
                })
            ),
            "a clock time that says which half of the day needs no `at`"
        );
        assert_eq!(
            split("to call Ada for tomorrow").0,
            "to call Ada",
            "the preposition goes with the day"
        );
    }

    #[test]
    fn repeating_reminders_are_said_as_their_first_time() {
        assert_eq!(
            without_repeats("every day at 8 to take my pills").as_deref(),
            Some("at 8 to take my pills")
        );
        assert_eq!(
            without_repeats("to water the plants every Monday").as_deref(),
            Some("to water the plants on Monday")
        );
        assert_eq!(
            without_repeats("daily to stretch").as_deref(),
            Some("to stretch")
        );
        assert_eq!(without_repeats("to call Ada at 5pm"), None);
    }

    #[test]
    fn words_that_only_look_like_times_stay() {
        assert_eq!(
            split("to look at the oven"),
            ("to look at the oven".into(), None)
        );
        assert_eq!(
            split("to watch Monday Night Football"),
            ("to watch Monday Night Football".into(), None)
        );
        assert_eq!(
            split("to put the cake in the oven"),
            ("to put the cake in the oven".into(), None)
        );
        assert_eq!(
            split("to buy food for the cat"),
            ("to buy food for the cat".into(), None)
        );
        assert_eq!(split("to take 2 pills"), ("to take 2 pills".into(), None));
        assert_eq!(
            split("to read may 68 and june 31 notes"),
            ("to read may 68 and june 31 notes".into(), None)
        );
        assert_eq!(
            split("to check today's news"),
            ("to check today's news".into(), None)
        );
    }
}
