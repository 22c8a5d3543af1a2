//! Recognition: finds officials, units, exercises, places, organizations and outlets in one article, with
//! the attributes the article states about them. Rules and gazetteers of this genre, never names of one
//! article.
//!
//! Each kind has its own module; they share one token stream ([`token`]) and one word table
//! ([`lexicon`]). Order matters a little: units and exercises are found first so that officials' posts and
//! exercises' participants can refer to them, and coreference ([`coref`]) runs last to add the short
//! mentions ("Safarov", "the Gudauta base") of what was introduced in full.

pub mod coref;
pub mod exercise;
pub mod facts;
pub mod foreign_unit;
pub mod lexicon;
pub mod military;
pub mod official;
pub mod org;
pub mod place;
pub mod token;
pub mod translit;
pub mod unit;

use std::ops::Range;

use crate::corpus::Article;
use crate::entity::{AttrKey, Kind};
use token::Tokens;

/// An entity as one article knows it, before linking across articles. Serializable: the index cache keeps
/// it per source file.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Found {
    pub kind: Kind,
    /// The fullest name the article gives.
    pub name: String,
    /// Other names the article gives it (a translation in parentheses, an acronym, …).
    pub aliases: Vec<String>,
    /// Byte ranges of every mention, in order.
    pub mentions: Vec<Range<usize>>,
    /// What the article says about it, with the byte range of the passage that says it.
    pub attributes: Vec<(AttrKey, String, Range<usize>)>,
}

impl Found {
    pub fn new(kind: Kind, name: String) -> Found {
        Found {
            kind,
            name,
            aliases: Vec::new(),
            mentions: Vec::new(),
            attributes: Vec::new(),
        }
    }

    /// Adds an attribute unless the same key and value are already there.
    pub fn attr(&mut self, key: AttrKey, value: impl Into<String>, passage: Range<usize>) {
        let mut value: String = value.into();
        // Most values come trimmed: they are kept without a copy.
        if value.trim().len() != value.len() {
            value = value.trim().to_string();
        }
        if value.is_empty() {
            return;
        }
        if !self
            .attributes
            .iter()
            .any(|(k, v, _)| *k == key && v.eq_ignore_ascii_case(&value))
        {
            self.attributes.push((key, value, passage));
        }
    }

    /// Adds a mention; overlapping ones are resolved by [`Found::normalize_mentions`] (the longer wins).
    pub fn add_mention(&mut self, r: Range<usize>) {
        self.mentions.push(r);
    }

    /// Sorts mentions and drops those overlapping a longer one.
    pub fn normalize_mentions(&mut self) {
        let m = &mut self.mentions;
        m.sort_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
        // In place: `kept` mentions survive at the front.
        let mut kept: usize = 0;
        for i in 0..m.len() {
            let r = m[i].clone();
            match kept.checked_sub(1).map(|k| &mut m[k]) {
                Some(last) if r.start < last.end => {
                    if r.end - r.start > last.end - last.start {
                        *last = r;
                    }
                }
                _ => {
                    m[kept] = r;
                    kept += 1;
                }
            }
        }
        m.truncate(kept);
    }

    pub fn add_alias(&mut self, alias: &str) {
        if alias != self.name && !self.aliases.iter().any(|a| a == alias) {
            self.aliases.push(alias.to_string());
        }
    }
}

/// What one article yields, built up by the recognizers in turn.
pub struct Ctx<'a> {
    pub article: &'a Article,
    pub t: Tokens<'a>,
    pub found: Vec<Found>,
    /// Entity by kind and name (or alias), so that adding a mention stays O(1) in long articles.
    by_name: [lexicon::FastMap<String, usize>; 6],
}

/// Mention ranges of some kinds, sorted, for overlap queries by binary search.
pub struct Occupied(Vec<(usize, usize, usize)>);

impl Occupied {
    /// The mentions of entities of `kinds` in `found`, with the entity index.
    pub fn of(found: &[Found], kinds: &[Kind]) -> Occupied {
        // Counted first, so that the list is allocated once: a list collected from nested iterators
        // grows (and is copied) several times in an article with many mentions.
        // The kinds as bits: every entity is tested, twice.
        let mask = kinds.iter().fold(0u32, |m, &k| m | 1 << k as u32);
        let of_kinds = || {
            found
                .iter()
                .enumerate()
                .filter(move |(_, f)| mask & 1 << f.kind as u32 != 0)
        };
        let n = of_kinds().map(|(_, f)| f.mentions.len()).sum();
        let mut v: Vec<(usize, usize, usize)> = Vec::with_capacity(n);
        for (i, f) in of_kinds() {
            v.extend(f.mentions.iter().map(|m| (m.start, m.end, i)));
        }
        v.sort_unstable();
        Occupied(v)
    }

