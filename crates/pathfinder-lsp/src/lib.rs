//! `pathfinder lsp`: a language server that publishes the findings of each open buffer as diagnostics.
//!
//! The transport is `lsp-server` (rust-analyzer's): synchronous and channel based, which suits an analysis
//! that is CPU-bound and already fast, with no async runtime to carry. Messages are read as JSON values; the
//! server only needs a handful of fields from each.
//!
//! Each buffer's *text* (not the file on disk) is analysed in memory by the same code as `pathfinder scan`
//! ([`analyze_memory`]), under its project-relative path, so findings and fingerprints match a scan. Analysis
//! runs on open and save at once and after a pause in typing (debounced) on change. A Python buffer is
//! analysed together with the workspace's other Python files (open buffers' unsaved text in place of their
//! files, [`project`]), so flows through helpers defined elsewhere are found as a scan finds them.

mod convert;
mod project;

use convert::{line_text, path_to_uri, range, uri_to_path, utf16_offset};
use crossbeam_channel::RecvTimeoutError;
use lsp_server::{Connection, ErrorCode, Message, Notification, Request, RequestId, Response};
use pathfinder_engine::memory::analyze_memory;
use pathfinder_engine::{compile, scan_python_sources, CompiledRules};
use pathfinder_findings::{Finding, Severity};
use pathfinder_rules::catalog;
use pathfinder_rules::{Rule, RuleQuery, RuleSet};
use pathfinder_workspace::{classify, is_test_path, load_config, Config, Language};
use serde_json::{json, Value};
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// The command behind the "open the rule's page" code action.
pub const OPEN_RULE_PAGE: &str = "pathfinder.openRulePage";
/// Pause after the last change before a buffer is analysed again.
pub const DEFAULT_DEBOUNCE: Duration = Duration::from_millis(50);
const SOURCE: &str = "pathfinder";

/// Serves LSP on stdin/stdout until the client says `exit` (or closes the stream). The exit code: 0, or 1
/// when `exit` came without a `shutdown` request first (as the LSP specification asks).
pub fn run_stdio(version: &str) -> Result<u8, String> {
    let (connection, io_threads) = Connection::stdio();
    let end = serve(&connection, version)?;
    drop(connection);
    // After an unannounced `exit` the client may keep stdin open: do not wait for the reader thread.
    if end == End::ExitWithoutShutdown {
        return Ok(1);
    }
    io_threads
        .join()
        .map_err(|e| format!("language server I/O: {e}"))?;
    Ok(0)
}

/// How a session ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum End {
    /// `shutdown` then `exit`.
    Shutdown,
    /// `exit` without a `shutdown` request before it.
    ExitWithoutShutdown,
    /// The client closed the connection.
    Disconnected,
}

/// Runs the server on an established connection (stdio, or an in-memory pair in tests).
pub fn serve(connection: &Connection, version: &str) -> Result<End, String> {
    let (id, params) = connection
        .initialize_start()
        .map_err(|e| format!("language server initialize: {e}"))?;
    let builtin =
        pathfinder_engine::builtin::rules().map_err(|e| format!("cannot load rules: {e}"))?;
    let mut server = Server::new(connection.sender.clone(), builtin, &params);
    connection
        .initialize_finish(
            id,
            json!({
                "capabilities": capabilities(),
                "serverInfo": {"name": "pathfinder", "version": version},
            }),
        )
        .map_err(|e| format!("language server initialize: {e}"))?;
    server.reload();
    server.run(connection)
}

fn capabilities() -> Value {
    json!({
        "positionEncoding": "utf-16",
        // Full text on every change: buffers are small next to the analysis itself.
        "textDocumentSync": {"openClose": true, "change": 1, "save": {"includeText": true}},
        "codeActionProvider": {"codeActionKinds": ["quickfix"]},
        "executeCommandProvider": {"commands": [OPEN_RULE_PAGE]},
        "workspace": {
            "workspaceFolders": {"supported": true},
            "fileOperations": {
                "didRename": {"filters": [{"scheme": "file", "pattern": {"glob": "**/*"}}]}
            }
        }
    })
}

struct Doc {
    text: String,
    version: Option<i64>,
    /// The editor's language id, for buffers whose name says nothing (`untitled:` buffers).
    language_id: String,
}

/// Settings after merging the client's (`initializationOptions`, `workspace/didChangeConfiguration`) over
/// the project's `pathfinder.toml` / `[tool.pathfinder]`.
#[derive(Debug, Clone, PartialEq)]
struct Settings {
    rulesets: Vec<String>,
    rules: Vec<String>,
    skip_tests: bool,
    debounce: Duration,
}

