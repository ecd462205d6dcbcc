//! Getting tokens: the authorization code flow with PKCE S256, `state` and the `resource`
//! indicator (RFC 8707) on both requests; client identity by a configured client, a stored
//! registration, a client ID metadata document URL or dynamic registration (RFC 7591); client
//! authentication at the token endpoint (`none`, `client_secret_basic`, `client_secret_post`,
//! `private_key_jwt`); client credentials; the enterprise ID-JAG grant; refresh.

use base64::Engine;
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use serde_json::{Value, json};
use sha2::{Digest, Sha256};
use url::Url;

use super::challenge::{Challenge, split_scopes};
use super::discovery::{Discovered, discover};
use super::http::check_scheme;
use super::redirect::{RedirectListener, open_browser};
use super::store::{Client, Record};
use super::{AuthError, OAuth, jwt, now, random_token};
use crate::config::{OAuthGrant, TokenEndpointAuth};
use crate::sync::lock;

const OFFLINE_ACCESS: &str = "offline_access";
const JWT_BEARER: &str = "urn:ietf:params:oauth:grant-type:jwt-bearer";

/// A successful token answer.
struct Tokens {
    access_token: String,
    refresh_token: Option<String>,
    expires_in: Option<u64>,
    scope: Option<String>,
}

impl OAuth {
    /// A new token without a person: refresh (authorization code) or the grant again
    /// (client credentials, ID-JAG). `NeedsLogin` when only a person can help.
    pub(super) async fn renew(&self, challenge: &Challenge) -> Result<(), AuthError> {
        if self.config.grant != OAuthGrant::AuthorizationCode {
            return self.obtain(challenge, None, false).await;
        }
        let record = lock(&self.record).clone();
        let (Some(refresh_token), Some(endpoint)) = (&record.refresh_token, &record.token_endpoint)
        else {
            return Err(self.needs_login("no refresh token"));
        };
        let endpoint = parse_url(endpoint)?;
        let client = self.configured_client().or(record.client.clone());
        let Some(client) = client else {
            return Err(self.needs_login("no client registration"));
        };
        let mut params = vec![
            ("grant_type", "refresh_token".to_string()),
            ("refresh_token", refresh_token.clone()),
        ];
        if let Some(resource) = &record.resource {
            params.push(("resource", resource.clone()));
        }
        let audience = record
            .issuer
            .clone()
            .unwrap_or_else(|| endpoint.to_string());
        match self
            .token_request(&endpoint, &client, &audience, params)
            .await
        {
            Ok(tokens) => {
                let mut updated = record.clone();
                self.apply(&mut updated, tokens, record.scopes.clone());
                if updated.refresh_token.is_none() {
                    updated.refresh_token = record.refresh_token.clone();
                }
                self.keep(updated)
            }
            Err(AuthError::Token { error, .. }) if error == "invalid_grant" => {
                let mut dropped = record;
                dropped.refresh_token = None;
                dropped.access_token = None;
                dropped.expires_at = None;
                self.keep(dropped)?;
                Err(self.needs_login("the refresh token was refused"))
            }
            Err(error) => Err(error),
        }
    }

    /// Runs the configured grant from discovery on. `scopes` overrides the scope selection
    /// (step-up); `interactive` allows opening a browser.
    pub(super) async fn obtain(
        &self,
        challenge: &Challenge,
        scopes: Option<Vec<String>>,
        interactive: bool,
    ) -> Result<(), AuthError> {
        if self.config.grant == OAuthGrant::AuthorizationCode && !interactive {
            return Err(self.needs_login(""));
        }
        let discovered = discover(
            &self.http,
            &self.url,
            challenge.resource_metadata.as_deref(),
        )
        .await?;
        let scopes = scopes.unwrap_or_else(|| self.choose_scopes(challenge, &discovered));
        match self.config.grant {
            OAuthGrant::AuthorizationCode => self.authorization_code(&discovered, scopes).await,
            OAuthGrant::ClientCredentials => self.client_credentials(&discovered, scopes).await,
            OAuthGrant::IdJag => self.id_jag(&discovered, scopes).await,
        }
    }

