//! The on-disk index cache: a warm build equals a cold one, changed sources are recognized again, a
//! damaged cache is ignored and rebuilt, and a disabled cache writes nothing.

use std::path::{Path, PathBuf};
use std::process::Command;

use dossier::corpus::load_paths;
use dossier::gazetteer::Gazetteer;
use dossier::index::{Cache, Index};
use dossier::workspace::Workspace;

const ARTICLES: [&str; 3] = [
    "President Islom Karimov met Defense Minister Sergei Shoigu in Tashkent (Interfax, March 29).",
    "Uzbek President Islam Karimov received Russian Defense Minister Sergey Shoygu. Karimov spoke first.",
    "The 102nd Russian Motorized Rifle Division is based in Gyumri. Colonel-General Ruslan Safarov visited it.",
];

/// A workspace with the seed article and a few short ones under `sources/`.
fn workspace() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let sources = dir.path().join("sources");
    std::fs::create_dir_all(&sources).unwrap();
    let seed =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/sources/edm-3-65-tajik-military.txt");
    std::fs::copy(seed, sources.join("seed.txt")).unwrap();
    for (i, text) in ARTICLES.iter().enumerate() {
        std::fs::write(sources.join(format!("a{i}.txt")), text).unwrap();
    }
    dir
}

fn build(root: &Path, cache: Option<&Cache>) -> Index {
    let (articles, errors) = load_paths(&[root.join("sources")]);
    assert!(errors.is_empty(), "{errors:?}");
    Index::build_cached(articles, &Gazetteer::default(), cache)
}

fn shards(dir: &Path) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|d| d.filter_map(Result::ok).map(|e| e.path()).collect())
        .unwrap_or_default();
    out.retain(|p| {
        p.extension().is_some_and(|e| e == "bin")
            && p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with("shard-"))
    });
    out.sort();
    out
}

#[test]
fn a_warm_build_reuses_every_source_and_equals_a_cold_one() {
    let ws = workspace();
    let cache_dir = tempfile::tempdir().unwrap();
    let cache = Cache::new(cache_dir.path());
    let plain = build(ws.path(), None);
    let cold = build(ws.path(), Some(&cache));
    assert_eq!(cold.cache_stats().recognized, 4);
    assert_eq!(cold.cache_stats().reused, 0);
    assert!(!shards(cache_dir.path()).is_empty());
    let warm = build(ws.path(), Some(&cache));
    assert_eq!(warm.cache_stats().reused, 4);
    assert_eq!(warm.cache_stats().recognized, 0);
    assert_eq!(warm.cache_stats().written, 0);
    assert!(warm.cache_stats().snapshot);
    assert!(!cold.cache_stats().snapshot);
    assert!(plain.entities.len() > 5);
    assert_eq!(plain.entities, cold.entities);
    assert_eq!(cold.entities, warm.entities);
    // Nothing is written among the user's files.
    let files: Vec<_> = walk(ws.path());
    assert_eq!(files.len(), 4, "{files:?}");
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap().filter_map(Result::ok) {
        let p = e.path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else {
            out.push(p);
        }
    }
    out
}

#[test]
fn a_changed_source_is_recognized_again_and_a_deleted_one_dropped() {
    let ws = workspace();
    let cache_dir = tempfile::tempdir().unwrap();
    let cache = Cache::new(cache_dir.path());
    build(ws.path(), Some(&cache));
    let sources = ws.path().join("sources");
    std::fs::write(
        sources.join("a1.txt"),
        "Lieutenant-General Bakhodir Kurbanov, Uzbekistan's defense minister, opened the drills.",
    )
    .unwrap();
    std::fs::remove_file(sources.join("a2.txt")).unwrap();
    let changed = build(ws.path(), Some(&cache));
    assert_eq!(changed.cache_stats().recognized, 1);
    assert_eq!(changed.cache_stats().reused, 2);
    assert!(changed.cache_stats().written >= 1);
    assert_eq!(changed.entities, build(ws.path(), None).entities);
    assert!(
        changed.entities.iter().any(|e| e.name.contains("Kurbanov")),
        "{:#?}",
        changed.entities
    );
    let again = build(ws.path(), Some(&cache));
    assert_eq!(again.cache_stats().reused, 3);
    assert_eq!(again.cache_stats().written, 0);
}

#[test]
fn a_corrupt_truncated_or_foreign_cache_is_ignored_and_rebuilt() {
    let ws = workspace();
    let cache_dir = tempfile::tempdir().unwrap();
    let cache = Cache::new(cache_dir.path());
    let cold = build(ws.path(), Some(&cache));
    let files = shards(cache_dir.path());
    assert!(files.len() >= 2, "{files:?}");
    // One shard truncated, one with a flipped byte in its payload, the rest replaced by other bytes.
    for (i, f) in files.iter().enumerate() {
        let mut bytes = std::fs::read(f).unwrap();
        match i {
            0 => bytes.truncate(bytes.len() / 2),
            1 => {
                let last = bytes.len() - 1;
                bytes[last] ^= 0x55;
            }
            _ => bytes = b"not a cache at all".to_vec(),
        }
        std::fs::write(f, bytes).unwrap();
    }
    // Without the snapshot, which would otherwise serve the build before any shard is read.
    std::fs::remove_file(cache_dir.path().join("index.bin")).unwrap();
    let rebuilt = build(ws.path(), Some(&cache));
    assert_eq!(rebuilt.cache_stats().reused, 0);
    assert_eq!(rebuilt.cache_stats().rejected, files.len());
    assert_eq!(rebuilt.entities, cold.entities);
    let warm = build(ws.path(), Some(&cache));
    assert_eq!(warm.cache_stats().reused, 4);
    assert_eq!(warm.entities, cold.entities);
}

