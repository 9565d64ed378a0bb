//! A fake GitHub REST API for the CI tests: real HTTP/1.1 on 127.0.0.1 with an ephemeral port.
//!
//! Hand-written on `std::net` rather than axum: the handful of endpoints below need no router or async
//! runtime, the tests need byte-level control over status codes and headers (Retry-After, Link), and the
//! suite stays free of a large dependency tree that CI would have to compile. It keeps pull-request state
//! (issue comments, review comments, reviews), paginates every list with a small page size so pagination
//! is always exercised, rejects review comments outside the diff with 422 as GitHub does, and records
//! every request.

#![allow(dead_code)]

use serde_json::{json, Value};
use std::collections::VecDeque;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};
use std::time::Instant;

#[derive(Debug, Clone)]
pub struct Request {
    pub method: String,
    /// Path and query as sent, including any API prefix.
    pub target: String,
    pub authorization: Option<String>,
    pub body: String,
    pub at: Instant,
}

impl Request {
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.body).unwrap_or(Value::Null)
    }
    /// The path without query string and API prefix.
    pub fn route(&self, prefix: &str) -> String {
        let path = self.target.split('?').next().unwrap_or("");
        path.strip_prefix(prefix).unwrap_or(path).to_string()
    }
}

/// A canned response for the next request matching `method` and `route` (exact, prefix stripped).
#[derive(Debug, Clone)]
pub struct Fault {
    pub method: &'static str,
    pub route: String,
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: String,
}

#[derive(Default)]
pub struct State {
    pub token: String,
    pub head_sha: String,
    /// `GET /pulls/{n}/files` entries: `{filename, status, patch}`.
    pub files: Vec<Value>,
    pub issue_comments: Vec<Value>,
    pub review_comments: Vec<Value>,
    pub reviews: Vec<Value>,
    pub next_id: u64,
    pub page_size: usize,
    pub faults: VecDeque<Fault>,
    pub requests: Vec<Request>,
}

pub struct FakeGithub {
    pub port: u16,
    /// `""` for github.com-style roots, `/api/v3` for GitHub Enterprise Server.
    pub prefix: String,
    pub owner: String,
    pub repo: String,
    pub number: u64,
    pub state: Arc<Mutex<State>>,
}

impl FakeGithub {
    pub fn start(prefix: &str, token: &str) -> FakeGithub {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind loopback");
        let port = listener.local_addr().unwrap().port();
        let state = Arc::new(Mutex::new(State {
            token: token.to_string(),
            head_sha: "0".repeat(40),
            next_id: 1000,
            page_size: 2,
            ..State::default()
        }));
        let fake = FakeGithub {
            port,
            prefix: prefix.to_string(),
            owner: "acme".into(),
            repo: "web".into(),
            number: 7,
            state: state.clone(),
        };
        let ctx = Arc::new(Ctx {
            prefix: prefix.to_string(),
            port,
            pr: "/repos/acme/web".to_string(),
            number: 7,
            state,
        });
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(stream) = stream else { continue };
                let ctx = ctx.clone();
                std::thread::spawn(move || {
                    let _ = serve(stream, &ctx);
                });
            }
        });
        fake
    }

    pub fn api_url(&self) -> String {
        format!("http://127.0.0.1:{}{}", self.port, self.prefix)
    }

    pub fn requests(&self) -> Vec<Request> {
        self.state.lock().unwrap().requests.clone()
    }

    pub fn clear_requests(&self) {
        self.state.lock().unwrap().requests.clear();
    }

    /// Requests with this method whose route (prefix stripped) ends with `suffix`.
    pub fn count(&self, method: &str, suffix: &str) -> usize {
        self.requests()
            .iter()
            .filter(|r| r.method == method && r.route(&self.prefix).ends_with(suffix))
            .count()
    }

    pub fn push_fault(&self, f: Fault) {
        self.state.lock().unwrap().faults.push_back(f);
    }

    pub fn issue_comments(&self) -> Vec<Value> {
        self.state.lock().unwrap().issue_comments.clone()
    }

    pub fn review_comments(&self) -> Vec<Value> {
        self.state.lock().unwrap().review_comments.clone()
    }

    pub fn reviews(&self) -> Vec<Value> {
        self.state.lock().unwrap().reviews.clone()
    }

    pub fn set_head(&self, sha: &str, files: Vec<Value>) {
        let mut s = self.state.lock().unwrap();
        s.head_sha = sha.to_string();
        s.files = files;
    }

    /// A comment written by a person, not by pathfinder.
    pub fn add_issue_comment(&self, body: &str) {
        let mut s = self.state.lock().unwrap();
        s.next_id += 1;
        let id = s.next_id;
        s.issue_comments
            .push(json!({"id": id, "body": body, "user": {"login": "someone"}}));
    }

    pub fn add_reply(&self, to: u64, body: &str) {
        let mut s = self.state.lock().unwrap();
        s.next_id += 1;
        let id = s.next_id;
        s.review_comments.push(
            json!({"id": id, "body": body, "in_reply_to_id": to, "user": {"login": "someone"}}),
        );
    }
}

