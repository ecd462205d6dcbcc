//! The [`Hub`]: what `roxy serve` answers to each client request, on any transport. It owns
//! the manager (built with the forwarder of `forward.rs` as its handler for backends' own
//! requests), the list of connected clients, the prompt and resource routes, and re-emits
//! `list_changed` when a backend's tools change, a server starts or stops, or the config
//! reloads.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use serde_json::{Map, Value, json};
use tokio::sync::mpsc;

use crate::config::Config;
use crate::mcp::protocol::{
    JsonRpcError, JsonRpcMessage, LATEST_PROTOCOL_VERSION, Progress, RawJson, RequestId,
    SUPPORTED_PROTOCOL_VERSIONS, error_codes, method,
};
use crate::mcp::{
    CallOptions, ManagerEvent, McpError, McpManager, ServerState, ToolInfo, qualify_names,
};
use crate::privacy::PrivacyGateway;
use crate::serve::client::{ClientSession, Outlet, level_rank};
use crate::serve::forward::{Clients, Forwarder};
use crate::sync::lock;
use crate::tool_arguments::check_arguments;

/// The JSON-RPC code MCP gives an unknown resource.
const RESOURCE_NOT_FOUND: i64 = -32002;

/// `roxy serve`'s request handling over the manager. Cheap to clone.
#[derive(Clone)]
pub struct Hub {
    shared: Arc<HubShared>,
}

struct HubShared {
    manager: McpManager,
    clients: Clients,
    /// `--server NAME`: serve this one server under its own names.
    only: Option<String>,
    /// `serve.redact_results`: the gateway results pass on their way to a client.
    redact: Option<PrivacyGateway>,
    /// Which server a resource URI belongs to, from the last listings.
    resources: Mutex<HashMap<String, String>>,
}

type Answer = Result<Value, JsonRpcError>;

fn rpc_error(code: i64, message: impl Into<String>) -> JsonRpcError {
    JsonRpcError {
        code,
        message: message.into(),
        data: None,
    }
}

impl Hub {
    /// Builds the manager for `config` (nothing starts yet). With `only`, serves that one
    /// server's tools and prompts under their own names.
    pub fn new(config: Config, only: Option<String>) -> Result<Hub, String> {
        if let Some(name) = &only
            && !config.mcp.servers.contains_key(name)
        {
            let known: Vec<&str> = config.mcp.servers.keys().map(String::as_str).collect();
            return Err(format!(
                "`--server {name}`: no server named `{name}` in mcp_servers.yaml (servers: {})",
                known.join(", ")
            ));
        }
        let redact = if config.roxy.serve.redact_results {
            Some(
                PrivacyGateway::new(&config.roxy.privacy, &config.data_dir())
                    .map_err(|e| format!("serve.redact_results needs the privacy gateway: {e}"))?,
            )
        } else {
            None
        };
        let clients = Clients::default();
        let forwarder = Arc::new(Forwarder {
            clients: clients.clone(),
        });
        let manager =
            McpManager::with_handlers(Arc::new(config), forwarder.clone(), Some(forwarder));
        let hub = Hub {
            shared: Arc::new(HubShared {
                manager,
                clients,
                only,
                redact,
                resources: Mutex::new(HashMap::new()),
            }),
        };
        hub.spawn_list_changed();
        Ok(hub)
    }

    /// The manager every request goes through.
    pub fn manager(&self) -> &McpManager {
        &self.shared.manager
    }

    /// Starts the servers to serve: the `auto_start` ones, or the one of `--server`; with
    /// `serve.redact_results`, compiles the privacy detectors meanwhile on a blocking thread, so
    /// that the first result does not wait for them.
    pub async fn start(&self) {
        if let Some(gateway) = self.shared.redact.clone() {
            // A failure is reported again by the first redaction, to the client that asked.
            tokio::task::spawn_blocking(move || {
                if let Err(error) = gateway.prepare() {
                    tracing::debug!(
                        "the privacy detectors could not compile ahead of time: {error}"
                    );
                }
            });
        }
        match &self.shared.only {
            Some(name) => {
                if let Err(error) = self.shared.manager.start(name).await {
                    tracing::warn!("{error}");
                }
            }
            None => {
                self.shared.manager.start_auto_start().await;
            }
        }
    }