    /// Configured scopes, else the challenge's, else the resource's `scopes_supported`, else
    /// none; `offline_access` added only when the authorization server lists it.
    fn choose_scopes(&self, challenge: &Challenge, discovered: &Discovered) -> Vec<String> {
        let mut scopes = self
            .config
            .scopes
            .clone()
            .filter(|s| !s.is_empty())
            .or_else(|| Some(challenge.scopes()).filter(|s| !s.is_empty()))
            .unwrap_or_else(|| discovered.resource_scopes.clone());
        if self.config.grant == OAuthGrant::AuthorizationCode
            && !scopes.is_empty()
            && discovered
                .metadata
                .scopes_supported
                .iter()
                .any(|s| s == OFFLINE_ACCESS)
            && !scopes.iter().any(|s| s == OFFLINE_ACCESS)
        {
            scopes.push(OFFLINE_ACCESS.to_string());
        }
        scopes
    }

    async fn authorization_code(
        &self,
        discovered: &Discovered,
        scopes: Vec<String>,
    ) -> Result<(), AuthError> {
        let metadata = &discovered.metadata;
        if let Some(methods) = &metadata.code_challenge_methods
            && !methods.iter().any(|m| m == "S256")
        {
            return Err(AuthError::Discovery(format!(
                "the authorization server of `{}` does not support PKCE S256, which OAuth 2.1 requires",
                self.server
            )));
        }
        let (authorize, token_endpoint) = match (
            &metadata.authorization_endpoint,
            &metadata.token_endpoint,
        ) {
            (Some(a), Some(t)) => (a.clone(), t.clone()),
            _ => {
                return Err(AuthError::Discovery(
                    "the authorization server metadata lacks authorization_endpoint or token_endpoint".into(),
                ));
            }
        };
        check_scheme(&authorize)?;
        let stored = lock(&self.record).clone();
        let stored_client = stored
            .client
            .clone()
            .filter(|_| stored.issuer.as_deref() == Some(discovered.issuer.as_str()));
        // Reuse the registered redirect port: an authorization server compares redirect URIs.
        let port = self.config.redirect_port.unwrap_or_else(|| {
            stored_client
                .as_ref()
                .and_then(|c| c.redirect_uri.as_deref())
                .and_then(|uri| Url::parse(uri).ok())
                .and_then(|uri| uri.port())
                .unwrap_or(0)
        });
        let listener = RedirectListener::bind(&self.server, port).await?;
        let client = match self.configured_client() {
            Some(client) => client,
            None => match stored_client {
                Some(client) => client,
                None => {
                    self.register(discovered, &listener.redirect_uri, &scopes)
                        .await?
                }
            },
        };
        let verifier = random_token();
        let code_challenge = URL_SAFE_NO_PAD.encode(Sha256::digest(verifier.as_bytes()));
        let state = random_token();
        let mut url = authorize.clone();
        {
            let mut query = url.query_pairs_mut();
            query
                .append_pair("response_type", "code")
                .append_pair("client_id", &client.client_id)
                .append_pair("redirect_uri", &listener.redirect_uri)
                .append_pair("code_challenge", &code_challenge)
                .append_pair("code_challenge_method", "S256")
                .append_pair("state", &state)
                .append_pair("resource", &discovered.resource);
            if !scopes.is_empty() {
                query.append_pair("scope", &scopes.join(" "));
            }
        }
        open_browser(&self.server, url.as_str());
        let code = listener.wait_for_code(&self.server, &state).await?;
        let params = vec![
            ("grant_type", "authorization_code".to_string()),
            ("code", code),
            ("code_verifier", verifier),
            ("redirect_uri", listener.redirect_uri.clone()),
            ("resource", discovered.resource.clone()),
        ];
        let audience = self.audience(discovered, &token_endpoint);
        let tokens = self
            .token_request(&token_endpoint, &client, &audience, params)
            .await?;
        let registered = (self.configured_client().is_none()).then_some(client);
        self.keep_new(discovered, &token_endpoint, registered, tokens, scopes)
    }

