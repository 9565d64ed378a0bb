//! MCP's Streamable HTTP transport: the SDK's service on `/mcp` (and `/`), `GET /health`, behind a guard
//! with the playground's rules: a loopback server answers only requests addressed to a loopback host and
//! from no foreign browser origin (DNS rebinding), bodies are bounded (413), a body that is not JSON gets
//! the JSON-RPC -32700 answer, and every tool call has a time limit (in the handler). As in the playground's
//! accept loop, at most `max_connections` are open at a time (more wait in the listen backlog) and a request
//! head must arrive within `header_read_timeout`, so idle or half-open clients cannot hold the server.

use crate::Server;
use axum::body::{to_bytes, Body};
use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use rmcp::transport::streamable_http_server::session::local::LocalSessionManager;
use rmcp::transport::streamable_http_server::{StreamableHttpServerConfig, StreamableHttpService};
use serde_json::{json, Value};
use std::future::Future;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Semaphore;

#[derive(Debug, Clone)]
pub struct HttpLimits {
    /// Largest accepted request body, in bytes.
    pub max_body: usize,
    /// Serving on loopback: refuse requests for other host names and pages from other origins.
    pub loopback_only: bool,
    /// Longest wait for a request's head on an open connection before it is closed.
    pub header_read_timeout: Duration,
    /// Open connections at once; further clients wait to be accepted.
    pub max_connections: usize,
}

impl Default for HttpLimits {
    fn default() -> Self {
        HttpLimits {
            // Room for `scan` of a large unsaved file.
            max_body: 4 * 1024 * 1024,
            loopback_only: true,
            header_read_timeout: Duration::from_secs(10),
            // SSE streams stay open while a client is connected: room for many assistants at once.
            max_connections: 256,
        }
    }
}

struct Guard {
    limits: HttpLimits,
    server: Server,
}

pub fn router(server: Server, limits: HttpLimits) -> Router {
    let mut config = StreamableHttpServerConfig::default()
        .with_max_request_body_bytes(limits.max_body)
        .with_sse_keep_alive(Some(Duration::from_secs(15)));
    // The guard below checks Host and Origin with the playground's rules, also for non-loopback binds.
    config = config.disable_allowed_hosts();
    let factory_server = server.clone();
    let service = StreamableHttpService::new(
        move || Ok(factory_server.clone()),
        Arc::new(LocalSessionManager::default()),
        config,
    );
    let guard = Arc::new(Guard { limits, server });
    Router::new()
        .route("/health", get(health))
        .route_service("/mcp", service.clone())
        .route_service("/", service)
        .layer(axum::middleware::from_fn_with_state(guard.clone(), check))
        .with_state(guard)
}

