use super::*;

const FILE: &str = r#"x-defaults: &defaults
  restart: always
  privileged: true   # expect: X
services:
  web:
    <<: *defaults
    image: "nginx:1.25"
    restart: "no"
    ports:
      - "127.0.0.1:8080:80/tcp"
      - 443
      - target: 9000
        published: "9000-9001"
    volumes:
      - /var/run/docker.sock:/var/run/docker.sock:ro
      - data:/data
      - type: bind
        source: ./conf
        target: /etc/conf
      - C:\logs:/logs
    environment:
      - DEBUG=1
      - TOKEN
  db:
    image: postgres
    environment:
      POSTGRES_PASSWORD: secret
      EMPTY:
  empty:
"#;

#[test]
fn services_keys_and_positions() {
    let f = parse(FILE);
    assert!(f.problems.is_empty(), "{:?}", f.problems);
    let names: Vec<&str> = f.services.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, vec!["web", "db", "empty"]);
    let y = &f.yaml;
    let web = &f.services[0];
    assert_eq!(y.node(web.key).line, 5);
    // Merge key: `privileged` comes from the anchor, where it is written.
    let (_, v) = web.get(y, "privileged").unwrap();
    assert_eq!(
        (y.scalar(v), y.node(v).line, y.node(v).column),
        (Some("true"), 3, 15)
    );
    // The service's own key overrides the merged one.
    let (_, v) = web.get(y, "restart").unwrap();
    assert_eq!((y.scalar(v), y.node(v).line), (Some("no"), 8));
    assert!(f.services[2].get(y, "image").is_none());
    assert_eq!(f.comments, vec![(3, "# expect: X".to_string())]);
}

#[test]
fn ports_volumes_environment() {
    let f = parse(FILE);
    let y = &f.yaml;
    let web = &f.services[0];
    let p = ports(y, web.get(y, "ports").unwrap().1);
    assert_eq!(p.len(), 3);
    assert_eq!(p[0].host_ip.as_deref(), Some("127.0.0.1"));
    assert_eq!(
        (p[0].published, p[0].target),
        (Some((8080, 8080)), Some((80, 80)))
    );
    assert_eq!(p[0].protocol.as_deref(), Some("tcp"));
    assert_eq!((p[1].published, p[1].target), (None, Some((443, 443))));
    assert_eq!(p[2].published, Some((9000, 9001)));
    assert_eq!(y.node(p[2].node).line, 12);
    let v = volumes(y, web.get(y, "volumes").unwrap().1);
    let kinds: Vec<(&str, Option<&str>)> = v
        .iter()
        .map(|v| (v.kind.as_str(), v.source.as_deref()))
        .collect();
    assert_eq!(
        kinds,
        vec![
            ("bind", Some("/var/run/docker.sock")),
            ("volume", Some("data")),
            ("bind", Some("./conf")),
            ("bind", Some("C:\\logs"))
        ]
    );
    let e = environment(y, web.get(y, "environment").unwrap().1);
    assert_eq!(e[0].value.as_deref(), Some("1"));
    assert_eq!((e[1].name.as_str(), e[1].value.as_deref()), ("TOKEN", None));
    let db = &f.services[1];
    let e = environment(y, db.get(y, "environment").unwrap().1);
    assert_eq!(e[0].name, "POSTGRES_PASSWORD");
    assert_eq!(e[0].value.as_deref(), Some("secret"));
    assert_eq!(e[1].value, None);
    let texts: Vec<String> = items(y, db.get(y, "environment").unwrap().1)
        .into_iter()
        .map(|i| i.text)
        .collect();
    assert_eq!(texts, vec!["POSTGRES_PASSWORD=secret", "EMPTY"]);
}