    /// What is served, for the start-up line on stderr.
    pub async fn summary(&self) -> String {
        let tools = self.served_tools(false).await.len();
        let running: Vec<String> = self
            .shared
            .manager
            .status()
            .into_iter()
            .filter(|s| s.state == ServerState::Running && self.serves(&s.name))
            .map(|s| s.name)
            .collect();
        format!(
            "{} running ({}), {}",
            crate::output::count(running.len(), "server"),
            if running.is_empty() {
                "-".to_string()
            } else {
                running.join(", ")
            },
            crate::output::count(tools, "tool")
        )
    }

    fn serves(&self, server: &str) -> bool {
        self.shared
            .only
            .as_deref()
            .is_none_or(|only| only == server)
    }

    /// A new client session; `tools` is its allow-list (empty: every tool).
    pub(crate) fn connect(
        &self,
        client: &str,
        tools: &[String],
        outlet: Box<dyn Outlet>,
    ) -> Arc<ClientSession> {
        let session = Arc::new(ClientSession::new(client.to_string(), tools, outlet));
        self.shared.clients.add(&session);
        session
    }

    /// Handles one message from a client: requests are answered from their own task (so a
    /// cancellation can abort them), notifications and answers are taken in at once.
    pub(crate) fn dispatch(&self, session: &Arc<ClientSession>, message: JsonRpcMessage) {
        match message {
            JsonRpcMessage::Request { id, method, params } => {
                metrics::counter!(
                    "roxy_serve_requests_total",
                    "client" => session.client.clone(),
                    "method" => method.clone()
                )
                .increment(1);
                if !session.begin(&id) {
                    return;
                }
                let (hub, task_session, task_id) = (self.clone(), Arc::clone(session), id.clone());
                let task = tokio::spawn(async move {
                    let answer = match RawJson::params_value(params.as_ref()) {
                        Ok(params) => hub.answer(&task_session, &task_id, &method, params).await,
                        Err(e) => Err(rpc_error(
                            error_codes::INVALID_PARAMS,
                            format!("`params` is not a JSON value Roxy can read: {e}"),
                        )),
                    };
                    let message = match answer {
                        Ok(result) => JsonRpcMessage::Response {
                            id: task_id.clone(),
                            result: result.into(),
                        },
                        Err(error) => JsonRpcMessage::Error {
                            id: Some(task_id.clone()),
                            error,
                        },
                    };
                    task_session.finish(&task_id, message);
                });
                session.set_abort(&id, task.abort_handle());
            }
            JsonRpcMessage::Notification { method, params } => {
                if method == method::NOTIFICATIONS_CANCELLED
                    && let Some(id) = params
                        .as_ref()
                        .and_then(|p| p.get("requestId"))
                        .and_then(|id| serde_json::from_value::<RequestId>(id.clone()).ok())
                {
                    session.cancel(&id);
                }
            }
            JsonRpcMessage::Response { id, result } => {
                let answer = result.to_value().map_err(|e| {
                    rpc_error(
                        error_codes::INTERNAL_ERROR,
                        format!("the client's answer is not a JSON value Roxy can read: {e}"),
                    )
                });
                session.answered(&id, answer)
            }
            JsonRpcMessage::Error {
                id: Some(id),
                error,
            } => session.answered(&id, Err(error)),
            JsonRpcMessage::Error { id: None, error } => {
                tracing::warn!(
                    client = session.client,
                    "the client reported an error: {}",
                    error.message
                );
            }
        }
    }

