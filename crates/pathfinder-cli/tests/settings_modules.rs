//! Rules that judge module-level assignments by the module they are in (Django settings modules) and by the
//! function a value is returned from, driven through the real binary on a project tree.

use serde_json::Value;
use std::fs;
use std::path::Path;
use std::process::Command;

fn write(dir: &Path, rel: &str, text: &str) {
    let p = dir.join(rel);
    fs::create_dir_all(p.parent().unwrap()).unwrap();
    fs::write(p, text).unwrap();
}

/// (file, line, rule) of every finding of a JSON scan of `dir` with the given rule ids.
fn findings(dir: &Path, rules: &[&str]) -> Vec<(String, u64, String)> {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_pathfinder"));
    cmd.args([
        "scan",
        "--project",
        dir.to_str().unwrap(),
        "-o",
        "json",
        "--no-progress",
    ]);
    for r in rules {
        cmd.args(["--ruleset", &format!("python/{r}")]);
    }
    let out = cmd.output().expect("binary runs");
    let v: Value = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&out.stderr)));
    let mut found: Vec<(String, u64, String)> = v["results"]
        .as_array()
        .unwrap()
        .iter()
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

#[test]
fn django_settings_are_recognised_by_module_path() {
    let dir = tempfile::tempdir().unwrap();
    let insecure = "DEBUG = True\nALLOWED_HOSTS = ['*']\nSESSION_COOKIE_SECURE = False\n";
    // A settings package and a plain settings module: deployed configuration.
    write(dir.path(), "shop/settings/production.py", insecure);
    write(dir.path(), "blog/settings.py", insecure);
    // Development settings, and the same names in a module that is not a settings module.
    write(dir.path(), "shop/settings/dev.py", insecure);
    write(dir.path(), "shop/flags.py", insecure);
    // A Django project: its URLconf imports Django, so Django's rules apply to its settings modules.
    write(
        dir.path(),
        "shop/urls.py",
        "from django.urls import path\n\nurlpatterns = []\n",
    );
    let rules = [
        "PYTHON-LANG-SEC-115",
        "PYTHON-DJANGO-SEC-090",
        "PYTHON-DJANGO-SEC-070",
    ];
    let expected: Vec<(String, u64, String)> = ["blog/settings.py", "shop/settings/production.py"]
        .iter()
        .flat_map(|f| {
            [
                (f.to_string(), 1, "PYTHON-LANG-SEC-115".to_string()),
                (f.to_string(), 2, "PYTHON-DJANGO-SEC-090".to_string()),
                (f.to_string(), 3, "PYTHON-DJANGO-SEC-070".to_string()),
            ]
        })
        .collect();
    assert_eq!(findings(dir.path(), &rules), expected);
}

#[test]
fn weak_random_values_are_judged_by_the_returning_function_across_files() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "accounts/tokens.py",
        "import random\n\n\ndef generate_token():\n    return '%x' % random.getrandbits(64)\n\n\ndef pick_colour():\n    return random.choice(['red', 'blue'])\n",
    );
    write(
        dir.path(),
        "accounts/views.py",
        "from accounts.tokens import pick_colour\n\n\ndef profile(user):\n    user.theme = pick_colour()\n    return user\n",
    );
    assert_eq!(
        findings(dir.path(), &["PYTHON-LANG-SEC-113"]),
        vec![(
            "accounts/tokens.py".to_string(),
            5,
            "PYTHON-LANG-SEC-113".to_string()
        )]
    );
}
