//! A snapshot of the whole finished entity table, so that reopening an unchanged workspace skips
//! recognition, linking and assembly alike: the per-article cache ([`super::cache`]) spares recognition
//! only, and linking a hundred thousand articles' results still costs a large part of a cold build.
//!
//! The snapshot is one file, `<cache dir>/index.bin`: a magic number, a header (format version,
//! recognizer fingerprint, key, payload checksum) and the entities. Its key hashes every source's path,
//! size and modification time in load order, and the gazetteer: any change to either and the snapshot is
//! simply not used (the build falls back to the per-article cache, then writes a new snapshot). A file
//! that is corrupt, truncated, of another version or names passages outside the sources is ignored with a
//! log line. Writes go to a temporary file renamed over the snapshot.

use std::path::PathBuf;

use serde::ser::{SerializeSeq, SerializeStruct};
use serde::{Deserialize, Serialize, Serializer};

use super::cache::{Cache, fingerprint, fnv_update};
use crate::corpus::Article;
use crate::entity::{
    ArticleId, AttrKey, Attribute, Entity, EntityId, Kind, Mention, Passage, Provenance,
};
use crate::gazetteer::Gazetteer;

/// Bumped whenever the layout of [`Stored`] changes.
const FORMAT: u32 = 1;
const MAGIC: &[u8; 8] = b"DOSSIERI";
const FILE: &str = "index.bin";

#[derive(Serialize, Deserialize, PartialEq, Eq)]
struct Header {
    format: u32,
    fingerprint: u64,
    key: u64,
    checksum: u64,
}

/// A passage as stored: article, start, end.
type Place = (u32, u32, u32);

/// One entity as read back. [`EntityOut`] writes the same layout from a borrowed [`Entity`].
#[derive(Deserialize)]
struct Stored {
    kind: Kind,
    name: String,
    aliases: Vec<String>,
    attributes: Vec<(AttrKey, String, Option<Place>)>,
    mentions: Vec<Place>,
    gazetteer_aliases: Vec<String>,
}

/// What identifies the inputs of a build: every source's path and stamp in load order, and the
/// gazetteer. `None` when a source has no stamp (not read from disk) or a path that is not UTF-8.
pub(super) fn key(articles: &[Article], gazetteer: &Gazetteer) -> Option<u64> {
    let mut h = fnv_update(
        0xcbf2_9ce4_8422_2325,
        &(articles.len() as u64).to_le_bytes(),
    );
    let field = |h: &mut u64, bytes: &[u8]| {
        *h = fnv_update(*h, &(bytes.len() as u64).to_le_bytes());
        *h = fnv_update(*h, bytes);
    };
    for a in articles {
        let stamp = a.stamp()?;
        field(&mut h, a.path.to_str()?.as_bytes());
        field(&mut h, &stamp.size.to_le_bytes());
        field(&mut h, &stamp.modified.to_le_bytes());
    }
    field(&mut h, &(gazetteer.entries.len() as u64).to_le_bytes());
    for g in &gazetteer.entries {
        field(&mut h, g.kind.as_str().as_bytes());
        field(&mut h, g.name.as_bytes());
        field(&mut h, &(g.aliases.len() as u64).to_le_bytes());
        for a in &g.aliases {
            field(&mut h, a.as_bytes());
        }
        for v in [&g.rank, &g.post, &g.note] {
            match v {
                Some(v) => field(&mut h, &[&[1u8][..], v.as_bytes()].concat()),
                None => field(&mut h, &[0u8]),
            }
        }
    }
    Some(h)
}

fn path(cache: &Cache) -> PathBuf {
    cache.dir().join(FILE)
}

/// The entities of the snapshot taken with `key`, when there is a sound one.
pub(super) fn load(cache: &Cache, key: u64, articles: &[Article]) -> Option<Vec<Entity>> {
    let file = path(cache);
    let input = match std::fs::File::open(&file) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return None,
        Err(e) => {
            tracing::warn!("index snapshot {}: cannot read: {e}", file.display());
            return None;
        }
    };
    match decode(input, key, articles) {
        Ok(entities) => entities,
        Err(why) => {
            tracing::warn!("index snapshot {}: {why}; rebuilding it", file.display());
            None
        }
    }
}

