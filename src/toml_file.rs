//! The TOML files an analyst writes by hand (`dossier.toml`, `entities.toml`) fail the same way: the
//! file cannot be read, or a line in it is wrong. One error type names the file and the line for both,
//! so a typo is found without guessing.

use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;

/// Why a hand-written TOML file could not be used; the message names the file and, for content errors,
/// the 1-based line.
#[derive(Debug, thiserror::Error)]
pub enum TomlFileError {
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

/// Deserializes `text`; a syntax or shape error points at the line where TOML found it.
pub fn parse<T: DeserializeOwned>(path: &Path, text: &str) -> Result<T, TomlFileError> {
    toml::from_str(text).map_err(|e| TomlFileError::Invalid {
        path: path.into(),
        line: e.span().map(|s| line_at(text, s.start)).unwrap_or(1),
        message: e.message().to_string(),
    })
}

/// The 1-based line holding byte `offset` of `text` (the end of the text when past it).
pub fn line_at(text: &str, offset: usize) -> usize {
    let end = offset.min(text.len());
    text.as_bytes()[..end]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(serde::Deserialize, Debug)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Shape {
        name: String,
    }

    #[test]
    fn errors_name_the_file_and_the_line() {
        let err = parse::<Shape>(Path::new("x.toml"), "# comment\n\nnaem = \"a\"\n").unwrap_err();
        let message = err.to_string();
        assert!(message.starts_with("x.toml:3: "), "{message}");
        assert!(message.contains("naem"), "{message}");
    }

    #[test]
    fn line_at_counts_newlines_before_the_offset() {
        assert_eq!(line_at("a\nb\nc", 0), 1);
        assert_eq!(line_at("a\nb\nc", 2), 2);
        assert_eq!(line_at("a\nb\nc", 99), 3);
    }
}
