//! The decoy corpus (tests/privacy/decoys_*.jsonl, written by tests/privacy/generate_decoys.py
//! from mimesis and python-stdnum, independent of the other corpora's generators): records with
//! no personal data at all (versions, prices, measurements, identifiers, products, places, words
//! and sentences in seven locales), so every finding is a false positive. Each split is held to
//! the share of records flagged it was measured at, and every record round trips.
//!
//! The real decoys (tests/privacy/real_decoys_*.jsonl, cut by
//! tests/privacy/extract_real_decoys.py from Debian package descriptions, Python's `help()`
//! topics and docstrings of installed libraries, split by package, topic and library) are text
//! nobody wrote for these detectors; they are held to the bar, fewer than 1% flagged.
//!
//! The faker-js decoys (tests/privacy/fakerjs_decoys_*.jsonl, written by
//! tests/privacy/generate_decoys_fakerjs.mjs: @faker-js/faker values, breeds, cars, airports,
//! dishes, publishers, currencies, departments, in frames written by a helper that never read
//! the detectors, split by frame) are held to the same bar.
//!
//! So are the crate decoys (tests/privacy/crate_decoys_*.jsonl, cut by
//! tests/privacy/extract_crate_decoys.py from the READMEs of the Rust crates in Cargo.lock,
//! split by crate): software prose, product names, versions and numbers.
//!
//! The new-frame decoys (tests/privacy/decoys_new_*.jsonl, written by
//! tests/privacy/decoy_frames_new.py: generate_decoys.py's mimesis values in 120 frames a helper
//! session wrote in session 37 without reading the detectors or the other frames, split by
//! frame; and tests/privacy/decoys_new2_*.jsonl, tests/privacy/decoy_frames_new2.py, 116 frames
//! of messages to and from an assistant by a second helper that saw neither; and
//! tests/privacy/decoys_new3_*.jsonl, tests/privacy/decoy_frames_new3.py, 116 frames of
//! documents and machine output by a third; a fourth and a fifth held out whole; a sixth,
//! tests/privacy/decoys_new6_*.jsonl, split by frame again; a seventh held out whole) show whether the detectors hold on
//! frames nobody tuned them to.
//!
//! The helper decoys (tests/privacy/helper_decoys_*.jsonl, written by
//! tests/privacy/helper_decoys/, a generator a helper session wrote without reading the
//! detectors, split by topic) are built to be hard: places, institutions, firms, dishes,
//! breeds, works and ships named after people. They are far from the bar and are held
//! to what they were measured at, so that no change makes them worse unnoticed.

mod common;

use common::assert_privacy_round_trips;
use roxy::config::PrivacyConfig;
use roxy::privacy::eval;

