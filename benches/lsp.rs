//! The language server under load, through the protocol (the real server behind a framed in-memory
//! stream, the same harness as the end-to-end tests): hover and definition latency, the time from
//! `didOpen` to the first diagnostics for notes of 100 KB and 1 MB, and from a one-character `didChange`
//! to its diagnostics (diagnostics on change, no debounce), with the bundled example plus the
//! corpus named by `DOSSIER_BENCH_CORPUS` loaded (a folder that `gen_corpus.py OUT --articles 10000
//! --note-kb 1024` writes: `sources/` and `notes/long-note.md`). Reports peak memory. Asserts nothing.
//!
//! `DOSSIER_BENCH_NOTE_KB=100,1024` (the default) chooses the note sizes.
//!
//! `DOSSIER_BENCH_CORPUS=/tmp/corpus cargo bench --bench lsp`
//!
//! Instruction counts, which a busy machine does not disturb: with `DOSSIER_BENCH_CALLGRIND=1` the bench
//! only opens and edits the notes, waits for a line on stdin once the index is built (so that the build
//! can run uninstrumented: `valgrind --tool=callgrind --instr-atstart=no`, then `callgrind_control -i on`)
//! and calls [`mark`] between steps, naming each on stdout: `--dump-before='*lsp::mark*'` then writes one
//! profile per step, the server's threads included.

#[path = "../tests/support/mod.rs"]
mod support;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use serde_json::{Value, json};
use support::{Client, Options};

const SAMPLES: usize = 500;
/// didOpen runs per note (each a fresh document, so nothing is cached).
const OPEN_RUNS: usize = 3;
/// One-character edits per note, each followed by its diagnostics.
const EDITS: usize = 12;

fn main() {
    let corpus = std::env::var_os("DOSSIER_BENCH_CORPUS").map(PathBuf::from);
    if corpus.is_none() {
        println!(
            "DOSSIER_BENCH_CORPUS is not set: only the bundled example is loaded, notes repeat the seed"
        );
    }
    support::run(|| bench(corpus));
}

/// A workspace folder whose `dossier.toml` names the example's sources and the corpus's.
fn workspace(corpus: Option<&Path>) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let examples = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/sources");
    let mut sources = vec![examples.display().to_string()];
    if let Some(c) = corpus {
        sources.push(c.join("sources").display().to_string());
    }
    let toml = format!(
        "sources = [{}]\n",
        sources
            .iter()
            .map(|s| format!("{s:?}"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    std::fs::write(dir.path().join("dossier.toml"), toml).expect("write dossier.toml");
    dir
}

/// Notes to open: about 100 KB and about 1 MB, cut at line ends.
fn notes(corpus: Option<&Path>) -> Vec<(String, String)> {
    let long = corpus
        .and_then(|c| std::fs::read_to_string(c.join("notes/long-note.md")).ok())
        .unwrap_or_else(|| {
            let seed = std::fs::read_to_string(
                Path::new(env!("CARGO_MANIFEST_DIR"))
                    .join("examples/sources/edm-3-65-tajik-military.txt"),
            )
            .unwrap_or_default();
            seed.repeat(1024 * 1024 / seed.len().max(1) + 1)
        });
    let sizes: Vec<usize> = std::env::var("DOSSIER_BENCH_NOTE_KB")
        .unwrap_or_else(|_| "100,1024".into())
        .split(',')
        .filter_map(|kb| kb.trim().parse::<usize>().ok())
        .map(|kb| kb * 1024)
        .collect();
    sizes
        .into_iter()
        .map(|size| {
            let cut = long[..size.min(long.len())]
                .rfind('\n')
                .map_or(long.len().min(size), |i| i + 1);
            let text = long.get(..cut).unwrap_or(&long).to_string();
            (format!("{} KB", text.len() / 1024), text)
        })
        .collect()
}

/// CPU time the process's threads (server and client) have used so far (`/proc/self/task/*/schedstat`):
/// on a busy machine wall-clock latency says more about the neighbours than about the server.
fn cpu() -> Duration {
    let ns: u64 = std::fs::read_dir("/proc/self/task")
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|t| std::fs::read_to_string(t.path().join("schedstat")).ok())
        .filter_map(|s| s.split_whitespace().next()?.parse::<u64>().ok())
        .sum();
    Duration::from_nanos(ns)
}

fn memory(field: &str) -> String {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with(field))
                .map(|l| l[field.len()..].trim().to_string())
        })
        .unwrap_or_else(|| "n/a".into())
}

