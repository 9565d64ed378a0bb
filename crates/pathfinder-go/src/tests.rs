use super::*;

fn model(src: &str) -> FileModel {
    analyze("main.go", Arc::from(src))
}

fn call<'m>(m: &'m FileModel, callee: &str) -> &'m CallSite {
    m.find_call(callee).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn imports_resolve_package_calls_with_aliases() {
    let m = model(
        "package main\n\nimport (\n\t\"os/exec\"\n\tsq \"database/sql\"\n\t_ \"github.com/lib/pq\"\n\t\"github.com/go-chi/chi/v5\"\n)\n\nfunc main() {\n\texec.Command(\"ls\")\n\tsq.Open(\"postgres\", dsn)\n\tchi.NewRouter()\n}\n",
    );
    assert_eq!(
        call(&m, "exec.Command").fqn.as_deref(),
        Some("os/exec.Command")
    );
    assert_eq!(
        call(&m, "sq.Open").fqn.as_deref(),
        Some("database/sql.Open")
    );
    assert_eq!(
        call(&m, "chi.NewRouter").fqn.as_deref(),
        Some("github.com/go-chi/chi/v5.NewRouter")
    );
    assert!(!m.imports.contains_key("_") && !m.imports.contains_key("pq"));
    // `exec.Command` is written under the package's own name; `sq.Open` only under an alias.
    assert!(!call(&m, "exec.Command").text_is_alias);
    assert!(call(&m, "sq.Open").text_is_alias);
    assert_eq!(
        call(&m, "exec.Command").args[0].value,
        Value::Str("ls".into())
    );
    assert_eq!(m.enclosing(call(&m, "exec.Command").scope), Some("main"));
}

#[test]
fn receiver_types_from_parameters_literals_and_new() {
    let m = model(
        "package main\nimport (\n\t\"net/http\"\n\t\"database/sql\"\n)\nfunc (s *Server) handle(w http.ResponseWriter, r *http.Request, db *sql.DB) {\n\tq := r.FormValue(\"q\")\n\tdb.Query(\"SELECT \" + q)\n\tsrv := &http.Server{Addr: \":80\"}\n\tsrv.ListenAndServe()\n\tc := new(http.Client)\n\tc.Get(q)\n}\n",
    );
    let fv = call(&m, "r.FormValue");
    assert_eq!(fv.receiver_type.as_deref(), Some("net/http.Request"));
    assert_eq!(fv.fqn.as_deref(), Some("net/http.Request.FormValue"));
    let q = call(&m, "db.Query");
    assert_eq!(q.receiver_type.as_deref(), Some("database/sql.DB"));
    assert_eq!(q.args[0].template.as_deref(), Some("SELECT {}"));
    assert_eq!(q.args[0].kind, ExprKind::Concat);
    assert_eq!(
        call(&m, "srv.ListenAndServe").receiver_type.as_deref(),
        Some("net/http.Server")
    );
    assert_eq!(
        call(&m, "c.Get").receiver_type.as_deref(),
        Some("net/http.Client")
    );
    assert_eq!(m.enclosing(q.scope), Some("Server.handle"));
}

#[test]
fn constants_and_concatenation_fold() {
    let m = model(
        "package main\nconst prefix = \"SELECT * FROM \"\nconst table = prefix + `users`\nfunc f() {\n\tconst n = 0x10\n\tg(table, n, true, nil, tls.X)\n}\n",
    );
    let g = call(&m, "g");
    assert_eq!(g.args[0].value, Value::Str("SELECT * FROM users".into()));
    assert_eq!(g.args[1].value, Value::Int(16));
    assert_eq!(g.args[2].value, Value::Bool(true));
    assert_eq!(g.args[3].value, Value::None);
    assert_eq!(g.args[4].value, Value::Unknown);
}