const TUNE: &str = include_str!("privacy/decoys_tune.jsonl");
/// A second sample of the tuning frames, other values (generate_decoys.py's TUNE2_SEED).
const TUNE2: &str = include_str!("privacy/decoys_tune2.jsonl");
/// Frames the tuning split never uses, values from another seed; scored once, after the fixes.
const HELD_OUT: &str = include_str!("privacy/decoys_heldout.jsonl");
const REAL_TUNE: &str = include_str!("privacy/real_decoys_tune.jsonl");
const FAKERJS_TUNE: &str = include_str!("privacy/fakerjs_decoys_tune.jsonl");
/// Frames the tuning split never uses, values from another seed; scored once, after the fixes.
const FAKERJS_HELD_OUT: &str = include_str!("privacy/fakerjs_decoys_heldout.jsonl");
/// Packages, topics and libraries the tuning split never holds; scored once, after the fixes.
const REAL_HELD_OUT: &str = include_str!("privacy/real_decoys_heldout.jsonl");
const CRATE_TUNE: &str = include_str!("privacy/crate_decoys_tune.jsonl");
/// Crates the tuning split never holds; scored once.
const CRATE_HELD_OUT: &str = include_str!("privacy/crate_decoys_heldout.jsonl");
const HELPER_TUNE: &str = include_str!("privacy/helper_decoys_tune.jsonl");
const NEW_TUNE: &str = include_str!("privacy/decoys_new_tune.jsonl");
const NEW2_TUNE: &str = include_str!("privacy/decoys_new2_tune.jsonl");
const NEW3_TUNE: &str = include_str!("privacy/decoys_new3_tune.jsonl");
/// The three new-frame sources' held-out frames, values from other seeds; scored once, after
/// the fixes all three tuning parts led to.
const NEW_HELD_OUT: &str = include_str!("privacy/decoys_new_heldout.jsonl");
const NEW2_HELD_OUT: &str = include_str!("privacy/decoys_new2_heldout.jsonl");
const NEW3_HELD_OUT: &str = include_str!("privacy/decoys_new3_heldout.jsonl");
/// A fourth helper's frames (tests/privacy/decoy_frames_new4.py: posts, reviews, hobby forums,
/// listings, shell and config output), held out whole: written once, scored once.
const NEW4_HELD_OUT: &str = include_str!("privacy/decoys_new4_heldout.jsonl");
/// A fifth helper's frames (tests/privacy/decoy_frames_new5.py: IT tickets, chat, bookings,
/// orders, headlines, sports results, lab notes, leaflets, catalogues, API and CI output), held
/// out whole: written after session 38's dictionary landed, scored once.
const NEW5_HELD_OUT: &str = include_str!("privacy/decoys_new5_heldout.jsonl");
/// A sixth helper's frames (tests/privacy/decoy_frames_new6.py: recipes, wine lists, listings,
/// timetables, changelogs, games, astronomy, minerals, birds, hiking, cars, bank and tax-form
/// lines, in six languages), split by frame: 28 frames tuned on, 41 held out and scored once.
const NEW6_TUNE: &str = include_str!("privacy/decoys_new6_tune.jsonl");
const NEW6_HELD_OUT: &str = include_str!("privacy/decoys_new6_heldout.jsonl");
/// A seventh helper's frames (tests/privacy/decoy_frames_new7.py: tickets, loans, parcel
/// tracking, device and printer logs, labels and forms, festivals, holidays, SQL and API
/// output, in six languages), held out whole: written after session 39's fixes, scored once.
const NEW7_HELD_OUT: &str = include_str!("privacy/decoys_new7_heldout.jsonl");
/// An eighth helper's frames (tests/privacy/decoy_frames_new8.py: 81 frames of tool calls and
/// prose in seven languages: lot, article, order and certificate numbers under their labels,
/// holidays, brands, eponyms, blank and redacted forms), split by frame: 53 tuned on in session
/// 40, 28 held out and scored at its end (twice: after the fixes, and after a review's guards).
const NEW8_TUNE: &str = include_str!("privacy/decoys_new8_tune.jsonl");
const NEW8_HELD_OUT: &str = include_str!("privacy/decoys_new8_heldout.jsonl");
/// A ninth helper's frames (tests/privacy/decoy_frames_new9.py: 125 frames of what an assistant
/// is ordinarily sent and receives, written without reading the detectors: code, logs, configs,
/// API results for weather, trains, sports, shops, packages, homework and travel in seven
/// languages, no person's data), split by frame: 78 tune, 47 held out. Its servers' URLs and IP
/// addresses are types the gateway redacts whoever they belong to.
const NEW9_TUNE: &str = include_str!("privacy/decoys_new9_tune.jsonl");
const NEW9_HELD_OUT: &str = include_str!("privacy/decoys_new9_heldout.jsonl");
/// Topics the tuning split never holds; scored once, after the fixes.
const HELPER_HELD_OUT: &str = include_str!("privacy/helper_decoys_heldout.jsonl");

