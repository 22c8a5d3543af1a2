//! A workspace: a root folder, its optional `dossier.toml`, the sources and the notes it holds.
//!
//! ```toml
//! sources = ["sources", "archive/*.md"]   # folders, files or globs; default ["sources"]
//! notes = ["notes"]                       # default: every Markdown file outside the sources
//! gazetteer = "entities.toml"             # default: entities.toml when present
//! [severity]
//! name-variant = "error"                  # per finding code: error | warning | information | hint | off
//! ```

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

/// The parsed `dossier.toml` (every field optional).
#[derive(Clone, Debug, Default, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Config {
    #[serde(default)]
    pub sources: Vec<String>,
    #[serde(default)]
    pub notes: Vec<String>,
    pub gazetteer: Option<String>,
    #[serde(default)]
    pub severity: BTreeMap<String, String>,
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("{path}: cannot read: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path}:{line}: {message}")]
    Invalid {
        path: PathBuf,
        line: usize,
        message: String,
    },
}

/// A root folder and its configuration.
#[derive(Clone, Debug)]
pub struct Workspace {
    pub root: PathBuf,
    pub config: Config,
}

pub const CONFIG_FILE: &str = "dossier.toml";
pub const DEFAULT_GAZETTEER: &str = "entities.toml";

impl Workspace {
    /// Opens a workspace at `root`, reading `dossier.toml` when there is one.
    pub fn open(root: &Path) -> Result<Workspace, ConfigError> {
        let path = root.join(CONFIG_FILE);
        let config = match std::fs::read_to_string(&path) {
            Ok(text) => Config::parse(&path, &text)?,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Config::default(),
            Err(source) => return Err(ConfigError::Io { path, source }),
        };
        Ok(Workspace {
            root: root.to_path_buf(),
            config,
        })
    }

    /// The workspace that holds `start`: the nearest ancestor folder with a `dossier.toml` or a `sources/`
    /// folder, else `start` itself (or its folder, for a file).
    pub fn discover(start: &Path) -> Result<Workspace, ConfigError> {
        let dir = if start.is_file() {
            start.parent().unwrap_or(start)
        } else {
            start
        };
        let root = dir
            .ancestors()
            .find(|d| d.join(CONFIG_FILE).is_file() || d.join("sources").is_dir())
            .unwrap_or(dir);
        Workspace::open(root)
    }

    /// Source files and folders (absolute), from `sources` or the default `sources/`.
    pub fn source_paths(&self) -> Vec<PathBuf> {
        if self.config.sources.is_empty() {
            return vec![self.root.join("sources")];
        }
        self.config
            .sources
            .iter()
            .map(|s| self.root.join(s))
            .collect()
    }

    /// The gazetteer file, when configured or present under its default name.
    pub fn gazetteer_path(&self) -> Option<PathBuf> {
        match &self.config.gazetteer {
            Some(g) => Some(self.root.join(g)),
            None => Some(self.root.join(DEFAULT_GAZETTEER)).filter(|p| p.is_file()),
        }
    }
}

impl Config {
    pub fn parse(path: &Path, text: &str) -> Result<Config, ConfigError> {
        toml::from_str(text).map_err(|e| ConfigError::Invalid {
            path: path.into(),
            line: e
                .span()
                .map(|s| text[..s.start.min(text.len())].matches('\n').count() + 1)
                .unwrap_or(1),
            message: e.message().to_string(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_keys_are_errors_with_a_line() {
        let err = Config::parse(
            Path::new("dossier.toml"),
            "sources = [\"s\"]\nsourcez = 1\n",
        )
        .unwrap_err()
        .to_string();
        assert!(err.starts_with("dossier.toml:2:"), "{err}");
    }

    #[test]
    fn default_sources_folder() {
        let ws = Workspace {
            root: PathBuf::from("/w"),
            config: Config::default(),
        };
        assert_eq!(ws.source_paths(), vec![PathBuf::from("/w/sources")]);
    }
}
