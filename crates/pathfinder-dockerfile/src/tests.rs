use super::*;

fn kw(df: &Dockerfile) -> Vec<(&str, u32)> {
    df.instructions
        .iter()
        .map(|i| (i.keyword.as_str(), i.line))
        .collect()
}

#[test]
fn instructions_comments_and_positions() {
    let df = parse("# a comment\nFROM ubuntu:22.04 AS base\n\n  run echo hi\n");
    assert_eq!(kw(&df), vec![("FROM", 2), ("RUN", 4)]);
    assert_eq!(df.comments, vec![(1, "# a comment".to_string())]);
    let run = &df.instructions[1];
    assert_eq!((run.column, run.end_line, run.end_column), (3, 4, 14));
    assert_eq!(run.args, "echo hi");
    assert_eq!(run.form, Form::Shell);
    assert!(df.problems.is_empty());
}

#[test]
fn continuations_skip_comments_and_blank_lines() {
    let src =
        "FROM alpine\nRUN apk add \\\n    # a comment inside\n\n    curl \\\n    git\nUSER app\n";
    let df = parse(src);
    assert_eq!(kw(&df), vec![("FROM", 1), ("RUN", 2), ("USER", 7)]);
    let run = &df.instructions[1];
    assert_eq!(run.args, "apk add     curl     git");
    assert_eq!(run.text, "apk add curl git");
    assert_eq!((run.end_line, run.end_column), (6, 8));
    assert!(df.comments.iter().any(|(l, _)| *l == 3));
}

#[test]
fn escape_directive_switches_the_continuation_character() {
    let src =
        "# escape=`\nFROM mcr.microsoft.com/windows/servercore\nRUN dir C:\\ `\n  && echo done\n";
    let df = parse(src);
    assert_eq!(df.escape, '`');
    assert_eq!(df.directives, vec![("escape".into(), "`".into())]);
    assert_eq!(kw(&df), vec![("FROM", 2), ("RUN", 3)]);
    assert_eq!(df.instructions[1].commands, vec!["dir C:\\", "echo done"]);
    // A directive after an instruction is a plain comment.
    let df = parse("FROM a\n# escape=`\nRUN x `\n");
    assert_eq!(df.escape, '\\');
}

#[test]
fn unterminated_continuation_is_a_problem() {
    let df = parse("FROM a\nRUN echo \\\n");
    assert_eq!(kw(&df), vec![("FROM", 1), ("RUN", 2)]);
    assert_eq!(df.problems.len(), 1, "{:?}", df.problems);
    assert!(df.problems[0].message.contains("continuation"));
}

#[test]
fn heredocs() {
    let src = "FROM debian\nRUN <<EOF\napt-get update\napt-get install -y curl\nEOF\nCOPY <<-'CONF' /etc/app.conf\n\tkey=value\n\tCONF\nCMD [\"app\"]\n";
    let df = parse(src);
    assert_eq!(
        kw(&df),
        vec![("FROM", 1), ("RUN", 2), ("COPY", 6), ("CMD", 9)]
    );
    let run = &df.instructions[1];
    assert_eq!(
        run.heredocs[0].body,
        "apt-get update\napt-get install -y curl\n"
    );
    assert_eq!(run.heredocs[0].line, 3);
    assert_eq!(run.end_line, 5);
    assert_eq!(
        run.commands,
        vec!["apt-get update", "apt-get install -y curl"]
    );
    assert!(run.text.contains("apt-get install -y curl"));
    let copy = &df.instructions[2];
    assert!(copy.heredocs[0].strip_tabs);
    assert_eq!(copy.heredocs[0].body, "key=value\n");
    assert_eq!(copy.args, "<<-'CONF' /etc/app.conf");
    // Two heredocs on one line, bodies in order.
    let df = parse("FROM a\nRUN <<A <<B\none\nA\ntwo\nB\nUSER x\n");
    let run = &df.instructions[1];
    assert_eq!(run.heredocs.len(), 2);
    assert_eq!(run.heredocs[1].body, "two\n");
    assert_eq!(df.instructions[2].line, 7);
    // `<<<` is a here-string, and a quoted `<<` is text.
    let df = parse("FROM a\nRUN cat <<< hi && echo '<<X'\nUSER x\n");
    assert!(df.instructions[1].heredocs.is_empty());
    assert_eq!(df.instructions.len(), 3);
}

#[test]
fn unterminated_heredoc_is_a_problem() {
    let df = parse("FROM a\nRUN <<EOF\necho hi\n");
    assert_eq!(df.instructions.len(), 2);
    assert!(
        df.problems[0].message.contains("<<EOF"),
        "{:?}",
        df.problems
    );
}

#[test]
fn exec_and_shell_forms() {
    let df = parse("FROM a\nCMD [\"python\", \"app.py\"]\nENTRYPOINT python app.py\nCMD [python, app.py]\nRUN [\"/bin/sh\", \"-c\", \"apt-get update && apt-get install -y x\"]\nHEALTHCHECK --interval=5s CMD [\"curl\", \"-f\", \"http://localhost\"]\n");
    let i = &df.instructions;
    assert_eq!(
        i[1].form,
        Form::Exec(vec!["python".into(), "app.py".into()])
    );
    assert_eq!(i[2].form, Form::Shell);
    // Not valid JSON: shell form, as Docker reads it.
    assert_eq!(i[3].form, Form::Shell);
    assert_eq!(
        i[4].commands,
        vec!["apt-get update", "apt-get install -y x"]
    );
    assert!(matches!(i[5].form, Form::Exec(_)));
    assert_eq!(
        i[5].flag("interval").and_then(|f| f.value.clone()),
        Some("5s".into())
    );
}