/// The regions the other unseen corpora are scored with (decoys must not become phones there).
fn corpus_config() -> PrivacyConfig {
    serde_json::from_value(serde_json::json!({
        "phone_regions": ["US", "GB", "DE", "FR", "ES", "BR", "IT", "JP", "IN", "AU", "SG"]
    }))
    .expect("config parses")
}

/// Asserts that fewer than `percent`% of `corpus`'s records (all decoys) get any finding.
fn assert_flagged_below(corpus: &str, percent: usize) {
    let config = corpus_config();
    let records = eval::parse_corpus(corpus).expect("corpus parses");
    assert!(records.iter().all(|r| r.spans.is_empty()), "decoys only");
    let detector = roxy::privacy::Detector::new(&config).expect("detector");
    let flagged: Vec<String> = records
        .iter()
        .filter_map(|r| {
            let found = eval::find_spans(&detector, &r.text);
            (!found.is_empty()).then(|| format!("{found:?} in {:?}", r.text))
        })
        .collect();
    println!(
        "{} of {} decoy records flagged",
        flagged.len(),
        records.len()
    );
    assert!(
        flagged.len() * 100 < records.len() * percent,
        "{} of {} decoy records flagged:\n{}",
        flagged.len(),
        records.len(),
        flagged.join("\n")
    );
}

/// 3 of 1,000 flagged (0.3%): a programming language named after a person before `is`, a town
/// in parentheses.
#[test]
fn tuning_decoys_are_left_alone() {
    assert_flagged_below(TUNE, 1);
}

/// Scored once, after the fixes the tuning split led to: 11 of 500 flagged (2.2%, all PERSON),
/// short of 1%, so held to what it reached; 9 of 500 (1.8%) after session 27's fixes from the
/// second tuning sample; 7 of 500 (1.4%) after session 29's from the faker-js decoys.
const HELD_OUT_PERCENT: usize = 2;

#[test]
fn held_out_decoys_are_left_alone() {
    assert_flagged_below(HELD_OUT, HELD_OUT_PERCENT);
}

#[test]
fn every_tuning_decoy_round_trips() {
    assert_privacy_round_trips(TUNE);
}

/// 26 of 5,000 flagged (0.5%; 70, 1.4%, before session 27's fixes): `Haskell is`, pairs of
/// nationality or language words, towns after French `à`, drinks in lists.
#[test]
fn second_tuning_sample_decoys_are_left_alone() {
    assert_flagged_below(TUNE2, 1);
}

#[test]
fn every_second_sample_decoy_round_trips() {
    assert_privacy_round_trips(TUNE2);
}

#[test]
fn every_held_out_decoy_round_trips() {
    assert_privacy_round_trips(HELD_OUT);
}

/// 5 of 1,498 flagged before this file's fixes (a given name ending a product's name, `Athena
/// Widgets`, a cue's reach past a full stop), 0 after.
#[test]
fn real_tuning_decoys_are_left_alone() {
    assert_flagged_below(REAL_TUNE, 1);
}

/// Scored once, after the fixes (before the last three, found in the standard library's
/// docstrings): 1 of 750 flagged (0.13%).
#[test]
fn real_held_out_decoys_are_left_alone() {
    assert_flagged_below(REAL_HELD_OUT, 1);
}

#[test]
fn every_real_tuning_decoy_round_trips() {
    assert_privacy_round_trips(REAL_TUNE);
}

#[test]
fn every_real_held_out_decoy_round_trips() {
    assert_privacy_round_trips(REAL_HELD_OUT);
}

/// 112 of 2,000 flagged (5.6%) when first scored; 10 (0.5%) after session 29's fixes (months,
/// weekdays and currency units from CLDR, airports, breeds, dishes, publishers, departments,
/// keys in six languages, two-word makers).
#[test]
fn fakerjs_tuning_decoys_are_left_alone() {
    assert_flagged_below(FAKERJS_TUNE, 1);
}