    async fn answer(
        &self,
        session: &Arc<ClientSession>,
        id: &RequestId,
        method: &str,
        params: Value,
    ) -> Answer {
        match method {
            method::INITIALIZE => Ok(self.initialize(session, &params)),
            method::PING => Ok(json!({})),
            method::TOOLS_LIST => {
                let tools: Vec<Value> = self
                    .served_tools(true)
                    .await
                    .into_iter()
                    .filter(|(name, _)| session.may_use(name))
                    .map(|(name, info)| {
                        let mut tool = serde_json::to_value(&info.tool).unwrap_or(Value::Null);
                        tool["name"] = Value::String(name);
                        tool
                    })
                    .collect();
                Ok(json!({ "tools": tools }))
            }
            method::TOOLS_CALL => self.call_tool(session, id, params).await,
            method::PROMPTS_LIST => {
                let prompts: Vec<Value> = self
                    .served_prompts()
                    .await
                    .into_iter()
                    .map(|(name, _, mut prompt)| {
                        prompt["name"] = Value::String(name);
                        prompt
                    })
                    .collect();
                Ok(json!({ "prompts": prompts }))
            }
            method::PROMPTS_GET => {
                let name = params.get("name").and_then(Value::as_str).unwrap_or("");
                let prompts = self.served_prompts().await;
                let Some((_, server, prompt)) = prompts.iter().find(|(n, _, _)| n == name) else {
                    return Err(rpc_error(
                        error_codes::INVALID_PARAMS,
                        format!("no prompt named `{name}`"),
                    ));
                };
                session.routed(id, server);
                let real = prompt["name"].as_str().unwrap_or(name);
                let arguments = params.get("arguments").cloned().unwrap_or(json!({}));
                let arguments = self.restore_in(session, arguments);
                let result = self
                    .shared
                    .manager
                    .get_prompt(server, real, arguments)
                    .await
                    .map_err(backend_error)?;
                self.redact_out(session, serde_json::to_value(result).unwrap_or_default())
            }
            method::RESOURCES_LIST => {
                let mut all = Vec::new();
                for (server, resources) in self
                    .list_each(
                        "resources",
                        |m, s| async move { m.list_resources(&s).await },
                    )
                    .await
                {
                    let mut routes = lock(&self.shared.resources);
                    for resource in resources {
                        routes.insert(resource.uri.clone(), server.clone());
                        all.push(serde_json::to_value(resource).unwrap_or_default());
                    }
                }
                Ok(json!({ "resources": all }))
            }
            method::RESOURCES_TEMPLATES_LIST => {
                let templates: Vec<Value> = self
                    .list_each("resources", |m, s| async move {
                        m.list_resource_templates(&s).await
                    })
                    .await
                    .into_iter()
                    .flat_map(|(_, templates)| templates)
                    .map(|t| serde_json::to_value(t).unwrap_or_default())
                    .collect();
                Ok(json!({ "resourceTemplates": templates }))
            }
            method::RESOURCES_READ => {
                let uri = params.get("uri").and_then(Value::as_str).unwrap_or("");
                let server = self.resource_server(uri).await.ok_or_else(|| {
                    rpc_error(RESOURCE_NOT_FOUND, format!("no server offers `{uri}`"))
                })?;
                session.routed(id, &server);
                let result = self
                    .shared
                    .manager
                    .read_resource(&server, uri)
                    .await
                    .map_err(backend_error)?;
                self.redact_out(session, serde_json::to_value(result).unwrap_or_default())
            }
            "completion/complete" => self.complete(session, id, params).await,
            "resources/subscribe" | "resources/unsubscribe" => {
                let uri = params.get("uri").and_then(Value::as_str).unwrap_or("");
                let server = self.resource_server(uri).await.ok_or_else(|| {
                    rpc_error(RESOURCE_NOT_FOUND, format!("no server offers `{uri}`"))
                })?;
                let subscribe = method == "resources/subscribe";
                self.shared
                    .manager
                    .subscribe_resource(&server, uri, subscribe)
                    .await
                    .map_err(backend_error)?;
                session.subscribe(uri, subscribe);
                Ok(json!({}))
            }
            "logging/setLevel" => {
                let level = params.get("level").and_then(Value::as_str).unwrap_or("");
                let rank = level_rank(level).ok_or_else(|| {
                    rpc_error(
                        error_codes::INVALID_PARAMS,
                        format!("`{level}` is not a log level"),
                    )
                })?;
                session.set_log_level(rank);
                Ok(json!({}))
            }
            other => Err(rpc_error(
                error_codes::METHOD_NOT_FOUND,
                format!("roxy serve does not offer `{other}`"),
            )),
        }
    }

