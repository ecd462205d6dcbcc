//! PHONE_NUMBER validation with libphonenumber's numbering plans (the `phonenumber` crate, a
//! port of Google's library): a `+CC` number must be valid for its country, whatever the
//! configured regions; a national number must be valid in one of `privacy.phone_regions`.
//! Shapes that are something else are refused before asking: a date, and the SSN grouping
//! `ddd-dd-dddd` (an invalid SSN such as `966-99-8021` is not a Spanish landline either).
//!
//! A parse costs tens of microseconds, so a national candidate is first held against
//! [`Plan`], the region's numbering plan compiled once into one anchored regex per number
//! length: a number the crate would accept ends in a national significant number of the
//! region's plan, and most candidates (order numbers, amounts, ISBNs) have no such ending.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use phonenumber::country::Id;
use phonenumber::metadata::{Descriptor, Metadata};
use phonenumber::{Mode, PhoneNumber};
use regex::{Regex, RegexBuilder};

use crate::sync::lock;

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
    /// The region's plan for [`Region::could_be_valid`], compiled on first use; `None` inside
    /// when the region's national format can reorder or insert digits (then every candidate
    /// that [`Region::may_hold`] lets through is parsed).
    plan: OnceLock<Option<Plan>>,
}

/// What `phonenumber::is_valid` checks of a national significant number of one region
/// ([`Validity`]), with what its national format may write around it.
#[derive(Debug)]
struct Plan {
    /// The digits the region's national format may write before the national significant
    /// number (`""`, the trunk prefix); `None`: any (a carrier code may stand there).
    prefixes: Option<Vec<String>>,
    validity: Validity,
    /// The national formats of the main region of the country code, in order.
    formats: Vec<NationalFormat>,
}

/// `phonenumber::validator::number_type(meta, nsn) != Type::Unknown` of one region, compiled
/// from the same metadata: the general descriptor matches (its possible lengths, its pattern
/// anchored at the start, as the crate matches) and so does one of the type descriptors. The
/// type patterns that allow a length are joined into one regex per length. The crate looks
/// each pattern up in its shared regex cache by its text (a hash of a pattern of up to a few
/// kilobytes, ten times per check); this is one or two DFA runs over the digits.
#[derive(Debug)]
struct Validity {
    /// `general_lengths`: the general descriptor's possible lengths (empty: any).
    general_lengths: Vec<usize>,
    general: Regex,
    /// `by_length[len]`: the type descriptors that allow `len` digits, as one regex.
    by_length: Vec<Option<Regex>>,
}

/// One national format as the crate applies it (`phonenumber::format`, `Mode::National`).
#[derive(Debug)]
struct NationalFormat {
    /// The last leading-digits pattern, anchored at the start.
    leading: Regex,
    /// The format's pattern, compiled as the crate compiles it.
    pattern: Regex,
    /// The replacement, with the national-prefix rule applied to the first group.
    template: String,
    /// The format has a carrier-code rule: a parsed carrier code would be written too.
    carrier: bool,
    /// The digit groups the format writes, as the fewest and most digits of each; `None` when
    /// that is not known (then it may write any).
    shape: Option<Vec<(usize, usize)>>,
}

/// Longest national significant number any plan is compiled for (ITU-T E.164 allows 15
/// digits with the country code, and `national_valid` takes no more than 15).
const MAX_NSN: usize = 17;

