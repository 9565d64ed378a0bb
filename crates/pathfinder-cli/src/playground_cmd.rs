//! `pathfinder playground`: serves the registry with live analysis on 127.0.0.1 by default.

use crate::registry_cmd::site_rules;
use crate::util::{error, rfc3339, warn};
use pathfinder_registry::{Limits, PlaygroundConfig};
use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;
use std::time::{Duration, SystemTime};

pub struct Options {
    pub host: String,
    pub port: u16,
    pub rulesets: Vec<String>,
    pub rules: Vec<PathBuf>,
    pub timeout_ms: u64,
    pub max_concurrent: Option<usize>,
}

fn now() -> String {
    rfc3339(SystemTime::now())
}

pub fn run(opts: Options) -> u8 {
    let rules = match site_rules(&opts.rulesets, &opts.rules, false) {
        Ok(r) => r,
        Err(e) => {
            error(e);
            return 2;
        }
    };
    let host = opts
        .host
        .trim()
        .trim_start_matches('[')
        .trim_end_matches(']');
    let ip: IpAddr = match host {
        "localhost" => IpAddr::from([127, 0, 0, 1]),
        h => match h.parse() {
            Ok(ip) => ip,
            Err(_) => {
                error(format!(
                    "--host {h:?} is not an IP address (use 127.0.0.1, ::1, 0.0.0.0, …)"
                ));
                return 2;
            }
        },
    };
    if !ip.is_loopback() {
        warn(format!(
            "listening on {ip}, which is reachable from other machines: anyone who can reach this port can use the analysis API (it never runs rule code, but it spends CPU)"
        ));
    }
    let mut limits = Limits {
        analysis_timeout: Duration::from_millis(opts.timeout_ms.max(1)),
        ..Limits::default()
    };
    if let Some(n) = opts.max_concurrent {
        limits.max_concurrent = n.max(1);
    }
    let config = PlaygroundConfig {
        rules,
        limits,
        version: crate::VERSION.to_string(),
        timestamp: now,
        loopback_only: ip.is_loopback(),
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
    runtime.block_on(async move {
        let listener = match tokio::net::TcpListener::bind(SocketAddr::new(ip, opts.port)).await {
            Ok(l) => l,
            Err(e) => {
                error(format!("cannot listen on {ip}:{}: {e}", opts.port));
                return 2;
            }
        };
        let addr = listener
            .local_addr()
            .unwrap_or_else(|_| SocketAddr::new(ip, opts.port));
        let shown = if addr.ip().is_unspecified() {
            SocketAddr::new(IpAddr::from([127, 0, 0, 1]), addr.port())
        } else {
            addr
        };
        // The first stdout line is the address: scripts and the browser tests read it.
        println!("pathfinder playground: http://{shown}/");
        eprintln!("serving the rule registry with live analysis; press Ctrl-C to stop");
        let shutdown = async {
            let _ = tokio::signal::ctrl_c().await;
        };
        match pathfinder_registry::serve(listener, config, shutdown).await {
            Ok(()) => 0,
            Err(e) => {
                error(format!("server error: {e}"));
                2
            }
        }
    })
}