    /// The `initialize` answer: the client's protocol version if Roxy speaks it (else the
    /// latest), and the union of what the running servers offer.
    fn initialize(&self, session: &ClientSession, params: &Value) -> Value {
        let asked = params
            .get("protocolVersion")
            .and_then(Value::as_str)
            .unwrap_or("");
        let version = if SUPPORTED_PROTOCOL_VERSIONS.contains(&asked) {
            asked
        } else {
            LATEST_PROTOCOL_VERSION
        };
        let (mut prompts, mut resources, mut completions) = (false, false, false);
        let mut subscribe = false;
        let mut instructions = None;
        for name in self.served_names() {
            let Some(result) = self.shared.manager.initialize_result(&name) else {
                // Not started yet (`on_demand`, or still starting): it may offer any of them
                // once it runs, and `list_changed` tells the client when it does.
                (prompts, resources, completions) = (true, true, true);
                continue;
            };
            prompts |= result.capabilities.prompts.is_some();
            resources |= result.capabilities.resources.is_some();
            subscribe |= result
                .capabilities
                .resources
                .as_ref()
                .is_some_and(|r| r.subscribe == Some(true));
            completions |= result.capabilities.completions.is_some();
            if self.shared.only.is_some() {
                instructions = result.instructions;
            }
        }
        let mut capabilities = Map::new();
        capabilities.insert("tools".into(), json!({ "listChanged": true }));
        capabilities.insert("logging".into(), json!({}));
        if prompts {
            capabilities.insert("prompts".into(), json!({ "listChanged": true }));
        }
        if resources {
            capabilities.insert(
                "resources".into(),
                json!({ "listChanged": true, "subscribe": subscribe }),
            );
        }
        if completions {
            capabilities.insert("completions".into(), json!({}));
        }
        let capabilities = Value::Object(capabilities);
        session.initialized(
            version,
            params.get("capabilities").cloned().unwrap_or(Value::Null),
            capabilities.clone(),
        );
        let mut result = json!({
            "protocolVersion": version,
            "capabilities": capabilities,
            "serverInfo": { "name": "roxy", "title": "Roxy", "version": env!("CARGO_PKG_VERSION") },
        });
        if let Some(instructions) = instructions {
            result["instructions"] = instructions.into();
        }
        result
    }

    /// Names of the configured servers this hub serves.
    fn served_names(&self) -> Vec<String> {
        self.shared
            .manager
            .server_names()
            .into_iter()
            .filter(|n| self.serves(n))
            .collect()
    }

    /// Every served tool with the name the client sees; `start` starts stopped servers first.
    async fn served_tools(&self, start: bool) -> Vec<(String, ToolInfo)> {
        match &self.shared.only {
            Some(only) => {
                let tools = if start {
                    self.shared
                        .manager
                        .server_tools(only)
                        .await
                        .unwrap_or_default()
                } else {
                    let mut tools = self.shared.manager.list_tools(false).await;
                    tools.retain(|t| &t.server == only);
                    tools
                };
                // Under their own names, kept to what clients' model APIs accept.
                let names =
                    crate::mcp::unprefixed_names(tools.iter().map(|t| t.tool.name.as_str()));
                names.into_iter().zip(tools).collect()
            }
            None => self
                .shared
                .manager
                .list_tools(start)
                .await
                .into_iter()
                .map(|t| (t.qualified_name.clone(), t))
                .collect(),
        }
    }