impl Plan {
    /// The plan of region `meta`, or `None` if the national format of some number of the
    /// region (written with the formats of `main`, the main region of its country code, as the
    /// crate writes it) might not end in its national significant number, or a pattern does
    /// not compile.
    fn of(meta: &Metadata, main: &Metadata) -> Option<Plan> {
        let formats = main.formats();
        // A format without leading digits is applied even where its pattern matches only part
        // of the number, which can put the trunk prefix in the middle.
        if !formats.iter().all(|format| {
            let groups = captured_groups(format.pattern().as_str()).map(|groups| groups.len());
            !format.leading_digits().is_empty()
                && groups.is_some_and(|groups| groups_in_order(format.format(), groups))
        }) {
            return None;
        }
        // The digits a national format may write before the first group: none, or a rule's
        // (the trunk prefix, a carrier code: then any).
        let mut prefixes = Some(vec![String::new()]);
        let national_prefix = main.national_prefix().unwrap_or("");
        for rule in formats
            .iter()
            .flat_map(|format| [format.national_prefix(), format.domestic_carrier()])
            .flatten()
        {
            let (before, after) = rule.split_once("$FG")?;
            if after.contains('$') || after.bytes().any(|b| b.is_ascii_digit()) {
                return None;
            }
            if before.contains("$CC") {
                prefixes = None;
            } else if let Some(prefixes) = &mut prefixes {
                let digits = digits_of(&before.replace("$NP", national_prefix));
                if !prefixes.contains(&digits) {
                    prefixes.push(digits);
                }
            }
        }
        let anchored = |pattern: &str| metadata_regex(&format!("^(?:{pattern})"));
        let formats = formats
            .iter()
            .map(|format| {
                // As the crate writes it: the rule's `$NP` is the trunk prefix, `$FG` the first
                // group, `$CC` the carrier code (none without one).
                let template = match format.national_prefix() {
                    Some(rule) => {
                        let rule = rule
                            .replace("$NP", national_prefix)
                            .replace("$FG", "$1")
                            .replace("$CC", "");
                        format.format().replacen("$1", &rule, 1)
                    }
                    None => format.format().to_string(),
                };
                Some(NationalFormat {
                    leading: anchored(format.leading_digits().last()?.as_str())?,
                    pattern: metadata_regex(format.pattern().as_str())?,
                    shape: written_shape(format.pattern().as_str(), &template),
                    template,
                    carrier: format.domestic_carrier().is_some(),
                })
            })
            .collect::<Option<Vec<_>>>()?;
        Some(Plan {
            prefixes,
            validity: Validity::of(meta)?,
            formats,
        })
    }

    /// Whether a text of digit groups `groups` could be some number written in the national
    /// format, as [`Plan::may_write`] requires of a text of more than one group: the groups of
    /// one of the formats (or a lone `1` before them), or, with a lone `1` before one group, a
    /// number no format fits (written as it is). Integer comparisons, where `may_write` runs
    /// regexes for every number the plan accepts.
    fn may_group(&self, groups: &[usize]) -> bool {
        let written = |groups: &[usize]| {
            self.formats.iter().any(|format| {
                format.carrier
                    || format.shape.as_ref().is_none_or(|shape| {
                        shape.len() == groups.len()
                            && shape
                                .iter()
                                .zip(groups)
                                .all(|(&(fewest, most), &len)| (fewest..=most).contains(&len))
                    })
            })
        };
        match groups {
            [_] | [1, _] => true,
            [1, rest @ ..] => written(groups) || written(rest),
            _ => written(groups),
        }
    }

    /// Whether `nsn`, written in the national format, could be `text` (its `digits` and digit
    /// `groups`): always when the format would write a carrier code the plan does not know.
    fn may_write(&self, nsn: &str, digits: &str, groups: &[usize]) -> bool {
        self.national_format(nsn, true)
            .is_none_or(|national| written_the_same(digits, groups, &national))
    }

    /// National significant number `nsn` of the plan's country as `phonenumber::format` writes
    /// it in `Mode::National` (no extension): with the first format whose leading digits and
    /// pattern fit, else as it is. `None` when that format writes a carrier code and the number
    /// may carry one (`with_carrier`). The crate looks every pattern up in its regex cache by
    /// its text; this costs a DFA run or two.
    fn national_format<'n>(&self, nsn: &'n str, with_carrier: bool) -> Option<Cow<'n, str>> {
        let format = self.formats.iter().find(|format| {
            format.leading.is_match(nsn)
                && format
                    .pattern
                    .find(nsn)
                    .is_some_and(|m| m.start() == 0 && m.end() == nsn.len())
        });
        match format {
            Some(format) if format.carrier && with_carrier => None,
            Some(format) => Some(format.pattern.replace(nsn, &format.template)),
            None => Some(Cow::Borrowed(nsn)),
        }
    }
}

/// A pattern of libphonenumber's metadata compiled as the crate compiles it (whitespace
/// ignored), for ASCII digits: every text it is matched against is ASCII digits, and a Unicode
/// `\d` made each lazy DFA build far more states per new number (the first pass over the
/// unseen held-out split took 0.3 s longer) and each region's regexes compile 4x slower.
/// `None` if it does not compile.
fn metadata_regex(pattern: &str) -> Option<Regex> {
    RegexBuilder::new(pattern)
        .ignore_whitespace(true)
        .unicode(false)
        .build()
        .ok()
}

