//! The playground server: the registry site from memory plus `POST /api/analyze`.
//!
//! Every request is bounded: body size (413), time to wait for an analysis slot (503 `busy`), analysis time
//! (503 `timeout`; not 408, which browsers may silently retry), and a bad rule is a 422 with its line and
//! column. Rules are read by the static DSL reader, so an edited rule can never run code, and nothing is
//! written to disk. A timed-out analysis is cancelled: its walks stop at the next statement or
//! expression, which frees the thread, its memory and its slot at once. Connections are bounded too: at
//! most `max_connections` at a time (more wait in the listen backlog, costing us no file descriptor) and
//! a request head must arrive within `header_read_timeout` (hyper's HTTP/1 option), so idle or half-open
//! connections cannot pile up.

use crate::assets::content_type;
use crate::site::{build_site, Site};
use axum::body::{to_bytes, Body};
use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use pathfinder_engine::memory::{analyze_memory, default_file_name, SUPPORTED};
use pathfinder_engine::{compile, CompiledRules};
use pathfinder_findings::finish::RunInfo;
use pathfinder_findings::report::{render, Format, RenderOptions};
use pathfinder_rules::catalog::load_rule_text;
use pathfinder_rules::{Rule, RuleLanguage};
use serde::Deserialize;
use serde_json::json;
use std::future::Future;
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio::sync::Semaphore;

/// Resource limits of the analysis API.
#[derive(Debug, Clone)]
pub struct Limits {
    /// Largest accepted request body (JSON), in bytes.
    pub max_body: usize,
    /// Longest one analysis may take before the request gets a 503.
    pub analysis_timeout: Duration,
    /// Analyses running at once; more wait up to `queue_wait`, then get a 503.
    pub max_concurrent: usize,
    pub queue_wait: Duration,
    /// Tests only: extra time each analysis takes, to exercise the time and concurrency limits.
    #[doc(hidden)]
    pub test_delay: Duration,
    /// Time a client has to send a complete request head (also between requests on a kept-alive
    /// connection) before the connection is closed.
    pub header_read_timeout: Duration,
    /// Open connections at once; further clients wait to be accepted.
    pub max_connections: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_body: 256 * 1024,
            analysis_timeout: Duration::from_secs(5),
            max_concurrent: std::thread::available_parallelism().map_or(2, |n| n.get()),
            queue_wait: Duration::from_secs(2),
            test_delay: Duration::ZERO,
            header_read_timeout: Duration::from_secs(10),
            // Well under the usual 1,024 open-file limit.
            max_connections: 512,
        }
    }
}

pub struct PlaygroundConfig {
    /// Every rule the site shows and the API can run by id.
    pub rules: Vec<Arc<Rule>>,
    pub limits: Limits,
    /// Reported as `tool.version` in analysis results.
    pub version: String,
    /// Current time as RFC 3339, for the `scan.timestamp` of results.
    pub timestamp: fn() -> String,
    /// When serving on loopback, API requests must name a loopback host (DNS-rebinding guard).
    pub loopback_only: bool,
}

struct AppState {
    site: Site,
    rules: Vec<Arc<Rule>>,
    /// Every catalog rule per language, compiled once: what runs when a request names no rule.
    all_compiled: Vec<(RuleLanguage, Arc<CompiledRules>)>,
    limits: Limits,
    slots: Arc<Semaphore>,
    version: String,
    timestamp: fn() -> String,
    loopback_only: bool,
}

/// The router: the site at `/`, `GET /api/health`, `POST /api/analyze`.
pub fn router(config: PlaygroundConfig) -> Router {
    let site = build_site(&config.rules);
    let all_compiled = SUPPORTED
        .iter()
        .map(|l| {
            let of_lang: Vec<Arc<Rule>> = config
                .rules
                .iter()
                .filter(|r| r.language == *l)
                .cloned()
                .collect();
            (*l, Arc::new(compile(&of_lang)))
        })
        .collect();
    let state = Arc::new(AppState {
        site,
        all_compiled,
        limits: config.limits.clone(),
        slots: Arc::new(Semaphore::new(config.limits.max_concurrent.max(1))),
        rules: config.rules,
        version: config.version,
        timestamp: config.timestamp,
        loopback_only: config.loopback_only,
    });
    Router::new()
        .route("/api/health", get(health))
        .route("/api/analyze", post(analyze))
        .fallback(static_file)
        // Every route, pages included: a rebinding page must not read the site's answers either.
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            host_guard,
        ))
        .with_state(state)
}

