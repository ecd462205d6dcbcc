//! Checks on a config file's raw text, before and around deserializing it: the bytes must be
//! UTF-8 (else the line and column of the first bad byte), a byte order mark is dropped (YAML
//! allows one), a file holds one YAML document (else where the second begins), and no value
//! carries a YAML tag: serde drops tags without a word, so `command: !!binary aGVsbG8=` would
//! run `aGVsbG8=`.

use super::locate::Position;

/// The text of a config file's bytes, without a leading byte order mark; else where the first
/// byte that is not UTF-8 stands.
pub(crate) fn decode(bytes: Vec<u8>) -> Result<String, Position> {
    match String::from_utf8(bytes) {
        Ok(text) => Ok(without_bom(&text).to_string()),
        Err(error) => {
            let valid = &error.as_bytes()[..error.utf8_error().valid_up_to()];
            // Valid by construction; lossy only to avoid an unwrap.
            let before = String::from_utf8_lossy(valid);
            let line_start = before.rfind('\n').map_or(0, |i| i + 1);
            Err(Position {
                line: before.matches('\n').count() + 1,
                column: before[line_start..].chars().count() + 1,
            })
        }
    }
}

/// `text` without a leading UTF-8 byte order mark.
pub(crate) fn without_bom(text: &str) -> &str {
    text.strip_prefix('\u{feff}').unwrap_or(text)
}

/// Whether `text` holds nothing but blank lines and comments.
pub(crate) fn is_blank(text: &str) -> bool {
    text.lines()
        .all(|l| l.trim().is_empty() || l.trim_start().starts_with('#'))
}

/// Where the second YAML document of `text` begins: its `---` line (a `---` before any
/// content only opens the first document).
pub(crate) fn second_document(text: &str) -> Option<Position> {
    let mut content_seen = false;
    for (index, line) in text.lines().enumerate() {
        let marker = line == "---" || line.starts_with("--- ") || line.starts_with("---\t");
        if marker && content_seen {
            return Some(Position {
                line: index + 1,
                column: 1,
            });
        }
        let blank = line.trim().is_empty() || line.trim_start().starts_with('#');
        content_seen |= !blank;
    }
    None
}

/// The YAML tags in `text` (`!!binary`, `!foo`) and where each stands. Each `!` that could
/// start a tag is confirmed by parsing: the text with it replaced by a probe tag must parse to
/// a value carrying the probe (a `!` in a quoted string or a comment does not).
pub(crate) fn tags(text: &str) -> Vec<(Position, String)> {
    const PROBE: &str = "!roxy-tag-probe";
    let mut found = Vec::new();
    for (line_index, line) in text.lines().enumerate() {
        let line_offset = line.as_ptr() as usize - text.as_ptr() as usize;
        for (at, _) in line.match_indices('!') {
            let starts_token = line[..at]
                .chars()
                .next_back()
                .is_none_or(|c| c.is_whitespace() || matches!(c, '[' | '{' | ','));
            let length = line[at..]
                .find(|c: char| c.is_whitespace() || matches!(c, ',' | '[' | ']' | '{' | '}'))
                .unwrap_or(line.len() - at);
            if !starts_token || length < 2 {
                continue;
            }
            let start = line_offset + at;
            let probe = format!("{}{PROBE}{}", &text[..start], &text[start + length..]);
            if serde_yaml::from_str::<serde_yaml::Value>(&probe).is_ok_and(|v| carries(&v, PROBE)) {
                found.push((
                    Position {
                        line: line_index + 1,
                        column: line[..at].chars().count() + 1,
                    },
                    line[at..at + length].to_string(),
                ));
            }
        }
    }
    found
}

/// Whether `value` or anything in it is tagged `tag`.
fn carries(value: &serde_yaml::Value, tag: &str) -> bool {
    use serde_yaml::Value;
    match value {
        Value::Tagged(tagged) => tagged.tag == tag || carries(&tagged.value, tag),
        Value::Sequence(items) => items.iter().any(|item| carries(item, tag)),
        Value::Mapping(map) => map
            .iter()
            .any(|(key, value)| carries(key, tag) || carries(value, tag)),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_tags_but_not_exclamation_marks_in_text() {
        let text =
            "a: !!binary aGVsbG8=\nb: \"!!binary x\"\nc: say hi !now # !x\nd: [x, !foo y]\ne: !\n";
        let tags: Vec<(usize, usize, String)> = tags(text)
            .into_iter()
            .map(|(p, tag)| (p.line, p.column, tag))
            .collect();
        assert_eq!(
            tags,
            [(1, 4, "!!binary".to_string()), (4, 8, "!foo".to_string())]
        );
    }

    #[test]
    fn finds_the_second_document_and_bad_bytes() {
        assert_eq!(
            second_document("---\na: 1\n---\nb: 2\n"),
            Some(Position { line: 3, column: 1 })
        );
        assert_eq!(second_document("# c\n---\na: 1\n"), None);
        assert_eq!(
            decode(b"a: 1\nb: \"\xc3\xa9\xff\"\n".to_vec()),
            Err(Position { line: 2, column: 6 })
        );
        assert_eq!(decode(b"\xef\xbb\xbfa: 1\n".to_vec()), Ok("a: 1\n".into()));
    }
}
