//! A small, careful GitHub REST client: timeouts, retries with backoff on 5xx and network errors,
//! `Retry-After` and rate-limit resets honoured on 403/429, pagination through the `Link` header.
//!
//! The token is sent only in the `Authorization` header and is scrubbed from every error text this module
//! produces, so callers can print errors as they are.

use serde_json::Value;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

/// Why a request finally failed (after retries). The text never contains the token.
#[derive(Debug, Clone)]
pub struct ApiError {
    pub status: Option<u16>,
    pub message: String,
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for ApiError {}

/// Retry and timeout policy. `unit` scales every wait (backoff steps and honoured server waits), so tests
/// can keep them short; `max_wait` caps any single wait; once `budget` has passed since the client was
/// made, failures are no longer retried, so a struggling API cannot hold a CI job for long.
#[derive(Debug, Clone)]
pub struct RetryPolicy {
    pub attempts: u32,
    pub unit: Duration,
    pub max_wait: Duration,
    /// Per request, connection to last byte.
    pub timeout: Duration,
    pub budget: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            attempts: 4,
            unit: Duration::from_secs(1),
            max_wait: Duration::from_secs(60),
            timeout: Duration::from_secs(30),
            budget: Duration::from_secs(300),
        }
    }
}

pub struct Client {
    agent: ureq::Agent,
    /// API root without a trailing slash, e.g. `https://api.github.com` or `https://ghe.example/api/v3`.
    base: String,
    token: String,
    policy: RetryPolicy,
    sleep: Box<dyn Fn(Duration) + Send + Sync>,
    started: Instant,
}

/// A successful response: status, parsed JSON body (`Null` when empty) and the `next` page, if any.
#[derive(Debug)]
pub struct Reply {
    pub status: u16,
    pub body: Value,
    pub next: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    Get,
    Post,
    Patch,
    Delete,
}

impl Method {
    fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
            Method::Patch => "PATCH",
            Method::Delete => "DELETE",
        }
    }
}

/// Replaces every occurrence of `secret` in `text`. Empty secrets leave the text alone.
pub fn redact(text: &str, secret: &str) -> String {
    if secret.is_empty() {
        text.to_string()
    } else {
        text.replace(secret, "***")
    }
}

impl Client {
    pub fn new(base: &str, token: &str, policy: RetryPolicy) -> Client {
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .timeout_global(Some(policy.timeout))
            .http_status_as_error(false)
            .user_agent(concat!("pathfinder/", env!("CARGO_PKG_VERSION")))
            .build()
            .into();
        Client {
            agent,
            base: base.trim_end_matches('/').to_string(),
            token: token.to_string(),
            policy,
            sleep: Box::new(std::thread::sleep),
            started: Instant::now(),
        }
    }

    /// Replaces the sleeping function (tests record waits instead of sleeping).
    pub fn with_sleep(mut self, sleep: impl Fn(Duration) + Send + Sync + 'static) -> Client {
        self.sleep = Box::new(sleep);
        self
    }

    pub fn base(&self) -> &str {
        &self.base
    }

    fn url(&self, path: &str) -> String {
        if path.starts_with("http://") || path.starts_with("https://") {
            path.to_string()
        } else {
            format!("{}{}", self.base, path)
        }
    }

    fn error(&self, status: Option<u16>, message: String) -> ApiError {
        ApiError {
            status,
            message: redact(&message, &self.token),
        }
    }