struct Server {
    sender: crossbeam_channel::Sender<Message>,
    root: Option<PathBuf>,
    /// The `pathfinder` section of the client's settings.
    client: Value,
    settings: Settings,
    builtin: Vec<Arc<Rule>>,
    rules: CompiledRules,
    /// Rule id → its registry page.
    pages: HashMap<String, String>,
    docs: BTreeMap<String, Doc>,
    /// Buffers changed since their last analysis, with when to analyse them.
    pending: BTreeMap<String, Instant>,
    /// The workspace's configuration as loaded (walk filters for the project's files).
    config: Config,
    project: project::ProjectFiles,
    next_id: i32,
}

impl Server {
    fn new(
        sender: crossbeam_channel::Sender<Message>,
        builtin: Vec<Arc<Rule>>,
        init: &Value,
    ) -> Server {
        let root = init["workspaceFolders"][0]["uri"]
            .as_str()
            .or_else(|| init["rootUri"].as_str())
            .and_then(uri_to_path)
            .or_else(|| init["rootPath"].as_str().map(PathBuf::from));
        Server {
            sender,
            root,
            client: client_section(&init["initializationOptions"]),
            settings: Settings {
                rulesets: Vec::new(),
                rules: Vec::new(),
                skip_tests: true,
                debounce: DEFAULT_DEBOUNCE,
            },
            builtin,
            rules: CompiledRules::default(),
            pages: HashMap::new(),
            docs: BTreeMap::new(),
            pending: BTreeMap::new(),
            config: Config::default(),
            project: project::ProjectFiles::default(),
            next_id: 0,
        }
    }

    fn run(&mut self, connection: &Connection) -> Result<End, String> {
        loop {
            let next = self.pending.values().min().copied();
            let message = match next {
                Some(at) => match connection
                    .receiver
                    .recv_timeout(at.saturating_duration_since(Instant::now()))
                {
                    Ok(m) => Some(m),
                    Err(RecvTimeoutError::Timeout) => None,
                    Err(RecvTimeoutError::Disconnected) => return Ok(End::Disconnected),
                },
                None => match connection.receiver.recv() {
                    Ok(m) => Some(m),
                    Err(_) => return Ok(End::Disconnected),
                },
            };
            match message {
                Some(Message::Request(req)) => {
                    if connection
                        .handle_shutdown(&req)
                        .map_err(|e| format!("language server shutdown: {e}"))?
                    {
                        return Ok(End::Shutdown);
                    }
                    self.request(req);
                }
                Some(Message::Notification(n)) if n.method == "exit" => {
                    return Ok(End::ExitWithoutShutdown)
                }
                Some(Message::Notification(n)) => self.notification(n),
                // Answers to our own requests (showDocument): nothing to do.
                Some(Message::Response(_)) => {}
                None => {}
            }
            let now = Instant::now();
            let due: Vec<String> = self
                .pending
                .iter()
                .filter(|(_, at)| **at <= now)
                .map(|(uri, _)| uri.clone())
                .collect();
            for uri in due {
                self.pending.remove(&uri);
                self.publish(&uri);
            }
        }
    }

    fn send(&self, message: impl Into<Message>) {
        // The client is gone only when the connection closes, which ends the loop.
        let _ = self.sender.send(message.into());
    }

    fn notify(&self, method: &str, params: Value) {
        self.send(Notification::new(method.to_string(), params));
    }

    fn show_error(&self, message: String) {
        self.notify(
            "window/showMessage",
            json!({"type": 1, "message": format!("pathfinder: {message}")}),
        );
    }

    fn request(&mut self, req: Request) {
        let result = match req.method.as_str() {
            "textDocument/codeAction" => Ok(self.code_actions(&req.params)),
            "workspace/executeCommand" => self.execute(&req.params),
            _ => Err((
                ErrorCode::MethodNotFound as i32,
                format!("unsupported request {}", req.method),
            )),
        };
        let response = match result {
            Ok(v) => Response::new_ok(req.id, v),
            Err((code, message)) => Response::new_err(req.id, code, message),
        };
        self.send(response);
    }

