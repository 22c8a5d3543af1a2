//! Index memory and reload time on a folder of sources (`DOSSIER_BENCH_CORPUS`, default `/tmp/gen/sources`,
//! else the bundled examples): peak resident memory, the heap the finished index holds, bytes per byte of
//! text, and build time without a cache, cold (filling a cache) and warm (reloading from it: the snapshot of
//! the finished entity table when no source changed).
//!
//! Peak resident memory only grows within a process, so each phase runs in a child process of its own.
//!
//! Run: `DOSSIER_BENCH_CORPUS=/path/to/sources cargo bench --bench index` (the cache goes to
//! `DOSSIER_BENCH_CACHE`, default a folder under the system's temporary folder, emptied first;
//! `DOSSIER_BENCH_PHASES=cold,warm` skips the build without a cache). Each phase of the build prints the
//! heap alive after it and the peak reached within it.

use std::alloc::{GlobalAlloc, Layout, System};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use dossier::corpus::load_paths;
use dossier::gazetteer::Gazetteer;
use dossier::index::{Cache, Index};

/// Counts live heap bytes: resident memory also holds what the allocator keeps after transient work, so
/// the index's own size is read from here.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);
/// The peak since the last phase the build reported.
static PHASE_PEAK: AtomicUsize = AtomicUsize::new(0);

fn grew(by: usize) {
    let live = LIVE.fetch_add(by, Ordering::Relaxed) + by;
    PEAK.fetch_max(live, Ordering::Relaxed);
    PHASE_PEAK.fetch_max(live, Ordering::Relaxed);
}

// SAFETY: forwards every call to the system allocator unchanged and only updates a counter.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        grew(layout.size());
        // SAFETY: same contract as the caller's.
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
        // SAFETY: same contract as the caller's.
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        grew(new_size);
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
        // SAFETY: same contract as the caller's.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOC: Counting = Counting;

/// Prints the live heap and the peak since the previous phase at every phase the index build reports
/// (debug events of target `dossier::index::phase`): what is alive at the build's peak.
struct PhaseHeap;

impl<S: tracing::Subscriber> tracing_subscriber::Layer<S> for PhaseHeap {
    fn on_event(&self, event: &tracing::Event<'_>, _: tracing_subscriber::layer::Context<'_, S>) {
        if event.metadata().target() != "dossier::index::phase" {
            return;
        }
        struct Message(String);
        impl tracing::field::Visit for Message {
            fn record_debug(&mut self, _: &tracing::field::Field, value: &dyn std::fmt::Debug) {
                self.0 = format!("{value:?}");
            }
        }
        let mut m = Message(String::new());
        event.record(&mut m);
        let live = LIVE.load(Ordering::Relaxed);
        let peak = PHASE_PEAK.swap(live, Ordering::Relaxed);
        println!(
            "   phase: {:<28} live heap {:>7.1} MB, peak since last {:>7.1} MB, RSS {:>7.1} MB (peak {:>7.1})",
            m.0,
            live as f64 / 1e6,
            peak as f64 / 1e6,
            status_mb("VmRSS"),
            status_mb("VmHWM")
        );
    }
}

/// A `/proc/self/status` figure in MB (`VmHWM` is the peak resident set, `VmRSS` the current one).
fn status_mb(key: &str) -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix(key)?.strip_prefix(':'))
                .and_then(|v| v.split_whitespace().next()?.parse::<f64>().ok())
        })
        .map_or(0.0, |kb| kb * 1024.0 / 1e6)
}

/// CPU time (user and system) this process has used, in seconds: the machine may be shared, and wall
/// time then says little.
fn cpu_secs() -> f64 {
    std::fs::read_to_string("/proc/self/stat")
        .ok()
        .and_then(|s| {
            // Fields after the command name, which is parenthesized and may hold spaces.
            let rest = s.rsplit_once(')')?.1;
            let f: Vec<&str> = rest.split_whitespace().collect();
            let ticks = f.get(11)?.parse::<f64>().ok()? + f.get(12)?.parse::<f64>().ok()?;
            Some(ticks / 100.0)
        })
        .unwrap_or(0.0)
}

