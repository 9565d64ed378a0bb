//! `pathfinder`: the command-line scanner. Exit codes: 0 nothing at or above `--fail-on`, 1 findings at or
//! above it (or failing rule tests), 2 any error. Machine output goes to stdout or `--output-file`; banners,
//! progress, warnings and errors go to stderr.

mod ci_cmd;
mod playground_cmd;
mod registry_cmd;
mod rules_cmd;
mod scan_cmd;
mod serve_cmd;
mod test_cmd;
mod util;

use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

pub const VERSION: &str = env!("CARGO_PKG_VERSION");

// Modelling allocates many small strings and vectors per file; mimalloc handles that far better than the
// system allocator under parallel load.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(
    name = "pathfinder",
    version = VERSION,
    about = "Fast, offline security scanner for Python, Dockerfiles and docker-compose files",
    long_about = "Fast, offline security scanner for Python, Dockerfiles and docker-compose files.\n\nRules are written in the Code-Pathfinder-style Python DSL and read statically: no rule code is ever executed.",
    propagate_version = true
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Scan a project and report findings
    Scan(ScanArgs),
    /// Scan in CI: only findings in the change, optional GitHub pull-request comments
    Ci(ci_cmd::CiArgs),
    /// List, show and debug rules
    #[command(subcommand)]
    Rules(RulesCommand),
    /// Run rules against their own fixtures (tests/positive, tests/negative)
    Test(TestArgs),
    /// Build the static rule registry site
    #[command(subcommand)]
    Registry(RegistryCommand),
    /// Serve the rule registry with a live playground (127.0.0.1 by default)
    Playground(PlaygroundArgs),
    /// Language server for editors (LSP over stdio): findings of open buffers as diagnostics
    Lsp {
        /// Talk over stdin/stdout (the only transport; accepted because editors pass it)
        #[arg(long)]
        stdio: bool,
    },
    /// MCP server for coding assistants: scan, explain findings, navigate code (stdio, or --http)
    Serve(serve_cmd::ServeArgs),
    /// Print the version
    Version,
}

#[derive(Subcommand)]
enum RegistryCommand {
    /// Write the registry (HTML pages, Markdown twins, index) to a directory
    Build {
        /// Output directory (created if needed)
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
        /// Built-in rules to include, as in `scan` (repeatable) [default: every built-in rule, unless --rules is given]
        #[arg(long = "ruleset", value_name = "SPEC")]
        rulesets: Vec<String>,
        /// Include the rules in this file or directory (repeatable); as in `scan`, built-in rules then come only from --ruleset
        #[arg(short = 'r', long = "rules", value_name = "PATH")]
        rules: Vec<PathBuf>,
        /// Do not load the built-in catalog at all (needs --rules)
        #[arg(long)]
        no_builtin: bool,
    },
}

#[derive(Args)]
pub struct PlaygroundArgs {
    /// Address to listen on; anything but loopback prints a warning
    #[arg(long, default_value = "127.0.0.1")]
    pub host: String,
    /// Port to listen on (0 picks a free one; the address is printed on stdout)
    #[arg(long, default_value_t = 7878)]
    pub port: u16,
    /// Built-in rules to serve, as in `scan` (repeatable) [default: every built-in rule, unless --rules is given]
    #[arg(long = "ruleset", value_name = "SPEC")]
    pub rulesets: Vec<String>,
    /// Serve the rules in this file or directory (repeatable); as in `scan`, built-in rules then come only from --ruleset
    #[arg(short = 'r', long = "rules", value_name = "PATH")]
    pub rules: Vec<PathBuf>,
    /// Longest one analysis may take, in milliseconds
    #[arg(long, value_name = "MS", default_value_t = 5000)]
    pub timeout_ms: u64,
    /// Analyses running at once [default: number of cores]
    #[arg(long, value_name = "N")]
    pub max_concurrent: Option<usize>,
}

