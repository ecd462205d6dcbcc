//! Roxy's memory: one SQLite database in the data directory holding the conversation history
//! (every turn) and the facts a person asked Roxy to remember, searchable with FTS5.
//!
//! It also keeps what a skill's last answer left open (a question waiting for "yes", a change
//! "undo" takes back), so that the next turn can answer it in the REPL and in one-shot
//! `roxy ask` alike, and no later turn can.
//!
//! The database runs in WAL mode with `synchronous=FULL` and every write is one transaction, so a
//! turn or a fact that was acknowledged survives Roxy being killed at any moment.
//!
//! Several Roxy processes may share one data directory (e.g. parallel `roxy ask`): the busy
//! timeout is set before anything else touches the file, and every write transaction starts with
//! `BEGIN IMMEDIATE`, because a deferred transaction that upgrades to a write in WAL mode fails
//! at once with "database is locked" instead of waiting its turn.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard};

use crate::sync::lock;
use rusqlite::{Connection, OptionalExtension, Transaction, TransactionBehavior, params};
use serde::{Deserialize, Serialize};

/// The file under the data directory that holds the memory database.
pub const MEMORY_FILE: &str = "memory.sqlite3";

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS turns (
    id       INTEGER PRIMARY KEY,
    at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    input    TEXT NOT NULL,
    response TEXT NOT NULL,
    skill    TEXT,
    success  INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS facts (
    id   INTEGER PRIMARY KEY,
    at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    text TEXT NOT NULL
);
CREATE VIRTUAL TABLE IF NOT EXISTS facts_fts USING fts5(text, content='facts', content_rowid='id');
CREATE TRIGGER IF NOT EXISTS facts_after_insert AFTER INSERT ON facts BEGIN
    INSERT INTO facts_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER IF NOT EXISTS facts_after_delete AFTER DELETE ON facts BEGIN
    INSERT INTO facts_fts(facts_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TABLE IF NOT EXISTS open_questions (
    skill TEXT PRIMARY KEY,
    asked TEXT NOT NULL,
    state TEXT NOT NULL
);
";

/// Why the memory database could not be used.
#[derive(Debug, thiserror::Error)]
pub enum MemoryError {
    #[error(
        "cannot create the data directory {path}: {source}; set `data_dir` in roxy.yaml or ROXY_DATA_DIR to a writable directory"
    )]
    DataDir {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(
        "cannot create the memory database {path} readable by you alone: {source}; check that the file and its directory are yours and writable"
    )]
    PrivateFile {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("cannot keep what the answer left open: {0}")]
    OpenState(serde_json::Error),
    #[error(
        "memory database {path}: {source}; is another Roxy using it? Otherwise check that the file is writable, or move it aside to start a fresh memory"
    )]
    Database {
        path: PathBuf,
        source: rusqlite::Error,
    },
}

/// One exchange: what the person said and what Roxy answered.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Turn {
    pub at: String,
    pub input: String,
    pub response: String,
    /// The skill that answered; `None` when no skill matched.
    pub skill: Option<String>,
    pub success: bool,
}

/// A fact the person asked Roxy to remember.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Fact {
    pub id: i64,
    pub at: String,
    pub text: String,
}

/// A handle on the memory database; cheap to clone, safe to share between tasks.
#[derive(Clone)]
pub struct Memory {
    path: PathBuf,
    connection: Arc<Mutex<Connection>>,
}

impl std::fmt::Debug for Memory {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Memory").field("path", &self.path).finish()
    }
}