    /// One logical request with retries. `path` is relative to the API root or an absolute `next` link.
    pub fn request(
        &self,
        method: Method,
        path: &str,
        body: Option<&Value>,
    ) -> Result<Reply, ApiError> {
        let url = self.url(path);
        // Pagination links must stay under the API root: never send the token elsewhere.
        let inside = url
            .strip_prefix(&self.base)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with(['/', '?']));
        if !inside {
            return Err(self.error(
                None,
                format!("refusing to follow a link outside the API: {url}"),
            ));
        }
        let shown = format!(
            "{} {}",
            method.as_str(),
            strip_query(&url[self.base.len()..])
        );
        let mut attempt = 0;
        loop {
            attempt += 1;
            let last =
                attempt >= self.policy.attempts || self.started.elapsed() >= self.policy.budget;
            match self.send_once(method, &url, body) {
                Ok((status, headers, text)) => {
                    if (200..300).contains(&status) {
                        let body = if text.trim().is_empty() {
                            Value::Null
                        } else {
                            serde_json::from_str(&text).map_err(|e| {
                                self.error(
                                    Some(status),
                                    format!("{shown}: invalid JSON response: {e}"),
                                )
                            })?
                        };
                        let next = headers.link.as_deref().and_then(next_link);
                        return Ok(Reply { status, body, next });
                    }
                    let wait = match status {
                        403 | 429 => self.rate_limit_wait(status, &headers),
                        500..=599 => Some(self.backoff(attempt)),
                        _ => None,
                    };
                    match wait {
                        Some(w) if !last && w <= self.policy.max_wait => (self.sleep)(w),
                        Some(w) if !last => {
                            return Err(self.error(
                                Some(status),
                                format!(
                                    "{shown}: HTTP {status}; the server asks to wait {} s, more than the {} s allowed",
                                    w.as_secs(),
                                    self.policy.max_wait.as_secs()
                                ),
                            ))
                        }
                        _ => {
                            return Err(self.error(
                                Some(status),
                                format!("{shown}: HTTP {status}: {}", api_message(&text)),
                            ))
                        }
                    }
                }
                // Network errors and timeouts: the request may not have arrived, so try again.
                Err(_) if !last => (self.sleep)(self.backoff(attempt)),
                Err(e) => {
                    return Err(self.error(None, format!("{shown}: {e} (after {attempt} attempts)")))
                }
            }
        }
    }

    /// Every item of a paginated list, following `Link: <…>; rel="next"`.
    pub fn get_all(&self, path: &str) -> Result<Vec<Value>, ApiError> {
        let sep = if path.contains('?') { '&' } else { '?' };
        let mut next = Some(format!("{path}{sep}per_page=100"));
        let mut items = Vec::new();
        // Bounded so a server that links a page to itself cannot keep us here.
        let mut pages = 0;
        while let Some(p) = next.take() {
            pages += 1;
            if pages > 1000 {
                return Err(self.error(None, format!("GET {path}: more than 1000 pages")));
            }
            let reply = self.request(Method::Get, &p, None)?;
            match reply.body {
                Value::Array(a) => items.extend(a),
                other => {
                    return Err(self.error(
                        Some(reply.status),
                        format!("GET {path}: expected a list, got {}", kind(&other)),
                    ))
                }
            }
            next = reply.next;
        }
        Ok(items)
    }

    fn send_once(
        &self,
        method: Method,
        url: &str,
        body: Option<&Value>,
    ) -> Result<(u16, Headers, String), String> {
        let auth = format!("Bearer {}", self.token);
        let result = match method {
            Method::Get | Method::Delete => {
                let req = if method == Method::Get {
                    self.agent.get(url)
                } else {
                    self.agent.delete(url)
                };
                req.header("Authorization", &auth)
                    .header("Accept", "application/vnd.github+json")
                    .header("X-GitHub-Api-Version", "2022-11-28")
                    .call()
            }
            Method::Post | Method::Patch => {
                let req = if method == Method::Post {
                    self.agent.post(url)
                } else {
                    self.agent.patch(url)
                };
                let text = body.map_or_else(|| "{}".to_string(), Value::to_string);
                req.header("Authorization", &auth)
                    .header("Accept", "application/vnd.github+json")
                    .header("X-GitHub-Api-Version", "2022-11-28")
                    .content_type("application/json")
                    .send(text)
            }
        };
        let mut resp = result.map_err(|e| e.to_string())?;
        let status = resp.status().as_u16();
        let header = |name: &str| {
            resp.headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_string)
        };
        let headers = Headers {
            link: header("link"),
            retry_after: header("retry-after"),
            remaining: header("x-ratelimit-remaining"),
            reset: header("x-ratelimit-reset"),
        };
        let text = resp
            .body_mut()
            .read_to_string()
            .map_err(|e| e.to_string())?;
        Ok((status, headers, text))
    }

    fn backoff(&self, attempt: u32) -> Duration {
        // 1, 2, 4, … units.
        self.policy.unit * 2u32.saturating_pow(attempt.saturating_sub(1).min(10))
    }

    /// How long a 403/429 asks us to wait; `None` for a 403 that is a plain permission error.
    fn rate_limit_wait(&self, status: u16, h: &Headers) -> Option<Duration> {
        if let Some(secs) = h
            .retry_after
            .as_deref()
            .and_then(|v| v.trim().parse::<u64>().ok())
        {
            return Some(self.policy.unit * secs.min(u64::from(u32::MAX)) as u32);
        }
        if h.remaining.as_deref().map(str::trim) == Some("0") {
            if let Some(reset) = h
                .reset
                .as_deref()
                .and_then(|v| v.trim().parse::<u64>().ok())
            {
                let now = SystemTime::now()
                    .duration_since(UNIX_EPOCH)
                    .map_or(0, |d| d.as_secs());
                let secs = reset.saturating_sub(now).max(1);
                return Some(self.policy.unit * secs.min(u64::from(u32::MAX)) as u32);
            }
        }
        // Secondary rate limits may come without headers; GitHub asks for at least a minute then.
        (status == 429).then(|| self.policy.unit * 60)
    }
}

#[derive(Debug, Default)]
struct Headers {
    link: Option<String>,
    retry_after: Option<String>,
    remaining: Option<String>,
    reset: Option<String>,
}

/// The `rel="next"` target of a `Link` header.
pub fn next_link(link: &str) -> Option<String> {
    link.split(',').find_map(|part| {
        let (target, params) = part.split_once(';')?;
        let is_next = params.split(';').any(|p| {
            matches!(
                p.trim().replace(' ', "").as_str(),
                "rel=\"next\"" | "rel=next"
            )
        });
        let target = target.trim().strip_prefix('<')?.strip_suffix('>')?;
        is_next.then(|| target.to_string())
    })
}

