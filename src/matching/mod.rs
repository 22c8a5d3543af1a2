//! Finding known entities in any text (a note, a source opened in the editor): exact names and aliases
//! (whatever the case of the first letter, across hard line breaks, before a possessive), and spellings
//! that differ from every source (transliteration variants and typos). A mention lies within one
//! paragraph ([`paragraphs`]).

pub mod normalize;
pub mod paragraphs;
pub mod quote;
pub mod variant;

use std::collections::HashMap;
use std::ops::Range;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use crate::entity::{Entity, EntityId, Kind};
use normalize::Normalized;
use variant::{Part, VariantIndex};

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

/// A misspelled word inside a variant match and the sources' spelling of it.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Correction {
    pub range: Range<usize>,
    pub expected: String,
}

/// A match with what checks need beyond [`Match`]: every entity the words may name (a surname two
/// officials share names both) and, for a variant, the words to correct.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DetailedMatch {
    pub range: Range<usize>,
    pub quality: MatchQuality,
    /// Candidates, best first; more than one means the words alone do not tell which entity.
    pub entities: Vec<EntityId>,
    pub corrections: Vec<Correction>,
}

impl DetailedMatch {
    /// The entity when the words name exactly one.
    pub fn unique(&self) -> Option<EntityId> {
        (self.entities.len() == 1).then(|| self.entities[0])
    }

    /// The match as [`Matcher::find`] gives it: naming its first (best) candidate.
    pub fn first(&self) -> Option<Match> {
        Some(Match {
            range: self.range.clone(),
            entity: *self.entities.first()?,
            quality: self.quality,
        })
    }
}

/// What [`VariantIndex::lookup`] said of each word, by word, within one search.
type LookedUp<'t> = HashMap<&'t str, Vec<&'t variant::Target>>;

/// Finds the index's entities in text. Built once per index.
#[derive(Debug)]
pub struct Matcher {
    automaton: Option<AhoCorasick>,
    /// Entities of each automaton pattern (one pattern per distinct normalized name).
    owners: Vec<Vec<EntityId>>,
    /// Kind of each entity, by id, to rank candidates.
    kinds: Vec<Kind>,
    /// Given names of each official, by id, to extend a variant surname over the name before it.
    given_names: Vec<Vec<String>>,
    variants: VariantIndex,
}

impl Matcher {
    pub fn new(entities: &[Entity]) -> Matcher {
        let mut by_pattern: HashMap<String, Vec<EntityId>> = HashMap::new();
        let mut order: Vec<String> = Vec::new();
        let mut add = |name: &str, id: EntityId| {
            let p = normalize::name(name);
            if p.chars().count() < 2 {
                return;
            }
            let slot = by_pattern.entry(p.to_lowercase()).or_insert_with(|| {
                order.push(p.to_lowercase());
                Vec::new()
            });
            if !slot.contains(&id) {
                slot.push(id);
            }
        };
        for e in entities {
            for n in e.names() {
                add(n, e.id);
            }
        }
        // A bare surname names an official ("Petrov said"), unless it is one of several.
        for e in entities.iter().filter(|e| e.kind == Kind::Official) {
            if let Some(surname) = e
                .name
                .split_whitespace()
                .last()
                .filter(|_| e.name.contains(' '))
            {
                if surname.chars().count() >= 4
                    && surname.chars().next().is_some_and(char::is_uppercase)
                {
                    add(surname, e.id);
                }
            }
        }
        let owners: Vec<Vec<EntityId>> = order
            .iter()
            .map(|p| by_pattern.remove(p).unwrap_or_default())
            .collect();
        let automaton = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .ascii_case_insensitive(true)
            .build(&order)
            .ok();
        let mut kinds = vec![Kind::Place; entities.len()];
        for e in entities {
            if let Some(k) = kinds.get_mut(e.id.0 as usize) {
                *k = e.kind;
            }
        }
        let mut given_names = vec![Vec::new(); entities.len()];
        for e in entities.iter().filter(|e| e.kind == Kind::Official) {
            let words: Vec<&str> = e.name.split_whitespace().collect();
            if let Some(slot) = given_names.get_mut(e.id.0 as usize) {
                *slot = words[..words.len().saturating_sub(1)]
                    .iter()
                    .map(|w| w.to_string())
                    .collect();
            }
        }
        Matcher {
            automaton,
            owners,
            kinds,
            given_names,
            variants: VariantIndex::new(entities),
        }
    }