impl Memory {
    /// Opens (creating if needed) the memory database in `data_dir`.
    pub fn open_in(data_dir: &Path) -> Result<Memory, MemoryError> {
        let path = data_dir.join(MEMORY_FILE);
        crate::private_files::create_dir(data_dir).map_err(|source| MemoryError::DataDir {
            path: data_dir.to_path_buf(),
            source,
        })?;
        crate::private_files::prepare_database(&path).map_err(|source| {
            MemoryError::PrivateFile {
                path: path.clone(),
                source,
            }
        })?;
        let fail = |source| MemoryError::Database {
            path: path.clone(),
            source,
        };
        let mut connection = Connection::open(&path).map_err(fail)?;
        // First, so that switching to WAL and creating the schema wait for another process
        // holding the lock instead of failing.
        connection.busy_timeout(BUSY_TIMEOUT).map_err(fail)?;
        connection
            .pragma_update(None, "journal_mode", "WAL")
            .map_err(fail)?;
        connection
            .pragma_update(None, "synchronous", "FULL")
            .map_err(fail)?;
        let schema = write_transaction(&mut connection).map_err(fail)?;
        schema.execute_batch(SCHEMA).map_err(fail)?;
        schema.commit().map_err(fail)?;
        Ok(Memory {
            path,
            connection: Arc::new(Mutex::new(connection)),
        })
    }