    fn notification(&mut self, n: Notification) {
        let p = &n.params;
        let uri = p["textDocument"]["uri"].as_str().unwrap_or("").to_string();
        match n.method.as_str() {
            "textDocument/didOpen" => {
                let doc = Doc {
                    text: p["textDocument"]["text"].as_str().unwrap_or("").into(),
                    version: p["textDocument"]["version"].as_i64(),
                    language_id: p["textDocument"]["languageId"]
                        .as_str()
                        .unwrap_or("")
                        .into(),
                };
                self.docs.insert(uri.clone(), doc);
                self.publish(&uri);
                self.python_changed(&uri);
            }
            "textDocument/didChange" => {
                // Full sync: the last change holds the whole text.
                let text = p["contentChanges"]
                    .as_array()
                    .and_then(|c| c.last())
                    .and_then(|c| c["text"].as_str());
                if let (Some(doc), Some(text)) = (self.docs.get_mut(&uri), text) {
                    doc.text = text.to_string();
                    doc.version = p["textDocument"]["version"].as_i64();
                    self.pending
                        .insert(uri.clone(), Instant::now() + self.settings.debounce);
                    self.python_changed(&uri);
                }
            }
            "textDocument/didSave" => {
                if let (Some(doc), Some(text)) = (self.docs.get_mut(&uri), p["text"].as_str()) {
                    doc.text = text.to_string();
                }
                if is_config_file(&uri) {
                    self.reload();
                } else {
                    self.pending.remove(&uri);
                    self.publish(&uri);
                    self.python_changed(&uri);
                }
            }
            "textDocument/didClose" => {
                self.docs.remove(&uri);
                self.pending.remove(&uri);
                self.clear(&uri);
                // Its disk copy counts again for the other buffers.
                self.python_changed(&uri);
            }
            "workspace/didChangeConfiguration" => {
                // Push-style clients send the settings; pull-style ones send null and keep the old ones.
                let section = client_section(&p["settings"]);
                if !section.is_null() {
                    self.client = section;
                }
                self.reload();
            }
            "workspace/didChangeWatchedFiles" => {
                let changes = p["changes"].as_array().cloned().unwrap_or_default();
                if changes
                    .iter()
                    .any(|c| c["uri"].as_str().is_some_and(is_config_file))
                {
                    self.reload();
                }
            }
            "workspace/didRenameFiles" => {
                for f in p["files"].as_array().cloned().unwrap_or_default() {
                    let (Some(old), Some(new)) = (f["oldUri"].as_str(), f["newUri"].as_str())
                    else {
                        continue;
                    };
                    self.rename(old, new);
                }
            }
            _ => {}
        }
    }

    /// Another Python buffer's text changed (or it opened or closed): the other open Python buffers may
    /// call into it, so they are analysed again after the debounce pause.
    fn python_changed(&mut self, changed: &str) {
        if self.language(changed, "") != Some(Language::Python) {
            return;
        }
        let at = Instant::now() + self.settings.debounce;
        let others: Vec<String> = self
            .docs
            .iter()
            .filter(|(u, d)| {
                u.as_str() != changed && self.language(u, &d.language_id) == Some(Language::Python)
            })
            .map(|(u, _)| u.clone())
            .collect();
        for uri in others {
            let when = self.pending.get(&uri).map_or(at, |t| (*t).min(at));
            self.pending.insert(uri, when);
        }
    }

    /// The language a buffer is analysed as: by its name, else by the editor's language id.
    fn language(&self, uri: &str, language_id: &str) -> Option<Language> {
        let rel = self.relative_path(uri);
        let language_id = if language_id.is_empty() {
            self.docs.get(uri).map_or("", |d| d.language_id.as_str())
        } else {
            language_id
        };
        // The file name decides; an unnamed buffer goes by the editor's language id (LSP's names).
        classify(&rel).or(match language_id {
            "python" => Some(Language::Python),
            "dockerfile" => Some(Language::Dockerfile),
            "dockercompose" => Some(Language::Compose),
            "go" => Some(Language::Go),
            _ => None,
        })
    }

    /// A renamed buffer keeps its text; its diagnostics move to the new name (whose language or test status
    /// may differ) and the old name's are cleared.
    fn rename(&mut self, old: &str, new: &str) {
        // A renamed directory renames every open buffer below it.
        let prefix = format!("{}/", old.trim_end_matches('/'));
        let moved: Vec<String> = self
            .docs
            .keys()
            .filter(|u| u.as_str() == old || u.starts_with(&prefix))
            .cloned()
            .collect();
        for from in moved {
            let to = format!("{new}{}", &from[old.len()..]);
            if let Some(doc) = self.docs.remove(&from) {
                self.docs.insert(to.clone(), doc);
            }
            self.pending.remove(&from);
            self.clear(&from);
            self.publish(&to);
        }
    }