#[test]
fn the_snapshot_serves_only_unchanged_sources_and_gazetteer() {
    let ws = workspace();
    let cache_dir = tempfile::tempdir().unwrap();
    let cache = Cache::new(cache_dir.path());
    let cold = build(ws.path(), Some(&cache));
    assert!(cache_dir.path().join("index.bin").is_file());
    // Another gazetteer: linked again from the per-article cache, never the old snapshot.
    let gazetteer = Gazetteer::parse(
        Path::new("e.toml"),
        "[[entity]]\nname = \"Gyumri garrison\"\nkind = \"unit\"\naliases = [\"Gyumri\"]\n",
    )
    .unwrap();
    let (articles, _) = load_paths(&[ws.path().join("sources")]);
    let with = Index::build_cached(articles.clone(), &gazetteer, Some(&cache));
    assert!(!with.cache_stats().snapshot);
    assert_eq!(with.cache_stats().reused, 4);
    assert_eq!(
        with.entities,
        Index::build(articles.clone(), &gazetteer).entities
    );
    assert_ne!(with.entities, cold.entities);
    let again = Index::build_cached(articles, &gazetteer, Some(&cache));
    assert!(again.cache_stats().snapshot);
    assert_eq!(again.entities, with.entities);
    // A touched source: not from the snapshot either.
    let a0 = ws.path().join("sources/a0.txt");
    let text = std::fs::read_to_string(&a0).unwrap();
    std::fs::write(&a0, format!("{text} Shoigu left.")).unwrap();
    let changed = build(ws.path(), Some(&cache));
    assert!(!changed.cache_stats().snapshot);
    assert_eq!(changed.cache_stats().recognized, 1);
    assert_eq!(changed.entities, build(ws.path(), None).entities);
}

#[test]
fn a_damaged_snapshot_is_ignored_and_rewritten() {
    let ws = workspace();
    let cache_dir = tempfile::tempdir().unwrap();
    let cache = Cache::new(cache_dir.path());
    let cold = build(ws.path(), Some(&cache));
    let file = cache_dir.path().join("index.bin");
    let bytes = std::fs::read(&file).unwrap();
    for bad in [
        bytes[..bytes.len() / 3].to_vec(),
        b"DOSSIERI and then nonsense".to_vec(),
    ] {
        std::fs::write(&file, bad).unwrap();
        let rebuilt = build(ws.path(), Some(&cache));
        assert!(!rebuilt.cache_stats().snapshot);
        assert_eq!(rebuilt.cache_stats().reused, 4);
        assert_eq!(rebuilt.entities, cold.entities);
        let warm = build(ws.path(), Some(&cache));
        assert!(warm.cache_stats().snapshot);
        assert_eq!(warm.entities, cold.entities);
    }
}

#[test]
fn an_unwritable_cache_costs_nothing_but_time() {
    let ws = workspace();
    let blocker = tempfile::NamedTempFile::new().unwrap();
    // A file where the cache folder should be: it can be neither read nor created.
    let cache = Cache::new(blocker.path().join("cache"));
    let index = build(ws.path(), Some(&cache));
    assert_eq!(index.cache_stats().written, 0);
    assert_eq!(index.entities, build(ws.path(), None).entities);
}

#[test]
fn the_workspace_cache_lives_outside_the_workspace_and_can_be_turned_off() {
    let ws = workspace();
    let on = Workspace::open(ws.path()).unwrap();
    let other = workspace();
    if let (Some(a), Some(b)) = (on.cache(), Workspace::open(other.path()).unwrap().cache()) {
        assert!(!a.dir().starts_with(ws.path()), "{:?}", a.dir());
        assert_ne!(a.dir(), b.dir(), "one cache folder per workspace root");
        assert_eq!(a.dir().parent(), b.dir().parent());
    }
    std::fs::write(ws.path().join("dossier.toml"), "cache = false\n").unwrap();
    let off = Workspace::open(ws.path()).unwrap();
    assert_eq!(off.cache(), None);
    std::fs::write(ws.path().join("dossier.toml"), "cache = \"maybe\"\n").unwrap();
    assert!(Workspace::open(ws.path()).is_err());
}

fn entities_json(root: &Path, xdg: &Path, extra: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_dossier"))
        .current_dir(root)
        .env("XDG_CACHE_HOME", xdg)
        .args(extra)
        .args(["entities", "--format", "json"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn the_command_line_caches_unless_told_not_to() {
    let ws = workspace();
    let xdg = tempfile::tempdir().unwrap();
    let uncached = entities_json(ws.path(), xdg.path(), &["--no-cache"]);
    assert!(walk(xdg.path()).is_empty(), "{:?}", walk(xdg.path()));
    let cold = entities_json(ws.path(), xdg.path(), &[]);
    let written = walk(xdg.path());
    assert!(
        written
            .iter()
            .any(|p| p.extension().is_some_and(|e| e == "bin")),
        "{written:?}"
    );
    let warm = entities_json(ws.path(), xdg.path(), &[]);
    assert_eq!(uncached, cold);
    assert_eq!(cold, warm);
    std::fs::write(ws.path().join("dossier.toml"), "cache = false\n").unwrap();
    let xdg2 = tempfile::tempdir().unwrap();
    assert_eq!(entities_json(ws.path(), xdg2.path(), &[]), cold);
    assert!(walk(xdg2.path()).is_empty());
}
