//! JSON-RPC 2.0 envelopes and the Model Context Protocol types Roxy reads and writes.
//!
//! Names follow the MCP specification (camelCase on the wire). Types Roxy only passes through
//! (schemas, content blocks it does not interpret) stay `serde_json::Value` so nothing a server
//! sends is lost on the way to the caller.
//!
//! Longer than most files here (about 550 lines of types, then their tests) because the wire
//! vocabulary reads best in one place, as the specification's schema does.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer, Serialize};
use serde_json::value::RawValue;
use serde_json::{Map, Value};

#[cfg(test)]
pub(crate) mod fuzz;

/// The protocol revision Roxy offers in `initialize`.
pub const LATEST_PROTOCOL_VERSION: &str = "2025-11-25";

/// Revisions Roxy accepts in a server's `initialize` answer.
pub const SUPPORTED_PROTOCOL_VERSIONS: [&str; 4] =
    ["2024-11-05", "2025-03-26", "2025-06-18", "2025-11-25"];

/// MCP method names of requests and notifications, as the specification spells them.
pub mod method {
    /// `initialize`: the handshake's request.
    pub const INITIALIZE: &str = "initialize";
    /// The client's notification that the handshake is complete.
    pub const INITIALIZED: &str = "notifications/initialized";
    /// `ping`, either way.
    pub const PING: &str = "ping";
    pub const TOOLS_LIST: &str = "tools/list";
    pub const TOOLS_CALL: &str = "tools/call";
    pub const RESOURCES_LIST: &str = "resources/list";
    pub const RESOURCES_TEMPLATES_LIST: &str = "resources/templates/list";
    pub const RESOURCES_READ: &str = "resources/read";
    pub const PROMPTS_LIST: &str = "prompts/list";
    pub const PROMPTS_GET: &str = "prompts/get";
    /// A server's request for the client's roots.
    pub const ROOTS_LIST: &str = "roots/list";
    /// A server's request for input from the user.
    pub const ELICITATION_CREATE: &str = "elicitation/create";
    pub const SAMPLING_CREATE_MESSAGE: &str = "sampling/createMessage";
    pub const NOTIFICATIONS_CANCELLED: &str = "notifications/cancelled";
    /// A server's log message.
    pub const NOTIFICATIONS_MESSAGE: &str = "notifications/message";
    pub const NOTIFICATIONS_PROGRESS: &str = "notifications/progress";
    pub const NOTIFICATIONS_TOOLS_LIST_CHANGED: &str = "notifications/tools/list_changed";
    pub const NOTIFICATIONS_RESOURCES_LIST_CHANGED: &str = "notifications/resources/list_changed";
    pub const NOTIFICATIONS_PROMPTS_LIST_CHANGED: &str = "notifications/prompts/list_changed";
}

/// JSON-RPC error codes used by MCP.
pub mod error_codes {
    pub const PARSE_ERROR: i64 = -32700;
    pub const INVALID_REQUEST: i64 = -32600;
    pub const METHOD_NOT_FOUND: i64 = -32601;
    pub const INVALID_PARAMS: i64 = -32602;
    pub const INTERNAL_ERROR: i64 = -32603;
}

/// A JSON-RPC request id: the spec allows strings and integers.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(untagged)]
pub enum RequestId {
    Number(i64),
    String(String),
}

impl std::fmt::Display for RequestId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RequestId::Number(n) => write!(f, "{n}"),
            RequestId::String(s) => write!(f, "{s}"),
        }
    }
}

/// The `error` member of a JSON-RPC error response.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct JsonRpcError {
    pub code: i64,
    pub message: String,
    /// Absent is `None`; a present `null` is kept as `Some(Null)`, so errors round-trip.
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    pub data: Option<Value>,
}

/// Reads a member that is present (even as `null`) as `Some`; `default` makes absent `None`.
fn present<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<Value>, D::Error> {
    Value::deserialize(deserializer).map(Some)
}

/// A response's `result` or a request's `params` as JSON text: kept as it arrived (or as it
/// was written), so that the one who reads it reads it once, straight into the type it expects,
/// instead of into a `serde_json::Value` tree first and from that tree into its type; and a
/// request built from typed parts (a tool call's name and arguments) is written once, with no
/// map built for it. Two are equal when their JSON values are (whitespace and member order
/// aside).
#[derive(Debug, Clone)]
pub struct RawJson(Box<RawValue>);

impl RawJson {
    /// Writes `value` as JSON text.
    pub fn write<T: Serialize + ?Sized>(value: &T) -> serde_json::Result<RawJson> {
        serde_json::value::to_raw_value(value).map(RawJson)
    }

    /// Reads the text as `T`.
    pub fn decode<T: DeserializeOwned>(&self) -> serde_json::Result<T> {
        serde_json::from_str(self.text())
    }

    /// A request's `params` as a JSON value, `null` when it has none.
    pub fn params_value(params: Option<&RawJson>) -> serde_json::Result<Value> {
        params.map_or(Ok(Value::Null), RawJson::to_value)
    }

    /// Reads the text as a JSON value (which can fail, like any `decode`: a value nested
    /// deeper than the parser's recursion limit was valid text but is no value).
    pub fn to_value(&self) -> serde_json::Result<Value> {
        self.decode()
    }

    /// The JSON text.
    fn text(&self) -> &str {
        self.0.get()
    }
}

/// The JSON text of a value.
impl From<Value> for RawJson {
    fn from(value: Value) -> RawJson {
        RawJson(
            serde_json::value::to_raw_value(&value)
                // Writing a `Value` cannot fail; `null` keeps the type total regardless.
                .unwrap_or_else(|_| RawValue::NULL.to_owned()),
        )
    }
}