    async fn call_tool(
        &self,
        session: &Arc<ClientSession>,
        id: &RequestId,
        params: Value,
    ) -> Answer {
        let Some(name) = params.get("name").and_then(Value::as_str) else {
            return Err(rpc_error(
                error_codes::INVALID_PARAMS,
                "`params.name` is missing: name the tool to call (tools/list lists them)",
            ));
        };
        if !session.may_use(name) {
            return Err(rpc_error(
                error_codes::INVALID_PARAMS,
                format!(
                    "client `{}` may not call `{name}`: it is not in serve.clients.{}.tools",
                    session.client, session.client
                ),
            ));
        }
        let mut tools = self.served_tools(false).await;
        if !tools.iter().any(|(n, _)| n == name) {
            tools = self.served_tools(true).await;
        }
        let Some(at) = tools.iter().position(|(n, _)| n == name) else {
            // A tool of a server that is down is not listed: say why, as for any call that
            // did not complete, not "did you mean" another server's tool.
            if let Some(unavailable) = self.unavailable_server_of(name).await {
                return Ok(json!({
                    "content": [{ "type": "text", "text": unavailable }],
                    "isError": true,
                }));
            }
            let visible = tools
                .iter()
                .map(|(n, _)| n.as_str())
                .filter(|n| session.may_use(n));
            let hint = match crate::suggest::closest_names(name, visible, 1).first() {
                Some(close) => format!("; did you mean `{close}`?"),
                None => String::new(),
            };
            return Err(rpc_error(
                error_codes::INVALID_PARAMS,
                format!("no tool named `{name}`{hint}"),
            ));
        };
        let (_, info) = tools.swap_remove(at);
        let arguments = params.get("arguments").cloned().unwrap_or(json!({}));
        // As `roxy call` checks them: an argument the tool does not take ("tz" for
        // "timezone") is the client's mistake to correct, not one to drop silently.
        if let Err(problem) = check_arguments(name, &info.tool.input_schema, &arguments) {
            return Ok(json!({
                "content": [{ "type": "text", "text": format!("Invalid arguments: {problem}") }],
                "isError": true,
            }));
        }
        session.routed(id, &info.server);
        let arguments = self.restore_in(session, arguments);
        let token = params.pointer("/_meta/progressToken").cloned();
        let progress = token.map(|token| {
            let (sender, mut updates) = mpsc::unbounded_channel::<Progress>();
            let (session, id) = (Arc::clone(session), id.clone());
            tokio::spawn(async move {
                while let Some(update) = updates.recv().await {
                    let mut params = serde_json::to_value(update).unwrap_or(json!({}));
                    params["progressToken"] = token.clone();
                    session.send(
                        JsonRpcMessage::notification(method::NOTIFICATIONS_PROGRESS, Some(params)),
                        Some(&id),
                    );
                }
            });
            sender
        });
        let options = CallOptions {
            progress,
            ..CallOptions::default()
        };
        let result = self
            .shared
            .manager
            .call_tool_with(&info.server, &info.tool.name, arguments, options)
            .await;
        match result {
            Ok(result) => {
                self.redact_out(session, serde_json::to_value(result).unwrap_or_default())
            }
            Err(McpError::Rpc { code, message, .. }) => Err(rpc_error(code, message)),
            Err(error @ (McpError::UnknownTool { .. } | McpError::ToolTurnedOff { .. })) => {
                Err(rpc_error(error_codes::INVALID_PARAMS, error.to_string()))
            }
            // The call was made but did not complete (crash, timeout, start failure): the
            // client's model reads why, as it reads a tool's own error.
            Err(error) => Ok(json!({
                "content": [{ "type": "text", "text": error.to_string() }],
                "isError": true,
            })),
        }
    }

    /// Why the server a tool name belongs to (its `server__` prefix, or `--server`'s) cannot
    /// be called, after trying to start it; `None` when it runs or no such server is configured.
    async fn unavailable_server_of(&self, tool: &str) -> Option<String> {
        let server = match &self.shared.only {
            Some(only) => only.clone(),
            None => tool.split_once("__")?.0.to_string(),
        };
        if !self.shared.manager.server_names().contains(&server) {
            return None;
        }
        let error = self.shared.manager.ready_session(&server).await.err()?;
        Some(error.to_string())
    }

    /// `completion/complete`: routed by its reference, to the server of the prompt (under its
    /// own name) or of the resource template.
    async fn complete(&self, session: &ClientSession, id: &RequestId, mut params: Value) -> Answer {
        let reference = params.get("ref").cloned().unwrap_or(Value::Null);
        let server = match reference.get("type").and_then(Value::as_str) {
            Some("ref/prompt") => {
                let name = reference.get("name").and_then(Value::as_str).unwrap_or("");
                let prompts = self.served_prompts().await;
                let (_, server, prompt) = prompts
                    .into_iter()
                    .find(|(n, _, _)| n == name)
                    .ok_or_else(|| {
                        rpc_error(
                            error_codes::INVALID_PARAMS,
                            format!("no prompt named `{name}`"),
                        )
                    })?;
                params["ref"]["name"] = prompt["name"].clone();
                server
            }
            Some("ref/resource") => {
                let uri = reference.get("uri").and_then(Value::as_str).unwrap_or("");
                self.resource_server(uri).await.ok_or_else(|| {
                    rpc_error(RESOURCE_NOT_FOUND, format!("no server offers `{uri}`"))
                })?
            }
            _ => {
                return Err(rpc_error(
                    error_codes::INVALID_PARAMS,
                    "`ref` must be a `ref/prompt` or a `ref/resource`",
                ));
            }
        };
        session.routed(id, &server);
        self.shared
            .manager
            .complete(&server, params)
            .await
            .map_err(backend_error)
    }

