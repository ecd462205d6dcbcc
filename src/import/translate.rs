//! From a client's server entry to Roxy's: [`RawServer`] is what a client format's reader found
//! (values still in that client's variable syntax), [`Translator`] turns it into an [`Entry`]:
//! variables rewritten into `${env:VAR}` (`${VAR}`, `${VAR:-d}`, `${env:VAR}`, `${input:id}`,
//! `${workspaceFolder}`, `${userHome}`), any other `${` escaped as `$${`, literal secrets in
//! `env` and `headers` moved out into [`Export`]s, `mcp-remote` wrappers unwrapped, and what
//! has no Roxy equivalent listed as a warning.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::time::Duration;

use serde::Serialize;

use super::entry::Entry;
use super::remote;
use crate::config::TransportKind;

/// The variable syntax of a client's config file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Dialect {
    /// No interpolation: every `${` is literal text (Claude Desktop, goose, codex, Zed).
    Literal,
    /// Claude Code: `${VAR}` and `${VAR:-default}`.
    Shell,
    /// Cursor, Windsurf, VS Code: `${env:VAR}`, `${input:id}`, `${workspaceFolder}`, ...
    Editor,
}

/// One server as a client's config has it; strings are in the client's [`Dialect`] unless the
/// field says otherwise.
#[derive(Debug, Clone, Default)]
pub(crate) struct RawServer {
    pub name: String,
    /// `None`: a `command` makes it stdio, a `url` http.
    pub transport: Option<TransportKind>,
    pub description: Option<String>,
    pub disabled: bool,
    pub command: Option<String>,
    pub args: Vec<String>,
    pub env: Vec<(String, String)>,
    /// A dotenv file whose variables the client adds to `env` (Cursor, VS Code `envFile`).
    pub env_file: Option<String>,
    /// Variables handed to the server by name (goose `env_keys`): `NAME: ${env:NAME}`.
    pub env_keys: Vec<String>,
    pub env_vars: Vec<String>,
    pub cwd: Option<String>,
    pub url: Option<String>,
    pub headers: Vec<(String, String)>,
    /// Headers already in Roxy's syntax (codex `bearer_token_env_var`, `env_http_headers`).
    pub roxy_headers: Vec<(String, String)>,
    pub enabled_tools: Option<Vec<String>>,
    pub disabled_tools: Vec<String>,
    pub startup_timeout: Option<Duration>,
    pub request_timeout: Option<Duration>,
}

/// A variable the imported entries name that must be set where Roxy runs.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Export {
    pub name: String,
    /// The secret found in the source file; `None` when the source does not hold it (a VS Code
    /// input, which VS Code keeps in its own secret storage).
    pub value: Option<String>,
    /// Where it came from, for the person: `github env GITHUB_TOKEN`.
    pub from: String,
}

/// Translates [`RawServer`]s of one source file, collecting warnings and exports.
pub(crate) struct Translator {
    dialect: Dialect,
    /// What `${workspaceFolder}` stands for.
    workspace: PathBuf,
    home: PathBuf,
    /// VS Code `inputs`: id -> description.
    inputs: BTreeMap<String, String>,
    /// VS Code input id -> the variable it became.
    input_names: BTreeMap<String, String>,
    pub warnings: Vec<String>,
    pub exports: Vec<Export>,
    workspace_noted: bool,
}

impl Translator {
    pub(crate) fn new(dialect: Dialect, workspace: PathBuf, home: PathBuf) -> Translator {
        Translator {
            dialect,
            workspace,
            home,
            inputs: BTreeMap::new(),
            input_names: BTreeMap::new(),
            warnings: Vec::new(),
            exports: Vec::new(),
            workspace_noted: false,
        }
    }

    /// Declares the VS Code `inputs` (id -> description).
    pub(crate) fn with_inputs(mut self, inputs: BTreeMap<String, String>) -> Translator {
        self.inputs = inputs;
        self
    }

