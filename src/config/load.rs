//! Loading: finds the config directory (`--config DIR`, then `ROXY_CONFIG`, then `./config`,
//! else the defaults built into the binary), reads `mcp_servers.yaml` and `roxy.yaml`, turns
//! YAML and type errors into located [`ConfigError`]s with a "did you mean" hint, runs the
//! checks of `text.rs` and `validate.rs`, fills each server's timings from `defaults:` and
//! expands `${env:...}`. [`Config`] is the result, with the paths resolved against the project
//! root, and the warnings Roxy prints but starts anyway (an empty `mcp_servers.yaml`).

use std::path::{Path, PathBuf};

use super::env::expand_server_env;
use super::error::{ConfigError, ConfigErrors};
use super::llm::expand_llm_env;
use super::locate::{self, Position, locate_key};
use super::schema::{Defaults, McpServersConfig, RoxyConfig, ServerConfig};
use super::serve::check_serve;
use super::text;
use super::validate::{
    check_defaults, check_headers, check_keep, check_roxy, check_server, check_startup,
    header_from_environment_problem, url_problem,
};
use crate::suggest::closest_names;

/// The config shipped in the repository, built into the binary for runs without a config dir.
pub const EMBEDDED_MCP_SERVERS: &str = include_str!("../../config/mcp_servers.yaml");
/// The assistant settings shipped in the repository, built into the binary.
pub const EMBEDDED_ROXY: &str = include_str!("../../config/roxy.yaml");

pub const MCP_SERVERS_FILE: &str = "mcp_servers.yaml";
pub const ROXY_FILE: &str = "roxy.yaml";

/// The environment variable that overrides the data directory (and that config files may use).
pub const DATA_DIR_VARIABLE: &str = "ROXY_DATA_DIR";

/// Where the configuration came from.
#[derive(Debug, Clone, PartialEq)]
pub enum ConfigSource {
    Dir(PathBuf),
    Embedded,
}

/// Everything Roxy reads at start-up.
#[derive(Debug, Clone)]
pub struct Config {
    pub source: ConfigSource,
    /// The directory the config's relative paths are resolved against (the project root: the
    /// config dir's parent, or the working directory for the embedded config).
    pub base_dir: PathBuf,
    pub mcp: McpServersConfig,
    pub roxy: RoxyConfig,
    /// Problems that do not stop Roxy (an empty `mcp_servers.yaml`); printed as `warning:`.
    pub warnings: Vec<ConfigError>,
}

impl Config {
    /// Finds and loads the configuration: `dir` (from `--config`), else `ROXY_CONFIG`, else
    /// `./config` if it has an `mcp_servers.yaml`, else the embedded defaults.
    pub fn discover(dir: Option<&Path>) -> Result<Config, ConfigErrors> {
        let chosen = dir
            .map(Path::to_path_buf)
            .or_else(|| std::env::var_os("ROXY_CONFIG").map(PathBuf::from));
        match chosen {
            Some(dir) => Config::load_dir(&dir),
            None if Path::new("config").join(MCP_SERVERS_FILE).is_file() => {
                Config::load_dir(Path::new("config"))
            }
            None => Config::embedded(),
        }
    }

