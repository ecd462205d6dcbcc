//! Falling back to the legacy HTTP+SSE transport when a server answers `initialize` with 400,
//! 404 or 405 (no Streamable HTTP endpoint): the legacy transport is started at the same URL and
//! everything is relayed to and from it from then on.

use std::sync::Arc;

use reqwest::StatusCode;
use tokio::sync::mpsc;

use super::Connection;
use crate::config::ServerConfig;
use crate::mcp::transport::error::TransportError;
use crate::mcp::transport::{Outbound, TransportControl, TransportEvent, TransportHandle, sse};

pub(super) type LegacyControl = Arc<tokio::sync::Mutex<Option<Box<dyn TransportControl>>>>;

/// What it takes to switch to the legacy HTTP+SSE transport at the same URL.
pub(super) struct LegacyFallback {
    pub(super) name: String,
    pub(super) server: ServerConfig,
    pub(super) control: LegacyControl,
}

impl LegacyFallback {
    /// Starts the legacy transport, hands it `initialize` and relays everything from then on.
    pub(super) async fn take_over(
        self,
        connection: &Connection,
        initialize: Outbound,
        mut outbound: mpsc::Receiver<Outbound>,
        status: StatusCode,
    ) {
        let server = &connection.remote.server;
        tracing::info!(
            server,
            "the server answered `initialize` with {status}, so it is no Streamable HTTP endpoint; trying the legacy HTTP+SSE transport at the same URL"
        );
        let legacy = match sse::start(&self.name, &self.server).await {
            Ok(legacy) => legacy,
            Err(error) => {
                let id = initialize.message.request_id().cloned();
                let error = TransportError::LegacyFallbackFailed {
                    server: server.clone(),
                    status,
                    reason: error.to_string(),
                };
                connection
                    .events
                    .emit(TransportEvent::SendFailed { id, error })
                    .await;
                return;
            }
        };
        let TransportHandle {
            outbound: to_legacy,
            inbound: mut from_legacy,
            control,
        } = legacy;
        *self.control.lock().await = Some(control);
        if to_legacy.send(initialize).await.is_err() {
            return;
        }
        loop {
            tokio::select! {
                _ = connection.stop.cancelled() => return,
                next = outbound.recv() => {
                    let Some(next) = next else { return };
                    if to_legacy.send(next).await.is_err() {
                        return;
                    }
                }
                event = from_legacy.recv() => match event {
                    Some(event) => connection.events.emit(event).await,
                    None => return,
                },
            }
        }
    }
}
