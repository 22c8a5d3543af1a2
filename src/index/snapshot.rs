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
    let bytes = match std::fs::read(&file) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return None,
        Err(e) => {
            tracing::warn!("index snapshot {}: cannot read: {e}", file.display());
            return None;
        }
    };
    match decode(&bytes, key, articles) {
        Ok(entities) => entities,
        Err(why) => {
            tracing::warn!("index snapshot {}: {why}; rebuilding it", file.display());
            None
        }
    }
}

/// `Ok(None)` for a sound snapshot of other inputs, `Err` for one that cannot be used at all.
fn decode(bytes: &[u8], key: u64, articles: &[Article]) -> Result<Option<Vec<Entity>>, String> {
    let rest = bytes
        .strip_prefix(MAGIC.as_slice())
        .ok_or("not a snapshot file")?;
    let (header, payload) =
        postcard::take_from_bytes::<Header>(rest).map_err(|e| format!("bad header: {e}"))?;
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
    if fnv_update(0xcbf2_9ce4_8422_2325, payload) != header.checksum {
        return Err("checksum mismatch (truncated or corrupt)".into());
    }
    // Entities are decoded one at a time, each straight into its final form: decoding the whole list
    // first would hold every entity twice at the reload's peak.
    let (count, mut rest) =
        postcard::take_from_bytes::<usize>(payload).map_err(|e| format!("cannot decode: {e}"))?;
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
    // Every entity takes at least a byte: a count beyond that is corrupt, not a reason to allocate.
    let mut entities = Vec::with_capacity(count.min(rest.len()));
    for i in 0..count {
        let (s, after) =
            postcard::take_from_bytes::<Stored>(rest).map_err(|e| format!("cannot decode: {e}"))?;
        rest = after;
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
    if !rest.is_empty() {
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
    fn sources_not_read_from_disk_have_no_key() {
        let a = Article::parse("a.txt", "President Islom Karimov spoke.".into());
        assert_eq!(key(&[a], &Gazetteer::default()), None);
    }
}