    fn lock(&self) -> MutexGuard<'_, Connection> {
        // A panic while holding the lock cannot leave SQLite inconsistent (transactions roll
        // back), so a poisoned lock is still safe to use.
        lock(&self.connection)
    }

    fn error(&self, source: rusqlite::Error) -> MemoryError {
        MemoryError::Database {
            path: self.path.clone(),
            source,
        }
    }

    /// Records one exchange in its own transaction.
    pub fn record_turn(
        &self,
        input: &str,
        response: &str,
        skill: Option<&str>,
        success: bool,
    ) -> Result<(), MemoryError> {
        let mut connection = self.lock();
        let transaction = write_transaction(&mut connection).map_err(|e| self.error(e))?;
        transaction
            .execute(
                "INSERT INTO turns (input, response, skill, success) VALUES (?1, ?2, ?3, ?4)",
                params![input, response, skill, success],
            )
            .map_err(|e| self.error(e))?;
        transaction.commit().map_err(|e| self.error(e))
    }

    /// The last `limit` turns, oldest first.
    pub fn recent_turns(&self, limit: usize) -> Result<Vec<Turn>, MemoryError> {
        let connection = self.lock();
        let mut statement = connection
            .prepare(
                "SELECT at, input, response, skill, success FROM
                   (SELECT * FROM turns ORDER BY id DESC LIMIT ?1) ORDER BY id",
            )
            .map_err(|e| self.error(e))?;
        let rows = statement
            .query_map(params![limit_param(limit)], |row| {
                Ok(Turn {
                    at: row.get(0)?,
                    input: row.get(1)?,
                    response: row.get(2)?,
                    skill: row.get(3)?,
                    success: row.get(4)?,
                })
            })
            .map_err(|e| self.error(e))?;
        rows.collect::<Result<_, _>>().map_err(|e| self.error(e))
    }

    /// Stores a fact and returns it; a fact already kept in the same words (letter case aside)
    /// is returned as it is, not kept twice.
    pub fn remember(&self, text: &str) -> Result<Fact, MemoryError> {
        let mut connection = self.lock();
        let transaction = write_transaction(&mut connection).map_err(|e| self.error(e))?;
        let kept = transaction
            .query_row(
                "SELECT id, at, text FROM facts WHERE lower(text) = lower(?1) ORDER BY id LIMIT 1",
                params![text.trim()],
                fact_from_row,
            )
            .optional()
            .map_err(|e| self.error(e))?;
        if let Some(fact) = kept {
            return Ok(fact);
        }
        let fact = transaction
            .query_row(
                "INSERT INTO facts (text) VALUES (?1) RETURNING id, at, text",
                params![text.trim()],
                fact_from_row,
            )
            .map_err(|e| self.error(e))?;
        transaction.commit().map_err(|e| self.error(e))?;
        Ok(fact)
    }

    /// Facts matching any word of `query`, best match first; all facts (newest first) when the
    /// query has no searchable words.
    pub fn recall(&self, query: &str, limit: usize) -> Result<Vec<Fact>, MemoryError> {
        let connection = self.lock();
        let result = match recall_query(&connection, query) {
            Ok(Some(fts)) => connection
                .prepare(
                    "SELECT facts.id, facts.at, facts.text FROM facts_fts
                     JOIN facts ON facts.id = facts_fts.rowid
                     WHERE facts_fts MATCH ?1 ORDER BY bm25(facts_fts), facts.id DESC LIMIT ?2",
                )
                .and_then(|mut s| {
                    s.query_map(params![fts, limit_param(limit)], fact_from_row)?
                        .collect()
                }),
            Err(error) => Err(error),
            Ok(None) => connection
                .prepare("SELECT id, at, text FROM facts ORDER BY id DESC LIMIT ?1")
                .and_then(|mut s| {
                    s.query_map(params![limit_param(limit)], fact_from_row)?
                        .collect()
                }),
        };
        result.map_err(|e| self.error(e))
    }

    /// How many facts [`Memory::recall`] would find for `query` without a limit.
    pub fn count_facts(&self, query: &str) -> Result<usize, MemoryError> {
        let connection = self.lock();
        let count: i64 = match recall_query(&connection, query) {
            Ok(Some(fts)) => count_matches(&connection, &fts),
            Err(error) => Err(error),
            Ok(None) => connection.query_row("SELECT count(*) FROM facts", [], |row| row.get(0)),
        }
        .map_err(|e| self.error(e))?;
        Ok(usize::try_from(count).unwrap_or(0))
    }

    /// The facts that contain every word of `query` (what [`Memory::forget`] would delete),
    /// newest first.
    pub fn matching(&self, query: &str) -> Result<Vec<Fact>, MemoryError> {
        let Some(fts) = fts_query(query, Words::Every) else {
            return Ok(Vec::new());
        };
        let connection = self.lock();
        connection
            .prepare(
                "SELECT facts.id, facts.at, facts.text FROM facts_fts
                 JOIN facts ON facts.id = facts_fts.rowid
                 WHERE facts_fts MATCH ?1 ORDER BY facts.id DESC",
            )
            .and_then(|mut s| s.query_map(params![fts], fact_from_row)?.collect())
            .map_err(|e| self.error(e))
    }

    /// Deletes the facts with these ids; returns what was deleted.
    pub fn forget_ids(&self, ids: &[i64]) -> Result<Vec<Fact>, MemoryError> {
        let mut connection = self.lock();
        let transaction = write_transaction(&mut connection).map_err(|e| self.error(e))?;
        let mut forgotten = Vec::new();
        for id in ids {
            let deleted = transaction
                .prepare("DELETE FROM facts WHERE id = ?1 RETURNING id, at, text")
                .and_then(|mut s| {
                    s.query_map(params![id], fact_from_row)?
                        .collect::<rusqlite::Result<Vec<Fact>>>()
                })
                .map_err(|e| self.error(e))?;
            forgotten.extend(deleted);
        }
        transaction.commit().map_err(|e| self.error(e))?;
        Ok(forgotten)
    }

    /// Puts forgotten facts back as they were (same id, time and text).
    pub fn restore(&self, facts: &[Fact]) -> Result<(), MemoryError> {
        let mut connection = self.lock();
        let transaction = write_transaction(&mut connection).map_err(|e| self.error(e))?;
        for fact in facts {
            transaction
                .execute(
                    "INSERT OR IGNORE INTO facts (id, at, text) VALUES (?1, ?2, ?3)",
                    params![fact.id, fact.at, fact.text],
                )
                .map_err(|e| self.error(e))?;
        }
        transaction.commit().map_err(|e| self.error(e))
    }

    /// Changes a fact's text, keeping its id and time; returns the fact as it was before.
    pub fn replace(&self, id: i64, text: &str) -> Result<Option<Fact>, MemoryError> {
        let mut connection = self.lock();
        let transaction = write_transaction(&mut connection).map_err(|e| self.error(e))?;
        // Delete and insert, so the full-text index follows through its triggers.
        let old: Option<Fact> = transaction
            .prepare("DELETE FROM facts WHERE id = ?1 RETURNING id, at, text")
            .and_then(|mut s| s.query_map(params![id], fact_from_row)?.next().transpose())
            .map_err(|e| self.error(e))?;
        if let Some(old) = &old {
            transaction
                .execute(
                    "INSERT INTO facts (id, at, text) VALUES (?1, ?2, ?3)",
                    params![old.id, old.at, text.trim()],
                )
                .map_err(|e| self.error(e))?;
        }
        transaction.commit().map_err(|e| self.error(e))?;
        Ok(old)
    }

    /// Keeps what `skill`'s answer `asked` leaves open (`state`, the skill's own type, kept as
    /// JSON), in place of what it kept before.
    pub fn keep_open(
        &self,
        skill: &str,
        asked: &str,
        state: &impl Serialize,
    ) -> Result<(), MemoryError> {
        let state = serde_json::to_string(state).map_err(MemoryError::OpenState)?;
        let mut connection = self.lock();
        let transaction = write_transaction(&mut connection).map_err(|e| self.error(e))?;
        transaction
            .execute(
                "INSERT OR REPLACE INTO open_questions (skill, asked, state) VALUES (?1, ?2, ?3)",
                params![skill, asked, state],
            )
            .map_err(|e| self.error(e))?;
        transaction.commit().map_err(|e| self.error(e))
    }

    /// The skill whose answer is the last turn recorded and left a question open (what it
    /// kept with [`Memory::keep_open`]), if any: the next request may be its answer.
    pub fn asking_skill(&self) -> Result<Option<String>, MemoryError> {
        self.lock()
            .query_row(
                "SELECT skill FROM open_questions WHERE asked = \
                 (SELECT response FROM turns ORDER BY id DESC LIMIT 1) LIMIT 1",
                [],
                |row| row.get(0),
            )
            .optional()
            .map_err(|e| self.error(e))
    }

    /// Takes what `skill` kept open, if its answer is the last turn recorded: an open
    /// question is answered by the very next turn or not at all ("forget my pin", "what time
    /// is it", "yes" forgets nothing). What was kept is dropped either way; a state that is not
    /// a `T` (kept by another version of the skill) is none.
    pub fn take_open<T: serde::de::DeserializeOwned>(
        &self,
        skill: &str,
    ) -> Result<Option<T>, MemoryError> {
        let mut connection = self.lock();
        let transaction = write_transaction(&mut connection).map_err(|e| self.error(e))?;
        let kept: Option<(String, String)> = transaction
            .query_row(
                "DELETE FROM open_questions WHERE skill = ?1 RETURNING asked, state",
                params![skill],
                |row| Ok((row.get(0)?, row.get(1)?)),
            )
            .optional()
            .map_err(|e| self.error(e))?;
        let last_answer: Option<String> = transaction
            .query_row(
                "SELECT response FROM turns ORDER BY id DESC LIMIT 1",
                [],
                |row| row.get(0),
            )
            .optional()
            .map_err(|e| self.error(e))?;
        transaction.commit().map_err(|e| self.error(e))?;
        Ok(kept.and_then(|(asked, state)| {
            (last_answer.as_deref() == Some(asked.as_str()))
                .then(|| serde_json::from_str(&state).ok())
                .flatten()
        }))
    }

    /// Deletes the facts that contain every word of `query`; returns what was deleted.
    pub fn forget(&self, query: &str) -> Result<Vec<Fact>, MemoryError> {
        let Some(fts) = fts_query(query, Words::Every) else {
            return Ok(Vec::new());
        };
        let mut connection = self.lock();
        let transaction = write_transaction(&mut connection).map_err(|e| self.error(e))?;
        let forgotten: Vec<Fact> = transaction
            .prepare(
                "DELETE FROM facts WHERE id IN
                   (SELECT rowid FROM facts_fts WHERE facts_fts MATCH ?1)
                 RETURNING id, at, text",
            )
            .and_then(|mut s| s.query_map(params![fts], fact_from_row)?.collect())
            .map_err(|e| self.error(e))?;
        transaction.commit().map_err(|e| self.error(e))?;
        Ok(forgotten)
    }
}

