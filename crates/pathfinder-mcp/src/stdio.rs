//! MCP's stdio transport: one JSON-RPC message per line on stdin and stdout, nothing else on stdout.
//!
//! Our own [`Transport`] rather than the SDK's: the SDK skips lines that are not JSON without a word, and
//! the issue wants the JSON-RPC answer for that (-32700 Parse error, then keep serving). Every outgoing line
//! goes through one writer task, so an answer is never interleaved with another or cut short when the
//! SDK's loop drops a pending `receive`.

use crate::Server;
use rmcp::model::ErrorCode;
use rmcp::service::{RxJsonRpcMessage, TxJsonRpcMessage};
use rmcp::transport::Transport;
use rmcp::RoleServer;
use serde_json::{json, Value};
use std::future::Future;
use std::pin::Pin;
use tokio::io::{AsyncBufRead, AsyncBufReadExt, AsyncRead, AsyncWrite, AsyncWriteExt, BufReader};
use tokio::sync::mpsc::{unbounded_channel, UnboundedReceiver, UnboundedSender};

/// Longest accepted message line; longer ones are answered with -32600 and skipped.
pub const MAX_LINE: usize = 16 * 1024 * 1024;

pub struct LineTransport<R> {
    reader: BufReader<R>,
    line: Vec<u8>,
    oversized: bool,
    /// An `initialize` request has been passed on (the SDK ends the session on anything else first).
    initializing: bool,
    out: UnboundedSender<Vec<u8>>,
}

impl<R: AsyncRead + Unpin + Send> LineTransport<R> {
    pub fn new(input: R, out: UnboundedSender<Vec<u8>>) -> Self {
        LineTransport {
            reader: BufReader::new(input),
            line: Vec::new(),
            oversized: false,
            initializing: false,
            out,
        }
    }

    fn reply_error(&self, id: Value, code: ErrorCode, message: String) {
        self.reply(
            &json!({"jsonrpc": "2.0", "id": id, "error": {"code": code.0, "message": message}}),
        );
    }

    fn reply(&self, v: &Value) {
        let mut bytes = v.to_string().into_bytes();
        bytes.push(b'\n');
        let _ = self.out.send(bytes);
    }

    /// Reads up to the next newline; `None` at end of input. Cancel-safe: bytes are kept in `self.line`
    /// across calls and taken from the reader's buffer only after they are stored.
    async fn next_line(&mut self) -> Option<Vec<u8>> {
        loop {
            let (used, done, eof) = {
                let available = match self.reader.fill_buf().await {
                    Ok(b) => b,
                    Err(e) => {
                        eprintln!("pathfinder serve: cannot read stdin: {e}");
                        return None;
                    }
                };
                if available.is_empty() {
                    (0, !self.line.is_empty() || self.oversized, true)
                } else {
                    let (chunk, done) = match available.iter().position(|&b| b == b'\n') {
                        Some(i) => (&available[..i], true),
                        None => (available, false),
                    };
                    if self.line.len() + chunk.len() > MAX_LINE {
                        self.oversized = true;
                        self.line.clear();
                    } else if !self.oversized {
                        self.line.extend_from_slice(chunk);
                    }
                    (chunk.len() + usize::from(done), done, false)
                }
            };
            Pin::new(&mut self.reader).consume(used);
            if done {
                if std::mem::take(&mut self.oversized) {
                    self.line.clear();
                    self.reply_error(
                        Value::Null,
                        ErrorCode::INVALID_REQUEST,
                        format!("message longer than {MAX_LINE} bytes"),
                    );
                    if eof {
                        return None;
                    }
                    continue;
                }
                return Some(std::mem::take(&mut self.line));
            }
            if eof {
                return None;
            }
        }
    }
}