    /// The Roxy entry for `raw`; `None` (with a warning) when it has nothing to start or reach.
    pub(crate) fn server(&mut self, mut raw: RawServer) -> Option<Entry> {
        let name = raw.name.clone();
        remote::unwrap(&mut raw, &mut self.warnings);
        let transport = match (raw.transport, &raw.command, &raw.url) {
            (Some(kind), _, _) => kind,
            (None, Some(_), _) => TransportKind::Stdio,
            (None, None, Some(_)) => TransportKind::Http,
            (None, None, None) => {
                self.warnings.push(format!(
                    "`{name}`: has neither a command nor a URL; not imported"
                ));
                return None;
            }
        };
        let missing = match transport {
            TransportKind::Stdio if raw.command.is_none() => Some("a command"),
            TransportKind::Http | TransportKind::Sse if raw.url.is_none() => Some("a URL"),
            _ => None,
        };
        if let Some(missing) = missing {
            self.warnings.push(format!(
                "`{name}`: a {transport} server without {missing}; not imported"
            ));
            return None;
        }
        let mut entry = Entry::new(transport);
        entry.description = raw.description;
        entry.enabled = !raw.disabled;
        entry.command = raw.command.map(|c| self.text(&c, None));
        let mut previous = String::new();
        for arg in &raw.args {
            let arg = self.text(arg, None);
            entry.args.push(self.unsecret_arg(&name, &previous, &arg));
            previous = arg;
        }
        entry.cwd = raw.cwd.map(|c| self.text(&c, None));
        entry.url = raw.url.map(|u| {
            let url = self.text(&u, None);
            let url = self
                .unsecret_userinfo(&name, "url", "", &url)
                .unwrap_or(url);
            self.unsecret_query(&name, &url)
        });
        for (key, value) in &raw.env {
            let value = self.text(value, Some(key));
            let value = self.unsecret(&name, "env", key, &value);
            entry.env.insert(key.clone(), value);
        }
        if let Some(file) = &raw.env_file {
            for (key, value) in self.env_file(&name, file) {
                if entry.env.contains_key(&key) {
                    continue; // `env` wins over the file, as in the clients
                }
                let value = self.unsecret(&name, "env", &key, &value.replace("${", "$${"));
                entry.env.insert(key, value);
            }
        }
        for key in &raw.env_keys {
            entry.env.insert(key.clone(), format!("${{env:{key}}}"));
        }
        for (key, value) in &raw.headers {
            let value = self.text(value, None);
            let value = self.unsecret(&name, "headers", key, &value);
            entry.headers.insert(key.clone(), value);
        }
        entry.headers.extend(raw.roxy_headers);
        entry.env_vars = raw.env_vars;
        entry.enabled_tools = raw.enabled_tools;
        entry.disabled_tools = raw.disabled_tools;
        entry.startup_timeout = raw.startup_timeout;
        entry.request_timeout = raw.request_timeout;
        if transport == TransportKind::Stdio && !entry.headers.is_empty() {
            self.warnings
                .push(format!("`{name}`: headers of a stdio server not imported"));
            entry.headers.clear();
        }
        if transport != TransportKind::Stdio && !entry.env.is_empty() {
            self.warnings.push(format!(
                "`{name}`: env of a remote server not imported (Roxy passes env to stdio servers only)"
            ));
            entry.env.clear();
        }
        Some(entry)
    }

