//! Human-friendly durations and sizes in YAML: `500ms`, `30s`, `2m`, `1h`, `5 minutes`;
//! `64MiB`, `512KB`.
//! This file owns that syntax both ways: parsing it (and the serde glue) and printing a duration
//! in it ([`format_duration`], which error messages and `roxy config check` use so that what Roxy
//! prints can be pasted back into the config).

use serde::{Deserialize, Deserializer, Serializer};
use std::time::Duration;

/// Parses `500ms`, `30s`, `1.5s`, `2m`, `1h`, `1d`, and the units' words (`5 minutes`,
/// `2 hours`, `10 sec`). A bare number is seconds.
pub fn parse_duration(text: &str) -> Result<Duration, String> {
    let text = text.trim();
    let split = text
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(text.len());
    let (number, unit) = text.split_at(split);
    let value: f64 = number
        .parse()
        .map_err(|_| format!("`{text}` is not a duration; write e.g. `500ms`, `30s`, `2m`"))?;
    let seconds = match unit.trim().to_ascii_lowercase().as_str() {
        "ms" | "msec" | "millisecond" | "milliseconds" => value / 1000.0,
        "" | "s" | "sec" | "secs" | "second" | "seconds" => value,
        "m" | "min" | "mins" | "minute" | "minutes" => value * 60.0,
        "h" | "hr" | "hrs" | "hour" | "hours" => value * 3600.0,
        "d" | "day" | "days" => value * 86_400.0,
        _ => {
            return Err(format!(
                "unknown unit `{}` in `{text}`; use ms, s, m, h or d (e.g. `30s`, `5 minutes`)",
                unit.trim()
            ));
        }
    };
    if !seconds.is_finite() || !(0.0..=86_400.0 * 365.0).contains(&seconds) {
        return Err(format!("`{text}` is out of range"));
    }
    Ok(Duration::from_secs_f64(seconds))
}

/// Formats a duration the way it would be written in the config.
pub fn format_duration(duration: Duration) -> String {
    let millis = duration.as_millis();
    if millis.is_multiple_of(3_600_000) && millis > 0 {
        format!("{}h", millis / 3_600_000)
    } else if millis.is_multiple_of(60_000) && millis > 0 {
        format!("{}m", millis / 60_000)
    } else if millis.is_multiple_of(1000) {
        format!("{}s", millis / 1000)
    } else {
        format!("{millis}ms")
    }
}

/// Parses `64MiB`, `512KB`, `1GB`, `1000` (bytes).
pub fn parse_size(text: &str) -> Result<usize, String> {
    let text = text.trim();
    let split = text
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(text.len());
    let (number, unit) = text.split_at(split);
    let value: usize = number
        .parse()
        .map_err(|_| format!("`{text}` is not a size; write e.g. `16MiB` or `512KB`"))?;
    let factor: usize = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 1,
        "kb" => 1000,
        "kib" => 1024,
        "mb" => 1_000_000,
        "mib" => 1 << 20,
        "gb" => 1_000_000_000,
        "gib" => 1 << 30,
        other => {
            return Err(format!(
                "unknown unit `{other}` in `{text}`; use B, KB, KiB, MB, MiB, GB or GiB"
            ));
        }
    };
    value
        .checked_mul(factor)
        .ok_or_else(|| format!("`{text}` is too large"))
}

/// Formats a size the way it would be written in the config: `64MiB`, `512KB`, or bytes.
pub fn format_size(bytes: usize) -> String {
    const UNITS: [(usize, &str); 6] = [
        (1 << 30, "GiB"),
        (1_000_000_000, "GB"),
        (1 << 20, "MiB"),
        (1_000_000, "MB"),
        (1 << 10, "KiB"),
        (1000, "KB"),
    ];
    UNITS
        .iter()
        .find(|(factor, _)| bytes > 0 && bytes.is_multiple_of(*factor))
        .map_or_else(
            || format!("{bytes}B"),
            |(factor, unit)| format!("{}{unit}", bytes / factor),
        )
}

pub(crate) fn serialize_size_option<S: Serializer>(
    size: &Option<usize>,
    s: S,
) -> Result<S::Ok, S::Error> {
    match size {
        Some(bytes) => s.serialize_str(&format_size(*bytes)),
        None => s.serialize_none(),
    }
}

/// A duration or size as written: a bare number or a text with a unit. Read by hand, not as
/// an untagged enum, so a list or a map is refused with what to write ("expected a number, or a
/// text with a unit such as 30s or 64MiB"), at the key, not serde's "did not match any variant
/// of untagged enum" at the server.
enum NumberOrText {
    Number(f64),
    Text(String),
}

