//! Validators that decide whether a pattern match is really personal data: checksums (Luhn,
//! mod-97), range rules (SSN), parsing (IP
//! addresses, calendar dates) and structure (JWT). Each takes the matched text and answers
//! yes or no; none of them looks at the surrounding text.

use std::net::{Ipv4Addr, Ipv6Addr};

use base64::Engine as _;

/// The digits of `text`, ignoring everything else.
pub fn digits(text: &str) -> Vec<u8> {
    text.bytes()
        .filter(u8::is_ascii_digit)
        .map(|b| b - b'0')
        .collect()
}

/// Luhn (mod 10) checksum, as used by payment cards.
pub fn luhn_valid(digits: &[u8]) -> bool {
    if digits.len() < 2 {
        return false;
    }
    let sum: u32 = digits
        .iter()
        .rev()
        .enumerate()
        .map(|(index, &digit)| {
            let digit = u32::from(digit);
            if index % 2 == 1 {
                let doubled = digit * 2;
                if doubled > 9 { doubled - 9 } else { doubled }
            } else {
                digit
            }
        })
        .sum();
    sum.is_multiple_of(10)
}

fn prefix_number(digits: &[u8], len: usize) -> u32 {
    digits
        .iter()
        .take(len)
        .fold(0, |acc, &d| acc * 10 + u32::from(d))
}

/// Whether a card number's prefix and length belong to an issued brand range (Visa,
/// Mastercard, Amex, Discover, JCB, Diners, UnionPay, Maestro, Mir, RuPay, Verve, Troy).
pub fn card_brand_valid(digits: &[u8]) -> bool {
    let len = digits.len();
    let p = |n| prefix_number(digits, n);
    let in_range = |n, low, high| (low..=high).contains(&p(n));
    match digits.first() {
        // Visa (13, 16, 19 digits).
        Some(4) => matches!(len, 13 | 16 | 19),
        // Mastercard 51-55 and 2221-2720; Mir 2200-2204.
        Some(5) if in_range(2, 51, 55) => len == 16,
        Some(2) if in_range(4, 2221, 2720) => len == 16,
        Some(2) if in_range(4, 2200, 2204) => (16..=19).contains(&len),
        // Amex 34/37 (15); Diners 300-305, 36, 38, 39 (14-19); JCB 35 (16-19; issued 3528-3589,
        // test numbers and generators use all of 35).
        Some(3) if p(2) == 34 || p(2) == 37 => len == 15,
        Some(3) if in_range(3, 300, 305) || matches!(p(2), 36 | 38 | 39) => {
            (14..=19).contains(&len)
        }
        Some(3) if p(2) == 35 => (16..=19).contains(&len),
        // Discover 6011, 644-649, 65; UnionPay 62; RuPay 60, 81, 82; Maestro 50, 56-69; Troy 9792.
        Some(6) => (12..=19).contains(&len),
        Some(5) if p(2) == 50 || in_range(2, 56, 59) => (12..=19).contains(&len),
        Some(8) if matches!(p(2), 81 | 82) => len == 16,
        Some(9) if p(4) == 9792 => len == 16,
        _ => false,
    }
}

/// US Social Security Number rules: area not 000, 666 or 900-999; group not 00; serial not
/// 0000; and not one of the numbers made public in advertising.
pub fn ssn_valid(digits: &[u8]) -> bool {
    if digits.len() != 9 {
        return false;
    }
    let area = prefix_number(digits, 3);
    let group = prefix_number(&digits[3..], 2);
    let serial = prefix_number(&digits[5..], 4);
    let number = prefix_number(digits, 9);
    area != 0
        && area != 666
        && area < 900
        && group != 0
        && serial != 0
        && !matches!(number, 78051120 | 219099999 | 123456789)
}