/// Bytes read from a snapshot at a time.
const CHUNK: usize = 1 << 20;

/// A file read through a window from which values are decoded one at a time: the snapshot of a large
/// corpus is over a hundred megabytes, and held whole it would add that much to the reload's peak.
struct Window<R> {
    input: R,
    buf: Vec<u8>,
    /// Where the next value starts in `buf`.
    pos: usize,
    /// Bytes dropped from the front of the window so far.
    dropped: u64,
    eof: bool,
    /// The least read at a time.
    chunk: usize,
}

impl<R: std::io::Read> Window<R> {
    fn new(input: R, chunk: usize) -> Window<R> {
        Window {
            input,
            buf: Vec::new(),
            pos: 0,
            dropped: 0,
            eof: false,
            chunk: chunk.max(1),
        }
    }

    /// Where the next value starts in the file.
    fn offset(&self) -> u64 {
        self.dropped + self.pos as u64
    }

    /// Drops what was decoded and reads at least as much again as the window holds (a value larger
    /// than the window is read in a few doublings).
    fn fill(&mut self) -> Result<(), String> {
        self.buf.drain(..self.pos);
        self.dropped += self.pos as u64;
        self.pos = 0;
        let old = self.buf.len();
        let want = old.max(self.chunk);
        self.buf.resize(old + want, 0);
        let mut got = 0;
        while got < want {
            match self.input.read(&mut self.buf[old + got..]) {
                Ok(0) => {
                    self.eof = true;
                    break;
                }
                Ok(n) => got += n,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(e) => return Err(format!("cannot read: {e}")),
            }
        }
        self.buf.truncate(old + got);
        Ok(())
    }

    /// The next `n` bytes.
    fn bytes(&mut self, n: usize) -> Result<&[u8], String> {
        while self.buf.len() - self.pos < n && !self.eof {
            self.fill()?;
        }
        let at = self.pos;
        let got = self.buf.get(at..at + n).ok_or("truncated")?;
        self.pos += n;
        Ok(got)
    }

    /// The next value, read further when the window ends inside it.
    fn take<T: serde::de::DeserializeOwned>(&mut self) -> Result<T, String> {
        loop {
            match postcard::take_from_bytes::<T>(&self.buf[self.pos..]) {
                Ok((v, rest)) => {
                    self.pos = self.buf.len() - rest.len();
                    return Ok(v);
                }
                Err(postcard::Error::DeserializeUnexpectedEnd) if !self.eof => self.fill()?,
                Err(e) => return Err(format!("cannot decode: {e}")),
            }
        }
    }

    /// Whether every byte of the file was decoded.
    fn at_end(&mut self) -> Result<bool, String> {
        if self.pos == self.buf.len() && !self.eof {
            self.fill()?;
        }
        Ok(self.pos == self.buf.len())
    }
}

/// The checksum of a file's bytes from `offset` on, read a chunk at a time; the file is left where it
/// was.
fn checksum_from(
    mut input: impl std::io::Read + std::io::Seek,
    offset: u64,
) -> Result<u64, String> {
    let io = |e: std::io::Error| format!("cannot read: {e}");
    let back = input.stream_position().map_err(io)?;
    input.seek(std::io::SeekFrom::Start(offset)).map_err(io)?;
    let mut h = 0xcbf2_9ce4_8422_2325;
    let mut chunk = vec![0; CHUNK];
    loop {
        match input.read(&mut chunk) {
            Ok(0) => break,
            Ok(n) => h = fnv_update(h, &chunk[..n]),
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(io(e)),
        }
    }
    input.seek(std::io::SeekFrom::Start(back)).map_err(io)?;
    Ok(h)
}