impl<R: AsyncRead + Unpin + Send + 'static> Transport<RoleServer> for LineTransport<R> {
    type Error = std::io::Error;

    fn send(
        &mut self,
        item: TxJsonRpcMessage<RoleServer>,
    ) -> impl Future<Output = Result<(), Self::Error>> + Send + 'static {
        let sent = serde_json::to_vec(&item)
            .map_err(std::io::Error::other)
            .and_then(|mut bytes| {
                bytes.push(b'\n');
                self.out
                    .send(bytes)
                    .map_err(|_| std::io::Error::other("stdout is closed"))
            });
        std::future::ready(sent)
    }

    async fn receive(&mut self) -> Option<RxJsonRpcMessage<RoleServer>> {
        loop {
            let line = self.next_line().await?;
            let text = line.strip_suffix(b"\r").unwrap_or(&line);
            let text = text.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(text);
            if text.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            let value: Value = match serde_json::from_slice(text) {
                Ok(v) => v,
                Err(e) => {
                    self.reply_error(
                        Value::Null,
                        ErrorCode::PARSE_ERROR,
                        format!("Parse error: {e}"),
                    );
                    continue;
                }
            };
            let id = value.get("id").cloned();
            let is_notification = id.is_none() && value.get("method").is_some();
            if !self.initializing {
                // Before the handshake: answer ping, refuse other requests, drop notifications.
                match value.get("method").and_then(Value::as_str) {
                    Some("initialize") => self.initializing = true,
                    Some("ping") if id.is_some() => {
                        self.reply(&json!({"jsonrpc": "2.0", "id": id, "result": {}}));
                        continue;
                    }
                    _ if is_notification => continue,
                    _ => {
                        self.reply_error(
                            id.unwrap_or(Value::Null),
                            ErrorCode::INVALID_REQUEST,
                            "the session is not initialized: send initialize first".into(),
                        );
                        continue;
                    }
                }
            }
            match serde_json::from_value::<RxJsonRpcMessage<RoleServer>>(value) {
                Ok(m) => return Some(m),
                // A malformed notification has no one to answer (JSON-RPC never answers notifications).
                Err(e) if is_notification => {
                    eprintln!("pathfinder serve: ignoring a malformed notification: {e}");
                }
                Err(e) => self.reply_error(
                    id.filter(|i| i.is_string() || i.is_number())
                        .unwrap_or(Value::Null),
                    ErrorCode::INVALID_REQUEST,
                    format!("Invalid request: {e}"),
                ),
            }
        }
    }

    async fn close(&mut self) -> Result<(), Self::Error> {
        Ok(())
    }
}

/// Writes queued lines to `out` until every sender is gone.
pub async fn write_lines<W: AsyncWrite + Unpin>(mut out: W, mut rx: UnboundedReceiver<Vec<u8>>) {
    while let Some(line) = rx.recv().await {
        if out.write_all(&line).await.is_err() || out.flush().await.is_err() {
            break;
        }
    }
}

/// Serves MCP over this process's stdin and stdout until stdin closes.
pub async fn serve(server: Server) -> Result<(), String> {
    serve_on(server, tokio::io::stdin(), tokio::io::stdout()).await
}

