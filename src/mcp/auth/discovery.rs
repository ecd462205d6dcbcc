//! Finding a server's authorization server (MCP authorization spec 2025-06-18 / 2025-11-25,
//! with the 2025-03-26 fallbacks): the protected resource metadata (RFC 9728) named by the
//! challenge, else at the path-based well-known URL, else at the root one; its `resource` must
//! name this server; then the authorization server metadata at the spec's candidate URLs in
//! order (RFC 8414 path insertion, then the OpenID Connect variants). Without resource
//! metadata the server's origin is the authorization server, and without any metadata its
//! default endpoints `/authorize`, `/token` and `/register` are used.

use serde_json::Value;
use url::Url;

use super::AuthError;
use super::http::AuthHttp;

/// What discovery found.
#[derive(Debug, Clone)]
pub struct Discovered {
    /// The `resource` to send (the metadata's own spelling, else the server URL).
    pub resource: String,
    /// The protected resource's `scopes_supported`.
    pub resource_scopes: Vec<String>,
    pub issuer: String,
    pub metadata: AsMetadata,
}

/// The parts of authorization server metadata Roxy uses.
#[derive(Debug, Clone, Default)]
pub struct AsMetadata {
    /// False when the defaults of the 2025-03-26 fallback are used.
    pub found: bool,
    pub issuer: Option<String>,
    pub authorization_endpoint: Option<Url>,
    pub token_endpoint: Option<Url>,
    pub registration_endpoint: Option<Url>,
    pub scopes_supported: Vec<String>,
    pub token_endpoint_auth_methods: Vec<String>,
    pub code_challenge_methods: Option<Vec<String>>,
    pub client_id_metadata_document_supported: bool,
}

impl AsMetadata {
    fn from_json(json: &Value, base: &Url) -> AsMetadata {
        let url = |key: &str| {
            json.get(key)
                .and_then(Value::as_str)
                .and_then(|text| base.join(text).ok())
        };
        let strings = |key: &str| -> Option<Vec<String>> {
            json.get(key).and_then(Value::as_array).map(|items| {
                items
                    .iter()
                    .filter_map(Value::as_str)
                    .map(str::to_string)
                    .collect()
            })
        };
        AsMetadata {
            found: true,
            issuer: json
                .get("issuer")
                .and_then(Value::as_str)
                .map(str::to_string),
            authorization_endpoint: url("authorization_endpoint"),
            token_endpoint: url("token_endpoint"),
            registration_endpoint: url("registration_endpoint"),
            scopes_supported: strings("scopes_supported").unwrap_or_default(),
            token_endpoint_auth_methods: strings("token_endpoint_auth_methods_supported")
                .unwrap_or_default(),
            code_challenge_methods: strings("code_challenge_methods_supported"),
            client_id_metadata_document_supported: json
                .get("client_id_metadata_document_supported")
                .and_then(Value::as_bool)
                .unwrap_or(false),
        }
    }

    /// The 2025-03-26 defaults at `base`'s origin.
    fn defaults(base: &Url) -> AsMetadata {
        let at = |path: &str| base.join(path).ok();
        AsMetadata {
            found: false,
            authorization_endpoint: at("/authorize"),
            token_endpoint: at("/token"),
            registration_endpoint: at("/register"),
            ..AsMetadata::default()
        }
    }
}