    /// Every mention of a known entity in `text`, in order, not overlapping. A variant spelling is a
    /// mention too (`quality: Variant`); words that may name several entities name the first.
    pub fn find(&self, text: &str) -> Vec<Match> {
        self.find_detailed(text)
            .iter()
            .filter_map(DetailedMatch::first)
            .collect()
    }

    /// Like [`Matcher::find`], with every candidate entity and the corrections of variants.
    pub fn find_detailed(&self, text: &str) -> Vec<DetailedMatch> {
        let mut out = Vec::new();
        let mut start = 0;
        // A note repeats its words (ranks, places, the same officials): each is looked up once.
        let mut looked_up = LookedUp::new();
        for end in paragraphs::cuts(text).chain([text.len()]) {
            let found = self.find_in_paragraph(&text[start..end], &mut looked_up);
            if start == 0 {
                out = found;
            } else {
                out.extend(
                    found
                        .into_iter()
                        .map(|m| paragraphs::shifted(m, start as isize)),
                );
            }
            start = end;
        }
        out
    }

    /// The mentions in one paragraph.
    fn find_in_paragraph<'t>(
        &'t self,
        text: &'t str,
        looked_up: &mut LookedUp<'t>,
    ) -> Vec<DetailedMatch> {
        let norm = Normalized::new(text);
        let mut out = self.exact(text, &norm);
        let variants = self.variant_matches(text, &out, looked_up);
        if !variants.is_empty() {
            out.extend(variants);
            out.sort_by_key(|m| m.range.start);
            out = merge_adjacent(text, out);
        }
        out
    }

    fn exact(&self, text: &str, norm: &Normalized) -> Vec<DetailedMatch> {
        let Some(ac) = &self.automaton else {
            return Vec::new();
        };
        let n = &norm.text;
        ac.find_iter(n.as_str())
            .filter(|m| is_word_boundary(n, m.start()) && is_word_boundary(n, m.end()))
            .filter_map(|m| {
                let words = &n[m.start()..m.end()];
                // Names are capitalized: "rahmonov" in lower case is not taken for a name, but a
                // lower-case first letter is accepted for names that begin with a digit ("58th").
                let first = words.chars().next()?;
                if first.is_lowercase() {
                    return None;
                }
                let range = norm.original(m.start(), m.end());
                let mut entities = self.owners.get(m.pattern().as_usize())?.clone();
                entities.sort_by_key(|e| self.kind_rank(*e));
                let _ = text;
                Some(DetailedMatch {
                    range,
                    quality: MatchQuality::Exact,
                    entities,
                    corrections: Vec::new(),
                })
            })
            .collect()
    }

    fn kind_rank(&self, e: EntityId) -> usize {
        match self.kinds.get(e.0 as usize) {
            Some(Kind::Official) => 0,
            Some(Kind::Unit) => 1,
            Some(Kind::Exercise) => 2,
            _ => 3,
        }
    }

    /// Capitalized words outside exact matches that are variants of a known spelling.
    fn variant_matches<'t>(
        &'t self,
        text: &'t str,
        exact: &[DetailedMatch],
        looked_up: &mut LookedUp<'t>,
    ) -> Vec<DetailedMatch> {
        let mut out = Vec::new();
        let mut ex = exact.iter().peekable();
        for (range, word) in capitalized_words(text) {
            while ex.peek().is_some_and(|m| m.range.end <= range.start) {
                ex.next();
            }
            if ex.peek().is_some_and(|m| m.range.start < range.end) {
                continue;
            }
            let targets = looked_up
                .entry(word)
                .or_insert_with(|| self.variants.lookup(word));
            if targets.is_empty() {
                continue;
            }
            let mut entities: Vec<EntityId> = Vec::new();
            let mut spellings: Vec<&str> = Vec::new();
            let mut given_only = true;
            for &t in targets.iter() {
                if !entities.contains(&t.entity) {
                    entities.push(t.entity);
                }
                if !spellings.contains(&t.spelling.as_str()) {
                    spellings.push(&t.spelling);
                }
                given_only &= t.part == Part::Given;
            }
            // Without one spelling to offer, the word is too ambiguous to call a variant.
            if spellings.len() != 1 {
                continue;
            }
            // The given name before a variant surname belongs to the mention ("Ivan Petrow").
            let mut start = range.start;
            if let Some((prev_range, prev)) = word_before(text, range.start) {
                let given = entities.iter().any(|e| {
                    self.given_names
                        .get(e.0 as usize)
                        .is_some_and(|g| g.iter().any(|n| n == prev))
                });
                if given {
                    start = prev_range.start;
                }
            }
            out.push((
                DetailedMatch {
                    range: start..range.end,
                    quality: MatchQuality::Variant,
                    entities,
                    corrections: vec![Correction {
                        range,
                        expected: spellings[0].to_string(),
                    }],
                },
                given_only,
            ));
        }
        // A given name counts only next to its surname (which may itself be exact or a variant).
        let all: Vec<&DetailedMatch> = exact.iter().chain(out.iter().map(|(m, _)| m)).collect();
        let keep: Vec<bool> = out
            .iter()
            .map(|(m, given_only)| {
                !given_only
                    || all.iter().any(|o| {
                        o.range.start >= m.range.end
                            && text[m.range.end..o.range.start]
                                .chars()
                                .all(char::is_whitespace)
                            && o.entities.iter().any(|e| m.entities.contains(e))
                    })
            })
            .collect();
        out.into_iter()
            .zip(keep)
            .filter_map(|((m, _), k)| k.then_some(m))
            .collect()
    }
}