#[derive(Args, Clone)]
pub struct ScanArgs {
    /// Project directory or file to scan (like --project); `-` reads one file from standard input (needs --stdin-filename)
    #[arg(value_name = "PATH", conflicts_with = "project")]
    pub path: Option<PathBuf>,
    /// Project directory (or a single file) to scan
    #[arg(short = 'p', long, default_value = ".")]
    pub project: PathBuf,
    /// With PATH `-`: the path the standard input stands for; the configuration applies as if it were there
    #[arg(long, value_name = "PATH")]
    pub stdin_filename: Option<PathBuf>,
    /// Built-in rules to run: python/all, python/<bundle>, python/<RULE-ID> (repeatable) [default: all built-in rules for the languages present]
    #[arg(long = "ruleset", value_name = "SPEC")]
    pub rulesets: Vec<String>,
    /// Rule file or directory (repeatable); its rules always run, and built-in rules then only by --ruleset
    #[arg(short = 'r', long = "rules", value_name = "PATH")]
    pub rules: Vec<PathBuf>,
    /// Output format: text, json, sarif, csv, gitlab (code quality), junit [default: text]
    #[arg(short = 'o', long)]
    pub output: Option<String>,
    /// Write the report to this file instead of stdout (`-`: stdout)
    #[arg(short = 'f', long, value_name = "FILE")]
    pub output_file: Option<PathBuf>,
    /// Exit 1 when a reported finding is at or above the lowest listed severity (critical,high,medium,low,info)
    #[arg(long, value_name = "SEVERITIES", value_delimiter = ',')]
    pub fail_on: Vec<String>,
    /// Report only findings at or above this severity (critical, high, medium, low, info)
    #[arg(long, value_name = "SEVERITY")]
    pub min_severity: Option<String>,
    /// Report only findings at or above this confidence (high, medium, low)
    #[arg(long, value_name = "LEVEL")]
    pub min_confidence: Option<String>,
    /// Do not run this rule: an id or a glob such as PYTHON-FLASK-* (repeatable; adds to exclude-rules)
    #[arg(long = "exclude-rule", value_name = "ID|GLOB")]
    pub exclude_rules: Vec<String>,
    /// Report only findings not listed in this baseline file
    #[arg(long, value_name = "FILE")]
    pub baseline: Option<PathBuf>,
    /// Record every current finding in this baseline file, then report only findings not in it
    #[arg(long, value_name = "FILE")]
    pub write_baseline: Option<PathBuf>,
    /// List `# pathfinder: ignore` comments that suppress nothing (on stderr)
    #[arg(long)]
    pub show_unused_suppressions: bool,
    /// Skip test files and directories (see README) [default: true]
    #[arg(long, value_name = "BOOL", num_args = 0..=1, default_missing_value = "true")]
    pub skip_tests: Option<bool>,
    /// Also scan generated Go files (`// Code generated ... DO NOT EDIT.`) [default: false]
    #[arg(long, value_name = "BOOL", num_args = 0..=1, default_missing_value = "true")]
    pub include_generated: Option<bool>,
    /// Exclude files or directories matching this glob (repeatable)
    #[arg(long, value_name = "GLOB")]
    pub exclude: Vec<String>,
    /// Only scan files matching this glob (repeatable)
    #[arg(long, value_name = "GLOB")]
    pub include: Vec<String>,
    /// Worker threads [default: number of cores]
    #[arg(short = 'j', long)]
    pub threads: Option<usize>,
    /// Never show a progress bar
    #[arg(long)]
    pub no_progress: bool,
    /// More detail: every warning, timings, skipped rules
    #[arg(short = 'v', long)]
    pub verbose: bool,
    /// Ignore pathfinder.toml and [tool.pathfinder] in pyproject.toml
    #[arg(long)]
    pub no_config: bool,
    /// Run only pattern rules, skipping flows() taint rules (a quicker first pass)
    #[arg(long)]
    pub no_taint: bool,
    /// Also follow symlinks that point outside the project (by default they are skipped with a warning)
    #[arg(long)]
    pub follow_external_symlinks: bool,
    /// Report only findings in what changed between the merge-base of REF and --head (git)
    #[arg(long, value_name = "REF")]
    pub base: Option<String>,
    /// The changed revision compared with --base [default: HEAD]
    #[arg(long, value_name = "REF")]
    pub head: Option<String>,
    /// With --base: keep findings on changed lines, or anywhere in changed files [default: lines]
    #[arg(long, value_name = "lines|files")]
    pub diff_scope: Option<pathfinder_ci::DiffScope>,
}

impl ScanArgs {
    pub fn head(&self) -> &str {
        self.head.as_deref().unwrap_or("HEAD")
    }

    pub fn diff_scope(&self) -> pathfinder_ci::DiffScope {
        self.diff_scope.unwrap_or(pathfinder_ci::DiffScope::Lines)
    }

    /// Whether the input is standard input (`-`).
    pub fn is_stdin(&self) -> bool {
        self.path.as_deref() == Some(std::path::Path::new("-"))
    }

