//! Checks a note against the sources: each finding has a stable code, a severity, the words it is about, a
//! message quoting the source, the source passage and, where it can, a fix.
//!
//! Every check compares a claim of the note with what the sources say about the same entity in the same
//! sentence, and stays silent when it cannot tell: a false alarm costs an analyst more than a miss.

pub(crate) mod cache;
mod context;
mod date;
mod evidence;
pub mod incremental;
mod misquote;
mod name_variant;
mod number;
mod place;
mod post;
mod rank;
mod unknown_official;

use std::collections::BTreeMap;
use std::ops::Range;
use std::path::Path;

use serde::Serialize;

use crate::entity::{ArticleId, Passage};
use crate::index::Index;
use crate::note::Note;

pub use cache::warm;
pub use context::Context;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
    Information,
    Hint,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Information => "information",
            Severity::Hint => "hint",
        }
    }

    /// Reads a severity as written in settings; `Ok(None)` is "off".
    pub fn parse(s: &str) -> Result<Option<Severity>, String> {
        match s.trim().to_ascii_lowercase().as_str() {
            "error" => Ok(Some(Severity::Error)),
            "warning" | "warn" => Ok(Some(Severity::Warning)),
            "information" | "info" => Ok(Some(Severity::Information)),
            "hint" => Ok(Some(Severity::Hint)),
            "off" | "none" | "ignore" => Ok(None),
            other => Err(format!(
                "unknown severity {other:?}; use error, warning, information, hint or off"
            )),
        }
    }
}

/// A text edit in the note: replace `range` (bytes) with `new_text`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Edit {
    pub range: Range<usize>,
    pub new_text: String,
}

/// A quick fix: a title for the menu and the edits it applies to the note.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fix {
    pub title: String,
    pub edits: Vec<Edit>,
    /// TOML to append to the workspace's gazetteer (`entities.toml` unless `dossier.toml` names another
    /// file), creating it if needed. Front ends turn this into an edit of that file; the core does not
    /// know where the workspace is.
    pub gazetteer_entry: Option<String>,
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

/// Every finding code with its default severity.
pub const CODES: &[(&str, Severity)] = &[
    (name_variant::CODE, Severity::Warning),
    (rank::CODE, Severity::Warning),
    (post::CODE, Severity::Warning),
    (number::CODE, Severity::Warning),
    (date::CODE, Severity::Warning),
    (place::CODE, Severity::Warning),
    (misquote::CODE, Severity::Warning),
    (unknown_official::CODE, Severity::Hint),
];

/// Per-code severity overrides (`None` turns a code off).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Settings {
    pub severity: BTreeMap<String, Option<Severity>>,
}

impl Settings {
    /// Overrides from `[severity]` in `dossier.toml` (or editor settings): code → "error" | "warning" |
    /// "information" | "hint" | "off". Unknown codes and severities are errors, naming what is accepted.
    pub fn from_config(table: &BTreeMap<String, String>) -> Result<Settings, String> {
        let mut severity = BTreeMap::new();
        for (code, value) in table {
            if !CODES.iter().any(|(c, _)| c == code) {
                let known: Vec<&str> = CODES.iter().map(|(c, _)| *c).collect();
                return Err(format!(
                    "unknown finding code {code:?} in [severity]; codes are {}",
                    known.join(", ")
                ));
            }
            let s = Severity::parse(value).map_err(|e| format!("[severity] {code}: {e}"))?;
            severity.insert(code.clone(), s);
        }
        Ok(Settings { severity })
    }

    /// The severity of a code after overrides, `None` when it is off.
    pub fn severity_of(&self, code: &str) -> Option<Severity> {
        match self.severity.get(code) {
            Some(s) => *s,
            None => CODES.iter().find(|(c, _)| *c == code).map(|(_, s)| *s),
        }
    }
}

/// Checks one note's text against the index. Sources named in the note's front matter are matched by
/// file name; [`check_note_at`] resolves them relative to the note's path.
pub fn check_note(index: &Index, text: &str, settings: &Settings) -> Vec<Finding> {
    check_note_at(index, text, settings, None)
}

/// Checks a note whose path is known (relative front-matter sources resolve against its folder).
pub fn check_note_at(
    index: &Index,
    text: &str,
    settings: &Settings,
    path: Option<&Path>,
) -> Vec<Finding> {
    let note = Note::parse(text);
    let preferred = preferred_articles(index, &note, path);
    check_note_with(index, &note, text, settings, &preferred)
}

/// One check: every finding of its code (with the default severity).
type CheckFn = fn(&Context) -> Vec<Finding>;

/// Checks a parsed note, comparing with `preferred` articles first (the sources the note names).
pub fn check_note_with(
    index: &Index,
    note: &Note,
    text: &str,
    settings: &Settings,
    preferred: &[ArticleId],
) -> Vec<Finding> {
    let matches = index.matcher().find_detailed(text);
    let cx = Context::with_matches(index, note, text, preferred, &matches);
    check_context(&cx, settings)
}

/// Runs every check on a prepared context: the findings of `cx.note`'s sentences and quotations and of
/// `cx.matches`, sorted by position.
pub fn check_context(cx: &Context, settings: &Settings) -> Vec<Finding> {
    let checks: [(&str, CheckFn); 8] = [
        (name_variant::CODE, name_variant::check),
        (rank::CODE, rank::check),
        (post::CODE, post::check),
        (number::CODE, number::check),
        (date::CODE, date::check),
        (place::CODE, place::check),
        (misquote::CODE, misquote::check),
        (unknown_official::CODE, unknown_official::check),
    ];
    let mut out = Vec::new();
    for (code, run) in checks {
        let Some(severity) = settings.severity_of(code) else {
            continue;
        };
        out.extend(run(cx).into_iter().map(|f| Finding { severity, ..f }));
    }
    out.sort_by(|a, b| {
        (a.range.start, a.range.end, a.code).cmp(&(b.range.start, b.range.end, b.code))
    });
    out.dedup_by(|a, b| a.code == b.code && a.range == b.range);
    out
}

/// The articles a note's front matter names: by path relative to the note when it has one, else by the
/// end of the article's path ("sources/a.txt", "a.txt").
pub fn preferred_articles(index: &Index, note: &Note, path: Option<&Path>) -> Vec<ArticleId> {
    let mut out = Vec::new();
    for s in &note.sources {
        let wanted = Path::new(s);
        let resolved = path
            .and_then(Path::parent)
            .map(|dir| dir.join(wanted))
            .and_then(|p| p.canonicalize().ok());
        let found = resolved.as_ref().and_then(|r| {
            cache::Sources::of(index)
                .canonical_paths()
                .iter()
                .position(|a| a.as_ref() == Some(r))
        });
        let found = found.or_else(|| {
            let tail: Vec<_> = wanted
                .components()
                .filter(|c| matches!(c, std::path::Component::Normal(_)))
                .collect();
            index.articles.iter().position(|a| {
                let comps: Vec<_> = a.path.components().collect();
                !tail.is_empty()
                    && comps.len() >= tail.len()
                    && comps[comps.len() - tail.len()..] == tail[..]
            })
        });
        if let Some(i) = found {
            let id = ArticleId(i as u32);
            if !out.contains(&id) {
                out.push(id);
            }
        }
    }
    out
}