    /// Loads `mcp_servers.yaml` (required) and `roxy.yaml` (optional) from `dir`.
    pub fn load_dir(dir: &Path) -> Result<Config, ConfigErrors> {
        let mcp_path = dir.join(MCP_SERVERS_FILE);
        let mcp_bytes = std::fs::read(&mcp_path).map_err(|e| {
            ConfigErrors::whole_file(
                &mcp_path.display().to_string(),
                format!("cannot read the server config: {e}"),
                Some(format!(
                    "pass the directory that holds {MCP_SERVERS_FILE} with --config DIR or ROXY_CONFIG"
                )),
            )
        })?;
        let roxy_path = dir.join(ROXY_FILE);
        let roxy_bytes = match std::fs::read(&roxy_path) {
            Ok(bytes) => Some(bytes),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
            Err(e) => {
                return Err(ConfigErrors::whole_file(
                    &roxy_path.display().to_string(),
                    format!("cannot read: {e}"),
                    None,
                ));
            }
        };
        let mut errors = Vec::new();
        let mut decode = |path: &Path, bytes: Vec<u8>| {
            text::decode(bytes)
                .map_err(|position| errors.push(not_utf8(path, position)))
                .ok()
        };
        let mcp_text = decode(&mcp_path, mcp_bytes);
        let roxy_text = roxy_bytes.and_then(|bytes| decode(&roxy_path, bytes));
        let Some(mcp_text) = mcp_text.filter(|_| errors.is_empty()) else {
            return Err(ConfigErrors(errors));
        };
        let absolute_dir = std::path::absolute(dir).unwrap_or_else(|_| dir.to_path_buf());
        let base_dir = absolute_dir
            .parent()
            .map_or_else(|| absolute_dir.clone(), Path::to_path_buf);
        let mut config = Config::from_texts(
            ConfigSource::Dir(absolute_dir),
            base_dir,
            (&mcp_path.display().to_string(), &mcp_text),
            roxy_text
                .as_deref()
                .map(|t| (roxy_path.display().to_string(), t)),
        )?;
        if let Some(roxy_text) = &roxy_text {
            config
                .warnings
                .extend(api_key_others_can_read(&roxy_path, roxy_text));
        }
        Ok(config)
    }

    /// The defaults built into the binary, relative to the working directory.
    pub fn embedded() -> Result<Config, ConfigErrors> {
        let base_dir = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."));
        Config::from_texts(
            ConfigSource::Embedded,
            base_dir,
            ("<embedded>/mcp_servers.yaml", EMBEDDED_MCP_SERVERS),
            Some(("<embedded>/roxy.yaml".to_string(), EMBEDDED_ROXY)),
        )
    }

    /// Parses both files from text; used by `load_dir`, `embedded` and tests.
    pub fn from_texts(
        source: ConfigSource,
        base_dir: PathBuf,
        (mcp_file, mcp_text): (&str, &str),
        roxy: Option<(String, &str)>,
    ) -> Result<Config, ConfigErrors> {
        let mut errors = Vec::new();
        let mcp_text = text::without_bom(mcp_text);
        let roxy_source = roxy.map(|(file, roxy_text)| (file, text::without_bom(roxy_text)));
        let roxy = match &roxy_source {
            Some((file, roxy_text)) => parse_yaml::<RoxyConfig>(file, roxy_text, &mut errors)
                .inspect(|roxy| {
                    check_roxy(file, roxy_text, roxy, &mut errors);
                }),
            None => Some(RoxyConfig::default()),
        };
        // `${env:ROXY_DATA_DIR}` always names the data directory Roxy itself uses.
        let data_dir = resolve_data_dir(roxy.as_ref().unwrap_or(&RoxyConfig::default()), &base_dir)
            .display()
            .to_string();
        let env = |name: &str| {
            if name == DATA_DIR_VARIABLE {
                Some(data_dir.clone())
            } else {
                std::env::var(name).ok()
            }
        };
        let mut roxy = roxy;
        if let (Some(roxy), Some((file, roxy_text))) = (roxy.as_mut(), &roxy_source) {
            if let Some(llm) = roxy.llm.as_mut() {
                expand_llm_env(file, roxy_text, llm, &env, &mut errors);
            }
            check_serve(file, roxy_text, &mut roxy.serve, &env, &mut errors);
        }
        let mut mcp = parse_mcp_servers(mcp_file, mcp_text, &env, &mut errors);
        // OAuth tokens live in the data directory.
        for server in mcp.iter_mut().flat_map(|mcp| mcp.servers.values_mut()) {
            server.oauth.store_dir = Some(PathBuf::from(&data_dir).join("oauth"));
        }
        // `keep` lists may name roxy.yaml's custom detectors: checked only when both parsed.
        if let (Some(mcp), Some(roxy)) = (&mcp, &roxy) {
            check_keep(mcp_file, mcp_text, mcp, &roxy.privacy, &mut errors);
        }
        let mut warnings = if text::is_blank(mcp_text) {
            vec![ConfigError {
                file: mcp_file.to_string(),
                position: Some(Position { line: 1, column: 1 }),
                key: String::new(),
                message: "the file is empty: no servers are configured".into(),
                hint: Some(
                    "add servers under `servers:`, e.g. `servers: { fs: { transport: stdio, command: npx } }`"
                        .into(),
                ),
            }]
        } else {
            Vec::new()
        };
        warnings.extend(
            mcp.iter()
                .flat_map(|mcp| mcp.servers.values())
                .filter_map(|server| server.unstartable.clone()),
        );
        match (mcp, roxy) {
            (Some(mcp), Some(roxy)) if errors.is_empty() => Ok(Config {
                source,
                base_dir,
                mcp,
                roxy,
                warnings,
            }),
            _ => Err(ConfigErrors(errors)),
        }
    }