/// On loopback, refuses any request whose `Host` is not a loopback name (DNS rebinding).
async fn host_guard(
    State(st): State<Arc<AppState>>,
    req: Request,
    next: axum::middleware::Next,
) -> Response {
    if st.loopback_only && !is_loopback_host(req.headers()) {
        return ApiError::new(
            StatusCode::FORBIDDEN,
            "host",
            "the playground answers only requests addressed to a loopback host",
        )
        .into_response();
    }
    next.run(req).await
}

/// Serves until `shutdown` completes (connections still open then are dropped).
///
/// Our own accept loop rather than `axum::serve`, which offers neither a header-read timeout nor a
/// connection limit.
pub async fn serve(
    listener: tokio::net::TcpListener,
    config: PlaygroundConfig,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let limits = config.limits.clone();
    let app = router(config);
    let open = Arc::new(Semaphore::new(limits.max_connections.max(1)));
    let mut shutdown = std::pin::pin!(shutdown);
    loop {
        // A slot first: without one the next client stays in the kernel's backlog.
        let permit = tokio::select! {
            p = open.clone().acquire_owned() => match p {
                Ok(p) => p,
                Err(_) => return Ok(()),
            },
            _ = &mut shutdown => return Ok(()),
        };
        let stream = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok((stream, _)) => stream,
                // Out of file descriptors and the like: pass, and try again shortly.
                Err(_) => {
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            _ = &mut shutdown => return Ok(()),
        };
        let service = hyper_util::service::TowerToHyperService::new(app.clone());
        let header_timeout = limits.header_read_timeout;
        tokio::spawn(async move {
            let _permit = permit;
            let mut http = hyper::server::conn::http1::Builder::new();
            http.timer(hyper_util::rt::TokioTimer::new())
                .header_read_timeout(header_timeout);
            let io = hyper_util::rt::TokioIo::new(stream);
            // A client that goes away or times out ends its connection; nothing to report.
            let _ = http.serve_connection(io, service).await;
        });
    }
}

/// An API error: status plus `{"error": {kind, message, line?, column?}}`.
#[derive(Debug)]
struct ApiError {
    status: StatusCode,
    kind: &'static str,
    message: String,
    line: Option<u32>,
    column: Option<u32>,
}

impl ApiError {
    fn new(status: StatusCode, kind: &'static str, message: impl Into<String>) -> Self {
        ApiError {
            status,
            kind,
            message: message.into(),
            line: None,
            column: None,
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let mut error =
            json!({"status": self.status.as_u16(), "kind": self.kind, "message": self.message});
        if let Some(l) = self.line {
            error["line"] = json!(l);
        }
        if let Some(c) = self.column {
            error["column"] = json!(c);
        }
        let mut resp = (self.status, json_body(&json!({ "error": error }))).into_response();
        if self.kind == "busy" {
            resp.headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from_static("1"));
        }
        resp
    }
}

fn json_body(v: &serde_json::Value) -> Response {
    let mut body = serde_json::to_string(v).unwrap_or_default();
    body.push('\n');
    json_text(body)
}

fn json_text(body: String) -> Response {
    let mut resp = Response::new(Body::from(body));
    let h = resp.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    resp
}

async fn health(State(st): State<Arc<AppState>>) -> Response {
    let mut langs: Vec<RuleLanguage> = st.rules.iter().map(|r| r.language).collect();
    langs.extend(SUPPORTED);
    langs.sort();
    langs.dedup();
    let languages: Vec<serde_json::Value> = langs
        .iter()
        .map(|l| {
            json!({
                "id": l.category(),
                "name": crate::site::language_name(*l),
                "analysis": SUPPORTED.contains(l),
            })
        })
        .collect();
    json_body(&json!({
        "status": "ok",
        "version": st.version,
        "rules": st.rules.len(),
        "languages": languages,
        "limits": {
            "max_body_bytes": st.limits.max_body,
            "analysis_timeout_ms": st.limits.analysis_timeout.as_millis() as u64,
            "max_concurrent": st.limits.max_concurrent,
        },
    }))
}