/// Joins a match with the next when only whitespace separates them and they may name the same entity
/// ("Iwan" + "Petrov"; an exact given name is covered by the surname's match already).
fn merge_adjacent(text: &str, matches: Vec<DetailedMatch>) -> Vec<DetailedMatch> {
    let mut out: Vec<DetailedMatch> = Vec::with_capacity(matches.len());
    for m in matches {
        if let Some(prev) = out.last_mut() {
            let between = text.get(prev.range.end..m.range.start).unwrap_or("x");
            let common: Vec<EntityId> = prev
                .entities
                .iter()
                .copied()
                .filter(|e| m.entities.contains(e))
                .collect();
            if !between.is_empty() && between.chars().all(char::is_whitespace) && !common.is_empty()
            {
                prev.range.end = m.range.end;
                prev.entities = common;
                if m.quality == MatchQuality::Variant {
                    prev.quality = MatchQuality::Variant;
                }
                prev.corrections.extend(m.corrections);
                continue;
            }
        }
        out.push(m);
    }
    out
}

/// The word just before `at`, when only spaces or a line break separate them.
fn word_before(text: &str, at: usize) -> Option<(Range<usize>, &str)> {
    let head = text.get(..at)?;
    let trimmed = head.trim_end();
    if trimmed.len() == head.len() {
        return None;
    }
    let start = trimmed
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphabetic())
        .last()
        .map(|(i, _)| i)?;
    Some((start..trimmed.len(), &trimmed[start..]))
}

/// Letters-only words starting with an upper-case letter, with their byte ranges.
fn capitalized_words(text: &str) -> impl Iterator<Item = (Range<usize>, &str)> {
    let mut iter = text.char_indices().peekable();
    std::iter::from_fn(move || {
        loop {
            let (start, c) = iter.next()?;
            if !c.is_alphabetic() {
                continue;
            }
            let mut end = start + c.len_utf8();
            while let Some(&(i, c)) = iter.peek() {
                if c.is_alphabetic() {
                    end = i + c.len_utf8();
                    iter.next();
                } else {
                    break;
                }
            }
            // Part of a longer token ("X2", "ab-Cd" is fine): a digit glued on makes it a code, not a name.
            let glued = iter.peek().is_some_and(|&(_, c)| c.is_ascii_digit());
            if c.is_uppercase() && !glued {
                return Some((start..end, &text[start..end]));
            }
        }
    })
}

