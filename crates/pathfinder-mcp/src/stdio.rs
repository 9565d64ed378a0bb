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
    out: UnboundedSender<Vec<u8>>,
}

impl<R: AsyncRead + Unpin + Send> LineTransport<R> {
    pub fn new(input: R, out: UnboundedSender<Vec<u8>>) -> Self {
        LineTransport {
            reader: BufReader::new(input),
            line: Vec::new(),
            oversized: false,
            out,
        }
    }

    fn reply_error(&self, id: Value, code: ErrorCode, message: String) {
        let v = json!({"jsonrpc": "2.0", "id": id, "error": {"code": code.0, "message": message}});
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
        Err(e) => {
            let text = e.to_string();
            if text.contains("closed") || text.contains("connection") {
                Ok(())
            } else {
                Err(format!("MCP handshake failed: {text}"))
            }
        }
    };
    let _ = writer.await;
    result
}
