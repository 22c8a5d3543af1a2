//! The analyst's own list of entities (`entities.toml`): names, kinds, accepted aliases and notes, merged with
//! what the recognizer finds.
//!
//! ```toml
//! [[entity]]
//! name = "Emomali Rahmon"
//! kind = "official"
//! aliases = ["Rahmonov", "Rakhmonov"]
//! rank = "President"
//! post = "President of Tajikistan"
//! note = "Renamed himself in 2007."
//! ```

use std::path::Path;

use serde::Deserialize;

use crate::entity::Kind;
use crate::toml_file::{self, TomlFileError};

/// One entity the analyst declared.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GazetteerEntry {
    pub name: String,
    pub kind: Kind,
    pub aliases: Vec<String>,
    pub rank: Option<String>,
    pub post: Option<String>,
    pub note: Option<String>,
}

/// All entries of one gazetteer file.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Gazetteer {
    pub entries: Vec<GazetteerEntry>,
}

/// Why a gazetteer could not be used; the message names the file, the line and what to write instead.
pub type GazetteerError = TomlFileError;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    #[serde(default)]
    entity: Vec<RawEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEntry {
    name: String,
    kind: String,
    #[serde(default)]
    aliases: Vec<String>,
    rank: Option<String>,
    post: Option<String>,
    note: Option<String>,
}

impl Gazetteer {
    /// Reads and validates a gazetteer file.
    pub fn load(path: &Path) -> Result<Gazetteer, GazetteerError> {
        let text = std::fs::read_to_string(path).map_err(|source| GazetteerError::Io {
            path: path.into(),
            source,
        })?;
        Gazetteer::parse(path, &text)
    }

    /// Parses gazetteer text; `path` is only used in error messages.
    pub fn parse(path: &Path, text: &str) -> Result<Gazetteer, GazetteerError> {
        let raw: RawFile = toml_file::parse(path, text)?;
        let mut entries = Vec::with_capacity(raw.entity.len());
        for (i, r) in raw.entity.into_iter().enumerate() {
            let invalid = |message: String| GazetteerError::Invalid {
                path: path.into(),
                line: entry_line(text, i),
                message,
            };
            let kind = Kind::parse(&r.kind).ok_or_else(|| {
                invalid(format!(
                    "unknown kind {:?}; use one of official, unit, exercise, place, organization, outlet",
                    r.kind
                ))
            })?;
            if r.name.trim().is_empty() {
                return Err(invalid("an entity needs a non-empty `name`".into()));
            }
            entries.push(GazetteerEntry {
                name: r.name.trim().to_string(),
                kind,
                aliases: r
                    .aliases
                    .into_iter()
                    .map(|a| a.trim().to_string())
                    .filter(|a| !a.is_empty())
                    .collect(),
                rank: r.rank,
                post: r.post,
                note: r.note,
            });
        }
        Ok(Gazetteer { entries })
    }
}

/// 1-based line of the `i`-th `[[entity]]` table, for error messages about a whole entry.
fn entry_line(text: &str, i: usize) -> usize {
    text.lines()
        .enumerate()
        .filter(|(_, l)| l.trim_start().starts_with("[[entity]]"))
        .nth(i)
        .map(|(n, _)| n + 1)
        .unwrap_or(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_entries_and_reports_bad_kind_with_line() {
        let ok =
            "[[entity]]\nname = \"Ivan Petrov\"\nkind = \"official\"\naliases = [\"Petrov\"]\n";
        let g = Gazetteer::parse(Path::new("e.toml"), ok).unwrap();
        assert_eq!(g.entries[0].kind, Kind::Official);
        assert_eq!(g.entries[0].aliases, vec!["Petrov"]);

        let bad = "[[entity]]\nname = \"A\"\nkind = \"official\"\n\n[[entity]]\nname = \"B\"\nkind = \"person\"\n";
        let err = Gazetteer::parse(Path::new("e.toml"), bad)
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("e.toml:5:"), "{err}");
        assert!(err.contains("unknown kind"), "{err}");
    }

    #[test]
    fn reports_toml_syntax_errors_with_line() {
        let err = Gazetteer::parse(Path::new("e.toml"), "[[entity]]\nname = \n")
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("e.toml:2:"), "{err}");
    }
}
