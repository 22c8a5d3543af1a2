//! The on-disk cache of recognition results, so that a restart re-recognizes only the sources that
//! changed. Recognition is most of the cost of building an index; when any source or the gazetteer
//! changed, linking across articles and merging the gazetteer are recomputed from the cached per-article
//! results, so this cache never needs to know about the gazetteer or about other articles. (When nothing
//! changed, the whole entity table comes from [`super::snapshot`] and no shard is read.)
//!
//! Layout: `<dir>/shard-NN.bin`, each source file in the shard its path hashes to, so that a change
//! rewrites one shard. Shards are decoded one at a time, straight into compact items, so that reading
//! never holds every article's results in their decoded form. A shard is a magic number, a header (format
//! version, recognizer fingerprint, payload checksum) and its entries (path, size, modification time, what
//! recognition found). A shard that is missing, truncated, corrupt or of another version is ignored with
//! a log line and rewritten; nothing in it is trusted before its checksum matches. Writes go to a
//! temporary file renamed over the shard, so a reader never sees half a file.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::item::{Interner, Loose, Recognized, Span};
use crate::corpus::{Article, Stamp};
use crate::entity::{AttrKey, Kind};

/// Bumped whenever the layout of a shard or of [`Stored`] changes.
const FORMAT: u32 = 2;
const MAGIC: &[u8; 8] = b"DOSSIERC";
const SHARDS: usize = 64;

/// Where a workspace's cache lives.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cache {
    dir: PathBuf,
}

/// What a build did with the cache.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CacheStats {
    /// Articles whose recognition was read from the cache.
    pub reused: usize,
    /// Articles recognized afresh.
    pub recognized: usize,
    /// Shards rewritten.
    pub written: usize,
    /// Shards ignored as unreadable, corrupt or of another version.
    pub rejected: usize,
    /// Whether the whole entity table was read from the snapshot of unchanged sources.
    pub snapshot: bool,
}

/// One source file's recognition, as stored (strings borrowed from the shard's bytes when read, from the
/// index's items when written).
#[derive(Serialize, Deserialize)]
struct Entry<'a> {
    path: &'a str,
    size: u64,
    modified: u64,
    #[serde(borrow)]
    found: Vec<Stored<'a>>,
}

/// One recognized item as stored.
#[derive(Serialize, Deserialize)]
struct Stored<'a> {
    kind: Kind,
    name: &'a str,
    #[serde(borrow)]
    aliases: Vec<&'a str>,
    mentions: Vec<Span>,
    #[serde(borrow)]
    attributes: Vec<(AttrKey, &'a str, Span)>,
}

impl<'a> Stored<'a> {
    /// Item `i` of `found`.
    fn of(found: &'a Recognized, i: usize) -> Option<Stored<'a>> {
        let (_, item) = found.get(i)?;
        Some(Stored {
            kind: item.kind,
            name: item.name.as_str(),
            aliases: found.aliases(i).iter().map(|a| a.as_str()).collect(),
            mentions: found.mentions(i).to_vec(),
            attributes: found
                .attributes(i)
                .iter()
                .map(|&(k, v, s)| (k, found.value(v), s))
                .collect(),
        })
    }

    fn item(&self, names: &mut Interner) -> Loose {
        Loose {
            kind: self.kind,
            name: names.name(self.name),
            aliases: self.aliases.iter().map(|a| names.name(a)).collect(),
            mentions: self.mentions.clone().into_boxed_slice(),
            attributes: self
                .attributes
                .iter()
                .map(|(k, v, s)| (*k, names.value(v), *s))
                .collect(),
        }
    }
}

#[derive(Serialize, Deserialize, PartialEq, Eq)]
struct Header {
    format: u32,
    fingerprint: u64,
    checksum: u64,
}

impl Cache {
    /// A cache in `dir` (created when first written).
    pub fn new(dir: impl Into<PathBuf>) -> Cache {
        Cache { dir: dir.into() }
    }