    /// The variables of a dotenv file (`KEY=value`, `export KEY="value"`, `#` comments), its
    /// path relative to the workspace; a file that cannot be read is a warning.
    fn env_file(&mut self, server: &str, file: &str) -> Vec<(String, String)> {
        let path = PathBuf::from(self.text(file, None));
        let path = if path.is_absolute() {
            path
        } else {
            self.workspace.join(path)
        };
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(error) => {
                self.warnings.push(format!(
                    "`{server}`: envFile {} not imported ({error}); export its variables where Roxy runs",
                    path.display()
                ));
                return Vec::new();
            }
        };
        let mut variables = Vec::new();
        for line in text.lines() {
            let line = line.trim();
            let line = line.strip_prefix("export ").unwrap_or(line).trim_start();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let Some((key, value)) = line.split_once('=') else {
                continue;
            };
            let value = value.trim();
            let value = match value.chars().next() {
                Some(quote @ ('"' | '\'')) if value.len() > 1 && value.ends_with(quote) => {
                    &value[1..value.len() - 1]
                }
                _ => value.split(" #").next().unwrap_or_default().trim_end(),
            };
            if is_env_name(key.trim()) {
                variables.push((key.trim().to_string(), value.to_string()));
            }
        }
        variables
    }

    /// `value` in Roxy's syntax. `key` is the env variable it is the value of, the name a VS
    /// Code input standing alone there becomes.
    pub(crate) fn text(&mut self, value: &str, key: Option<&str>) -> String {
        let mut out = String::with_capacity(value.len());
        let mut rest = value;
        while let Some(start) = rest.find("${") {
            out.push_str(&rest[..start]);
            let after = &rest[start + 2..];
            let Some(end) = after.find('}') else {
                out.push_str("$${");
                rest = after;
                continue;
            };
            let inner = &after[..end];
            let alone = start == 0 && end + 1 == after.len();
            match self.variable(inner, key.filter(|_| alone)) {
                Some(replacement) => out.push_str(&replacement),
                None => {
                    out.push_str("$${");
                    out.push_str(inner);
                    out.push('}');
                }
            }
            rest = &after[end + 1..];
        }
        out.push_str(rest);
        out
    }

    /// What `${inner}` becomes, or `None` to keep it as literal text.
    fn variable(&mut self, inner: &str, key: Option<&str>) -> Option<String> {
        if self.dialect == Dialect::Literal {
            return None;
        }
        if let Some(name) = inner.strip_prefix("env:")
            && is_env_name(name)
        {
            return Some(format!("${{env:{name}}}"));
        }
        match self.dialect {
            Dialect::Literal => None,
            Dialect::Shell => {
                let (name, default) = match inner.split_once(":-") {
                    Some((name, default)) => (name, Some(default)),
                    None => (inner, None),
                };
                if !is_env_name(name) {
                    self.warnings.push(format!(
                        "`${{{inner}}}` is no variable Claude Code expands; kept as literal text"
                    ));
                    return None;
                }
                Some(match default {
                    Some(default) => format!("${{env:{name}:-{}}}", default.replace("${", "$${")),
                    None => format!("${{env:{name}}}"),
                })
            }
            Dialect::Editor => {
                if let Some(id) = inner.strip_prefix("input:") {
                    return Some(format!("${{env:{}}}", self.input(id, key)));
                }
                let workspace = self.workspace.display().to_string();
                let value = match inner {
                    "workspaceFolder" | "workspaceRoot" => workspace,
                    "workspaceFolderBasename" => self
                        .workspace
                        .file_name()
                        .map(|n| n.to_string_lossy().into_owned())
                        .unwrap_or_default(),
                    "userHome" => return Some(self.home.display().to_string()),
                    "pathSeparator" | "/" => return Some("/".into()),
                    _ => {
                        self.warnings.push(format!(
                            "`${{{inner}}}` has no Roxy equivalent; kept as literal text"
                        ));
                        return None;
                    }
                };
                if !self.workspace_noted {
                    self.workspace_noted = true;
                    self.warnings.push(format!(
                        "`${{{inner}}}` became {} (the workspace); check the paths that use it",
                        self.workspace.display()
                    ));
                }
                Some(value.replace("${", "$${"))
            }
        }
    }

    /// The variable a VS Code input becomes: the env key it stands alone in, else its id in
    /// capitals; listed once as an export without a value.
    fn input(&mut self, id: &str, key: Option<&str>) -> String {
        if let Some(name) = self.input_names.get(id) {
            return name.clone();
        }
        let name = match key.filter(|k| is_env_name(k)) {
            Some(key) => key.to_string(),
            None => env_name(id),
        };
        let description = match self.inputs.get(id) {
            Some(description) => format!("VS Code input `{id}`: {description}"),
            None => {
                self.warnings.push(format!(
                    "`${{input:{id}}}` is not declared under `inputs`; it became `${{env:{name}}}`"
                ));
                format!("VS Code input `{id}`")
            }
        };
        self.input_names.insert(id.to_string(), name.clone());
        self.add_export(Export {
            name: name.clone(),
            value: None,
            from: description,
        });
        name
    }

    /// A literal secret in `value` (an env or header value) moved out: the value becomes a
    /// `${env:NAME}` reference (an auth scheme like `Bearer ` stays in front) and the secret an
    /// [`Export`]. Anything else is returned unchanged.
    fn unsecret(&mut self, server: &str, field: &str, key: &str, value: &str) -> String {
        if value.contains("${") {
            return value.to_string();
        }
        if let Some(moved) = self.unsecret_userinfo(server, field, key, value) {
            return moved;
        }
        let (scheme, secret) = split_scheme(value);
        if !is_secret(key, secret) {
            return value.to_string();
        }
        let wanted = if field == "env" && is_env_name(key) {
            key.to_string()
        } else if key.eq_ignore_ascii_case("authorization") {
            format!("{}_TOKEN", env_name(server))
        } else {
            format!("{}_{}", env_name(server), env_name(key))
        };
        let name = self.free_name(&wanted, server, secret);
        self.add_export(Export {
            name: name.clone(),
            value: Some(secret.to_string()),
            from: format!("`{server}` {field} `{key}`"),
        });
        format!("{scheme}${{env:{name}}}")
    }

    /// The password of a URL with one (`postgres://app:s3cret@db/main`, `redis://:pw@cache`)
    /// moved out like [`Translator::unsecret`], as `${env:SERVER_PASSWORD}`; `None` when
    /// `value` holds no such URL.
    fn unsecret_userinfo(
        &mut self,
        server: &str,
        field: &str,
        key: &str,
        value: &str,
    ) -> Option<String> {
        static USERINFO: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
            regex::Regex::new(r"(?i)\b[a-z][a-z0-9+.\-]*://[^\s:@/]*:([^\s@/]+)@")
                .unwrap_or_else(|e| panic!("built-in userinfo pattern: {e}"))
        });
        let password = USERINFO.captures(value)?.get(1)?;
        let name = self.free_name(
            &format!("{}_PASSWORD", env_name(server)),
            server,
            password.as_str(),
        );
        self.add_export(Export {
            name: name.clone(),
            value: Some(password.as_str().to_string()),
            from: format!("`{server}` {field} `{key}` (the password in a URL)"),
        });
        Some(format!(
            "{}${{env:{name}}}{}",
            &value[..password.start()],
            &value[password.end()..]
        ))
    }

    /// A secret given as a command-line argument (`--api-key VALUE`, `--api-key=VALUE`, or a
    /// well-known token format anywhere) moved out like [`Translator::unsecret`]; Roxy expands
    /// `${env:...}` in `args`.
    fn unsecret_arg(&mut self, server: &str, previous: &str, arg: &str) -> String {
        if let Some((flag, value)) = arg.split_once('=')
            && flag.starts_with('-')
        {
            return format!("{flag}={}", self.unsecret(server, "args", flag, value));
        }
        let flag = if previous.starts_with('-') {
            previous
        } else {
            ""
        };
        self.unsecret(server, "args", flag, arg)
    }

    /// A secret in a URL's query (`?api_key=...`) moved out; the rest of the URL stays.
    fn unsecret_query(&mut self, server: &str, url: &str) -> String {
        let Some((base, query)) = url.split_once('?') else {
            return url.to_string();
        };
        let pairs: Vec<String> = query
            .split('&')
            .map(|pair| match pair.split_once('=') {
                Some((key, value)) => format!("{key}={}", self.unsecret(server, "url", key, value)),
                None => pair.to_string(),
            })
            .collect();
        format!("{base}?{}", pairs.join("&"))
    }

    /// `wanted`, unless another export already uses it for a different value.
    fn free_name(&self, wanted: &str, server: &str, value: &str) -> String {
        let taken = |name: &str| {
            self.exports
                .iter()
                .any(|e| e.name == name && e.value.as_deref() != Some(value))
        };
        if !taken(wanted) {
            return wanted.to_string();
        }
        let prefixed = format!("{}_{wanted}", env_name(server));
        (1..)
            .map(|n| {
                if n == 1 {
                    prefixed.clone()
                } else {
                    format!("{prefixed}_{n}")
                }
            })
            .find(|name| !taken(name))
            .unwrap_or(prefixed)
    }

    fn add_export(&mut self, export: Export) {
        if !self
            .exports
            .iter()
            .any(|e| e.name == export.name && e.value == export.value)
        {
            self.exports.push(export);
        }
    }
}