/// Runs discovery for the MCP server at `server_url`; `resource_metadata` is the URL the
/// challenge named, if any.
pub async fn discover(
    http: &AuthHttp,
    server_url: &Url,
    resource_metadata: Option<&str>,
) -> Result<Discovered, AuthError> {
    let mut candidates = Vec::new();
    if let Some(named) = resource_metadata {
        candidates.push(
            server_url
                .join(named)
                .map_err(|_| AuthError::Discovery(format!("bad resource_metadata URL {named}")))?,
        );
    } else {
        let path = server_url.path().trim_end_matches('/');
        if !path.is_empty() {
            candidates.push(well_known(server_url, "oauth-protected-resource", path));
        }
        candidates.push(well_known(server_url, "oauth-protected-resource", ""));
    }
    let mut protected = None;
    for candidate in candidates {
        let answer = http.get(&candidate).await?;
        if answer.status.is_success() && answer.json.is_object() {
            protected = Some(answer.json);
            break;
        }
        if answer.status.is_server_error() {
            return Err(AuthError::Discovery(format!(
                "{candidate} answered {}",
                answer.status
            )));
        }
    }
    let Some(protected) = protected else {
        // 2025-03-26: the server's origin is its own authorization server.
        let origin = origin_of(server_url);
        let metadata = match find_as_metadata(http, &origin).await? {
            Some(metadata) => metadata,
            None => AsMetadata::defaults(&origin),
        };
        return Ok(Discovered {
            resource: canonical(server_url),
            resource_scopes: Vec::new(),
            issuer: metadata
                .issuer
                .clone()
                .unwrap_or_else(|| origin.as_str().trim_end_matches('/').to_string()),
            metadata,
        });
    };
    let resource = protected
        .get("resource")
        .and_then(Value::as_str)
        .map(str::to_string)
        .unwrap_or_else(|| canonical(server_url));
    check_resource(server_url, &resource)?;
    let issuer = protected
        .get("authorization_servers")
        .and_then(Value::as_array)
        .and_then(|servers| servers.first())
        .and_then(Value::as_str)
        .ok_or_else(|| {
            AuthError::Discovery(
                "the protected resource metadata names no authorization server".into(),
            )
        })?
        .to_string();
    let issuer_url = Url::parse(&issuer)
        .map_err(|_| AuthError::Discovery(format!("bad authorization server URL {issuer}")))?;
    let metadata = match find_as_metadata(http, &issuer_url).await? {
        Some(metadata) => metadata,
        None => AsMetadata::defaults(&issuer_url),
    };
    let resource_scopes = protected
        .get("scopes_supported")
        .and_then(Value::as_array)
        .map(|items| {
            items
                .iter()
                .filter_map(Value::as_str)
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default();
    Ok(Discovered {
        resource,
        resource_scopes,
        issuer,
        metadata,
    })
}

/// Authorization server metadata at the first candidate URL that has it.
async fn find_as_metadata(http: &AuthHttp, issuer: &Url) -> Result<Option<AsMetadata>, AuthError> {
    for candidate in as_metadata_candidates(issuer) {
        let answer = http.get(&candidate).await?;
        if answer.status.is_success() && answer.json.is_object() {
            return Ok(Some(AsMetadata::from_json(&answer.json, &candidate)));
        }
        if answer.status.is_server_error() {
            return Err(AuthError::Discovery(format!(
                "{candidate} answered {}",
                answer.status
            )));
        }
    }
    Ok(None)
}

/// The spec's candidate order: for an issuer with a path, RFC 8414 path insertion, OpenID
/// Connect path insertion, OpenID Connect path appending; without a path, the two root URLs.
pub fn as_metadata_candidates(issuer: &Url) -> Vec<Url> {
    let path = issuer.path().trim_end_matches('/');
    if path.is_empty() {
        vec![
            well_known(issuer, "oauth-authorization-server", ""),
            well_known(issuer, "openid-configuration", ""),
        ]
    } else {
        let mut appended = origin_of(issuer);
        appended.set_path(&format!("{path}/.well-known/openid-configuration"));
        vec![
            well_known(issuer, "oauth-authorization-server", path),
            well_known(issuer, "openid-configuration", path),
            appended,
        ]
    }
}

fn well_known(base: &Url, name: &str, path: &str) -> Url {
    let mut url = origin_of(base);
    url.set_path(&format!("/.well-known/{name}{path}"));
    url
}

fn origin_of(url: &Url) -> Url {
    let mut origin = url.clone();
    origin.set_path("/");
    origin.set_query(None);
    origin.set_fragment(None);
    origin
}

/// The server URL as a resource indicator: no fragment, no trailing slash on a path.
pub fn canonical(url: &Url) -> String {
    let mut url = url.clone();
    url.set_fragment(None);
    let text = url.to_string();
    if url.path() != "/" {
        text.trim_end_matches('/').to_string()
    } else {
        text
    }
}

/// The resource must be this server: same origin, and the server's path within its path.
pub fn check_resource(server_url: &Url, resource: &str) -> Result<(), AuthError> {
    let mismatch = || AuthError::ResourceMismatch {
        resource: resource.to_string(),
        url: server_url.to_string(),
    };
    let resource_url = Url::parse(resource).map_err(|_| mismatch())?;
    if resource_url.origin() != server_url.origin() {
        return Err(mismatch());
    }
    let with_slash = |path: &str| {
        if path.ends_with('/') {
            path.to_string()
        } else {
            format!("{path}/")
        }
    };
    if !with_slash(server_url.path()).starts_with(&with_slash(resource_url.path())) {
        return Err(mismatch());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn candidates_follow_the_spec_order() {
        let urls = |issuer: &str| -> Vec<String> {
            as_metadata_candidates(&Url::parse(issuer).unwrap())
                .iter()
                .map(Url::to_string)
                .collect()
        };
        assert_eq!(
            urls("https://as.example/tenant1"),
            [
                "https://as.example/.well-known/oauth-authorization-server/tenant1",
                "https://as.example/.well-known/openid-configuration/tenant1",
                "https://as.example/tenant1/.well-known/openid-configuration",
            ]
        );
        assert_eq!(
            urls("https://as.example/"),
            [
                "https://as.example/.well-known/oauth-authorization-server",
                "https://as.example/.well-known/openid-configuration",
            ]
        );
    }

    #[test]
    fn a_resource_must_name_this_server() {
        let server = Url::parse("http://localhost:3000/mcp").unwrap();
        assert!(check_resource(&server, "http://localhost:3000/mcp").is_ok());
        assert!(check_resource(&server, "http://localhost:3000").is_ok());
        assert!(check_resource(&server, "https://evil.example.com/mcp").is_err());
        assert!(check_resource(&server, "http://localhost:3000/other").is_err());
        assert!(check_resource(&server, "http://localhost:3001/mcp").is_err());
    }
}