/// IBAN length per country (ISO 13616 registry).
const IBAN_LENGTHS: &[(&str, usize)] = &[
    ("AD", 24),
    ("AE", 23),
    ("AL", 28),
    ("AT", 20),
    ("AZ", 28),
    ("BA", 20),
    ("BE", 16),
    ("BG", 22),
    ("BH", 22),
    ("BR", 29),
    ("BY", 28),
    ("CH", 21),
    ("CR", 22),
    ("CY", 28),
    ("CZ", 24),
    ("DE", 22),
    ("DK", 18),
    ("DO", 28),
    ("EE", 20),
    ("EG", 29),
    ("ES", 24),
    ("FI", 18),
    ("FO", 18),
    ("FR", 27),
    ("GB", 22),
    ("GE", 22),
    ("GI", 23),
    ("GL", 18),
    ("GR", 27),
    ("GT", 28),
    ("HR", 21),
    ("HU", 28),
    ("IE", 22),
    ("IL", 23),
    ("IQ", 23),
    ("IS", 26),
    ("IT", 27),
    ("JO", 30),
    ("KW", 30),
    ("KZ", 20),
    ("LB", 28),
    ("LC", 32),
    ("LI", 21),
    ("LT", 20),
    ("LU", 20),
    ("LV", 21),
    ("MC", 27),
    ("MD", 24),
    ("ME", 22),
    ("MK", 19),
    ("MR", 27),
    ("MT", 31),
    ("MU", 30),
    ("NL", 18),
    ("NO", 15),
    ("PK", 24),
    ("PL", 28),
    ("PS", 29),
    ("PT", 25),
    ("QA", 29),
    ("RO", 24),
    ("RS", 22),
    ("SA", 24),
    ("SC", 31),
    ("SE", 24),
    ("SI", 19),
    ("SK", 24),
    ("SM", 27),
    ("ST", 25),
    ("SV", 28),
    ("TL", 23),
    ("TN", 24),
    ("TR", 26),
    ("UA", 29),
    ("VA", 22),
    ("VG", 24),
    ("XK", 20),
];

/// The IBAN length for a country code, if the country uses IBANs.
pub fn iban_length(country: &str) -> Option<usize> {
    IBAN_LENGTHS
        .iter()
        .find(|(code, _)| *code == country)
        .map(|&(_, len)| len)
}

/// Whether `compact` (an IBAN without spaces) has its country's length and passes mod-97.
pub fn iban_valid(compact: &str) -> bool {
    let Some(country) = compact.get(..2) else {
        return false;
    };
    if iban_length(country) != Some(compact.len())
        || !compact
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
        || !compact[2..4].bytes().all(|b| b.is_ascii_digit())
    {
        return false;
    }
    let rearranged = compact[4..].bytes().chain(compact[..4].bytes());
    let mut remainder: u32 = 0;
    for byte in rearranged {
        let value = if byte.is_ascii_digit() {
            u32::from(byte - b'0')
        } else {
            u32::from(byte - b'A') + 10
        };
        remainder = if value >= 10 {
            (remainder * 100 + value) % 97
        } else {
            (remainder * 10 + value) % 97
        };
    }
    remainder == 1
}

/// Whether `text` parses as an IPv4 address in dotted-quad form (no leading zeros) that could
/// be some machine's: not one of "this network" `0.x.x.x` (the unspecified `0.0.0.0`, hostmasks
/// such as `0.0.0.255`), a loopback `127.x.x.x`, the broadcast `255.255.255.255` or a netmask
/// (`255.255.255.0`, `255.255.240.0`), which name no one.
pub fn ipv4_valid(text: &str) -> bool {
    text.parse::<Ipv4Addr>().is_ok_and(|address| {
        let bits = u32::from(address);
        let netmask = bits.leading_ones() >= 8 && bits.leading_ones() + bits.trailing_zeros() == 32;
        let this_network = address.octets()[0] == 0;
        !(this_network || address.is_loopback() || address.is_broadcast() || netmask)
    })
}

/// Whether `text` parses as an IPv6 address (an optional `%zone` suffix is allowed) that could
/// be some machine's: not the unspecified `::`, the loopback `::1` or a netmask
/// (`ffff:ffff:ffff:ffff::`).
pub fn ipv6_valid(text: &str) -> bool {
    let address = text.split_once('%').map_or(text, |(address, _)| address);
    address.parse::<Ipv6Addr>().is_ok_and(|address| {
        let bits = u128::from(address);
        let netmask =
            bits.leading_ones() >= 16 && bits.leading_ones() + bits.trailing_zeros() == 128;
        !(address.is_unspecified() || address.is_loopback() || netmask)
    })
}

