//! What the playground's HTTP tests share: the built-in catalog loaded once, a server on an ephemeral
//! loopback port in its own runtime (stopped when dropped), and a minimal HTTP/1.1 client.

// Each test file uses a different part of this module.
#![allow(dead_code)]

use pathfinder_registry::{Limits, PlaygroundConfig};
use serde_json::Value;
use std::future::Future;
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::pin::Pin;
use std::sync::{Arc, OnceLock};
use std::time::Duration;

pub fn catalog() -> Vec<Arc<pathfinder_rules::Rule>> {
    static RULES: OnceLock<Vec<Arc<pathfinder_rules::Rule>>> = OnceLock::new();
    RULES
        .get_or_init(|| pathfinder_rules::catalog::builtin_rules().expect("catalog loads"))
        .clone()
}

/// The playground's configuration for tests: the built-in catalog, a fixed version and time.
pub fn config(limits: Limits) -> PlaygroundConfig {
    PlaygroundConfig {
        rules: catalog(),
        limits,
        version: "test".into(),
        timestamp: || "2026-01-01T00:00:00Z".into(),
        loopback_only: true,
    }
}

pub struct Server {
    pub addr: SocketAddr,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Drop for Server {
    fn drop(&mut self) {
        if let Some(s) = self.stop.take() {
            let _ = s.send(());
        }
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

/// Future that ends when the test drops its [`Server`].
pub type Stop = Pin<Box<dyn Future<Output = ()> + Send>>;

/// Runs `serve(listener, stop)` on a two-thread runtime of its own, on 127.0.0.1 with a free port.
pub fn spawn<F, Fut>(serve: F) -> Server
where
    F: FnOnce(tokio::net::TcpListener, Stop) -> Fut + Send + 'static,
    Fut: Future<Output = ()>,
{
    let (addr_tx, addr_rx) = std::sync::mpsc::channel();
    let (stop_tx, stop_rx) = tokio::sync::oneshot::channel::<()>();
    let thread = std::thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .unwrap();
        rt.block_on(async move {
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
            addr_tx.send(listener.local_addr().unwrap()).unwrap();
            let stop: Stop = Box::pin(async {
                let _ = stop_rx.await;
            });
            serve(listener, stop).await;
        });
    });
    Server {
        addr: addr_rx.recv_timeout(Duration::from_secs(60)).unwrap(),
        stop: Some(stop_tx),
        thread: Some(thread),
    }
}

pub struct Reply {
    pub status: u16,
    pub head: String,
    pub body: String,
}

impl Reply {
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.body))
    }

    pub fn error_kind(&self) -> String {
        self.json()["error"]["kind"]
            .as_str()
            .unwrap_or("")
            .to_string()
    }
}

/// One request per connection, the whole answer read until the server closes it.
pub fn raw(addr: SocketAddr, request: &[u8]) -> Reply {
    let mut s = TcpStream::connect(addr).unwrap();
    // Generous: a debug build on a busy machine; only a hung server waits this long.
    s.set_read_timeout(Some(Duration::from_secs(120))).unwrap();
    // The server may answer (413) before it has read everything; a failed write is fine then.
    let _ = s.write_all(request);
    let mut buf = Vec::new();
    let _ = s.read_to_end(&mut buf);
    let text = String::from_utf8_lossy(&buf).to_string();
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let status = head
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("no status line in {:?}", &text[..text.len().min(300)]));
    let body = if head
        .to_ascii_lowercase()
        .contains("transfer-encoding: chunked")
    {
        dechunk(body)
    } else {
        body.to_string()
    };
    Reply {
        status,
        head: head.to_string(),
        body,
    }
}

pub fn dechunk(mut s: &str) -> String {
    let mut out = String::new();
    while let Some((size, rest)) = s.split_once("\r\n") {
        let n = usize::from_str_radix(size.trim(), 16).unwrap_or(0);
        if n == 0 || rest.len() < n {
            out.push_str(rest.get(..n.min(rest.len())).unwrap_or(""));
            break;
        }
        out.push_str(&rest[..n]);
        s = rest[n..].trim_start_matches("\r\n");
    }
    out
}

pub fn post(addr: SocketAddr, content_type: &str, body: &[u8]) -> Reply {
    let mut req = format!(
        "POST /api/analyze HTTP/1.1\r\nHost: 127.0.0.1:{}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        addr.port(),
        body.len()
    )
    .into_bytes();
    req.extend_from_slice(body);
    raw(addr, &req)
}

pub fn analyze(addr: SocketAddr, body: &Value) -> Reply {
    post(addr, "application/json", body.to_string().as_bytes())
}

pub fn get(addr: SocketAddr, path: &str) -> Reply {
    raw(
        addr,
        format!("GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").as_bytes(),
    )
}