struct Ctx {
    prefix: String,
    port: u16,
    pr: String,
    number: u64,
    state: Arc<Mutex<State>>,
}

struct Response {
    status: u16,
    headers: Vec<(String, String)>,
    body: String,
}

fn reply(status: u16, body: Value) -> Response {
    Response {
        status,
        headers: vec![],
        body: if body.is_null() {
            String::new()
        } else {
            body.to_string()
        },
    }
}

fn serve(stream: TcpStream, ctx: &Ctx) -> std::io::Result<()> {
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut line = String::new();
    reader.read_line(&mut line)?;
    let mut parts = line.split_whitespace();
    let method = parts.next().unwrap_or("").to_string();
    let target = parts.next().unwrap_or("").to_string();
    let mut content_length = 0usize;
    let mut chunked = false;
    let mut authorization = None;
    loop {
        let mut h = String::new();
        if reader.read_line(&mut h)? == 0 || h == "\r\n" || h == "\n" {
            break;
        }
        let Some((name, value)) = h.split_once(':') else {
            continue;
        };
        let value = value.trim().to_string();
        match name.trim().to_ascii_lowercase().as_str() {
            "content-length" => content_length = value.parse().unwrap_or(0),
            "transfer-encoding" => chunked = value.eq_ignore_ascii_case("chunked"),
            "authorization" => authorization = Some(value),
            _ => {}
        }
    }
    let mut body = Vec::new();
    if chunked {
        loop {
            let mut size = String::new();
            reader.read_line(&mut size)?;
            let n = usize::from_str_radix(size.trim().split(';').next().unwrap_or("0"), 16)
                .unwrap_or(0);
            let mut chunk = vec![0; n + 2];
            reader.read_exact(&mut chunk)?;
            if n == 0 {
                break;
            }
            body.extend_from_slice(&chunk[..n]);
        }
    } else {
        body.resize(content_length, 0);
        reader.read_exact(&mut body)?;
    }
    let req = Request {
        method,
        target,
        authorization,
        body: String::from_utf8_lossy(&body).into_owned(),
        at: Instant::now(),
    };
    let resp = handle(ctx, req);
    let reason = match resp.status {
        200 => "OK",
        201 => "Created",
        204 => "No Content",
        401 => "Unauthorized",
        404 => "Not Found",
        422 => "Unprocessable Entity",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        _ => "Status",
    };
    let mut out = format!(
        "HTTP/1.1 {} {reason}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n",
        resp.status,
        resp.body.len()
    );
    for (k, v) in &resp.headers {
        out.push_str(&format!("{k}: {v}\r\n"));
    }
    out.push_str("\r\n");
    out.push_str(&resp.body);
    let mut stream = stream;
    stream.write_all(out.as_bytes())?;
    stream.flush()
}