/// `Ok(None)` for a sound snapshot of other inputs, `Err` for one that cannot be used at all. The
/// whole payload's checksum is verified (in a first pass over the file) before any entity is decoded.
fn decode(
    input: std::fs::File,
    key: u64,
    articles: &[Article],
) -> Result<Option<Vec<Entity>>, String> {
    let mut window = Window::new(&input, CHUNK);
    if window.bytes(MAGIC.len()).ok() != Some(MAGIC.as_slice()) {
        return Err("not a snapshot file".into());
    }
    let header = window
        .take::<Header>()
        .map_err(|e| format!("bad header: {e}"))?;
    if header.format != FORMAT {
        return Err(format!(
            "format {} (this version reads {FORMAT})",
            header.format
        ));
    }
    if header.fingerprint != fingerprint() {
        return Err("written by another build of dossier".into());
    }
    if header.key != key {
        return Ok(None);
    }
    if checksum_from(&input, window.offset())? != header.checksum {
        return Err("checksum mismatch (truncated or corrupt)".into());
    }
    // Entities are decoded one at a time, each straight into its final form: decoding the whole list
    // first would hold every entity twice at the reload's peak.
    let count: usize = window.take()?;
    let passage = |&(a, s, e): &Place| -> Result<Passage, String> {
        let (start, end) = (s as usize, e as usize);
        let ok = articles.get(a as usize).is_some_and(|art| {
            start <= end && art.text.is_char_boundary(start) && art.text.is_char_boundary(end)
        });
        if !ok {
            return Err("a passage lies outside the sources".into());
        }
        Ok(Passage::new(ArticleId(a), start..end))
    };
    // Every entity takes at least a byte: a count beyond the file's size is corrupt, not a reason to
    // allocate.
    let size = input.metadata().map_or(0, |m| m.len());
    let mut entities = Vec::with_capacity(count.min(usize::try_from(size).unwrap_or(usize::MAX)));
    for i in 0..count {
        let s: Stored = window.take()?;
        // Lists are filled at their exact size: collected through `Result` they would grow by doubling.
        let mut mentions = Vec::with_capacity(s.mentions.len());
        for p in &s.mentions {
            let p = passage(p)?;
            mentions.push(Mention::new(p.article, p.range()));
        }
        let mut attributes = Vec::with_capacity(s.attributes.len());
        for (key, value, place) in s.attributes {
            let provenance = match place {
                Some(p) => Provenance::Source(passage(&p)?),
                None => Provenance::Gazetteer,
            };
            attributes.push(Attribute {
                key,
                value,
                provenance,
            });
        }
        entities.push(Entity {
            id: EntityId(i as u32),
            kind: s.kind,
            name: s.name,
            aliases: s.aliases,
            attributes,
            mentions,
            gazetteer_aliases: s.gazetteer_aliases,
        });
    }
    if !window.at_end()? {
        return Err("trailing bytes after the entities".into());
    }
    Ok(Some(entities))
}

/// Writes the snapshot of `entities` under `key`, atomically. Failure only costs the next reload time.
pub(super) fn save(cache: &Cache, key: u64, entities: &[Entity]) {
    let file = path(cache);
    if let Err(e) = write(cache, key, entities) {
        tracing::warn!("index snapshot {}: cannot write: {e}", file.display());
    }
}