fn strip_query(path: &str) -> &str {
    path.split('?').next().unwrap_or(path)
}

/// GitHub's `message` (and the first validation error) from an error body, kept short.
fn api_message(text: &str) -> String {
    let parsed: Option<Value> = serde_json::from_str(text).ok();
    let mut msg = parsed
        .as_ref()
        .and_then(|v| v.get("message"))
        .and_then(Value::as_str)
        .unwrap_or(text)
        .to_string();
    if let Some(first) = parsed
        .as_ref()
        .and_then(|v| v.get("errors"))
        .and_then(Value::as_array)
        .and_then(|a| a.first())
    {
        let detail = first
            .as_str()
            .map(str::to_string)
            .or_else(|| {
                first
                    .get("message")
                    .and_then(Value::as_str)
                    .map(str::to_string)
            })
            .unwrap_or_else(|| first.to_string());
        msg = format!("{msg} ({detail})");
    }
    let mut short: String = msg.chars().take(300).collect();
    if short.len() < msg.len() {
        short.push('…');
    }
    short
}

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "nothing",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn link_header_next() {
        let h = r#"<https://api.github.com/x?page=2>; rel="next", <https://api.github.com/x?page=5>; rel="last""#;
        assert_eq!(
            next_link(h).as_deref(),
            Some("https://api.github.com/x?page=2")
        );
        let last = r#"<https://api.github.com/x?page=1>; rel="prev", <https://api.github.com/x?page=1>; rel="first""#;
        assert_eq!(next_link(last), None);
        assert_eq!(next_link(""), None);
    }

    #[test]
    fn redaction() {
        assert_eq!(redact("Bearer abc and abc", "abc"), "Bearer *** and ***");
        assert_eq!(redact("nothing", ""), "nothing");
    }

    #[test]
    fn error_messages_are_short_and_name_validation_errors() {
        let body = r#"{"message":"Validation Failed","errors":["Line could not be resolved"]}"#;
        assert_eq!(
            api_message(body),
            "Validation Failed (Line could not be resolved)"
        );
        let long = "x".repeat(1000);
        assert_eq!(api_message(&long).chars().count(), 301);
    }

    #[test]
    fn waits_follow_the_policy() {
        let c = Client::new("http://127.0.0.1:9", "t", RetryPolicy::default());
        assert_eq!(c.backoff(1), Duration::from_secs(1));
        assert_eq!(c.backoff(3), Duration::from_secs(4));
        let h = Headers {
            retry_after: Some("7".into()),
            ..Headers::default()
        };
        assert_eq!(c.rate_limit_wait(429, &h), Some(Duration::from_secs(7)));
        let forbidden = Headers {
            remaining: Some("12".into()),
            ..Headers::default()
        };
        assert_eq!(c.rate_limit_wait(403, &forbidden), None);
        let now = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .unwrap()
            .as_secs();
        let reset = Headers {
            remaining: Some("0".into()),
            reset: Some((now + 30).to_string()),
            ..Headers::default()
        };
        let w = c.rate_limit_wait(403, &reset).unwrap();
        assert!(
            w >= Duration::from_secs(28) && w <= Duration::from_secs(31),
            "{w:?}"
        );
    }

    #[test]
    fn network_errors_are_retried_then_reported_without_the_token() {
        // Port 9 on loopback: connection refused, fast.
        let waits = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let w = waits.clone();
        let c = Client::new("http://127.0.0.1:9", "sekrit-token", RetryPolicy::default())
            .with_sleep(move |d| w.lock().unwrap().push(d));
        let e = c.request(Method::Get, "/repos/o/r", None).unwrap_err();
        assert!(e.message.contains("GET /repos/o/r"), "{e}");
        assert!(!e.message.contains("sekrit-token"));
        assert_eq!(
            *waits.lock().unwrap(),
            vec![
                Duration::from_secs(1),
                Duration::from_secs(2),
                Duration::from_secs(4)
            ]
        );
    }

    #[test]
    fn links_off_the_api_root_are_refused() {
        let c = Client::new(
            "http://127.0.0.1:9/api/v3",
            "ghs_token",
            RetryPolicy::default(),
        );
        for link in [
            "http://evil.example/steal",
            "http://127.0.0.1:99/api/v3/repos",
            "http://127.0.0.1:9/api/v3evil/repos",
        ] {
            let e = c.request(Method::Get, link, None).unwrap_err();
            assert!(e.message.contains("outside the API"), "{link}: {e}");
        }
    }

    #[test]
    fn no_retries_once_the_budget_is_spent() {
        let waits = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let w = waits.clone();
        let policy = RetryPolicy {
            budget: Duration::ZERO,
            ..RetryPolicy::default()
        };
        let c = Client::new("http://127.0.0.1:9", "ghs_token", policy)
            .with_sleep(move |d| w.lock().unwrap().push(d));
        let e = c.request(Method::Get, "/x", None).unwrap_err();
        assert!(e.message.contains("after 1 attempts"), "{e}");
        assert!(waits.lock().unwrap().is_empty());
    }
}