/// Whether `url` names nothing beyond the machine it is read on: only a scheme and an
/// authority whose host is `localhost`, a loopback address or the unspecified `0.0.0.0` /
/// `[::]` a server listens on, with an optional port and a trailing slash at most
/// (`listening on http://0.0.0.0:8080`, `open http://localhost:3000/`). Such an address is the
/// same on every machine, as bare loopback addresses are (see [`ipv4_valid`]). Anything more
/// keeps the whole URL redacted: a path can hold a name, a number or a token no detector looks
/// for there (`/users/jane-doe`, `/reset/9f86d081…`), and credentials, a query or a fragment a
/// secret; a name under `localhost` can be someone's (`jane-doe.localhost`).
pub fn names_this_machine_only(url: &str) -> bool {
    let Some((_, rest)) = url.split_once("://") else {
        return false;
    };
    let authority = rest.strip_suffix('/').unwrap_or(rest);
    if authority.contains(['/', '?', '#', '@', '\\', '%']) {
        return false;
    }
    match url::Url::parse(url).ok().as_ref().and_then(url::Url::host) {
        Some(url::Host::Domain(name)) => name.trim_end_matches('.') == "localhost",
        Some(url::Host::Ipv4(address)) => address.is_loopback() || address.is_unspecified(),
        Some(url::Host::Ipv6(address)) => address.is_loopback() || address.is_unspecified(),
        None => false,
    }
}

/// Whether `token` is a JSON Web Token: three dot-separated base64url parts whose first two
/// decode to JSON objects and whose header names an algorithm.
pub fn jwt_valid(token: &str) -> bool {
    let mut parts = token.split('.');
    let (Some(header), Some(payload), Some(_signature), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return false;
    };
    let decode_object = |part: &str| {
        base64::engine::general_purpose::URL_SAFE_NO_PAD
            .decode(part.trim_end_matches('='))
            .ok()
            .and_then(|bytes| serde_json::from_slice::<serde_json::Value>(&bytes).ok())
            .filter(serde_json::Value::is_object)
    };
    let header_has_alg = decode_object(header).is_some_and(|h| h.get("alg").is_some());
    header_has_alg && decode_object(payload).is_some()
}

/// Whether (year, month, day) is a calendar date in the plausible range of a birth date.
pub fn birth_date_valid(year: u32, month: u32, day: u32) -> bool {
    let Ok(month) = time::Month::try_from(u8::try_from(month).unwrap_or(0)) else {
        return false;
    };
    let Ok(year) = i32::try_from(year) else {
        return false;
    };
    (1900..=2100).contains(&year)
        && u8::try_from(day)
            .is_ok_and(|day| time::Date::from_calendar_date(year, month, day).is_ok())
}

/// A card number as written: one kind of separator between groups of four (or Amex 4-6-5,
/// Diners 4-6-4), a valid Luhn checksum and a known brand prefix.
pub fn card_valid(text: &str) -> bool {
    let separators: Vec<char> = text.chars().filter(|c| !c.is_ascii_digit()).collect();
    let digits = digits(text);
    if let Some(&first) = separators.first() {
        if separators.iter().any(|&s| s != first) {
            return false;
        }
        let groups: Vec<usize> = text.split(first).map(str::len).collect();
        let (last, leading) = groups.split_last().unwrap_or((&0, &[]));
        let fours = leading.iter().all(|&g| g == 4) && (1..=4).contains(last);
        let amex_or_diners = groups == [4, 6, 5] || groups == [4, 6, 4];
        if !fours && !amex_or_diners {
            return false;
        }
    }
    // A 13-digit number with a GS1 check digit outside Visa's range is a product's EAN-13
    // (`5016034742057`): Maestro's range takes 12-19 digits, but its cards have 16 or more. Visa's
    // old 13-digit numbers stay cards (generators still write them); an EAN there needs its
    // label (`gtin13`, `barcode`).
    let ean_13 = separators.is_empty()
        && digits.len() == 13
        && digits.first() != Some(&4)
        && gs1_check_digit_valid(&digits);
    luhn_valid(&digits) && card_brand_valid(&digits) && !ean_13
}

