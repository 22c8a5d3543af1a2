//! Reading source files: each file loads or fails on its own, with a reason a person can act on.

use std::path::{Path, PathBuf};

use super::{Article, Stamp};

/// Files larger than this are refused rather than read: no real article comes close.
pub const MAX_SOURCE_BYTES: u64 = 16 * 1024 * 1024;

/// Why one source file could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("{path}: cannot read: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path}: not valid UTF-8 (byte {offset}); save it as UTF-8")]
    Utf8 { path: PathBuf, offset: usize },
    #[error("{path}: looks binary (contains NUL bytes); sources must be text or Markdown")]
    Binary { path: PathBuf },
    #[error("{path}: {size} bytes is over the {max}-byte limit for one source")]
    TooLarge { path: PathBuf, size: u64, max: u64 },
    #[error("{path}: empty file")]
    Empty { path: PathBuf },
}

impl LoadError {
    pub fn path(&self) -> &Path {
        match self {
            LoadError::Io { path, .. }
            | LoadError::Utf8 { path, .. }
            | LoadError::Binary { path }
            | LoadError::TooLarge { path, .. }
            | LoadError::Empty { path } => path,
        }
    }
}

/// Source file extensions: plain text and Markdown.
fn is_source(path: &Path) -> bool {
    matches!(
        path.extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
            .as_deref(),
        Some("txt" | "md" | "markdown" | "text")
    )
}

/// Loads one file as an article.
pub fn load_file(path: &Path) -> Result<Article, LoadError> {
    let meta = std::fs::metadata(path).map_err(|source| LoadError::Io {
        path: path.into(),
        source,
    })?;
    if meta.len() > MAX_SOURCE_BYTES {
        return Err(LoadError::TooLarge {
            path: path.into(),
            size: meta.len(),
            max: MAX_SOURCE_BYTES,
        });
    }
    let bytes = std::fs::read(path).map_err(|source| LoadError::Io {
        path: path.into(),
        source,
    })?;
    // Stamped with the metadata read before the bytes: a file rewritten in between carries an older stamp
    // than its content, so a cache keyed on it is only ever refreshed once too often, never kept stale. A
    // size that differs from what was read means exactly that happened; such text is not stamped.
    let stamp = Stamp::of(&meta).filter(|s| s.size == bytes.len() as u64);
    let mut article = article_from_bytes(path, bytes)?;
    article.set_stamp(stamp);
    Ok(article)
}

/// Turns a file's bytes into an article, refusing what is not text.
pub(crate) fn article_from_bytes(path: &Path, bytes: Vec<u8>) -> Result<Article, LoadError> {
    // Checked again on what was read, not only on the size the file had: an article keeps its offsets as
    // `u32`s, and a file that grew in between must not slip past the limit.
    if bytes.len() as u64 > MAX_SOURCE_BYTES {
        return Err(LoadError::TooLarge {
            path: path.into(),
            size: bytes.len() as u64,
            max: MAX_SOURCE_BYTES,
        });
    }
    if bytes.contains(&0) {
        return Err(LoadError::Binary { path: path.into() });
    }
    let text = String::from_utf8(bytes).map_err(|e| LoadError::Utf8 {
        path: path.into(),
        offset: e.utf8_error().valid_up_to(),
    })?;
    if text.trim().is_empty() {
        return Err(LoadError::Empty { path: path.into() });
    }
    Ok(Article::parse(path, text))
}

/// Loads every source under the given files and folders (folders recursively, text and Markdown files
/// only, `*.gold.json` and hidden files skipped), in path order. Errors are collected, never fatal.
pub fn load_paths(paths: &[PathBuf]) -> (Vec<Article>, Vec<LoadError>) {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for root in paths {
        if root.is_file() {
            files.push(root.clone());
            continue;
        }
        for entry in walkdir::WalkDir::new(root).sort_by_file_name() {
            match entry {
                Ok(e) if e.file_type().is_file() && is_source(e.path()) => {
                    let hidden = e.file_name().to_string_lossy().starts_with('.');
                    if !hidden {
                        files.push(e.into_path());
                    }
                }
                Ok(_) => {}
                Err(err) => {
                    let path = err
                        .path()
                        .map(Path::to_path_buf)
                        .unwrap_or_else(|| root.clone());
                    let source = err
                        .into_io_error()
                        .unwrap_or_else(|| std::io::Error::other("filesystem loop"));
                    errors.push(LoadError::Io { path, source });
                }
            }
        }
    }
    let results: Vec<_> = {
        use rayon::prelude::*;
        files.par_iter().map(|p| load_file(p)).collect()
    };
    let mut articles = Vec::new();
    for r in results {
        match r {
            Ok(a) => articles.push(a),
            Err(e) => errors.push(e),
        }
    }
    (articles, errors)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_over_the_limit_is_refused_whatever_the_file_claimed() {
        let bytes = vec![b'a'; MAX_SOURCE_BYTES as usize + 1];
        let err = article_from_bytes(Path::new("big.txt"), bytes).unwrap_err();
        assert!(matches!(err, LoadError::TooLarge { size, .. } if size == MAX_SOURCE_BYTES + 1));
        assert!(err.to_string().contains("big.txt"), "{err}");
    }
}
