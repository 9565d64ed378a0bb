//! The generated site: layout, section order, links that resolve, Markdown twins, escaping of user rules,
//! and the committed front-end bundle being current.

use pathfinder_registry::site::{build_site, page_path};
use sha2::{Digest, Sha256};
use std::collections::BTreeSet;
use std::path::Path;
use std::sync::{Arc, OnceLock};

fn catalog() -> Vec<Arc<pathfinder_rules::Rule>> {
    pathfinder_rules::catalog::builtin_rules().expect("catalog loads")
}

fn site() -> &'static pathfinder_registry::Site {
    static SITE: OnceLock<pathfinder_registry::Site> = OnceLock::new();
    SITE.get_or_init(|| build_site(&catalog()))
}

fn text(path: &str) -> &'static str {
    std::str::from_utf8(site().get(path).unwrap_or_else(|| panic!("{path} missing"))).unwrap()
}

#[test]
fn every_rule_has_a_page_and_a_markdown_twin_where_sarif_points() {
    let rules = catalog();
    assert_eq!(site().rule_count, rules.len());
    for r in &rules {
        let html = page_path(r);
        assert!(site().get(&html).is_some(), "{html}");
        assert!(
            site().get(&html.replace(".html", ".md")).is_some(),
            "{html}"
        );
        // SARIF helpUri = registry base + the page path without its extension.
        let uri = r.info().help_uri.expect("catalog rules have a help URI");
        assert!(
            uri.ends_with(html.trim_end_matches(".html")),
            "{uri} vs {html}"
        );
    }
    for f in [
        "index.html",
        "index.md",
        "rules.json",
        "assets/site.css",
        "assets/index.js",
        "assets/rule.js",
    ] {
        assert!(site().get(f).is_some(), "{f}");
    }
}

fn between<'a>(s: &'a str, start: &str, end: &str) -> Vec<&'a str> {
    s.split(start)
        .skip(1)
        .filter_map(|p| p.split_once(end).map(|(a, _)| a))
        .collect()
}

#[test]
fn rule_page_sections_come_in_the_issue_order() {
    let html = text("python/lang/PYTHON-LANG-SEC-070.html");
    let h2: Vec<String> = between(html, "<h2 id=\"", "</h2>")
        .into_iter()
        .map(|s| s.split_once('>').unwrap().1.replace("&amp;", "&"))
        .collect();
    assert_eq!(
        h2,
        [
            "Rule Information",
            "Interactive Playground",
            "About This Rule",
            "Security Implications",
            "How to Fix",
            "Detection Scope",
            "Compliance & Standards",
            "References",
            "Similar Rules",
            "FAQ",
            "Get these findings on your pull requests"
        ]
    );
    let head = html.split("Rule Information").next().unwrap();
    assert!(head.contains("<h1>Socket Bind to All Interfaces</h1>"));
    assert!(head.contains("sev-medium"));
    assert!(head.contains("wildcard address"), "one-line summary");
    assert!(html.contains("CWE-668: Exposure of Resource to Wrong Sphere"));
    assert!(html.contains("https://cwe.mitre.org/data/definitions/668.html"));
    assert!(html.contains("A05:2021: Security Misconfiguration"));
    assert!(html.contains("pathfinder scan --ruleset python/PYTHON-LANG-SEC-070 --project ."));
    assert!(html.contains("Live analysis needs <code>pathfinder playground</code>"));
    // Prefilled from the positive fixture, annotations removed; the rule's own source in the other editor.
    assert!(html.contains("A tiny metrics endpoint"));
    assert!(!html.contains("# expect:"));
    assert!(html.contains("detect_bind_all_interfaces"));
    // Similar rules link to their pages with their one-line descriptions.
    assert!(html.contains("href=\"../../python/flask/PYTHON-FLASK-AUDIT-003.html\""));
    assert!(html
        .contains("Flask development server started with a host that listens on all interfaces."));
    // How to fix: ordered steps and the secure example.
    assert!(html.contains("<ol class=\"steps\">"));
    assert!(html.contains("METRICS_HOST"));
}