    /// Roxy's data directory: `roxy.yaml`'s `data_dir`, else `ROXY_DATA_DIR`, else the XDG data
    /// directory (`~/.local/share/roxy`).
    pub fn data_dir(&self) -> PathBuf {
        resolve_data_dir(&self.roxy, &self.base_dir)
    }

    /// Resolves a path from the config: `~` and `~/...` in the home directory, others against
    /// the project root.
    pub fn resolve_path(&self, path: &Path) -> PathBuf {
        resolve_against(path, &self.base_dir)
    }

    /// The roots offered to servers (and searched by `roxy_system`'s file search): configured
    /// ones, else the home directory, else the working directory.
    pub fn roots(&self) -> Vec<PathBuf> {
        if self.mcp.roots.is_empty() {
            vec![
                dirs::home_dir()
                    .or_else(|| std::env::current_dir().ok())
                    .unwrap_or_else(|| self.base_dir.clone()),
            ]
        } else {
            self.mcp
                .roots
                .iter()
                .map(|r| self.resolve_path(r))
                .collect()
        }
    }
}

/// `llm.api_key` written out in a `roxy.yaml` that other users of the machine may read (group or
/// others have read permission): a warning that says how to keep the key to oneself, as ssh
/// does for a private key. A key from `${env:...}` or in a file only its owner reads is fine.
fn api_key_others_can_read(path: &Path, text: &str) -> Option<ConfigError> {
    use std::os::unix::fs::PermissionsExt;
    let written: serde_yaml::Value = serde_yaml::from_str(text).ok()?;
    let key = written.get("llm")?.get("api_key")?.as_str()?;
    let mode = std::fs::metadata(path).ok()?.permissions().mode();
    if key.contains("${env:") || mode & 0o044 == 0 {
        return None;
    }
    Some(ConfigError::at_key(
        &path.display().to_string(),
        text,
        &["llm", "api_key"],
        "the key is written out in a file other users of this machine can read".into(),
        Some(format!(
            "chmod 600 {}, or write `api_key: ${{env:NAME}}` and export NAME",
            path.display()
        )),
    ))
}

/// The error for a file that is not UTF-8, at its first bad byte.
fn not_utf8(path: &Path, position: Position) -> ConfigError {
    ConfigError {
        file: path.display().to_string(),
        position: Some(position),
        key: String::new(),
        message: "the file is not valid UTF-8 here".into(),
        hint: Some("save the file as UTF-8".into()),
    }
}

/// `data_dir` from roxy.yaml (relative to `base_dir`), else `ROXY_DATA_DIR`, else the XDG data
/// directory.
fn resolve_data_dir(roxy: &RoxyConfig, base_dir: &Path) -> PathBuf {
    match (&roxy.data_dir, std::env::var_os(DATA_DIR_VARIABLE)) {
        (Some(dir), _) => resolve_against(dir, base_dir),
        (None, Some(dir)) => PathBuf::from(dir),
        (None, None) => dirs::data_dir()
            .unwrap_or_else(std::env::temp_dir)
            .join("roxy"),
    }
}

