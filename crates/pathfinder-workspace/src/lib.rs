//! The project side of a scan: which files to analyse, how to read them, and the project configuration.
//!
//! - [`walk`] lists the source files under a root (gitignore-aware, include/exclude globs, skip-tests).
//! - [`read_source`] turns one of them into text, reporting encoding problems as warnings.
//! - [`load_config`] reads `pathfinder.toml` or `pyproject.toml` `[tool.pathfinder]`.

mod config;
mod lang;
mod source;
mod walk;

pub use config::{
    load_config, Config, ConfigError, LoadedConfig, Profile, CONFIG_FILE, PYPROJECT_FILE,
};
pub use lang::{classify, is_test_path, Language};
pub use source::{file_kind, read_regular_file, read_source, SourceText, MAX_SMALL_FILE};
pub use walk::{
    walk, SourceFile, WalkError, WalkOptions, WalkResult, ALWAYS_SKIPPED_DIRS,
    DEFAULT_MAX_FILE_SIZE,
};