#[derive(Deserialize)]
struct AnalyzeRequest {
    language: String,
    code: String,
    /// Edited `rule.py` text, or a rule id; absent: every rule of the language.
    #[serde(default)]
    rule: Option<String>,
    /// The virtual file name findings carry.
    #[serde(default)]
    filename: Option<String>,
}

/// `python`, `docker`, `docker-compose`, `go` (plus the aliases `--ruleset` accepts).
fn parse_language(s: &str) -> Option<RuleLanguage> {
    RuleLanguage::parse(s)
}

/// A rule id rather than rule text: one short token of id characters (`PYTHON-LANG-SEC-070`,
/// `python/PYTHON-LANG-SEC-070`, `python/lang/PYTHON-LANG-SEC-070`).
fn as_rule_id(s: &str) -> Option<&str> {
    let t = s.trim();
    let ok = !t.is_empty()
        && t.len() <= 200
        && t.chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | '/'));
    ok.then(|| t.rsplit('/').next().unwrap_or(t))
}

fn is_loopback_host(headers: &HeaderMap) -> bool {
    let Some(host) = headers.get(header::HOST).and_then(|h| h.to_str().ok()) else {
        return false;
    };
    let name = if let Some(rest) = host.strip_prefix('[') {
        rest.split(']').next().unwrap_or("")
    } else {
        host.rsplit_once(':').map_or(host, |(h, _)| h)
    };
    let name = name.to_ascii_lowercase();
    name == "localhost"
        || name.ends_with(".localhost")
        || name == "::1"
        || name
            .parse::<std::net::Ipv4Addr>()
            .is_ok_and(|ip| ip.is_loopback())
}

async fn analyze(State(st): State<Arc<AppState>>, req: Request) -> Response {
    match analyze_inner(st, req).await {
        Ok(resp) => resp,
        Err(e) => e.into_response(),
    }
}

async fn analyze_inner(st: Arc<AppState>, req: Request) -> Result<Response, ApiError> {
    let is_json = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| {
            v.split(';')
                .next()
                .is_some_and(|m| m.trim().eq_ignore_ascii_case("application/json"))
        });
    if !is_json {
        // Also keeps other web sites from posting here without a CORS preflight.
        return Err(ApiError::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "content_type",
            "send the request as Content-Type: application/json",
        ));
    }
    let max = st.limits.max_body;
    let too_large = || {
        ApiError::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            "too_large",
            format!("request body is larger than {} KiB", max / 1024),
        )
    };
    let declared = req
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > max as u64) {
        return Err(too_large());
    }
    let bytes = to_bytes(req.into_body(), max).await.map_err(|e| {
        let mut source: Option<&(dyn std::error::Error + 'static)> = Some(&e);
        while let Some(s) = source {
            if s.to_string().contains("length limit") {
                return too_large();
            }
            source = s.source();
        }
        ApiError::new(
            StatusCode::BAD_REQUEST,
            "bad_body",
            format!("cannot read request body: {e}"),
        )
    })?;
    let request: AnalyzeRequest = serde_json::from_slice(&bytes).map_err(|e| {
        ApiError::new(
            StatusCode::BAD_REQUEST,
            "bad_json",
            format!(
                "request is not valid JSON of the form {{\"language\", \"code\", \"rule\"?}}: {e}"
            ),
        )
    })?;
    let Some(language) = parse_language(&request.language) else {
        let mut known: Vec<&str> = st.rules.iter().map(|r| r.language.category()).collect();
        known.extend(SUPPORTED.iter().map(|l| l.category()));
        known.sort();
        known.dedup();
        return Err(ApiError::new(
            StatusCode::BAD_REQUEST,
            "unknown_language",
            format!(
                "unknown language {:?} (known: {})",
                request.language,
                known.join(", ")
            ),
        ));
    };
    if !SUPPORTED.contains(&language) {
        return Err(ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "unsupported_language",
            pathfinder_engine::memory::Unsupported(language).to_string(),
        ));
    }
    let filename = request
        .filename
        .as_deref()
        .map(str::trim)
        .filter(|f| !f.is_empty() && f.len() <= 200 && !f.contains(['\n', '\r']))
        .unwrap_or(default_file_name(language))
        .to_string();

    // Wait briefly for a slot; the permit moves into the blocking task and is released when it ends.
    let permit =
        match tokio::time::timeout(st.limits.queue_wait, st.slots.clone().acquire_owned()).await {
            Ok(Ok(p)) => p,
            _ => {
                return Err(ApiError::new(
                    StatusCode::SERVICE_UNAVAILABLE,
                    "busy",
                    format!(
                        "too many analyses at once (limit {}); try again in a moment",
                        st.limits.max_concurrent
                    ),
                ))
            }
        };
    let started = Instant::now();
    let work_state = st.clone();
    let cancel = pathfinder_python::cancel::Flag::default();
    let cancel_work = cancel.clone();
    let task = tokio::task::spawn_blocking(move || {
        let _permit = permit;
        if !work_state.limits.test_delay.is_zero() {
            std::thread::sleep(work_state.limits.test_delay);
        }
        // Cancelled: the client already has its 503; the permit is released on the way out.
        pathfinder_python::cancel::run(cancel_work, || {
            run_analysis(&work_state, language, &filename, &request, started)
        })
        .unwrap_or_else(|_| {
            Err(ApiError::new(
                StatusCode::SERVICE_UNAVAILABLE,
                "timeout",
                "cancelled",
            ))
        })
    });
    // Dropped (the client hung up) or timed out: either way the analysis is no longer wanted.
    struct CancelOnDrop(pathfinder_python::cancel::Flag);
    impl Drop for CancelOnDrop {
        fn drop(&mut self) {
            self.0.store(true, std::sync::atomic::Ordering::Relaxed);
        }
    }
    let _cancel = CancelOnDrop(cancel);
    match tokio::time::timeout(st.limits.analysis_timeout, task).await {
        Ok(Ok(result)) => result,
        Ok(Err(_)) => Err(ApiError::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "internal",
            "the analysis failed unexpectedly (this is a bug in pathfinder)",
        )),
        Err(_) => Err(ApiError::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "timeout",
            format!(
                "analysis took longer than {} ms",
                st.limits.analysis_timeout.as_millis()
            ),
        )),
    }
}