/// Scored once, after the fixes: 5 of 1,000 flagged (0.5%; the detector before them flagged 76).
#[test]
fn fakerjs_held_out_decoys_are_left_alone() {
    assert_flagged_below(FAKERJS_HELD_OUT, 1);
}

#[test]
fn every_fakerjs_decoy_round_trips() {
    assert_privacy_round_trips(FAKERJS_TUNE);
    assert_privacy_round_trips(FAKERJS_HELD_OUT);
}

/// 6 of 928 flagged (0.6%) when first scored, all a crate named with a given name before a verb
/// or a possessive (`Mio is a fast, low-level I/O library`, `Rand's experimental feature`),
/// which the rule for a known given name alone before a verb takes for a person (`Stanley is`);
/// left as they are.
#[test]
fn crate_tuning_decoys_are_left_alone() {
    assert_flagged_below(CRATE_TUNE, 1);
}

/// Scored once, with the detectors of session 33 (no change made for this source): 0 of 255.
#[test]
fn crate_held_out_decoys_are_left_alone() {
    assert_flagged_below(CRATE_HELD_OUT, 1);
}

#[test]
fn every_crate_decoy_round_trips() {
    assert_privacy_round_trips(CRATE_TUNE);
    assert_privacy_round_trips(CRATE_HELD_OUT);
}

/// 135 of 681 flagged (19.8%) with the detectors of session 34; 81 (11.9%) after session 35's
/// fixes from it (institutions, venues, prizes and ships named after people, a town word before
/// a name, `Vila`/`Piazza` without a number, titles that are no given names). What is left is
/// mostly works, drinks and cultivars named by a person's name alone (`Forrest Gump`, `Jim
/// Beam`, `'Louise Odier'`), which no rule without world knowledge tells from people. Session 41
/// read their surroundings instead (works.rs: lists headed as works, JSON objects that describe
/// a work or a thing, works compared or chosen among; a plant in parentheses after a cultivar):
/// 70 -> 42, then 45 and 48 (7.0%) after two reviews' guards for recall.
#[test]
fn helper_tuning_decoys_are_held_where_they_were_measured() {
    assert_flagged_below(HELPER_TUNE, 8);
}

/// 54 of 219 (24.7%) with session 34's detectors; scored after session 35's fixes: 54, and once
/// more after the last one (titles, found on the tuning split): 52 (23.7%). Its topics (books,
/// landmarks, ensembles, fiction, firms, brands, saints' days, streets) are not the tuning
/// split's, and the fixes made for the tuning topics barely reach them. Session 41 (works and
/// things read from their surroundings): 46 (21.0%); 48 (21.9%) after a review's guards.
#[test]
fn helper_held_out_decoys_are_held_where_they_were_measured() {
    assert_flagged_below(HELPER_HELD_OUT, 22);
}

#[test]
fn every_helper_decoy_round_trips() {
    assert_privacy_round_trips(HELPER_TUNE);
    assert_privacy_round_trips(HELPER_HELD_OUT);
}

/// 105 of 3,000 flagged (3.5%) when first scored, by five frames: a beer's `Born-on date`, a
/// four-part firmware version, firms named after a founder (`Abbott Laboratories`, `Kimball
/// Electronics`), sky objects and shrines (`Andromeda Galaxy`, `Fushimi Inari Taisha`); 6
/// (0.2%) after session 37's fixes, drinks and a town named by a person's name among them.
#[test]
fn new_frame_tuning_decoys_are_left_alone() {
    assert_flagged_below(NEW_TUNE, 1);
}

#[test]
fn every_new_frame_decoy_round_trips() {
    assert_privacy_round_trips(NEW_TUNE);
}

/// 90 of 3,000 flagged (3.0%) when first scored: a greeting a line break ends (`Hi,\n\nJust
/// confirming`), teams signing or owning (`Best,\nFacilities`, `"owner": "People Ops"`), a hotel
/// named with a street word (`Crowne Plaza Beeston, 4 nights`); 7 (0.2%) after session 37's fixes,
/// football clubs and towns named like people among them.
#[test]
fn second_new_frame_tuning_decoys_are_left_alone() {
    assert_flagged_below(NEW2_TUNE, 1);
}