    async fn client_credentials(
        &self,
        discovered: &Discovered,
        scopes: Vec<String>,
    ) -> Result<(), AuthError> {
        let token_endpoint = self.token_endpoint(discovered)?;
        let client = self.configured_client().ok_or_else(|| {
            AuthError::Config(format!(
                "`servers.{}.oauth.grant: client_credentials` needs `client_id` and `client_secret` or `private_key`",
                self.server
            ))
        })?;
        let mut params = vec![
            ("grant_type", "client_credentials".to_string()),
            ("resource", discovered.resource.clone()),
        ];
        if !scopes.is_empty() {
            params.push(("scope", scopes.join(" ")));
        }
        let audience = self.audience(discovered, &token_endpoint);
        let tokens = self
            .token_request(&token_endpoint, &client, &audience, params)
            .await?;
        self.keep_new(discovered, &token_endpoint, None, tokens, scopes)
    }

    /// SEP-990: the identity provider's ID token → ID-JAG (RFC 8693 token exchange) → access
    /// token (RFC 7523 JWT bearer grant, client authenticated as configured).
    async fn id_jag(&self, discovered: &Discovered, scopes: Vec<String>) -> Result<(), AuthError> {
        let missing = |key: &str| {
            AuthError::Config(format!(
                "`servers.{}.oauth.grant: id_jag` needs `{key}`",
                self.server
            ))
        };
        let idp_endpoint = parse_url(
            self.config
                .idp_token_endpoint
                .as_deref()
                .ok_or_else(|| missing("idp_token_endpoint"))?,
        )?;
        let id_token = self
            .config
            .idp_id_token
            .clone()
            .ok_or_else(|| missing("idp_id_token"))?;
        let idp_client = self
            .config
            .idp_client_id
            .clone()
            .ok_or_else(|| missing("idp_client_id"))?;
        let token_endpoint = self.token_endpoint(discovered)?;
        let audience = self.audience(discovered, &token_endpoint);
        let exchange = [
            (
                "grant_type",
                "urn:ietf:params:oauth:grant-type:token-exchange".to_string(),
            ),
            (
                "requested_token_type",
                "urn:ietf:params:oauth:token-type:id-jag".to_string(),
            ),
            ("audience", audience.clone()),
            ("resource", discovered.resource.clone()),
            ("subject_token", id_token),
            (
                "subject_token_type",
                "urn:ietf:params:oauth:token-type:id_token".to_string(),
            ),
            ("client_id", idp_client),
        ];
        let answer = self
            .http
            .post(&idp_endpoint, |request| request.form(&exchange))
            .await?;
        let grant = self.tokens_from(answer)?.access_token;
        let client = self
            .configured_client()
            .ok_or_else(|| missing("client_id"))?;
        let mut params = vec![("grant_type", JWT_BEARER.to_string()), ("assertion", grant)];
        if !scopes.is_empty() {
            params.push(("scope", scopes.join(" ")));
        }
        let tokens = self
            .token_request(&token_endpoint, &client, &audience, params)
            .await?;
        self.keep_new(discovered, &token_endpoint, None, tokens, scopes)
    }