/// Reads the rule (if any), analyses the code and renders the `scan -o json` document.
fn run_analysis(
    st: &AppState,
    language: RuleLanguage,
    filename: &str,
    request: &AnalyzeRequest,
    started: Instant,
) -> Result<Response, ApiError> {
    let compiled: Arc<CompiledRules> = match request.rule.as_deref() {
        None => st
            .all_compiled
            .iter()
            .find(|(l, _)| *l == language)
            .map(|(_, c)| c.clone())
            .unwrap_or_default(),
        Some(text) if text.trim().is_empty() => {
            return Err(ApiError::new(
                StatusCode::UNPROCESSABLE_ENTITY,
                "rule",
                "the rule is empty",
            ))
        }
        Some(text) => {
            let rules: Vec<Arc<Rule>> = match as_rule_id(text) {
                Some(id) => {
                    let found: Vec<Arc<Rule>> = st
                        .rules
                        .iter()
                        .filter(|r| r.id.eq_ignore_ascii_case(id))
                        .cloned()
                        .collect();
                    if found.is_empty() {
                        return Err(ApiError::new(
                            StatusCode::NOT_FOUND,
                            "unknown_rule",
                            format!("no rule with id {id:?}"),
                        ));
                    }
                    found
                }
                None => load_rule_text("rule.py", text)
                    .map_err(|e| ApiError {
                        status: StatusCode::UNPROCESSABLE_ENTITY,
                        kind: "rule",
                        message: e.message.clone(),
                        line: e.line,
                        column: e.column,
                    })?
                    .into_iter()
                    .map(Arc::new)
                    .collect(),
            };
            if rules.is_empty() {
                return Err(ApiError::new(
                    StatusCode::UNPROCESSABLE_ENTITY,
                    "rule",
                    "the rule file defines no rule (a function decorated with @python_rule)",
                ));
            }
            if let Some(other) = rules.iter().find(|r| r.language != language) {
                return Err(ApiError::new(
                    StatusCode::UNPROCESSABLE_ENTITY,
                    "rule",
                    format!(
                        "rule {} is a {} rule, but the code is {}",
                        other.id,
                        other.language.category(),
                        language.category()
                    ),
                ));
            }
            let compiled = compile(&rules);
            if let Some(sk) = compiled.invalid.first().or(compiled.skipped.first()) {
                return Err(ApiError::new(
                    StatusCode::UNPROCESSABLE_ENTITY,
                    "rule",
                    format!("rule {} cannot run: {}", sk.rule.id, sk.reason),
                ));
            }
            Arc::new(compiled)
        }
    };
    let output = analyze_memory(language, filename, &request.code, &compiled).map_err(|e| {
        ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "unsupported_language",
            e.to_string(),
        )
    })?;
    let run = RunInfo {
        tool_version: st.version.clone(),
        target: filename.to_string(),
        timestamp: (st.timestamp)(),
        duration_ms: started.elapsed().as_millis() as u64,
    };
    let report = output.into_report(
        run,
        compiled.rules().map(|r| r.info()).collect(),
        Vec::new(),
    );
    Ok(json_text(render(
        Format::Json,
        &report,
        &RenderOptions::default(),
    )))
}

const CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; \
img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

async fn static_file(
    State(st): State<Arc<AppState>>,
    method: Method,
    uri: axum::http::Uri,
) -> Response {
    if method != Method::GET && method != Method::HEAD {
        return ApiError::new(
            StatusCode::METHOD_NOT_ALLOWED,
            "method",
            "only GET and HEAD are served here",
        )
        .into_response();
    }
    let path = uri.path().trim_start_matches('/');
    let mut candidates = Vec::new();
    if path.is_empty() || path.ends_with('/') {
        candidates.push(format!("{path}index.html"));
    } else {
        candidates.push(path.to_string());
        // `python/lang/PYTHON-LANG-SEC-070` (the SARIF helpUri form) is the `.html` page.
        candidates.push(format!("{path}.html"));
    }
    for c in candidates {
        if let Some(bytes) = st.site.get(&c) {
            let mut resp = Response::new(if method == Method::HEAD {
                Body::empty()
            } else {
                Body::from(bytes.to_vec())
            });
            let h = resp.headers_mut();
            h.insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static(content_type(&c)),
            );
            h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
            h.insert(
                header::X_CONTENT_TYPE_OPTIONS,
                HeaderValue::from_static("nosniff"),
            );
            h.insert(
                header::CONTENT_SECURITY_POLICY,
                HeaderValue::from_static(CSP),
            );
            h.insert(
                header::REFERRER_POLICY,
                HeaderValue::from_static("no-referrer"),
            );
            return resp;
        }
    }
    let body = format!(
        "<!doctype html><meta charset=utf-8><title>Not found</title><link rel=stylesheet href=\"/assets/site.css\"><main class=\"index\"><h1>Not found</h1><p>No page at <code>/{}</code>. <a href=\"/index.html\">All rules</a></p></main>",
        crate::html::esc(path)
    );
    let mut resp = (StatusCode::NOT_FOUND, body).into_response();
    resp.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    resp
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rule_ids_are_told_from_rule_text() {
        assert_eq!(
            as_rule_id("PYTHON-LANG-SEC-070"),
            Some("PYTHON-LANG-SEC-070")
        );
        assert_eq!(
            as_rule_id(" python/lang/PYTHON-LANG-SEC-070 "),
            Some("PYTHON-LANG-SEC-070")
        );
        assert_eq!(as_rule_id("from codepathfinder import calls\n"), None);
        assert_eq!(as_rule_id(""), None);
    }

    #[test]
    fn loopback_hosts() {
        let h = |v: &str| {
            let mut m = HeaderMap::new();
            m.insert(header::HOST, HeaderValue::from_str(v).unwrap());
            is_loopback_host(&m)
        };
        assert!(h("127.0.0.1:8080"));
        assert!(h("localhost"));
        assert!(h("[::1]:80"));
        assert!(!h("evil.example:8080"));
        assert!(!h("10.0.0.1"));
        assert!(!is_loopback_host(&HeaderMap::new()));
    }

    #[test]
    fn languages() {
        assert_eq!(parse_language("Python"), Some(RuleLanguage::Python));
        assert_eq!(parse_language("compose"), Some(RuleLanguage::Compose));
        assert_eq!(parse_language("cobol"), None);
    }
}
