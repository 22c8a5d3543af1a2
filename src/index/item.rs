//! What one article's recognition found, in the compact form the index keeps until entities are
//! assembled. A corpus of 100,000 articles yields millions of these: with owned strings, `usize` ranges
//! and a few allocations per item they would take more than the text itself, and the freed remains of
//! millions of small allocations would keep the process large long after. So each name and attribute
//! value is interned (one shared copy per spelling), each range is two `u32`s (sources are capped far
//! below 4 GiB, see [`crate::corpus::MAX_SOURCE_BYTES`]), and every article's items, mentions,
//! attributes and aliases sit in four flat lists, each item holding where its runs start.

use std::ops::{Deref, Range};
use std::sync::Arc;

use crate::entity::{ArticleId, AttrKey, Kind};
use crate::recognize::Found;
use crate::recognize::lexicon::FastMap;

/// An interned string: cloning it shares the one copy. One pointer wide, since every item holds one.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) struct Name(Arc<String>);

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

/// An attribute as kept: its key, its interned value (see [`Recognized::value`]) and its passage.
pub(crate) type Attr = (AttrKey, u32, Span);

/// One item on its own, as one article's recognition or a cache entry hands it over before it joins
/// the flat lists of [`Recognized`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Loose {
    pub(crate) kind: Kind,
    pub(crate) name: Name,
    pub(crate) aliases: Box<[Name]>,
    pub(crate) mentions: Box<[Span]>,
    pub(crate) attributes: Box<[Attr]>,
}

/// One recognized item in the flat lists: its kind and name, and where its runs of mentions, attributes
/// and aliases start (each ends where the next item's starts).
#[derive(Clone, Debug)]
pub(crate) struct Item {
    pub(crate) kind: Kind,
    pub(crate) name: Name,
    mentions: u32,
    attributes: u32,
    aliases: u32,
}

/// A position in one of the flat lists. Four billion entries would take far more memory than any
/// machine indexing them has, so a longer list is not expected; the last position then stands for the
/// rest, and reading a run never indexes out of bounds (see [`run`]).
fn at(len: usize) -> u32 {
    u32::try_from(len).unwrap_or(u32::MAX)
}

/// The run of `list` from `start` to `end` (an empty run when the positions make no sense).
fn run<T>(list: &[T], start: u32, end: u32) -> &[T] {
    list.get(start as usize..end as usize).unwrap_or_default()
}

/// Every article's items, article after article, in flat lists: the list linking reads (as a slice of
/// `(article, item)`), filled without a list per article or per item beside it.
#[derive(Default)]
pub(crate) struct Recognized {
    items: Vec<(ArticleId, Item)>,
    /// Where each article's items start in `items`, and where the last one's end.
    starts: Vec<usize>,
    mentions: Vec<Span>,
    attributes: Vec<Attr>,
    aliases: Vec<Name>,
    /// Attribute values by number.
    values: Vec<Name>,
}

impl Deref for Recognized {
    type Target = [(ArticleId, Item)];
    fn deref(&self) -> &[(ArticleId, Item)] {
        &self.items
    }
}

impl Recognized {
    /// Appends the items of the next article.
    pub(crate) fn push(&mut self, items: Vec<Loose>) {
        if self.starts.is_empty() {
            self.starts.push(0);
        }
        let article = ArticleId(u32::try_from(self.starts.len() - 1).unwrap_or(u32::MAX));
        for f in items {
            self.items.push((
                article,
                Item {
                    kind: f.kind,
                    name: f.name,
                    mentions: at(self.mentions.len()),
                    attributes: at(self.attributes.len()),
                    aliases: at(self.aliases.len()),
                },
            ));
            self.mentions.extend_from_slice(&f.mentions);
            self.attributes.extend_from_slice(&f.attributes);
            self.aliases.extend(f.aliases);
        }
        self.starts.push(self.items.len());
    }

    /// Gives back the lists' slack and takes the table of attribute values: the lists are complete.
    pub(crate) fn finish(&mut self, names: Interner) {
        self.items.shrink_to_fit();
        self.mentions.shrink_to_fit();
        self.attributes.shrink_to_fit();
        self.aliases.shrink_to_fit();
        self.values = names.values;
    }

    /// The positions in `items` of article `i`'s items.
    pub(crate) fn of(&self, i: usize) -> Range<usize> {
        match (self.starts.get(i), self.starts.get(i + 1)) {
            (Some(&s), Some(&e)) => s..e,
            _ => 0..0,
        }
    }

    /// Where item `i`'s runs end: where the next item's start, or the lists' ends.
    fn ends(&self, i: usize) -> (u32, u32, u32) {
        match self.items.get(i + 1) {
            Some((_, next)) => (next.mentions, next.attributes, next.aliases),
            None => (
                at(self.mentions.len()),
                at(self.attributes.len()),
                at(self.aliases.len()),
            ),
        }
    }

    /// The mentions of item `i`.
    pub(crate) fn mentions(&self, i: usize) -> &[Span] {
        match self.items.get(i) {
            Some((_, f)) => run(&self.mentions, f.mentions, self.ends(i).0),
            None => &[],
        }
    }