pub async fn serve_on<R, W>(server: Server, input: R, output: W) -> Result<(), String>
where
    R: AsyncRead + Unpin + Send + 'static,
    W: AsyncWrite + Unpin + Send + 'static,
{
    let (tx, rx) = unbounded_channel();
    let writer = tokio::spawn(write_lines(output, rx));
    let transport = LineTransport::new(input, tx);
    let result = match rmcp::serve_server(server, transport).await {
        Ok(running) => {
            let _ = running.waiting().await;
            Ok(())
        }
        // Input closed before the handshake finished: nothing more to do.
        Err(rmcp::service::ServerInitializeError::ConnectionClosed(_)) => Ok(()),
        Err(e) => Err(format!("MCP handshake failed: {e}")),
    };
    let _ = writer.await;
    result
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ServeOptions;
    use std::time::Duration;
    use tokio::io::{AsyncBufReadExt, AsyncWriteExt};

    /// Valid messages, truncated ones and ones with a byte changed, for every tool: whatever arrives, every
    /// stdout line is one JSON value and the server still answers a ping at the end.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn fuzzed_lines_never_stop_the_server() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("a.py"),
            "import os\n\ndef f(x):\n    os.system(x)\n",
        )
        .unwrap();
        let server = Server::start(ServeOptions {
            project: dir.path().to_path_buf(),
            rules: Vec::new(),
            tool_timeout: Duration::from_secs(30),
            test_delay: Duration::ZERO,
            version: "test".into(),
            timestamp: String::new,
        })
        .unwrap();
        let (client, server_io) = tokio::io::duplex(1 << 16);
        let (server_read, server_write) = tokio::io::split(server_io);
        let task = tokio::spawn(serve_on(server, server_read, server_write));
        let (client_read, mut client_write) = tokio::io::split(client);
        // Reads every line to the end (so the server never blocks on a full pipe) and passes them on.
        let (seen_tx, mut seen_rx) = tokio::sync::mpsc::unbounded_channel::<Value>();
        let reader = tokio::spawn(async move {
            let mut lines = tokio::io::BufReader::new(client_read).lines();
            while let Ok(Some(line)) = lines.next_line().await {
                let v: Value = serde_json::from_str(&line)
                    .unwrap_or_else(|e| panic!("stdout line is not JSON ({e}): {line}"));
                let _ = seen_tx.send(v);
            }
        });
        let mut lines = vec![
            json!({"jsonrpc": "2.0", "id": "early", "method": "tools/list"}).to_string(),
            json!({"jsonrpc": "2.0", "id": "early-ping", "method": "ping"}).to_string(),
            json!({"jsonrpc": "2.0", "id": 0, "method": "initialize", "params": {"protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {"name": "fuzz", "version": "0"}}}).to_string(),
            json!({"jsonrpc": "2.0", "method": "notifications/initialized"}).to_string(),
        ];
        let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
        let mut rand = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        let odd = [
            json!(null),
            json!(-1),
            json!("../x"),
            json!({"a": [1, {"b": null}]}),
            json!("a.py"),
            json!("f"),
        ];
        let mut id = 1;
        for def in crate::tools::definitions() {
            let props: Vec<String> = def.input["properties"]
                .as_object()
                .map(|m| m.keys().cloned().collect())
                .unwrap_or_default();
            for _ in 0..12 {
                let mut args = serde_json::Map::new();
                for p in &props {
                    if rand() % 2 == 0 {
                        args.insert(p.clone(), odd[(rand() % odd.len() as u64) as usize].clone());
                    }
                }
                id += 1;
                let msg = json!({"jsonrpc": "2.0", "id": id, "method": "tools/call", "params": {"name": def.name, "arguments": args}}).to_string();
                let mut bytes = msg.into_bytes();
                match rand() % 3 {
                    0 => bytes.truncate((rand() % bytes.len() as u64) as usize),
                    1 => {
                        let i = (rand() % bytes.len() as u64) as usize;
                        bytes[i] = b" {}[]\":,x0\\"[(rand() % 11) as usize];
                    }
                    _ => {}
                }
                lines.push(String::from_utf8_lossy(&bytes).replace('\n', " "));
            }
        }
        lines.push("[]".into());
        lines.push("\u{feff}   ".into());
        lines.push(json!({"jsonrpc": "2.0", "id": "last", "method": "ping"}).to_string());
        for l in &lines {
            client_write.write_all(l.as_bytes()).await.unwrap();
            client_write.write_all(b"\n").await.unwrap();
        }
        let mut seen = Vec::new();
        let wait_last = async {
            while let Some(v) = seen_rx.recv().await {
                let last = v["id"] == json!("last");
                seen.push(v);
                if last {
                    break;
                }
            }
        };
        tokio::time::timeout(Duration::from_secs(120), wait_last)
            .await
            .expect("the server stopped answering");
        assert_eq!(seen.last().unwrap()["result"], json!({}));
        assert!(seen.iter().any(|m| m["error"]["code"] == -32700));
        assert_eq!(seen[0]["id"], "early");
        assert_eq!(seen[0]["error"]["code"], -32600);
        assert_eq!(
            seen[1],
            json!({"jsonrpc": "2.0", "id": "early-ping", "result": {}})
        );
        // End of input (dropping one half of a split stream does not close it).
        client_write.shutdown().await.unwrap();
        tokio::time::timeout(Duration::from_secs(30), task)
            .await
            .expect("the server did not stop at end of input")
            .unwrap()
            .unwrap();
        reader.await.unwrap();
    }
}