    /// Entities with a mention overlapping `r`.
    pub fn overlapping(&self, r: &Range<usize>) -> impl Iterator<Item = usize> + '_ {
        // Mentions are short: any overlapping one starts less than 256 bytes before `r.start`.
        let (start, end) = (r.start, r.end);
        let lo = self.0.partition_point(|m| m.0 + 256 < start);
        self.0[lo..]
            .iter()
            .take_while(move |m| m.0 < end)
            .filter(move |m| m.1 > start)
            .map(|m| m.2)
    }

    /// Mentions inside `r`: (start, end, entity).
    pub fn within(&self, r: &Range<usize>) -> impl Iterator<Item = (usize, usize, usize)> + '_ {
        let (start, end) = (r.start, r.end);
        let lo = self.0.partition_point(|m| m.0 < start);
        self.0[lo..]
            .iter()
            .take_while(move |m| m.0 < end)
            .filter(move |m| m.1 <= end)
            .copied()
    }

    pub fn any(&self, r: &Range<usize>) -> bool {
        self.overlapping(r).next().is_some()
    }
}

impl<'a> Ctx<'a> {
    /// The byte range of the sentence holding token `i`.
    pub fn sentence_range(&self, i: usize) -> Range<usize> {
        let s = self.t.toks[i].sentence as usize;
        self.article.sentences[s].range()
    }

    /// The entity of `kind` named `name` (exact), creating it when new.
    pub fn entity(&mut self, kind: Kind, name: &str) -> &mut Found {
        let i = match self.by_name[kind as usize].get(name) {
            Some(&i) => i,
            None => {
                self.found.push(Found::new(kind, name.to_string()));
                let i = self.found.len() - 1;
                self.by_name[kind as usize].insert(name.to_string(), i);
                i
            }
        };
        &mut self.found[i]
    }

    /// Forgets the name index after entities were removed or merged.
    pub fn reindex(&mut self) {
        for m in &mut self.by_name {
            m.clear();
        }
        for (i, f) in self.found.iter().enumerate() {
            for n in std::iter::once(&f.name).chain(&f.aliases) {
                self.by_name[f.kind as usize].entry(n.clone()).or_insert(i);
            }
        }
    }
}

/// Recognizes the entities of one article.
pub fn recognize(article: &Article) -> Vec<Found> {
    // Room for the entities of a typical article at once: growing the list and the name maps one
    // entity at a time cost more than the rules that find them.
    let mut cx = Ctx {
        article,
        t: Tokens::new(article),
        found: Vec::with_capacity(32),
        by_name: std::array::from_fn(|_| {
            lexicon::FastMap::with_capacity_and_hasher(8, Default::default())
        }),
    };
    unit::recognize(&mut cx);
    exercise::recognize(&mut cx);
    official::recognize(&mut cx);
    coref::resolve(&mut cx);
    unit::yield_designations(&mut cx);
    org::recognize(&mut cx);
    place::recognize(&mut cx);
    exercise::attributes(&mut cx);
    facts::unit_countries(&mut cx);
    official::quotations(&mut cx);
    let mut found = cx.found;
    for f in &mut found {
        f.normalize_mentions();
    }
    found.retain(|f| !f.mentions.is_empty());
    found.sort_by_key(|f| f.mentions[0].start);
    found
}

/// What the recognizers' unit tests share: recognizing a snippet and reading attributes back.
#[cfg(test)]
pub mod testing {
    use super::{Found, recognize};
    use crate::corpus::Article;
    use crate::entity::{AttrKey, Kind};

    /// The entities of one kind recognized in a one-article snippet.
    pub fn found(text: &str, kind: Kind) -> Vec<Found> {
        let a = Article::parse("t.txt", text.to_string());
        recognize(&a)
            .into_iter()
            .filter(|f| f.kind == kind)
            .collect()
    }

    /// The values of one attribute, in order.
    pub fn attr(f: &Found, k: AttrKey) -> Vec<&str> {
        f.attributes
            .iter()
            .filter(|a| a.0 == k)
            .map(|a| a.1.as_str())
            .collect()
    }
}