/// GS1's check digit (EAN, UPC, GTIN): digits weighted 3 and 1 alternately from the right of the
/// check digit, the sum with it a multiple of 10.
fn gs1_check_digit_valid(digits: &[u8]) -> bool {
    let sum: u32 = digits
        .iter()
        .rev()
        .enumerate()
        .map(|(at, &digit)| u32::from(digit) * if at % 2 == 1 { 3 } else { 1 })
        .sum();
    !digits.is_empty() && sum.is_multiple_of(10)
}

/// Three numeric parts joined by `.`, `/` or `-` in a date's shape (`2024-03-15`,
/// `15.03.2024`, `3/15/24`): a date, not a phone number (`090-1234-2465` is not one).
pub fn looks_like_date(text: &str) -> bool {
    let parts: Vec<&str> = text.split(['.', '/', '-']).collect();
    let lengths: Vec<usize> = parts.iter().map(|p| p.len()).collect();
    let numeric = parts
        .iter()
        .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()));
    numeric
        && matches!(
            lengths.as_slice(),
            [4, 1..=2, 1..=2] | [1..=2, 1..=2, 2 | 4]
        )
}

const MONTHS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

/// Whether a numeric or textual date candidate is a real calendar date (either day/month order
/// for numeric dates that do not start with the year). A two-digit year is read as the most
/// recent such year that is not in the future (`9/28/62` is 1962, `3/1/05` is 2005).
pub fn birth_date_in(text: &str) -> bool {
    let parts: Vec<&str> = text
        .split(|c: char| !c.is_ascii_digit())
        .filter(|part| !part.is_empty())
        .collect();
    let numbers: Vec<u32> = parts.iter().filter_map(|part| part.parse().ok()).collect();
    let lower = text.to_lowercase();
    let month_name = MONTHS
        .iter()
        .position(|m| lower.contains(m))
        .and_then(|index| u32::try_from(index + 1).ok());
    match (month_name, numbers.as_slice()) {
        (Some(month), [day, year]) => birth_date_valid(*year, month, *day),
        (None, [year, month, day]) if parts[0].len() == 4 => birth_date_valid(*year, *month, *day),
        (None, [first, second, year]) => {
            let year = if parts[2].len() == 2 {
                full_year(*year)
            } else {
                *year
            };
            birth_date_valid(year, *first, *second) || birth_date_valid(year, *second, *first)
        }
        _ => false,
    }
}

