//! Timings of `check_note` on 1 MB notes against the bundled seed plus 10,000 generated articles.
//!
//! The corpus comes from `DOSSIER_BENCH_CORPUS` (a folder with `sources/` and `notes/long-note.md`, as
//! `gen_corpus.py OUT --articles 10000 --note-kb 1024` writes it), else it is generated into
//! `target/bench-corpus` by `python3 $DOSSIER_GEN_CORPUS` (default `../shared/tools/gen_corpus.py`); without
//! either the bench says so and checks against the seed alone. Prints timings; asserts nothing.
//! Each input is also timed cut to its first 100 KB, the size the language server must check between a
//! keystroke and the diagnostics it publishes.
//!
//! With `DOSSIER_BENCH_DUMP=DIR` the findings of each input are written to `DIR/<input>.txt`, so that a
//! change meant to make checking faster can be shown to leave every finding as it was (`diff -r`).
//!
//! `cargo bench --bench check`

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use dossier::check::{Settings, check_note};
use dossier::corpus::load_paths;
use dossier::gazetteer::Gazetteer;
use dossier::index::Index;

const RUNS: usize = 7;
const NOTE_BYTES: usize = 1024 * 1024;
const SMALL_NOTE_BYTES: usize = 100 * 1024;

fn corpus() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("DOSSIER_BENCH_CORPUS").map(PathBuf::from) {
        return Some(dir);
    }
    let dir = PathBuf::from("target/bench-corpus");
    if dir.join("notes/long-note.md").is_file() {
        return Some(dir);
    }
    let script = std::env::var_os("DOSSIER_GEN_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("../shared/tools/gen_corpus.py"));
    let script = [
        script.clone(),
        PathBuf::from("/work/shared/tools/gen_corpus.py"),
    ]
    .into_iter()
    .find(|p| p.is_file());
    let Some(script) = script else {
        println!(
            "no corpus: set DOSSIER_BENCH_CORPUS, or DOSSIER_GEN_CORPUS to gen_corpus.py; using the seed alone"
        );
        return None;
    };
    println!(
        "generating 10,000 articles and a 1 MB note with {}",
        script.display()
    );
    let status = Command::new("python3")
        .arg(&script)
        .arg(&dir)
        .args(["--articles", "10000", "--note-kb", "1024"])
        .status();
    match status {
        Ok(s) if s.success() => Some(dir),
        other => {
            println!("could not generate the corpus ({other:?}); using the seed alone");
            None
        }
    }
}

/// Time this thread has spent running (Linux): on a machine shared with other work, wall-clock times
/// include waiting for a CPU, and this does not.
fn cpu_time() -> Option<Duration> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: u64 = s.split_whitespace().next()?.parse().ok()?;
    Some(Duration::from_nanos(ns))
}

/// A note of about `size` bytes made of `unit` repeated.
fn repeat_to(unit: &str, size: usize) -> String {
    let mut s = String::with_capacity(size + unit.len());
    while s.len() < size {
        s.push_str(unit);
        s.push('\n');
    }
    s
}