    /// Re-reads the project configuration, recompiles the rules and re-analyses every open buffer.
    fn reload(&mut self) {
        let config = match self.root.as_deref().map(load_config) {
            Some(Ok(Some(loaded))) => loaded.config,
            Some(Err(e)) => {
                self.show_error(format!("{e}; using the default settings"));
                Config::default()
            }
            _ => Config::default(),
        };
        self.config = config.clone();
        self.settings = merge(&self.client, config);
        let selected = match self.select_rules() {
            Ok(r) => r,
            Err(e) => {
                self.show_error(format!("{e}; using every built-in rule"));
                self.builtin.clone()
            }
        };
        self.rules = compile(&selected);
        self.pages = self
            .rules
            .rules()
            .filter_map(|r| Some((r.id.clone(), r.info().help_uri?)))
            .collect();
        let open: Vec<String> = self.docs.keys().cloned().collect();
        for uri in open {
            self.pending.remove(&uri);
            self.publish(&uri);
        }
    }

    /// The rule query of the settings: the listed rulesets plus rule paths (relative to the workspace
    /// root), or every built-in rule when neither is set.
    fn select_rules(&self) -> Result<Vec<Arc<Rule>>, String> {
        let s = &self.settings;
        let mut user = Vec::new();
        for p in &s.rules {
            let path = match &self.root {
                Some(root) => root.join(p),
                None => PathBuf::from(p),
            };
            user.extend(catalog::load_rules_path(&path).map_err(|e| e.to_string())?);
        }
        let set = RuleSet {
            builtin: self.builtin.clone(),
            user,
        };
        let query = RuleQuery {
            rulesets: s.rulesets.clone(),
            ..RuleQuery::catalog()
        };
        Ok(set.select(&query)?.rules)
    }