#[test]
fn every_second_new_frame_decoy_round_trips() {
    assert_privacy_round_trips(NEW2_TUNE);
}

/// 42 of 3,000 flagged (1.4%) when first scored, by two frames: a party (`Liberal Alliance`) and
/// a bus stop on a square (`sentido Praça da Matriz`); 1 after session 37's fixes.
#[test]
fn third_new_frame_tuning_decoys_are_left_alone() {
    assert_flagged_below(NEW3_TUNE, 1);
}

#[test]
fn every_third_new_frame_decoy_round_trips() {
    assert_privacy_round_trips(NEW3_TUNE);
}

/// Scored once, at the end of session 37 (the session's first detector in brackets): 13 of
/// 1,000 (32), 72 of 1,000 (82), 39 of 1,000 (39), nearly all PERSON, DATE_OF_BIRTH and
/// STREET_ADDRESS by a few frames each. Far from the 1%: the classes one source's
/// tuning part shows are not those of its held-out frames, nor of another source. Held where
/// they were measured, so that no change makes them worse unnoticed. Scored once more at the
/// end of session 38, after the dictionary of words that are nobody's name (a kind of evidence,
/// not a fix of a class): 13, 56, 37 of 1,000; at the end of session 39, the same.
#[test]
fn new_frame_held_out_decoys_are_held_where_they_were_measured() {
    assert_flagged_below(NEW_HELD_OUT, 2);
    assert_flagged_below(NEW2_HELD_OUT, 6);
    assert_flagged_below(NEW3_HELD_OUT, 4);
    // Scored once at the end of session 37 with that session's first and last detector: 15 of
    // 1,500 (1.0%) both times; at the end of sessions 38 and 39, 12 (0.8%).
    assert_flagged_below(NEW4_HELD_OUT, 1);
    // Scored once, at the end of session 38: 19 of 1,500 (1.3%; 24 with that session's first
    // detector, 26 with session 37's first); the same at the end of session 39; 17 at the end
    // of session 40 (a sign-off's team whose words are all English words is no one).
    assert_flagged_below(NEW5_HELD_OUT, 2);
    // Scored once, at the end of session 39: 54 of 2,000 (2.7%; 92 = 4.6% with that session's
    // first detector), after the fixes its tuning frames led to.
    assert_flagged_below(NEW6_HELD_OUT, 3);
    // Scored once, at the end of session 39: 285 of 2,000 (14.2%; 304 with that session's first
    // detector, 351 with session 38's before the dictionary); 294 (14.7%) after the review's
    // recall guards that came later (`Hub Valencia Riba-roja`). By type, records: PERSON 141,
    // PHONE_NUMBER 55, US_SSN 38 (lot and batch numbers shaped like SSNs under `Charge`,
    // `Lotto`), URL 29 and EMAIL_ADDRESS 17 (`docs.example.com`, a `you@example.com`
    // placeholder: types the gateway redacts whoever they belong to; 46 records hold nothing
    // else), DATE_OF_BIRTH 9, STREET_ADDRESS 1. At the end of session 40, after the labels of
    // identifiers in six more languages and the holidays: 255 (12.8%); session 41: 249 (12.4%).
    assert_flagged_below(NEW7_HELD_OUT, 13);
    // Scored at the end of session 40: 124 of 2,000 (6.2%; 388 = 19.4% with that session's
    // first detector); 137 (6.9%) with its last, after a review's guards for recall (and a
    // table column's header label). Session 41, last detector: 133 (6.7%).
    assert_flagged_below(NEW8_HELD_OUT, 7);
}

