//! Finds where a key or a list item stands in YAML source text, for error messages about things
//! the YAML parser accepted but Roxy rejects (a `startup` name that is no server, a missing
//! required field). Works on block and flow style; falls back to the nearest enclosing key.

/// A 1-based line and column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

/// Where a YAML parse or type error stands, and its message without yaml_serde's trailing
/// "at line L column C" (the position is reported separately, as `file:line:col`).
pub fn yaml_error(error: &serde_yaml::Error) -> (Option<Position>, String) {
    let full = error.to_string();
    let message = full.split(" at line ").next().unwrap_or(&full).to_string();
    let position = error.location().map(|l| Position {
        line: l.line(),
        column: l.column(),
    });
    (position, message)
}

/// Position of the key at `path` (e.g. `["servers", "fs", "url"]`), or of the deepest part of
/// the path that exists; `None` when not even the first key is present.
pub fn locate_key(source: &str, path: &[&str]) -> Option<Position> {
    let lines: Vec<&str> = source.lines().collect();
    let mut found: Option<Position> = None;
    let (mut from, mut parent_indent) = (0usize, None::<usize>);
    for key in path {
        let mut hit = None;
        for (index, line) in lines.iter().enumerate().skip(from) {
            let indent = line.len() - line.trim_start().len();
            let content = line.trim_start();
            if content.is_empty() || content.starts_with('#') {
                continue;
            }
            // Leaving the parent's block ends the search (except on the parent's own line,
            // where flow-style children live).
            if let (Some(parent), true) = (parent_indent, index > from)
                && indent <= parent
                && !content.starts_with('-')
            {
                break;
            }
            let start = if index == from && found.is_some() {
                found.map_or(0, |p| p.column)
            } else {
                0
            };
            if let Some(column) = find_key(line, key, start) {
                hit = Some((index, column, indent));
                break;
            }
        }
        let Some((index, column, indent)) = hit else {
            return found;
        };
        found = Some(Position {
            line: index + 1,
            column: column + 1,
        });
        from = index;
        parent_indent = Some(indent);
    }
    found
}

/// Position of the list item `item` under the key at `path`, else of the key itself.
pub fn locate_item(source: &str, path: &[&str], item: &str) -> Option<Position> {
    let key = locate_key(source, path)?;
    Some(find_item(source, key, item).unwrap_or(key))
}

/// Position of the token `item` in the block of the key at `key`, if it is written there.
fn find_item(source: &str, key: Position, item: &str) -> Option<Position> {
    let lines: Vec<&str> = source.lines().collect();
    let key_indent = lines
        .get(key.line - 1)
        .map_or(0, |l| l.len() - l.trim_start().len());
    for (index, line) in lines.iter().enumerate().skip(key.line - 1) {
        let indent = line.len() - line.trim_start().len();
        if index >= key.line
            && !line.trim().is_empty()
            && indent <= key_indent
            && !line.trim_start().starts_with('-')
        {
            break;
        }
        let skip = if index == key.line - 1 { key.column } else { 0 };
        if let Some(column) = find_token(line, item, skip) {
            return Some(Position {
                line: index + 1,
                column: column + 1,
            });
        }
    }
    None
}

/// Where the value `value` is written in the block of the key at `path`, and the key it is
/// written under (`request_timeout` for `soon` in `request_timeout: soon`); `None` when it is
/// not written there as a word of its own. For an error that names a value but stands at its
/// block (a server's settings are read as a whole, so serde places its errors at the first).
pub fn locate_value(source: &str, path: &[&str], value: &str) -> Option<(Position, String)> {
    let found = find_item(source, locate_key(source, path)?, value)?;
    let line = source.lines().nth(found.line - 1)?;
    let (before, _) = line.split_at(found.column - 1);
    let (key, _) = before.rsplit_once(':')?;
    let key = key
        .rsplit(['{', ',', '-'])
        .next()?
        .trim()
        .trim_matches(['"', '\'']);
    (!key.is_empty() && !key.contains(' ')).then(|| (found, key.to_string()))
}

