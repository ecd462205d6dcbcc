//! The placeholder language of declarative skills: how a string in a skill file's `arguments`,
//! `response.text`, `response.empty` or `items.each` is filled in.
//!
//! Syntax:
//! - `{name}` is replaced by the value of `name`; spaces inside the braces are ignored.
//! - `{name.path.0.field}` follows a dotted path into a JSON value: object members by key,
//!   list elements by index (`result.a.0.b`, `item.title`).
//! - `{name|filter}` writes the value through a filter. [`FILTERS`] lists them: `bytes` writes a
//!   byte count as `64.4 GB` (a value that is no number stays as it is); `more` writes a count
//!   of what a list left out as `…and 12 more`, and 0 as nothing.
//! - `{{` and `}}` are a literal `{` and `}`; a `{` that is never closed is written as it is.
//!
//! Values: a JSON string is written as it is, `null` as nothing, a list of plain values as
//! `a, b, c`, anything else as JSON. A placeholder whose value is missing (an optional slot not
//! said, a path that leads nowhere) is written as nothing; the skill file's checker, not this
//! module, decides which names are allowed where.

use serde_json::Value;

/// Formats a placeholder's value may be given after `|`, e.g. `{item.free_bytes|bytes}`.
pub(super) const FILTERS: [&str; 2] = ["bytes", "more"];

/// Splits `name|filter`.
pub(super) fn split_filter(inner: &str) -> (&str, Option<&str>) {
    match inner.split_once('|') {
        Some((name, filter)) => (name.trim(), Some(filter.trim())),
        None => (inner, None),
    }
}

/// `bytes`: a byte count as `12.3 GB`; `more`: `…and N more`, nothing for 0; anything that is
/// not a number stays as it is.
fn apply_filter(filter: Option<&str>, value: String) -> String {
    match (filter, value.parse::<f64>()) {
        (Some("more"), Ok(count)) if count <= 0.0 => String::new(),
        (Some("more"), Ok(_)) => format!("…and {value} more"),
        (Some("bytes"), Ok(mut amount)) => {
            let mut unit = 0;
            const UNITS: [&str; 5] = ["bytes", "KB", "MB", "GB", "TB"];
            while amount >= 1000.0 && unit < UNITS.len() - 1 {
                amount /= 1000.0;
                unit += 1;
            }
            if unit == 0 {
                format!("{amount} bytes")
            } else {
                format!("{amount:.1} {}", UNITS[unit])
            }
        }
        _ => value,
    }
}

/// What is between single braces in `template`: `name` or `name|filter`.
pub(super) fn placeholder_texts(template: &str) -> Vec<&str> {
    let mut texts = Vec::new();
    render_with(template, |inner| {
        texts.push(inner);
        None
    });
    texts
}

/// The names of the placeholders in `template`, without their filters.
pub(super) fn placeholders(template: &str) -> Vec<&str> {
    placeholder_texts(template)
        .into_iter()
        .map(|inner| split_filter(inner).0)
        .collect()
}

/// Replaces every `{name}` / `{name|filter}` with `lookup(name)`, filtered (empty when `None`).
pub(super) fn render<'t>(
    template: &'t str,
    mut lookup: impl FnMut(&'t str) -> Option<String>,
) -> String {
    render_with(template, |inner| {
        let (name, filter) = split_filter(inner);
        lookup(name).map(|value| apply_filter(filter, value))
    })
}

/// Replaces every `{...}` with `lookup` of its inner text; `{{`/`}}` are literal.
fn render_with<'t>(template: &'t str, mut lookup: impl FnMut(&'t str) -> Option<String>) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(start) = rest.find(['{', '}']) {
        out.push_str(&rest[..start]);
        let after = &rest[start + 1..];
        if rest[start..].starts_with("{{") || rest[start..].starts_with("}}") {
            out.push_str(&rest[start..start + 1]);
            rest = &after[1..];
            continue;
        }
        if rest[start..].starts_with('}') {
            out.push('}');
            rest = after;
            continue;
        }
        match after.find('}') {
            Some(end) => {
                let name = after[..end].trim();
                out.push_str(&lookup(name).unwrap_or_default());
                rest = &after[end + 1..];
            }
            None => {
                out.push_str(&rest[start..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// Follows a dotted path (`a.0.b`) into a JSON value.
pub(super) fn value_at<'v>(value: &'v Value, path: &str) -> Option<&'v Value> {
    path.split('.')
        .filter(|part| !part.is_empty())
        .try_fold(value, |current, part| match current {
            Value::Object(map) => map.get(part),
            Value::Array(list) => part.parse::<usize>().ok().and_then(|i| list.get(i)),
            _ => None,
        })
}

/// How a JSON value reads in a sentence.
pub(super) fn display_value(value: &Value) -> String {
    match value {
        Value::Null => String::new(),
        Value::String(text) => text.clone(),
        Value::Array(list) if list.iter().all(|v| !v.is_object() && !v.is_array()) => list
            .iter()
            .map(display_value)
            .collect::<Vec<_>>()
            .join(", "),
        other => other.to_string(),
    }
}

/// The path after `root` in a placeholder: `""` for `root` itself, `a.b` for `root.a.b`, and
/// `None` for anything else (so `item_type` is not a field of `item`).
pub(super) fn path_under<'n>(name: &'n str, root: &str) -> Option<&'n str> {
    match name.strip_prefix(root)? {
        "" => Some(""),
        rest => rest.strip_prefix('.'),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_dotted_names_are_fields_of_a_root() {
        assert_eq!(path_under("item", "item"), Some(""));
        assert_eq!(path_under("item.name", "item"), Some("name"));
        assert_eq!(path_under("item_type", "item"), None);
        assert_eq!(path_under("results", "result"), None);
    }

    #[test]
    fn more_says_how_many_were_left_out() {
        assert_eq!(apply_filter(Some("more"), "12".into()), "…and 12 more");
        assert_eq!(apply_filter(Some("more"), "0".into()), "");
        assert_eq!(apply_filter(Some("more"), "many".into()), "many");
    }
}
