//! The GET stream for server-initiated messages, opened after `notifications/initialized` and
//! kept open (eventsource-client reconnects it) until the transport stops; a 405 means the
//! server has none.

use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::Duration;

use eventsource_client::{self as es, Client as _};
use futures::StreamExt;
use reqwest::StatusCode;
use tokio::sync::oneshot;

use super::{Connection, DEFAULT_RECONNECT_DELAY};
use crate::mcp::transport::TransportEvent;
use crate::mcp::transport::event_source::ReqwestBridge;
use crate::mcp::transport::remote::unless_stopped;

impl Connection {
    /// The GET stream for server-initiated messages, kept open (and reconnected) until stop.
    /// `opened` is told when the first connection attempt has an outcome.
    pub(super) async fn listen(self: Arc<Self>, opened: oneshot::Sender<()>) {
        if self.listening.swap(true, Ordering::SeqCst) {
            return;
        }
        let mut opened = Some(opened);
        let headers_source = Arc::clone(&self);
        let bridge = ReqwestBridge::new(&self.remote, move || headers_source.session_headers());
        let builder = match es::ClientBuilder::for_url(self.remote.url.as_str()) {
            Ok(builder) => builder,
            Err(error) => {
                tracing::warn!(
                    server = self.remote.server,
                    "cannot listen for server messages: {error}"
                );
                return;
            }
        };
        let client = builder
            .reconnect(
                es::ReconnectOptions::reconnect(true)
                    .retry_initial(false)
                    .delay(DEFAULT_RECONNECT_DELAY)
                    .delay_max(Duration::from_secs(30))
                    .build(),
            )
            .build_with_transport(bridge);
        let mut stream = client.stream();
        while let Some(Some(item)) = unless_stopped(&self.stop, stream.next()).await {
            if let Some(opened) = opened.take() {
                let _ = opened.send(());
            }
            match item {
                Ok(es::SSE::Event(event)) if event.event_type == "message" => {
                    for message in self.remote.parse_messages(event.data.as_bytes()) {
                        self.events.emit(TransportEvent::Message(message)).await;
                    }
                }
                Ok(_) => {}
                Err(es::Error::UnexpectedResponse(response, _))
                    if response.status() == StatusCode::METHOD_NOT_ALLOWED.as_u16() =>
                {
                    tracing::debug!(
                        server = self.remote.server,
                        "the server offers no stream for server-initiated messages (GET answered 405)"
                    );
                    return;
                }
                Err(error) => tracing::debug!(
                    server = self.remote.server,
                    "stream for server-initiated messages: {error}"
                ),
            }
        }
    }
}
