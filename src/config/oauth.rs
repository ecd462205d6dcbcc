//! The `oauth:` block of an http/sse server in mcp_servers.yaml: how Roxy gets a bearer token
//! for a server behind OAuth 2.1 (the MCP authorization spec). Every key is optional; a server
//! without the block still gets the standard flow when it answers 401 with a Bearer challenge
//! and no `Authorization` header is configured. `crate::mcp::auth` runs the flow.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

/// How a token is obtained.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OAuthGrant {
    /// A person approves in the browser (authorization code + PKCE).
    #[default]
    AuthorizationCode,
    /// The client authenticates as itself (no person in the loop).
    ClientCredentials,
    /// Enterprise-managed access (SEP-990): an identity provider's ID token is exchanged for an
    /// ID-JAG (RFC 8693), which the authorization server takes as a JWT bearer grant (RFC 7523).
    IdJag,
}

/// How the client authenticates at the token endpoint.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TokenEndpointAuth {
    None,
    ClientSecretBasic,
    ClientSecretPost,
    PrivateKeyJwt,
}

/// The algorithm of a `private_key_jwt` assertion.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum SigningAlgorithm {
    #[default]
    ES256,
    RS256,
}

/// `servers.NAME.oauth`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OAuthConfig {
    #[serde(default, skip_serializing_if = "is_default")]
    pub grant: OAuthGrant,
    /// A pre-registered client (no dynamic registration).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_id: Option<String>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        serialize_with = "redacted"
    )]
    pub client_secret: Option<String>,
    /// An https URL of a client ID metadata document, used as the client id when the
    /// authorization server supports such documents.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_metadata_url: Option<String>,
    /// Overrides the method the registration or the server metadata implies.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token_endpoint_auth: Option<TokenEndpointAuth>,
    /// PKCS#8 PEM text of the key for `private_key_jwt`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        serialize_with = "redacted"
    )]
    pub private_key: Option<String>,
    /// A file holding that key instead (relative to the project root).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub private_key_file: Option<PathBuf>,
    #[serde(default, skip_serializing_if = "is_default")]
    pub signing_algorithm: SigningAlgorithm,
    /// Scopes to ask for; else the server's challenge, else its `scopes_supported`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scopes: Option<Vec<String>>,
    /// The loopback port of the redirect listener; else an ephemeral one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub redirect_port: Option<u16>,
    /// `id_jag` grant: the identity provider's token endpoint, client id and ID token.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub idp_token_endpoint: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub idp_client_id: Option<String>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        serialize_with = "redacted"
    )]
    pub idp_id_token: Option<String>,
    /// Where tokens are stored; filled from Roxy's data directory when the config is loaded
    /// (`<data_dir>/oauth`); `None` keeps them in memory only.
    #[serde(skip)]
    pub store_dir: Option<PathBuf>,
}

impl OAuthConfig {
    /// Nothing was configured (the store directory is Roxy's, not the person's).
    pub fn is_unset(&self) -> bool {
        *self
            == OAuthConfig {
                store_dir: self.store_dir.clone(),
                ..OAuthConfig::default()
            }
    }
}

fn is_default<T: Default + PartialEq>(value: &T) -> bool {
    *value == T::default()
}

/// Secrets in the config are shown as `<redacted>` (`roxy config check`, logs).
fn redacted<S: serde::Serializer>(
    value: &Option<String>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    match value {
        Some(_) => serializer.serialize_str("<redacted>"),
        None => serializer.serialize_none(),
    }
}
