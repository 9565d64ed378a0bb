//! Container rule semantics: each rule is written in the DSL, read statically, compiled and run on a
//! Dockerfile or compose text.

use pathfinder_engine::{compile, container::check_text};
use pathfinder_rules::catalog::load_rule_text;
use pathfinder_workspace::Language;
use std::sync::Arc;

const DOCKER_IMPORTS: &str = "from codepathfinder.container_decorators import dockerfile_rule\nfrom codepathfinder.container_matchers import instruction, missing\nfrom codepathfinder.container_combinators import all_of, any_of, none_of, instruction_after, instruction_before, stage, final_stage_has\n";
const COMPOSE_IMPORTS: &str = "from codepathfinder.container_decorators import compose_rule\nfrom codepathfinder.container_matchers import service_has, service_missing\nfrom codepathfinder.container_combinators import all_of, any_of, none_of\n";

/// Lines of the findings of a rule whose body is `matcher`, on `text`.
fn lines(language: Language, matcher: &str, text: &str) -> Vec<u32> {
    let (imports, decorator) = match language {
        Language::Compose => (COMPOSE_IMPORTS, "compose_rule"),
        _ => (DOCKER_IMPORTS, "dockerfile_rule"),
    };
    let source = format!(
        "{imports}\n@{decorator}(id=\"T-1\", severity=\"HIGH\")\ndef r():\n    return {matcher}\n"
    );
    let rules: Vec<_> = load_rule_text("t.py", &source)
        .unwrap_or_else(|e| panic!("{e}"))
        .into_iter()
        .map(Arc::new)
        .collect();
    let compiled = compile(&rules);
    assert!(
        compiled.skipped.is_empty(),
        "{}",
        compiled.skipped[0].reason
    );
    let r = check_text("f", language, text, &compiled.container);
    r.findings.iter().map(|f| f.location.line).collect()
}

fn docker(matcher: &str, text: &str) -> Vec<u32> {
    lines(Language::Dockerfile, matcher, text)
}

fn compose(matcher: &str, text: &str) -> Vec<u32> {
    lines(Language::Compose, matcher, text)
}

#[test]
fn all_of_holds_within_one_instruction() {
    let m = r#"all_of(instruction(type="RUN", contains="apt-get install"), instruction(type="RUN", not_contains="--no-install-recommends"))"#;
    let text = "FROM debian\nRUN apt-get install -y --no-install-recommends a\nRUN echo no flag here\nRUN apt-get install -y b\n";
    assert_eq!(docker(m, text), vec![4]);
    // Continuation lines and heredocs are part of the same RUN.
    let text = "FROM debian\nRUN apt-get update \\\n  && apt-get install -y \\\n     --no-install-recommends a\nRUN <<EOF\napt-get install -y b\nEOF\n";
    assert_eq!(docker(m, text), vec![5]);
}

#[test]
fn all_of_with_missing_is_checked_in_the_instructions_stage() {
    let m = r#"all_of(any_of(instruction(type="RUN", regex=r"\bcd\s+")), missing(instruction="WORKDIR"))"#;
    let text = "FROM a AS one\nWORKDIR /src\nRUN cd sub && make\nFROM b\nRUN cd /tmp && ls\nFROM one\nRUN cd x\n";
    // Stage 0 has a WORKDIR; stage 1 does not; stage 2 builds on stage 0 and inherits it.
    assert_eq!(docker(m, text), vec![5]);
}

#[test]
fn all_of_over_different_types_needs_both_in_one_stage() {
    let m = r#"all_of(instruction(type="FROM", image_tag="latest"), instruction(type="USER", user_name="root"))"#;
    assert_eq!(docker(m, "FROM a\nUSER root\n"), vec![1]);
    assert_eq!(
        docker(m, "FROM a\nFROM b:1\nUSER root\n"),
        Vec::<u32>::new()
    );
}

#[test]
fn missing_instruction_looks_at_the_final_stage_and_its_parents() {
    let m = r#"missing(instruction="USER")"#;
    assert_eq!(
        docker(m, "FROM a AS build\nUSER app\nFROM b\nCMD x\n"),
        vec![3]
    );
    assert_eq!(
        docker(m, "FROM a AS build\nFROM b\nUSER app\n"),
        Vec::<u32>::new()
    );
    assert_eq!(
        docker(m, "FROM a AS base\nUSER app\nFROM base\nCMD x\n"),
        Vec::<u32>::new()
    );
    // No FROM, no stage: nothing is "missing" (the scan warns instead).
    assert_eq!(docker(m, "# only a comment\n"), Vec::<u32>::new());
    let label = r#"missing(instruction="LABEL", label_key="maintainer")"#;
    assert_eq!(docker(label, "FROM a\nLABEL version=1\n"), vec![1]);
    assert_eq!(
        docker(label, "FROM a\nLABEL maintainer=\"x\" version=1\n"),
        Vec::<u32>::new()
    );
}