async fn bench(corpus: Option<PathBuf>) {
    let ws = workspace(corpus.as_deref());
    let root = ws.path().canonicalize().expect("workspace root");
    let started = Instant::now();
    // Diagnostics on every edit, without the typing pause, so that edit latency is the server's alone.
    let opts = Options {
        initialization_options: json!({"diagnostics": {"on": "change", "debounceMs": 0}}),
        ..Options::default()
    };
    let (mut c, _) = Client::start(Some(&root), opts).await;
    c.timeout = Duration::from_secs(900);
    let end = c.indexed().await;
    println!(
        "index: {} (wall {:.2?}); RSS {}",
        end["message"].as_str().unwrap_or(""),
        started.elapsed(),
        memory("VmRSS:")
    );
    c.timeout = Duration::from_secs(900);
    // The cost of a round trip itself: the server's copy of a one-line document.
    let tiny = support::uri(&root.join("notes/tiny.md"));
    c.open(&tiny, 1, "x").await;
    c.diagnostics(&tiny).await;
    let profiling = std::env::var_os("DOSSIER_BENCH_CALLGRIND").is_some();
    if profiling {
        println!("indexed: press Enter to go on");
        let mut line = String::new();
        let _ = std::io::stdin().read_line(&mut line);
    }
    let mut step = 0;
    let mut boundary = |name: &str| {
        if profiling {
            step += 1;
            println!("mark {step}: {name}");
            mark(step);
        }
    };
    let mut trips = Vec::new();
    for _ in 0..if profiling { 0 } else { SAMPLES } {
        let t = Instant::now();
        c.buffer(&tiny).await;
        trips.push(t.elapsed());
    }
    report("round trip (dossier/documentText)", trips);

    for (i, (name, text)) in notes(corpus.as_deref()).iter().enumerate() {
        println!("\nnote {name}");
        let mut open_times = Vec::new();
        let mut open_cpu = Vec::new();
        let mut count = 0;
        for run in 0..OPEN_RUNS {
            let uri = support::uri(&root.join(format!("notes/bench-{i}-{run}.md")));
            boundary(&format!("before didOpen {name} run {run}"));
            let (t, used) = (Instant::now(), cpu());
            c.open(&uri, 1, text).await;
            let d = c.diagnostics(&uri).await;
            open_times.push(t.elapsed());
            open_cpu.push(cpu().saturating_sub(used));
            boundary(&format!("didOpen {name} run {run}"));
            count = d["diagnostics"].as_array().map_or(0, Vec::len);
            if run + 1 < OPEN_RUNS {
                c.notify(
                    "textDocument/didClose",
                    json!({"textDocument": {"uri": uri}}),
                )
                .await;
                c.diagnostics(&uri).await;
            }
        }
        report(
            &format!("didOpen -> diagnostics ({count} diagnostics)"),
            open_times,
        );
        report("  CPU time of each", open_cpu);
        let uri = support::uri(&root.join(format!("notes/bench-{i}-{}.md", OPEN_RUNS - 1)));
        // Hovers, definitions and the tokens they are asked at; no lookups while profiling the checks.
        let positions = if profiling {
            Vec::new()
        } else {
            lookups(&mut c, &uri).await
        };

        // One-character edits at spread-out lines, each waited for: the server re-checks the lines an
        // edit touched. A hover sent right after an edit is answered while the note is checked.
        let lines = text.lines().count().max(1) as u32;
        let mut edits = Vec::new();
        let mut edit_cpu = Vec::new();
        let mut hovers = Vec::new();
        for k in 0..EDITS {
            let version = 2 + k as i32;
            let line = (k as u32 * 7919) % lines;
            boundary(&format!("before didChange {name} edit {k}"));
            let (t, used) = (Instant::now(), cpu());
            c.change(
                &uri,
                version,
                json!([{"range": {"start": {"line": line, "character": 0}, "end": {"line": line, "character": 0}},
                        "text": "x"}]),
            )
            .await;
            if k % 4 == 0 && !profiling {
                let (line, col) = positions.get(k).copied().unwrap_or((0, 0));
                let h = Instant::now();
                c.hover(&uri, line, col).await;
                hovers.push(h.elapsed());
            }
            let d = c.diagnostics(&uri).await;
            edits.push(t.elapsed());
            edit_cpu.push(cpu().saturating_sub(used));
            boundary(&format!("didChange {name} edit {k}"));
            if d["version"] != json!(version) {
                println!(
                    "  diagnostics of v{} arrived for the edit to v{version}",
                    d["version"]
                );
            }
        }
        report("didChange (1 char) -> diagnostics", edits);
        report("  CPU time of each", edit_cpu);
        report("hover while re-checking", hovers);
        let t = Instant::now();
        c.save(&uri).await;
        c.diagnostics(&uri).await;
        report("didSave (unchanged) -> diagnostics", vec![t.elapsed()]);
    }
    println!(
        "\nmemory: peak (VmHWM) {}, now (VmRSS) {}",
        memory("VmHWM:"),
        memory("VmRSS:")
    );
    c.finish().await;
}

