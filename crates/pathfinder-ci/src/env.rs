//! What GitHub Actions tells a job through its environment.

use serde_json::Value;
use std::path::Path;

/// Values detected from a GitHub Actions run; everything is optional so flags can fill the gaps.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ActionsEnv {
    /// `owner/name` from `GITHUB_REPOSITORY`.
    pub repository: Option<String>,
    /// The pull request number from the event payload at `GITHUB_EVENT_PATH`.
    pub pr_number: Option<u64>,
    /// The pull request's head commit from the event payload.
    pub pr_head_sha: Option<String>,
    /// The target branch of a pull request (`GITHUB_BASE_REF`), e.g. `main`.
    pub base_ref: Option<String>,
    /// `GITHUB_API_URL`: `https://api.github.com` or `https://HOST/api/v3` on GitHub Enterprise Server.
    pub api_url: Option<String>,
    /// `GITHUB_SERVER_URL`: the web root for links.
    pub server_url: Option<String>,
    pub token: Option<String>,
}

impl ActionsEnv {
    /// Reads the variables through `get` (the process environment in production).
    pub fn detect(get: impl Fn(&str) -> Option<String>) -> ActionsEnv {
        let non_empty = |k: &str| {
            get(k)
                .map(|v| v.trim().to_string())
                .filter(|v| !v.is_empty())
        };
        let event = non_empty("GITHUB_EVENT_PATH").and_then(|p| read_event(Path::new(&p)));
        let pr_number = event.as_ref().and_then(pr_number);
        let pr_head_sha = event
            .as_ref()
            .and_then(|e| e.pointer("/pull_request/head/sha")?.as_str())
            .map(str::to_string);
        ActionsEnv {
            repository: non_empty("GITHUB_REPOSITORY"),
            pr_number,
            pr_head_sha,
            base_ref: non_empty("GITHUB_BASE_REF"),
            api_url: non_empty("GITHUB_API_URL"),
            server_url: non_empty("GITHUB_SERVER_URL"),
            // Not trimmed beyond whitespace; never shown.
            token: non_empty("GITHUB_TOKEN"),
        }
    }
}

fn read_event(path: &Path) -> Option<Value> {
    serde_json::from_str(&std::fs::read_to_string(path).ok()?).ok()
}

/// The pull request number in an event payload: `pull_request.number` (pull_request and
/// pull_request_target events), or `issue.number` when the issue is a pull request (issue_comment).
fn pr_number(v: &Value) -> Option<u64> {
    v.pointer("/pull_request/number")
        .and_then(Value::as_u64)
        .or_else(|| {
            v.pointer("/issue/pull_request")?;
            v.pointer("/issue/number")?.as_u64()
        })
}

/// The pull request number in the event payload file at `path`.
pub fn pr_from_event(path: &Path) -> Option<u64> {
    pr_number(&read_event(path)?)
}

/// The web root that matches an API root: `api.github.com` → `github.com`, `HOST/api/v3` → `HOST`.
pub fn web_url_for(api_url: &str) -> String {
    let api = api_url.trim_end_matches('/');
    if let Some(rest) = api.strip_prefix("https://api.") {
        return format!("https://{rest}");
    }
    api.strip_suffix("/api/v3").unwrap_or(api).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    #[test]
    fn detects_a_pull_request_run() {
        let dir = tempfile::tempdir().unwrap();
        let event = dir.path().join("event.json");
        std::fs::write(
            &event,
            r#"{"action":"synchronize","number":42,"pull_request":{"number":42,"head":{"sha":"abc"}}}"#,
        )
        .unwrap();
        let vars: HashMap<&str, String> = [
            ("GITHUB_REPOSITORY", "acme/web".to_string()),
            ("GITHUB_EVENT_PATH", event.display().to_string()),
            ("GITHUB_BASE_REF", "main".to_string()),
            (
                "GITHUB_API_URL",
                "https://ghe.example.com/api/v3".to_string(),
            ),
            ("GITHUB_TOKEN", " t0k ".to_string()),
            ("GITHUB_SERVER_URL", "".to_string()),
        ]
        .into_iter()
        .collect();
        let env = ActionsEnv::detect(|k| vars.get(k).cloned());
        assert_eq!(env.repository.as_deref(), Some("acme/web"));
        assert_eq!(env.pr_number, Some(42));
        assert_eq!(env.pr_head_sha.as_deref(), Some("abc"));
        assert_eq!(env.base_ref.as_deref(), Some("main"));
        assert_eq!(
            env.api_url.as_deref(),
            Some("https://ghe.example.com/api/v3")
        );
        assert_eq!(env.server_url, None);
        assert_eq!(env.token.as_deref(), Some("t0k"));
    }

    #[test]
    fn issue_comment_events_on_pull_requests_only() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("e.json");
        std::fs::write(&p, r#"{"issue":{"number":9,"pull_request":{"url":"x"}}}"#).unwrap();
        assert_eq!(pr_from_event(&p), Some(9));
        std::fs::write(&p, r#"{"issue":{"number":9}}"#).unwrap();
        assert_eq!(pr_from_event(&p), None);
        std::fs::write(&p, "not json").unwrap();
        assert_eq!(pr_from_event(&p), None);
        assert_eq!(pr_from_event(&dir.path().join("missing.json")), None);
    }

    #[test]
    fn web_roots() {
        assert_eq!(web_url_for("https://api.github.com"), "https://github.com");
        assert_eq!(
            web_url_for("https://ghe.example.com/api/v3/"),
            "https://ghe.example.com"
        );
        assert_eq!(
            web_url_for("http://127.0.0.1:8080/api/v3"),
            "http://127.0.0.1:8080"
        );
    }
}