#[test]
fn markdown_twin_has_the_same_sections() {
    let md = text("python/lang/PYTHON-LANG-SEC-070.md");
    let h2: Vec<&str> = md.lines().filter_map(|l| l.strip_prefix("## ")).collect();
    assert_eq!(
        h2,
        [
            "Rule Information",
            "Interactive Playground",
            "About This Rule",
            "Security Implications",
            "How to Fix",
            "Detection Scope",
            "Compliance & Standards",
            "References",
            "Similar Rules",
            "FAQ",
            "Get these findings on your pull requests"
        ]
    );
    assert!(md.starts_with("# PYTHON-LANG-SEC-070: Socket Bind to All Interfaces\n"));
    assert!(md.contains("[PYTHON-FLASK-AUDIT-003](../../python/flask/PYTHON-FLASK-AUDIT-003.md)"));
    assert!(md.contains("pathfinder scan --ruleset python/PYTHON-LANG-SEC-070 --project ."));
}

/// Every relative `href`/`src` in every page points at a file of the site, and nothing loads from elsewhere.
#[test]
fn links_resolve_and_nothing_comes_from_a_cdn() {
    let s = site();
    let files: BTreeSet<&str> = s.files.keys().map(String::as_str).collect();
    let mut checked = 0;
    for (path, bytes) in &s.files {
        if !path.ends_with(".html") {
            continue;
        }
        let html = std::str::from_utf8(bytes).unwrap();
        // Attributes of real tags (code samples in the text may contain `href="…"` too).
        for attr in [
            "<a href=\"",
            "stylesheet\" href=\"",
            "icon\" href=\"",
            "<script src=\"",
        ] {
            for target in between(html, attr, "\"") {
                let target = target.replace("&amp;", "&");
                if target.starts_with("https://") || target.starts_with("http://") {
                    // External links are fine; external resources are not.
                    assert!(attr == "<a href=\"", "{path} loads {target}");
                    continue;
                }
                if target.starts_with('#')
                    || target.starts_with("data:")
                    || target.starts_with("mailto:")
                {
                    continue;
                }
                assert!(!target.starts_with('/'), "{path}: absolute link {target}");
                let file = target.split(['#', '?']).next().unwrap();
                let dir = Path::new(path).parent().unwrap();
                let mut parts: Vec<String> = dir
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy().to_string())
                    .collect();
                for seg in file.split('/') {
                    match seg {
                        ".." => {
                            parts.pop();
                        }
                        "." | "" => {}
                        s => parts.push(s.to_string()),
                    }
                }
                let resolved = parts.join("/");
                assert!(
                    files.contains(resolved.as_str()),
                    "{path}: broken link {target}"
                );
                checked += 1;
            }
        }
        assert!(
            !html.contains("<link rel=\"stylesheet\" href=\"http"),
            "{path}"
        );
    }
    assert!(checked > 1000, "only {checked} links checked");
    let css = text("assets/site.css");
    assert!(!css.contains("@import") && !css.contains("url(http"));
}

#[test]
fn user_rules_are_escaped_and_get_their_own_folder() {
    let dir = tempfile::tempdir().unwrap();
    let rule_dir = dir.path().join("python/team/TEAM-001");
    std::fs::create_dir_all(rule_dir.join("tests/positive")).unwrap();
    std::fs::write(
        rule_dir.join("rule.py"),
        "from codepathfinder import calls\nfrom codepathfinder.python_decorators import python_rule\n\n@python_rule(id=\"TEAM-001\", name=\"No <b>eval</b>\", severity=\"HIGH\", cwe=\"CWE-95\", message=\"eval\")\ndef r():\n    return calls(\"eval\")\n",
    )
    .unwrap();
    std::fs::write(
        rule_dir.join("meta.yaml"),
        "id: TEAM-001\nruleset: python/team/TEAM-001\nshort_description: \"Flags <script>alert(1)</script> eval\"\ndescription: \"See [this](javascript:alert(1)) <img src=x onerror=alert(1)>\"\nreferences:\n  - title: bad\n    url: \"javascript:alert(1)\"\n",
    )
    .unwrap();
    std::fs::write(
        rule_dir.join("tests/positive/a.py"),
        "eval(x)  # expect: TEAM-001\n",
    )
    .unwrap();
    let rules = pathfinder_rules::catalog::load_rules_path(dir.path()).unwrap();
    let site = build_site(&rules);
    let page = std::str::from_utf8(
        site.get("python/team/TEAM-001.html")
            .expect("page at its bundle"),
    )
    .unwrap();
    assert!(!page.contains("<script>alert"), "raw script in page");
    assert!(!page.contains("<img src=x"), "raw img in page");
    assert!(
        !page.contains("href=\"javascript:"),
        "javascript: URL in a link"
    );
    assert!(page.contains("No &lt;b&gt;eval&lt;/b&gt;"));
    assert!(page.contains("pathfinder scan --rules"));
}

