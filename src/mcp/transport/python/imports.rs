//! The imports of server modules under way, so that one that never finishes holds up no other.
//!
//! A module reads its environment (`ROXY_DATA_DIR`, `ROXY_ROOTS`) while it is imported, and the
//! interpreter has one `os.environ`: imports that need the same environment run side by side,
//! and an import that needs another one waits until none of those is under way. Every wait is
//! bounded by the waiting server's own `startup_timeout`, and the imports that are still under
//! way are what its error names. An import's entry stays for as long as its thread is in it,
//! which for a stuck import is the rest of the process.

use std::sync::Mutex;
use std::time::{Duration, Instant};

use tokio::sync::Notify;

use crate::config::duration::format_duration;
use crate::sync::lock;

/// The environment variables set for a module's import.
pub type Environment = Vec<(&'static str, String)>;

/// The imports under way.
pub struct Imports {
    running: Mutex<Vec<Running>>,
    /// Woken whenever an import ends.
    ended: Notify,
}

struct Running {
    id: u64,
    origin: String,
    environment: Environment,
    since: Instant,
}

/// One import under way; dropping it (when its thread leaves the import) ends it.
pub struct Importing<'a> {
    imports: &'a Imports,
    id: u64,
}

impl Drop for Importing<'_> {
    fn drop(&mut self) {
        lock(&self.imports.running).retain(|running| running.id != self.id);
        self.imports.ended.notify_waiters();
    }
}

impl Imports {
    pub const fn new() -> Imports {
        Imports {
            running: Mutex::new(Vec::new()),
            ended: Notify::const_new(),
        }
    }

    /// Waits until no import with another environment is under way, then records the import
    /// of `origin`. Bound the wait with a timeout; [`Imports::describe_others`] then says why.
    pub async fn admit(&self, origin: &str, environment: &Environment) -> Importing<'_> {
        static NEXT_ID: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
        loop {
            let ended = self.ended.notified();
            tokio::pin!(ended);
            // Registered before the check, so an import ending right after it still wakes us.
            ended.as_mut().enable();
            {
                let mut running = lock(&self.running);
                if running.iter().all(|r| r.environment == *environment) {
                    let id = NEXT_ID.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    running.push(Running {
                        id,
                        origin: origin.to_string(),
                        environment: environment.clone(),
                        since: Instant::now(),
                    });
                    return Importing { imports: self, id };
                }
            }
            ended.await;
        }
    }

    /// The imports under way other than `origin`'s, oldest first, as a sentence ("" if none):
    /// what a server that gave up waiting tells the person, so they know which module is stuck.
    pub fn describe_others(&self, origin: &str) -> String {
        let running = lock(&self.running);
        let mut others: Vec<&Running> = running.iter().filter(|r| r.origin != origin).collect();
        if others.is_empty() {
            return String::new();
        }
        others.sort_by_key(|r| r.since);
        let listed: Vec<String> = others
            .iter()
            .map(|r| {
                format!(
                    "{} (for {})",
                    r.origin,
                    format_duration(whole_seconds(r.since.elapsed()))
                )
            })
            .collect();
        format!(
            "; still importing: {} — a module whose import does not return (it waits or \
             loops at import time) holds up python servers that need another environment, and \
             one that holds the GIL holds up every python server: fix that module, or run it \
             with `transport: stdio`",
            listed.join(", ")
        )
    }
}

fn whole_seconds(elapsed: Duration) -> Duration {
    Duration::from_secs(elapsed.as_secs())
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use futures::FutureExt;

    use super::{Environment, Imports};

    /// Bound on waits that should end at once; reaching it means the test failed.
    const HANG_GUARD: Duration = Duration::from_secs(60);

    fn environment(data_dir: &str) -> Environment {
        vec![("ROXY_DATA_DIR", data_dir.to_string())]
    }

    #[tokio::test]
    async fn imports_with_the_same_environment_run_side_by_side() {
        let imports = Imports::new();
        let _stuck = imports.admit("stuck.py", &environment("/a")).await;
        let admitted = imports.admit("other.py", &environment("/a")).now_or_never();
        assert!(
            admitted.is_some(),
            "a stuck import held up one with its environment"
        );
    }

    #[tokio::test]
    async fn another_environment_waits_names_the_stuck_module_and_goes_ahead_after_it() {
        let imports = Imports::new();
        let stuck = imports.admit("stuck.py", &environment("/a")).await;
        let other = environment("/b");
        let mut waiting = std::pin::pin!(imports.admit("other.py", &other));
        assert!(
            futures::poll!(waiting.as_mut()).is_pending(),
            "imports with different environments overlapped"
        );
        let described = imports.describe_others("other.py");
        assert!(
            described.contains("still importing: stuck.py (for "),
            "{described}"
        );

        drop(stuck);
        assert_eq!(imports.describe_others("other.py"), "");
        let admitted = tokio::time::timeout(HANG_GUARD, waiting).await;
        assert!(
            admitted.is_ok(),
            "the import did not go ahead after the stuck one ended"
        );
    }
}