impl<'de> Deserialize<'de> for NumberOrText {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Written;
        impl serde::de::Visitor<'_> for Written {
            type Value = NumberOrText;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a number, or a text with a unit such as 30s or 64MiB")
            }
            fn visit_f64<E: serde::de::Error>(self, n: f64) -> Result<NumberOrText, E> {
                Ok(NumberOrText::Number(n))
            }
            fn visit_i64<E: serde::de::Error>(self, n: i64) -> Result<NumberOrText, E> {
                Ok(NumberOrText::Number(n as f64))
            }
            fn visit_u64<E: serde::de::Error>(self, n: u64) -> Result<NumberOrText, E> {
                Ok(NumberOrText::Number(n as f64))
            }
            fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<NumberOrText, E> {
                Ok(NumberOrText::Text(text.to_string()))
            }
        }
        d.deserialize_any(Written)
    }
}

pub(crate) fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Duration, D::Error> {
    match NumberOrText::deserialize(d)? {
        NumberOrText::Number(n) => parse_duration(&n.to_string()),
        NumberOrText::Text(t) => parse_duration(&t),
    }
    .map_err(serde::de::Error::custom)
}

pub(crate) fn deserialize_option<'de, D: Deserializer<'de>>(
    d: D,
) -> Result<Option<Duration>, D::Error> {
    deserialize(d).map(Some)
}

pub(crate) fn serialize<S: Serializer>(duration: &Duration, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&format_duration(*duration))
}

pub(crate) fn serialize_option<S: Serializer>(
    duration: &Option<Duration>,
    s: S,
) -> Result<S::Ok, S::Error> {
    match duration {
        Some(d) => serialize(d, s),
        None => s.serialize_none(),
    }
}

pub(crate) fn deserialize_size_option<'de, D: Deserializer<'de>>(
    d: D,
) -> Result<Option<usize>, D::Error> {
    match NumberOrText::deserialize(d)? {
        NumberOrText::Number(n) if n >= 0.0 && n.fract() == 0.0 => Ok(Some(n as usize)),
        NumberOrText::Number(n) => Err(serde::de::Error::custom(format!(
            "`{n}` is not a size in bytes"
        ))),
        NumberOrText::Text(t) => parse_size(&t).map(Some).map_err(serde::de::Error::custom),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_are_written_as_the_config_would_and_read_back() {
        for (bytes, text) in [
            (64 << 20, "64MiB"),
            (16_000_000, "16MB"),
            (512 * 1024, "512KiB"),
            (1000, "1KB"),
            (1500, "1500B"),
            (0, "0B"),
        ] {
            assert_eq!(format_size(bytes), text);
            assert_eq!(parse_size(text), Ok(bytes));
        }
    }

    #[test]
    fn parses_the_documented_forms() {
        assert_eq!(parse_duration("500ms"), Ok(Duration::from_millis(500)));
        assert_eq!(parse_duration("30s"), Ok(Duration::from_secs(30)));
        assert_eq!(parse_duration("1.5s"), Ok(Duration::from_millis(1500)));
        assert_eq!(parse_duration("2m"), Ok(Duration::from_secs(120)));
        assert_eq!(parse_duration("1h"), Ok(Duration::from_secs(3600)));
        assert_eq!(parse_duration("7"), Ok(Duration::from_secs(7)));
        assert!(parse_duration("soon").is_err());
        for (words, seconds) in [
            ("5 minutes", 300),
            ("1 Minute", 60),
            ("2 hours", 7200),
            ("10 sec", 10),
            ("3 days", 259_200),
        ] {
            assert_eq!(
                parse_duration(words),
                Ok(Duration::from_secs(seconds)),
                "{words}"
            );
        }
        assert_eq!(
            parse_duration("250 milliseconds"),
            Ok(Duration::from_millis(250))
        );
        assert!(
            parse_duration("5 fortnights")
                .unwrap_err()
                .contains("unknown unit `fortnights`")
        );
        assert_eq!(parse_size("16MiB"), Ok(16 << 20));
        assert_eq!(parse_size("512KB"), Ok(512_000));
        assert!(parse_size("lots").is_err());
    }

    #[test]
    fn formats_back_to_what_parses() {
        for text in ["500ms", "30s", "2m", "1h"] {
            assert_eq!(format_duration(parse_duration(text).unwrap()), text);
        }
    }
}
