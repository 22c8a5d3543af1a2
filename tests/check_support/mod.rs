//! Shared set-up for the check tests: an index over the seed (or another article) and a gazetteer.

#![allow(dead_code)]

use std::path::{Path, PathBuf};

use dossier::check::{Finding, Settings, check_note};
use dossier::corpus::Article;
use dossier::gazetteer::Gazetteer;
use dossier::index::Index;

pub const SEED: &str = "examples/sources/edm-3-65-tajik-military.txt";

pub const FIXTURE: &str = "tests/fixtures/csr-7-112-kyrgyz-border.txt";

/// The example workspace's gazetteer: it accepts "Emomali Rahmon" (and "Rahmonov") for the president.
pub fn example_gazetteer() -> String {
    std::fs::read_to_string(root().join("examples/entities.toml")).expect("examples/entities.toml")
}

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn article(rel: &str) -> Article {
    let path = root().join(rel);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    Article::parse(path, text)
}

pub fn index_with(articles: &[&str], gazetteer: &str) -> Index {
    let g = Gazetteer::parse(Path::new("entities.toml"), gazetteer).expect("test gazetteer");
    Index::build(articles.iter().map(|a| article(a)).collect(), &g)
}

pub fn seed_index() -> Index {
    index_with(&[SEED], &example_gazetteer())
}

pub fn fixture_index() -> Index {
    index_with(&[FIXTURE], "")
}

/// A note about the seed: front matter naming it, then `body`.
pub fn seed_note(body: &str) -> String {
    format!("---\nsource: ../sources/edm-3-65-tajik-military.txt\n---\n{body}\n")
}

/// Offending words of every finding of `code`.
pub fn words(index: &Index, note: &str, code: &str) -> Vec<String> {
    findings(index, note, code)
        .into_iter()
        .map(|(w, _)| w)
        .collect()
}

/// Checks that applying the first fix of the only finding of `code` produces `expected` and that the
/// fixed note has no finding of that code any more.
pub fn assert_fix(index: &Index, note: &str, code: &str, expected: &str) {
    let found = findings(index, note, code);
    assert_eq!(
        found.len(),
        1,
        "{code} in {note:?}: {:?}",
        found.iter().map(|f| &f.1.message).collect::<Vec<_>>()
    );
    let fixed = apply_first_fix(note, &found[0].1);
    assert!(
        fixed.contains(expected),
        "fix gave {fixed:?}, expected it to contain {expected:?}"
    );
    assert!(
        findings(index, &fixed, code).is_empty(),
        "still {code} after the fix: {fixed:?}"
    );
}

/// Findings of one code, as (offending words, message).
pub fn findings(index: &Index, note: &str, code: &str) -> Vec<(String, Finding)> {
    check_note(index, note, &Settings::default())
        .into_iter()
        .filter(|f| f.code == code)
        .map(|f| (note[f.range.clone()].to_string(), f))
        .collect()
}

/// Applies a finding's first fix to the note.
pub fn apply_first_fix(note: &str, f: &Finding) -> String {
    let mut out = note.to_string();
    let mut edits = f.fixes[0].edits.clone();
    edits.sort_by_key(|e| std::cmp::Reverse(e.range.start));
    for e in edits {
        out.replace_range(e.range, &e.new_text);
    }
    out
}
