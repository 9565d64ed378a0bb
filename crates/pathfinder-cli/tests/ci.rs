//! `pathfinder ci` and `scan --base` end to end: the real binary, real git repositories in temp dirs, and a
//! fake GitHub API over real HTTP on loopback.

mod fake_github;

use fake_github::{FakeGithub, Fault};
use serde_json::{json, Value};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, Instant};

const TOKEN: &str = "ghs_TestOnlyTokenValue7f3a9c2e51d4";
const RULE: &str = "python/PYTHON-LANG-SEC-001";

/// Base version of the project file: one finding (line 5) far from anything the branch changes.
const BASE_APP: &str = "import os\n\n\ndef old():\n    return eval(os.environ[\"A\"])\n\n\ndef spacer_one():\n    return 1\n\n\ndef spacer_two():\n    return 2\n";
/// Appended on the branch: two findings on lines 17 and 18.
const ADDED: &str =
    "\n\ndef handler(data, expr):\n    value = eval(data)\n    return eval(expr) + value\n";

struct Repo {
    dir: tempfile::TempDir,
    out: tempfile::TempDir,
}

impl Repo {
    /// A repository whose project lives in `svc/`: `main` has the base file, branch `feature` adds two findings,
    /// a new module, a README change and a deleted file.
    fn feature_branch() -> Repo {
        let r = Repo {
            dir: tempfile::tempdir().unwrap(),
            out: tempfile::tempdir().unwrap(),
        };
        r.git(&["init", "-q"]);
        r.git(&["symbolic-ref", "HEAD", "refs/heads/main"]);
        r.write("svc/app.py", BASE_APP);
        r.write("svc/old_module.py", "X = 1\n");
        r.write("README.md", "# demo\n");
        r.commit("base");
        r.git(&["checkout", "-q", "-b", "feature"]);
        r.write("svc/app.py", &format!("{BASE_APP}{ADDED}"));
        r.write("svc/util.py", "def helper():\n    return 2\n");
        r.write("README.md", "# demo\n\nMore.\n");
        fs::remove_file(r.path("svc/old_module.py")).unwrap();
        r.commit("feature work");
        r
    }

    fn path(&self, rel: &str) -> PathBuf {
        self.dir.path().join(rel)
    }

    fn project(&self) -> String {
        self.path("svc").display().to_string()
    }

    fn sarif_path(&self) -> PathBuf {
        self.out.path().join("results.sarif")
    }

    fn write(&self, rel: &str, text: &str) {
        let p = self.path(rel);
        fs::create_dir_all(p.parent().unwrap()).unwrap();
        fs::write(p, text).unwrap();
    }

    fn git(&self, args: &[&str]) -> String {
        let out = Command::new("git")
            .arg("-C")
            .arg(self.dir.path())
            .args(["-c", "user.name=Test", "-c", "user.email=test@example.com"])
            .args(["-c", "commit.gpgsign=false", "-c", "core.autocrlf=false"])
            .args(args)
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .output()
            .expect("git runs");
        assert!(
            out.status.success(),
            "git {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    fn commit(&self, msg: &str) {
        self.git(&["add", "-A"]);
        self.git(&["commit", "-q", "-m", msg]);
    }

    fn head(&self) -> String {
        self.git(&["rev-parse", "HEAD"]).trim().to_string()
    }

    /// What GitHub's `pulls/{n}/files` would return for main...HEAD: repository paths and 3-line-context patches.
    fn pr_files(&self) -> Vec<Value> {
        let mb = self.git(&["merge-base", "main", "HEAD"]).trim().to_string();
        let status = self.git(&["diff", "--name-status", &mb, "HEAD"]);
        status
            .lines()
            .map(|l| {
                let (st, name) = l.split_once('\t').unwrap();
                let diff = self.git(&["diff", "--no-color", "-U3", &mb, "HEAD", "--", name]);
                let patch = diff
                    .find("\n@@")
                    .map(|i| diff[i + 1..].trim_end_matches('\n').to_string());
                let status = match st {
                    "A" => "added",
                    "D" => "removed",
                    _ => "modified",
                };
                json!({ "filename": name, "status": status, "patch": patch })
            })
            .collect()
    }

    /// Points the fake pull request at the current HEAD.
    fn sync(&self, fake: &FakeGithub) {
        fake.set_head(&self.head(), self.pr_files());
    }
}

fn base_command(repo: &Repo) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_pathfinder"));
    c.current_dir(repo.dir.path()).env("NO_COLOR", "1");
    // The tests may themselves run inside GitHub Actions: nothing may leak in from there.
    for k in [
        "GITHUB_TOKEN",
        "GITHUB_REPOSITORY",
        "GITHUB_EVENT_PATH",
        "GITHUB_BASE_REF",
        "GITHUB_API_URL",
        "GITHUB_SERVER_URL",
    ] {
        c.env_remove(k);
    }
    c
}

