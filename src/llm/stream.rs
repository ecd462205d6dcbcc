//! Text as it streams from a model: `<think>...</think>` parts are dropped even when a tag is
//! split across chunks ([`ThinkFilter`]), and placeholders of the privacy vault are put back
//! chunk by chunk even when one is split across chunks ([`StreamRestorer`]).

use crate::privacy::Vault;

const THINK_OPEN: &str = "<think>";
const THINK_CLOSE: &str = "</think>";

/// Drops reasoning wrapped in `<think>` tags from streamed text.
#[derive(Debug, Default)]
pub struct ThinkFilter {
    inside: bool,
    pending: String,
}

impl ThinkFilter {
    /// The visible part of what has arrived so far (a possible start of a tag is held back).
    pub fn push(&mut self, chunk: &str) -> String {
        self.pending.push_str(chunk);
        let mut visible = String::new();
        loop {
            let tag = if self.inside { THINK_CLOSE } else { THINK_OPEN };
            if let Some(at) = self.pending.find(tag) {
                if !self.inside {
                    visible.push_str(&self.pending[..at]);
                }
                self.pending.drain(..at + tag.len());
                self.inside = !self.inside;
                continue;
            }
            let keep = partial_suffix(&self.pending, tag);
            let cut = self.pending.len() - keep;
            if !self.inside {
                visible.push_str(&self.pending[..cut]);
            }
            self.pending.drain(..cut);
            return visible;
        }
    }

    /// What was held back, at the end of the stream.
    pub fn finish(&mut self) -> String {
        let rest = std::mem::take(&mut self.pending);
        if self.inside { String::new() } else { rest }
    }
}

/// The length of the longest proper prefix of `tag` that `text` ends with.
fn partial_suffix(text: &str, tag: &str) -> usize {
    (1..tag.len())
        .rev()
        .find(|&k| text.ends_with(&tag[..k]))
        .unwrap_or(0)
}

/// Longest text held back as a possible placeholder start (`<EMAIL_ADDRESS_12`).
const LONGEST_PLACEHOLDER: usize = 64;

/// Restores placeholders in streamed text: holds back a trailing `<NAME_` fragment until the
/// chunk that completes (or disproves) it arrives.
#[derive(Debug, Default)]
pub struct StreamRestorer {
    pending: String,
}

impl StreamRestorer {
    pub fn push(&mut self, chunk: &str, vault: &Vault) -> String {
        self.pending.push_str(chunk);
        let hold = self
            .pending
            .rfind('<')
            .filter(|&at| {
                let tail = &self.pending[at + 1..];
                self.pending.len() - at <= LONGEST_PLACEHOLDER
                    && tail.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
            })
            .unwrap_or(self.pending.len());
        let ready: String = self.pending.drain(..hold).collect();
        vault.restore_text(&ready)
    }

    pub fn finish(&mut self, vault: &Vault) -> String {
        vault.restore_text(&std::mem::take(&mut self.pending))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn think_parts_are_dropped_across_chunks() {
        let mut filter = ThinkFilter::default();
        let mut out = String::new();
        for chunk in [
            "Hel",
            "lo <th",
            "ink>plan",
            "ning</thi",
            "nk> world",
            " <",
            "b>",
        ] {
            out.push_str(&filter.push(chunk));
        }
        out.push_str(&filter.finish());
        assert_eq!(out, "Hello  world <b>");
    }

    #[test]
    fn a_placeholder_split_across_chunks_is_restored() {
        let mut vault = Vault::default();
        let placeholder = vault.placeholder_for("EMAIL_ADDRESS", "ada@example.org", false);
        assert_eq!(placeholder, "<EMAIL_ADDRESS_1>");
        let mut restorer = StreamRestorer::default();
        let mut pieces = Vec::new();
        for chunk in ["Saved <EMAIL_", "ADDRESS_1> for", " you, a < b"] {
            pieces.push(restorer.push(chunk, &vault));
        }
        pieces.push(restorer.finish(&vault));
        assert_eq!(pieces[0], "Saved ");
        assert_eq!(pieces.concat(), "Saved ada@example.org for you, a < b");
    }
}