#[test]
fn user_conditions_judge_the_effective_user() {
    let m = r#"instruction(type="USER", user_name_regex="^(root|0)$")"#;
    assert_eq!(
        docker(m, "FROM a AS b\nUSER root\nFROM c\nUSER app\n"),
        Vec::<u32>::new()
    );
    assert_eq!(docker(m, "FROM c\nUSER app\nRUN x\nUSER root\n"), vec![4]);
    assert_eq!(
        docker(m, "FROM c\nUSER root\nRUN x\nUSER app\n"),
        Vec::<u32>::new()
    );
    assert_eq!(docker(m, "FROM c\nUSER 0:0\n"), vec![2]);
    assert_eq!(docker(m, "ARG U=root\nFROM c\nARG U\nUSER $U\n"), vec![4]);
}

#[test]
fn command_form_exec_is_not_shell() {
    let m = r#"any_of(instruction(type="CMD", command_form="shell"), instruction(type="ENTRYPOINT", command_form="shell"))"#;
    let text = "FROM a\nCMD [\"run\", \"x\"]\nENTRYPOINT [\"tini\", \"--\"]\nCMD run x\nENTRYPOINT [bad json\n";
    assert_eq!(docker(m, text), vec![4, 5]);
}

#[test]
fn second_cmd_in_the_same_stage() {
    let m = r#"instruction_after(instruction="CMD", after="CMD")"#;
    let text = "FROM a AS build\nCMD one\nFROM b\nCMD two\nRUN x\nCMD three\n";
    assert_eq!(docker(m, text), vec![6]);
    let before = r#"instruction_before(instruction="RUN", before="USER", not_followed_by=True)"#;
    assert_eq!(docker(before, "FROM a\nRUN a\nUSER x\nRUN b\n"), vec![4]);
}

#[test]
fn workdir_absolute_paths() {
    let m = r#"instruction(type="WORKDIR", workdir_not_absolute=True)"#;
    let text = "FROM a\nWORKDIR /app\nWORKDIR app\nENV BASE=/srv\nWORKDIR $BASE/x\nWORKDIR C:\\\\app\nWORKDIR \"/quoted\"\nWORKDIR $UNKNOWN\n";
    assert_eq!(docker(m, text), vec![3]);
}

#[test]
fn from_image_checks() {
    let latest = r#"instruction(type="FROM", image_tag="latest")"#;
    let text = "ARG V=3.12\nFROM python:${V} AS build\nFROM python\nFROM build\nFROM scratch\nFROM nginx:latest\nFROM ${UNSET}\nFROM redis@sha256:1\n";
    assert_eq!(docker(latest, text), vec![3, 6]);
    let digest = r#"instruction(type="FROM", missing_digest=True)"#;
    assert_eq!(docker(digest, text), vec![2, 3, 6]);
    let base = r#"instruction(type="FROM", base_image="docker.io/library/python")"#;
    assert_eq!(docker(base, "FROM python:3\n"), Vec::<u32>::new());
    let base = r#"instruction(type="FROM", base_image="python")"#;
    assert_eq!(
        docker(base, "FROM docker.io/library/python:3\nFROM pythonista\n"),
        vec![1]
    );
    let platform = r#"instruction(type="FROM", contains="--platform")"#;
    assert_eq!(
        docker(platform, "FROM --platform=linux/amd64 a\nFROM b\n"),
        vec![1]
    );
    let stage_q = r#"stage(alias="build")"#;
    assert_eq!(docker(stage_q, "FROM a AS Build\nFROM b\n"), vec![1]);
}