/// Both splits scored first with session 41's first and last detectors, before anything was
/// read of them: tune 232 of 2,000 (11.6%) both, held out 258 (12.9%) both; 190 and 163 URLs and
/// 81 and 549 IP addresses (servers', which the gateway redacts by type); records with anything
/// else: tune 63 (3.2%), held out 80 (4.0%). After fixes read from the tuning split (EAN-13s
/// taken for cards, `Lda` firms, `Couldn't` after `ms:`, `gtin13`/`barcode` labels, squares and
/// resorts): tune 204 (26 with anything but URLs and IPs), held out, scored a second, third and
/// fourth time (after each of two reviews' guards for recall), 246 (68: 3.4%), 242 and 246.
#[test]
fn ninth_new_frame_decoys_are_held_where_they_were_measured() {
    assert_flagged_below(NEW9_TUNE, 11);
    assert_flagged_below(NEW9_HELD_OUT, 13);
}

#[test]
fn every_ninth_new_frame_decoy_round_trips() {
    assert_privacy_round_trips(NEW9_TUNE);
    assert_privacy_round_trips(NEW9_HELD_OUT);
}

/// 352 of 2,000 flagged (17.6%) when first scored: SSN- and phone-shaped lot, article, order
/// and certificate numbers under labels in German, French, Spanish, Portuguese, Italian and
/// Dutch (`Lote`, `Charge`, `Kundennummer`, `Réf.`, `código`, `"lot-number": "`), holidays
/// named after someone (`Día de San José`, `Victoria Day`), brands written as possessives
/// (`Wendy's`, `Ben & Jerry's`), a sign-off's team (`Regards,\nWarehouse Dispatch`), a pick
/// list's `LOT` column; 71 (3.5%) after session 40's fixes. Session 41: 18 (0.9%) with a column
/// of same-shaped numbers most of which are no phones (lottery draws by city), an order's line
/// (`25 × € 52,40`), a code's tail (`RMA-193-95-5144`), a date compared with another date's
/// column, `Los-Nr.`, a colour beside `pantone`; then 22 and 39 (1.9%) after two reviews'
/// guards for recall, which dropped the order's line (a pizza log's phones look the same) and
/// the code's tail (`JDOE-536-22-1234`). Left: those two, a quiz machine (`Watson was`), `Dr.
/// Oetker`, Dutch `Kaartnummer` on tickets.
#[test]
fn eighth_new_frame_tuning_decoys_are_held_where_they_were_measured() {
    assert_flagged_below(NEW8_TUNE, 2);
}

#[test]
fn every_eighth_new_frame_decoy_round_trips() {
    assert_privacy_round_trips(NEW8_TUNE);
    assert_privacy_round_trips(NEW8_HELD_OUT);
}

/// 119 of 2,000 flagged (5.9%) when first scored: wine estates and appellations (`Cantine
/// Monte Lungo`, `Etna Rosso DOC`), cultivars (`Maris Piper potatoes`) and a form's OMB number
/// under `omb_no` read as a phone; 33 (1.7%) after session 39's fixes, wines, a building's
/// rooms (`Franklin Hall 1.40`) and a bird (`Martín Pescador`) among them.
#[test]
fn sixth_new_frame_tuning_decoys_are_held_where_they_were_measured() {
    assert_flagged_below(NEW6_TUNE, 2);
}

#[test]
fn every_sixth_new_frame_decoy_round_trips() {
    assert_privacy_round_trips(NEW6_TUNE);
    assert_privacy_round_trips(NEW6_HELD_OUT);
}

#[test]
fn every_new_frame_held_out_decoy_round_trips() {
    assert_privacy_round_trips(NEW_HELD_OUT);
    assert_privacy_round_trips(NEW2_HELD_OUT);
    assert_privacy_round_trips(NEW3_HELD_OUT);
    assert_privacy_round_trips(NEW4_HELD_OUT);
    assert_privacy_round_trips(NEW5_HELD_OUT);
    assert_privacy_round_trips(NEW7_HELD_OUT);
}