/// `path` as written in a config file: absolute as is, `~` or `~/...` in the home directory
/// (as a shell reads it), else relative to `base_dir`.
fn resolve_against(path: &Path, base_dir: &Path) -> PathBuf {
    if path.is_absolute() {
        return path.to_path_buf();
    }
    if let (Ok(rest), Some(home)) = (path.strip_prefix("~"), dirs::home_dir()) {
        return home.join(rest);
    }
    base_dir.join(path)
}

/// Deserializes `text`, turning a serde error into a located [`ConfigError`] with a hint.
fn parse_yaml<T: serde::de::DeserializeOwned + Default>(
    file: &str,
    text: &str,
    errors: &mut Vec<ConfigError>,
) -> Option<T> {
    if text::is_blank(text) {
        return Some(T::default());
    }
    for (position, tag) in text::tags(text) {
        errors.push(ConfigError {
            file: file.to_string(),
            position: Some(position),
            key: String::new(),
            message: format!("YAML tag `{tag}` is not supported"),
            hint: Some("remove the tag and write the value itself as plain text".into()),
        });
    }
    match serde_yaml::from_str::<T>(text) {
        Ok(value) => Some(value),
        Err(error) => {
            // A type error met before the parser reached a syntax error further on (`servers:
            // [` and no `]`) hides what is really wrong: the YAML itself.
            let syntax_error = is_type_error(&error)
                .then(|| serde_yaml::from_str::<serde_yaml::Value>(text).err())
                .flatten();
            match syntax_error {
                Some(syntax_error) => errors.push(serde_error(file, text, &syntax_error)),
                None => {
                    errors.push(serde_error(file, text, &error));
                    errors.extend(errors_behind::<T>(file, text, &error));
                }
            }
            None
        }
    }
}

/// How many more errors [`errors_behind`] looks for behind the first.
const MAX_ERRORS_BEHIND: usize = 20;

/// The unknown keys and wrong types behind the first one: serde stops at the first, so the
/// part it is about (its server, or a top-level section's key) is taken out of the document
/// and the rest parsed again, until it parses or [`MAX_ERRORS_BEHIND`] are found. A missing
/// field ends the search, as taking a part out may be what made it missing. Positions are
/// found again in the file's own text.
fn errors_behind<T: serde::de::DeserializeOwned>(
    file: &str,
    text: &str,
    first: &serde_yaml::Error,
) -> Vec<ConfigError> {
    let Ok(mut document) = serde_yaml::from_str::<serde_yaml::Value>(text) else {
        return Vec::new();
    };
    let mut found = Vec::new();
    let mut message = locate::yaml_error(first).1;
    while found.len() < MAX_ERRORS_BEHIND {
        let Some(part) = part_at_fault(&message) else {
            break;
        };
        if !take_out(&mut document, &part) {
            break;
        }
        let Ok(rest) = serde_yaml::to_string(&document) else {
            break;
        };
        let Err(error) = serde_yaml::from_str::<T>(&rest) else {
            break;
        };
        message = locate::yaml_error(&error).1;
        if message
            .split_once(": ")
            .map_or(message.as_str(), |(_, rest)| rest)
            .starts_with("missing field")
        {
            break;
        }
        found.push(described(file, text, None, message.clone()));
    }
    found
}

/// The keys of the part of the document a serde error is about: the server (`servers.a`) or
/// the top-level section's key (`defaults.request_timeout`) holding what is wrong. `None`
/// when the error is about the whole document or lies in a list (taking an item out would
/// shift the places of the items after it).
fn part_at_fault(message: &str) -> Option<Vec<String>> {
    let (path, rest) = match message.split_once(": ") {
        Some((path, rest)) if !path.contains(' ') => (path, rest),
        _ => ("", message),
    };
    let mut part: Vec<String> = path
        .split('.')
        .filter(|key| !key.is_empty())
        .map(String::from)
        .collect();
    if let Some(field) = rest
        .strip_prefix("unknown field `")
        .and_then(|field| field.split('`').next())
    {
        part.push(field.to_string());
    }
    part.truncate(2);
    (!part.is_empty() && !part.iter().any(|key| key.contains('['))).then_some(part)
}

