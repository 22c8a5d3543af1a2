//! `dossier check`: checks notes against the workspace's sources and prints the findings like a compiler
//! (or as JSON for tools). Exit status: 0 when nothing worse than a hint or information, 1 when any
//! warning or error, 2 when the command could not do its job (usage, configuration, unreadable files).

use std::io::{IsTerminal, Write};
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context as _, bail};
use serde_json::json;

use super::Format;
use crate::check::{Finding, Settings, Severity, check_note_at};
use crate::corpus::load_paths;
use crate::gazetteer::Gazetteer;
use crate::index::Index;
use crate::workspace::{DEFAULT_GAZETTEER, Workspace};

/// Notes larger than this are refused: no note comes close, and a mistaken path to a dump should not
/// stall the command.
const MAX_NOTE_BYTES: u64 = 64 * 1024 * 1024;

/// Runs the command (`no_cache`: neither read nor write the index cache); `paths` are notes or folders of notes (default: every note of the workspace).
pub fn run(format: Format, paths: Vec<PathBuf>, no_cache: bool) -> anyhow::Result<ExitCode> {
    let cwd = std::env::current_dir().context("cannot read the current folder")?;
    for p in &paths {
        if !p.exists() {
            bail!("{}: no such file or folder", p.display());
        }
    }
    let start = paths.first().cloned().unwrap_or_else(|| cwd.clone());
    let ws = Workspace::discover(&start)?;
    let settings = Settings::from_config(&ws.config.severity).map_err(|e| {
        anyhow::anyhow!(
            "{}: {e}",
            ws.root.join(crate::workspace::CONFIG_FILE).display()
        )
    })?;
    let gazetteer_path = ws.gazetteer_path();
    let gazetteer = match &gazetteer_path {
        Some(p) => Gazetteer::load(p)?,
        None => Gazetteer::default(),
    };
    let source_paths = ws.source_paths();
    let (articles, errors) = load_paths(&source_paths);
    for e in &errors {
        eprintln!("warning: {e}");
    }
    if articles.is_empty() {
        eprintln!(
            "warning: no source articles found in {}; only notes' spelling of unknown officials can be checked",
            source_paths
                .iter()
                .map(|p| p.display().to_string())
                .collect::<Vec<_>>()
                .join(", ")
        );
    }
    let cache = if no_cache { None } else { ws.cache() };
    let index = Index::build_cached(articles, &gazetteer, cache.as_ref());
    let notes = find_notes(&ws, &paths, &source_paths);
    let gazetteer_file = gazetteer_path.unwrap_or_else(|| ws.root.join(DEFAULT_GAZETTEER));

    let mut failed = false;
    let mut reports: Vec<NoteReport> = Vec::new();
    for path in notes {
        match read_note(&path) {
            Ok(text) => {
                let findings = check_note_at(&index, &text, &settings, Some(&path));
                reports.push(NoteReport {
                    path,
                    text,
                    findings,
                });
            }
            Err(e) => {
                eprintln!("error: {e}");
                failed = true;
            }
        }
    }
    let renderer = Renderer {
        cwd: &cwd,
        index: &index,
        gazetteer: &gazetteer_file,
    };
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    match format {
        Format::Json => {
            let diagnostics: Vec<_> = reports.iter().flat_map(|r| renderer.json(r)).collect();
            writeln!(
                out,
                "{}",
                serde_json::to_string_pretty(&json!({ "diagnostics": diagnostics }))?
            )?;
        }
        Format::Human => {
            let colour = std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
            for r in &reports {
                for f in &r.findings {
                    write!(out, "{}", renderer.human(r, f, colour))?;
                }
            }
            writeln!(out, "{}", summary(&reports))?;
        }
    }
    if failed {
        return Ok(ExitCode::from(2));
    }
    let serious = reports
        .iter()
        .flat_map(|r| &r.findings)
        .any(|f| matches!(f.severity, Severity::Error | Severity::Warning));
    Ok(ExitCode::from(u8::from(serious)))
}

struct NoteReport {
    path: PathBuf,
    text: String,
    findings: Vec<Finding>,
}

