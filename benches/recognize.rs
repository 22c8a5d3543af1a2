//! Recognition throughput, one core: MB of article text recognized per second, on the bundled seed article
//! repeated, and on a generated corpus when one is given (`DOSSIER_BENCH_CORPUS=/tmp/gen/sources`, made by
//! `python3 ../shared/tools/gen_corpus.py /tmp/gen --articles 2000`). Then the whole index build (all cores)
//! and the memory it holds.
//!
//! Run: `cargo bench --bench recognize`. With `DOSSIER_BENCH_QUICK` set, only the corpus is recognized,
//! twice (a warm-up and one round), and no index is built: a run short enough to count instructions
//! under a profiler.

use std::alloc::{GlobalAlloc, Layout, System};
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::Instant;

use dossier::corpus::{Article, load_paths};
use dossier::gazetteer::Gazetteer;
use dossier::index::Index;
use dossier::recognize::recognize;

/// Counts live heap bytes, so the index's own size is measured exactly (resident memory also holds what
/// the allocator keeps after transient work).
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
/// Counting is switched on for the memory figures only, so that it does not slow the throughput ones.
static COUNTING: AtomicBool = AtomicBool::new(false);
static PEAK: AtomicUsize = AtomicUsize::new(0);
/// Allocations made while counting (including reallocations): each costs about a hundred instructions
/// with its free, so recognition is measured in allocations per article too.
static ALLOCATIONS: AtomicUsize = AtomicUsize::new(0);

// SAFETY: forwards every call to the system allocator unchanged and only updates counters.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if !COUNTING.load(Ordering::Relaxed) {
            // SAFETY: same contract as the caller's.
            return unsafe { System.alloc(layout) };
        }
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        let live = LIVE.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
        PEAK.fetch_max(live, Ordering::Relaxed);
        // SAFETY: same contract as the caller's.
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        if !COUNTING.load(Ordering::Relaxed) {
            // SAFETY: same contract as the caller's.
            return unsafe { System.dealloc(ptr, layout) };
        }
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
        // SAFETY: same contract as the caller's.
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if !COUNTING.load(Ordering::Relaxed) {
            // SAFETY: same contract as the caller's.
            return unsafe { System.realloc(ptr, layout, new_size) };
        }
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        if new_size >= layout.size() {
            let live = LIVE.fetch_add(new_size - layout.size(), Ordering::Relaxed) + new_size
                - layout.size();
            PEAK.fetch_max(live, Ordering::Relaxed);
        } else {
            LIVE.fetch_sub(layout.size() - new_size, Ordering::Relaxed);
        }
        // SAFETY: same contract as the caller's.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOC: Counting = Counting;

/// CPU time this thread has run, in seconds (Linux `schedstat`): the machine is shared, so throughput per
/// core is bytes over CPU time; wall time is printed beside it.
fn thread_cpu() -> f64 {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse::<u64>().ok())
        .map_or(0.0, |ns| ns as f64 / 1e9)
}

/// Recognizes every article `rounds` times on this thread; prints MB/s.
fn throughput(label: &str, articles: &[Article], rounds: usize) {
    let bytes: usize = articles.iter().map(|a| a.text.len()).sum::<usize>() * rounds;
    let mut entities = 0usize;
    // One warm-up pass so the word table and caches are built.
    for a in articles {
        entities += black_box(recognize(a)).len();
    }
    let start = Instant::now();
    let cpu = thread_cpu();
    for _ in 0..rounds {
        for a in articles {
            entities += black_box(recognize(a)).len();
        }
    }
    let secs = start.elapsed().as_secs_f64();
    let cpu = thread_cpu() - cpu;
    println!(
        "{label}: {:.1} MB, {:.1} MB/s per core of CPU time ({:.3} s CPU, {:.3} s wall; {} entities)",
        bytes as f64 / 1e6,
        bytes as f64 / 1e6 / cpu.max(1e-9),
        cpu,
        secs,
        entities
    );
    allocations(articles);
}

/// Heap allocations (and reallocations) of recognizing each article once, after the warm-up.
fn allocations(articles: &[Article]) {
    let before = ALLOCATIONS.load(Ordering::Relaxed);
    // The memory figures after this one start from here: what recognition frees of what was made
    // before (a buffer it outgrows) must not count against them.
    let live = LIVE.load(Ordering::Relaxed);
    COUNTING.store(true, Ordering::Relaxed);
    for a in articles {
        black_box(recognize(a));
    }
    COUNTING.store(false, Ordering::Relaxed);
    LIVE.store(live, Ordering::Relaxed);
    let n = ALLOCATIONS.load(Ordering::Relaxed) - before;
    let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
    println!(
        "  {:.0} allocations an article, {:.1} a KB of text",
        n as f64 / articles.len().max(1) as f64,
        n as f64 * 1e3 / bytes.max(1) as f64
    );
}