/// Semantic tokens of `uri`, then hover and definition at (a spread of) each token: the positions.
async fn lookups(c: &mut Client, uri: &str) -> Vec<(u32, u32)> {
    let t = Instant::now();
    let tokens = c
        .request(
            "textDocument/semanticTokens/full",
            json!({"textDocument": {"uri": uri}}),
        )
        .await;
    let token_time = t.elapsed();
    let positions = spread(&token_positions(&tokens["data"]));
    println!(
        "  {:<40} {:>9.3?}  ({} mentions)",
        "semantic tokens (full)",
        token_time,
        token_positions(&tokens["data"]).len()
    );
    let mut hovers = Vec::new();
    let mut found = 0;
    for &(line, col) in &positions {
        let t = Instant::now();
        let h = c.hover(uri, line, col).await;
        hovers.push(t.elapsed());
        found += usize::from(!h.is_null());
    }
    report(&format!("hover ({found} cards)"), hovers);
    let mut defs = Vec::new();
    let mut found = 0;
    for &(line, col) in &positions {
        let t = Instant::now();
        let d = c.definition(uri, line, col).await;
        defs.push(t.elapsed());
        found += usize::from(!d.is_null());
    }
    report(&format!("definition ({found} found)"), defs);
    positions
}

/// (line, character) of each semantic token, from the relative encoding.
fn token_positions(data: &Value) -> Vec<(u32, u32)> {
    let nums: Vec<u32> = data
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|v| v.as_u64())
                .map(|v| v as u32)
                .collect()
        })
        .unwrap_or_default();
    let (mut line, mut col) = (0, 0);
    nums.chunks(5)
        .map(|t| {
            if t[0] > 0 {
                line += t[0];
                col = t[1];
            } else {
                col += t[1];
            }
            (line, col + 1)
        })
        .collect()
}

fn spread<T: Copy>(all: &[T]) -> Vec<T> {
    let step = (all.len() / SAMPLES).max(1);
    all.iter().step_by(step).copied().take(SAMPLES).collect()
}

fn report(name: &str, mut times: Vec<Duration>) {
    if times.is_empty() {
        println!("  {name:<40} no samples");
        return;
    }
    times.sort();
    let pct = |p: f64| times[((times.len() - 1) as f64 * p).round() as usize];
    println!(
        "  {name:<40} n={:<4} p50 {:>9.3?}  p99 {:>9.3?}  max {:>9.3?}",
        times.len(),
        pct(0.5),
        pct(0.99),
        times[times.len() - 1]
    );
}

/// A step boundary for callgrind's `--dump-before` (see the module documentation).
#[inline(never)]
fn mark(step: usize) {
    std::hint::black_box(step);
}