/// `Bearer abc` -> (`Bearer `, `abc`); otherwise (``, value).
fn split_scheme(value: &str) -> (&str, &str) {
    for scheme in ["bearer ", "basic ", "token "] {
        if value.len() > scheme.len()
            && value
                .get(..scheme.len())
                .is_some_and(|start| start.eq_ignore_ascii_case(scheme))
        {
            return value.split_at(scheme.len());
        }
    }
    ("", value)
}

/// Prefixes of well-known credential formats.
const SECRET_PREFIXES: &[&str] = &[
    "sk-",
    "sk_",
    "ghp_",
    "gho_",
    "ghs_",
    "github_pat_",
    "glpat-",
    "xoxb-",
    "xoxp-",
    "AKIA",
    "AIza",
    "tvly-",
    "lin_api_",
    "pk_live_",
    "rk_live_",
];

/// Whether `value` under `key` is a credential: a well-known token format, or a secret-sounding
/// name (`*TOKEN*`, `*KEY*`, `Authorization`, ...) with a value that is no path, URL, number or
/// short word.
fn is_secret(key: &str, value: &str) -> bool {
    if value.is_empty() {
        return false;
    }
    if SECRET_PREFIXES.iter().any(|p| value.starts_with(p)) && value.len() >= 16 {
        return true;
    }
    let ordinary = value.len() < 8
        || value.starts_with('/')
        || value.starts_with("./")
        || value.starts_with('~')
        || value.contains("://")
        || value.parse::<f64>().is_ok()
        || value.contains(' ')
        || (is_env_name(value) && value == value.to_ascii_uppercase());
    crate::config::looks_secret(key) && !ordinary
}

