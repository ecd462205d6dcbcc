//! Embedded Python servers on the 1.x Python APIs (`mcp` 1.x `FastMCP`, `fastmcp` 2.x) from
//! `.venv-mcp1`. A test binary of its own: the embedded interpreter is process-global and uses
//! one venv per process.

mod common;

use common::python::*;

/// The venv made from tests/requirements-mcp1.txt.
const VENV: &str = ".venv-mcp1";

#[tokio::test]
async fn serves_an_mcp1_fastmcp_server_in_process() {
    let project = Project::new(VENV);
    let config = project.config(&[("mcp1", embedded("mcp1_server.py"))]);
    let session = connect(&config, "mcp1").await.expect("start");
    assert_eq!(session.initialize_result().server_info.name, "fixture-mcp1");
    assert_fixture_surface(&session).await;
    session.close().await;
}

#[tokio::test]
async fn serves_a_fastmcp2_server_in_process() {
    let project = Project::new(VENV);
    let config = project.config(&[("fast", embedded("fastmcp_server.py"))]);
    let session = connect(&config, "fast").await.expect("start");
    assert_eq!(
        session.initialize_result().server_info.name,
        "fixture-fastmcp"
    );
    assert_fixture_surface(&session).await;
    session.close().await;
}

#[tokio::test]
async fn embedded_and_stdio_answer_with_identical_json() {
    assert_stdio_and_embedded_agree(VENV, "mcp1_server.py").await;
    assert_stdio_and_embedded_agree(VENV, "fastmcp_server.py").await;
}

/// mcp 1.x and fastmcp 2.x call sync tools on the event loop; Roxy moves them to worker threads.
#[tokio::test]
async fn a_blocking_sync_tool_stalls_neither_its_server_nor_others() {
    assert_blocking_tool_stalls_nothing(VENV, "mcp1_server.py", "fastmcp_server.py").await;
    assert_blocking_tool_stalls_nothing(VENV, "fastmcp_server.py", "mcp1_server.py").await;
}

#[tokio::test]
async fn a_never_returning_tool_times_out_and_is_cancelled_in_python() {
    assert_never_returning_tool_times_out(VENV, "mcp1_server.py").await;
    assert_never_returning_tool_times_out(VENV, "fastmcp_server.py").await;
}