/// The capturing groups of a format's `pattern` if it is nothing but a sequence of them, none
/// inside another (every digit of a number it matches is captured, and `$n` is the `n`th):
/// per group, the fewest digits it can capture and the most (`None`: no bound). `None` when the
/// pattern is something else or does not parse as ASCII (compiled as the crate compiles it,
/// whitespace ignored).
fn captured_groups(pattern: &str) -> Option<Vec<(usize, Option<usize>)>> {
    use regex_syntax::hir::{Hir, HirKind};
    let hir = regex_syntax::ParserBuilder::new()
        .ignore_whitespace(true)
        .unicode(false)
        .build()
        .parse(pattern)
        .ok()?;
    let parts: Vec<&Hir> = match hir.kind() {
        HirKind::Concat(parts) => parts.iter().collect(),
        _ => vec![&hir],
    };
    parts
        .into_iter()
        .map(|part| match part.kind() {
            HirKind::Capture(capture) if capture.sub.properties().explicit_captures_len() == 0 => {
                let properties = capture.sub.properties();
                Some((properties.minimum_len()?, properties.maximum_len()))
            }
            _ => None,
        })
        .collect()
}

/// The digit groups `template` writes for a number matched by format `pattern` (see
/// [`captured_groups`]): per group, the fewest and most digits, from the lengths the captured
/// groups can have and the template's own digits (`0$1 $2`: the trunk prefix joins the first
/// group). `None` when the pattern is no sequence of captures, a group may capture nothing, or
/// the template refers to groups other than by `$1`..`$9`.
fn written_shape(pattern: &str, template: &str) -> Option<Vec<(usize, usize)>> {
    let lengths = captured_groups(pattern)?
        .into_iter()
        .map(|(fewest, most)| (fewest > 0).then(|| (fewest, most.unwrap_or(usize::MAX))))
        .collect::<Option<Vec<_>>>()?;
    let mut shape: Vec<(usize, usize)> = Vec::new();
    let mut in_group = false;
    let mut chars = template.chars().peekable();
    while let Some(c) = chars.next() {
        let (fewest, most) = match c {
            '$' => {
                let group = chars.next()?.to_digit(10)? as usize;
                if chars
                    .peek()
                    .is_some_and(|&c| c.is_alphanumeric() || c == '_')
                {
                    return None;
                }
                *lengths.get(group.checked_sub(1)?)?
            }
            c if c.is_ascii_digit() => (1, 1),
            _ => {
                in_group = false;
                continue;
            }
        };
        match shape.last_mut().filter(|_| in_group) {
            Some(last) => *last = (last.0 + fewest, last.1.saturating_add(most)),
            None => shape.push((fewest, most)),
        }
        in_group = true;
    }
    Some(shape)
}

/// The descriptors of every number type of region `meta`, in the order libphonenumber tries
/// them when it asks which type a number is.
fn number_types(meta: &Metadata) -> [Option<&Descriptor>; 10] {
    let descriptors = meta.descriptors();
    [
        descriptors.premium_rate(),
        descriptors.toll_free(),
        descriptors.shared_cost(),
        descriptors.voip(),
        descriptors.personal_number(),
        descriptors.pager(),
        descriptors.uan(),
        descriptors.voicemail(),
        descriptors.fixed_line(),
        descriptors.mobile(),
    ]
}

impl Validity {
    /// The check of region `meta`, or `None` if a pattern does not compile.
    fn of(meta: &Metadata) -> Option<Validity> {
        let anchored = |pattern: &str| metadata_regex(&format!("^(?:{pattern})"));
        let types = number_types(meta);
        let mut by_length = Vec::with_capacity(MAX_NSN + 1);
        for len in 0..=MAX_NSN {
            let patterns: Vec<String> = types
                .iter()
                .flatten()
                .filter(|d| {
                    d.possible_length().is_empty() || d.possible_length().contains(&(len as u16))
                })
                .map(|d| format!("(?:{})", d.national_number().as_str()))
                .collect();
            by_length.push(if patterns.is_empty() {
                None
            } else {
                Some(anchored(&patterns.join("|"))?)
            });
        }
        let general = meta.descriptors().general();
        Some(Validity {
            general_lengths: general
                .possible_length()
                .iter()
                .map(|&len| usize::from(len))
                .collect(),
            general: anchored(general.national_number().as_str())?,
            by_length,
        })
    }