    /// The path findings carry: relative to the workspace root when the file is inside it (as in a scan),
    /// else the file's name.
    fn relative_path(&self, uri: &str) -> String {
        let path = uri_to_path(uri);
        if let (Some(root), Some(path)) = (&self.root, &path) {
            if let Ok(rel) = path.strip_prefix(root) {
                return rel.to_string_lossy().replace('\\', "/");
            }
        }
        let name = uri.rsplit('/').next().unwrap_or(uri);
        path.as_deref()
            .and_then(Path::file_name)
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| name.to_string())
    }

    fn analyse(&self, uri: &str, doc: &Doc) -> Vec<Finding> {
        let rel = self.relative_path(uri);
        let Some(language) = self.language(uri, &doc.language_id) else {
            return Vec::new();
        };
        if self.settings.skip_tests && is_test_path(&rel) {
            return Vec::new();
        }
        if language == Language::Python {
            // The buffer with the project's other Python files and the other open Python buffers.
            let mut open: BTreeMap<String, Arc<str>> = self
                .docs
                .iter()
                .filter(|(u, d)| {
                    u.as_str() != uri && self.language(u, &d.language_id) == Some(Language::Python)
                })
                .map(|(u, d)| (self.relative_path(u), Arc::from(d.text.as_str())))
                .collect();
            open.insert(rel.clone(), Arc::from(doc.text.as_str()));
            // A buffer from outside the workspace is analysed with the open buffers only: its bare file name
            // must not stand in for a project file of the same name.
            let inside = match (&self.root, uri_to_path(uri)) {
                (Some(root), Some(path)) => path.starts_with(root),
                _ => false,
            };
            let sources = self.project.sources(
                self.root.as_deref().filter(|_| inside),
                &self.config,
                self.settings.skip_tests,
                &open,
            );
            let out = scan_python_sources(&sources, &self.rules);
            return out
                .findings
                .into_iter()
                .filter(|f| f.location.file == rel)
                .collect();
        }
        analyze_memory(language, &rel, &doc.text, &self.rules)
            .map(|out| out.findings)
            .unwrap_or_default()
    }

    fn publish(&self, uri: &str) {
        let Some(doc) = self.docs.get(uri) else {
            return;
        };
        let rel = self.relative_path(uri);
        let diagnostics: Vec<Value> = self
            .analyse(uri, doc)
            .iter()
            .map(|f| self.diagnostic(f, uri, &rel, &doc.text))
            .collect();
        let mut params = json!({"uri": uri, "diagnostics": diagnostics});
        if let Some(v) = doc.version {
            params["version"] = json!(v);
        }
        self.notify("textDocument/publishDiagnostics", params);
    }

    fn clear(&self, uri: &str) {
        self.notify(
            "textDocument/publishDiagnostics",
            json!({"uri": uri, "diagnostics": []}),
        );
    }

    fn diagnostic(&self, f: &Finding, uri: &str, rel: &str, text: &str) -> Value {
        let l = &f.location;
        let mut d = json!({
            "range": range(text, l.line, l.column, l.end_line, l.end_column),
            "severity": lsp_severity(f.severity),
            "code": f.rule_id,
            "source": SOURCE,
            "message": format!("{} ({})", f.message, f.rule_name),
        });
        if let Some(page) = self.pages.get(&f.rule_id) {
            d["codeDescription"] = json!({"href": page});
        }
        if !f.flow.is_empty() {
            let related: Vec<Value> = f
                .flow
                .iter()
                .map(|s| {
                    let sl = &s.location;
                    let (step_uri, step_text) = if sl.file == rel {
                        (uri.to_string(), text.to_string())
                    } else {
                        let path = self.root.clone().unwrap_or_default().join(&sl.file);
                        let disk = std::fs::read_to_string(&path).unwrap_or_default();
                        (path_to_uri(&path), disk)
                    };
                    json!({
                        "location": {
                            "uri": step_uri,
                            "range": range(&step_text, sl.line, sl.column, sl.end_line, sl.end_column),
                        },
                        "message": s.message,
                    })
                })
                .collect();
            d["relatedInformation"] = json!(related);
        }
        d
    }

    fn code_actions(&self, params: &Value) -> Value {
        let uri = params["textDocument"]["uri"].as_str().unwrap_or("");
        let Some(doc) = self.docs.get(uri) else {
            return json!([]);
        };
        let rel = self.relative_path(uri);
        let container = matches!(
            classify(&rel),
            Some(Language::Dockerfile | Language::Compose)
        );
        let mut actions = Vec::new();
        let mut seen = Vec::new();
        let diagnostics = params["context"]["diagnostics"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        for d in diagnostics.iter().filter(|d| d["source"] == SOURCE) {
            let (Some(id), Some(line)) = (d["code"].as_str(), d["range"]["start"]["line"].as_u64())
            else {
                continue;
            };
            let line = line as usize;
            if seen.contains(&(id.to_string(), line)) {
                continue;
            }
            seen.push((id.to_string(), line));
            let edit = ignore_edit(&doc.text, line, id, container);
            actions.push(json!({
                "title": format!("Ignore {id} here (# pathfinder: ignore[{id}])"),
                "kind": "quickfix",
                "diagnostics": [d],
                "edit": {"changes": {uri: [edit]}},
            }));
            if let Some(href) = d["codeDescription"]["href"].as_str() {
                let title = format!("Open the {id} rule page");
                actions.push(json!({
                    "title": title,
                    "kind": "quickfix",
                    "diagnostics": [d],
                    "command": {"title": title, "command": OPEN_RULE_PAGE, "arguments": [href]},
                }));
            }
        }
        json!(actions)
    }

    fn execute(&mut self, params: &Value) -> Result<Value, (i32, String)> {
        if params["command"] != OPEN_RULE_PAGE {
            return Err((
                ErrorCode::InvalidParams as i32,
                format!("unknown command {}", params["command"]),
            ));
        }
        // Only the registry pages this server handed out, so a command cannot open an arbitrary address.
        let href = params["arguments"][0].as_str().unwrap_or("");
        if !self.pages.values().any(|p| p == href) {
            return Err((
                ErrorCode::InvalidParams as i32,
                format!("not a rule page: {href}"),
            ));
        }
        self.next_id += 1;
        self.send(Request::new(
            RequestId::from(format!("pathfinder-{}", self.next_id)),
            "window/showDocument".to_string(),
            json!({"uri": href, "external": true}),
        ));
        Ok(Value::Null)
    }
}

/// The `pathfinder` section of a settings object, or the object itself when it is already the section.
fn client_section(v: &Value) -> Value {
    match v.get("pathfinder") {
        Some(section) => section.clone(),
        None if v.is_object() => v.clone(),
        None => Value::Null,
    }
}

fn strings(v: &Value) -> Option<Vec<String>> {
    v.as_array().map(|a| {
        a.iter()
            .filter_map(|s| s.as_str().map(str::to_string))
            .collect()
    })
}