    /// Every served prompt: (name the client sees, server, the prompt as the server sent it).
    async fn served_prompts(&self) -> Vec<(String, String, Value)> {
        let listed: Vec<(String, Value)> = self
            .list_each("prompts", |m, s| async move { m.list_prompts(&s).await })
            .await
            .into_iter()
            .flat_map(|(server, prompts)| {
                prompts
                    .into_iter()
                    .map(move |p| (server.clone(), serde_json::to_value(p).unwrap_or_default()))
            })
            .collect();
        let names: Vec<String> = match &self.shared.only {
            Some(_) => listed
                .iter()
                .map(|(_, p)| p["name"].as_str().unwrap_or("").to_string())
                .collect(),
            None => qualify_names(
                listed
                    .iter()
                    .map(|(s, p)| (s.as_str(), p["name"].as_str().unwrap_or(""))),
            ),
        };
        names
            .into_iter()
            .zip(listed)
            .map(|(name, (server, prompt))| (name, server, prompt))
            .collect()
    }

    /// Runs a listing on every served server that offers `capability`, starting the stopped
    /// ones first as `tools/list` does; a server whose listing fails is logged and left out.
    async fn list_each<T, F, Fut>(&self, capability: &str, list: F) -> Vec<(String, Vec<T>)>
    where
        F: Fn(McpManager, String) -> Fut,
        Fut: Future<Output = Result<Vec<T>, McpError>>,
    {
        self.served_tools(true).await;
        let mut lists = Vec::new();
        for server in self.served_names() {
            let offers = self
                .shared
                .manager
                .initialize_result(&server)
                .and_then(|r| serde_json::to_value(r.capabilities).ok())
                .is_some_and(|c| c.get(capability).is_some());
            if !offers {
                continue;
            }
            match list(self.shared.manager.clone(), server.clone()).await {
                Ok(items) => lists.push((server, items)),
                Err(error) => tracing::warn!("listing {capability} of `{server}`: {error}"),
            }
        }
        lists
    }

    /// The server a resource URI belongs to: from the last listing, else a fresh one, else
    /// the server whose resource template matches it, else the only server with resources.
    async fn resource_server(&self, uri: &str) -> Option<String> {
        if let Some(server) = lock(&self.shared.resources).get(uri) {
            return Some(server.clone());
        }
        let listed = self
            .list_each(
                "resources",
                |m, s| async move { m.list_resources(&s).await },
            )
            .await;
        let offering: Vec<String> = listed.iter().map(|(s, _)| s.clone()).collect();
        {
            let mut routes = lock(&self.shared.resources);
            for (server, resources) in listed {
                for resource in resources {
                    routes.insert(resource.uri, server.clone());
                }
            }
            if let Some(server) = routes.get(uri) {
                return Some(server.clone());
            }
        }
        let templates = self
            .list_each("resources", |m, s| async move {
                m.list_resource_templates(&s).await
            })
            .await;
        for (server, templates) in templates {
            if templates
                .iter()
                .any(|t| template_matches(&t.uri_template, uri))
            {
                return Some(server);
            }
        }
        match offering.as_slice() {
            [only] => Some(only.clone()),
            _ => None,
        }
    }

    /// With `serve.redact_results`, puts the client session's placeholders back into what the
    /// client sends.
    fn restore_in(&self, session: &ClientSession, value: Value) -> Value {
        match &self.shared.redact {
            Some(gateway) => gateway.restore(&value, &lock(&session.vault)),
            None => value,
        }
    }