fn query_param(target: &str, key: &str) -> Option<usize> {
    let q = target.split_once('?')?.1;
    q.split('&').find_map(|kv| {
        let (k, v) = kv.split_once('=')?;
        (k == key).then(|| v.parse().ok())?
    })
}

fn handle(ctx: &Ctx, req: Request) -> Response {
    let mut s = ctx.state.lock().unwrap();
    s.requests.push(req.clone());
    let route = req.route(&ctx.prefix);
    if !req.target.starts_with(&ctx.prefix) || !route.starts_with('/') {
        return reply(404, json!({"message": "Not Found"}));
    }
    if let Some(i) = s
        .faults
        .iter()
        .position(|f| f.method == req.method && f.route == route)
    {
        let f = s.faults.remove(i).unwrap();
        return Response {
            status: f.status,
            headers: f.headers,
            body: f.body,
        };
    }
    if req.authorization.as_deref() != Some(&format!("Bearer {}", s.token)) {
        return reply(401, json!({"message": "Bad credentials"}));
    }
    let n = ctx.number;
    let pulls = format!("{}/pulls/{n}", ctx.pr);
    let issue_comments = format!("{}/issues/{n}/comments", ctx.pr);
    let body = req.json();
    match (req.method.as_str(), route.as_str()) {
        ("GET", r) if r == pulls => reply(
            200,
            json!({"number": n, "head": {"sha": s.head_sha}, "base": {"ref": "main"}}),
        ),
        ("GET", r) if r == format!("{pulls}/files") => {
            let items = s.files.clone();
            page(ctx, &s, &req, &route, items)
        }
        ("GET", r) if r == issue_comments => {
            let items = s.issue_comments.clone();
            page(ctx, &s, &req, &route, items)
        }
        ("GET", r) if r == format!("{pulls}/comments") => {
            let items = s.review_comments.clone();
            page(ctx, &s, &req, &route, items)
        }
        ("POST", r) if r == issue_comments => {
            let Some(text) = body.get("body").and_then(Value::as_str) else {
                return reply(422, json!({"message": "body is missing"}));
            };
            s.next_id += 1;
            let c =
                json!({"id": s.next_id, "body": text, "user": {"login": "github-actions[bot]"}});
            s.issue_comments.push(c.clone());
            reply(201, c)
        }
        ("PATCH", r) if r.starts_with(&format!("{}/issues/comments/", ctx.pr)) => {
            let id: u64 = r.rsplit('/').next().unwrap().parse().unwrap_or(0);
            let text = body
                .get("body")
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_string();
            match s.issue_comments.iter_mut().find(|c| c["id"] == id) {
                Some(c) => {
                    c["body"] = json!(text);
                    reply(200, c.clone())
                }
                None => reply(404, json!({"message": "Not Found"})),
            }
        }
        ("DELETE", r) if r.starts_with(&format!("{}/issues/comments/", ctx.pr)) => {
            let id: u64 = r.rsplit('/').next().unwrap().parse().unwrap_or(0);
            let before = s.issue_comments.len();
            s.issue_comments.retain(|c| c["id"] != id);
            if s.issue_comments.len() < before {
                reply(204, Value::Null)
            } else {
                reply(404, json!({"message": "Not Found"}))
            }
        }
        ("POST", r) if r == format!("{pulls}/reviews") => create_review(&mut s, &body),
        ("PATCH", r) if r.starts_with(&format!("{}/pulls/comments/", ctx.pr)) => {
            let id: u64 = r.rsplit('/').next().unwrap().parse().unwrap_or(0);
            let text = body
                .get("body")
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_string();
            match s.review_comments.iter_mut().find(|c| c["id"] == id) {
                Some(c) => {
                    c["body"] = json!(text);
                    reply(200, c.clone())
                }
                None => reply(404, json!({"message": "Not Found"})),
            }
        }
        ("DELETE", r) if r.starts_with(&format!("{}/pulls/comments/", ctx.pr)) => {
            let id: u64 = r.rsplit('/').next().unwrap().parse().unwrap_or(0);
            let before = s.review_comments.len();
            s.review_comments.retain(|c| c["id"] != id);
            if s.review_comments.len() < before {
                reply(204, Value::Null)
            } else {
                reply(404, json!({"message": "Not Found"}))
            }
        }
        _ => reply(404, json!({"message": "Not Found"})),
    }
}