/// True when `at` does not split a word (letters or digits on both sides).
fn is_word_boundary(text: &str, at: usize) -> bool {
    let before = text[..at].chars().next_back();
    let after = text[at..].chars().next();
    !matches!((before, after), (Some(b), Some(a)) if b.is_alphanumeric() && a.is_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An entity known by its name (and the gazetteer's aliases) alone; the submodules' tests use it too.
    pub(super) fn entity(id: u32, kind: Kind, name: &str, gazetteer: &[&str]) -> Entity {
        Entity {
            id: EntityId(id),
            kind,
            name: name.into(),
            aliases: Vec::new(),
            attributes: Vec::new(),
            mentions: Vec::new(),
            gazetteer_aliases: gazetteer.iter().map(|s| s.to_string()).collect(),
        }
    }

    fn matcher() -> Matcher {
        Matcher::new(&[
            entity(0, Kind::Official, "Sherali Khayrulloyev", &[]),
            entity(1, Kind::Official, "Shahid Tirmizey", &[]),
            entity(2, Kind::Official, "Emomali Rahmonov", &["Emomali Rahmon"]),
            entity(3, Kind::Exercise, "Masnad-2006", &[]),
        ])
    }

    fn found(text: &str) -> Vec<(&str, u32, MatchQuality)> {
        matcher()
            .find(text)
            .into_iter()
            .map(|m| (&text[m.range], m.entity.0, m.quality))
            .collect()
    }

    #[test]
    fn exact_names_surnames_line_breaks_possessives_case() {
        use MatchQuality::*;
        assert_eq!(
            found(
                "General Sherali\n  Khayrulloyev’s view; KHAYRULLOYEV agreed; Masnad-2006 ended."
            ),
            vec![
                ("Sherali\n  Khayrulloyev", 0, Exact),
                ("KHAYRULLOYEV", 0, Exact),
                ("Masnad-2006", 3, Exact)
            ]
        );
        assert!(found("the tirmizey file").is_empty());
        assert_eq!(
            found("Emomali Rahmon spoke"),
            vec![("Emomali Rahmon", 2, Exact)]
        );
    }

    #[test]
    fn variants_with_corrections() {
        let text = "Shahid Tirmizei met Emomali Rakhmonov and Sherally Khayrulloyev.";
        let m = matcher().find_detailed(text);
        let got: Vec<_> = m
            .iter()
            .map(|m| {
                (
                    &text[m.range.clone()],
                    m.quality,
                    m.corrections
                        .iter()
                        .map(|c| (&text[c.range.clone()], c.expected.as_str()))
                        .collect::<Vec<_>>(),
                )
            })
            .collect();
        assert_eq!(
            got,
            vec![
                (
                    "Shahid Tirmizei",
                    MatchQuality::Variant,
                    vec![("Tirmizei", "Tirmizey")]
                ),
                (
                    "Emomali Rakhmonov",
                    MatchQuality::Variant,
                    vec![("Rakhmonov", "Rahmonov")]
                ),
                (
                    "Sherally Khayrulloyev",
                    MatchQuality::Variant,
                    vec![("Sherally", "Sherali")]
                ),
            ]
        );
    }

    #[test]
    fn lone_given_names_and_common_words_are_not_mentions() {
        assert!(found("Sherally went home. However, Shahida did not.").is_empty());
        assert!(
            found("Masnad-2006 and Madness")
                .iter()
                .all(|m| m.2 == MatchQuality::Exact)
        );
        assert_eq!(found("Masnat-2006")[0].2, MatchQuality::Variant);
    }
}