    /// Whether `nsn` is a valid national significant number of the region.
    fn valid(&self, nsn: &str) -> bool {
        !nsn.is_empty()
            && (self.general_lengths.is_empty() || self.general_lengths.contains(&nsn.len()))
            && self.general.is_match(nsn)
            && self
                .by_length
                .get(nsn.len())
                .and_then(Option::as_ref)
                .is_some_and(|types| types.is_match(nsn))
    }
}

/// Whether `format` writes groups `$1`..`$groups` in order, each once, with no digits
/// between them.
fn groups_in_order(format: &str, groups: usize) -> bool {
    let mut next = 1;
    let mut chars = format.chars();
    while let Some(c) = chars.next() {
        if c == '$' {
            match chars.next().and_then(|d| d.to_digit(10)) {
                Some(group) if group as usize == next => next += 1,
                _ => return false,
            }
        } else if c.is_ascii_digit() {
            return false;
        }
    }
    next == groups + 1
}

impl Region {
    /// The region's [`Plan`], compiled on first use.
    fn plan(&self) -> Option<&Plan> {
        self.plan
            .get_or_init(|| {
                let meta = phonenumber::metadata::DATABASE.by_id(self.id.as_ref())?;
                let main = phonenumber::metadata::DATABASE
                    .by_code(&meta.country_code())
                    .and_then(|m| m.into_iter().next())?;
                Plan::of(meta, main)
            })
            .as_ref()
    }

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