fn read_note(path: &Path) -> anyhow::Result<String> {
    let meta =
        std::fs::metadata(path).with_context(|| format!("{}: cannot read", path.display()))?;
    if meta.len() > MAX_NOTE_BYTES {
        bail!(
            "{}: {} bytes is over the {MAX_NOTE_BYTES}-byte limit for a note",
            path.display(),
            meta.len()
        );
    }
    let bytes = std::fs::read(path).with_context(|| format!("{}: cannot read", path.display()))?;
    String::from_utf8(bytes).map_err(|e| {
        anyhow::anyhow!(
            "{}: not valid UTF-8 (byte {}); save it as UTF-8",
            path.display(),
            e.utf8_error().valid_up_to()
        )
    })
}

fn is_markdown(p: &Path) -> bool {
    matches!(
        p.extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
            .as_deref(),
        Some("md" | "markdown")
    )
}

/// The notes to check: the given files, the Markdown files under the given folders (outside the
/// sources), or the workspace's notes (`notes = [...]`, else every Markdown file outside the sources).
fn find_notes(ws: &Workspace, paths: &[PathBuf], sources: &[PathBuf]) -> Vec<PathBuf> {
    let canonical_sources: Vec<PathBuf> = sources
        .iter()
        .filter_map(|s| s.canonicalize().ok())
        .collect();
    let roots: Vec<PathBuf> = if !paths.is_empty() {
        paths.to_vec()
    } else if !ws.config.notes.is_empty() {
        ws.config.notes.iter().map(|n| ws.root.join(n)).collect()
    } else {
        vec![ws.root.clone()]
    };
    let mut out = Vec::new();
    for root in roots {
        if root.is_file() {
            out.push(root);
            continue;
        }
        let walker = walkdir::WalkDir::new(&root)
            .sort_by_file_name()
            .into_iter()
            .filter_entry(|e| {
                let name = e.file_name().to_string_lossy();
                let skipped_dir = e.depth() > 0
                    && (name.starts_with('.') || name == "target" || name == "node_modules");
                let in_sources = e
                    .path()
                    .canonicalize()
                    .ok()
                    .is_some_and(|c| canonical_sources.contains(&c));
                !skipped_dir && !in_sources
            });
        for entry in walker.flatten() {
            if entry.file_type().is_file() && is_markdown(entry.path()) {
                out.push(entry.into_path());
            }
        }
    }
    out.dedup();
    out
}

fn summary(reports: &[NoteReport]) -> String {
    let count = |s: Severity| {
        reports
            .iter()
            .flat_map(|r| &r.findings)
            .filter(|f| f.severity == s)
            .count()
    };
    let mut parts = Vec::new();
    for (s, one, many) in [
        (Severity::Error, "error", "errors"),
        (Severity::Warning, "warning", "warnings"),
        (Severity::Information, "note", "notes"),
        (Severity::Hint, "hint", "hints"),
    ] {
        let n = count(s);
        if n > 0 {
            parts.push(format!("{n} {}", if n == 1 { one } else { many }));
        }
    }
    let notes = reports.len();
    let checked = format!("{notes} note{} checked", if notes == 1 { "" } else { "s" });
    if parts.is_empty() {
        format!("{checked}: no findings")
    } else {
        format!("{checked}: {}", parts.join(", "))
    }
}

/// Line and character (Unicode scalar values), both 0-based, of a byte offset.
fn position(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.matches('\n').count();
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, text[line_start..offset].chars().count())
}

fn json_range(text: &str, r: &Range<usize>) -> serde_json::Value {
    let (sl, sc) = position(text, r.start);
    let (el, ec) = position(text, r.end);
    json!({ "start": { "line": sl, "character": sc }, "end": { "line": el, "character": ec } })
}

struct Renderer<'a> {
    cwd: &'a Path,
    index: &'a Index,
    gazetteer: &'a Path,
}