/// Removes the entry at `keys` from the document's mappings, keeping the order of the rest;
/// whether it was there.
fn take_out(document: &mut serde_yaml::Value, keys: &[String]) -> bool {
    let Some((last, parents)) = keys.split_last() else {
        return false;
    };
    let mut node = document;
    for key in parents {
        match node.get_mut(key.as_str()) {
            Some(child) => node = child,
            None => return false,
        }
    }
    node.as_mapping_mut()
        .and_then(|mapping| mapping.shift_remove(last.as_str()))
        .is_some()
}

/// Whether `error` says a value has the wrong type or value (not that the YAML is malformed).
fn is_type_error(error: &serde_yaml::Error) -> bool {
    let (_, message) = locate::yaml_error(error);
    let message = message
        .split_once(": ")
        .map_or(message.as_str(), |(_, rest)| rest);
    message.starts_with("invalid type: ") || message.starts_with("invalid value: ")
}

fn serde_error(file: &str, text: &str, error: &serde_yaml::Error) -> ConfigError {
    // yaml_serde prefixes the message with the dotted path of the value.
    let (position, without_location) = locate::yaml_error(error);
    if position.is_none()
        && without_location.contains("more than one document")
        && let Some(second) = text::second_document(text)
    {
        return ConfigError {
            file: file.to_string(),
            position: Some(second),
            key: String::new(),
            message: "a second YAML document begins here; a config file holds one YAML document"
                .into(),
            hint: Some(
                "remove this `---` line and merge what follows into the first document".into(),
            ),
        };
    }
    described(file, text, position, without_location)
}

/// A serde error's message (without its location) as a [`ConfigError`]: the key it names, its
/// position (`position`, else where that key or the value named is written), and a hint.
fn described(
    file: &str,
    text: &str,
    position: Option<Position>,
    without_location: String,
) -> ConfigError {
    let (key, message) = match without_location.split_once(": ") {
        Some((path, rest)) if !path.contains(' ') => (path.to_string(), rest.to_string()),
        _ => (String::new(), without_location.clone()),
    };
    let unknown_field = message
        .strip_prefix("unknown field `")
        .and_then(|rest| rest.split('`').next());
    let key = match unknown_field {
        Some(_) => mapping_at(text, key),
        None => key,
    };
    let position = position.or_else(|| {
        let mut parts: Vec<&str> = key.split('.').filter(|p| !p.is_empty()).collect();
        parts.extend(unknown_field);
        locate_key(text, &parts)
    });
    // A value named in the message and written under the key: the error is where it is.
    let (position, key) = match message.split('`').nth(1) {
        Some(value) if !key.is_empty() && unknown_field.is_none() => {
            let parts: Vec<&str> = key.split('.').filter(|p| !p.is_empty()).collect();
            match locate::locate_value(text, &parts, value) {
                Some((at, name)) if !key.ends_with(&format!(".{name}")) => {
                    (Some(at), format!("{key}.{name}"))
                }
                Some((at, _)) => (Some(at), key),
                None => (position, key),
            }
        }
        _ => (position, key),
    };
    if let Some((message, hint)) =
        misindented(text, &key, position, &message).or_else(|| in_plain_words(&message))
    {
        return ConfigError {
            file: file.to_string(),
            position,
            key,
            hint,
            message,
        };
    }
    let hint = hint_for(&message);
    // The hint lists what is allowed; keep the message itself short.
    let message = match (&hint, message.split_once(", expected one of")) {
        (Some(_), Some((short, _))) => short.to_string(),
        _ => message,
    };
    ConfigError {
        file: file.to_string(),
        position,
        key,
        hint,
        message,
    }
}