#[test]
fn expose_arg_copy_healthcheck_label_stopsignal() {
    let ports = r#"any_of(instruction(type="EXPOSE", port_less_than=1), instruction(type="EXPOSE", port_greater_than=65535))"#;
    assert_eq!(
        docker(
            ports,
            "FROM a\nEXPOSE 80 443/tcp\nEXPOSE 0\nEXPOSE 70000/udp\nEXPOSE 8000-8010\n"
        ),
        vec![3, 4]
    );
    let privileged = r#"instruction(type="EXPOSE", port_less_than=1024)"#;
    assert_eq!(
        docker(
            privileged,
            "ARG P=80\nFROM a\nARG P\nEXPOSE $P\nEXPOSE 8080\n"
        ),
        vec![4]
    );
    let arg = r#"instruction(type="ARG", arg_name_regex="(?i)password|token")"#;
    assert_eq!(
        docker(arg, "ARG DB_PASSWORD\nFROM a\nARG VERSION=1 API_TOKEN\n"),
        vec![1, 3]
    );
    let chown = r#"instruction(type="COPY", missing_flag="--chown")"#;
    assert_eq!(
        docker(chown, "FROM a\nCOPY --chown=app:app a b\nCOPY c d\n"),
        vec![3]
    );
    let from = r#"instruction(type="COPY", copy_from="build")"#;
    assert_eq!(
        docker(from, "FROM a\nCOPY --from=build a b\nCOPY c d\n"),
        vec![2]
    );
    let hc = r#"instruction(type="HEALTHCHECK", healthcheck_interval_less_than="10s")"#;
    assert_eq!(
        docker(
            hc,
            "FROM a\nHEALTHCHECK --interval=5s CMD x\nHEALTHCHECK --interval=1m CMD y\n"
        ),
        vec![2]
    );
    let label = r#"instruction(type="LABEL", label_key="maintainer", label_value_regex="@")"#;
    assert_eq!(
        docker(
            label,
            "FROM a\nLABEL maintainer=\"a@b.c\"\nLABEL maintainer=team\n"
        ),
        vec![2]
    );
    let sig = r#"instruction(type="STOPSIGNAL", signal_not_in=["SIGTERM", "SIGINT", "SIGQUIT"])"#;
    assert_eq!(
        docker(sig, "FROM a\nSTOPSIGNAL TERM\nSTOPSIGNAL SIGKILL\n"),
        vec![3]
    );
}

#[test]
fn any_of_and_none_of() {
    let m = r#"any_of(instruction(type="RUN", contains="sudo"), instruction(type="RUN", regex=r"sudo\s"))"#;
    assert_eq!(docker(m, "FROM a\nRUN sudo make\nRUN make\n"), vec![2]);
    let none = r#"none_of(instruction(type="HEALTHCHECK"))"#;
    assert_eq!(docker(none, "FROM a\nCMD x\n"), vec![1]);
    assert_eq!(
        docker(none, "FROM a\nHEALTHCHECK CMD x\n"),
        Vec::<u32>::new()
    );
    let inside = r#"all_of(instruction(type="RUN", contains="pip install"), none_of(instruction(type="RUN", contains="--no-cache-dir")))"#;
    assert_eq!(
        docker(
            inside,
            "FROM a\nRUN pip install x\nRUN pip install --no-cache-dir y\n"
        ),
        vec![2]
    );
    let fin = r#"final_stage_has(missing_instruction="HEALTHCHECK")"#;
    assert_eq!(docker(fin, "FROM a\nHEALTHCHECK CMD x\nFROM b\n"), vec![3]);
}

#[test]
fn callables_and_bad_regexes_are_refused_with_a_reason() {
    // A wrong rule is found when it is loaded, at the line of its decorator.
    let source = format!("{DOCKER_IMPORTS}\n@dockerfile_rule(id=\"T-1\")\ndef r():\n    return instruction(type=\"RUN\", regex=\"(?=lookahead)\")\n");
    let decorator = source
        .lines()
        .position(|l| l.starts_with("@dockerfile_rule"))
        .unwrap() as u32
        + 1;
    let e = load_rule_text("t.py", &source).unwrap_err();
    assert_eq!((e.path.as_str(), e.line), ("t.py", Some(decorator)));
    assert!(
        e.message.starts_with("rule T-1: invalid rule: ") && e.message.contains("regex"),
        "{e}"
    );
    let src = format!("{DOCKER_IMPORTS}\ndef check(x):\n    return True\n\n@dockerfile_rule(id=\"T-1\")\ndef r():\n    return all_of(instruction(type=\"RUN\"), check)\n");
    let rules: Vec<_> = load_rule_text("t.py", &src)
        .unwrap()
        .into_iter()
        .map(Arc::new)
        .collect();
    assert!(compile(&rules).skipped[0].reason.contains("callable"));
}

