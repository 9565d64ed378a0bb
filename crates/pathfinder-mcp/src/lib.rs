//! `pathfinder serve`: an MCP (Model Context Protocol) server so coding assistants can scan code, read why a
//! finding matters and how to fix it, and navigate the project (symbols, callers and callees, imports,
//! Dockerfiles, compose services).
//!
//! Built on the official Rust SDK (`rmcp`), which does the protocol: `initialize` and version negotiation,
//! `tools/list`, `tools/call`, `ping`, cancellation. Two transports: stdio ([`stdio`]: our own line transport,
//! because the SDK's drops unparsable lines silently where the issue asks for a -32700 answer) and the
//! SDK's Streamable HTTP service behind a guard ([`http`]) with the playground's limits.

mod cancel;
mod containers;
#[doc(hidden)]
pub mod fuzzing;
pub mod http;
mod index;
mod nav;
mod project;
mod rules;
mod scan;
pub mod stdio;
mod tools;

use index::Indexer;
use pathfinder_rules::catalog;
use pathfinder_workspace::{load_config, WalkOptions};
use project::Project;
use rmcp::model::{
    CallToolRequestParams, CallToolResponse, CallToolResult, CustomRequest, CustomResult,
    ErrorCode, ErrorData, Implementation, InitializeResult, ListToolsResult,
    PaginatedRequestParams, ServerCapabilities, Tool, ToolAnnotations,
};
use rmcp::service::RequestContext;
use rmcp::{RoleServer, ServerHandler};
use serde_json::{json, Value};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;
use tools::Shared;

/// What `pathfinder serve` was asked to serve.
pub struct ServeOptions {
    pub project: PathBuf,
    /// Extra rule files or directories (`--rules`).
    pub rules: Vec<PathBuf>,
    /// Longest one tool call may take.
    pub tool_timeout: Duration,
    /// Tests only: extra time each scan takes (exercises cancellation and timeouts).
    pub test_delay: Duration,
    pub version: String,
    pub timestamp: fn() -> String,
}

/// The state every session shares: project, rules, index.
#[derive(Clone)]
pub struct Server {
    shared: Arc<Shared>,
    timeout: Duration,
    version: String,
}

impl Server {
    /// Loads configuration and rules and starts building the index in the background.
    pub fn start(opts: ServeOptions) -> Result<Server, String> {
        let root = opts.project.canonicalize().map_err(|e| {
            format!(
                "project path {}: {e}",
                project::escape(&opts.project.display().to_string())
            )
        })?;
        if !root.is_dir() {
            return Err(format!(
                "project path {} is not a directory",
                project::escape(&opts.project.display().to_string())
            ));
        }
        let config = match load_config(&root) {
            Ok(Some(c)) => c.config,
            Ok(None) => Default::default(),
            Err(e) => return Err(e.to_string()),
        };
        let builtin =
            pathfinder_engine::builtin::rules().map_err(|e| format!("cannot load rules: {e}"))?;
        let mut extra = Vec::new();
        for p in &opts.rules {
            extra.extend(
                catalog::load_rules_path(p).map_err(|e| format!("cannot load rules: {e}"))?,
            );
        }
        let walk = WalkOptions {
            root: root.clone(),
            include: config.include.clone(),
            exclude: config.exclude.clone(),
            // Navigation covers test code too; `scan` follows the project's skip_tests setting.
            skip_tests: false,
            dockerfiles: config.dockerfiles.clone(),
            compose_files: config.compose_files.clone(),
            ..WalkOptions::default()
        };
        let index = Indexer::new(root.clone(), walk);
        let mut project = Project::new(
            root,
            config,
            builtin,
            extra,
            opts.version.clone(),
            opts.timestamp,
        );
        project.test_delay = opts.test_delay;
        index.start();
        Ok(Server {
            shared: Arc::new(Shared { project, index }),
            timeout: opts.tool_timeout,
            version: opts.version,
        })
    }

    pub fn status(&self) -> Value {
        self.shared.index.status()
    }