impl PartialEq for RawJson {
    fn eq(&self, other: &RawJson) -> bool {
        self.text() == other.text()
            || matches!((self.to_value(), other.to_value()), (Ok(a), Ok(b)) if a == b)
    }
}

impl Serialize for RawJson {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(serializer)
    }
}

/// One JSON-RPC message, classified by the members it has.
#[derive(Debug, Clone, PartialEq)]
pub enum JsonRpcMessage {
    Request {
        id: RequestId,
        method: String,
        params: Option<RawJson>,
    },
    Notification {
        method: String,
        params: Option<Value>,
    },
    Response {
        id: RequestId,
        result: RawJson,
    },
    Error {
        id: Option<RequestId>,
        error: JsonRpcError,
    },
}

/// Why a JSON value is not a JSON-RPC 2.0 message.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("not a JSON-RPC 2.0 message: {0}")]
pub struct NotJsonRpc(pub String);

/// Why a line of newline-delimited JSON-RPC could not be read.
#[derive(Debug, thiserror::Error)]
pub enum MalformedLine {
    #[error("{0}")]
    NotJson(#[from] serde_json::Error),
    #[error("{0}")]
    NotJsonRpc(#[from] NotJsonRpc),
}

impl JsonRpcMessage {
    pub fn request(id: RequestId, method: &str, params: Option<RawJson>) -> Self {
        JsonRpcMessage::Request {
            id,
            method: method.to_string(),
            params,
        }
    }

    pub fn notification(method: &str, params: Option<Value>) -> Self {
        JsonRpcMessage::Notification {
            method: method.to_string(),
            params,
        }
    }

    pub fn error_response(id: RequestId, code: i64, message: impl Into<String>) -> Self {
        JsonRpcMessage::Error {
            id: Some(id),
            error: JsonRpcError {
                code,
                message: message.into(),
                data: None,
            },
        }
    }

    /// The id of a request, which its answer (or its failure) must carry; `None` for
    /// notifications, and for responses and errors (their id names someone else's request).
    pub fn request_id(&self) -> Option<&RequestId> {
        match self {
            JsonRpcMessage::Request { id, .. } => Some(id),
            _ => None,
        }
    }

    /// The wire form of this message as JSON text, written straight from the message (the
    /// same text as `to_value().to_string()`, without copying the params into a new tree).
    pub fn to_json(&self) -> String {
        use serde::ser::{SerializeMap, Serializer};
        let mut out = Vec::with_capacity(128);
        let mut serializer = serde_json::Serializer::new(&mut out);
        let written = (|| {
            let mut map = serializer.serialize_map(None)?;
            map.serialize_entry("jsonrpc", "2.0")?;
            match self {
                JsonRpcMessage::Request { id, method, params } => {
                    map.serialize_entry("id", id)?;
                    map.serialize_entry("method", method)?;
                    if let Some(params) = params {
                        map.serialize_entry("params", params)?;
                    }
                }
                JsonRpcMessage::Notification { method, params } => {
                    map.serialize_entry("method", method)?;
                    if let Some(params) = params {
                        map.serialize_entry("params", params)?;
                    }
                }
                JsonRpcMessage::Response { id, result } => {
                    map.serialize_entry("id", id)?;
                    map.serialize_entry("result", result)?;
                }
                JsonRpcMessage::Error { id, error } => {
                    map.serialize_entry("id", id)?;
                    map.serialize_entry("error", error)?;
                }
            }
            map.end()
        })();
        match written.ok().and_then(|()| String::from_utf8(out).ok()) {
            Some(text) => text,
            // Serializing a `Value` into memory cannot fail; keep the slower path regardless.
            None => self.to_value().to_string(),
        }
    }

    /// The wire form of this message as a value (a result nested deeper than the JSON parser
    /// goes, which only a peer can send, becomes `null`: [`JsonRpcMessage::to_json`] is what
    /// goes on the wire).
    pub fn to_value(&self) -> Value {
        let mut object = Map::new();
        object.insert("jsonrpc".into(), "2.0".into());
        match self {
            JsonRpcMessage::Request { id, method, params } => {
                object.insert("id".into(), id_value(id));
                object.insert("method".into(), method.clone().into());
                if let Some(params) = params {
                    object.insert("params".into(), params.to_value().unwrap_or(Value::Null));
                }
            }
            JsonRpcMessage::Notification { method, params } => {
                object.insert("method".into(), method.clone().into());
                if let Some(params) = params {
                    object.insert("params".into(), params.clone());
                }
            }
            JsonRpcMessage::Response { id, result } => {
                object.insert("id".into(), id_value(id));
                object.insert("result".into(), result.to_value().unwrap_or(Value::Null));
            }
            JsonRpcMessage::Error { id, error } => {
                object.insert("id".into(), id.as_ref().map_or(Value::Null, id_value));
                object.insert(
                    "error".into(),
                    serde_json::to_value(error).unwrap_or(Value::Null),
                );
            }
        }
        Value::Object(object)
    }

    /// Parses one line of newline-delimited JSON-RPC (stdio, the embedded Python bridge).
    pub fn parse(line: &str) -> Result<Self, MalformedLine> {
        if let Some(envelope) = Envelope::read(line) {
            return Ok(envelope.classify()?);
        }
        let value = serde_json::from_str::<Value>(line)?;
        Ok(JsonRpcMessage::from_value(value)?)
    }

    /// Parses one line that holds a message or a batch: a JSON array of messages, which a peer
    /// must accept under protocol 2025-03-26. Each element is read on its own, so a malformed one
    /// costs only itself; an empty batch is not JSON-RPC.
    pub fn parse_line(line: &str) -> Result<Vec<Result<Self, NotJsonRpc>>, MalformedLine> {
        if let Some(envelope) = Envelope::read(line) {
            return Ok(vec![envelope.classify()]);
        }
        match serde_json::from_str::<Value>(line)? {
            Value::Array(items) if items.is_empty() => {
                Err(NotJsonRpc("an empty batch".into()).into())
            }
            Value::Array(items) => Ok(items.into_iter().map(Self::from_value).collect()),
            value => Ok(vec![Self::from_value(value)]),
        }
    }

    /// Reads a message from its wire form. Tolerates a missing `"jsonrpc"` member (some servers
    /// omit it) but not another version, nor anything that cannot be classified.
    pub fn from_value(value: Value) -> Result<Self, NotJsonRpc> {
        let Value::Object(mut object) = value else {
            return Err(NotJsonRpc("expected a JSON object".into()));
        };
        Envelope {
            wrong_version: object.remove("jsonrpc").filter(|v| v != "2.0"),
            id: request_id(object.remove("id")),
            method: object.remove("method"),
            params: object.remove("params").map(RawJson::from),
            result: object.remove("result").map(RawJson::from),
            error: object.remove("error"),
        }
        .classify()
    }
}

/// The members of one JSON-RPC object that say what it is; anything else in it is ignored.
/// Read straight from the line for the common case ([`LineEnvelope`]: no map is built for the
/// envelope, whose members are then looked up and removed one by one), or taken out of a parsed
/// object.
struct Envelope {
    /// `jsonrpc` when it is present and not `"2.0"` (which is then refused).
    wrong_version: Option<Value>,
    id: Result<Option<RequestId>, NotJsonRpc>,
    method: Option<Value>,
    params: Option<RawJson>,
    result: Option<RawJson>,
    error: Option<Value>,
}

/// An envelope's members as the JSON text they are in the line (present `null` too): a
/// response's `result` and a request's `params` are copied out once, its `"2.0"` and its id
/// are read without building a value of each.
#[derive(Deserialize)]
struct LineEnvelope<'a> {
    #[serde(default, borrow, deserialize_with = "present_text")]
    jsonrpc: Option<&'a RawValue>,
    #[serde(default, borrow, deserialize_with = "present_text")]
    id: Option<&'a RawValue>,
    #[serde(default, borrow, deserialize_with = "present_text")]
    method: Option<&'a RawValue>,
    #[serde(default, borrow, deserialize_with = "present_text")]
    params: Option<&'a RawValue>,
    #[serde(default, borrow, deserialize_with = "present_text")]
    result: Option<&'a RawValue>,
    #[serde(default, borrow, deserialize_with = "present_text")]
    error: Option<&'a RawValue>,
}

/// [`present`] for a member kept as the text it is in the line.
fn present_text<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<&'de RawValue>, D::Error> {
    <&RawValue>::deserialize(deserializer).map(Some)
}