/// The mapping an unknown key was found in: `path`, or the nearest of its parents that is a
/// mapping. In a flow mapping (`a: {transport: stdio, comand: x}`) serde's path ends at the
/// key before the unknown one (`servers.a.transport`).
fn mapping_at(text: &str, mut path: String) -> String {
    let Ok(document) = serde_yaml::from_str::<serde_yaml::Value>(text) else {
        return path;
    };
    loop {
        let node = path
            .split('.')
            .filter(|key| !key.is_empty())
            .try_fold(&document, |node, key| node.get(key));
        if node.is_none_or(serde_yaml::Value::is_mapping) {
            return path;
        }
        match path.rsplit_once('.') {
            Some((parent, _)) => path = parent.to_string(),
            None => return String::new(),
        }
    }
}

/// An error whose cause is the indentation, said as such: a tab (YAML indents with spaces
/// only), a setting written where a server's name belongs (`command:` dedented to the server
/// names, or the server's settings not indented under it), or a line indented deeper than the
/// line above, which YAML reads as more of that line's value.
fn misindented(
    text: &str,
    key: &str,
    position: Option<Position>,
    message: &str,
) -> Option<(String, Option<String>)> {
    let line_at = |number: usize| text.lines().nth(number.checked_sub(1)?);
    let indent_of = |line: &str| line.len() - line.trim_start().len();
    if message.contains("cannot start any token")
        && let Some(line) = position.and_then(|at| line_at(at.line))
        && line[..indent_of(line)].contains('\t')
    {
        return Some((
            "a tab indents this line; YAML indents with spaces only".into(),
            Some("replace the tab with spaces, as many as the lines around it use".into()),
        ));
    }
    if let Some(name) = key
        .strip_prefix("servers.")
        .filter(|name| !name.contains('.'))
    {
        let document = serde_yaml::from_str::<serde_yaml::Value>(text).ok()?;
        let server = document.get("servers")?.get(name)?;
        if server.is_null() {
            return Some((
                format!("server `{name}` has no settings under it"),
                Some(format!(
                    "indent its settings under `{name}:`, deeper than the name"
                )),
            ));
        }
        if !server.is_mapping() && !server.is_sequence() {
            return Some((
                format!("`{name}` stands where a server's name belongs"),
                Some(format!(
                    "a server is a name with its settings indented under it; if `{name}` is a setting of the server above, indent it as deep as that server's other settings"
                )),
            ));
        }
    }
    if message.starts_with("invalid type: ") || message.starts_with("unknown variant") {
        let at = position?;
        let line = line_at(at.line)?;
        let (name, value) = line.trim_start().split_once(':')?;
        let next = text
            .lines()
            .skip(at.line)
            .find(|next| !next.trim().is_empty() && !next.trim_start().starts_with('#'))?;
        if !value.trim().is_empty() && indent_of(next) > indent_of(line) {
            let name = name.trim().trim_start_matches("- ");
            return Some((
                format!(
                    "the line after `{name}:` is indented deeper, so YAML reads it as more of `{name}`'s value"
                ),
                Some(format!("indent the line below as `{name}` is")),
            ));
        }
    }
    None
}