/// A two-digit year as the latest year ending so that is not after this year.
fn full_year(two_digits: u32) -> u32 {
    let this_year = u32::try_from(time::OffsetDateTime::now_utc().year()).unwrap_or(2026);
    let century = this_year / 100 * 100;
    if century + two_digits <= this_year {
        century + two_digits
    } else {
        century - 100 + two_digits
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> Vec<u8> {
        digits(text)
    }

    #[test]
    fn luhn_accepts_issued_test_numbers_and_rejects_altered_ones() {
        for good in [
            "4111 1111 1111 1111",
            "5500-0000-0000-0004",
            "378282246310005",
            "6011111111111117",
            "3530111333300000",
        ] {
            assert!(luhn_valid(&d(good)), "{good}");
        }
        for bad in ["4111 1111 1111 1112", "1234567812345678", "378282246310006"] {
            assert!(!luhn_valid(&d(bad)), "{bad}");
        }
    }

    #[test]
    fn card_brands_cover_current_ranges_and_lengths() {
        for good in [
            "4111111111111111", // Visa 16
            "4222222222222",    // Visa 13
            "5555555555554444", // Mastercard
            "2223003122003222", // Mastercard 2-series
            "378282246310005",  // Amex
            "6011111111111117", // Discover
            "3566002020360505", // JCB
            "30569309025904",   // Diners 14
            "6200000000000005", // UnionPay
            "2200000000000004", // Mir
        ] {
            assert!(card_brand_valid(&d(good)), "{good}");
        }
        for bad in [
            "1111111111111111",
            "411111111111111",
            "3782822463100051",
            "7111111111111111",
            "2100000000000000",
        ] {
            assert!(!card_brand_valid(&d(bad)), "{bad}");
        }
    }

    #[test]
    fn thirteen_digits_with_a_gs1_check_digit_outside_visa_are_eans_not_cards() {
        // Products' EAN-13s that pass Luhn and Maestro's range.
        for ean in ["5016034742057", "5603212014886", "5005987016957"] {
            assert!(luhn_valid(&d(ean)) && card_brand_valid(&d(ean)), "{ean}");
            assert!(!card_valid(ean), "{ean}");
        }
        // In Visa's range, or written in groups, a card as before.
        assert!(card_valid("4012021194411"));
        assert!(card_valid("4222222222222"));
    }

    #[test]
    fn ssn_rules() {
        for good in ["536-22-1234", "123-45-6780", "772-11-0042"] {
            assert!(ssn_valid(&d(good)), "{good}");
        }
        for bad in [
            "000-12-3456",
            "666-12-3456",
            "912-34-5678",
            "536-00-1234",
            "536-22-0000",
            "078-05-1120",
            "123-45-6789",
            "53-22-1234",
        ] {
            assert!(!ssn_valid(&d(bad)), "{bad}");
        }
    }

    #[test]
    fn iban_length_and_mod97() {
        for good in [
            "DE89370400440532013000",
            "GB82WEST12345698765432",
            "FR1420041010050500013M02606",
            "NL91ABNA0417164300",
            "NO9386011117947",
        ] {
            assert!(iban_valid(good), "{good}");
        }
        for bad in [
            "DE89370400440532013001",
            "DE8937040044053201300",
            "XX89370400440532013000",
            "GB82WEST1234569876543X",
            "de89370400440532013000",
        ] {
            assert!(!iban_valid(bad), "{bad}");
        }
    }

    #[test]
    fn ip_addresses_are_parsed() {
        for good in [
            "192.168.1.20",
            "8.8.8.8",
            "255.255.0.1",
            "255.0.0.1",
            "10.0.0.0",
        ] {
            assert!(ipv4_valid(good), "{good}");
        }
        for bad in ["256.1.1.1", "1.2.3", "192.168.01.20"] {
            assert!(!ipv4_valid(bad), "{bad}");
        }
        // Addresses that are no machine's: this network, hostmasks, loopback, broadcast, netmasks.
        for no_one in [
            "0.0.0.0",
            "0.0.0.255",
            "0.12.9.1",
            "127.0.0.1",
            "127.3.9.1",
            "255.255.255.255",
            "255.255.255.0",
            "255.255.240.0",
            "255.0.0.0",
        ] {
            assert!(!ipv4_valid(no_one), "{no_one}");
        }
        for good in [
            "2001:db8::8a2e:370:7334",
            "fe80::1%eth0",
            "::ffff:192.0.2.128",
            "2001:0db8:85a3:0000:0000:8a2e:0370:7334",
        ] {
            assert!(ipv6_valid(good), "{good}");
        }
        for bad in [
            "::",
            "::1",
            "0:0:0:0:0:0:0:1",
            "ffff:ffff:ffff:ffff::",
            "ffff:ffff:ffff:ffff:ffff:ffff:ffff:fff0",
            "10:30:00",
            "00:1A:2B:3C:4D:5E",
            "2001:db8:::1",
            "12345::1",
        ] {
            assert!(!ipv6_valid(bad), "{bad}");
        }
    }

    #[test]
    fn jwt_structure_is_decoded() {
        let good = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c";
        assert!(jwt_valid(good));
        assert!(
            !jwt_valid("eyJub3QiOiJhIGp3dCJ9.eyJzdWIiOiIxIn0.sig"),
            "header without alg"
        );
        assert!(
            !jwt_valid("eyJhbGciOiJIUzI1NiJ9.bm90IGpzb24.sig"),
            "payload not JSON"
        );
        assert!(
            !jwt_valid("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0"),
            "two parts"
        );
    }

    #[test]
    fn birth_dates_must_exist() {
        assert!(birth_date_valid(1985, 3, 12));
        assert!(birth_date_valid(2000, 2, 29));
        assert!(!birth_date_valid(1999, 2, 29));
        assert!(!birth_date_valid(1985, 13, 1));
        assert!(!birth_date_valid(1850, 1, 1));
    }
}

#[cfg(test)]
mod two_digit_years {
    use super::*;

    #[test]
    fn two_digit_years_and_year_first_slashes() {
        assert!(birth_date_in("9/28/62"));
        assert!(birth_date_in("26.11.93"));
        assert!(birth_date_in("1940/01/14"));
        assert!(birth_date_in("16-Jan-1937"));
        assert!(!birth_date_in("9/38/62"));
    }
}
