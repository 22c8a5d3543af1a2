//! The plain data the index is made of: entities, their mentions and attributes, and where each comes from.

use std::ops::Range;

use serde::{Deserialize, Serialize};

/// Index of an article in [`crate::index::Index::articles`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct ArticleId(pub u32);

/// Index of an entity in [`crate::index::Index::entities`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct EntityId(pub u32);

/// What an entity is. The first three are what notes are about; the rest support them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Official,
    Unit,
    Exercise,
    Place,
    Organization,
    Outlet,
}

impl Kind {
    pub const ALL: [Kind; 6] = [
        Kind::Official,
        Kind::Unit,
        Kind::Exercise,
        Kind::Place,
        Kind::Organization,
        Kind::Outlet,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Official => "official",
            Kind::Unit => "unit",
            Kind::Exercise => "exercise",
            Kind::Place => "place",
            Kind::Organization => "organization",
            Kind::Outlet => "outlet",
        }
    }

    pub fn parse(s: &str) -> Option<Kind> {
        Kind::ALL
            .into_iter()
            .find(|k| k.as_str().eq_ignore_ascii_case(s.trim()))
    }
}

/// A byte offset into an article. Sources are refused far below 4 GiB
/// ([`crate::corpus::MAX_SOURCE_BYTES`]); an offset past that (text from elsewhere) is clamped.
fn offset(at: usize) -> u32 {
    u32::try_from(at).unwrap_or(u32::MAX)
}

/// A stretch of one article's text (UTF-8 byte range into [`crate::corpus::Article::text`]). Offsets are
/// `u32`s: an index holds millions of passages and mentions, at half the size of `usize` ranges.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Passage {
    pub article: ArticleId,
    start: u32,
    /// One past the end: never zero, so that [`Provenance`] needs no room beside the passage for saying
    /// which it is (an index holds millions of attributes).
    end_1: std::num::NonZeroU32,
}

impl Passage {
    pub fn new(article: ArticleId, range: Range<usize>) -> Passage {
        Passage {
            article,
            start: offset(range.start),
            end_1: std::num::NonZeroU32::MIN.saturating_add(offset(range.end)),
        }
    }

    /// Byte range in the article's text.
    pub fn range(&self) -> Range<usize> {
        self.start as usize..(self.end_1.get() - 1) as usize
    }
}

/// One place where an article names an entity.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Mention {
    pub article: ArticleId,
    start: u32,
    end: u32,
}

impl Mention {
    pub fn new(article: ArticleId, range: Range<usize>) -> Mention {
        Mention {
            article,
            start: offset(range.start),
            end: offset(range.end),
        }
    }

    /// Byte range of the name as written (without a possessive `'s`).
    pub fn range(&self) -> Range<usize> {
        self.start as usize..self.end as usize
    }
}

/// What an attribute says. Checks look attributes up by key, so keys are a closed set.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AttrKey {
    /// Military or police rank ("Colonel-General"); a title of office such as "President" is a post.
    Rank,
    /// Office held ("defense minister", "deputy minister of foreign affairs").
    Post,
    /// Country or organization an official or unit belongs to.
    Country,
    /// Words attributed to an official; the passage is the quotation.
    Quote,
    /// Parent formation of a unit.
    PartOf,
    /// Where a unit is based or an exercise takes place.
    BasedIn,
    /// When an exercise, visit or statement happened.
    Date,
    /// Where an exercise, visit or statement happened.
    Place,
    /// How many took part ("more than 3,000 servicemen and officers").
    Participants,
    /// Units, agencies and countries that took part.
    Participant,
    Stages,
    Duration,
    Scenario,
    /// A free-text note the analyst wrote in the gazetteer.
    Note,
}

impl AttrKey {
    pub fn as_str(self) -> &'static str {
        match self {
            AttrKey::Rank => "rank",
            AttrKey::Post => "post",
            AttrKey::Country => "country",
            AttrKey::Quote => "quote",
            AttrKey::PartOf => "part_of",
            AttrKey::BasedIn => "based_in",
            AttrKey::Date => "date",
            AttrKey::Place => "place",
            AttrKey::Participants => "participants",
            AttrKey::Participant => "participant",
            AttrKey::Stages => "stages",
            AttrKey::Duration => "duration",
            AttrKey::Scenario => "scenario",
            AttrKey::Note => "note",
        }
    }
}

/// Where an attribute's value comes from.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Provenance {
    /// Stated by a source article: the passage that says it (usually its sentence).
    Source(Passage),
    /// Written by the analyst in the gazetteer.
    Gazetteer,
}

/// One thing the sources (or the analyst) say about an entity.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Attribute {
    pub key: AttrKey,
    pub value: String,
    pub provenance: Provenance,
}

/// An official, unit, exercise, place, organization or outlet, linked across every article that names it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entity {
    pub id: EntityId,
    pub kind: Kind,
    /// Canonical name: the fullest form the sources give (or the gazetteer's name).
    pub name: String,
    /// Other names and spellings seen in the sources or listed in the gazetteer (without `name`).
    pub aliases: Vec<String>,
    pub attributes: Vec<Attribute>,
    /// Every mention in the sources, in article then byte order.
    pub mentions: Vec<Mention>,
    /// Aliases the analyst declared acceptable: notes may use them without a `name-variant` finding.
    pub gazetteer_aliases: Vec<String>,
}

impl Entity {
    /// Values of one attribute, in source order.
    pub fn attr(&self, key: AttrKey) -> impl Iterator<Item = &Attribute> {
        self.attributes.iter().filter(move |a| a.key == key)
    }

    /// Every name this entity goes by: the canonical name first, then aliases.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.name.as_str())
            .chain(self.aliases.iter().map(String::as_str))
            .chain(self.gazetteer_aliases.iter().map(String::as_str))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mentions_and_passages_are_compact_and_give_their_ranges_back() {
        let m = Mention::new(ArticleId(3), 17..29);
        assert_eq!((m.article, m.range()), (ArticleId(3), 17..29));
        let p = Passage::new(ArticleId(1), 0..4096);
        assert_eq!(p.range(), 0..4096);
        // Millions of these make up an index: three u32s each.
        assert_eq!(std::mem::size_of::<Mention>(), 12);
        assert_eq!(std::mem::size_of::<Passage>(), 12);
        assert_eq!(std::mem::size_of::<Provenance>(), 12);
        let far = Passage::new(ArticleId(0), 0..u32::MAX as usize);
        assert_eq!(far.range(), 0..u32::MAX as usize - 1);
    }
}