impl Envelope {
    /// The envelope of a line that holds one JSON object, or `None` for anything else (a batch,
    /// malformed JSON, a member given twice), which the caller then reads as a `Value` so that
    /// it is treated and reported exactly as before.
    fn read(line: &str) -> Option<Envelope> {
        if !line.trim_start().starts_with('{') {
            return None;
        }
        let members: LineEnvelope = serde_json::from_str(line).ok()?;
        let value = |raw: Option<&RawValue>| match raw {
            None => Some(None),
            Some(raw) => serde_json::from_str::<Value>(raw.get()).ok().map(Some),
        };
        let wrong_version = match members.jsonrpc {
            Some(raw) if raw.get() != r#""2.0""# => value(Some(raw))?.filter(|v| v != "2.0"),
            _ => None,
        };
        let id = match members.id.map(RawValue::get) {
            // A number of digits alone is the common id, read without a detour through `Value`.
            Some(digits) if digits.bytes().all(|b| b.is_ascii_digit()) => {
                match digits.parse::<i64>() {
                    Ok(number) => Ok(Some(RequestId::Number(number))),
                    Err(_) => Err(not_an_id()),
                }
            }
            _ => request_id(value(members.id)?),
        };
        Some(Envelope {
            wrong_version,
            id,
            method: value(members.method)?,
            params: members.params.map(|raw| RawJson(raw.to_owned())),
            result: members.result.map(|raw| RawJson(raw.to_owned())),
            error: value(members.error)?,
        })
    }

    /// Tolerates a missing `"jsonrpc"` member (some servers omit it) but not another version,
    /// nor anything that cannot be classified.
    fn classify(self) -> Result<JsonRpcMessage, NotJsonRpc> {
        if let Some(other) = self.wrong_version {
            return Err(NotJsonRpc(format!(
                "`jsonrpc` is {other}, it must be \"2.0\""
            )));
        }
        let id = self.id?;
        let params = self.params;
        if let Some(method) = self.method {
            let Value::String(method) = method else {
                return Err(NotJsonRpc("`method` must be a string".into()));
            };
            return Ok(match id {
                Some(id) => JsonRpcMessage::Request { id, method, params },
                None => JsonRpcMessage::Notification {
                    method,
                    params: params
                        .map(|params| params.to_value())
                        .transpose()
                        .map_err(|e| NotJsonRpc(format!("malformed `params` member: {e}")))?,
                },
            });
        }
        if let Some(error) = self.error {
            let error = serde_json::from_value::<JsonRpcError>(error)
                .map_err(|e| NotJsonRpc(format!("malformed `error` member: {e}")))?;
            return Ok(JsonRpcMessage::Error { id, error });
        }
        match (id, self.result) {
            (Some(id), Some(result)) => Ok(JsonRpcMessage::Response { id, result }),
            (None, Some(_)) => Err(NotJsonRpc("a response without an `id`".into())),
            _ => Err(NotJsonRpc("no `method`, `result` or `error` member".into())),
        }
    }
}

