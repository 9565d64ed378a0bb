//! The Streamable HTTP transport's accept loop over real TCP on 127.0.0.1: a client that never finishes
//! its request head is hung up on, and no more than `max_connections` are served at once.

use pathfinder_mcp::http::{serve, HttpLimits};
use pathfinder_mcp::{ServeOptions, Server};
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::time::{Duration, Instant};

struct Running {
    addr: SocketAddr,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
    _dir: tempfile::TempDir,
}

impl Drop for Running {
    fn drop(&mut self) {
        if let Some(s) = self.stop.take() {
            let _ = s.send(());
        }
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

fn start(limits: HttpLimits) -> Running {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.py"), "import os\nos.system(input())\n").unwrap();
    let server = Server::start(ServeOptions {
        project: dir.path().to_path_buf(),
        rules: Vec::new(),
        tool_timeout: Duration::from_secs(60),
        test_delay: Duration::ZERO,
        version: "test".into(),
        timestamp: String::new,
    })
    .unwrap();
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
            serve(listener, server, limits, async {
                let _ = stop_rx.await;
            })
            .await
            .unwrap();
        });
    });
    Running {
        addr: addr_rx.recv_timeout(Duration::from_secs(60)).unwrap(),
        stop: Some(stop_tx),
        thread: Some(thread),
        _dir: dir,
    }
}

/// Half a request head, then silence.
fn half_open(addr: SocketAddr) -> TcpStream {
    let mut s = TcpStream::connect(addr).unwrap();
    s.write_all(b"POST /mcp HTTP/1.1\r\nHost: 127.0.0.1\r\n")
        .unwrap();
    s.set_read_timeout(Some(Duration::from_secs(60))).unwrap();
    s
}

fn health(addr: SocketAddr) -> String {
    let mut s = TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(60))).unwrap();
    s.write_all(b"GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
        .unwrap();
    let mut out = String::new();
    let _ = s.read_to_string(&mut out);
    out
}

#[test]
fn a_half_sent_request_head_is_hung_up_on() {
    let srv = start(HttpLimits {
        header_read_timeout: Duration::from_millis(400),
        ..HttpLimits::default()
    });
    let mut half = half_open(srv.addr);
    let started = Instant::now();
    let mut buf = Vec::new();
    let _ = half.read_to_end(&mut buf);
    let waited = started.elapsed();
    // Closed by the header timeout: not at once, and long before the client's own 60 s.
    assert!(
        waited >= Duration::from_millis(300) && waited < Duration::from_secs(20),
        "{waited:?}"
    );
    // Either a bare close or hyper's 408: never a served request.
    let text = String::from_utf8_lossy(&buf);
    assert!(
        text.is_empty() || text.starts_with("HTTP/1.1 408"),
        "{text}"
    );
    assert!(health(srv.addr).starts_with("HTTP/1.1 200"));
}

#[test]
fn connections_beyond_the_cap_wait_for_a_free_slot() {
    let srv = start(HttpLimits {
        header_read_timeout: Duration::from_millis(1500),
        max_connections: 2,
        ..HttpLimits::default()
    });
    // Two stalled clients hold both slots until the header timeout frees them.
    let stalled: Vec<TcpStream> = (0..2).map(|_| half_open(srv.addr)).collect();
    std::thread::sleep(Duration::from_millis(100));
    let started = Instant::now();
    let answer = health(srv.addr);
    let waited = started.elapsed();
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    assert!(waited >= Duration::from_millis(1000), "{waited:?}");
    assert!(waited < Duration::from_secs(30), "{waited:?}");
    drop(stalled);
    // With the slots free again a request is served at once.
    let started = Instant::now();
    assert!(health(srv.addr).starts_with("HTTP/1.1 200"));
    assert!(started.elapsed() < Duration::from_secs(5));
}
