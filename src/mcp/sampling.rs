//! Answering servers' `sampling/createMessage` requests: the [`SamplingHandler`] a session asks
//! when Roxy has a language model configured. Sessions declare the `sampling` capability only
//! when they have one; without it the request is answered "method not found".

use async_trait::async_trait;
use serde_json::Value;

/// Answers `sampling/createMessage` requests from a server.
#[async_trait]
pub trait SamplingHandler: Send + Sync {
    /// Returns a `CreateMessageResult`, or a JSON-RPC error (code, message).
    async fn create_message(&self, server: &str, params: &Value) -> Result<Value, (i64, String)>;
}