/// How long a write waits for another process holding the database lock.
const BUSY_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(10);

/// Starts a write transaction that takes the write lock at once (`BEGIN IMMEDIATE`), so waiting
/// for another writer goes through the busy timeout.
fn write_transaction(connection: &mut Connection) -> rusqlite::Result<Transaction<'_>> {
    connection.transaction_with_behavior(TransactionBehavior::Immediate)
}

fn fact_from_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<Fact> {
    Ok(Fact {
        id: row.get(0)?,
        at: row.get(1)?,
        text: row.get(2)?,
    })
}

fn limit_param(limit: usize) -> i64 {
    i64::try_from(limit).unwrap_or(i64::MAX)
}

/// Words that say nothing about which fact is meant.
const STOP_WORDS: &[&str] = &[
    "a", "an", "the", "is", "are", "was", "my", "me", "i", "what", "whats", "what's", "do", "you",
    "know", "about", "of", "to", "that", "it", "did", "tell", "where", "which", "who", "when",
];

/// Which words of a query a fact must hold.
#[derive(Clone, Copy, PartialEq)]
enum Words {
    /// Any of them, each as the start of a word of the fact (recall: `plant` finds `plants`).
    Any,
    /// Every one, as for what a forget or a change takes; numbers and short words whole
    /// ([`whole_words_of`]).
    Every,
}