/// serde's wording of a wrong type or value ("invalid type: string \"yes\", expected a
/// boolean", "invalid value: integer `-1`, expected u32") and of a YAML merge key, as a person
/// reads them: what was written, what is wanted, and how to write it.
fn in_plain_words(message: &str) -> Option<(String, Option<String>)> {
    if message.starts_with("unknown field `<<`") {
        return Some((
            "YAML merge keys (`<<: *name`) are not supported".into(),
            Some("write the settings out under each server, or put the shared ones under `defaults:`".into()),
        ));
    }
    let rest = message
        .strip_prefix("invalid type: ")
        .or_else(|| message.strip_prefix("invalid value: "))?;
    let (found, expected) = rest.split_once(", expected ")?;
    let written = found
        .split_once(['`', '"'])
        .map(|(_, value)| value.trim_end_matches(['`', '"']));
    let (wanted, hint) = match expected {
        "u8" | "u16" | "u32" | "u64" | "usize" => ("a whole number of 0 or more", None),
        "i8" | "i16" | "i32" | "i64" | "isize" => ("a whole number", None),
        "f32" | "f64" => ("a number", None),
        "a boolean" => (
            "true or false",
            Some("write `true` or `false` (yes, no, on and off are text in YAML 1.2)"),
        ),
        "a string" => ("text", Some("put the value in quotes")),
        "a sequence" => (
            "a list",
            Some("write a list as `[a, b]` or as lines starting with `- `"),
        ),
        other if other == "a map" || other.starts_with("struct ") => (
            "a section of `name: value` lines",
            Some("write the settings below it as `name: value` lines, indented, not as a list"),
        ),
        _ => return None,
    };
    let found = match found {
        "sequence" => "a list",
        "map" => "a section of `name: value` lines",
        "unit value" => "empty",
        other => other,
    };
    let message = match written {
        Some(value) => format!("`{value}` is not {wanted}"),
        None => format!("this is {found}, not {wanted}"),
    };
    Some((message, hint.map(str::to_string)))
}

/// Suggests the closest expected name for "unknown field/variant `x`, expected one of ...".
fn hint_for(message: &str) -> Option<String> {
    let unknown = message.split('`').nth(1)?;
    let expected: Vec<&str> = message
        .split_once("expected")?
        .1
        .split('`')
        .skip(1)
        .step_by(2)
        .collect();
    if expected.is_empty() {
        return None;
    }
    let closest = closest_names(unknown, expected.iter().copied(), 1);
    Some(match closest.first() {
        Some(best) => format!(
            "did you mean `{best}`? (allowed here: {})",
            expected.join(", ")
        ),
        None => format!("allowed here: {}", expected.join(", ")),
    })
}

/// Parses and validates `mcp_servers.yaml`: types, the checks of `validate.rs`, defaults filled
/// in and `${env:...}` expanded (`env` looks up environment variables). Every problem found is
/// pushed to `errors`; `None` when the file does not even deserialize.
pub fn parse_mcp_servers(
    file: &str,
    text: &str,
    env: &dyn Fn(&str) -> Option<String>,
    errors: &mut Vec<ConfigError>,
) -> Option<McpServersConfig> {
    let text = text::without_bom(text);
    let mut config: McpServersConfig = parse_yaml(file, text, errors)?;
    check_defaults(file, text, &config.defaults, errors);
    for (name, server) in &mut config.servers {
        check_server(file, text, name, server, errors);
        // Header values as written; what `${env:...}` puts in them is the server's problem.
        check_headers(file, text, name, server, errors);
        let written_headers = server.headers.clone();
        let written_url = server.url.clone();
        fill_defaults(server, &config.defaults);
        // A disabled server never starts: what its variables say does not matter yet.
        if let Err(error) = server
            .enabled
            .then(|| expand_server_env(server, env))
            .transpose()
        {
            let at = ["servers", name, error.field];
            if error.unset {
                // The rest of Roxy runs: one server missing its token is that server's problem.
                let message = format!(
                    "{}; server `{name}` cannot start until it is",
                    error.message
                );
                server.unstartable = Some(ConfigError::at_key(
                    file,
                    text,
                    &at,
                    message,
                    Some(error.hint),
                ));
            } else {
                errors.push(ConfigError::at_key(
                    file,
                    text,
                    &at,
                    error.message,
                    Some(error.hint),
                ));
            }
        }
        // A URL a variable made (`url: ${env:REMOTE_URL}`) is checked as it came out.
        if server.enabled
            && server.unstartable.is_none()
            && let (Some(written), Some(url)) = (&written_url, &server.url)
            && written.contains("${")
            && let Some((message, hint)) = url_problem(url)
        {
            server.unstartable = Some(ConfigError::at_key(
                file,
                text,
                &["servers", name, "url"],
                format!(
                    "{message} (from `{written}`); server `{name}` cannot start until the variable holds one"
                ),
                Some(hint),
            ));
        }
        if server.unstartable.is_none()
            && let Some((header, message, hint)) =
                header_from_environment_problem(name, &written_headers, &server.headers)
        {
            server.unstartable = Some(ConfigError::at_key(
                file,
                text,
                &["servers", name, "headers", &header],
                message,
                Some(hint),
            ));
        }
    }
    check_startup(file, text, &config, errors);
    Some(config)
}