fn write(cache: &Cache, key: u64, entities: &[Entity]) -> std::io::Result<()> {
    let out: Vec<EntityOut<'_>> = entities.iter().map(EntityOut).collect();
    // The payload of a large corpus is a hundred megabytes: rather than held in memory, it is
    // serialized twice, once for the header's checksum and once straight to the file.
    let checksum = postcard::serialize_with_flavor(&out, Hashing(0xcbf2_9ce4_8422_2325))
        .map_err(std::io::Error::other)?;
    let header = Header {
        format: FORMAT,
        fingerprint: fingerprint(),
        key,
        checksum,
    };
    let header = postcard::to_allocvec(&header).map_err(std::io::Error::other)?;
    std::fs::create_dir_all(cache.dir())?;
    let tmp = cache
        .dir()
        .join(format!("{FILE}.{}.tmp", std::process::id()));
    let written = std::fs::File::create(&tmp).and_then(|f| {
        use std::io::Write;
        let mut w = std::io::BufWriter::new(f);
        w.write_all(MAGIC)?;
        w.write_all(&header)?;
        let mut to_file = Writing {
            out: &mut w,
            error: None,
        };
        if postcard::serialize_with_flavor(&out, &mut to_file).is_err() {
            return Err(to_file
                .error
                .unwrap_or_else(|| std::io::Error::other("cannot serialize the entities")));
        }
        w.flush()
    });
    if let Err(e) = written {
        let _ = std::fs::remove_file(&tmp);
        return Err(e);
    }
    std::fs::rename(&tmp, path(cache)).inspect_err(|_| {
        let _ = std::fs::remove_file(&tmp);
    })
}

/// A serializer's output reduced to the checksum of its bytes.
struct Hashing(u64);

impl postcard::ser_flavors::Flavor for Hashing {
    type Output = u64;

    fn try_extend(&mut self, data: &[u8]) -> postcard::Result<()> {
        self.0 = fnv_update(self.0, data);
        Ok(())
    }

    fn try_push(&mut self, data: u8) -> postcard::Result<()> {
        self.try_extend(&[data])
    }

    fn finalize(self) -> postcard::Result<u64> {
        Ok(self.0)
    }
}

/// A serializer's output written as it comes; the first write error is kept to be reported.
struct Writing<'a, W: std::io::Write> {
    out: &'a mut W,
    error: Option<std::io::Error>,
}

impl<W: std::io::Write> postcard::ser_flavors::Flavor for &mut Writing<'_, W> {
    type Output = ();

    fn try_extend(&mut self, data: &[u8]) -> postcard::Result<()> {
        self.out.write_all(data).map_err(|e| {
            self.error = Some(e);
            postcard::Error::SerializeBufferFull
        })
    }

    fn try_push(&mut self, data: u8) -> postcard::Result<()> {
        self.try_extend(&[data])
    }

    fn finalize(self) -> postcard::Result<()> {
        Ok(())
    }
}

/// Writes an [`Entity`] in the layout of [`Stored`] without copying it.
struct EntityOut<'a>(&'a Entity);

fn place<E: serde::ser::Error>(article: ArticleId, r: &std::ops::Range<usize>) -> Result<Place, E> {
    match (u32::try_from(r.start), u32::try_from(r.end)) {
        (Ok(s), Ok(e)) => Ok((article.0, s, e)),
        _ => Err(E::custom("a passage lies past 4 GiB")),
    }
}

impl Serialize for EntityOut<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let e = self.0;
        let mut st = s.serialize_struct("Stored", 6)?;
        st.serialize_field("kind", &e.kind)?;
        st.serialize_field("name", &e.name)?;
        st.serialize_field("aliases", &e.aliases)?;
        st.serialize_field("attributes", &AttributesOut(&e.attributes))?;
        st.serialize_field("mentions", &MentionsOut(&e.mentions))?;
        st.serialize_field("gazetteer_aliases", &e.gazetteer_aliases)?;
        st.end()
    }
}

struct AttributesOut<'a>(&'a [Attribute]);

impl Serialize for AttributesOut<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(Some(self.0.len()))?;
        for a in self.0 {
            let p = match &a.provenance {
                Provenance::Source(p) => Some(place::<S::Error>(p.article, &p.range())?),
                Provenance::Gazetteer => None,
            };
            seq.serialize_element(&(a.key, a.value.as_str(), p))?;
        }
        seq.end()
    }
}

struct MentionsOut<'a>(&'a [Mention]);

