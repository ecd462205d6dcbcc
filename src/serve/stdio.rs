//! `roxy serve --stdio`: one client on stdin/stdout, newline-delimited JSON-RPC. Stdout
//! carries protocol only (one writer task owns it); logs go to stderr. A line longer than the
//! body cap is refused (an error naming its request when its id can be read); a malformed line
//! gets a parse error; end of input ends the session and cancels what is in flight.

use std::sync::Arc;

use tokio::io::{AsyncWriteExt, BufReader};
use tokio::sync::mpsc;

use crate::mcp::protocol::{JsonRpcMessage, MalformedLine, RequestId, error_codes};
use crate::mcp::transport::framing::{
    ID_PREFIX_BYTES, Line, read_line_capped, request_id_in_prefix,
};
use crate::serve::client::{ClientSession, Outlet};
use crate::serve::hub::Hub;

/// Sends every message to the stdout writer, in order.
struct StdoutOutlet(mpsc::UnboundedSender<JsonRpcMessage>);

impl Outlet for StdoutOutlet {
    fn send(&self, message: JsonRpcMessage, _related: Option<&RequestId>) {
        let _ = self.0.send(message);
    }
}

/// Serves one client over the process's stdin and stdout until stdin ends.
pub async fn serve_stdio(hub: &Hub) -> std::io::Result<()> {
    serve_lines(hub, tokio::io::stdin(), tokio::io::stdout()).await
}

async fn serve_lines(
    hub: &Hub,
    input: impl tokio::io::AsyncRead + Unpin,
    mut output: impl tokio::io::AsyncWrite + Unpin + Send + 'static,
) -> std::io::Result<()> {
    let (sender, mut outgoing) = mpsc::unbounded_channel::<JsonRpcMessage>();
    let session = hub.connect("stdio", &[], Box::new(StdoutOutlet(sender)));
    let writer = tokio::spawn(async move {
        while let Some(message) = outgoing.recv().await {
            let mut line = message.to_json();
            line.push('\n');
            if output.write_all(line.as_bytes()).await.is_err() || output.flush().await.is_err() {
                return;
            }
        }
    });
    let cap = hub.manager().config().roxy.serve.body_limit();
    let mut input = BufReader::new(input);
    let result = loop {
        match read_line_capped(&mut input, cap, ID_PREFIX_BYTES).await {
            Ok(None) => break Ok(()),
            Err(error) => break Err(error),
            Ok(Some(Line::Complete(bytes))) => take_line(hub, &session, &bytes),
            Ok(Some(Line::TooLong { prefix, length })) => {
                let message = format!(
                    "the message is {length} bytes, more than serve.max_body_size ({cap} bytes)"
                );
                tracing::warn!("stdio client: {message}");
                if let Some(id) = request_id_in_prefix(&prefix) {
                    session.send(
                        JsonRpcMessage::error_response(id, error_codes::INVALID_REQUEST, message),
                        None,
                    );
                }
            }
        }
    };
    session.close();
    drop(session);
    // Answers already queued still go out; the writer ends when every sender is gone.
    let _ = writer.await;
    result
}

fn take_line(hub: &Hub, session: &Arc<ClientSession>, bytes: &[u8]) {
    let text = String::from_utf8_lossy(bytes);
    if text.trim().is_empty() {
        return;
    }
    let messages = match JsonRpcMessage::parse_line(&text) {
        Ok(messages) => messages,
        Err(error) => {
            let code = match error {
                MalformedLine::NotJson(_) => error_codes::PARSE_ERROR,
                MalformedLine::NotJsonRpc(_) => error_codes::INVALID_REQUEST,
            };
            refuse(session, code, error.to_string());
            return;
        }
    };
    for message in messages {
        match message {
            Ok(message) => hub.dispatch(session, message),
            // JSON, but no JSON-RPC 2.0 message (`"jsonrpc": "1.0"`): answered, as the
            // specification asks, with an id of null (it went unanswered, and the client waited).
            Err(error) => {
                tracing::warn!("stdio client sent {error}");
                refuse(session, error_codes::INVALID_REQUEST, error.to_string());
            }
        }
    }
}

/// Answers a line that holds no message Roxy can take, with an id of null (the specification's
/// answer when the request's id cannot be known).
fn refuse(session: &ClientSession, code: i64, message: String) {
    session.send(
        JsonRpcMessage::Error {
            id: None,
            error: crate::mcp::protocol::JsonRpcError {
                code,
                message,
                data: None,
            },
        },
        None,
    );
}