    /// Whether libphonenumber could accept `text` (ASCII digits, spaces, `.`, `-` and
    /// parentheses only, so no extension) as a national number of this region written as the
    /// region writes it. Its digits are then the national format's: a trunk prefix or a leading
    /// `1`, then a valid national significant number of the region's plan, and that number
    /// written with the region's format has the groups of `text`. A region whose formats the
    /// plan cannot follow (a carrier code written, digits inserted) is left to the parse.
    fn could_be_valid(&self, text: &str, digits: &str, groups: &[usize]) -> bool {
        let plain = text
            .bytes()
            .all(|b| b.is_ascii_digit() || matches!(b, b' ' | b'.' | b'-' | b'(' | b')'));
        let Some(plan) = self.plan().filter(|_| plain) else {
            return true;
        };
        if !plan.may_group(groups) {
            return false;
        }
        let accepts = |nsn: &str| plan.validity.valid(nsn) && plan.may_write(nsn, digits, groups);
        let ends_valid = |digits: &str| match &plan.prefixes {
            Some(prefixes) => prefixes
                .iter()
                .any(|prefix| digits.strip_prefix(prefix.as_str()).is_some_and(accepts)),
            None => {
                (1..=digits.len().min(MAX_NSN)).any(|len| accepts(&digits[digits.len() - len..]))
            }
        };
        ends_valid(digits) || digits.strip_prefix('1').is_some_and(ends_valid)
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
                plan: OnceLock::new(),
                // Compiled as the crate compiles it (whitespace in the metadata ignored) and,
                // as it matches, anchored at the start only.
                general: metadata.and_then(|m| {
                    let pattern = m.descriptors().general().national_number().as_str();
                    metadata_regex(&format!("^(?:{pattern})"))
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
    !ssn_shaped(text) && phonenumber::parse(None, text).is_ok_and(|number| is_valid(&number))
}

/// [`Validity`] of every region checked so far, by region name (`GB`, `001`), compiled on
/// first use; `None`: a pattern of the region does not compile.
fn validity_of(region: &str) -> Option<Arc<Validity>> {
    static COMPILED: OnceLock<Mutex<HashMap<String, Option<Arc<Validity>>>>> = OnceLock::new();
    let compiled = COMPILED.get_or_init(Mutex::default);
    if let Some(found) = lock(compiled).get(region) {
        return found.clone();
    }
    let validity = phonenumber::metadata::DATABASE
        .by_id(region)
        .and_then(Validity::of)
        .map(Arc::new);
    lock(compiled).insert(region.to_string(), validity.clone());
    validity
}

/// `phonenumber::validator::source_for`: the region whose metadata applies to national
/// significant number `nsn` of country code `code` (`Some(None)`: none does), with its
/// `number_type` checks made by [`Validity`]; `None` when that cannot be answered so (a
/// non-geographic code, a region without a compiled check).
fn source_for(code: u16, nsn: &str) -> Option<Option<&'static str>> {
    let database = &phonenumber::metadata::DATABASE;
    let Some(regions) = database.region(&code) else {
        return Some(None);
    };
    if let [only] = regions[..] {
        return (only != "001").then(|| only.parse::<Id>().is_ok().then_some(only));
    }
    for region in regions {
        let meta = database.by_id(region)?;
        match meta.leading_digits() {
            Some(leading) => {
                if leading.find(nsn).is_some_and(|m| m.start() == 0) {
                    return Some(Some(region));
                }
            }
            None => {
                if validity_of(region)?.valid(nsn) {
                    return Some(Some(region));
                }
            }
        }
    }
    Some(None)
}

/// `phonenumber::is_valid(number)`, answered by [`Validity`] where it can: the crate checks
/// up to ten type descriptors, each looked up in its regex cache by its pattern's text.
fn is_valid(number: &PhoneNumber) -> bool {
    let nsn = number.national().to_string();
    let answered = source_for(number.country().code(), &nsn).and_then(|region| match region {
        Some(region) => Some(validity_of(region)?.valid(&nsn)),
        None => Some(false),
    });
    answered.unwrap_or_else(|| phonenumber::is_valid(number))
}

/// `number.country().id()`, answered by [`Validity`] where it can.
fn region_of(number: &PhoneNumber) -> Option<Id> {
    let value = number.national().value().to_string();
    match source_for(number.country().code(), &value) {
        Some(region) => region.and_then(|region| region.parse().ok()),
        None => number.country().id(),
    }
}

/// Whether `text` is a valid number in the national format of one of `regions`, grouped as
/// that region groups it (`123-456-7890` is a valid Brazilian landline as digits, but Brazil
/// writes it `(12) 3456-7890`); a run of digits without separators is judged on the digits.
pub(super) fn national_valid(text: &str, regions: &[Region]) -> bool {
    let text_digits = digits_of(text);
    if !(6..=15).contains(&text_digits.len())
        || ssn_shaped(text)
        || super::validate::looks_like_date(text)
    {
        return false;
    }
    let groups = group_lengths(text);
    regions.iter().any(|region| {
        region.may_hold(&text_digits)
            && region.could_be_valid(text, &text_digits, &groups)
            && written_as_region_writes(text, &text_digits, &groups, region)
    })
}

/// The libphonenumber check of [`national_valid`]: `text` parses in `region` as a valid
/// number of that region, and is written as the region writes it: the same digits (trunk
/// prefix included, `751313492497` is no German number) in the same groups.
fn written_as_region_writes(
    text: &str,
    text_digits: &str,
    groups: &[usize],
    region: &Region,
) -> bool {
    phonenumber::parse(Some(region.id), text).is_ok_and(|number| {
        if !is_valid(&number) || region_of(&number) != Some(region.id) {
            return false;
        }
        // The region's plan writes it as the crate would, where it can.
        let nsn = number.national().to_string();
        let planned = region
            .plan()
            .filter(|_| number.extension().is_none())
            .and_then(|plan| plan.national_format(&nsn, number.carrier().is_some()));
        let national = planned.unwrap_or_else(|| {
            Cow::Owned(
                phonenumber::format(&number)
                    .mode(Mode::National)
                    .to_string(),
            )
        });
        written_the_same(text_digits, groups, &national)
    })
}

/// Whether a text with `digits` in `groups` is the number written `national`: the same digits
/// (or a `1` before them) in the same groups (or a lone `1` before them, or no groups at all).
fn written_the_same(digits: &str, groups: &[usize], national: &str) -> bool {
    let national_digits = digits_of(national);
    let written_so = group_lengths(national);
    let same_digits =
        digits == national_digits || digits.strip_prefix('1') == Some(national_digits.as_str());
    let same_groups = groups.len() == 1
        || groups == written_so
        || (groups.first() == Some(&1) && groups[1..] == written_so[..]);
    same_digits && same_groups
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
    let mut groups = text.trim_start_matches('+').split(['-', ' ']);
    [3, 2, 4].into_iter().all(|len| {
        groups
            .next()
            .is_some_and(|g| g.len() == len && g.bytes().all(|b| b.is_ascii_digit()))
    }) && groups.next().is_none()
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
    fn a_format_writes_the_groups_its_pattern_captures() {
        assert_eq!(
            written_shape(r"(\d{3})(\d{3})(\d{4})", "($1) $2-$3"),
            Some(vec![(3, 3), (3, 3), (4, 4)])
        );
        // The trunk prefix joins the first group; whitespace in the pattern is ignored.
        assert_eq!(
            written_shape(r"(\d{2,3}) ([2-9]\d{3})", "0$1 $2"),
            Some(vec![(3, 4), (4, 4)])
        );
        assert_eq!(
            written_shape(r"(\d{2})(\d+)", "$1$2"),
            Some(vec![(3, usize::MAX)])
        );
        // Groups that may capture nothing, or are not all there is: unknown.
        assert_eq!(written_shape(r"(\d{2})(\d*)", "$1 $2"), None);
        assert_eq!(
            captured_groups(r"(\d{2})(\d*)"),
            Some(vec![(2, Some(2)), (0, None)])
        );
        // A capture inside another would renumber the template's groups.
        assert_eq!(captured_groups(r"((\d)\d)(\d{3})"), None);
        assert_eq!(captured_groups(r"(\d{2})-(\d{3})"), None);
        assert_eq!(written_shape(r"(\d{2})\d(\d{4})", "$1 $2"), None);
        assert_eq!(written_shape(r"(\d{2})(\d{4})", "${1} $2"), None);
    }

    #[test]
    fn digit_groups_no_format_writes_are_refused_before_a_regex_runs() {
        let regions = regions(&["US".into(), "BR".into()]);
        let us = regions[0].plan().expect("the US plan");
        assert!(us.may_group(&[3, 3, 4]) && us.may_group(&[1, 3, 3, 4]));
        // One group, or a lone `1` before one: what no format fits is written as it is.
        assert!(us.may_group(&[10]) && us.may_group(&[1, 10]));
        assert!(!us.may_group(&[2, 6]) && !us.may_group(&[4, 2]) && !us.may_group(&[3, 2, 4]));
        assert!(!regions[0].could_be_valid("41.55550132", "4155550132", &[2, 8]));
        // Brazil's formats write carrier codes: any groups may be one of them.
        assert!(regions[1].plan().is_none_or(|br| br.may_group(&[2, 6])));
    }

    /// Every phone candidate of the labelled corpora (tests/privacy: the tuning split and
    /// corpus.jsonl) in every region they are evaluated with, and every example number of
    /// every region in its own region (national format, bare digits, with the trunk prefix):
    /// whatever libphonenumber accepts, the plan lets through, so the plan changes no finding.
    #[test]
    fn the_plan_lets_through_every_number_libphonenumber_accepts() {
        use phonenumber::metadata::DATABASE;
        let mut cases: Vec<(String, Id)> = Vec::new();
        let phone_candidates: Vec<Regex> = super::super::patterns::builtin_patterns()
            .into_iter()
            .filter(|p| p.detector == "phone_national" || p.detector == "phone_in_context")
            .map(|p| p.regex)
            .collect();
        let tuning = [
            "US", "GB", "DE", "FR", "ES", "BR", "IT", "JP", "IN", "AU", "SG",
        ];
        for (file, region_names) in [
            ("corpus.jsonl", &tuning[..4]),
            ("unseen_tune.jsonl", &tuning[..]),
        ] {
            let jsonl = crate::privacy::tuning_corpus(file);
            for line in jsonl.lines() {
                let record: serde_json::Value = serde_json::from_str(line).expect("json line");
                let text = record["text"].as_str().expect("a text");
                for regex in &phone_candidates {
                    for found in regex.find_iter(text) {
                        let candidate = found.as_str().trim_start_matches('+');
                        for name in region_names {
                            cases.push((candidate.to_string(), name.parse().expect("region")));
                        }
                    }
                }
            }
        }
        for meta in DATABASE.iter() {
            let Ok(id) = meta.id().parse::<Id>() else {
                continue;
            };
            let examples = number_types(meta);
            for example in examples.iter().flatten().filter_map(|d| d.example()) {
                cases.push((example.to_string(), id));
                if let Some(prefix) = meta.national_prefix() {
                    cases.push((format!("{prefix}{example}"), id));
                }
                if let Ok(number) = phonenumber::parse(Some(id), example) {
                    let national = phonenumber::format(&number)
                        .mode(Mode::National)
                        .to_string();
                    cases.push((national, id));
                }
            }
        }
        let mut names: Vec<String> = cases
            .iter()
            .map(|(_, id)| id.as_ref().to_string())
            .collect();
        names.sort();
        names.dedup();
        let regions = regions(&names);
        let (mut accepted, mut refused_early) = (0, 0);
        for (text, id) in &cases {
            let region = regions.iter().find(|r| r.id == *id).expect("region built");
            let digits = digits_of(text);
            let groups = group_lengths(text);
            let plan_ok = region.could_be_valid(text, &digits, &groups);
            if written_as_region_writes(text, &digits, &groups, region) {
                accepted += 1;
                assert!(
                    plan_ok,
                    "{text} in {id:?}: libphonenumber accepts, the plan refuses"
                );
            } else if !plan_ok {
                refused_early += 1;
            }
        }
        assert!(accepted > 1000, "only {accepted} accepted numbers checked");
        assert!(refused_early > 0, "the plan refused nothing");
    }

    /// The validity and region the plan's checks answer are the crate's, on every example
    /// number of every region (as `+CC` and in its own region, also with a digit more, a digit
    /// less and its last digit changed) and every phone-like candidate of the labelled corpora
    /// (tests/privacy: the tuning split and corpus.jsonl) as `+` numbers and in each region.
    #[test]
    fn validity_and_region_are_the_crates() {
        use phonenumber::metadata::DATABASE;
        let mut numbers: Vec<PhoneNumber> = Vec::new();
        let mut parse = |region: Option<Id>, text: &str| {
            if let Ok(number) = phonenumber::parse(region, text) {
                numbers.push(number);
            }
        };
        let ids: Vec<Id> = DATABASE
            .iter()
            .filter_map(|meta| meta.id().parse().ok())
            .collect();
        for meta in DATABASE.iter() {
            let id = meta.id().parse::<Id>().ok();
            let examples = number_types(meta);
            for example in examples.iter().flatten().filter_map(|d| d.example()) {
                let changed = format!("{}{}", &example[..example.len() - 1], "7");
                let variants = [
                    example.to_string(),
                    format!("{example}5"),
                    example[..example.len() - 1].to_string(),
                    changed,
                ];
                for variant in &variants {
                    parse(None, &format!("+{} {variant}", meta.country_code()));
                    if id.is_some() {
                        parse(id, variant);
                    }
                }
            }
        }
        let candidates = Regex::new(r"\+?[0-9][0-9 ().-]{4,20}[0-9]").expect("regex");
        for file in ["corpus.jsonl", "unseen_tune.jsonl"] {
            let jsonl = crate::privacy::tuning_corpus(file);
            for found in candidates.find_iter(&jsonl) {
                let digits = found.as_str().trim_start_matches('+');
                parse(None, &format!("+{digits}"));
                for id in ids.iter().step_by(7) {
                    parse(Some(*id), digits);
                }
            }
        }
        let mut valid = 0;
        for number in &numbers {
            let crates = phonenumber::is_valid(number);
            assert_eq!(is_valid(number), crates, "{number:?}");
            assert_eq!(region_of(number), number.country().id(), "{number:?}");
            valid += usize::from(crates);
        }
        assert!(
            valid > 2000 && numbers.len() - valid > 2000,
            "{valid} of {}",
            numbers.len()
        );
    }

    #[test]
    fn every_metadata_pattern_compiles_for_ascii_digits_as_it_does_for_unicode() {
        use phonenumber::metadata::DATABASE;
        let mut patterns = 0;
        for meta in DATABASE.iter() {
            let descriptors = number_types(meta)
                .into_iter()
                .flatten()
                .chain([meta.descriptors().general()]);
            let formats = meta.formats().iter().flat_map(|format| {
                let leading = format.leading_digits().iter().map(|l| l.as_str());
                leading.chain([format.pattern().as_str()])
            });
            for pattern in descriptors
                .map(|d| d.national_number().as_str())
                .chain(formats)
            {
                let unicode = RegexBuilder::new(pattern).ignore_whitespace(true).build();
                assert_eq!(
                    metadata_regex(pattern).is_some(),
                    unicode.is_ok(),
                    "{}: {pattern}",
                    meta.id()
                );
                patterns += 1;
            }
        }
        assert!(patterns > 1000, "{patterns} patterns");
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