/// An `id` member as a request id (absent or `null`: none).
fn request_id(id: Option<Value>) -> Result<Option<RequestId>, NotJsonRpc> {
    match id {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(text)) => Ok(Some(RequestId::String(text))),
        Some(Value::Number(number)) => number
            .as_i64()
            .map(|n| Some(RequestId::Number(n)))
            .ok_or_else(not_an_id),
        Some(_) => Err(not_an_id()),
    }
}

fn not_an_id() -> NotJsonRpc {
    NotJsonRpc("`id` must be a string or an integer".into())
}

fn id_value(id: &RequestId) -> Value {
    match id {
        RequestId::Number(n) => Value::from(*n),
        RequestId::String(s) => Value::from(s.clone()),
    }
}

/// `clientInfo` / `serverInfo`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Implementation {
    pub name: String,
    #[serde(default)]
    pub version: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
}

/// The `initialize` result.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct InitializeResult {
    pub protocol_version: String,
    #[serde(default, deserialize_with = "lenient_or_default")]
    pub capabilities: ServerCapabilities,
    #[serde(default)]
    pub server_info: Implementation,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instructions: Option<String>,
}

/// What a server offers, from its `initialize` answer: a capability is present when the server
/// supports it. Members Roxy does not know are kept in `other`, so nothing a server sends is lost.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ServerCapabilities {
    #[serde(
        default,
        deserialize_with = "lenient",
        skip_serializing_if = "Option::is_none"
    )]
    pub tools: Option<ListCapability>,
    #[serde(
        default,
        deserialize_with = "lenient",
        skip_serializing_if = "Option::is_none"
    )]
    pub resources: Option<ResourcesCapability>,
    #[serde(
        default,
        deserialize_with = "lenient",
        skip_serializing_if = "Option::is_none"
    )]
    pub prompts: Option<ListCapability>,
    /// The server sends `notifications/message` log lines (an empty object in the spec).
    #[serde(
        default,
        deserialize_with = "lenient",
        skip_serializing_if = "Option::is_none"
    )]
    pub logging: Option<Map<String, Value>>,
    /// The server answers `completion/complete` (an empty object in the spec).
    #[serde(
        default,
        deserialize_with = "lenient",
        skip_serializing_if = "Option::is_none"
    )]
    pub completions: Option<Map<String, Value>>,
    /// Non-standard capabilities, by name.
    #[serde(
        default,
        deserialize_with = "lenient",
        skip_serializing_if = "Option::is_none"
    )]
    pub experimental: Option<Map<String, Value>>,
    #[serde(flatten)]
    pub other: Map<String, Value>,
}

/// Reads a capability leniently: a server that spells one against the spec (`"tools": true`,
/// `"listChanged": "yes"`) still offers it, with its details dropped, instead of failing the
/// whole `initialize` answer.
fn lenient<'de, D: Deserializer<'de>, T: DeserializeOwned + Default>(
    deserializer: D,
) -> Result<Option<T>, D::Error> {
    let value = Option::<Value>::deserialize(deserializer)?;
    Ok(value.map(|value| serde_json::from_value(value).unwrap_or_default()))
}

/// [`lenient`] for a member that is always present: a malformed one counts as empty.
fn lenient_or_default<'de, D: Deserializer<'de>, T: DeserializeOwned + Default>(
    deserializer: D,
) -> Result<T, D::Error> {
    Ok(lenient(deserializer)?.unwrap_or_default())
}

/// The `tools` or `prompts` capability.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ListCapability {
    /// The server notifies `notifications/.../list_changed` when its list changes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub list_changed: Option<bool>,
    #[serde(flatten)]
    pub other: Map<String, Value>,
}

/// The `resources` capability.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ResourcesCapability {
    /// The server supports `resources/subscribe`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subscribe: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub list_changed: Option<bool>,
    #[serde(flatten)]
    pub other: Map<String, Value>,
}

/// A tool as a server describes it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Tool {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default = "empty_object_schema")]
    pub input_schema: Value,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub output_schema: Option<Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub annotations: Option<ToolAnnotations>,
    /// Members Roxy does not interpret (`icons`, `_meta`, newer fields), kept verbatim so
    /// that what Roxy serves on carries them.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl Tool {
    /// True when the server promised that calling this tool again has no further effect, so a
    /// failed send may be retried.
    pub fn is_retry_safe(&self) -> bool {
        self.annotations
            .as_ref()
            .is_some_and(|a| a.read_only_hint == Some(true) || a.idempotent_hint == Some(true))
    }
}

fn empty_object_schema() -> Value {
    serde_json::json!({ "type": "object" })
}