/// Serves until `shutdown` completes (connections still open then are dropped).
///
/// Our own accept loop rather than `axum::serve`, which offers neither a header-read timeout nor a
/// connection limit.
pub async fn serve(
    listener: tokio::net::TcpListener,
    server: Server,
    limits: HttpLimits,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let open = Arc::new(Semaphore::new(limits.max_connections.max(1)));
    let header_timeout = limits.header_read_timeout;
    let app = router(server, limits);
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

async fn health(State(g): State<Arc<Guard>>) -> Response {
    json_response(
        StatusCode::OK,
        &json!({"status": "ok", "index": g.server.status()}),
    )
}

fn json_response(status: StatusCode, v: &Value) -> Response {
    let mut resp = (status, v.to_string()).into_response();
    resp.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    resp
}

/// A JSON-RPC error answer outside any session (id null).
fn rpc_error(status: StatusCode, code: i32, message: String) -> Response {
    json_response(
        status,
        &json!({"jsonrpc": "2.0", "id": null, "error": {"code": code, "message": message}}),
    )
}

fn is_loopback_name(name: &str) -> bool {
    let name = name.to_ascii_lowercase();
    name == "localhost"
        || name.ends_with(".localhost")
        || name == "::1"
        || name
            .parse::<std::net::Ipv4Addr>()
            .is_ok_and(|ip| ip.is_loopback())
}

/// The host name of a `Host` header value or an origin's authority.
fn host_name(authority: &str) -> &str {
    if let Some(rest) = authority.strip_prefix('[') {
        rest.split(']').next().unwrap_or("")
    } else {
        authority.rsplit_once(':').map_or(authority, |(h, _)| h)
    }
}

fn allowed(headers: &HeaderMap, loopback_only: bool) -> Result<(), String> {
    let host = headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .unwrap_or("");
    if loopback_only && !is_loopback_name(host_name(host)) {
        return Err("this server answers only requests addressed to a loopback host".into());
    }
    if let Some(origin) = headers.get(header::ORIGIN) {
        let origin = origin.to_str().unwrap_or("");
        let authority = origin
            .split_once("://")
            .map_or("", |(_, rest)| rest.split('/').next().unwrap_or(""));
        let same_host = !authority.is_empty() && authority.eq_ignore_ascii_case(host);
        let local_page = loopback_only && is_loopback_name(host_name(authority));
        if !same_host && !local_page {
            return Err(format!(
                "requests from the web page origin {origin:?} are not accepted"
            ));
        }
    }
    Ok(())
}

async fn check(State(g): State<Arc<Guard>>, req: Request, next: Next) -> Response {
    if let Err(message) = allowed(req.headers(), g.limits.loopback_only) {
        return rpc_error(StatusCode::FORBIDDEN, -32600, message);
    }
    if req.method() != Method::POST {
        return next.run(req).await;
    }
    let max = g.limits.max_body;
    let too_large = || {
        rpc_error(
            StatusCode::PAYLOAD_TOO_LARGE,
            -32600,
            format!("request body is larger than {max} bytes"),
        )
    };
    let declared = req
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > max as u64) {
        return too_large();
    }
    let (parts, body) = req.into_parts();
    let bytes = match to_bytes(body, max).await {
        Ok(b) => b,
        Err(e) => {
            let mut source: Option<&(dyn std::error::Error + 'static)> = Some(&e);
            while let Some(s) = source {
                if s.to_string().contains("length limit") {
                    return too_large();
                }
                source = s.source();
            }
            return rpc_error(
                StatusCode::BAD_REQUEST,
                -32600,
                format!("cannot read the request body: {e}"),
            );
        }
    };
    if let Err(e) = serde_json::from_slice::<Value>(&bytes) {
        return rpc_error(StatusCode::BAD_REQUEST, -32700, format!("Parse error: {e}"));
    }
    next.run(Request::from_parts(parts, Body::from(bytes)))
        .await
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(host: &str, origin: Option<&str>) -> HeaderMap {
        let mut m = HeaderMap::new();
        m.insert(header::HOST, HeaderValue::from_str(host).unwrap());
        if let Some(o) = origin {
            m.insert(header::ORIGIN, HeaderValue::from_str(o).unwrap());
        }
        m
    }

    #[test]
    fn hosts_and_origins() {
        assert!(allowed(&headers("127.0.0.1:8080", None), true).is_ok());
        assert!(allowed(&headers("localhost", None), true).is_ok());
        assert!(allowed(&headers("[::1]:80", None), true).is_ok());
        assert!(allowed(&headers("evil.example:8080", None), true).is_err());
        assert!(allowed(
            &headers("127.0.0.1:8080", Some("http://127.0.0.1:8080")),
            true
        )
        .is_ok());
        assert!(allowed(
            &headers("127.0.0.1:8080", Some("http://localhost:3000")),
            true
        )
        .is_ok());
        assert!(allowed(
            &headers("127.0.0.1:8080", Some("https://evil.example")),
            true
        )
        .is_err());
        assert!(allowed(&headers("127.0.0.1:8080", Some("null")), true).is_err());
        // Not on loopback: any host, but a browser page only from the server's own origin.
        assert!(allowed(&headers("10.0.0.5:8080", None), false).is_ok());
        assert!(allowed(
            &headers("10.0.0.5:8080", Some("http://10.0.0.5:8080")),
            false
        )
        .is_ok());
        assert!(allowed(&headers("10.0.0.5:8080", Some("http://localhost:1")), false).is_err());
    }
}