#[test]
fn comments_suppressions_and_syntax_errors() {
    let m = model("package main\n// pathfinder: ignore[GO-X]\nfunc f() {\n\tg(\n}\n\nfunc h() { md5.New() }\n");
    assert!(m
        .suppressions
        .iter()
        .any(|d| d.line == 2 && d.first <= 3 && d.last >= 3 && d.comment.covers("GO-X")));
    assert_eq!(m.comments[0], (2, " pathfinder: ignore[GO-X]".to_string()));
    assert!(!m.syntax_errors.is_empty());
    // The rest of the file is still modelled.
    assert!(m.calls.iter().any(|c| c.callee == "md5.New"));
}

#[test]
fn deep_nesting_and_non_go_input_do_not_panic() {
    let deep = format!(
        "package main\nfunc f() {{ x := {}1{} }}\n",
        "(".repeat(5000),
        ")".repeat(5000)
    );
    let _ = model(&deep);
    let long = format!("package main\nvar s = {}\"a\"\n", "\"a\" + ".repeat(5000));
    let _ = model(&long);
    let _ = model("\u{0}\u{feff}}}}{{{ func (");
}

#[test]
fn package_names_drop_versions() {
    assert_eq!(default_package_name("github.com/go-chi/chi/v5"), "chi");
    assert_eq!(default_package_name("gopkg.in/yaml.v3"), "yaml");
    assert_eq!(default_package_name("os/exec"), "exec");
    assert_eq!(default_package_name("github.com/dgrijalva/jwt-go"), "jwt");
    assert_eq!(
        default_package_name("github.com/redis/go-redis/v9"),
        "redis"
    );
}

fn bindings(m: &FileModel, kind: CallKind) -> Vec<(&str, &Value, &Value)> {
    m.calls
        .iter()
        .filter(|c| c.kind == kind)
        .map(|c| (c.callee.as_str(), &c.args[0].value, &c.args[1].value))
        .collect()
}

#[test]
fn bindings_are_modelled_calls() {
    let m = model(
        "package main\nimport \"os\"\nconst key = \"k-1\"\nvar a, b = \"x\", os.Getenv(\"B\")\ntype C struct{ Password string }\nfunc f(c *C, m map[string]string) {\n\tp := key\n\tx, err := g()\n\tc.Password = \"pw\"\n\tm[\"token\"] = \"t\"\n\t_ = C{Password: \"lit\"}\n\t_ = map[string]string{\"api_key\": \"v\"}\n\t_ = []C{{Password: \"nested\"}}\n\tn := 1\n\tn += 2\n}\n",
    );
    let s = |v: &str| Value::Str(v.into());
    let assigns = bindings(&m, CallKind::Assign);
    assert!(assigns.contains(&("__assign__", &s("key"), &s("k-1"))));
    assert!(assigns.contains(&("__assign__", &s("a"), &s("x"))));
    assert!(assigns.contains(&("__assign__", &s("b"), &Value::Unknown)));
    // The constant is folded into the binding that uses it.
    assert!(assigns.contains(&("__assign__", &s("p"), &s("k-1"))));
    // `x, err := g()` binds one call's results: no pair to model; `+=` binds nothing new.
    assert!(!assigns.iter().any(|a| *a.1 == s("x") || *a.1 == s("err")));
    assert_eq!(assigns.iter().filter(|a| *a.1 == s("n")).count(), 1);
    let attrs = bindings(&m, CallKind::SetAttr);
    assert!(attrs.contains(&("c.__setattr__", &s("Password"), &s("pw"))));
    assert!(attrs.contains(&("C.__setattr__", &s("Password"), &s("lit"))));
    assert!(attrs.contains(&("__setattr__", &s("Password"), &s("nested"))));
    let items = bindings(&m, CallKind::SetItem);
    assert!(items.contains(&("m.__setitem__", &s("token"), &s("t"))));
    assert!(items.contains(&("map[string]string.__setitem__", &s("api_key"), &s("v"))));
    // The struct field's receiver is typed from the parameter.
    let set = m
        .calls
        .iter()
        .find(|c| c.callee == "c.__setattr__")
        .unwrap();
    assert_eq!(set.receiver_type.as_deref(), Some("C"));
}

