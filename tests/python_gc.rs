//! What an import leaves of Python's garbage collector. A test binary of its own: the embedded
//! interpreter is process-global, and while any server module imports (another test's, in the
//! same binary) the collector collects seldom, so a test beside this one could see the raised
//! threshold.

mod common;

use common::python::*;
use serde_json::json;

/// The venv made from python_servers/requirements.txt and tests/requirements.txt.
const VENV: &str = ".venv";

/// Importing a server module runs with Python's garbage collector collecting seldom (the SDK's
/// import builds some 130,000 objects, which otherwise cost 200 collections), and after it,
/// failed or not, the collector is back to its usual thresholds, with what the import built
/// frozen out of later collections.
#[tokio::test]
async fn an_import_leaves_the_garbage_collector_as_it_was_with_its_objects_frozen() {
    let project = Project::new(VENV);
    let config = project.config(&[
        ("broken", embedded("broken_import.py")),
        ("state", embedded("misbehaving_tools.py")),
    ]);
    start_error(connect(&config, "broken").await);
    let session = connect(&config, "state").await.expect("start");
    let state = call(&session, "gc_state", json!({})).await.text();
    let frozen = state
        .strip_prefix("enabled=True threshold=(700, 10, 10) frozen=")
        .and_then(|count| count.parse::<u64>().ok());
    assert!(frozen.is_some_and(|count| count > 0), "{state}");
    session.close().await;
}
