//! Shared set-up for the check tests: an index over the seed (or another article) and a gazetteer.

#![allow(dead_code)]

use std::path::{Path, PathBuf};

use dossier::check::{Finding, Settings, check_note};
use dossier::corpus::Article;
use dossier::gazetteer::Gazetteer;
use dossier::index::Index;

pub const SEED: &str = "examples/sources/edm-3-65-tajik-military.txt";

/// The people, units and exercises of the seed, so that checks have entities whether or not the
/// recognizer finds them (with it, these merge into what it finds).
pub const SEED_GAZETTEER: &str = r#"
[[entity]]
name = "Sherali Khayrulloyev"
kind = "official"
[[entity]]
name = "Shahid Tirmizey"
kind = "official"
[[entity]]
name = "Salohiddin Nasriddinov"
kind = "official"
[[entity]]
name = "Emomali Rahmonov"
kind = "official"
[[entity]]
name = "Masnad-2006"
kind = "exercise"
aliases = ["Position-2006"]
[[entity]]
name = "92nd Motorized Rifle Regiment"
kind = "unit"
[[entity]]
name = "201st Russian Motorized Rifle Division"
kind = "unit"
"#;

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
    index_with(&[SEED], SEED_GAZETTEER)
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