/// Position of `key` in the `index`th item (0-based) of the block list under the key at `path`
/// (`- name: X` items), else of the item, else of the list's key (e.g. for a flow list).
pub fn locate_in_item(source: &str, path: &[&str], index: usize, key: &str) -> Option<Position> {
    let list = locate_key(source, path)?;
    let lines: Vec<&str> = source.lines().collect();
    let list_indent = lines
        .get(list.line - 1)
        .map_or(0, |l| l.len() - l.trim_start().len());
    // (line index, column of the `-`) of each item, in the list's block.
    let mut items: Vec<(usize, usize)> = Vec::new();
    for (line_index, line) in lines.iter().enumerate().skip(list.line) {
        let indent = line.len() - line.trim_start().len();
        let content = line.trim_start();
        if content.is_empty() || content.starts_with('#') {
            continue;
        }
        if indent <= list_indent && !content.starts_with('-') {
            break;
        }
        let item_indent = items.first().map_or(indent, |&(_, column)| column);
        if content.starts_with('-') && indent == item_indent {
            items.push((line_index, indent));
        } else if indent < item_indent {
            break;
        }
    }
    let Some(&(item_line, dash)) = items.get(index) else {
        return Some(list);
    };
    let end = items.get(index + 1).map_or(lines.len(), |&(line, _)| line);
    for (line_index, line) in lines.iter().enumerate().take(end).skip(item_line) {
        let indent = line.len() - line.trim_start().len();
        if line_index > item_line && indent <= dash && !line.trim().is_empty() {
            break;
        }
        let start = if line_index == item_line { dash + 1 } else { 0 };
        if let Some(column) = find_key(line, key, start) {
            return Some(Position {
                line: line_index + 1,
                column: column + 1,
            });
        }
    }
    Some(Position {
        line: item_line + 1,
        column: dash + 1,
    })
}

fn find_key(line: &str, key: &str, start: usize) -> Option<usize> {
    let mut search_from = start;
    while let Some(offset) = line.get(search_from..)?.find(key) {
        let at = search_from + offset;
        let before = line[..at].chars().next_back();
        let boundary_before =
            before.is_none_or(|c| c.is_whitespace() || matches!(c, '{' | ',' | '-' | '"' | '\''));
        let rest = line[at + key.len()..]
            .trim_start_matches(['"', '\''])
            .trim_start();
        if boundary_before && rest.starts_with(':') {
            return Some(at);
        }
        search_from = at + key.len();
    }
    None
}

fn find_token(line: &str, token: &str, start: usize) -> Option<usize> {
    let mut search_from = start;
    while let Some(offset) = line.get(search_from..)?.find(token) {
        let at = search_from + offset;
        let before = line[..at].chars().next_back();
        let after = line[at + token.len()..].chars().next();
        let is_boundary =
            |c: Option<char>| c.is_none_or(|c| !(c.is_alphanumeric() || c == '_' || c == '-'));
        if is_boundary(before) && is_boundary(after) {
            return Some(at);
        }
        search_from = at + token.len();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    const YAML: &str = "servers:\n  fs:\n    transport: stdio\n    command: npx\n  web: { transport: http, url: x }\nstartup:\n  auto_start: [fs, nope]\n  on_demand:\n    - web\n    - gone\n";

    #[test]
    fn finds_block_and_flow_keys() {
        assert_eq!(
            locate_key(YAML, &["servers", "fs", "command"]),
            Some(Position { line: 4, column: 5 })
        );
        assert_eq!(
            locate_key(YAML, &["servers", "web", "url"]),
            Some(Position {
                line: 5,
                column: 27
            })
        );
        assert_eq!(
            locate_key(YAML, &["servers", "fs", "url"]),
            Some(Position { line: 2, column: 3 })
        );
        assert_eq!(locate_key(YAML, &["nothing"]), None);
    }

    #[test]
    fn finds_keys_inside_list_items() {
        let yaml = "privacy:\n  custom:\n    - name: A\n      pattern: a\n    - pattern: b\n      name: B\n  allow: []\n";
        let at = |index, key| locate_in_item(yaml, &["privacy", "custom"], index, key);
        assert_eq!(at(0, "name"), Some(Position { line: 3, column: 7 }));
        assert_eq!(at(0, "pattern"), Some(Position { line: 4, column: 7 }));
        assert_eq!(at(1, "name"), Some(Position { line: 6, column: 7 }));
        assert_eq!(at(1, "context"), Some(Position { line: 5, column: 5 }));
        assert_eq!(at(2, "name"), Some(Position { line: 2, column: 3 }));
    }

    #[test]
    fn finds_items_in_flow_and_block_lists() {
        assert_eq!(
            locate_item(YAML, &["startup", "auto_start"], "nope"),
            Some(Position {
                line: 7,
                column: 20
            })
        );
        assert_eq!(
            locate_item(YAML, &["startup", "on_demand"], "gone"),
            Some(Position {
                line: 10,
                column: 7
            })
        );
    }
}
