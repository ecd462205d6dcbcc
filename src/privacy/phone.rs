//! PHONE_NUMBER validation with libphonenumber's numbering plans (the `phonenumber` crate, a
//! port of Google's library): a `+CC` number must be valid for its country, whatever the
//! configured regions; a national number must be valid in one of `privacy.phone_regions`.
//! Shapes that are something else are refused before asking: a date, and the SSN grouping
//! `ddd-dd-dddd` (an invalid SSN such as `966-99-8021` is not a Spanish landline either).

use phonenumber::Mode;
use phonenumber::country::Id;
use regex::{Regex, RegexBuilder};

/// A region national numbers are checked against, with what a cheap length check needs.
#[derive(Debug)]
pub(super) struct Region {
    id: Id,
    /// The trunk prefix (`0` in GB, `1` in US), if the region has one.
    national_prefix: Option<String>,
    /// Possible lengths of a national significant number; empty if unknown.
    lengths: Vec<usize>,
    /// The pattern every valid national significant number of the region matches (the
    /// metadata's general descriptor).
    general: Option<Regex>,
}

impl Region {
    /// Whether `digits` could be a national number of this region: with or without the trunk
    /// prefix or a leading `1`, a national significant number of a possible length that matches
    /// the region's general pattern. libphonenumber accepts no number this rejects, and this
    /// costs a DFA run where a parse costs tens of microseconds.
    fn may_hold(&self, digits: &str) -> bool {
        let fits = |nsn: &str| {
            (self.lengths.is_empty() || self.lengths.contains(&nsn.len()))
                && self
                    .general
                    .as_ref()
                    .is_none_or(|general| general.is_match(nsn))
        };
        let without_prefix = self
            .national_prefix
            .as_deref()
            .and_then(|prefix| digits.strip_prefix(prefix));
        fits(digits)
            || without_prefix.is_some_and(fits)
            || digits.strip_prefix('1').is_some_and(fits)
    }
}

/// The regions national numbers are checked against, parsed from the configuration (already
/// validated by `PrivacyConfig::problems`).
pub(super) fn regions(names: &[String]) -> Vec<Region> {
    enlarge_regex_cache();
    names
        .iter()
        .filter_map(|name| {
            let name = name.to_uppercase();
            let id = name.parse::<Id>().ok()?;
            let metadata = phonenumber::metadata::DATABASE.by_id(name.as_str());
            Some(Region {
                id,
                national_prefix: metadata
                    .and_then(|m| m.national_prefix())
                    .map(str::to_string),
                lengths: metadata
                    .map(|m| {
                        m.descriptors()
                            .general()
                            .possible_length()
                            .iter()
                            .map(|&len| usize::from(len))
                            .collect()
                    })
                    .unwrap_or_default(),
                // Compiled as the crate compiles it (whitespace in the metadata ignored) and,
                // as it matches, anchored at the start only.
                general: metadata.and_then(|m| {
                    let pattern = m.descriptors().general().national_number().as_str();
                    RegexBuilder::new(&format!("^(?:{pattern})"))
                        .ignore_whitespace(true)
                        .build()
                        .ok()
                }),
            })
        })
        .collect()
}

/// The `phonenumber` crate compiles its metadata's regular expressions on demand into one
/// shared LRU cache of 100 entries; checking numbers against a dozen regions thrashes it
/// (3.4 ms per parse, measured), so it gets room for all of them (42 µs per parse).
fn enlarge_regex_cache() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let cache = phonenumber::metadata::DATABASE.cache();
        *crate::sync::lock(&cache) = regex_cache::RegexCache::new(100_000);
    });
}

/// Whether `text` (starting with `+`) is a valid international number.
pub(super) fn international_valid(text: &str) -> bool {
    !ssn_shaped(text)
        && phonenumber::parse(None, text).is_ok_and(|number| phonenumber::is_valid(&number))
}

/// Whether `text` is a valid number in the national format of one of `regions`, grouped as
/// that region groups it (`123-456-7890` is a valid Brazilian landline as digits, but Brazil
/// writes it `(12) 3456-7890`); a run of digits without separators is judged on the digits.
pub(super) fn national_valid(text: &str, regions: &[Region]) -> bool {
    let text_digits = digits_of(text);
    let groups = group_lengths(text);
    (6..=15).contains(&text_digits.len())
        && !ssn_shaped(text)
        && !super::validate::looks_like_date(text)
        && regions.iter().any(|region| {
            region.may_hold(&text_digits)
                && phonenumber::parse(Some(region.id), text).is_ok_and(|number| {
                    if !phonenumber::is_valid(&number) || number.country().id() != Some(region.id) {
                        return false;
                    }
                    // Written as the region writes it: the same digits (trunk prefix included,
                    // `751313492497` is no German number) in the same groups.
                    let national = phonenumber::format(&number)
                        .mode(Mode::National)
                        .to_string();
                    let national_digits = digits_of(&national);
                    let written_so = group_lengths(&national);
                    let same_digits = text_digits == national_digits
                        || text_digits.strip_prefix('1') == Some(national_digits.as_str());
                    let same_groups = groups.len() == 1
                        || groups == written_so
                        || (groups[0] == 1 && groups[1..] == written_so[..]);
                    same_digits && same_groups
                })
        })
}

fn digits_of(text: &str) -> String {
    text.chars().filter(char::is_ascii_digit).collect()
}

/// The lengths of the digit groups of `text`: `(212) 736-5000` is `[3, 3, 4]`.
fn group_lengths(text: &str) -> Vec<usize> {
    text.split(|c: char| !c.is_ascii_digit())
        .filter(|group| !group.is_empty())
        .map(str::len)
        .collect()
}

/// `ddd-dd-dddd` or `ddd dd dddd`: the shape of a US Social Security Number.
fn ssn_shaped(text: &str) -> bool {
    let groups: Vec<&str> = text.trim_start_matches('+').split(['-', ' ']).collect();
    groups.iter().map(|g| g.len()).eq([3, 2, 4])
        && groups.iter().all(|g| g.bytes().all(|b| b.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn national_numbers_of_the_configured_regions() {
        let regions = regions(&["JP".into(), "BR".into(), "SG".into(), "US".into()]);
        for good in [
            "090-1234-2465",
            "(11) 96123-9807",
            "8123 6671",
            "(415) 555-0132",
        ] {
            assert!(national_valid(good, &regions), "{good}");
        }
        for bad in ["123-456-7890", "966-99-8021", "2024-03-15", "12.03.1985"] {
            assert!(!national_valid(bad, &regions), "{bad}");
        }
    }

    #[test]
    fn the_numbering_plan_rules_out_numbers_before_a_parse() {
        let regions = regions(&["US".into(), "GB".into()]);
        let (us, gb) = (&regions[0], &regions[1]);
        assert!(us.may_hold("4155550132") && us.may_hold("14155550132"));
        assert!(gb.may_hold("02079460958"));
        // No US area code starts with 1, and 9 digits is no US length.
        assert!(!us.may_hold("1234567890") && !us.may_hold("415555013"));
        assert!(!gb.may_hold("4155550132"));
    }

    #[test]
    fn international_numbers_of_any_region() {
        for good in [
            "+44 20 7946 0958",
            "+81 90-1234-5678",
            "+55 11 96123-4567",
            "+65 6123 4567",
        ] {
            assert!(international_valid(good), "{good}");
        }
        for bad in ["+1 123 555 0132", "+44 123", "+28 1234 5678"] {
            assert!(!international_valid(bad), "{bad}");
        }
    }
}