/// What a recall of `query` searches by: every word when some fact holds them all ("Ana's
/// birthday" finds the birthday, not everything about Ana), else any of them; `None` when
/// `query` has no searchable word (everything is recalled).
fn recall_query(connection: &Connection, query: &str) -> rusqlite::Result<Option<String>> {
    if let Some(every) = fts_query(query, Words::Every)
        && count_matches(connection, &every)? > 0
    {
        return Ok(Some(every));
    }
    Ok(fts_query(query, Words::Any))
}

/// How many facts an FTS5 query matches.
fn count_matches(connection: &Connection, fts: &str) -> rusqlite::Result<i64> {
    connection.query_row(
        "SELECT count(*) FROM facts_fts WHERE facts_fts MATCH ?1",
        params![fts],
        |row| row.get(0),
    )
}

/// An FTS5 query of the words of `text` (each quoted); `None` when no searchable word remains.
fn fts_query(text: &str, words: Words) -> Option<String> {
    let terms: Vec<String> = query_words(text)
        .map(|word| {
            let word = word.replace('"', "");
            // What a forget deletes must be what was meant: `1` is not `1234`, `all` not `call`.
            let prefix = if words == Words::Every && !is_prefix_word(&word) {
                ""
            } else {
                "*"
            };
            format!("\"{word}\"{prefix}")
        })
        .collect();
    let joiner = match words {
        Words::Any => " OR ",
        Words::Every => " AND ",
    };
    (!terms.is_empty()).then(|| terms.join(joiner))
}

/// The searchable words of a query, lower-cased (apostrophes inside a word kept), stop words
/// left out.
fn query_words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .map(|word| word.trim_matches('\'').to_lowercase())
        .filter(|word| !word.is_empty() && !STOP_WORDS.contains(&word.as_str()))
}

/// Whether `query` holds a word a fact could be found by (not only `the`, `a`, `%`).
pub fn searchable(query: &str) -> bool {
    query_words(query).next().is_some()
}

/// The words of `query` that what a forget or a change takes must hold whole, not as the start
/// of a longer word (which is enough for the others: `plant` finds `plants`): numbers and words
/// under four letters, which begin or sit inside too many others (`1` begins `1234`, `all` is
/// in `call`).
pub fn whole_words_of(query: &str) -> Vec<String> {
    query_words(query)
        .filter(|word| !is_prefix_word(word))
        .collect()
}