/// Fills the timings and restart policy a server leaves out from `defaults:`.
fn fill_defaults(server: &mut ServerConfig, defaults: &Defaults) {
    server
        .startup_timeout
        .get_or_insert(defaults.startup_timeout);
    server
        .request_timeout
        .get_or_insert(defaults.request_timeout);
    server
        .health_interval
        .get_or_insert(defaults.health_interval);
    if server.max_message_size.is_none() {
        server.max_message_size = defaults.max_message_size;
    }
    if server.restart.is_none() {
        server.restart = Some(defaults.restart.clone());
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;

    fn env(name: &str) -> Option<String> {
        (name == "HOME_X").then(|| "/home/x".to_string())
    }

    #[test]
    fn an_api_key_written_in_a_file_others_can_read_is_warned_of() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::write(dir.path().join(MCP_SERVERS_FILE), "servers: {}\n").expect("write");
        let roxy_yaml = dir.path().join(ROXY_FILE);
        let warned = |api_key: &str, mode: u32| {
            std::fs::write(
                &roxy_yaml,
                format!("llm:\n  provider: openai\n  model: m\n  api_key: {api_key}\n"),
            )
            .expect("write");
            std::fs::set_permissions(&roxy_yaml, std::fs::Permissions::from_mode(mode))
                .expect("chmod");
            let config = Config::load_dir(dir.path()).expect("loads");
            config
                .warnings
                .iter()
                .map(ToString::to_string)
                .find(|w| w.contains("llm.api_key"))
        };
        let warning = warned("sk-abcdefghijklmnop", 0o644).expect("a warning");
        assert!(
            warning.contains(":4:3: llm.api_key: the key is written out"),
            "{warning}"
        );
        assert!(warning.contains("chmod 600"), "{warning}");
        assert_eq!(warned("sk-abcdefghijklmnop", 0o640), warning.into());
        assert_eq!(warned("sk-abcdefghijklmnop", 0o600), None);
        assert_eq!(warned("${env:HOME}", 0o644), None);
    }

    #[test]
    fn a_leading_tilde_is_the_home_directory() {
        let config = Config::from_texts(
            ConfigSource::Embedded,
            PathBuf::from("/project"),
            ("m.yaml", "servers: {}\nroots: [~/Documents, ~, docs]\n"),
            Some((
                "r.yaml".to_string(),
                "data_dir: ~/.local/share/roxy\npython: { venv: ~/venv }\n",
            )),
        )
        .unwrap_or_else(|e| panic!("{e}"));
        let home = dirs::home_dir().expect("a home directory");
        assert_eq!(config.data_dir(), home.join(".local/share/roxy"));
        assert_eq!(
            config.roots(),
            vec![
                home.join("Documents"),
                home.clone(),
                PathBuf::from("/project/docs")
            ]
        );
        assert_eq!(config.resolve_path(Path::new("~/venv")), home.join("venv"));
        assert_eq!(
            config.resolve_path(Path::new("~other/x")),
            PathBuf::from("/project/~other/x")
        );
    }

    #[test]
    fn fills_defaults_into_servers() {
        let mut errors = Vec::new();
        let text =
            "defaults: { request_timeout: 5s }\nservers:\n  a: { transport: stdio, command: x }\n";
        let config = parse_mcp_servers("m.yaml", text, &env, &mut errors).unwrap();
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(
            config.servers["a"].request_timeout(),
            Duration::from_secs(5)
        );
        assert_eq!(
            config.servers["a"].startup_timeout(),
            Duration::from_secs(30)
        );
    }
}