impl Serialize for MentionsOut<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(Some(self.0.len()))?;
        for m in self.0 {
            seq.serialize_element(&place::<S::Error>(m.article, &m.range())?)?;
        }
        seq.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::index::Index;

    fn articles(dir: &std::path::Path) -> Vec<Article> {
        let texts = [
            "Colonel-General Ruslan Safarov, Kyrgyzstan’s defense minister, opened the drills (Interfax, March 29).",
            "The talks were hosted by Safarov, who called them useful. The 25th Air Assault Brigade jumped.",
        ];
        texts
            .iter()
            .enumerate()
            .map(|(i, t)| {
                let p = dir.join(format!("a{i}.txt"));
                std::fs::write(&p, t).unwrap();
                crate::corpus::load_file(&p).unwrap()
            })
            .collect()
    }

    #[test]
    fn a_snapshot_reads_back_equal_and_only_under_its_key() {
        let dir = tempfile::tempdir().unwrap();
        let arts = articles(dir.path());
        let g = Gazetteer::default();
        let ix = Index::build(arts.clone(), &g);
        let cache = Cache::new(dir.path().join("cache"));
        let k = key(&arts, &g).unwrap();
        save(&cache, k, &ix.entities);
        assert_eq!(load(&cache, k, &arts).as_deref(), Some(&ix.entities[..]));
        assert_eq!(load(&cache, k ^ 1, &arts), None);
        // A different gazetteer is a different key.
        let other = Gazetteer::parse(
            std::path::Path::new("e.toml"),
            "[[entity]]\nname = \"Dushanbe garrison\"\nkind = \"unit\"\n",
        )
        .unwrap();
        assert_ne!(key(&arts, &other), Some(k));
    }

    #[test]
    fn damaged_or_foreign_snapshots_are_ignored() {
        let dir = tempfile::tempdir().unwrap();
        let arts = articles(dir.path());
        let g = Gazetteer::default();
        let ix = Index::build(arts.clone(), &g);
        let cache = Cache::new(dir.path().join("cache"));
        let k = key(&arts, &g).unwrap();
        save(&cache, k, &ix.entities);
        let file = path(&cache);
        let good = std::fs::read(&file).unwrap();
        // Truncated, flipped, or not a snapshot at all: never trusted, never a panic.
        for bad in [
            good[..good.len() / 2].to_vec(),
            {
                let mut b = good.clone();
                let last = b.len() - 1;
                b[last] ^= 0x55;
                b
            },
            b"garbage".to_vec(),
        ] {
            std::fs::write(&file, &bad).unwrap();
            assert_eq!(load(&cache, k, &arts), None);
        }
        // A passage past the end of its article (a source shortened without a new stamp) is refused.
        std::fs::write(&file, &good).unwrap();
        let mut short = arts.clone();
        short[1] = Article::parse(short[1].path.clone(), "Short.".into());
        assert_eq!(load(&cache, k, &short), None);
    }

    #[test]
    fn a_window_decodes_values_across_its_reads() {
        let values: Vec<(String, Vec<u32>)> = (0..50)
            .map(|i| ("x".repeat(i * 3), (0..i as u32 * 7).collect()))
            .collect();
        let mut bytes = Vec::new();
        for v in &values {
            bytes.extend(postcard::to_allocvec(v).unwrap());
        }
        for chunk in [1, 3, 64, 1 << 20] {
            let mut w = Window::new(&bytes[..], chunk);
            for v in &values {
                assert_eq!(&w.take::<(String, Vec<u32>)>().unwrap(), v);
            }
            assert!(w.at_end().unwrap());
            assert_eq!(w.offset(), bytes.len() as u64);
            // Cut inside the last value: an error, not a panic or a short value.
            let mut w = Window::new(&bytes[..bytes.len() - 1], chunk);
            for _ in 1..values.len() {
                w.take::<(String, Vec<u32>)>().unwrap();
            }
            assert!(w.take::<(String, Vec<u32>)>().is_err());
        }
    }

    #[test]
    fn sources_not_read_from_disk_have_no_key() {
        let a = Article::parse("a.txt", "President Islom Karimov spoke.".into());
        assert_eq!(key(&[a], &Gazetteer::default()), None);
    }
}
