//! Checks a note against the sources: each finding has a stable code, a severity, the words it is about, a
//! message quoting the source, the source passage and, where it can, a fix.

use std::collections::BTreeMap;
use std::ops::Range;

use serde::Serialize;

use crate::entity::Passage;
use crate::index::Index;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
    Information,
    Hint,
}

/// A text edit in the note: replace `range` (bytes) with `new_text`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Edit {
    pub range: Range<usize>,
    pub new_text: String,
}

/// A quick fix: a title for the menu and the edits it applies.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fix {
    pub title: String,
    pub edits: Vec<Edit>,
}

/// The source passage a finding rests on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Related {
    pub passage: Passage,
    pub message: String,
}

/// One thing wrong with a note.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    /// Stable code such as `name-variant`.
    pub code: &'static str,
    pub severity: Severity,
    /// Byte range of the offending words in the note.
    pub range: Range<usize>,
    pub message: String,
    pub related: Vec<Related>,
    pub fixes: Vec<Fix>,
}

/// Per-code severity overrides (`None` turns a code off).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Settings {
    pub severity: BTreeMap<String, Option<Severity>>,
}

/// Checks one note's text against the index.
pub fn check_note(index: &Index, text: &str, settings: &Settings) -> Vec<Finding> {
    let _ = (index, text, settings);
    Vec::new()
}