#[test]
fn invalid_yaml_is_a_problem() {
    let f = parse("services:\n  web:\n    image: [unclosed\n");
    assert!(f.services.is_empty());
    assert_eq!(f.problems.len(), 1);
    assert!(
        f.problems[0].message.starts_with("invalid YAML"),
        "{:?}",
        f.problems
    );
    let f = parse("- just\n- a list\n");
    assert!(f.problems[0].message.contains("not a mapping"));
    let f = parse("");
    assert!(f.problems.is_empty() && f.services.is_empty());
    let f = parse("a: *nothing\n");
    assert_eq!(f.problems.len(), 1);
}

#[test]
fn alias_bomb_is_refused_quickly() {
    let mut src = String::from(
        "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n",
    );
    for (prev, name) in ["a", "b", "c", "d", "e", "f", "g", "h"]
        .iter()
        .zip(["b", "c", "d", "e", "f", "g", "h", "i"])
    {
        let refs = vec![format!("*{prev}"); 9].join(",");
        src.push_str(&format!("{name}: &{name} [{refs}]\n"));
    }
    src.push_str("services:\n  web:\n    environment: *i\n");
    let started = std::time::Instant::now();
    let f = parse(&src);
    assert!(started.elapsed().as_secs() < 2);
    assert!(f.problems[0].message.contains("alias"), "{:?}", f.problems);
    assert!(f.services.is_empty());
}

#[test]
fn version_one_files_have_top_level_services() {
    let f = parse("web:\n  image: nginx\n  privileged: true\nnot_a_service: 3\n");
    assert_eq!(f.services.len(), 1);
}

#[test]
fn hostile_input_never_panics() {
    for src in [
        "{",
        "[[[[",
        "a: &x\n  b: *x\n",
        "? ? ?",
        "\t- x",
        "a: |\n  b\n c",
        "%YAML 9\n---\n",
        "&a [*a]",
        "\u{0}",
    ] {
        let _ = parse(src);
    }
    let deep = format!("services: {}{}", "[".repeat(10_000), "]".repeat(10_000));
    let _ = parse(&deep);
}

#[test]
fn extends_in_the_same_file() {
    let f = parse("services:\n  base:\n    image: a\n    read_only: true\n  web:\n    extends: base\n    image: b\n  api:\n    extends:\n      service: web\n  other:\n    extends:\n      file: common.yml\n      service: base\n  loop1:\n    extends: loop2\n  loop2:\n    extends: loop1\n");
    let y = &f.yaml;
    let get = |i: usize, k: &str| f.services[i].get(y, k).and_then(|(_, v)| y.scalar(v));
    assert_eq!(get(1, "read_only"), Some("true"));
    assert_eq!(get(1, "image"), Some("b"));
    assert_eq!(get(2, "read_only"), Some("true"));
    assert_eq!(get(2, "image"), Some("b"));
    assert_eq!(get(3, "read_only"), None);
    assert_eq!(get(4, "read_only"), None);
}

#[test]
fn interpolation_defaults() {
    assert_eq!(interpolate("${PORT:-80}:80"), "80:80");
    assert_eq!(
        interpolate("${SOCK-/var/run/docker.sock}:/sock"),
        "/var/run/docker.sock:/sock"
    );
    assert_eq!(
        interpolate("$$HOME ${X} ${Y:?need} $Z"),
        "$HOME ${X} ${Y:?need} $Z"
    );
    assert_eq!(interpolate("${A:-${B}}"), "${A:-${B}}");
    assert_eq!(interpolate("${"), "${");
    let f = parse("services:\n  web:\n    ports: [\"${PORT:-80}:8080\"]\n    volumes:\n      - ${SOCK:-/var/run/docker.sock}:/var/run/docker.sock\n");
    let y = &f.yaml;
    let web = &f.services[0];
    assert_eq!(
        ports(y, web.get(y, "ports").unwrap().1)[0].published,
        Some((80, 80))
    );
    let v = volumes(y, web.get(y, "volumes").unwrap().1);
    assert_eq!(v[0].source.as_deref(), Some("/var/run/docker.sock"));
}
