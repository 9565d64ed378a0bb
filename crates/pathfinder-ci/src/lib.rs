//! CI mode for pathfinder: which files and lines a change touched (git), and the GitHub pull-request
//! summary and inline review comments built from findings. Knows nothing about how findings are produced.

mod body;
pub mod comments;
pub mod env;
pub mod git;
pub mod github;
pub mod patch;

pub use comments::{post, PostOptions, PostOutcome, PullRequest, SummaryAction};
pub use env::ActionsEnv;
pub use git::{ChangeSet, DiffScope, GitError, LineSet, RepoLocation};
pub use github::{redact, ApiError, Client, RetryPolicy};