    /// Dynamic client registration (RFC 7591), or the client ID metadata document URL when the
    /// authorization server accepts one.
    async fn register(
        &self,
        discovered: &Discovered,
        redirect_uri: &str,
        scopes: &[String],
    ) -> Result<Client, AuthError> {
        let metadata = &discovered.metadata;
        if metadata.client_id_metadata_document_supported
            && let Some(url) = &self.config.client_metadata_url
        {
            return Ok(Client {
                client_id: url.clone(),
                client_secret: None,
                auth_method: "none".into(),
                redirect_uri: Some(redirect_uri.to_string()),
            });
        }
        let endpoint =
            metadata
                .registration_endpoint
                .clone()
                .ok_or_else(|| AuthError::NoClient {
                    server: self.server.clone(),
                })?;
        let mut body = json!({
            "client_name": "Roxy",
            "redirect_uris": [redirect_uri],
            "grant_types": ["authorization_code", "refresh_token"],
            "response_types": ["code"],
        });
        if !scopes.is_empty() {
            body["scope"] = json!(scopes.join(" "));
        }
        let answer = self
            .http
            .post(&endpoint, |request| request.json(&body))
            .await?;
        if !answer.status.is_success() {
            return Err(AuthError::NoClient {
                server: self.server.clone(),
            });
        }
        let client_id = answer
            .json
            .get("client_id")
            .and_then(Value::as_str)
            .ok_or_else(|| AuthError::Discovery("the registration answer has no client_id".into()))?
            .to_string();
        let client_secret = answer
            .json
            .get("client_secret")
            .and_then(Value::as_str)
            .map(str::to_string);
        let auth_method = answer
            .json
            .get("token_endpoint_auth_method")
            .and_then(Value::as_str)
            .map(str::to_string)
            .unwrap_or_else(|| {
                pick_method(
                    &metadata.token_endpoint_auth_methods,
                    client_secret.is_some(),
                )
            });
        Ok(Client {
            client_id,
            client_secret,
            auth_method,
            redirect_uri: Some(redirect_uri.to_string()),
        })
    }

    /// The client from `oauth:` (`client_id` with its secret or key), if configured.
    fn configured_client(&self) -> Option<Client> {
        let client_id = self.config.client_id.clone()?;
        let method = match self.config.token_endpoint_auth {
            Some(TokenEndpointAuth::None) => "none",
            Some(TokenEndpointAuth::ClientSecretBasic) => "client_secret_basic",
            Some(TokenEndpointAuth::ClientSecretPost) => "client_secret_post",
            Some(TokenEndpointAuth::PrivateKeyJwt) => "private_key_jwt",
            None if self.config.private_key.is_some() || self.config.private_key_file.is_some() => {
                "private_key_jwt"
            }
            None if self.config.client_secret.is_some() => "client_secret_basic",
            None => "none",
        };
        Some(Client {
            client_id,
            client_secret: self.config.client_secret.clone(),
            auth_method: method.into(),
            redirect_uri: None,
        })
    }

    fn token_endpoint(&self, discovered: &Discovered) -> Result<Url, AuthError> {
        discovered.metadata.token_endpoint.clone().ok_or_else(|| {
            AuthError::Discovery("the authorization server metadata has no token_endpoint".into())
        })
    }

    /// The `aud` of an assertion: the authorization server's issuer.
    fn audience(&self, discovered: &Discovered, token_endpoint: &Url) -> String {
        discovered
            .metadata
            .issuer
            .clone()
            .or_else(|| discovered.metadata.found.then(|| discovered.issuer.clone()))
            .unwrap_or_else(|| token_endpoint.to_string())
    }