#[test]
fn library_results_and_nested_calls_type_receivers() {
    let m = model(
        "package main\nimport (\n\t\"database/sql\"\n\t\"github.com/golang-jwt/jwt/v5\"\n\t\"google.golang.org/grpc\"\n\tins \"google.golang.org/grpc/credentials/insecure\"\n)\nfunc f() {\n\tdb, err := sql.Open(\"pg\", dsn)\n\ttx, _ := db.Begin()\n\ttx.Exec(q)\n\tjwt.NewParser().ParseUnverified(s, c)\n\tcreds := ins.NewCredentials()\n\tgrpc.WithTransportCredentials(creds)\n\tgrpc.WithTransportCredentials(ins.NewCredentials())\n}\n",
    );
    assert_eq!(
        call(&m, "tx.Exec").fqn.as_deref(),
        Some("database/sql.Tx.Exec")
    );
    assert_eq!(
        call(&m, "jwt.NewParser().ParseUnverified")
            .receiver_type
            .as_deref(),
        Some("github.com/golang-jwt/jwt/v5.Parser")
    );
    let insecure = "google.golang.org/grpc/credentials/insecure.NewCredentials";
    let opts: Vec<&CallSite> = m
        .calls
        .iter()
        .filter(|c| c.name == "WithTransportCredentials")
        .collect();
    assert_eq!(opts.len(), 2);
    assert!(opts
        .iter()
        .all(|c| c.args[0].names.iter().any(|n| n == insecure)));
}

#[test]
fn module_declarations_resolve_fields_results_and_package_functions() {
    use crate::module::{declarations, Context, ModuleIndex};
    // Two files of the module: `store` declares a type and a constructor, `app` uses them.
    let mut index = ModuleIndex::default();
    index.add(declarations(
        "example.com/app/internal/storage",
        "package store\nimport \"database/sql\"\ntype Store struct{ db *sql.DB }\nfunc Open(dsn string) (*Store, error) { return nil, nil }\nfunc (s *Store) Tx() (*sql.Tx, error) { return nil, nil }\n",
    ));
    index.add(declarations(
        "example.com/app",
        "package main\nfunc helper() string { return \"\" }\n",
    ));
    let ctx = Context {
        package: Some("example.com/app".into()),
        index: Some(Arc::new(index)),
    };
    let m = analyze_in(
        "main.go",
        Arc::from(
            "package main\nimport \"example.com/app/internal/storage\"\ntype Server struct{ st *store.Store }\nfunc (s *Server) run() {\n\ts.st.Tx()\n\tst, _ := store.Open(\"x\")\n\ttx, _ := st.Tx()\n\ttx.Exec(q)\n\thelper()\n\tlen(q)\n}\n",
        ),
        &ctx,
    );
    // The package clause names it `store`, not the directory's `storage`.
    assert_eq!(
        call(&m, "store.Open").fqn.as_deref(),
        Some("example.com/app/internal/storage.Open")
    );
    assert!(!call(&m, "store.Open").text_is_alias);
    // A field declared in this file, of a type declared in another package.
    assert_eq!(
        call(&m, "s.st.Tx").fqn.as_deref(),
        Some("example.com/app/internal/storage.Store.Tx")
    );
    assert_eq!(
        call(&m, "tx.Exec").fqn.as_deref(),
        Some("database/sql.Tx.Exec")
    );
    assert_eq!(
        call(&m, "helper").fqn.as_deref(),
        Some("example.com/app.helper")
    );
    // Builtins are not functions of the package.
    assert_eq!(call(&m, "len").fqn, None);
}

#[test]
fn same_file_fields_and_constructors_type_receivers_without_a_module() {
    let m = model(
        "package main\nimport \"os/exec\"\ntype Runner struct{ cmd *exec.Cmd }\nfunc NewRunner() *Runner { return nil }\nfunc main() {\n\tr := NewRunner()\n\tr.cmd.Run()\n}\n",
    );
    assert_eq!(
        call(&m, "r.cmd.Run").fqn.as_deref(),
        Some("os/exec.Cmd.Run")
    );
}