/// Whether `name` can be an environment variable's name in `${env:NAME}`.
pub(crate) fn is_env_name(name: &str) -> bool {
    let mut chars = name.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// `perplexity-key` -> `PERPLEXITY_KEY`.
fn env_name(text: &str) -> String {
    let mut name: String = text
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_uppercase()
            } else {
                '_'
            }
        })
        .collect();
    while name.contains("__") {
        name = name.replace("__", "_");
    }
    let name = name.trim_matches('_').to_string();
    match name.chars().next() {
        Some(c) if c.is_ascii_digit() => format!("_{name}"),
        Some(_) => name,
        None => "SECRET".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn translator(dialect: Dialect) -> Translator {
        Translator::new(
            dialect,
            PathBuf::from("/work/proj"),
            PathBuf::from("/home/a"),
        )
    }

    #[test]
    fn each_dialect_translates_its_own_variables() {
        let mut shell = translator(Dialect::Shell);
        assert_eq!(shell.text("${A}/x", None), "${env:A}/x");
        assert_eq!(shell.text("${A:-d}", None), "${env:A:-d}");
        assert_eq!(shell.text("$5 ${", None), "$5 $${");
        let mut editor = translator(Dialect::Editor);
        assert_eq!(editor.text("${env:B}", None), "${env:B}");
        assert_eq!(
            editor.text("${workspaceFolder}/a${pathSeparator}b", None),
            "/work/proj/a/b"
        );
        assert_eq!(editor.text("${userHome}", None), "/home/a");
        assert_eq!(editor.text("${command:pick}", None), "$${command:pick}");
        assert_eq!(editor.text("${input:api-key}", Some("KEY")), "${env:KEY}");
        assert_eq!(editor.text("x ${input:api-key}", None), "x ${env:KEY}");
        assert_eq!(editor.text("${input:other-id}", None), "${env:OTHER_ID}");
        let mut literal = translator(Dialect::Literal);
        assert_eq!(literal.text("${A} $${B}", None), "$${A} $$${B}");
    }

    /// Random values (seeded, bounded): nothing panics, and in a format without variables every
    /// value comes back unchanged from Roxy's expansion, so literal text stays literal.
    #[test]
    fn literal_values_survive_translation_and_expansion() {
        use rand::{Rng, SeedableRng};
        let alphabet: Vec<char> = "${}:-$ab_Z9/é\\\"".chars().collect();
        let mut rng = rand::rngs::StdRng::seed_from_u64(15);
        let none = |_: &str| None;
        for _ in 0..5_000 {
            let length = rng.random_range(0..16);
            let value: String = (0..length)
                .map(|_| alphabet[rng.random_range(0..alphabet.len())])
                .collect();
            let mut literal = translator(Dialect::Literal);
            let translated = literal.text(&value, Some("K"));
            assert_eq!(
                crate::config::expand_env(&translated, &none).as_deref(),
                Ok(value.as_str()),
                "{value:?} -> {translated:?}"
            );
            for dialect in [Dialect::Shell, Dialect::Editor] {
                let mut t = translator(dialect);
                let text = t.text(&value, Some("K"));
                let _ = t.unsecret("s", "headers", "Authorization", &text);
                let _ = t.unsecret_query("s", &format!("https://x/?api_key={text}"));
            }
        }
    }

    #[test]
    fn the_password_of_a_url_moves_out() {
        let mut t = translator(Dialect::Literal);
        assert_eq!(
            t.unsecret_arg("pg", "", "postgres://user:s3cretpass@localhost/db"),
            "postgres://user:${env:PG_PASSWORD}@localhost/db"
        );
        assert_eq!(
            t.unsecret("cache", "env", "REDIS_URL", "redis://:pw123@cache:6379/0"),
            "redis://:${env:CACHE_PASSWORD}@cache:6379/0"
        );
        let exported: Vec<_> = t
            .exports
            .iter()
            .map(|e| (e.name.as_str(), e.value.as_deref()))
            .collect();
        assert_eq!(
            exported,
            [
                ("PG_PASSWORD", Some("s3cretpass")),
                ("CACHE_PASSWORD", Some("pw123"))
            ]
        );
        // A URL without a password, and a user alone, stay as written.
        for plain in [
            "postgres://user@localhost/db",
            "https://example.com/a:b@c",
            "http://h:8080/x",
        ] {
            assert_eq!(t.unsecret_arg("pg", "", plain), plain);
        }
    }

    #[test]
    fn literal_secrets_move_out_and_keep_their_scheme() {
        let mut t = translator(Dialect::Literal);
        assert_eq!(
            t.unsecret("gh", "env", "GITHUB_TOKEN", "ghp_0123456789abcdefABCDEF"),
            "${env:GITHUB_TOKEN}"
        );
        assert_eq!(
            t.unsecret("my api", "headers", "Authorization", "Bearer abcdefgh12345"),
            "Bearer ${env:MY_API_TOKEN}"
        );
        // The same name with another value gets the server's prefix.
        assert_eq!(
            t.unsecret("other", "env", "GITHUB_TOKEN", "ghp_zzzzzzzzzzzzzzzzzzzz"),
            "${env:OTHER_GITHUB_TOKEN}"
        );
        assert_eq!(t.unsecret("x", "env", "LOG_LEVEL", "debug"), "debug");
        assert_eq!(
            t.unsecret("x", "env", "CREDENTIALS_FILE", "/etc/creds.json"),
            "/etc/creds.json"
        );
        assert_eq!(t.exports.len(), 3);
        // Bytes that are not ASCII where a scheme would end are no scheme (and no panic).
        assert_eq!(split_scheme("Bearerébcdefgh"), ("", "Bearerébcdefgh"));
    }
}
