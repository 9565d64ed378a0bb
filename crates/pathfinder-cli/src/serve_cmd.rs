//! `pathfinder serve`: the MCP server for coding assistants, over stdio (default) or Streamable HTTP.

use crate::util::{error, rfc3339, warn};
use clap::Args;
use pathfinder_mcp::http::HttpLimits;
use pathfinder_mcp::{ServeOptions, Server};
use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;
use std::time::{Duration, SystemTime};

#[derive(Args)]
pub struct ServeArgs {
    /// Project directory the tools answer for (paths outside it are refused)
    #[arg(value_name = "DIR")]
    pub dir: Option<PathBuf>,
    /// Project directory (same as the positional DIR)
    #[arg(short = 'p', long, value_name = "DIR", conflicts_with = "dir")]
    pub project: Option<PathBuf>,
    /// Serve MCP's Streamable HTTP transport instead of stdio, on ADDR [default: 127.0.0.1:8080]
    #[arg(long, value_name = "ADDR", num_args = 0..=1, default_missing_value = "127.0.0.1:8080")]
    pub http: Option<String>,
    /// Also offer the rules in this file or directory (repeatable)
    #[arg(short = 'r', long = "rules", value_name = "PATH")]
    pub rules: Vec<PathBuf>,
    /// Longest one tool call may take, in milliseconds
    #[arg(long, value_name = "MS", default_value_t = 120_000)]
    pub timeout_ms: u64,
    /// Largest HTTP request body, in bytes
    #[arg(long, value_name = "BYTES", default_value_t = 4 * 1024 * 1024)]
    pub max_body: usize,
    /// Tests only: make every scan take this much longer
    #[arg(long, value_name = "MS", hide = true, default_value_t = 0)]
    pub test_delay_ms: u64,
}

fn now() -> String {
    rfc3339(SystemTime::now())
}

/// `HOST:PORT`, `HOST` or `:PORT` (127.0.0.1 and 8080 fill in what is missing).
fn parse_addr(text: &str) -> Result<SocketAddr, String> {
    let t = text.trim();
    if let Ok(a) = t.parse::<SocketAddr>() {
        return Ok(a);
    }
    let (host, port) = match t.rsplit_once(':') {
        Some((h, p)) if !h.contains(':') || h.ends_with(']') => (h, p),
        _ => (t, "8080"),
    };
    let host = host.trim_start_matches('[').trim_end_matches(']');
    let ip: IpAddr = match host {
        "" | "localhost" => IpAddr::from([127, 0, 0, 1]),
        h => h
            .parse()
            .map_err(|_| format!("--http {text:?}: {h:?} is not an IP address"))?,
    };
    let port: u16 = port
        .parse()
        .map_err(|_| format!("--http {text:?}: {port:?} is not a port"))?;
    Ok(SocketAddr::new(ip, port))
}

pub fn run(args: ServeArgs) -> u8 {
    let project = args
        .project
        .or(args.dir)
        .unwrap_or_else(|| PathBuf::from("."));
    let addr = match args.http.as_deref().map(parse_addr).transpose() {
        Ok(a) => a,
        Err(e) => {
            error(e);
            return 2;
        }
    };
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
    {
        Ok(r) => r,
        Err(e) => {
            error(format!("cannot start the server runtime: {e}"));
            return 2;
        }
    };
    let server = match Server::start(ServeOptions {
        project,
        rules: args.rules,
        tool_timeout: Duration::from_millis(args.timeout_ms.max(1)),
        test_delay: Duration::from_millis(args.test_delay_ms),
        version: crate::VERSION.to_string(),
        timestamp: now,
    }) {
        Ok(s) => s,
        Err(e) => {
            error(e);
            return 2;
        }
    };
    let code = runtime.block_on(async move {
        let Some(addr) = addr else {
            // stdout carries protocol messages only; everything for people goes to stderr.
            return match pathfinder_mcp::stdio::serve(server).await {
                Ok(()) => 0,
                Err(e) => {
                    error(e);
                    2
                }
            };
        };
        if !addr.ip().is_loopback() {
            warn(format!(
                "listening on {}, which is reachable from other machines: anyone who can reach this port can read the project's code through the tools",
                addr.ip()
            ));
        }
        let listener = match tokio::net::TcpListener::bind(addr).await {
            Ok(l) => l,
            Err(e) => {
                error(format!("cannot listen on {addr}: {e}"));
                return 2;
            }
        };
        let bound = listener.local_addr().unwrap_or(addr);
        let shown = if bound.ip().is_unspecified() {
            SocketAddr::new(IpAddr::from([127, 0, 0, 1]), bound.port())
        } else {
            bound
        };
        // The first stdout line is the address: scripts and tests read it.
        println!("pathfinder serve: http://{shown}/mcp");
        eprintln!("serving MCP over Streamable HTTP; press Ctrl-C to stop");
        let limits = HttpLimits {
            max_body: args.max_body.max(1024),
            loopback_only: addr.ip().is_loopback(),
            ..HttpLimits::default()
        };
        let shutdown = async {
            let _ = tokio::signal::ctrl_c().await;
        };
        match pathfinder_mcp::http::serve(listener, server, limits, shutdown).await {
            Ok(()) => 0,
            Err(e) => {
                error(format!("server error: {e}"));
                2
            }
        }
    });
    // A read of stdin may still be pending on a blocking thread; do not wait for it.
    runtime.shutdown_background();
    code
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses() {
        assert_eq!(parse_addr("127.0.0.1:9000").unwrap().port(), 9000);
        assert_eq!(
            parse_addr(":0").unwrap(),
            SocketAddr::new(IpAddr::from([127, 0, 0, 1]), 0)
        );
        assert_eq!(parse_addr("localhost").unwrap().port(), 8080);
        assert_eq!(parse_addr("[::1]:81").unwrap().port(), 81);
        assert!(parse_addr("example.com:80").is_err());
        assert!(parse_addr("127.0.0.1:x").is_err());
    }
}