    /// Runs one tool call to completion: waits for the index when the tool needs it, runs the work on a
    /// blocking thread, gives up at the timeout or when the client cancels the request
    /// (`notifications/cancelled`: the SDK then cancels the context's token and drops the answer). Giving up raises the
    /// call's cancellation flag, so the engine stops working on it at once instead of finishing unseen.
    async fn run_tool(
        &self,
        name: String,
        args: Value,
        context: RequestContext<RoleServer>,
    ) -> CallToolResult {
        let needs_index = tools::definitions()
            .iter()
            .any(|d| d.name == name && d.needs_index);
        let shared = self.shared.clone();
        let flag = pathfinder_python::cancel::Flag::default();
        let _stop = cancel::RaiseOnDrop(flag.clone());
        let work = async move {
            if needs_index {
                shared.index.wait_ready().await;
            }
            tokio::task::spawn_blocking(move || {
                cancel::run(flag, || tools::call(&shared, &name, args))
                    .unwrap_or_else(|_| Err("the call was cancelled".into()))
            })
            .await
        };
        let outcome = tokio::select! {
            r = tokio::time::timeout(self.timeout, work) => r,
            _ = context.ct.cancelled() => return tool_error("the call was cancelled".into()),
        };
        match outcome {
            Ok(Ok(Ok(v))) => CallToolResult::structured(v),
            Ok(Ok(Err(message))) => tool_error(message),
            Ok(Err(_)) => {
                tool_error("the tool failed unexpectedly (this is a bug in pathfinder)".into())
            }
            Err(_) => tool_error(format!(
                "the call took longer than {} ms (serve --timeout-ms)",
                self.timeout.as_millis()
            )),
        }
    }
}

fn tool_error(message: String) -> CallToolResult {
    CallToolResult::structured_error(json!({ "error": message }))
}

impl ServerHandler for Server {
    fn get_info(&self) -> InitializeResult {
        let mut info = InitializeResult::new(ServerCapabilities::builder().enable_tools().build());
        let mut server = Implementation::new("pathfinder", self.version.clone());
        server.title = Some("pathfinder security scanner".into());
        info.server_info = server;
        info.instructions = Some(
            "pathfinder scans Python, Go, Dockerfiles and docker-compose files for security problems and \
             indexes the project for navigation. Call get_index_info first; scan a file after editing it; \
             explain_finding tells why a finding matters and how to fix it. Paths are relative to the \
             project root and must stay inside it."
                .into(),
        );
        info
    }

    async fn list_tools(
        &self,
        _request: Option<PaginatedRequestParams>,
        _context: RequestContext<RoleServer>,
    ) -> Result<ListToolsResult, ErrorData> {
        Ok(ListToolsResult::with_all_items(tool_list()))
    }

    fn get_tool(&self, name: &str) -> Option<Tool> {
        tool_list().into_iter().find(|t| t.name == name)
    }

    async fn call_tool(
        &self,
        request: CallToolRequestParams,
        context: RequestContext<RoleServer>,
    ) -> Result<CallToolResponse, ErrorData> {
        let name = request.name.to_string();
        if !tools::definitions().iter().any(|d| d.name == name) {
            return Err(ErrorData::invalid_params(
                format!("unknown tool {name:?} (tools/list names them)"),
                None,
            ));
        }
        let args = Value::Object(request.arguments.unwrap_or_default());
        Ok(self.run_tool(name, args, context).await.into())
    }

    /// `status` as a JSON-RPC method too, as the reference server has it.
    async fn on_custom_request(
        &self,
        request: CustomRequest,
        _context: RequestContext<RoleServer>,
    ) -> Result<CustomResult, ErrorData> {
        match request.method.as_str() {
            "status" => Ok(CustomResult::new(self.status())),
            other => Err(ErrorData::new(
                ErrorCode::METHOD_NOT_FOUND,
                format!("method not found: {other}"),
                None,
            )),
        }
    }
}

fn tool_list() -> Vec<Tool> {
    tools::definitions()
        .into_iter()
        .map(|d| {
            let mut t = Tool::new(
                d.name,
                d.description,
                Arc::new(tools::schema_object(&d.input)),
            );
            t.output_schema = Some(Arc::new(tools::schema_object(&d.output)));
            t.annotations = Some(
                ToolAnnotations::new()
                    .read_only(true)
                    .destructive(false)
                    .idempotent(true)
                    .open_world(false),
            );
            t
        })
        .collect()
}