/// One phase, in this process: load the sources, build the index (with the cache in `cache`, if any),
/// print what it cost.
fn phase(name: &str, dir: &Path, cache: Option<&Cache>) {
    let start = Instant::now();
    let before = LIVE.load(Ordering::Relaxed);
    let (articles, errors) = load_paths(&[dir.to_path_buf()]);
    let text: usize = articles.iter().map(|a| a.text.len()).sum();
    let loaded = start.elapsed().as_secs_f64();
    let articles_heap = LIVE.load(Ordering::Relaxed).saturating_sub(before) as f64;
    article_breakdown(&articles);
    let index = Index::build_cached(articles, &Gazetteer::default(), cache);
    let total = start.elapsed().as_secs_f64();
    let cpu = cpu_secs();
    let held = LIVE.load(Ordering::Relaxed).saturating_sub(before) as f64;
    let mentions: usize = index.entities.iter().map(|e| e.mentions.len()).sum();
    println!(
        "{name:>8}: {} articles ({} errors), {:.1} MB text; load+parse {:.2} s, total {:.2} s wall, {:.2} s CPU; \
         {} entities, {} mentions; {:?}",
        index.articles.len(),
        errors.len(),
        text as f64 / 1e6,
        loaded,
        total,
        cpu,
        index.entities.len(),
        mentions,
        index.cache_stats()
    );
    println!(
        "{name:>8}: index heap {:.1} MB = {:.2} bytes per text byte (peak heap {:.1} MB); RSS {:.1} MB, \
         peak RSS {:.1} MB ({:.2}x the text)",
        held / 1e6,
        held / text.max(1) as f64,
        PEAK.load(Ordering::Relaxed) as f64 / 1e6,
        status_mb("VmRSS"),
        status_mb("VmHWM"),
        status_mb("VmHWM") * 1e6 / text.max(1) as f64
    );
    println!(
        "{name:>8}: parsed articles {:.1} MB ({:.2} per text byte), entities {:.1} MB, matcher and the \
         rest {:.1} MB",
        articles_heap / 1e6,
        articles_heap / text.max(1) as f64,
        entities_heap(&index) / 1e6,
        (held - articles_heap - entities_heap(&index)) / 1e6
    );
    entity_breakdown(&index);
    drop(index);
}

/// Heap bytes of the entity table by part, and attributes by key.
fn entity_breakdown(index: &Index) {
    use dossier::entity::{Attribute, Mention};
    use std::collections::BTreeMap;
    use std::mem::size_of;
    let mut mentions = 0;
    let mut attrs = 0;
    let mut aliases = 0;
    let mut by_key: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    for e in &index.entities {
        mentions += e.mentions.capacity() * size_of::<Mention>();
        attrs += e.attributes.capacity() * size_of::<Attribute>();
        aliases += e.aliases.iter().map(|a| a.capacity() + 24).sum::<usize>();
        for a in &e.attributes {
            let k = by_key.entry(format!("{:?}", a.key)).or_default();
            k.0 += 1;
            k.1 += a.value.capacity();
        }
    }
    println!(
        "entities: mentions {:.1} MB, attribute structs {:.1} MB, aliases {:.1} MB; by key (count, value MB): {}",
        mentions as f64 / 1e6,
        attrs as f64 / 1e6,
        aliases as f64 / 1e6,
        by_key
            .iter()
            .map(|(k, (n, b))| format!("{k} {n} {:.1}", *b as f64 / 1e6))
            .collect::<Vec<_>>()
            .join(", ")
    );
}