/// Hints a server gives about a tool's behaviour.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ToolAnnotations {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub read_only_hint: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub destructive_hint: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub idempotent_hint: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub open_world_hint: Option<bool>,
    /// Members Roxy does not interpret, kept verbatim.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// The `tools/call` result. Content blocks are kept as the server sent them.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CallToolResult {
    #[serde(default)]
    pub content: Vec<ContentBlock>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub structured_content: Option<Value>,
    #[serde(default)]
    pub is_error: bool,
    /// Members Roxy does not interpret, kept verbatim.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// A member's name as a hand-written reader meets it: `Known(i)` for the `i`th of the names it
/// reads into fields of their own, `Other` (the only name copied) for any other.
enum MemberName {
    Known(usize),
    Other(String),
}

/// Reads a [`MemberName`] against the names a reader knows.
struct MemberOf(&'static [&'static str]);

impl<'de> serde::de::DeserializeSeed<'de> for MemberOf {
    type Value = MemberName;
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<MemberName, D::Error> {
        deserializer.deserialize_identifier(self)
    }
}

impl serde::de::Visitor<'_> for MemberOf {
    type Value = MemberName;
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a member name")
    }
    fn visit_str<E: serde::de::Error>(self, name: &str) -> Result<MemberName, E> {
        Ok(match self.0.iter().position(|known| *known == name) {
            Some(index) => MemberName::Known(index),
            None => MemberName::Other(name.to_string()),
        })
    }
}

/// Read member by member, as `#[derive(Deserialize)]` with `#[serde(flatten)] extra` would read
/// it, without the copy of the whole result that `flatten` makes first (the result of every
/// tool call passes here).
impl<'de> Deserialize<'de> for CallToolResult {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        use serde::de::{Error, MapAccess, Visitor};

        /// The members read into their own fields; any other goes to `extra`.
        const MEMBERS: [&str; 3] = ["content", "structuredContent", "isError"];

        struct Members;
        impl<'de> Visitor<'de> for Members {
            type Value = CallToolResult;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a `tools/call` result object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<CallToolResult, A::Error> {
                let mut result = CallToolResult::default();
                let mut seen = [false; 3];
                let mut first = |index: usize, name: &'static str| {
                    if std::mem::replace(&mut seen[index], true) {
                        Err(A::Error::duplicate_field(name))
                    } else {
                        Ok(())
                    }
                };
                while let Some(member) = map.next_key_seed(MemberOf(&MEMBERS))? {
                    let index = match member {
                        MemberName::Known(index) => index,
                        MemberName::Other(name) => {
                            let value = map.next_value()?;
                            result.extra.insert(name, value);
                            continue;
                        }
                    };
                    first(index, MEMBERS[index])?;
                    match index {
                        0 => result.content = map.next_value()?,
                        1 => result.structured_content = map.next_value()?,
                        _ => result.is_error = map.next_value()?,
                    }
                }
                Ok(result)
            }
        }

        deserializer.deserialize_map(Members)
    }
}

impl CallToolResult {
    /// The text of all `text` content blocks, one per line.
    pub fn text(&self) -> String {
        content_text(&self.content)
    }
}

/// One content block of a tool's result. A plain text block (`{"type": "text", "text": ...}`
/// and nothing else), nearly every block a tool returns, is read into its text alone; any other
/// (an image, a resource, a text block with `annotations` or `_meta`, even something that is no
/// block at all) is kept as the JSON value it came as. Written back, each is the JSON it was
/// read from (member order aside).
#[derive(Debug, Clone, PartialEq)]
pub enum ContentBlock {
    Text(String),
    Other(Value),
}

impl ContentBlock {
    /// The block as a JSON value.
    pub fn to_value(&self) -> Value {
        match self {
            ContentBlock::Text(text) => serde_json::json!({ "type": "text", "text": text }),
            ContentBlock::Other(value) => value.clone(),
        }
    }
}

impl Serialize for ContentBlock {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        match self {
            ContentBlock::Text(text) => {
                let mut map = serializer.serialize_map(Some(2))?;
                map.serialize_entry("type", "text")?;
                map.serialize_entry("text", text)?;
                map.end()
            }
            ContentBlock::Other(value) => value.serialize(serializer),
        }
    }
}

/// Reads a block with no `Value` tree for a plain text block: its members are taken one by one
/// while they are `type` and `text`; the first other member (or one given twice) turns what
/// was read into a map, and the block is then read as `serde_json::Value` reads an object
/// (a member given twice keeps its last value). Anything but an object is read as a `Value`.
impl<'de> Deserialize<'de> for ContentBlock {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        use serde::de::{MapAccess, SeqAccess, Visitor};