/// Parsing (header, paragraphs, sentences, citations, quotations) alone, one core.
fn parse_throughput(label: &str, articles: &[Article], rounds: usize) {
    let bytes: usize = articles.iter().map(|a| a.text.len()).sum::<usize>() * rounds;
    let cpu = thread_cpu();
    for _ in 0..rounds {
        for a in articles {
            black_box(Article::parse(&a.path, a.text.clone()));
        }
    }
    let cpu = thread_cpu() - cpu;
    println!(
        "{label}: parsing alone {:.1} MB/s per core of CPU time",
        bytes as f64 / 1e6 / cpu.max(1e-9)
    );
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let seed_path = root.join("examples/sources/edm-3-65-tajik-military.txt");
    let seed_text = std::fs::read_to_string(&seed_path).unwrap_or_default();
    if seed_text.is_empty() {
        eprintln!("seed article missing at {}", seed_path.display());
        return;
    }
    let quick = std::env::var_os("DOSSIER_BENCH_QUICK").is_some();
    if !quick {
        let seed = vec![Article::parse(&seed_path, seed_text.clone())];
        parse_throughput("seed", &seed, 2000);
        throughput("seed x2000", &seed, 2000);

        // One large article made of the seed's body repeated: recognition must stay linear.
        let big_text = seed_text.repeat(200);
        let big = vec![Article::parse("big.txt", big_text)];
        throughput("seed repeated 200 times in one 1.4 MB file", &big, 3);
    }

    let corpus = std::env::var_os("DOSSIER_BENCH_CORPUS")
        .map(PathBuf::from)
        .or_else(|| Some(PathBuf::from("/tmp/gen/sources")).filter(|p| p.is_dir()));
    let Some(dir) = corpus else {
        println!("(set DOSSIER_BENCH_CORPUS to a folder of articles for the corpus figures)");
        return;
    };
    COUNTING.store(true, Ordering::Relaxed);
    let before = LIVE.load(Ordering::Relaxed);
    let start = Instant::now();
    let (articles, errors) = load_paths(std::slice::from_ref(&dir));
    let loaded = LIVE.load(Ordering::Relaxed).saturating_sub(before);
    COUNTING.store(false, Ordering::Relaxed);
    let load_secs = start.elapsed().as_secs_f64();
    let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
    println!(
        "corpus {}: {} articles, {:.1} MB, loaded and parsed in {:.3} s ({} errors)",
        dir.display(),
        articles.len(),
        bytes as f64 / 1e6,
        load_secs,
        errors.len()
    );
    throughput("corpus", &articles, if quick { 1 } else { 3 });
    if quick {
        return;
    }
    let text: usize = articles.iter().map(|a| a.text.capacity()).sum();
    let sentences: usize = articles
        .iter()
        .map(|a| a.sentences.capacity() * std::mem::size_of::<dossier::corpus::Sentence>())
        .sum();
    let citations: usize = articles.iter().map(|a| a.citations_heap()).sum();
    println!(
        "parsed articles: text {:.1} MB, sentences {:.1} MB, citations {:.1} MB, Article structs {:.1} MB",
        text as f64 / 1e6,
        sentences as f64 / 1e6,
        citations as f64 / 1e6,
        (articles.len() * std::mem::size_of::<Article>()) as f64 / 1e6
    );
    COUNTING.store(true, Ordering::Relaxed);
    PEAK.store(LIVE.load(Ordering::Relaxed), Ordering::Relaxed);
    let start = Instant::now();
    let index = Index::build(articles, &Gazetteer::default());
    let build_secs = start.elapsed().as_secs_f64();
    let held = LIVE.load(Ordering::Relaxed).saturating_sub(before);
    let peak = PEAK.load(Ordering::Relaxed).saturating_sub(before);
    let mentions: usize = index.entities.iter().map(|e| e.mentions.len()).sum();
    println!(
        "index build (all cores): {:.3} s wall, {} entities, {} mentions",
        build_secs,
        index.entities.len(),
        mentions,
    );
    println!(
        "memory: parsed articles {:.1} MB, whole index {:.1} MB ({:.2}x the text), peak while building {:.1} MB",
        loaded as f64 / 1e6,
        held as f64 / 1e6,
        held as f64 / bytes.max(1) as f64,
        peak as f64 / 1e6
    );
}
