//! Signed JWT client assertions for `private_key_jwt` (RFC 7523): ES256 or RS256 with a PKCS#8
//! PEM key, signed with `ring`. Claims: `iss` = `sub` = client id, `aud` = the authorization
//! server's issuer, `iat`, `exp` (five minutes), a random `jti`.

use base64::Engine;
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use ring::rand::SystemRandom;
use ring::signature::{
    ECDSA_P256_SHA256_FIXED_SIGNING, EcdsaKeyPair, RSA_PKCS1_SHA256, RsaKeyPair,
};
use serde_json::json;

use super::AuthError;
use crate::config::SigningAlgorithm;

/// How long an assertion is valid.
const LIFETIME_SECS: u64 = 300;

/// A signed assertion for `client_id` addressed to `audience`.
pub fn client_assertion(
    pem: &str,
    algorithm: SigningAlgorithm,
    client_id: &str,
    audience: &str,
    now: u64,
) -> Result<String, AuthError> {
    let der = pem_to_der(pem)?;
    let (alg, header_alg) = match algorithm {
        SigningAlgorithm::ES256 => ("ES256", "ES256"),
        SigningAlgorithm::RS256 => ("RS256", "RS256"),
    };
    let header = json!({"alg": header_alg, "typ": "JWT"});
    let claims = json!({
        "iss": client_id,
        "sub": client_id,
        "aud": audience,
        "iat": now,
        "exp": now + LIFETIME_SECS,
        "jti": super::random_token(),
    });
    let signing_input = format!(
        "{}.{}",
        URL_SAFE_NO_PAD.encode(header.to_string()),
        URL_SAFE_NO_PAD.encode(claims.to_string())
    );
    let rng = SystemRandom::new();
    let bad_key = |why: String| AuthError::Key(format!("the {alg} private key: {why}"));
    let signature = match algorithm {
        SigningAlgorithm::ES256 => {
            let key = EcdsaKeyPair::from_pkcs8(&ECDSA_P256_SHA256_FIXED_SIGNING, &der, &rng)
                .map_err(|e| bad_key(e.to_string()))?;
            key.sign(&rng, signing_input.as_bytes())
                .map_err(|e| bad_key(e.to_string()))?
                .as_ref()
                .to_vec()
        }
        SigningAlgorithm::RS256 => {
            let key = RsaKeyPair::from_pkcs8(&der).map_err(|e| bad_key(e.to_string()))?;
            let mut signature = vec![0; key.public().modulus_len()];
            key.sign(
                &RSA_PKCS1_SHA256,
                &rng,
                signing_input.as_bytes(),
                &mut signature,
            )
            .map_err(|e| bad_key(e.to_string()))?;
            signature
        }
    };
    Ok(format!(
        "{signing_input}.{}",
        URL_SAFE_NO_PAD.encode(signature)
    ))
}

/// The DER bytes of a `-----BEGIN PRIVATE KEY-----` block.
fn pem_to_der(pem: &str) -> Result<Vec<u8>, AuthError> {
    let body: String = pem
        .lines()
        .map(str::trim)
        .filter(|line| !line.starts_with("-----"))
        .collect();
    if !pem.contains("BEGIN PRIVATE KEY") {
        return Err(AuthError::Key(
            "the private key must be PKCS#8 PEM (`-----BEGIN PRIVATE KEY-----`); convert it with `openssl pkcs8 -topk8 -nocrypt`".into(),
        ));
    }
    STANDARD
        .decode(body)
        .map_err(|e| AuthError::Key(format!("the private key is not valid PEM: {e}")))
}