fn time(name: &str, index: &Index, note: &str) {
    if std::env::var("DOSSIER_BENCH_ONLY").is_ok_and(|only| !name.contains(&only)) {
        return;
    }
    let settings = Settings::default();
    let mut times: Vec<Duration> = Vec::new();
    let mut cpu: Vec<Duration> = Vec::new();
    let mut count = 0;
    for _ in 0..RUNS {
        let c = cpu_time();
        let t = Instant::now();
        let findings = check_note(index, note, &settings);
        times.push(t.elapsed());
        if let (Some(before), Some(after)) = (c, cpu_time()) {
            cpu.push(after.saturating_sub(before));
        }
        count = findings.len();
    }
    cpu.sort();
    if let Some(dir) = std::env::var_os("DOSSIER_BENCH_DUMP").map(PathBuf::from) {
        let findings = check_note(index, note, &settings);
        let file: String = name
            .chars()
            .map(|c| if c.is_alphanumeric() { c } else { '-' })
            .collect();
        let dump: String = findings.iter().map(|f| format!("{f:#?}\n")).collect();
        if let Err(e) = std::fs::create_dir_all(&dir)
            .and_then(|()| std::fs::write(dir.join(format!("{file}.txt")), dump))
        {
            println!("could not write the findings to {}: {e}", dir.display());
        }
    }
    times.sort();
    // Where the time goes: each code alone.
    let mut parts = Vec::new();
    if std::env::var_os("DOSSIER_BENCH_BREAKDOWN").is_some() {
        for (code, _) in dossier::check::CODES {
            let mut only = Settings::default();
            for (other, _) in dossier::check::CODES {
                if other != code {
                    only.severity.insert(other.to_string(), None);
                }
            }
            let t = Instant::now();
            std::hint::black_box(check_note(index, note, &only));
            parts.push(format!("{code} {:.0?}", t.elapsed()));
        }
    }
    println!(
        "{name:<40} {:>5} KB  {:>6} findings  min {:>8.1?}  median {:>8.1?}  max {:>8.1?}",
        note.len() / 1024,
        count,
        times[0],
        times[RUNS / 2],
        times[RUNS - 1]
    );
    if let Some(least) = cpu.first() {
        println!("    on the CPU: min {least:.1?}");
    }
    if !parts.is_empty() {
        println!("    alone: {}", parts.join(", "));
    }
}

fn main() {
    let mut paths = vec![PathBuf::from("examples/sources")];
    let extra = corpus();
    if let Some(dir) = &extra {
        paths.push(dir.join("sources"));
    }
    let t = Instant::now();
    let (articles, _) = load_paths(&paths);
    let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
    let gazetteer = Gazetteer::load(Path::new("examples/entities.toml")).unwrap_or_default();
    let index = Index::build(articles, &gazetteer);
    println!(
        "index: {} articles, {:.1} MB, {} entities, built in {:?}",
        index.articles.len(),
        bytes as f64 / 1e6,
        index.entities.len(),
        t.elapsed()
    );
    // `DOSSIER_BENCH_WARM=1`: the source cache read ahead as the server does once indexing ends, so that
    // the first check of each note costs what the next ones do.
    if std::env::var_os("DOSSIER_BENCH_WARM").is_some() {
        let (t, c) = (Instant::now(), cpu_time());
        dossier::check::warm(&index, &|| true);
        let cpu = c.zip(cpu_time()).map(|(a, b)| b.saturating_sub(a));
        println!(
            "source cache warm-up: {:.1?} (on the CPU {cpu:.1?}); RSS {}",
            t.elapsed(),
            std::fs::read_to_string("/proc/self/status")
                .ok()
                .and_then(|s| s
                    .lines()
                    .find(|l| l.starts_with("VmRSS:"))
                    .map(str::to_string))
                .unwrap_or_default()
        );
    }
    let draft =
        std::fs::read_to_string("examples/notes/tajik-military-draft.md").unwrap_or_default();
    let fair = std::fs::read_to_string("examples/notes/tajik-military.md").unwrap_or_default();
    // Front matter once, then the bodies repeated: one long note about the seed.
    let body = |s: &str| s.splitn(3, "---\n").nth(2).unwrap_or(s).to_string();
    let header = "---\nsource: edm-3-65-tajik-military.txt\n---\n";
    let mut inputs = vec![
        (
            "seed draft note (all mistakes)",
            format!("{header}{}", repeat_to(&body(&draft), NOTE_BYTES)),
        ),
        (
            "seed correct note",
            format!("{header}{}", repeat_to(&body(&fair), NOTE_BYTES)),
        ),
    ];
    if let Some(text) =
        extra.and_then(|d| std::fs::read_to_string(d.join("notes/long-note.md")).ok())
    {
        inputs.push(("gen_corpus long-note.md", text));
    }
    for (name, text) in &inputs {
        time(&format!("{name} x 1 MB"), &index, text);
    }
    for (name, text) in &inputs {
        time(
            &format!("{name} (100 KB)"),
            &index,
            prefix(text, SMALL_NOTE_BYTES),
        );
    }
}

/// The first `size` bytes of a note, cut at a line end.
fn prefix(text: &str, size: usize) -> &str {
    if text.len() <= size {
        return text;
    }
    let mut end = size;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let end = text[..end].rfind('\n').map_or(end, |i| i + 1);
    &text[..end]
}