impl Renderer<'_> {
    fn show(&self, p: &Path) -> String {
        p.strip_prefix(self.cwd).unwrap_or(p).display().to_string()
    }

    fn json(&self, r: &NoteReport) -> Vec<serde_json::Value> {
        let note_path = self.show(&r.path);
        r.findings
            .iter()
            .map(|f| {
                let related: Vec<_> = f
                    .related
                    .iter()
                    .map(|rel| {
                        let a = self.index.article(rel.passage.article);
                        json!({
                            "path": self.show(&a.path),
                            "range": json_range(&a.text, &rel.passage.range()),
                            "message": rel.message,
                        })
                    })
                    .collect();
                let fixes: Vec<_> = f
                    .fixes
                    .iter()
                    .map(|fix| {
                        let mut edits: Vec<_> = fix
                            .edits
                            .iter()
                            .map(|e| json!({ "path": note_path, "range": json_range(&r.text, &e.range), "new_text": e.new_text }))
                            .collect();
                        if let Some(entry) = &fix.gazetteer_entry {
                            let existing = std::fs::read_to_string(self.gazetteer).unwrap_or_default();
                            let end = existing.len();
                            edits.push(json!({
                                "path": self.show(self.gazetteer),
                                "range": json_range(&existing, &(end..end)),
                                "new_text": entry,
                            }));
                        }
                        json!({ "title": fix.title, "edits": edits })
                    })
                    .collect();
                json!({
                    "path": note_path,
                    "range": json_range(&r.text, &f.range),
                    "severity": f.severity.as_str(),
                    "code": f.code,
                    "message": f.message,
                    "related": related,
                    "fixes": fixes,
                })
            })
            .collect()
    }

    /// A compiler-style snippet: the headline, the note's line with carets under the words, the source
    /// passages and the fixes.
    fn human(&self, r: &NoteReport, f: &Finding, colour: bool) -> String {
        let paint = |code: &str, s: &str| {
            if colour {
                format!("\x1b[{code}m{s}\x1b[0m")
            } else {
                s.to_string()
            }
        };
        let sev_colour = match f.severity {
            Severity::Error => "1;31",
            Severity::Warning => "1;33",
            Severity::Information => "1;36",
            Severity::Hint => "1;32",
        };
        let (line, col) = position(&r.text, f.range.start);
        let line_start = r.text[..f.range.start.min(r.text.len())]
            .rfind('\n')
            .map_or(0, |i| i + 1);
        let line_end = r.text[line_start..]
            .find('\n')
            .map_or(r.text.len(), |i| line_start + i);
        let line_text = r.text[line_start..line_end].trim_end_matches('\r');
        let caret_end = f.range.end.min(line_start + line_text.len());
        let width = r
            .text
            .get(f.range.start..caret_end)
            .map_or(1, |s| s.chars().count().max(1));
        let number = (line + 1).to_string();
        let pad = " ".repeat(number.len());
        let bar = paint("1;34", "|");
        let mut s = format!(
            "{}: {}\n{pad}{} {}:{}:{}\n{pad} {bar}\n{} {bar} {}\n{pad} {bar} {}{}\n",
            paint(sev_colour, &format!("{}[{}]", f.severity.as_str(), f.code)),
            paint("1", &f.message),
            paint("1;34", "-->"),
            self.show(&r.path),
            line + 1,
            col + 1,
            paint("1;34", &number),
            line_text.replace('\t', " "),
            " ".repeat(col),
            paint(sev_colour, &"^".repeat(width)),
        );
        for rel in &f.related {
            let a = self.index.article(rel.passage.article);
            let (l, c) = position(&a.text, rel.passage.range().start);
            s.push_str(&format!(
                "{pad} {} source: {}:{}:{}: {}\n",
                paint("1;34", "="),
                self.show(&a.path),
                l + 1,
                c + 1,
                rel.message
            ));
        }
        for fix in &f.fixes {
            s.push_str(&format!(
                "{pad} {} fix: {}\n",
                paint("1;34", "="),
                fix.title
            ));
        }
        s.push('\n');
        s
    }
}

#[cfg(test)]
mod tests {
    use super::position;

    #[test]
    fn positions_count_scalar_values() {
        let t = "a\n😀é x";
        assert_eq!(position(t, t.find('x').unwrap()), (1, 3));
        assert_eq!(position(t, 0), (0, 0));
        assert_eq!(position(t, 999), (1, 4));
    }
}