    /// Folds the positional PATH into --project and rejects flag combinations that would do nothing.
    /// `base_from_env`: `ci` may find its base in the environment, so --head and --diff-scope stand alone.
    pub fn check(&mut self, base_from_env: bool) -> Result<(), String> {
        if let Some(p) = self.path.clone().filter(|_| !self.is_stdin()) {
            self.project = p;
        }
        match (self.is_stdin(), &self.stdin_filename) {
            (true, None) => {
                return Err("reading standard input (`-`) needs --stdin-filename PATH".into())
            }
            (false, Some(_)) => return Err("--stdin-filename needs `-` as the path to scan".into()),
            (true, Some(_)) if self.base.is_some() => {
                return Err("--base cannot be used with standard input".into())
            }
            _ => {}
        }
        if self.base.is_none() && !base_from_env {
            if self.diff_scope.is_some() {
                return Err("--diff-scope needs --base".into());
            }
            if self.head.is_some() {
                return Err("--head needs --base".into());
            }
        }
        if !self.fail_on.is_empty() && self.fail_on.iter().all(|s| s.trim().is_empty()) {
            return Err(
                "--fail-on needs at least one severity (critical, high, medium, low, info)".into(),
            );
        }
        Ok(())
    }
}

#[derive(Subcommand)]
enum RulesCommand {
    /// List rules: id, severity, name
    List {
        /// Restrict to these rulesets (repeatable)
        #[arg(long = "ruleset", value_name = "SPEC")]
        rulesets: Vec<String>,
        /// List the rules from this file or directory (repeatable); as in `scan`, built-in rules then only by --ruleset
        #[arg(short = 'r', long = "rules", value_name = "PATH")]
        rules: Vec<PathBuf>,
        /// Output format: text, json or markdown (a catalog table)
        #[arg(long, default_value = "text")]
        format: String,
    },
    /// Show a rule's metadata and source
    Show {
        /// Rule id or ruleset path, e.g. PYTHON-LANG-SEC-070 or python/lang/PYTHON-LANG-SEC-070
        id: String,
        /// Also look in this rule file or directory (repeatable)
        #[arg(short = 'r', long = "rules", value_name = "PATH")]
        rules: Vec<PathBuf>,
    },
    /// Print a rule file's JSON IR (as the reference SDK prints it)
    Ir {
        /// A rule.py file, or the id of a built-in rule
        file: PathBuf,
        /// Pretty-print instead of the SDK's one-line format
        #[arg(long)]
        pretty: bool,
    },
}

#[derive(Args)]
pub struct TestArgs {
    /// Test the rules in this file or directory instead of the built-in catalog (repeatable)
    #[arg(short = 'r', long = "rules", value_name = "PATH")]
    pub rules: Vec<PathBuf>,
    /// Only these rule ids (repeatable)
    #[arg(long = "rule", value_name = "ID")]
    pub only: Vec<String>,
    /// Print every rule, not only failures
    #[arg(short = 'v', long)]
    pub verbose: bool,
}

fn main() -> ExitCode {
    // Like other command-line tools, stop quietly when the reader of our output goes away
    // (`pathfinder rules list | head`) instead of panicking on a failed write.
    #[cfg(unix)]
    // SAFETY: restoring the default disposition of SIGPIPE before any thread starts.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            // Help and version are not errors; everything else clap rejects is a usage error.
            return match e.kind() {
                clap::error::ErrorKind::DisplayHelp | clap::error::ErrorKind::DisplayVersion => {
                    ExitCode::SUCCESS
                }
                _ => ExitCode::from(2),
            };
        }
    };
    let code = match cli.command {
        Command::Scan(args) => scan_cmd::run(args),
        Command::Ci(args) => ci_cmd::run(args),
        Command::Rules(RulesCommand::List {
            rulesets,
            rules,
            format,
        }) => rules_cmd::list(&rulesets, &rules, &format),
        Command::Rules(RulesCommand::Show { id, rules }) => rules_cmd::show(&id, &rules),
        Command::Rules(RulesCommand::Ir { file, pretty }) => rules_cmd::ir(&file, pretty),
        Command::Test(args) => test_cmd::run(args),
        Command::Registry(RegistryCommand::Build {
            out,
            rulesets,
            rules,
            no_builtin,
        }) => registry_cmd::build(&out, &rulesets, &rules, no_builtin),
        Command::Playground(a) => playground_cmd::run(playground_cmd::Options {
            host: a.host,
            port: a.port,
            rulesets: a.rulesets,
            rules: a.rules,
            timeout_ms: a.timeout_ms,
            max_concurrent: a.max_concurrent,
        }),
        Command::Lsp { stdio: _ } => match pathfinder_lsp::run_stdio(VERSION) {
            Ok(code) => code,
            Err(e) => {
                util::error(e);
                2
            }
        },
        Command::Serve(args) => serve_cmd::run(args),
        Command::Version => {
            println!("pathfinder {VERSION}");
            0
        }
    };
    ExitCode::from(code)
}