        struct Block;
        impl<'de> Visitor<'de> for Block {
            type Value = ContentBlock;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a content block")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<ContentBlock, A::Error> {
                let (mut kind, mut text): (Option<Value>, Option<Value>) = (None, None);
                let mut rest: Option<Map<String, Value>> = None;
                while let Some(member) = map.next_key_seed(MemberOf(&["type", "text"]))? {
                    let (name, value) = match member {
                        MemberName::Known(0) if rest.is_none() && kind.is_none() => {
                            kind = Some(map.next_value()?);
                            continue;
                        }
                        MemberName::Known(1) if rest.is_none() && text.is_none() => {
                            text = Some(map.next_value()?);
                            continue;
                        }
                        MemberName::Known(0) => ("type".to_string(), map.next_value()?),
                        MemberName::Known(_) => ("text".to_string(), map.next_value()?),
                        MemberName::Other(name) => (name, map.next_value()?),
                    };
                    rest.get_or_insert_with(|| type_and_text(kind.take(), text.take()))
                        .insert(name, value);
                }
                Ok(match (rest, kind, text) {
                    (None, Some(Value::String(kind)), Some(Value::String(text)))
                        if kind == "text" =>
                    {
                        ContentBlock::Text(text)
                    }
                    // A member given twice may still leave a plain text block.
                    (rest, kind, text) => {
                        block_of(rest.unwrap_or_else(|| type_and_text(kind, text)))
                    }
                })
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<ContentBlock, A::Error> {
                let mut items = Vec::new();
                while let Some(item) = seq.next_element::<Value>()? {
                    items.push(item);
                }
                Ok(ContentBlock::Other(Value::Array(items)))
            }
            fn visit_bool<E>(self, v: bool) -> Result<ContentBlock, E> {
                Ok(ContentBlock::Other(v.into()))
            }
            fn visit_i64<E>(self, v: i64) -> Result<ContentBlock, E> {
                Ok(ContentBlock::Other(v.into()))
            }
            fn visit_u64<E>(self, v: u64) -> Result<ContentBlock, E> {
                Ok(ContentBlock::Other(v.into()))
            }
            fn visit_f64<E>(self, v: f64) -> Result<ContentBlock, E> {
                Ok(ContentBlock::Other(v.into()))
            }
            fn visit_str<E>(self, v: &str) -> Result<ContentBlock, E> {
                Ok(ContentBlock::Other(v.into()))
            }
            fn visit_string<E>(self, v: String) -> Result<ContentBlock, E> {
                Ok(ContentBlock::Other(v.into()))
            }
            fn visit_unit<E>(self) -> Result<ContentBlock, E> {
                Ok(ContentBlock::Other(Value::Null))
            }
        }

        deserializer.deserialize_any(Block)
    }
}

/// The members `type` and `text` read so far, as a map.
fn type_and_text(kind: Option<Value>, text: Option<Value>) -> Map<String, Value> {
    let mut members = Map::new();
    members.extend(kind.map(|kind| ("type".to_string(), kind)));
    members.extend(text.map(|text| ("text".to_string(), text)));
    members
}

/// A block's members as a block: `Text` when they are `"type": "text"` and a string `text`
/// alone.
fn block_of(mut members: Map<String, Value>) -> ContentBlock {
    let plain = members.len() == 2
        && members.get("type").is_some_and(|kind| kind == "text")
        && members.get("text").is_some_and(Value::is_string);
    if plain && let Some(Value::String(text)) = members.remove("text") {
        return ContentBlock::Text(text);
    }
    ContentBlock::Other(Value::Object(members))
}

/// Joins the `text` members of content blocks with newlines; other blocks are described briefly.
pub fn content_text(content: &[ContentBlock]) -> String {
    let parts: Vec<String> = content
        .iter()
        .map(|block| match block {
            ContentBlock::Text(text) => text.clone(),
            ContentBlock::Other(block) => other_block_text(block),
        })
        .collect();
    parts.join("\n")
}

/// [`content_text`] of a block that is not plain text.
fn other_block_text(block: &Value) -> String {
    match block.get("type").and_then(Value::as_str) {
        Some("text") => block
            .get("text")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string(),
        Some("image") | Some("audio") => format!(
            "[{} {}]",
            block.get("type").and_then(Value::as_str).unwrap_or(""),
            block.get("mimeType").and_then(Value::as_str).unwrap_or("")
        ),
        Some("resource") => block
            .pointer("/resource/text")
            .and_then(Value::as_str)
            .map(str::to_string)
            .unwrap_or_else(|| "[embedded resource]".into()),
        Some("resource_link") => format!(
            "[resource {}]",
            block.get("uri").and_then(Value::as_str).unwrap_or("")
        ),
        _ => block.to_string(),
    }
}