fn ci(repo: &Repo, fake: &FakeGithub, extra: &[&str]) -> Output {
    let mut c = base_command(repo);
    c.args([
        "ci",
        "-p",
        &repo.project(),
        "--base",
        "main",
        "--ruleset",
        RULE,
        "--no-progress",
    ])
    .args([
        "--pr-comment",
        "--pr-inline",
        "--github-repo",
        "acme/web",
        "--github-pr",
        "7",
    ])
    .arg("-f")
    .arg(repo.sarif_path())
    .args(extra)
    .env("GITHUB_TOKEN", TOKEN);
    // Defaults unless the test gives its own.
    if !extra.contains(&"--github-api-url") {
        c.args(["--github-api-url", &fake.api_url()]);
    }
    if !extra.contains(&"--github-retry-unit-ms") {
        c.args(["--github-retry-unit-ms", "10"]);
    }
    let out = c.output().expect("binary runs");
    assert_no_token(repo, &out);
    out
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn assert_no_token(repo: &Repo, out: &Output) {
    let all = format!(
        "{}{}{}",
        String::from_utf8_lossy(&out.stdout),
        stderr(out),
        fs::read_to_string(repo.sarif_path()).unwrap_or_default()
    );
    assert!(!all.contains(TOKEN), "token leaked:\n{all}");
    assert!(
        !all.contains(&TOKEN[4..20]),
        "part of the token leaked:\n{all}"
    );
}

fn sarif_results(repo: &Repo) -> Vec<Value> {
    let v: Value = serde_json::from_str(&fs::read_to_string(repo.sarif_path()).unwrap()).unwrap();
    v["runs"][0]["results"].as_array().unwrap().clone()
}

fn summary(fake: &FakeGithub) -> Vec<String> {
    fake.issue_comments()
        .iter()
        .filter_map(|c| c["body"].as_str())
        .filter(|b| b.contains("<!-- pathfinder-summary -->"))
        .map(str::to_string)
        .collect()
}

/// The feature-branch repository and a fake GitHub serving its pull request, with people's comments.
fn pull_request() -> (Repo, FakeGithub) {
    let repo = Repo::feature_branch();
    let fake = fake_with_history("");
    repo.sync(&fake);
    (repo, fake)
}

/// Three earlier comments by people, so the summary search has to read more than one page.
fn fake_with_history(prefix: &str) -> FakeGithub {
    let fake = FakeGithub::start(prefix, TOKEN);
    for i in 0..3 {
        fake.add_issue_comment(&format!("LGTM {i}"));
    }
    fake
}

#[test]
fn first_run_posts_one_summary_and_one_review_on_the_changed_lines() {
    let (repo, fake) = pull_request();
    let out = ci(&repo, &fake, &[]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));

    assert_eq!(fake.count("POST", "/issues/7/comments"), 1);
    assert_eq!(fake.count("POST", "/pulls/7/reviews"), 1);
    // Pagination was followed: 3 human comments + none of ours at 2 per page; 3 files at 2 per page.
    assert_eq!(fake.count("GET", "/issues/7/comments"), 2);
    assert_eq!(fake.count("GET", "/pulls/7/files"), 2);
    assert!(fake
        .requests()
        .iter()
        .all(|r| r.authorization.as_deref() == Some(&format!("Bearer {TOKEN}"))));

    let review = fake
        .requests()
        .into_iter()
        .find(|r| r.method == "POST" && r.target.ends_with("/reviews"))
        .unwrap()
        .json();
    assert_eq!(review["commit_id"], repo.head());
    assert_eq!(review["event"], "COMMENT");
    let placed: Vec<(String, u64)> = review["comments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["path"].as_str().unwrap().to_string(),
                c["line"].as_u64().unwrap(),
            )
        })
        .collect();
    // Repository paths (the project is the svc/ subdirectory), only the two new lines.
    assert_eq!(
        placed,
        vec![("svc/app.py".into(), 17), ("svc/app.py".into(), 18)]
    );
    for c in review["comments"].as_array().unwrap() {
        assert_eq!(c["side"], "RIGHT");
        assert!(c["body"]
            .as_str()
            .unwrap()
            .contains("<!-- pathfinder-finding:"));
    }

    let s = summary(&fake);
    assert_eq!(s.len(), 1);
    assert!(s[0].contains("**2 findings**"), "{}", s[0]);
    // eval() is an audit rule: medium at most.
    assert!(s[0].contains("| 0 | 0 | 2 | 0 | 0 |"), "{}", s[0]);
    assert!(s[0].contains(&format!(
        "(http://127.0.0.1:{}/acme/web/blob/{}/svc/app.py#L17)",
        fake.port,
        repo.head()
    )));
    assert!(s[0].contains("](https://pathfinder-sast.github.io/registry/python/"));
    assert!(s[0].contains("[`svc/app.py:17`]"), "{}", s[0]);
    assert!(
        !s[0].contains("app.py:5`"),
        "unchanged line is not part of the change"
    );

    // The report covers the change only: two results, with paths from the repository root (code scanning
    // reads them so), though the project is the svc/ subdirectory.
    let results = sarif_results(&repo);
    assert_eq!(results.len(), 2);
    for r in &results {
        assert_eq!(
            r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
            "svc/app.py"
        );
    }
    assert!(
        stderr(&out).contains("summary comment posted"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn unchanged_rerun_posts_nothing_new_and_edits_the_summary() {
    let (repo, fake) = pull_request();
    assert_eq!(ci(&repo, &fake, &[]).status.code(), Some(0));
    fake.clear_requests();

    let out = ci(&repo, &fake, &[]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(fake.count("POST", "/issues/7/comments"), 0);
    assert_eq!(fake.count("POST", "/pulls/7/reviews"), 0);
    assert_eq!(fake.count("PATCH", ""), 1, "only the summary is edited");
    assert!(fake
        .requests()
        .iter()
        .any(|r| r.method == "PATCH" && r.target.contains("/issues/comments/")));
    assert_eq!(fake.count("DELETE", ""), 0);
    assert_eq!(summary(&fake).len(), 1);
    assert_eq!(fake.review_comments().len(), 2);
    assert!(stderr(&out).contains("summary comment updated"));
}

#[test]
fn a_duplicated_summary_is_folded_into_one() {
    let (repo, fake) = pull_request();
    fake.add_issue_comment("<!-- pathfinder-summary -->\nold summary");
    fake.add_issue_comment("a human in between");
    fake.add_issue_comment("<!-- pathfinder-summary -->\nsecond copy");
    let out = ci(&repo, &fake, &[]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let s = summary(&fake);
    assert_eq!(s.len(), 1);
    assert!(s[0].contains("**2 findings**"));
    assert_eq!(fake.count("POST", "/issues/7/comments"), 0);
    assert_eq!(fake.issue_comments().len(), 5, "human comments untouched");
}

#[test]
fn lines_inserted_above_a_finding_do_not_duplicate_its_comment() {
    let (repo, fake) = pull_request();
    assert_eq!(ci(&repo, &fake, &[]).status.code(), Some(0));
    let before = fake.review_comments();

    let text = fs::read_to_string(repo.path("svc/app.py")).unwrap();
    repo.write(
        "svc/app.py",
        &format!("\"\"\"Service.\"\"\"\n# one\n# two\n{text}"),
    );
    repo.commit("docstring on top");
    repo.sync(&fake);
    fake.clear_requests();

    let out = ci(&repo, &fake, &[]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        fake.count("POST", "/pulls/7/reviews"),
        0,
        "{:?}",
        fake.requests()
    );
    assert_eq!(fake.count("DELETE", ""), 0);
    assert_eq!(fake.count("PATCH", "/pulls/comments"), 0);
    assert_eq!(fake.review_comments(), before);
    // The summary follows the code: the findings are now on lines 20 and 21.
    assert!(summary(&fake)[0].contains("svc/app.py#L20"));
}

#[test]
fn fixed_findings_lose_their_comments_and_answered_ones_are_marked_resolved() {
    let (repo, fake) = pull_request();
    assert_eq!(ci(&repo, &fake, &[]).status.code(), Some(0));
    let comments = fake.review_comments();
    let id_of = |line: u64| {
        comments.iter().find(|c| c["line"] == line).unwrap()["id"]
            .as_u64()
            .unwrap()
    };
    let (first, second) = (id_of(17), id_of(18));
    fake.add_reply(second, "Is this really exploitable?");

    let fixed = format!("{BASE_APP}\n\ndef handler(data, expr):\n    value = int(data)\n    return int(expr) + value\n");
    repo.write("svc/app.py", &fixed);
    repo.commit("fix");
    repo.sync(&fake);
    fake.clear_requests();

    let out = ci(&repo, &fake, &[]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let deletes: Vec<String> = fake
        .requests()
        .iter()
        .filter(|r| r.method == "DELETE")
        .map(|r| r.target.clone())
        .collect();
    assert_eq!(
        deletes,
        vec![format!("/repos/acme/web/pulls/comments/{first}")]
    );
    let remaining = fake.review_comments();
    let kept = remaining
        .iter()
        .find(|c| c["id"] == second)
        .expect("answered comment kept");
    assert!(kept["body"]
        .as_str()
        .unwrap()
        .contains("No longer reported"));
    assert!(!remaining.iter().any(|c| c["id"] == first));
    assert_eq!(fake.count("POST", "/pulls/7/reviews"), 0);
    assert!(summary(&fake)[0].contains("No findings"));
}

#[test]
fn a_finding_on_an_unchanged_line_is_not_commented_inline() {
    let (repo, fake) = pull_request();
    // Whole changed files are reported, so the finding on unchanged line 5 is in the report and summary ...
    let out = ci(&repo, &fake, &["--diff-scope", "files"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(sarif_results(&repo).len(), 3);
    assert!(summary(&fake)[0].contains("svc/app.py#L5)"));
    // ... but GitHub would reject a comment there: the review has only the two lines in the diff.
    let review = fake.reviews();
    assert_eq!(review.len(), 1);
    assert_eq!(review[0]["comments"], 2);
    assert!(fake.review_comments().iter().all(|c| c["line"] != 5));
    assert!(
        stderr(&out).contains("1 finding outside the diff (summary only)"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn the_comment_threshold_limits_comments_not_the_report() {
    let (repo, fake) = pull_request();
    let out = ci(&repo, &fake, &["--comment-min-severity", "critical"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(fake.count("POST", "/pulls/7/reviews"), 0);
    let s = summary(&fake);
    assert!(
        s[0].contains("**2 findings**")
            && s[0].contains("2 finding(s) below critical are counted but not listed"),
        "{}",
        s[0]
    );
    assert!(!s[0].contains("| Severity |"));
    assert_eq!(
        sarif_results(&repo).len(),
        2,
        "the report is not filtered by the threshold"
    );

    let out = ci(&repo, &fake, &["--comment-min-severity", "severe"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("invalid --comment-min-severity"));
}

#[test]
fn a_server_error_is_retried() {
    let (repo, fake) = pull_request();
    fake.push_fault(Fault {
        method: "GET",
        route: "/repos/acme/web/pulls/7".into(),
        status: 500,
        headers: vec![],
        body: "{\"message\":\"Server Error\"}".into(),
    });
    let out = ci(&repo, &fake, &[]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(fake.count("GET", "/pulls/7"), 2);
    assert!(!stderr(&out).contains("warning"), "{}", stderr(&out));
    assert_eq!(summary(&fake).len(), 1);
    assert_eq!(fake.reviews().len(), 1);
}

#[test]
fn too_many_requests_waits_for_retry_after_then_succeeds() {
    let (repo, fake) = pull_request();
    fake.push_fault(Fault {
        method: "POST",
        route: "/repos/acme/web/pulls/7/reviews".into(),
        status: 429,
        headers: vec![("Retry-After".into(), "1".into())],
        body: "{\"message\":\"You have exceeded a secondary rate limit\"}".into(),
    });
    // Real one-second steps here: the wait itself is what is tested.
    let out = ci(&repo, &fake, &["--github-retry-unit-ms", "1000"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let posts: Vec<Instant> = fake
        .requests()
        .iter()
        .filter(|r| r.method == "POST" && r.target.ends_with("/reviews"))
        .map(|r| r.at)
        .collect();
    assert_eq!(posts.len(), 2);
    assert!(
        posts[1] - posts[0] >= Duration::from_millis(950),
        "{:?}",
        posts[1] - posts[0]
    );
    assert_eq!(fake.reviews().len(), 1);
    assert!(!stderr(&out).contains("warning"), "{}", stderr(&out));
}

#[test]
fn an_exhausted_rate_limit_waits_for_the_reset() {
    let (repo, fake) = pull_request();
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    fake.push_fault(Fault {
        method: "GET",
        route: "/repos/acme/web/issues/7/comments".into(),
        status: 403,
        headers: vec![
            ("X-RateLimit-Remaining".into(), "0".into()),
            ("X-RateLimit-Reset".into(), (now + 1).to_string()),
        ],
        body: "{\"message\":\"API rate limit exceeded\"}".into(),
    });
    let out = ci(&repo, &fake, &["--github-retry-unit-ms", "1000"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let gets: Vec<Instant> = fake
        .requests()
        .iter()
        .filter(|r| r.method == "GET" && r.route("").ends_with("/issues/7/comments"))
        .map(|r| r.at)
        .collect();
    // Rate limited, then the two pages.
    assert_eq!(gets.len(), 3);
    assert!(
        gets[1] - gets[0] >= Duration::from_millis(950),
        "{:?}",
        gets[1] - gets[0]
    );
    assert_eq!(summary(&fake).len(), 1);
}

#[test]
fn a_forbidden_request_is_not_retried() {
    let (repo, fake) = pull_request();
    fake.push_fault(Fault {
        method: "POST",
        route: "/repos/acme/web/issues/7/comments".into(),
        status: 403,
        headers: vec![],
        body: "{\"message\":\"Resource not accessible by integration\"}".into(),
    });
    let out = ci(&repo, &fake, &[]);
    assert_eq!(out.status.code(), Some(0));
    let err = stderr(&out);
    assert!(
        err.contains("warning: summary comment not posted")
            && err.contains("Resource not accessible"),
        "{err}"
    );
    assert_eq!(fake.count("POST", "/issues/7/comments"), 1);
    assert_eq!(fake.reviews().len(), 1, "the inline part is independent");
}

#[test]
fn a_project_outside_git_is_reported_whole_by_ci() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a.py"), "eval(x)\n").unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_pathfinder"))
        .args([
            "ci",
            "--no-progress",
            "--ruleset",
            RULE,
            "--base",
            "main",
            "-o",
            "json",
            "-p",
        ])
        .arg(dir.path())
        .env(
            "GIT_CEILING_DIRECTORIES",
            dir.path().parent().unwrap_or(Path::new("/")),
        )
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("is not inside a git repository"),
        "{}",
        stderr(&out)
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["results"].as_array().unwrap().len(), 1);
}

#[test]
fn a_rejected_review_is_a_warning_and_keeps_the_scan_exit_code() {
    let (repo, fake) = pull_request();
    let reject = || Fault {
        method: "POST",
        route: "/repos/acme/web/pulls/7/reviews".into(),
        status: 422,
        headers: vec![],
        body: "{\"message\":\"Unprocessable Entity\",\"errors\":[\"Line could not be resolved\"]}"
            .into(),
    };
    fake.push_fault(reject());
    let out = ci(&repo, &fake, &["--fail-on", "medium"]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "medium findings still fail the job: {}",
        stderr(&out)
    );
    let err = stderr(&out);
    assert!(
        err.contains("warning: inline review comments not posted"),
        "{err}"
    );
    assert!(
        err.contains("HTTP 422") && err.contains("Line could not be resolved"),
        "{err}"
    );
    assert_eq!(
        fake.count("POST", "/pulls/7/reviews"),
        1,
        "422 is not retried"
    );
    assert_eq!(summary(&fake).len(), 1, "the summary is still posted");

    // Clean-up still happens when the review is rejected: fix one finding, then reject the next review.
    let fixed = format!(
        "{BASE_APP}\n\ndef handler(data, expr):\n    value = int(data)\n    return eval(expr) + value\n\n\ndef more(y):\n    return eval(y)\n"
    );
    assert_eq!(ci(&repo, &fake, &[]).status.code(), Some(0));
    assert_eq!(fake.review_comments().len(), 2);
    repo.write("svc/app.py", &fixed);
    repo.commit("fix one, add one");
    repo.sync(&fake);
    fake.clear_requests();
    fake.push_fault(reject());
    let out = ci(&repo, &fake, &[]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stderr(&out).contains("warning: inline review comments not posted"));
    assert_eq!(fake.count("DELETE", ""), 1, "{:?}", fake.requests());
    assert_eq!(fake.review_comments().len(), 1);
}

#[test]
fn the_token_never_appears_in_any_output() {
    let (repo, fake) = pull_request();
    // A server that echoes the credential back in its error message.
    fake.push_fault(Fault {
        method: "GET",
        route: "/repos/acme/web/pulls/7".into(),
        status: 401,
        headers: vec![],
        body: format!("{{\"message\":\"Bad credentials: {TOKEN}\"}}"),
    });
    let out = ci(&repo, &fake, &["--verbose", "--github-token", TOKEN]);
    assert_eq!(out.status.code(), Some(0));
    let err = stderr(&out);
    assert!(
        err.contains("HTTP 401") && err.contains("Bad credentials: ***"),
        "{err}"
    );

    // An API that is not there at all: warnings only, nothing leaked, exit code unchanged.
    // Port 0 can never be connected to, unlike a port just released, which another test may take.
    let dead = "http://127.0.0.1:0";
    let out = ci(
        &repo,
        &fake,
        &["--github-api-url", dead, "--fail-on", "medium"],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("warning: cannot read pull request #7"),
        "{}",
        stderr(&out)
    );

    // --help never shows the value taken from GITHUB_TOKEN.
    let out = base_command(&repo)
        .args(["ci", "--help"])
        .env("GITHUB_TOKEN", TOKEN)
        .output()
        .unwrap();
    assert!(!String::from_utf8_lossy(&out.stdout).contains(TOKEN));
}

#[test]
fn github_enterprise_api_url_and_actions_environment_are_used() {
    let repo = Repo::feature_branch();
    let fake = fake_with_history("/api/v3");
    repo.sync(&fake);
    let event = repo.out.path().join("event.json");
    let write_event = |head: &str| {
        let e =
            json!({"action": "synchronize", "pull_request": {"number": 7, "head": {"sha": head}}});
        fs::write(&event, e.to_string()).unwrap();
    };
    write_event(&repo.head());
    let run = || {
        base_command(&repo)
            .args([
                "ci",
                "-p",
                &repo.project(),
                "--ruleset",
                RULE,
                "--no-progress",
                "--pr-comment",
                "--pr-inline",
            ])
            .args(["--github-retry-unit-ms", "10", "-v"])
            .arg("-f")
            .arg(repo.sarif_path())
            .env("GITHUB_TOKEN", TOKEN)
            .env("GITHUB_REPOSITORY", "acme/web")
            .env("GITHUB_EVENT_PATH", &event)
            // Not fetched as origin/main in this repository: the local branch is used instead.
            .env("GITHUB_BASE_REF", "main")
            .env("GITHUB_API_URL", fake.api_url())
            .output()
            .unwrap()
    };
    let out = run();
    assert_no_token(&repo, &out);
    assert!(!stderr(&out).contains("warning"), "{}", stderr(&out));
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let requests = fake.requests();
    assert!(!requests.is_empty());
    assert!(
        requests
            .iter()
            .all(|r| r.target.starts_with("/api/v3/repos/acme/web/")),
        "{requests:?}"
    );
    assert_eq!(fake.reviews().len(), 1);
    let s = summary(&fake);
    assert!(
        s[0].contains(&format!("(http://127.0.0.1:{}/acme/web/blob/", fake.port)),
        "{}",
        s[0]
    );
    assert!(s[0].contains("changed since `main`"), "{}", s[0]);
    assert_eq!(sarif_results(&repo).len(), 2);

    // A checkout that is not the pull request's head (the default merge commit) is pointed out.
    write_event(&"f".repeat(40));
    let out = run();
    assert_eq!(out.status.code(), Some(0));
    assert!(
        stderr(&out).contains("is not the pull request's head commit fffffff"),
        "{}",
        stderr(&out)
    );
}

fn scan_json(repo: &Repo, extra: &[&str]) -> (Output, Vec<Value>) {
    let out = base_command(repo)
        .args([
            "scan",
            "-p",
            &repo.project(),
            "--ruleset",
            RULE,
            "--no-progress",
            "-o",
            "json",
        ])
        .args(extra)
        .output()
        .unwrap();
    let results = serde_json::from_slice::<Value>(&out.stdout)
        .ok()
        .and_then(|v| v["results"].as_array().cloned())
        .unwrap_or_default();
    (out, results)
}

fn lines(results: &[Value]) -> Vec<u64> {
    results
        .iter()
        .map(|r| r["location"]["line"].as_u64().unwrap())
        .collect()
}

#[test]
fn scan_base_reports_changed_lines_or_files() {
    let repo = Repo::feature_branch();
    let (_, all) = scan_json(&repo, &[]);
    assert_eq!(lines(&all), vec![5, 17, 18]);
    let (out, changed) = scan_json(&repo, &["--base", "main"]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(lines(&changed), vec![17, 18]);
    assert_eq!(
        changed[0]["location"]["file"], "app.py",
        "paths stay project-relative"
    );
    let (_, files) = scan_json(&repo, &["--base", "main", "--diff-scope", "files"]);
    assert_eq!(lines(&files), vec![5, 17, 18]);
    // Nothing changed between HEAD and itself.
    let (_, none) = scan_json(&repo, &["--base", "HEAD"]);
    assert!(none.is_empty());
}

#[test]
fn scan_with_an_invalid_base_is_an_error_but_ci_scans_everything() {
    let repo = Repo::feature_branch();
    let (out, _) = scan_json(&repo, &["--base", "no-such-branch"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("\"no-such-branch\" is not a commit"),
        "{}",
        stderr(&out)
    );
    assert!(out.stdout.is_empty());

    let out = base_command(&repo)
        .args([
            "ci",
            "-p",
            &repo.project(),
            "--ruleset",
            RULE,
            "--no-progress",
            "--base",
            "no-such-branch",
        ])
        .arg("-f")
        .arg(repo.sarif_path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("warning: cannot diff against no-such-branch"),
        "{}",
        stderr(&out)
    );
    assert_eq!(sarif_results(&repo).len(), 3, "full scan");

    // --no-diff reports everything; SARIF is the default, on stdout with `-f -`.
    let out = base_command(&repo)
        .args([
            "ci",
            "-p",
            &repo.project(),
            "--ruleset",
            RULE,
            "--no-progress",
            "--no-diff",
            "-f",
            "-",
        ])
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["version"], "2.1.0");
    assert_eq!(v["runs"][0]["results"].as_array().unwrap().len(), 3);
}

#[test]
fn a_project_outside_git_is_an_error_for_scan_base() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a.py"), "eval(x)\n").unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_pathfinder"))
        .args(["scan", "--no-progress", "--base", "main", "-p"])
        .arg(dir.path())
        .env(
            "GIT_CEILING_DIRECTORIES",
            dir.path().parent().unwrap_or(Path::new("/")),
        )
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("is not inside a git repository"),
        "{}",
        stderr(&out)
    );
}

fn action() -> serde_yaml::Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../action.yml");
    serde_yaml::from_str(&fs::read_to_string(path).unwrap()).unwrap()
}

#[test]
fn the_action_never_expands_inputs_inside_scripts() {
    let a = action();
    assert_eq!(a["runs"]["using"].as_str(), Some("composite"));
    let steps = a["runs"]["steps"].as_sequence().unwrap();
    for step in steps {
        if let Some(run) = step["run"].as_str() {
            assert!(!run.contains("${{"), "expression inside a script: {run}");
        }
    }
    // Every input reaches a step (the scan, or the install for `install`) through its environment.
    let env: String = steps
        .iter()
        .map(|s| serde_yaml::to_string(&s["env"]).unwrap())
        .collect();
    for (name, _) in a["inputs"].as_mapping().unwrap() {
        let name = name.as_str().unwrap();
        assert!(
            env.contains(&format!("inputs.{name} }}}}")),
            "input {name} not passed to a step"
        );
    }
}

#[test]
fn the_action_script_passes_inputs_as_plain_arguments() {
    let a = action();
    let scan = a["runs"]["steps"]
        .as_sequence()
        .unwrap()
        .iter()
        .find(|s| s["id"].as_str() == Some("scan"))
        .unwrap()
        .clone();
    let script = scan["run"].as_str().unwrap();
    let dir = tempfile::tempdir().unwrap();
    // A stand-in `pathfinder` that records its arguments and exits 1 (findings).
    let bin = dir.path().join("bin");
    fs::create_dir_all(&bin).unwrap();
    let stub = bin.join("pathfinder");
    fs::write(
        &stub,
        "#!/usr/bin/env bash\nprintf '%s\\n' \"$@\" > \"$ARGS_FILE\"\nexit 1\n",
    )
    .unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(&stub, fs::Permissions::from_mode(0o755)).unwrap();
    }
    let outputs = dir.path().join("outputs");
    let args_file = dir.path().join("args");
    let hostile = "python/lang, $(touch pwned) ,`touch pwned2`";
    let out = Command::new("bash")
        .arg("-c")
        .arg(script)
        .current_dir(dir.path())
        .env(
            "PATH",
            format!(
                "{}:{}",
                bin.display(),
                std::env::var("PATH").unwrap_or_default()
            ),
        )
        .env("ARGS_FILE", &args_file)
        .env("GITHUB_OUTPUT", &outputs)
        .env("GITHUB_EVENT_NAME", "pull_request")
        .env("INPUT_PROJECT", "svc dir")
        .env("INPUT_RULESET", hostile)
        .env("INPUT_RULES", "")
        .env("INPUT_FAIL_ON", "high")
        .env("INPUT_OUTPUT", "sarif")
        .env("INPUT_OUTPUT_FILE", "out.sarif")
        .env("INPUT_BASE", "")
        .env("INPUT_DIFF_SCOPE", "lines")
        .env("INPUT_NO_DIFF", "false")
        .env("INPUT_PR_COMMENT", "true")
        .env("INPUT_PR_INLINE", "false")
        .env("INPUT_MIN_SEVERITY", "medium")
        .env("INPUT_SKIP_TESTS", "true")
        .env("INPUT_API_URL", "")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let args: Vec<String> = fs::read_to_string(&args_file)
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect();
    assert_eq!(
        args,
        [
            "ci",
            "--no-progress",
            "--project",
            "svc dir",
            "--output",
            "sarif",
            "--output-file",
            "out.sarif",
            "--comment-min-severity",
            "medium",
            "--skip-tests=true",
            "--ruleset",
            "python/lang",
            "--ruleset",
            "$(touch pwned)",
            "--ruleset",
            "`touch pwned2`",
            "--fail-on",
            "high",
            "--diff-scope",
            "lines",
            "--pr-comment",
        ]
    );
    assert!(!dir.path().join("pwned").exists() && !dir.path().join("pwned2").exists());
    let outputs = fs::read_to_string(outputs).unwrap();
    assert!(
        outputs.contains("results-file=out.sarif\n") && outputs.contains("exit-code=1\n"),
        "{outputs}"
    );
}

#[test]
fn pre_commit_hooks_run_pathfinder() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../.pre-commit-hooks.yaml");
    let hooks: serde_yaml::Value =
        serde_yaml::from_str(&fs::read_to_string(path).unwrap()).unwrap();
    let hooks = hooks.as_sequence().unwrap();
    assert!(!hooks.is_empty());
    for h in hooks {
        assert!(h["entry"].as_str().unwrap().starts_with("pathfinder scan "));
        assert!(h["id"].as_str().is_some() && h["language"].as_str().is_some());
    }
}

#[test]
fn a_pipe_in_a_path_does_not_split_the_summary_table_row() {
    let repo = Repo::feature_branch();
    repo.write("svc/a|b.py", "def f(x):\n    return eval(x)\n");
    repo.commit("a file name with a pipe");
    let fake = fake_with_history("");
    repo.sync(&fake);
    let out = ci(&repo, &fake, &[]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let s = summary(&fake);
    // Cell separators are the unescaped pipes: a row has as many as the header.
    let separators = |line: &str| line.replace("\\|", "").matches('|').count();
    let header = s[0]
        .lines()
        .find(|l| l.starts_with("| Severity"))
        .expect("findings table");
    let row = s[0]
        .lines()
        .find(|l| l.contains("svc/a\\|b.py:2"))
        .unwrap_or_else(|| panic!("no row for the piped path in {}", s[0]));
    assert_eq!(separators(row), separators(header), "{row}");
}