/// Heap bytes of each part of the parsed articles.
fn article_breakdown(articles: &[dossier::corpus::Article]) {
    use dossier::corpus::{Article, HeaderField, Paragraph, Quotation, Sentence};
    use std::mem::size_of;
    let sum = |f: &dyn Fn(&Article) -> usize| articles.iter().map(f).sum::<usize>() as f64 / 1e6;
    println!(
        "articles: structs {:.1} MB, text {:.1}, path {:.1}, header {:.1}, paragraphs {:.1}, sentences {:.1}, \
         citations {:.1}, quotations {:.1}",
        std::mem::size_of_val(articles) as f64 / 1e6,
        sum(&|a| a.text.capacity()),
        sum(&|a| a.path.capacity()),
        sum(&|a| a.header.capacity() * size_of::<HeaderField>()
            + a.header
                .iter()
                .map(|h| h.key.capacity() + h.value.capacity())
                .sum::<usize>()),
        sum(&|a| a.paragraphs.capacity() * size_of::<Paragraph>()),
        sum(&|a| a.sentences.capacity() * size_of::<Sentence>()),
        sum(&|a| a.citations_heap()),
        sum(&|a| a.quotations.capacity() * size_of::<Quotation>()),
    );
}

/// Heap bytes of the entity table, walked field by field.
fn entities_heap(index: &Index) -> f64 {
    use dossier::entity::{Attribute, Entity, Mention};
    use std::mem::size_of;
    let strings = |v: &[String]| v.iter().map(String::capacity).sum::<usize>();
    let bytes: usize = index.entities.capacity() * size_of::<Entity>()
        + index
            .entities
            .iter()
            .map(|e| {
                e.name.capacity()
                    + e.aliases.capacity() * size_of::<String>()
                    + strings(&e.aliases)
                    + e.gazetteer_aliases.capacity() * size_of::<String>()
                    + strings(&e.gazetteer_aliases)
                    + e.mentions.capacity() * size_of::<Mention>()
                    + e.attributes.capacity() * size_of::<Attribute>()
                    + e.attributes
                        .iter()
                        .map(|a| a.value.capacity())
                        .sum::<usize>()
            })
            .sum::<usize>();
    bytes as f64
}

fn main() {
    let dir = std::env::var_os("DOSSIER_BENCH_CORPUS")
        .map(PathBuf::from)
        .or_else(|| Some(PathBuf::from("/tmp/gen/sources")).filter(|p| p.is_dir()))
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/sources"));
    let cache_dir = std::env::var_os("DOSSIER_BENCH_CACHE").map(PathBuf::from);
    if let Some(name) = std::env::var_os("DOSSIER_BENCH_PHASE") {
        use tracing_subscriber::layer::SubscriberExt;
        // The phase lines are printed as they happen; a subscriber that could not be installed only
        // loses them.
        let _ =
            tracing::subscriber::set_global_default(tracing_subscriber::registry().with(PhaseHeap));
        let cache = cache_dir.filter(|_| name != "none").map(Cache::new);
        phase(&name.to_string_lossy(), &dir, cache.as_ref());
        return;
    }
    println!("corpus: {}", dir.display());
    let Ok(exe) = std::env::current_exe() else {
        eprintln!("cannot find this benchmark's own executable");
        return;
    };
    let cache = cache_dir.unwrap_or_else(|| std::env::temp_dir().join("dossier-bench-index-cache"));
    if let Err(e) = std::fs::remove_dir_all(&cache)
        && e.kind() != std::io::ErrorKind::NotFound
    {
        eprintln!("cannot empty {}: {e}", cache.display());
        return;
    }
    // Without a cache, then filling an empty one, then reloading from it (`DOSSIER_BENCH_PHASES`, e.g.
    // `cold,warm`, runs fewer).
    let phases = std::env::var("DOSSIER_BENCH_PHASES").unwrap_or_else(|_| "none,cold,warm".into());
    for name in phases.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        let status = std::process::Command::new(&exe)
            .env("DOSSIER_BENCH_PHASE", name)
            .env("DOSSIER_BENCH_CORPUS", &dir)
            .env("DOSSIER_BENCH_CACHE", &cache)
            .status();
        match status {
            Ok(s) if s.success() => {}
            other => eprintln!("phase {name} failed: {other:?}"),
        }
    }
    let size: u64 = std::fs::read_dir(&cache)
        .map(|d| {
            d.filter_map(Result::ok)
                .filter_map(|e| e.metadata().ok())
                .map(|m| m.len())
                .sum()
        })
        .unwrap_or(0);
    println!(
        "cache: {:.1} MB on disk in {}",
        size as f64 / 1e6,
        cache.display()
    );
}