/// A resource a server offers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Resource {
    pub uri: String,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mime_type: Option<String>,
    /// Members Roxy does not interpret, kept verbatim.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// A parameterised resource (RFC 6570 URI template).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ResourceTemplate {
    pub uri_template: String,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mime_type: Option<String>,
    /// Members Roxy does not interpret, kept verbatim.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// The `resources/read` result: text or blob contents, kept as sent.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ReadResourceResult {
    #[serde(default)]
    pub contents: Vec<Value>,
    /// Members Roxy does not interpret, kept verbatim.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// A prompt template a server offers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Prompt {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub arguments: Vec<PromptArgument>,
    /// Members Roxy does not interpret, kept verbatim.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// One argument of a prompt.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PromptArgument {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default)]
    pub required: bool,
    /// Members Roxy does not interpret, kept verbatim.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// The `prompts/get` result.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GetPromptResult {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default)]
    pub messages: Vec<Value>,
    /// Members Roxy does not interpret, kept verbatim.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// A `notifications/progress` payload delivered to the caller of a request.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Progress {
    pub progress: f64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn classifies_every_message_kind() {
        let request = json!({"jsonrpc":"2.0","id":7,"method":"ping"});
        assert!(matches!(
            JsonRpcMessage::from_value(request),
            Ok(JsonRpcMessage::Request {
                id: RequestId::Number(7),
                ..
            })
        ));
        let note = json!({"jsonrpc":"2.0","method":"notifications/initialized"});
        assert!(matches!(
            JsonRpcMessage::from_value(note),
            Ok(JsonRpcMessage::Notification { .. })
        ));
        let response = json!({"jsonrpc":"2.0","id":"a","result":{}});
        assert!(matches!(
            JsonRpcMessage::from_value(response),
            Ok(JsonRpcMessage::Response {
                id: RequestId::String(_),
                ..
            })
        ));
        let error = json!({"jsonrpc":"2.0","id":null,"error":{"code":-32700,"message":"bad"}});
        assert!(matches!(
            JsonRpcMessage::from_value(error),
            Ok(JsonRpcMessage::Error { id: None, .. })
        ));
    }

    /// A line read straight into its envelope is classified exactly as the same line read as a
    /// `Value` first: present `null` members, members given twice, unknown members, whitespace.
    #[test]
    fn a_line_reads_as_its_value_does() {
        for line in [
            r#"{"jsonrpc":"2.0","id":1,"result":{"content":[{"type":"text","text":"hi"}]}}"#,
            r#"  {"result":null,"id":"a","jsonrpc":"2.0","extra":[1,{"x":2}]} "#,
            r#"{"jsonrpc":"2.0","id":null,"result":{}}"#,
            r#"{"jsonrpc":"2.0","id":1,"result":1,"result":2}"#,
            r#"{"jsonrpc":"2.0","id":1,"id":2,"result":{}}"#,
            r#"{"jsonrpc":null,"id":1,"result":{}}"#,
            r#"{"jsonrpc":"1.0","id":1,"result":{}}"#,
            r#"{"id":1,"method":"ping","params":null}"#,
            r#"{"id":1,"method":null}"#,
            r#"{"method":"notifications/progress","params":{"progress":1}}"#,
            r#"{"jsonrpc":"2.0","id":7,"error":{"code":-1,"message":"no","data":null}}"#,
            r#"{"jsonrpc":"2.0","id":7,"error":{"code":"x"}}"#,
            r#"{"jsonrpc":"2.0","id":[1],"result":1}"#,
            r#"{"jsonrpc":"2.0","id":1.5,"result":1}"#,
            r#"{"jsonrpc":"2.0","id":1e2,"result":1}"#,
            r#"{"jsonrpc":"2.0","id":-4,"result":1}"#,
            r#"{"jsonrpc":"2.0","id":-0,"result":1}"#,
            r#"{"jsonrpc":"2.0","id":9223372036854775807,"result":1}"#,
            r#"{"jsonrpc":"2.0","id":9223372036854775808,"result":1}"#,
            r#"{"jsonrpc":"2.0","id":"a\"b\u00e9","result":1}"#,
            r#"{"jsonrpc":"2\u002e0","id":1,"result":1}"#,
            r#"{"jsonrpc": "2.0" ,"id": 1 ,"result": [ ] }"#,
            r#"{"jsonrpc":2,"id":1,"result":1}"#,
            r#"{"jsonrpc":"2.0","id":true,"method":"m"}"#,
            r#"{"jsonrpc":"2.0","result":1}"#,
            r#"{"jsonrpc":"2.0","id":1,"result":1,"error":{"code":1,"message":"m"}}"#,
            r#"{}"#,
        ] {
            let value: Value = serde_json::from_str(line).unwrap();
            let direct = JsonRpcMessage::parse_line(line).unwrap();
            assert_eq!(
                direct,
                vec![JsonRpcMessage::from_value(value.clone())],
                "{line}"
            );
            let single = JsonRpcMessage::parse(line).map_err(|e| e.to_string());
            let through_value = JsonRpcMessage::from_value(value).map_err(|e| e.to_string());
            assert_eq!(single, through_value, "{line}");
        }
    }

    #[test]
    fn rejects_what_is_not_json_rpc() {
        for bad in [
            json!([1, 2]),
            json!({"id": 1}),
            json!({"method": 3}),
            json!({"result": 1}),
            json!({"id": [1], "result": 1}),
            json!({"jsonrpc": "1.0", "id": 1, "result": {}}),
            json!({"jsonrpc": 2.0, "id": 1, "result": {}}),
        ] {
            assert!(
                JsonRpcMessage::from_value(bad.clone()).is_err(),
                "{bad} accepted"
            );
        }
    }

    #[test]
    fn reads_each_element_of_a_batch_on_its_own() {
        let line = r#"[{"jsonrpc":"2.0","id":1,"result":{}},{"jsonrpc":"1.0","id":2,"result":{}},{"jsonrpc":"2.0","method":"ping","id":"s"}]"#;
        let messages = JsonRpcMessage::parse_line(line).unwrap();
        assert_eq!(messages.len(), 3);
        assert!(matches!(messages[0], Ok(JsonRpcMessage::Response { .. })));
        assert!(messages[1].is_err(), "{:?}", messages[1]);
        assert!(matches!(messages[2], Ok(JsonRpcMessage::Request { .. })));
        assert_eq!(
            JsonRpcMessage::parse_line(r#"{"jsonrpc":"2.0","method":"ping"}"#).unwrap(),
            [Ok(JsonRpcMessage::notification("ping", None))]
        );
        assert!(JsonRpcMessage::parse_line("[]").is_err());
        assert!(JsonRpcMessage::parse_line("[1").is_err());
    }

    #[test]
    fn keeps_every_capability_a_server_sends() {
        let sent = json!({
            "tools": { "listChanged": true },
            "resources": { "subscribe": true, "x-cache": 5 },
            "logging": {},
            "experimental": { "tasks": {} },
            "sampling-preview": { "on": true }
        });
        let capabilities: ServerCapabilities = serde_json::from_value(sent.clone()).unwrap();
        assert_eq!(
            capabilities.tools.as_ref().and_then(|t| t.list_changed),
            Some(true)
        );
        assert!(capabilities.prompts.is_none());
        assert_eq!(
            capabilities.other["sampling-preview"],
            json!({ "on": true })
        );
        assert_eq!(serde_json::to_value(&capabilities).unwrap(), sent);
    }

    #[test]
    fn capabilities_spelt_against_the_spec_still_count() {
        let answer = json!({
            "protocolVersion": "2025-11-25",
            "capabilities": { "tools": true, "prompts": { "listChanged": "yes" }, "logging": null },
        });
        let result: InitializeResult = serde_json::from_value(answer).unwrap();
        assert!(result.capabilities.tools.is_some());
        assert!(result.capabilities.prompts.is_some());
        assert!(result.capabilities.logging.is_none());
        let broken = json!({ "protocolVersion": "2025-11-25", "capabilities": [1] });
        let result: InitializeResult = serde_json::from_value(broken).unwrap();
        assert_eq!(result.capabilities, ServerCapabilities::default());
    }

    #[test]
    fn listed_items_keep_every_member_verbatim() {
        let tool = json!({
            "name": "get_weather",
            "title": "Weather",
            "description": "the forecast",
            "inputSchema": { "type": "object", "properties": { "city": { "type": "string" } } },
            "outputSchema": { "type": "object" },
            "annotations": { "readOnlyHint": true, "x-cost": "low" },
            "icons": [{ "src": "https://example.com/w.png", "mimeType": "image/png" }],
            "_meta": { "com.example/v": 2 },
            "execution": { "taskSupport": "optional" }
        });
        let parsed: Tool = serde_json::from_value(tool.clone()).unwrap();
        assert!(parsed.is_retry_safe());
        assert_eq!(serde_json::to_value(&parsed).unwrap(), tool);
        let prompt = json!({
            "name": "p", "arguments": [{ "name": "a", "required": true, "title": "A" }],
            "icons": [], "_meta": { "k": 1 }
        });
        let parsed: Prompt = serde_json::from_value(prompt.clone()).unwrap();
        assert_eq!(serde_json::to_value(&parsed).unwrap(), prompt);
        let resource = json!({
            "uri": "test://r", "name": "r", "size": 12, "annotations": { "priority": 0.5 },
            "_meta": {}
        });
        let parsed: Resource = serde_json::from_value(resource.clone()).unwrap();
        assert_eq!(serde_json::to_value(&parsed).unwrap(), resource);
        let template =
            json!({ "uriTemplate": "test://{id}", "name": "t", "title": "T", "icons": [] });
        let parsed: ResourceTemplate = serde_json::from_value(template.clone()).unwrap();
        assert_eq!(serde_json::to_value(&parsed).unwrap(), template);
        let result = json!({ "content": [], "isError": false, "_meta": { "m": 1 } });
        let parsed: CallToolResult = serde_json::from_value(result.clone()).unwrap();
        assert_eq!(serde_json::to_value(&parsed).unwrap(), result);
    }

    #[test]
    fn round_trips_through_the_wire_form() {
        let message = JsonRpcMessage::request(
            RequestId::Number(3),
            "tools/list",
            Some(json!({"cursor": "x"}).into()),
        );
        assert_eq!(JsonRpcMessage::from_value(message.to_value()), Ok(message));
    }

    /// Every block of up to three members drawn (with repeats, in every order) from `type`
    /// and `text` of the right and wrong kinds and two other members reads as the value
    /// `serde_json` reads from the same text, from text and from a value; it is `Text` exactly
    /// when it is `{"type": "text", "text": <string>}`, and it writes back that value.
    #[test]
    fn content_blocks_read_as_values_read_them() {
        const MEMBERS: [(&str, &str); 7] = [
            ("type", r#""text""#),
            ("type", r#""image""#),
            ("type", "5"),
            ("text", r#""hi""#),
            ("text", "null"),
            ("annotations", "{}"),
            ("_meta", r#"{"a":1}"#),
        ];
        let mut blocks: Vec<Vec<usize>> = vec![vec![]];
        for length in 1..=3 {
            let shorter: Vec<Vec<usize>> = blocks
                .iter()
                .filter(|b| b.len() == length - 1)
                .cloned()
                .collect();
            for block in shorter {
                for member in 0..MEMBERS.len() {
                    blocks.push([block.clone(), vec![member]].concat());
                }
            }
        }
        assert_eq!(blocks.len(), 1 + 7 + 49 + 343);
        let mut plain = 0;
        for block in &blocks {
            let members: Vec<String> = block
                .iter()
                .map(|&i| format!(r#""{}":{}"#, MEMBERS[i].0, MEMBERS[i].1))
                .collect();
            let text = format!("{{{}}}", members.join(","));
            let value: Value = serde_json::from_str(&text).unwrap();
            let read: ContentBlock = serde_json::from_str(&text).unwrap();
            let from_value: ContentBlock = serde_json::from_value(value.clone()).unwrap();
            assert_eq!(read.to_value(), value, "{text}");
            assert_eq!(from_value, read, "{text}");
            assert_eq!(serde_json::to_value(&read).unwrap(), value, "{text}");
            let is_plain = value.as_object().is_some_and(|o| o.len() == 2)
                && value["type"] == "text"
                && value["text"].is_string();
            assert_eq!(matches!(read, ContentBlock::Text(_)), is_plain, "{text}");
            plain += usize::from(is_plain);
        }
        assert!(plain > 0);
        for other in ["5", "null", "[1,{\"a\":2}]", "\"x\"", "true", "-1.5"] {
            let read: ContentBlock = serde_json::from_str(other).unwrap();
            assert_eq!(
                read,
                ContentBlock::Other(serde_json::from_str(other).unwrap())
            );
        }
    }
}