/// Client settings win over the project's configuration, as flags do in `pathfinder scan`.
fn merge(client: &Value, config: Config) -> Settings {
    Settings {
        rulesets: strings(&client["rulesets"]).unwrap_or(config.rulesets),
        rules: strings(&client["rules"]).unwrap_or(config.rules),
        skip_tests: client["skipTests"]
            .as_bool()
            .or(config.skip_tests)
            .unwrap_or(true),
        debounce: client["debounceMs"]
            .as_u64()
            .map_or(DEFAULT_DEBOUNCE, Duration::from_millis),
    }
}

fn is_config_file(uri: &str) -> bool {
    let name = uri.rsplit('/').next().unwrap_or("");
    name == pathfinder_workspace::CONFIG_FILE || name == pathfinder_workspace::PYPROJECT_FILE
}

/// Critical and high are errors, medium warnings, low information, info hints.
fn lsp_severity(s: Severity) -> u8 {
    match s {
        Severity::Critical | Severity::High => 1,
        Severity::Medium => 2,
        Severity::Low => 3,
        Severity::Info => 4,
    }
}

/// The edit that suppresses rule `id` on 0-based `line`: Python gets the comment at the end of the line (or
/// the id added to a `# pathfinder: ignore[...]` already there); Dockerfiles and compose files get a comment
/// line above, where their suppressions are read.
fn ignore_edit(text: &str, line: usize, id: &str, container: bool) -> Value {
    let current = line_text(text, line);
    let at = |character: usize| json!({"line": line, "character": character});
    if container {
        let indent: String = current.chars().take_while(|c| c.is_whitespace()).collect();
        return json!({
            "range": {"start": at(0), "end": at(0)},
            "newText": format!("{indent}# pathfinder: ignore[{id}]\n"),
        });
    }
    const MARK: &str = "pathfinder: ignore[";
    if let Some(start) = current.find(MARK) {
        if let Some(close) = current[start..].find(']') {
            let chars = current[..start + close].chars().count();
            let offset = utf16_offset(current, chars);
            return json!({
                "range": {"start": at(offset), "end": at(offset)},
                "newText": format!(", {id}"),
            });
        }
    }
    let end = utf16_offset(current, usize::MAX);
    json!({
        "range": {"start": at(end), "end": at(end)},
        "newText": format!("  # pathfinder: ignore[{id}]"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ignore_comment_goes_where_each_language_reads_it() {
        let py = "import os\nos.system(cmd)\n";
        assert_eq!(
            ignore_edit(py, 1, "R-1", false),
            json!({"range": {"start": {"line": 1, "character": 14}, "end": {"line": 1, "character": 14}},
                   "newText": "  # pathfinder: ignore[R-1]"})
        );
        let existing = "eval(x)  # pathfinder: ignore[R-1]\n";
        assert_eq!(ignore_edit(existing, 0, "R-2", false)["newText"], ", R-2");
        assert_eq!(
            ignore_edit(existing, 0, "R-2", false)["range"]["start"]["character"],
            33
        );
        let docker = "FROM x\n  USER root\n";
        assert_eq!(
            ignore_edit(docker, 1, "D-1", true),
            json!({"range": {"start": {"line": 1, "character": 0}, "end": {"line": 1, "character": 0}},
                   "newText": "  # pathfinder: ignore[D-1]\n"})
        );
    }

    #[test]
    fn client_settings_win_over_the_project_configuration() {
        let config = Config {
            rulesets: vec!["python/lang".into()],
            skip_tests: Some(false),
            ..Config::default()
        };
        let s = merge(&Value::Null, config.clone());
        assert_eq!(s.rulesets, ["python/lang"]);
        assert!(!s.skip_tests);
        assert_eq!(s.debounce, DEFAULT_DEBOUNCE);
        let client =
            client_section(&json!({"pathfinder": {"rulesets": ["docker/all"], "debounceMs": 5}}));
        let s = merge(&client, config);
        assert_eq!(s.rulesets, ["docker/all"]);
        assert!(!s.skip_tests, "unset client keys keep the project's value");
        assert_eq!(s.debounce, Duration::from_millis(5));
    }

    #[test]
    fn severities_map_to_lsp_levels() {
        assert_eq!(lsp_severity(Severity::Critical), 1);
        assert_eq!(lsp_severity(Severity::Medium), 2);
        assert_eq!(lsp_severity(Severity::Info), 4);
    }

    #[test]
    fn config_files_are_recognised_by_name() {
        assert!(is_config_file("file:///p/pathfinder.toml"));
        assert!(is_config_file("file:///p/pyproject.toml"));
        assert!(!is_config_file("file:///p/app.py"));
    }
}