/// GitHub caps `per_page`; so does the fake, at a small size, so every list takes several pages.
fn page(ctx: &Ctx, s: &State, req: &Request, route: &str, items: Vec<Value>) -> Response {
    let per_page = query_param(&req.target, "per_page")
        .unwrap_or(30)
        .clamp(1, s.page_size);
    let page = query_param(&req.target, "page").unwrap_or(1).max(1);
    let chunk: Vec<Value> = items
        .iter()
        .skip((page - 1) * per_page)
        .take(per_page)
        .cloned()
        .collect();
    let last = items.len().div_ceil(per_page).max(1);
    let url = |p: usize| {
        format!(
            "<http://127.0.0.1:{}{}{route}?per_page={per_page}&page={p}>",
            ctx.port, ctx.prefix
        )
    };
    let mut links = Vec::new();
    if page < last {
        links.push(format!("{}; rel=\"next\"", url(page + 1)));
        links.push(format!("{}; rel=\"last\"", url(last)));
    }
    if page > 1 {
        links.push(format!("{}; rel=\"prev\"", url(page - 1)));
        links.push(format!("{}; rel=\"first\"", url(1)));
    }
    let mut r = reply(200, Value::Array(chunk));
    if !links.is_empty() {
        r.headers.push(("Link".into(), links.join(", ")));
    }
    r
}

/// New-side lines a review comment may use: added and context lines of each hunk. Written independently
/// of pathfinder's own parser so the fake checks it rather than agreeing with it.
fn commentable(patch: &str, line: u64) -> bool {
    let mut new_line = 0u64;
    for l in patch.lines() {
        if let Some(h) = l.strip_prefix("@@ ") {
            let plus = h.split(' ').nth(1).unwrap_or("+0");
            new_line = plus[1..].split(',').next().unwrap().parse().unwrap_or(0);
        } else if l.starts_with('+') || l.starts_with(' ') {
            if new_line == line {
                return true;
            }
            new_line += 1;
        }
    }
    false
}

fn create_review(s: &mut State, body: &Value) -> Response {
    if body.get("commit_id").and_then(Value::as_str) != Some(s.head_sha.as_str()) {
        return reply(
            422,
            json!({"message": "commit_id is not the head of the pull request"}),
        );
    }
    let comments = body
        .get("comments")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    for c in &comments {
        let path = c.get("path").and_then(Value::as_str).unwrap_or("");
        let line = c.get("line").and_then(Value::as_u64).unwrap_or(0);
        let side_ok = c.get("side").and_then(Value::as_str).unwrap_or("RIGHT") == "RIGHT";
        let in_diff = s.files.iter().any(|f| {
            f["filename"] == path
                && f.get("patch")
                    .and_then(Value::as_str)
                    .is_some_and(|p| commentable(p, line))
        });
        if !side_ok || !in_diff {
            return reply(
                422,
                json!({"message": "Unprocessable Entity", "errors": ["Line could not be resolved"]}),
            );
        }
    }
    s.next_id += 1;
    let review_id = s.next_id;
    for c in &comments {
        s.next_id += 1;
        let id = s.next_id;
        s.review_comments.push(json!({
            "id": id,
            "pull_request_review_id": review_id,
            "path": c["path"],
            "line": c["line"],
            "side": "RIGHT",
            "body": c["body"],
            "user": {"login": "github-actions[bot]"},
        }));
    }
    let review = json!({"id": review_id, "body": body["body"], "event": body["event"], "comments": comments.len()});
    s.reviews.push(review.clone());
    reply(200, review)
}
