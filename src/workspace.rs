//! A workspace: a root folder, its optional `dossier.toml`, the sources and the notes it holds.
//!
//! ```toml
//! sources = ["sources", "archive/*.md"]   # folders, files or globs; default ["sources"]
//! notes = ["notes"]                       # default: every Markdown file outside the sources
//! gazetteer = "entities.toml"             # default: entities.toml when present
//! cache = false                           # keep no index cache (default: cache under $XDG_CACHE_HOME)
//! [severity]
//! name-variant = "error"                  # per finding code: error | warning | information | hint | off
//! ```

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::toml_file::{self, TomlFileError};

/// The parsed `dossier.toml` (every field optional).
#[derive(Clone, Debug, Default, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Config {
    #[serde(default)]
    pub sources: Vec<String>,
    #[serde(default)]
    pub notes: Vec<String>,
    pub gazetteer: Option<String>,
    /// Whether to keep an index cache outside the workspace (default: yes).
    pub cache: Option<bool>,
    #[serde(default)]
    pub severity: BTreeMap<String, String>,
}

/// Why `dossier.toml` could not be used; the message names the file and the line.
pub type ConfigError = TomlFileError;

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
        let mut out = Vec::new();
        for s in &self.config.sources {
            if is_glob(s) {
                out.extend(expand_glob(&self.root, s));
            } else {
                out.push(self.root.join(s));
            }
        }
        out
    }

    /// The index cache, unless `cache = false` or the environment names no cache folder.
    pub fn cache(&self) -> Option<crate::index::Cache> {
        if self.config.cache == Some(false) {
            return None;
        }
        crate::index::Cache::for_root(&self.root)
    }

    /// The gazetteer file, when configured or present under its default name.
    pub fn gazetteer_path(&self) -> Option<PathBuf> {
        match &self.config.gazetteer {
            Some(g) => Some(self.root.join(g)),
            None => Some(self.root.join(DEFAULT_GAZETTEER)).filter(|p| p.is_file()),
        }
    }
}

/// True when a `sources` entry is a pattern rather than a path.
fn is_glob(s: &str) -> bool {
    s.contains(['*', '?', '['])
}

/// The files under `root` that a pattern such as `archive/*.md` or `feeds/**/*.txt` names, in path order.
/// `*` and `?` match within one path component, `**` matches any number of components.
fn expand_glob(root: &Path, pattern: &str) -> Vec<PathBuf> {
    let parts: Vec<&str> = pattern
        .split('/')
        .filter(|p| !p.is_empty() && *p != ".")
        .collect();
    let fixed = parts.iter().take_while(|p| !is_glob(p)).count();
    let base = parts[..fixed]
        .iter()
        .fold(root.to_path_buf(), |b, p| b.join(p));
    let rest = &parts[fixed..];
    let mut out: Vec<PathBuf> = walkdir::WalkDir::new(&base)
        .sort_by_file_name()
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .filter(|e| {
            let Ok(rel) = e.path().strip_prefix(&base) else {
                return false;
            };
            let comps: Vec<String> = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            let comps: Vec<&str> = comps.iter().map(String::as_str).collect();
            path_match(rest, &comps)
        })
        .map(walkdir::DirEntry::into_path)
        .collect();
    out.sort();
    out
}

/// Matches path components against pattern components, `**` standing for any number of them.
fn path_match(pattern: &[&str], path: &[&str]) -> bool {
    match pattern.split_first() {
        None => path.is_empty(),
        Some((&"**", rest)) => (0..=path.len()).any(|k| path_match(rest, &path[k..])),
        Some((p, rest)) => {
            !path.is_empty()
                && wildcard(p.as_bytes(), path[0].as_bytes())
                && path_match(rest, &path[1..])
        }
    }
}

/// `*` and `?` matching of one component (iterative, no backtracking blow-up).
fn wildcard(p: &[u8], t: &[u8]) -> bool {
    let (mut pi, mut ti) = (0, 0);
    let mut star: Option<(usize, usize)> = None;
    while ti < t.len() {
        if pi < p.len() && (p[pi] == b'?' || p[pi] == t[ti]) {
            pi += 1;
            ti += 1;
        } else if pi < p.len() && p[pi] == b'*' {
            star = Some((pi, ti));
            pi += 1;
        } else if let Some((sp, st)) = star {
            pi = sp + 1;
            ti = st + 1;
            star = Some((sp, st + 1));
        } else {
            return false;
        }
    }
    while pi < p.len() && p[pi] == b'*' {
        pi += 1;
    }
    pi == p.len()
}

impl Config {
    pub fn parse(path: &Path, text: &str) -> Result<Config, ConfigError> {
        toml_file::parse(path, text)
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
    fn sources_may_be_folders_files_or_globs() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        for f in [
            "a/one.txt",
            "a/two.md",
            "b/x/deep.txt",
            "b/y/deep.md",
            "single.txt",
        ] {
            let p = root.join(f);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(&p, "text").unwrap();
        }
        let ws = Workspace {
            root: root.to_path_buf(),
            config: Config {
                sources: vec![
                    "a/*.md".into(),
                    "b/**/*.txt".into(),
                    "single.txt".into(),
                    "c".into(),
                ],
                ..Config::default()
            },
        };
        assert_eq!(
            ws.source_paths(),
            vec![
                root.join("a/two.md"),
                root.join("b/x/deep.txt"),
                root.join("single.txt"),
                root.join("c")
            ]
        );
        assert!(wildcard(b"edm-*-?.txt", b"edm-3-6.txt"));
        assert!(!wildcard(b"*.md", b"note.txt"));
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