    /// POSTs a token request with the client's authentication.
    async fn token_request(
        &self,
        endpoint: &Url,
        client: &Client,
        audience: &str,
        mut params: Vec<(&'static str, String)>,
    ) -> Result<Tokens, AuthError> {
        let mut basic = None;
        match client.auth_method.as_str() {
            "client_secret_basic" => {
                let secret = client.client_secret.clone().unwrap_or_default();
                basic = Some(STANDARD.encode(format!(
                    "{}:{}",
                    form_encode(&client.client_id),
                    form_encode(&secret)
                )));
            }
            "client_secret_post" => {
                params.push(("client_id", client.client_id.clone()));
                params.push((
                    "client_secret",
                    client.client_secret.clone().unwrap_or_default(),
                ));
            }
            "private_key_jwt" => {
                let pem = self.private_key()?;
                let assertion = jwt::client_assertion(
                    &pem,
                    self.config.signing_algorithm,
                    &client.client_id,
                    audience,
                    now(),
                )?;
                params.push(("client_id", client.client_id.clone()));
                params.push((
                    "client_assertion_type",
                    "urn:ietf:params:oauth:client-assertion-type:jwt-bearer".into(),
                ));
                params.push(("client_assertion", assertion));
            }
            _ => params.push(("client_id", client.client_id.clone())),
        }
        let answer = self
            .http
            .post(endpoint, |request| {
                let request = request.form(&params);
                match &basic {
                    Some(credentials) => request.header(
                        reqwest::header::AUTHORIZATION,
                        format!("Basic {credentials}"),
                    ),
                    None => request,
                }
            })
            .await?;
        self.tokens_from(answer)
    }

    fn tokens_from(&self, answer: super::http::Answer) -> Result<Tokens, AuthError> {
        let text = |key: &str| {
            answer
                .json
                .get(key)
                .and_then(Value::as_str)
                .map(str::to_string)
        };
        match text("access_token") {
            Some(access_token) if answer.status.is_success() => Ok(Tokens {
                access_token,
                refresh_token: text("refresh_token"),
                expires_in: answer.json.get("expires_in").and_then(Value::as_u64),
                scope: text("scope"),
            }),
            _ => Err(AuthError::Token {
                server: self.server.clone(),
                error: text("error").unwrap_or_else(|| format!("status {}", answer.status)),
                description: text("error_description").unwrap_or_default(),
            }),
        }
    }

    fn private_key(&self) -> Result<String, AuthError> {
        if let Some(pem) = &self.config.private_key {
            return Ok(pem.clone());
        }
        let path = self.config.private_key_file.as_ref().ok_or_else(|| {
            AuthError::Config(format!(
                "`private_key_jwt` needs `servers.{}.oauth.private_key` or `private_key_file`",
                self.server
            ))
        })?;
        std::fs::read_to_string(path).map_err(|e| {
            AuthError::Config(format!(
                "cannot read `servers.{}.oauth.private_key_file` {}: {e}",
                self.server,
                path.display()
            ))
        })
    }

    fn apply(&self, record: &mut Record, tokens: Tokens, requested: Vec<String>) {
        record.access_token = Some(tokens.access_token);
        record.refresh_token = tokens.refresh_token;
        record.expires_at = tokens.expires_in.map(|seconds| now() + seconds);
        record.scopes = match tokens.scope {
            Some(scope) => split_scopes(Some(&scope)),
            None => requested,
        };
    }

    fn keep_new(
        &self,
        discovered: &Discovered,
        token_endpoint: &Url,
        client: Option<Client>,
        tokens: Tokens,
        requested: Vec<String>,
    ) -> Result<(), AuthError> {
        let mut record = Record {
            server: self.server.clone(),
            url: self.url.to_string(),
            resource: Some(discovered.resource.clone()),
            issuer: Some(discovered.issuer.clone()),
            token_endpoint: Some(token_endpoint.to_string()),
            client,
            ..Record::default()
        };
        self.apply(&mut record, tokens, requested);
        self.keep(record)
    }

    pub(super) fn needs_login(&self, reason: &str) -> AuthError {
        AuthError::NeedsLogin {
            server: self.server.clone(),
            reason: reason.to_string(),
        }
    }
}

/// `client_secret_basic` when there is a secret and the server allows it (or lists nothing),
/// else `client_secret_post`; `none` without a secret.
fn pick_method(supported: &[String], has_secret: bool) -> String {
    let listed = |m: &str| supported.iter().any(|s| s == m);
    match has_secret {
        false => "none",
        true if supported.is_empty() || listed("client_secret_basic") => "client_secret_basic",
        true if listed("client_secret_post") => "client_secret_post",
        true => "client_secret_basic",
    }
    .into()
}

/// `application/x-www-form-urlencoded` encoding of one value (RFC 6749 §2.3.1 for Basic).
fn form_encode(text: &str) -> String {
    url::form_urlencoded::byte_serialize(text.as_bytes()).collect()
}

fn parse_url(text: &str) -> Result<Url, AuthError> {
    Url::parse(text).map_err(|_| AuthError::Discovery(format!("not a URL: {text}")))
}