/// `web/build.sh` records the hash of every input of the committed bundle; rebuild when this fails.
#[test]
fn committed_bundle_is_current() {
    let web = Path::new(env!("CARGO_MANIFEST_DIR")).join("web");
    let manifest = include_str!("../assets/bundle.sha256");
    let mut listed = BTreeSet::new();
    for line in manifest.lines().filter(|l| !l.trim().is_empty()) {
        let (hash, file) = line.split_once("  ").expect("sha256sum format");
        let bytes = std::fs::read(web.join(file)).unwrap_or_else(|e| panic!("{file}: {e}"));
        let actual = hex(&Sha256::digest(&bytes));
        assert_eq!(
            actual, hash,
            "web/{file} changed since the bundle was built: run crates/pathfinder-registry/web/build.sh and commit assets/"
        );
        listed.insert(file.to_string());
    }
    for entry in std::fs::read_dir(web.join("src")).unwrap() {
        let name = format!("src/{}", entry.unwrap().file_name().to_string_lossy());
        assert!(
            listed.contains(&name),
            "web/{name} is not part of the bundle: run web/build.sh"
        );
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// One built-in rule's Markdown twin, whole: what an assistant or a reader of the raw file sees.
#[test]
fn markdown_twin_snapshot() {
    insta::assert_snapshot!(text("python/lang/PYTHON-LANG-SEC-010.md"));
}

/// The escaped user rule from above, in both views: pins the escaping and the sections a sparse
/// `meta.yaml` still gets.
#[test]
fn sparse_user_rule_page_snapshots() {
    let dir = tempfile::tempdir().unwrap();
    let rule_dir = dir.path().join("python/team/TEAM-002");
    std::fs::create_dir_all(rule_dir.join("tests/positive")).unwrap();
    std::fs::write(
        rule_dir.join("rule.py"),
        "from codepathfinder import calls\nfrom codepathfinder.python_decorators import python_rule\n\n@python_rule(id=\"TEAM-002\", name=\"No <b>exec</b> | pipes\", severity=\"MEDIUM\", cwe=\"CWE-95\", message=\"exec\")\ndef r():\n    return calls(\"exec\")\n",
    )
    .unwrap();
    std::fs::write(
        rule_dir.join("meta.yaml"),
        "id: TEAM-002\nruleset: python/team/TEAM-002\nshort_description: \"Flags <script>x</script> exec | with a pipe\"\ndescription: \"Uses `exec` & friends. See [docs](https://example.com/a?b=1&c=2).\"\nreferences:\n  - title: \"A & B\"\n    url: \"https://example.com/ref\"\n",
    )
    .unwrap();
    std::fs::write(
        rule_dir.join("tests/positive/a.py"),
        "exec(x)  # expect: TEAM-002\n",
    )
    .unwrap();
    let rules = pathfinder_rules::catalog::load_rules_path(dir.path()).unwrap();
    let site = build_site(&rules);
    let get = |p: &str| String::from_utf8(site.get(p).unwrap().to_vec()).unwrap();
    insta::assert_snapshot!("team_002_md", get("python/team/TEAM-002.md"));
    insta::assert_snapshot!("team_002_html", get("python/team/TEAM-002.html"));
}
