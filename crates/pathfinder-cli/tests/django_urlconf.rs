//! Django function views get their URL captures from the URLconf that routes to them, in another file:
//! `path("posts/<slug:name>/", views.show)` makes `show`'s `name` request data, wherever the scan starts.

use serde_json::Value;
use std::fs;
use std::path::Path;
use std::process::Command;

fn write(dir: &Path, rel: &str, text: &str) {
    let p = dir.join(rel);
    fs::create_dir_all(p.parent().unwrap()).unwrap();
    fs::write(p, text).unwrap();
}

/// (file, line, rule) of every taint finding.
fn taint_findings(root: &Path) -> Vec<(String, u64, String)> {
    let out = Command::new(env!("CARGO_BIN_EXE_pathfinder"))
        .args(["scan", "--no-config", "--no-progress", "-o", "json", "-p"])
        .arg(root)
        .output()
        .expect("binary runs");
    assert!(
        out.status.code().is_some_and(|c| c == 0 || c == 1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: Value = serde_json::from_slice(&out.stdout).expect("JSON report");
    let mut found: Vec<_> = report["results"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| {
            r["detection"]["type"]
                .as_str()
                .is_some_and(|t| t.starts_with("taint"))
        })
        .map(|r| {
            (
                r["location"]["file"].as_str().unwrap().to_string(),
                r["location"]["line"].as_u64().unwrap(),
                r["rule_id"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    found.sort();
    found
}

const URLS: &str = r#"from django.urls import path, re_path

from . import views
from .views import archive

urlpatterns = [
    path("posts/<slug:name>/", views.show, name="show"),
    path("count/<int:num>/", views.count),
    re_path(r"^archive/(?P<year>[^/]+)/$", archive),
]
"#;

const VIEWS: &str = r#"import os
import subprocess

from django.http import HttpResponse


def show(request, name):
    os.system("cat /srv/posts/" + name)
    return HttpResponse("ok")


def count(request, num):
    os.system("seq %d" % num)
    return HttpResponse("ok")


def archive(request, year):
    out = subprocess.check_output("ls /srv/archive/" + year, shell=True)
    return HttpResponse(out, content_type="text/plain")


def rebuild(request, name):
    # Not in any URLconf: called from a management command with a fixed name.
    os.system("make -C /srv/site " + name)
    return HttpResponse("ok")
"#;

#[test]
fn urlconf_captures_are_sources_of_the_routed_views_only() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write(root, "mysite/blog/__init__.py", "");
    write(root, "mysite/blog/urls.py", URLS);
    write(root, "mysite/blog/views.py", VIEWS);

    let expected = |prefix: &str| {
        vec![
            (
                format!("{prefix}views.py"),
                8,
                "PYTHON-DJANGO-SEC-010".to_string(),
            ),
            (
                format!("{prefix}views.py"),
                18,
                "PYTHON-DJANGO-SEC-011".to_string(),
            ),
        ]
    };
    // `show` (slug capture) and `archive` (regex group) are found; `count` takes an `<int:…>` capture and
    // `rebuild` is routed nowhere, so neither is.
    assert_eq!(taint_findings(root), expected("mysite/blog/"));
    assert_eq!(taint_findings(&root.join("mysite")), expected("blog/"));
    assert_eq!(taint_findings(&root.join("mysite/blog")), expected(""));
}

#[test]
fn a_view_without_its_urlconf_has_no_capture_sources() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "blog/views.py", VIEWS);
    assert_eq!(taint_findings(dir.path()), Vec::new());
}