const COMPOSE: &str = "\
x-base: &base
  security_opt:
    - seccomp:unconfined
services:
  web:
    <<: *base
    image: nginx
    privileged: \"true\"
    network_mode: host
    cap_add: [NET_ADMIN, CHOWN]
    volumes:
      - type: bind
        source: /var/run/docker.sock
        target: /var/run/docker.sock
      - data:/data
    ports:
      - \"80:80\"
      - target: 8443
        published: 8443
    environment:
      DB_PASSWORD: hunter2
      MODE: prod
  api:
    image: api
    read_only: true
    privileged: false
    security_opt: [\"no-new-privileges:true\"]
    environment:
      - API_TOKEN=abc
";

#[test]
fn compose_service_has() {
    assert_eq!(
        compose(r#"service_has(key="privileged", equals=True)"#, COMPOSE),
        vec![8]
    );
    assert_eq!(
        compose(r#"service_has(key="privileged", equals=False)"#, COMPOSE),
        vec![26]
    );
    assert_eq!(
        compose(r#"service_has(key="network_mode", equals="host")"#, COMPOSE),
        vec![9]
    );
    assert_eq!(
        compose(
            r#"service_has(key="security_opt", contains="seccomp:unconfined")"#,
            COMPOSE
        ),
        vec![3]
    );
    assert_eq!(
        compose(
            r#"service_has(key="cap_add", contains_any=["SYS_ADMIN", "NET_ADMIN"])"#,
            COMPOSE
        ),
        vec![10]
    );
    assert_eq!(
        compose(
            r#"service_has(key="volumes", contains="docker.sock")"#,
            COMPOSE
        ),
        vec![13, 14]
    );
    assert_eq!(
        compose(
            r#"service_has(key="volumes", volume_type="bind", source_regex="docker\\.sock$")"#,
            COMPOSE
        ),
        vec![12]
    );
    assert_eq!(
        compose(
            r#"service_has(key="ports", published_port_less_than=1024)"#,
            COMPOSE
        ),
        vec![17]
    );
    assert_eq!(
        compose(
            r#"service_has(key="environment", env_name_regex="(?i)password|token")"#,
            COMPOSE
        ),
        vec![21, 29]
    );
    assert_eq!(
        compose(
            r#"service_has(key="environment", env_name_regex="PASSWORD", env_value_regex="^hunter")"#,
            COMPOSE
        ),
        vec![21]
    );
    assert_eq!(
        compose(r#"service_has(key="image", not_equals="nginx")"#, COMPOSE),
        vec![24]
    );
    assert_eq!(
        compose(r#"service_has(key="read_only")"#, COMPOSE),
        vec![25]
    );
}

#[test]
fn compose_service_missing_and_combinators() {
    assert_eq!(
        compose(r#"service_missing(key="read_only")"#, COMPOSE),
        vec![5]
    );
    assert_eq!(
        compose(
            r#"service_missing(key="security_opt", value_contains="no-new-privileges:true")"#,
            COMPOSE
        ),
        vec![2]
    );
    assert_eq!(
        compose(
            r#"any_of(service_missing(key="read_only"), service_has(key="read_only", equals=False))"#,
            COMPOSE
        ),
        vec![5]
    );
    assert_eq!(
        compose(
            r#"all_of(service_has(key="privileged", equals=True), service_has(key="network_mode", equals="host"))"#,
            COMPOSE
        ),
        vec![8]
    );
    assert_eq!(
        compose(r#"none_of(service_has(key="read_only"))"#, COMPOSE),
        vec![5]
    );
    // Container rules of the other kind never match.
    assert_eq!(
        compose(r#"service_has(key="privileged", equals=True)"#, "- a\n"),
        Vec::<u32>::new()
    );
}

#[test]
fn sequences_and_stage_lookups_stay_linear_on_huge_files() {
    let many_cmds = format!("FROM a\n{}", "CMD x\n".repeat(20_000));
    let started = std::time::Instant::now();
    let found = docker(
        r#"instruction_before(instruction="CMD", before="CMD")"#,
        &many_cmds,
    );
    assert_eq!(found.len(), 19_999);
    let many_stages: String = (0..20_000)
        .map(|i| format!("FROM img{i} AS s{i}\nFROM s{i}\n"))
        .collect();
    assert_eq!(
        docker(r#"missing(instruction="USER")"#, &many_stages),
        vec![40_000]
    );
    assert!(started.elapsed().as_secs() < 20, "{:?}", started.elapsed());
}