    /// The cache of the workspace at `root`: `$XDG_CACHE_HOME/dossier/<hash of root>/`, else under
    /// `~/.cache`. Outside the workspace, so that it never mixes with the user's files. `None` when the
    /// environment names no cache or home folder.
    pub fn for_root(root: &Path) -> Option<Cache> {
        let base = std::env::var_os("XDG_CACHE_HOME")
            .map(PathBuf::from)
            .filter(|p| p.is_absolute())
            .or_else(|| {
                std::env::var_os("HOME")
                    .map(PathBuf::from)
                    .filter(|p| p.is_absolute())
                    .map(|h| h.join(".cache"))
            })?;
        let root = std::fs::canonicalize(root).unwrap_or_else(|_| root.to_path_buf());
        let key = fnv(root.as_os_str().as_encoded_bytes());
        Some(Cache::new(base.join("dossier").join(format!("{key:016x}"))))
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    fn shard_path(&self, shard: usize) -> PathBuf {
        self.dir.join(format!("shard-{shard:02}.bin"))
    }

    /// Reads every shard into compact items by path (one shard's decoded entries alive at a time), and
    /// which shards could not be used and how many entries each usable one held.
    fn read(&self, names: &mut Interner) -> (Cached, Vec<bool>, Vec<usize>) {
        let fingerprint = fingerprint();
        let mut cached = Cached::new();
        let mut rejected = vec![false; SHARDS];
        let mut counts = vec![0; SHARDS];
        for s in 0..SHARDS {
            let decoded = read_shard(&self.shard_path(s), fingerprint).and_then(|bytes| {
                let entries: Vec<Entry<'_>> =
                    postcard::from_bytes(&bytes).map_err(|e| format!("cannot decode: {e}"))?;
                counts[s] = entries.len();
                for e in entries {
                    let items = e.found.iter().map(|f| f.item(names)).collect();
                    cached.insert(e.path.to_string(), (e.size, e.modified, items));
                }
                Ok(())
            });
            if let Err(why) = decoded
                && !why.is_empty()
            {
                tracing::warn!(
                    "index cache {}: {why}; rebuilding it",
                    self.shard_path(s).display()
                );
                rejected[s] = true;
            }
        }
        (cached, rejected, counts)
    }

    /// Writes one shard atomically (temporary file, then rename).
    fn write_shard(&self, shard: usize, entries: &[Entry<'_>]) -> std::io::Result<()> {
        let payload = postcard::to_allocvec(entries).map_err(std::io::Error::other)?;
        let header = Header {
            format: FORMAT,
            fingerprint: fingerprint(),
            checksum: fnv(&payload),
        };
        let mut bytes = MAGIC.to_vec();
        bytes.extend(postcard::to_allocvec(&header).map_err(std::io::Error::other)?);
        bytes.extend(payload);
        let path = self.shard_path(shard);
        let tmp = self
            .dir
            .join(format!("shard-{shard:02}.{}.tmp", std::process::id()));
        std::fs::write(&tmp, &bytes)?;
        std::fs::rename(&tmp, &path).inspect_err(|_| {
            let _ = std::fs::remove_file(&tmp);
        })
    }
}

/// Cached items by path, with the size and modification time they were recognized at.
type Cached = HashMap<String, (u64, u64, Vec<Loose>)>;

/// One shard's payload, checked; `Err("")` when there is no shard yet, `Err(reason)` when it cannot be
/// used.
fn read_shard(path: &Path, fingerprint: u64) -> Result<Vec<u8>, String> {
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Err(String::new()),
        Err(e) => return Err(format!("cannot read: {e}")),
    };
    let rest = bytes
        .strip_prefix(MAGIC.as_slice())
        .ok_or("not a cache file")?;
    let (header, payload) =
        postcard::take_from_bytes::<Header>(rest).map_err(|e| format!("bad header: {e}"))?;
    if header.format != FORMAT {
        return Err(format!(
            "format {} (this version reads {FORMAT})",
            header.format
        ));
    }
    if header.fingerprint != fingerprint {
        return Err("written by another build of dossier".into());
    }
    if fnv(payload) != header.checksum {
        return Err("checksum mismatch (truncated or corrupt)".into());
    }
    Ok(payload.to_vec())
}

/// The recognition of each article: from the cache when its stamp and path match a cached entry, else
/// recognized now; then every shard that changed is written back.
pub(crate) fn recognize_all(
    articles: &[Article],
    cache: &Cache,
    names: &mut Interner,
) -> (Recognized, CacheStats) {
    let mut stats = CacheStats::default();
    let (mut cached, rejected, counts) = cache.read(names);
    stats.rejected = rejected.iter().filter(|r| **r).count();
    let keys: Vec<Option<(&str, Stamp)>> = articles.iter().map(key).collect();
    // Moved out of the cache, not copied.
    let (found, hits) = super::recognize_into(articles, names, |i| {
        let (path, stamp) = keys[i]?;
        let (size, modified, items) = cached.remove(path)?;
        (size == stamp.size && modified == stamp.modified && fits(&items, &articles[i]))
            .then_some(items)
    });
    drop(cached);
    stats.reused = hits.iter().filter(|h| **h).count();
    stats.recognized = articles.len() - stats.reused;

    // A shard is rewritten when it was unusable, an article of it was recognized afresh, or it held
    // entries for files no longer indexed.
    let mut members: Vec<Vec<usize>> = vec![Vec::new(); SHARDS];
    let mut seen: HashMap<&str, ()> = HashMap::new();
    for (i, k) in keys.iter().enumerate() {
        if let Some((path, _)) = k
            && seen.insert(path, ()).is_none()
        {
            members[shard_of(path)].push(i);
        }
    }
    let dirty: Vec<usize> = (0..SHARDS)
        .filter(|&s| {
            rejected[s] || members[s].len() != counts[s] || members[s].iter().any(|&i| !hits[i])
        })
        .collect();
    if !dirty.is_empty() {
        if let Err(e) = std::fs::create_dir_all(&cache.dir) {
            tracing::warn!("index cache {}: cannot create: {e}", cache.dir.display());
            return (found, stats);
        }
        write_tag(&cache.dir);
        use rayon::prelude::*;
        let written: Vec<bool> = dirty
            .par_iter()
            .map(|&s| {
                let entries: Vec<Entry<'_>> = members[s]
                    .iter()
                    .filter_map(|&i| {
                        let (path, stamp) = keys[i]?;
                        Some(Entry {
                            path,
                            size: stamp.size,
                            modified: stamp.modified,
                            found: found.of(i).filter_map(|j| Stored::of(&found, j)).collect(),
                        })
                    })
                    .collect();
                cache
                    .write_shard(s, &entries)
                    .inspect_err(|e| {
                        tracing::warn!(
                            "index cache {}: cannot write: {e}",
                            cache.shard_path(s).display()
                        )
                    })
                    .is_ok()
            })
            .collect();
        stats.written = written.iter().filter(|w| **w).count();
    }
    tracing::info!(
        "index cache {}: {} sources reused, {} recognized, {} shards written, {} rejected",
        cache.dir.display(),
        stats.reused,
        stats.recognized,
        stats.written,
        stats.rejected
    );
    (found, stats)
}

/// The cache key of an article: its path (when it is UTF-8) and stamp (when it was read from disk).
fn key(a: &Article) -> Option<(&str, Stamp)> {
    Some((a.path.to_str()?, a.stamp()?))
}

fn shard_of(path: &str) -> usize {
    (fnv(path.as_bytes()) % SHARDS as u64) as usize
}

/// Whether every range a cached recognition holds lies on character boundaries of the article: the last
/// guard between a cache and a slice out of range.
fn fits(found: &[Loose], a: &Article) -> bool {
    let ok = |s: &Span| {
        let r = s.range();
        r.start <= r.end && a.text.is_char_boundary(r.start) && a.text.is_char_boundary(r.end)
    };
    found
        .iter()
        .all(|f| f.mentions.iter().all(ok) && f.attributes.iter().all(|(_, _, s)| ok(s)))
}

/// Marks the cache folder as one that backup tools may skip (<https://bford.info/cachedir/>).
fn write_tag(dir: &Path) {
    let tag = dir.join("CACHEDIR.TAG");
    if !tag.exists() {
        let _ = std::fs::write(
            tag,
            "Signature: 8a477f597d28d172789f06886806bc55\n# dossier's index cache\n",
        );
    }
}

/// FNV-1a, 64 bits: stable across builds and platforms, unlike the standard library's hasher.
fn fnv(bytes: &[u8]) -> u64 {
    fnv_update(0xcbf2_9ce4_8422_2325, bytes)
}

/// FNV-1a continued from `h` over more bytes.
pub(super) fn fnv_update(mut h: u64, bytes: &[u8]) -> u64 {
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// Identifies the recognizer that wrote a cache: the package version and the running executable's size
/// and modification time, so that a rebuilt or upgraded dossier never reuses another's results.
pub(super) fn fingerprint() -> u64 {
    static PRINT: std::sync::OnceLock<u64> = std::sync::OnceLock::new();
    *PRINT.get_or_init(|| {
        let exe = std::env::current_exe()
            .and_then(std::fs::metadata)
            .ok()
            .and_then(|m| Stamp::of(&m));
        let mut bytes = env!("CARGO_PKG_VERSION").as_bytes().to_vec();
        if let Some(s) = exe {
            bytes.extend(s.size.to_le_bytes());
            bytes.extend(s.modified.to_le_bytes());
        }
        fnv(&bytes)
    })
}
