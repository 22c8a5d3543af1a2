//! Finding known entities in any text (a note, a source opened in the editor): exact names and aliases, and
//! spellings that differ from every source (transliteration variants and typos).

pub mod quote;

use std::ops::Range;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use crate::entity::{Entity, EntityId};

/// How a piece of text names an entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MatchQuality {
    /// Exactly a name or alias the sources or the gazetteer use.
    Exact,
    /// A spelling no source uses that is close to one that does.
    Variant,
}

/// One place where a text names an entity.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Match {
    pub range: Range<usize>,
    pub entity: EntityId,
    pub quality: MatchQuality,
}

/// Finds the index's entities in text. Built once per index.
#[derive(Debug)]
pub struct Matcher {
    automaton: Option<AhoCorasick>,
    /// Entity of each automaton pattern.
    owners: Vec<EntityId>,
}

impl Matcher {
    pub fn new(entities: &[Entity]) -> Matcher {
        let mut patterns = Vec::new();
        let mut owners = Vec::new();
        for e in entities {
            for name in e.names() {
                patterns.push(name.to_string());
                owners.push(e.id);
            }
        }
        let automaton = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&patterns)
            .ok();
        Matcher { automaton, owners }
    }

    /// Every mention of a known entity in `text`, in order, not overlapping.
    pub fn find(&self, text: &str) -> Vec<Match> {
        let Some(ac) = &self.automaton else {
            return Vec::new();
        };
        ac.find_iter(text)
            .filter(|m| is_word_boundary(text, m.start()) && is_word_boundary(text, m.end()))
            .map(|m| Match {
                range: m.start()..m.end(),
                entity: self.owners[m.pattern().as_usize()],
                quality: MatchQuality::Exact,
            })
            .collect()
    }
}

/// True when `at` does not split a word (letters or digits on both sides).
fn is_word_boundary(text: &str, at: usize) -> bool {
    let before = text[..at].chars().next_back();
    let after = text[at..].chars().next();
    !matches!((before, after), (Some(b), Some(a)) if b.is_alphanumeric() && a.is_alphanumeric())
}
