//! MCP's Streamable HTTP transport: the SDK's service on `/mcp` (and `/`), `GET /health`, behind a guard
//! with the playground's rules: a loopback server answers only requests addressed to a loopback host and
//! from no foreign browser origin (DNS rebinding), bodies are bounded (413), a body that is not JSON gets
//! the JSON-RPC -32700 answer, and every tool call has a time limit (in the handler).

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

#[derive(Debug, Clone)]
pub struct HttpLimits {
    /// Largest accepted request body, in bytes.
    pub max_body: usize,
    /// Serving on loopback: refuse requests for other host names and pages from other origins.
    pub loopback_only: bool,
}

impl Default for HttpLimits {
    fn default() -> Self {
        HttpLimits {
            // Room for `scan` of a large unsaved file.
            max_body: 4 * 1024 * 1024,
            loopback_only: true,
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

/// Serves until `shutdown` completes.
pub async fn serve(
    listener: tokio::net::TcpListener,
    server: Server,
    limits: HttpLimits,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    axum::serve(listener, router(server, limits))
        .with_graceful_shutdown(shutdown)
        .await
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
