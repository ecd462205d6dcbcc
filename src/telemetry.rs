//! Logs and metrics: the tracing subscriber (stderr, filtered by `RUST_LOG`) and the process-wide
//! Prometheus recorder behind `roxy metrics`, `/metrics` and the optional `metrics.listen` endpoint.

use std::io::IsTerminal;
use std::net::SocketAddr;
use std::sync::OnceLock;
use std::time::Duration;

use metrics_exporter_prometheus::{PrometheusBuilder, PrometheusHandle};

static METRICS: OnceLock<PrometheusHandle> = OnceLock::new();

/// Duration histogram buckets in seconds, from a fast in-process call to a slow remote one.
const DURATION_BUCKETS: [f64; 12] = [
    0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1.0, 5.0, 30.0,
];

/// How often the recorder folds the histogram samples recorded since into their buckets.
/// Until then it keeps every sample (a recorder made with `build_recorder` runs no upkeep of its
/// own, and rendering `/metrics` is the only other thing that folds them), so without this a
/// long session's memory grew with every tool call and outbound request. Five seconds is the
/// exporter's own default when it runs the upkeep itself.
const UPKEEP_EVERY: Duration = Duration::from_secs(5);

/// The name of the thread that runs the upkeep.
const UPKEEP_THREAD: &str = "roxy-metrics";

/// Sends logs to stderr; `RUST_LOG` overrides the default level (`warn`, or `info` with `verbose`).
/// Lines are coloured only when stderr is a terminal and `NO_COLOR` is not set (no-color.org), so
/// piped logs and log files hold no escape codes.
pub fn init_tracing(verbose: bool) {
    let default = if verbose { "info" } else { "warn" };
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(default));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_target(false)
        .with_ansi(colours_wanted(
            std::io::stderr().is_terminal(),
            std::env::var_os("NO_COLOR"),
        ))
        .try_init();
}

/// Whether log lines get colours: only on a terminal, and not when `NO_COLOR` is set to anything
/// but the empty string.
fn colours_wanted(terminal: bool, no_color: Option<std::ffi::OsString>) -> bool {
    terminal && no_color.is_none_or(|value| value.is_empty())
}

/// Installs the Prometheus recorder once per process; later calls return the same handle.
pub fn metrics_handle() -> &'static PrometheusHandle {
    METRICS.get_or_init(|| {
        let recorder = PrometheusBuilder::new()
            .set_buckets(&DURATION_BUCKETS)
            .map(PrometheusBuilder::build_recorder)
            .unwrap_or_else(|_| PrometheusBuilder::new().build_recorder());
        let handle = recorder.handle();
        if metrics::set_global_recorder(recorder).is_err() {
            tracing::warn!(
                "another metrics recorder was installed first; Roxy's metrics will be empty"
            );
            return handle;
        }
        let upkeep = handle.clone();
        let started = std::thread::Builder::new()
            .name(UPKEEP_THREAD.into())
            .spawn(move || {
                loop {
                    std::thread::sleep(UPKEEP_EVERY);
                    upkeep.run_upkeep();
                }
            });
        if let Err(error) = started {
            tracing::warn!(
                "cannot start the metrics upkeep thread ({error}): histogram samples are kept until /metrics is read"
            );
        }
        handle
    })
}

/// Everything recorded so far, in Prometheus text format.
pub fn render_metrics() -> String {
    metrics_handle().render()
}

/// Serves `render_metrics()` over HTTP on `address` (any path), until the process ends.
pub async fn serve_metrics(address: &str) -> anyhow::Result<SocketAddr> {
    let address: SocketAddr = address.parse().map_err(|e| {
        anyhow::anyhow!("`metrics.listen: {address}` is not an address like 127.0.0.1:9464 ({e})")
    })?;
    let listener = tokio::net::TcpListener::bind(address)
        .await
        .map_err(|e| anyhow::anyhow!("cannot listen on {address} for metrics: {e}"))?;
    let bound = listener.local_addr()?;
    metrics_handle();
    tokio::spawn(async move {
        loop {
            let mut stream = match listener.accept().await {
                Ok((stream, _)) => stream,
                Err(error) => {
                    // e.g. out of file descriptors: wait instead of spinning on the error.
                    tracing::warn!("metrics endpoint: cannot accept a connection: {error}");
                    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
                    continue;
                }
            };
            tokio::spawn(async move {
                use tokio::io::{AsyncReadExt, AsyncWriteExt};
                let mut request = [0u8; 2048];
                let _ = stream.read(&mut request).await;
                let body = render_metrics();
                let head = format!(
                    "HTTP/1.1 200 OK\r\ncontent-type: text/plain; version=0.0.4\r\ncontent-length: {}\r\nconnection: close\r\n\r\n",
                    body.len()
                );
                let _ = stream.write_all(head.as_bytes()).await;
                let _ = stream.write_all(body.as_bytes()).await;
            });
        }
    });
    Ok(bound)
}

#[cfg(test)]
mod tests {
    use super::{UPKEEP_THREAD, colours_wanted, metrics_handle};

    /// The recorder keeps every histogram sample until an upkeep folds it into its buckets: once
    /// the recorder is installed, a thread of this process runs that upkeep. A thread takes its
    /// name only once it runs, so the test looks again until it has (at most 5 s): right after
    /// the spawn it may still carry the name of the thread that started it.
    #[test]
    fn the_recorder_comes_with_a_thread_that_folds_its_samples() {
        metrics_handle();
        let names = || -> Vec<String> {
            std::fs::read_dir("/proc/self/task")
                .expect("/proc/self/task")
                .filter_map(|task| std::fs::read_to_string(task.ok()?.path().join("comm")).ok())
                .map(|name| name.trim().to_string())
                .collect()
        };
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
        let mut threads = names();
        while !threads.iter().any(|name| name == UPKEEP_THREAD)
            && std::time::Instant::now() < deadline
        {
            std::thread::yield_now();
            threads = names();
        }
        assert!(
            threads.iter().any(|name| name == UPKEEP_THREAD),
            "{threads:?}"
        );
    }

    #[test]
    fn colours_only_on_a_terminal_without_no_color() {
        assert!(colours_wanted(true, None));
        assert!(colours_wanted(true, Some("".into())));
        assert!(!colours_wanted(true, Some("1".into())));
        assert!(!colours_wanted(false, None));
    }
}