    /// The attributes of item `i` (values by number, see [`Recognized::value`]).
    pub(crate) fn attributes(&self, i: usize) -> &[Attr] {
        match self.items.get(i) {
            Some((_, f)) => run(&self.attributes, f.attributes, self.ends(i).1),
            None => &[],
        }
    }

    /// The aliases of item `i`.
    pub(crate) fn aliases(&self, i: usize) -> &[Name] {
        match self.items.get(i) {
            Some((_, f)) => run(&self.aliases, f.aliases, self.ends(i).2),
            None => &[],
        }
    }

    /// An attribute value by number.
    pub(crate) fn value(&self, id: u32) -> &str {
        self.values.get(id as usize).map_or("", Name::as_str)
    }

    /// The country item `i` is said to belong to, if any.
    pub(crate) fn country(&self, i: usize) -> Option<&str> {
        self.attributes(i)
            .iter()
            .find(|a| a.0 == AttrKey::Country)
            .map(|a| self.value(a.1))
    }
}

/// One copy of each string seen so far; attribute values are also numbered.
#[derive(Default)]
pub(crate) struct Interner {
    names: FastMap<Name, ()>,
    numbers: FastMap<Name, u32>,
    values: Vec<Name>,
}

impl Interner {
    pub(crate) fn name(&mut self, s: &str) -> Name {
        if let Some((a, ())) = self.names.get_key_value(s) {
            return a.clone();
        }
        let a = Name(Arc::new(s.to_string()));
        self.names.insert(a.clone(), ());
        a
    }

    /// The number of an attribute value.
    pub(crate) fn value(&mut self, s: &str) -> u32 {
        if let Some(&n) = self.numbers.get(s) {
            return n;
        }
        let n = at(self.values.len());
        let name = self.name(s);
        self.values.push(name.clone());
        self.numbers.insert(name, n);
        n
    }

    /// The compact form of one article's recognition.
    pub(crate) fn items(&mut self, found: Vec<Found>) -> Vec<Loose> {
        found.into_iter().map(|f| self.item(f)).collect()
    }

    fn item(&mut self, f: Found) -> Loose {
        Loose {
            kind: f.kind,
            name: self.name(&f.name),
            aliases: f.aliases.iter().map(|a| self.name(a)).collect(),
            mentions: f.mentions.iter().filter_map(Span::new).collect(),
            attributes: f
                .attributes
                .iter()
                .filter_map(|(k, v, r)| Some((*k, self.value(v), Span::new(r)?)))
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found() -> Vec<Found> {
        let mut found = Found::new(Kind::Official, "Ruslan Safarov".into());
        found.aliases.push("Safarov".into());
        found.mentions = vec![3..17, 40..47];
        found.attr(AttrKey::Rank, "Colonel-General", 0..60);
        found.attr(AttrKey::Country, "Tajikistan", 0..60);
        let mut other = Found::new(Kind::Official, "Safarov".into());
        other.mentions.push(5..12);
        other.attr(AttrKey::Rank, "Colonel-General", 61..90);
        vec![found, other]
    }

    #[test]
    fn one_copy_per_spelling_and_ranges_survive() {
        let mut interner = Interner::default();
        let items = interner.items(found());
        assert!(Arc::ptr_eq(&items[0].aliases[0].0, &items[1].name.0));
        assert_eq!(items[0].name.as_str(), "Ruslan Safarov");
        let ranges: Vec<_> = items[0].mentions.iter().map(|s| s.range()).collect();
        assert_eq!(ranges, [3..17, 40..47]);
        assert_eq!(items[0].attributes[0].1, items[1].attributes[0].1);
        assert_eq!(items[0].attributes[0].2.range(), 0..60);
    }

    #[test]
    fn flat_lists_give_back_each_items_runs() {
        let mut interner = Interner::default();
        let first = interner.items(found());
        let second = interner.items(found().into_iter().rev().collect());
        let mut all = Recognized::default();
        all.push(first);
        all.push(Vec::new());
        all.push(second);
        all.finish(interner);
        assert_eq!(
            (all.of(0), all.of(1), all.of(2), all.of(3)),
            (0..2, 2..2, 2..4, 0..0)
        );
        assert_eq!(all[3].0, ArticleId(2));
        assert_eq!(all[3].1.name.as_str(), "Ruslan Safarov");
        let ranges: Vec<_> = all.mentions(3).iter().map(|s| s.range()).collect();
        assert_eq!(ranges, [3..17, 40..47]);
        assert_eq!(all.mentions(2).len(), 1);
        assert_eq!(all.aliases(3)[0].as_str(), "Safarov");
        assert!(all.aliases(2).is_empty() && all.aliases(1).is_empty());
        assert_eq!(all.value(all.attributes(1)[0].1), "Colonel-General");
        assert_eq!(all.country(3), Some("Tajikistan"));
        assert_eq!(all.country(2), None);
        assert!(all.mentions(4).is_empty() && all.attributes(9).is_empty());
    }

    #[test]
    fn ranges_past_four_gib_are_refused() {
        assert_eq!(Span::new(&(0..(u32::MAX as usize + 1))), None);
        assert_eq!(Span::new(&(1..2)), Some(Span(1, 2)));
    }
}