#[test]
fn stages_flags_and_images() {
    let src = "ARG BASE=python:3.12-slim\nFROM --platform=$BUILDPLATFORM golang:1.22 AS Build\nRUN go build\nFROM ${BASE}\nCOPY --from=build --chown=app:app /out /app\nFROM build AS test\nFROM scratch\nFROM ubuntu@sha256:abc\n";
    let df = parse(src);
    assert_eq!(df.stages.len(), 5);
    let s = &df.stages;
    assert_eq!(s[0].name.as_deref(), Some("build"));
    assert_eq!(
        s[0].image.as_ref().map(|i| i.tag.clone()),
        Some(Some("1.22".into()))
    );
    assert_eq!(
        df.instructions[1]
            .flag("--platform")
            .and_then(|f| f.value.clone()),
        Some("$BUILDPLATFORM".into())
    );
    assert_eq!(s[1].image.as_ref().map(|i| i.name.as_str()), Some("python"));
    assert_eq!(
        s[1].image.as_ref().and_then(|i| i.tag.as_deref()),
        Some("3.12-slim")
    );
    assert_eq!(s[2].parent, Some(0));
    assert!(s[2].image.is_none());
    assert!(s[3].scratch && s[3].image.is_none());
    let u = s[4].image.as_ref().unwrap();
    assert_eq!(
        (u.effective_tag(), u.digest.as_deref()),
        (None, Some("sha256:abc"))
    );
    assert_eq!(df.instructions[0].stage, None);
    assert_eq!(df.instructions[2].stage, Some(0));
    let copy = &df.instructions[4];
    assert_eq!(
        copy.flag("from").and_then(|f| f.value.clone()),
        Some("build".into())
    );
    assert_eq!(
        copy.flag("chown").and_then(|f| f.value.clone()),
        Some("app:app".into())
    );
    assert_eq!(copy.args, "/out /app");
    assert_eq!(df.stage_chain(2), vec![2, 0]);
    assert_eq!(df.final_stage().map(|s| s.index), Some(4));
}

#[test]
fn image_references() {
    let r = ImageRef::parse("registry.local:5000/team/app:1.2@sha256:ff").unwrap();
    assert_eq!(r.name, "registry.local:5000/team/app");
    assert_eq!(r.tag.as_deref(), Some("1.2"));
    assert_eq!(r.digest.as_deref(), Some("sha256:ff"));
    let r = ImageRef::parse("registry.local:5000/app").unwrap();
    assert_eq!(
        (r.tag.as_deref(), r.effective_tag()),
        (None, Some("latest"))
    );
    assert_eq!(
        ImageRef::parse("docker.io/library/nginx")
            .unwrap()
            .short_name(),
        "nginx"
    );
}

#[test]
fn variables_expand_when_known() {
    let src = "ARG PORT=8080\nARG TAG\nFROM node:${TAG:-20}\nARG PORT\nENV HOME_DIR=/srv APP=\"$HOME_DIR/app\"\nWORKDIR $APP\nEXPOSE ${PORT}\nUSER ${RUNTIME_USER}\nENV legacy value with spaces\n";
    let df = parse(src);
    let i = &df.instructions;
    assert_eq!(i[2].expanded.as_deref(), Some("node:20"));
    assert_eq!(
        df.stages[0].image.as_ref().and_then(|i| i.tag.as_deref()),
        Some("20")
    );
    assert_eq!(i[5].expanded.as_deref(), Some("/srv/app"));
    assert_eq!(i[6].expanded.as_deref(), Some("8080"));
    assert_eq!(i[7].expanded, None);
    assert_eq!(
        i[8].pairs,
        vec![("legacy".into(), Some("value with spaces".into()))]
    );
    let v = Vars::default();
    assert_eq!(expand("\\$HOME", &v, '\\').as_deref(), Some("$HOME"));
    assert_eq!(expand("${X:+a}${Y-b}", &v, '\\').as_deref(), Some("b"));
    assert_eq!(expand("${X", &v, '\\'), None);
}

#[test]
fn sub_commands() {
    assert_eq!(
        split_commands("apt-get update && apt-get install -y curl | tee log; echo 'a && b' || true & wait 2>&1"),
        vec!["apt-get update", "apt-get install -y curl", "tee log", "echo 'a && b'", "true", "wait 2>&1"]
    );
    assert_eq!(split_commands("a # c && d\nb"), vec!["a", "b"]);
}

#[test]
fn hostile_input_never_panics() {
    for src in [
        "",
        "\n\n",
        "\\",
        "RUN",
        "FROM",
        "FROM \\",
        "# escape=x\nFROM a",
        "RUN <<",
        "RUN <<'EOF",
        "RUN <<EOF",
        "FROM a AS",
        "EXPOSE ${${${",
        "ENV =",
        "ARG \"",
        "é RUN ü\r\nFROM ü:ü@ü",
        "\u{FFFD}\u{FFFD}\0",
    ] {
        let _ = parse(src);
    }
    let deep = format!(
        "FROM a\nRUN echo {}x{}\n",
        "${A:-".repeat(500),
        "}".repeat(500)
    );
    let df = parse(&deep);
    assert_eq!(df.instructions.len(), 2);
}