    /// With `serve.redact_results`, redacts a result for the client (fail closed).
    fn redact_out(&self, session: &ClientSession, value: Value) -> Answer {
        let Some(gateway) = &self.shared.redact else {
            return Ok(value);
        };
        let destination = format!("serve client {}", session.client);
        gateway
            .redact(&value, &destination, &[], &mut lock(&session.vault))
            .map_err(|e| {
                rpc_error(
                    error_codes::INTERNAL_ERROR,
                    format!("Roxy's privacy gateway withheld the result: {e}"),
                )
            })
    }

    /// Tells every client when the served lists may have changed.
    fn spawn_list_changed(&self) {
        let mut events = self.shared.manager.subscribe();
        let hub = Arc::downgrade(&self.shared);
        tokio::spawn(async move {
            loop {
                let event = match events.recv().await {
                    Ok(event) => event,
                    Err(tokio::sync::broadcast::error::RecvError::Lagged(_)) => {
                        ManagerEvent::ConfigReloaded {
                            added: Vec::new(),
                            removed: Vec::new(),
                            changed: Vec::new(),
                        }
                    }
                    Err(_) => return,
                };
                let Some(shared) = hub.upgrade() else { return };
                let server = match &event {
                    ManagerEvent::Started { server, .. }
                    | ManagerEvent::Stopped { server }
                    | ManagerEvent::Failed { server, .. }
                    | ManagerEvent::ToolsChanged { server, .. } => Some(server.as_str()),
                    ManagerEvent::ConfigReloaded { .. } => None,
                    _ => continue,
                };
                if let (Some(only), Some(server)) = (&shared.only, server)
                    && only != server
                {
                    continue;
                }
                let lists: &[(&str, &str)] = match event {
                    ManagerEvent::ToolsChanged { .. } => {
                        &[("tools", method::NOTIFICATIONS_TOOLS_LIST_CHANGED)]
                    }
                    _ => &[
                        ("tools", method::NOTIFICATIONS_TOOLS_LIST_CHANGED),
                        ("prompts", method::NOTIFICATIONS_PROMPTS_LIST_CHANGED),
                        ("resources", method::NOTIFICATIONS_RESOURCES_LIST_CHANGED),
                    ],
                };
                for session in shared.clients.all() {
                    for (capability, notification) in lists {
                        if session.offered(capability) {
                            session.send(JsonRpcMessage::notification(notification, None), None);
                        }
                    }
                }
            }
        });
    }
}

/// A backend's failure as the client's JSON-RPC error: the backend's own code when it gave one.
fn backend_error(error: McpError) -> JsonRpcError {
    match error {
        McpError::Rpc { code, message, .. } => rpc_error(code, message),
        other => rpc_error(error_codes::INTERNAL_ERROR, other.to_string()),
    }
}

/// Whether `uri` fits an RFC 6570 template: `{var}` stands for one path segment or more
/// characters without `/`, `{+var}` and `{#var}` for anything.
fn template_matches(template: &str, uri: &str) -> bool {
    let mut pattern = String::from("^");
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        pattern.push_str(&regex::escape(&rest[..open]));
        let Some(close) = rest[open..].find('}') else {
            return false;
        };
        let expression = &rest[open + 1..open + close];
        pattern.push_str(if expression.starts_with(['+', '#']) {
            ".*"
        } else {
            "[^/]*"
        });
        rest = &rest[open + close + 1..];
    }
    pattern.push_str(&regex::escape(rest));
    pattern.push('$');
    regex::Regex::new(&pattern).is_ok_and(|r| r.is_match(uri))
}

#[cfg(test)]
mod tests {
    use super::template_matches;

    #[test]
    fn uri_templates_match_their_expansions_only() {
        assert!(template_matches(
            "test://template/{id}/data",
            "test://template/42/data"
        ));
        assert!(!template_matches(
            "test://template/{id}/data",
            "test://template/4/2/data"
        ));
        assert!(!template_matches(
            "test://template/{id}/data",
            "test://other/42/data"
        ));
        assert!(template_matches("file:///{+path}", "file:///a/b/c.txt"));
        assert!(!template_matches("broken://{id", "broken://x"));
    }
}
