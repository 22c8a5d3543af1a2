//! Recognition: finds officials, units, exercises, places, organizations and outlets in one article, with
//! the attributes the article states about them. Rules and gazetteers of this genre, never names of one
//! article.
//!
//! Each kind has its own module; they share one token stream ([`token`]) and one word table
//! ([`lexicon`]). Order matters a little: units and exercises are found first so that officials' posts and
//! exercises' participants can refer to them, and coreference ([`coref`]) runs last to add the short
//! mentions ("Khayrulloyev", "the Batumi base") of what was introduced in full.

pub mod coref;
pub mod exercise;
pub mod lexicon;
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

/// An entity as one article knows it, before linking across articles.
#[derive(Clone, Debug, PartialEq, Eq)]
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
        let value = value.into();
        let value = value.trim().to_string();
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

    pub fn add_mention(&mut self, r: Range<usize>) {
        if !self
            .mentions
            .iter()
            .any(|m| m.start < r.end && r.start < m.end)
        {
            self.mentions.push(r);
        }
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
}

impl<'a> Ctx<'a> {
    /// The byte range of the sentence holding token `i`.
    pub fn sentence_range(&self, i: usize) -> Range<usize> {
        let s = self.t.toks[i].sentence as usize;
        self.article.sentences[s].range.clone()
    }

    /// The entity of `kind` named `name` (exact), creating it when new.
    pub fn entity(&mut self, kind: Kind, name: &str) -> &mut Found {
        let pos = self.found.iter().position(|f| {
            f.kind == kind && (f.name == name || f.aliases.iter().any(|a| a == name))
        });
        let i = match pos {
            Some(i) => i,
            None => {
                self.found.push(Found::new(kind, name.to_string()));
                self.found.len() - 1
            }
        };
        &mut self.found[i]
    }

    /// True when some entity of one of `kinds` already has a mention overlapping `r`.
    pub fn covered(&self, r: &Range<usize>, kinds: &[Kind]) -> bool {
        self.found.iter().any(|f| {
            kinds.contains(&f.kind)
                && f.mentions
                    .iter()
                    .any(|m| m.start < r.end && r.start < m.end)
        })
    }
}

/// Recognizes the entities of one article.
pub fn recognize(article: &Article) -> Vec<Found> {
    let mut cx = Ctx {
        article,
        t: Tokens::new(article),
        found: Vec::new(),
    };
    unit::recognize(&mut cx);
    exercise::recognize(&mut cx);
    official::recognize(&mut cx);
    coref::resolve(&mut cx);
    org::recognize(&mut cx);
    place::recognize(&mut cx);
    exercise::attributes(&mut cx);
    official::quotations(&mut cx);
    let mut found = cx.found;
    for f in &mut found {
        f.mentions.sort_by_key(|m| m.start);
    }
    found.retain(|f| !f.mentions.is_empty());
    found.sort_by_key(|f| f.mentions[0].start);
    found
}
