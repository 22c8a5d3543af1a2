//! What one article's recognition found, in the compact form the index keeps until entities are
//! assembled. A corpus of 100,000 articles yields millions of these: with owned strings and `usize`
//! ranges they would take several times the text, while a name is spelled a few thousand ways at most.
//! So each name and attribute value is interned (one shared copy per spelling) and each range is two
//! `u32`s (sources are capped far below 4 GiB, see [`crate::corpus::MAX_SOURCE_BYTES`]).

use std::ops::{Deref, Range};
use std::sync::Arc;

use crate::entity::{ArticleId, AttrKey, Kind};
use crate::recognize::Found;
use crate::recognize::lexicon::FastMap;

/// An interned string: cloning it shares the one copy.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) struct Name(Arc<str>);

impl Name {
    pub(crate) fn as_str(&self) -> &str {
        &self.0
    }
}

impl Deref for Name {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl std::borrow::Borrow<str> for Name {
    fn borrow(&self) -> &str {
        &self.0
    }
}

/// A byte range of an article as two `u32`s.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub(crate) struct Span(pub(crate) u32, pub(crate) u32);

impl Span {
    /// `None` for a range past 4 GiB, which no loaded source reaches.
    pub(crate) fn new(r: &Range<usize>) -> Option<Span> {
        Some(Span(
            u32::try_from(r.start).ok()?,
            u32::try_from(r.end).ok()?,
        ))
    }

    pub(crate) fn range(self) -> Range<usize> {
        self.0 as usize..self.1 as usize
    }
}

/// [`Found`] with interned strings and compact ranges.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Item {
    pub(crate) kind: Kind,
    pub(crate) name: Name,
    pub(crate) aliases: Box<[Name]>,
    pub(crate) mentions: Box<[Span]>,
    pub(crate) attributes: Box<[(AttrKey, Name, Span)]>,
}

/// Every article's items in one list, article after article: the list linking reads, filled without a
/// list per article beside it.
#[derive(Default)]
pub(crate) struct Recognized {
    pub(crate) items: Vec<(ArticleId, Item)>,
    /// Where each article's items start in `items`, and where the last one's end.
    starts: Vec<usize>,
}

impl Recognized {
    /// Appends the items of the next article.
    pub(crate) fn push(&mut self, items: Vec<Item>) {
        if self.starts.is_empty() {
            self.starts.push(0);
        }
        let article = ArticleId(u32::try_from(self.starts.len() - 1).unwrap_or(u32::MAX));
        self.items.extend(items.into_iter().map(|f| (article, f)));
        self.starts.push(self.items.len());
    }

    /// The items of article `i`.
    pub(crate) fn of(&self, i: usize) -> &[(ArticleId, Item)] {
        match (self.starts.get(i), self.starts.get(i + 1)) {
            (Some(&s), Some(&e)) => &self.items[s..e],
            _ => &[],
        }
    }
}

/// One copy of each string seen so far.
#[derive(Default)]
pub(crate) struct Interner(FastMap<Arc<str>, ()>);

impl Interner {
    pub(crate) fn name(&mut self, s: &str) -> Name {
        if let Some((a, ())) = self.0.get_key_value(s) {
            return Name(a.clone());
        }
        let a: Arc<str> = Arc::from(s);
        self.0.insert(a.clone(), ());
        Name(a)
    }

    /// The compact form of one article's recognition.
    pub(crate) fn items(&mut self, found: Vec<Found>) -> Vec<Item> {
        found.into_iter().map(|f| self.item(f)).collect()
    }

    fn item(&mut self, f: Found) -> Item {
        Item {
            kind: f.kind,
            name: self.name(&f.name),
            aliases: f.aliases.iter().map(|a| self.name(a)).collect(),
            mentions: f.mentions.iter().filter_map(Span::new).collect(),
            attributes: f
                .attributes
                .iter()
                .filter_map(|(k, v, r)| Some((*k, self.name(v), Span::new(r)?)))
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_copy_per_spelling_and_ranges_survive() {
        let mut found = Found::new(Kind::Official, "Ruslan Safarov".into());
        found.aliases.push("Safarov".into());
        found.mentions = vec![3..17, 40..47];
        found.attr(AttrKey::Rank, "Colonel-General", 0..60);
        let mut other = Found::new(Kind::Official, "Safarov".into());
        other.mentions.push(5..12);
        let mut interner = Interner::default();
        let items = interner.items(vec![found, other]);
        assert!(Arc::ptr_eq(&items[0].aliases[0].0, &items[1].name.0));
        assert_eq!(items[0].name.as_str(), "Ruslan Safarov");
        let ranges: Vec<_> = items[0].mentions.iter().map(|s| s.range()).collect();
        assert_eq!(ranges, [3..17, 40..47]);
        assert_eq!(items[0].attributes[0].1.as_str(), "Colonel-General");
        assert_eq!(items[0].attributes[0].2.range(), 0..60);
    }

    #[test]
    fn ranges_past_four_gib_are_refused() {
        assert_eq!(Span::new(&(0..(u32::MAX as usize + 1))), None);
        assert_eq!(Span::new(&(1..2)), Some(Span(1, 2)));
    }
}