fn is_prefix_word(word: &str) -> bool {
    word.chars().count() >= 4 && !word.chars().all(|c| c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn remembers_recalls_and_forgets_facts() {
        let dir = tempfile::tempdir().unwrap();
        let memory = Memory::open_in(dir.path()).unwrap();
        memory.remember("my locker code is 4711").unwrap();
        memory.remember("the plants need water on Sundays").unwrap();

        let found = memory.recall("what is my locker code?", 5).unwrap();
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].text, "my locker code is 4711");
        assert_eq!(memory.recall("", 5).unwrap().len(), 2);
        assert_eq!(memory.count_facts("").unwrap(), 2);
        assert_eq!(memory.count_facts("locker code").unwrap(), 1);

        memory.remember("my bike code is 1234").unwrap();
        assert!(memory.matching("1").unwrap().is_empty());
        assert!(memory.matching("bike cod").unwrap().is_empty());
        assert_eq!(memory.matching("1234").unwrap().len(), 1);
        assert_eq!(memory.matching("bicy").unwrap().len(), 0);
        assert_eq!(memory.matching("lock").unwrap().len(), 1);
        assert_eq!(memory.forget("bike").unwrap().len(), 1);

        let forgotten = memory.forget("plants").unwrap();
        assert_eq!(forgotten.len(), 1);
        assert!(memory.recall("plants", 5).unwrap().is_empty());
        assert!(memory.forget("nothing like this").unwrap().is_empty());
    }

    #[test]
    fn forgets_by_id_restores_and_replaces_in_the_index() {
        let dir = tempfile::tempdir().unwrap();
        let memory = Memory::open_in(dir.path()).unwrap();
        let code = memory.remember("my locker code is 4711").unwrap();
        memory.remember("the spare key is under the pot").unwrap();
        assert_eq!(
            memory.matching("locker code").unwrap(),
            std::slice::from_ref(&code)
        );
        assert!(memory.matching("locker key").unwrap().is_empty());

        assert_eq!(
            memory.forget_ids(&[code.id]).unwrap(),
            std::slice::from_ref(&code)
        );
        assert!(memory.recall("locker", 5).unwrap().is_empty());
        memory.restore(std::slice::from_ref(&code)).unwrap();
        assert_eq!(
            memory.recall("locker", 5).unwrap(),
            std::slice::from_ref(&code)
        );

        let old = memory.replace(code.id, "my locker code is 1234").unwrap();
        assert_eq!(old, Some(code.clone()));
        assert!(memory.recall("4711", 5).unwrap().is_empty());
        let now = memory.recall("locker", 5).unwrap();
        assert_eq!(now.len(), 1);
        assert_eq!(
            (now[0].id, now[0].text.as_str()),
            (code.id, "my locker code is 1234")
        );
        assert_eq!(memory.replace(999, "x").unwrap(), None);
    }

    #[test]
    fn search_text_with_fts_syntax_is_taken_literally() {
        let dir = tempfile::tempdir().unwrap();
        let memory = Memory::open_in(dir.path()).unwrap();
        memory
            .remember("quotes \" and stars * and NEAR(x)")
            .unwrap();
        assert_eq!(memory.recall("\"stars* NEAR( AND", 5).unwrap().len(), 1);
    }

    #[test]
    fn keeps_turns_in_order_across_reopen() {
        let dir = tempfile::tempdir().unwrap();
        {
            let memory = Memory::open_in(dir.path()).unwrap();
            memory
                .record_turn("hello", "hi", Some("help"), true)
                .unwrap();
            memory.record_turn("blah", "no idea", None, false).unwrap();
        }
        let memory = Memory::open_in(dir.path()).unwrap();
        let turns = memory.recent_turns(10).unwrap();
        let inputs: Vec<&str> = turns.iter().map(|t| t.input.as_str()).collect();
        assert_eq!(inputs, ["hello", "blah"]);
        assert_eq!(turns[1].skill, None);
        assert_eq!(memory.recent_turns(1).unwrap()[0].input, "blah");
    }
}
