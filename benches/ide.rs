//! Timings of the editor features (hover, definition, references, completion, symbols, tokens, links)
//! on notes of 100 KB and 1 MB over the bundled example, plus a corpus named by `DOSSIER_BENCH_CORPUS`
//! (a folder such as `gen_corpus.py OUT --articles 10000 --note-kb 1024` writes: `sources/` and, if
//! present, `notes/long-note.md`). Prints percentiles; asserts nothing.
//!
//! `cargo bench --bench ide`; `DOSSIER_BENCH_ONLY=hover` times only the features whose name contains it.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use dossier::corpus::load_paths;
use dossier::gazetteer::Gazetteer;
use dossier::ide;
use dossier::index::Index;

const SAMPLES: usize = 500;

fn main() {
    let mut paths = vec![PathBuf::from("examples/sources")];
    let extra = std::env::var_os("DOSSIER_BENCH_CORPUS").map(PathBuf::from);
    if let Some(dir) = &extra {
        paths.push(dir.join("sources"));
    }
    let t = Instant::now();
    let (articles, errors) = load_paths(&paths);
    let loaded = t.elapsed();
    let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
    let t = Instant::now();
    let index = Index::build(articles, &Gazetteer::default());
    println!(
        "index: {} articles, {:.1} MB, {} entities, {} load errors; load {:?}, build {:?}",
        index.articles.len(),
        bytes as f64 / 1e6,
        index.entities.len(),
        errors.len(),
        loaded,
        t.elapsed()
    );

    let seed_note = index
        .articles
        .first()
        .map(|a| a.text.clone())
        .unwrap_or_default();
    let mut notes: Vec<(String, String)> = [100 * 1024, 1024 * 1024]
        .into_iter()
        .map(|size| {
            (
                format!("seed x {} KB", size / 1024),
                repeat_to(&seed_note, size),
            )
        })
        .collect();
    if let Some(text) = extra
        .as_ref()
        .and_then(|d| std::fs::read_to_string(d.join("notes/long-note.md")).ok())
    {
        notes.push((format!("long-note.md ({} KB)", text.len() / 1024), text));
    }

    for (name, text) in &notes {
        println!("\nnote {name}");
        let tokens = ide::semantic_tokens(&index, text);
        let offsets: Vec<usize> =
            spread(&tokens.iter().map(|t| t.range.start + 1).collect::<Vec<_>>());
        let words: Vec<usize> = spread(
            &text
                .match_indices(' ')
                .map(|(i, _)| i)
                .filter(|&i| i > 3 && text.is_char_boundary(i - 3))
                .collect::<Vec<_>>(),
        );
        println!("  {} mentions", tokens.len());
        report("hover", &offsets, |o| {
            std::hint::black_box(ide::hover(&index, text, o));
        });
        report("definition", &offsets, |o| {
            std::hint::black_box(ide::definition(&index, text, o));
        });
        let others = [(PathBuf::from("note.md"), text.as_str())];
        report("references", &offsets, |o| {
            std::hint::black_box(ide::references(&index, text, o, &others));
        });
        // Completion as if the last three letters of a word were being typed.
        report("completion", &words, |o| {
            std::hint::black_box(ide::completion(&index, text, o - 2));
        });
        once("document symbols", || {
            std::hint::black_box(ide::document_symbols(&index, text));
        });
        once("semantic tokens", || {
            std::hint::black_box(ide::semantic_tokens(&index, text));
        });
        once("document links", || {
            std::hint::black_box(ide::document_links(&index, text, None));
        });
    }
    println!();
    for q in ["", "kh", "regiment", "Rakhmonov", "zzzz"] {
        once(&format!("workspace symbols {q:?}"), || {
            std::hint::black_box(ide::workspace_symbols(&index, q));
        });
    }
}

/// `text` repeated (whole paragraphs) until it is about `size` bytes.
fn repeat_to(text: &str, size: usize) -> String {
    let mut out = String::with_capacity(size + text.len());
    while !text.is_empty() && out.len() < size {
        out.push_str(text);
        out.push_str("\n\n");
    }
    out
}

/// Up to SAMPLES values spread over the list.
fn spread(all: &[usize]) -> Vec<usize> {
    if all.is_empty() {
        return Vec::new();
    }
    let step = (all.len() / SAMPLES).max(1);
    all.iter().step_by(step).copied().take(SAMPLES).collect()
}

/// Whether `DOSSIER_BENCH_ONLY` (if set) selects this feature.
fn selected(name: &str) -> bool {
    std::env::var("DOSSIER_BENCH_ONLY").map_or(true, |only| name.contains(only.as_str()))
}

fn report(name: &str, offsets: &[usize], mut f: impl FnMut(usize)) {
    if !selected(name) {
        return;
    }
    if offsets.is_empty() {
        println!("  {name:<18} no samples");
        return;
    }
    let mut times: Vec<Duration> = offsets
        .iter()
        .map(|&o| {
            let t = Instant::now();
            f(o);
            t.elapsed()
        })
        .collect();
    times.sort();
    let pct = |p: f64| times[((times.len() - 1) as f64 * p) as usize];
    println!(
        "  {name:<18} n={:<4} p50 {:>9.3?}  p99 {:>9.3?}  max {:>9.3?}",
        times.len(),
        pct(0.5),
        pct(0.99),
        times[times.len() - 1]
    );
}

fn once(name: &str, f: impl FnOnce()) {
    if !selected(name) {
        return;
    }
    let t = Instant::now();
    f();
    println!("  {name:<18} {:>9.3?}", t.elapsed());
}
