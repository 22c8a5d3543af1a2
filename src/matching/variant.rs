//! Spellings no source uses that are close to one that does: transliteration variants ("Shoygu" for
//! "Shoigu", "Petrow" for "Petrov") collide on the transliteration key; typos ("Petrof",
//! "Sergeyv") are one edit away from it. Only capitalized words long enough to tell apart are
//! considered, and never a word that is itself part of a known name or an ordinary English word.

use std::collections::{HashMap, HashSet};

use crate::entity::{Entity, EntityId, Kind};
use crate::recognize::lexicon::{MONTH_NAMES, WEEKDAY_NAMES};
use crate::recognize::translit;

/// Which part of an entity's name a word stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// A surname, or the distinctive word of an exercise or place name: enough on its own.
    Main,
    /// A given name: only counts next to the same entity's surname.
    Given,
}

/// One known spelling a variant may stand for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Target {
    pub entity: EntityId,
    /// The spelling the sources use.
    pub spelling: String,
    pub part: Part,
}

/// Capitalized English words that collide with short names; never variants.
const COMMON: &[&str] = &[
    "about",
    "after",
    "again",
    "against",
    "also",
    "among",
    "before",
    "being",
    "between",
    "both",
    "during",
    "each",
    "either",
    "every",
    "first",
    "from",
    "however",
    "into",
    "later",
    "many",
    "meanwhile",
    "more",
    "most",
    "much",
    "neither",
    "never",
    "nonetheless",
    "other",
    "over",
    "since",
    "some",
    "still",
    "such",
    "than",
    "that",
    "their",
    "there",
    "these",
    "they",
    "this",
    "those",
    "though",
    "through",
    "thus",
    "under",
    "until",
    "what",
    "when",
    "where",
    "which",
    "while",
    "with",
    "within",
    "without",
    "would",
    "general",
    "colonel",
    "major",
    "captain",
    "president",
    "minister",
    "ministry",
    "defense",
    "defence",
    "foreign",
    "affairs",
    "deputy",
    "chief",
    "army",
    "forces",
    "military",
    "regiment",
    "division",
    "brigade",
    "battalion",
    "district",
    "region",
    "range",
    "ground",
    "exercise",
    "drills",
    "national",
    "international",
    "security",
    "committee",
    "border",
    "state",
    "staff",
    "central",
    "southern",
    "northern",
    "eastern",
    "western",
    "north",
    "south",
    "east",
    "west",
    "summer",
    "winter",
    "spring",
    "autumn",
    "notes",
    "note",
    "source",
    "sources",
];

/// Capitalized words that are never names: the list above, months and weekdays.
fn is_common(lower: &str) -> bool {
    COMMON.contains(&lower) || MONTH_NAMES.contains(&lower) || WEEKDAY_NAMES.contains(&lower)
}

/// Endings that make another word from a name (an adjective, a plural, a feminine form): "Russian" is
/// not a misspelling of "Russia", nor "Karimova" of "Karimov".
const DERIVATIONS: &[&str] = &["n", "an", "ian", "i", "s", "es", "ese", "ish", "a", "y"];

/// Variant lookup built from the index's entities.
#[derive(Debug, Default)]
pub struct VariantIndex {
    by_key: HashMap<String, Vec<Target>>,
    /// Key with one character deleted → keys in `by_key`.
    by_deletion: HashMap<String, Vec<String>>,
    /// Every word of every known name, lower-cased: such words are never variants of another name.
    known_words: HashSet<String>,
}

/// Minimum length (in characters) of a word that may be a variant.
const MIN_LEN: usize = 4;
/// Minimum key length for a one-edit typo (shorter keys collide with too many words).
const MIN_TYPO_KEY: usize = 6;

fn deletions(key: &str) -> Vec<String> {
    let chars: Vec<char> = key.chars().collect();
    (0..chars.len())
        .map(|i| {
            chars
                .iter()
                .enumerate()
                .filter(|(j, _)| *j != i)
                .map(|(_, c)| c)
                .collect()
        })
        .collect()
}

/// Letters-only words of a name.
fn words(name: &str) -> Vec<&str> {
    name.split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .collect()
}

impl VariantIndex {
    pub fn new(entities: &[Entity]) -> VariantIndex {
        let mut index = VariantIndex::default();
        for e in entities {
            for n in e.names() {
                for w in words(n) {
                    index.known_words.insert(w.to_lowercase());
                }
            }
        }
        for e in entities {
            if !matches!(e.kind, Kind::Official | Kind::Exercise | Kind::Place) {
                continue;
            }
            for n in std::iter::once(e.name.as_str()).chain(e.aliases.iter().map(String::as_str)) {
                let ws = words(n);
                let count = ws.len();
                for (i, w) in ws.into_iter().enumerate() {
                    if w.chars().count() < MIN_LEN
                        || !w.chars().next().is_some_and(char::is_uppercase)
                    {
                        continue;
                    }
                    let part = match e.kind {
                        Kind::Official if i + 1 < count => Part::Given,
                        _ => Part::Main,
                    };
                    if is_common(&w.to_lowercase()) {
                        continue;
                    }
                    let key = translit::key(w);
                    let list = index.by_key.entry(key.clone()).or_default();
                    let target = Target {
                        entity: e.id,
                        spelling: w.to_string(),
                        part,
                    };
                    if !list.contains(&target) {
                        if list.is_empty() && key.chars().count() >= MIN_TYPO_KEY {
                            for d in deletions(&key) {
                                index.by_deletion.entry(d).or_default().push(key.clone());
                            }
                        }
                        list.push(target);
                    }
                }
            }
        }
        for list in index.by_deletion.values_mut() {
            list.sort();
            list.dedup();
        }
        index
    }

    /// Known spellings that `word` (a capitalized word of a note) may be a variant of, or nothing when it
    /// is a known word itself or too far from any.
    pub fn lookup(&self, word: &str) -> Vec<&Target> {
        let lower = word.to_lowercase();
        if word.chars().count() < MIN_LEN
            || !word.chars().next().is_some_and(char::is_uppercase)
            || self.known_words.contains(&lower)
            || is_common(&lower)
        {
            return Vec::new();
        }
        let key = translit::key(word);
        let mut keys: Vec<&str> = Vec::new();
        if self.by_key.contains_key(&key) {
            keys.push(
                self.by_key
                    .get_key_value(&key)
                    .map(|(k, _)| k.as_str())
                    .unwrap_or(""),
            );
        } else if key.chars().count() >= MIN_TYPO_KEY - 1 {
            // One edit on the key: our word lacks a letter, has one too many, or has one wrong/swapped.
            let mut candidates: Vec<&str> = Vec::new();
            if let Some(list) = self.by_deletion.get(&key) {
                candidates.extend(list.iter().map(String::as_str));
            }
            for d in deletions(&key) {
                if let Some((k, _)) = self.by_key.get_key_value(&d) {
                    candidates.push(k.as_str());
                }
                if let Some(list) = self.by_deletion.get(&d) {
                    candidates.extend(list.iter().map(String::as_str));
                }
            }
            candidates.sort();
            candidates.dedup();
            keys = candidates
                .into_iter()
                .filter(|k| {
                    k.chars().count() >= MIN_TYPO_KEY && k.chars().next() == key.chars().next()
                })
                .filter(|k| strsim::damerau_levenshtein(k, &key) <= 1)
                .collect();
        }
        keys.iter()
            .filter_map(|k| self.by_key.get(*k))
            .flatten()
            .filter(|t| !derived(&lower, &t.spelling.to_lowercase()))
            .collect()
    }
}

/// True when one word is the other plus a derivational ending.
fn derived(a: &str, b: &str) -> bool {
    let check = |long: &str, short: &str| {
        long.strip_prefix(short)
            .is_some_and(|rest| DERIVATIONS.contains(&rest))
    };
    check(a, b) || check(b, a)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entity(id: u32, kind: Kind, name: &str) -> Entity {
        crate::matching::tests::entity(id, kind, name, &[])
    }

    fn spellings(index: &VariantIndex, word: &str) -> Vec<String> {
        index
            .lookup(word)
            .into_iter()
            .map(|t| t.spelling.clone())
            .collect()
    }

    #[test]
    fn transliterations_and_typos() {
        let index = VariantIndex::new(&[
            entity(0, Kind::Official, "Shahid Tirmizey"),
            entity(1, Kind::Official, "Salohiddin Nasriddinov"),
            entity(2, Kind::Official, "Emomali Rahmonov"),
            entity(3, Kind::Place, "Russia"),
        ]);
        assert_eq!(spellings(&index, "Tirmizei"), vec!["Tirmizey"]);
        assert_eq!(spellings(&index, "Tirmizay"), vec!["Tirmizey"]);
        assert_eq!(spellings(&index, "Nasriddinow"), vec!["Nasriddinov"]);
        assert_eq!(spellings(&index, "Rakhmonov"), vec!["Rahmonov"]);
        assert_eq!(spellings(&index, "Nasridinov"), vec!["Nasriddinov"]);
        assert_eq!(index.lookup("Emomalli")[0].part, Part::Given);
    }

    #[test]
    fn ordinary_and_derived_words_are_not_variants() {
        let index = VariantIndex::new(&[
            entity(0, Kind::Official, "Ivan Karimov"),
            entity(1, Kind::Place, "Russia"),
        ]);
        assert!(index.lookup("Russian").is_empty());
        assert!(index.lookup("Karimova").is_empty());
        assert!(index.lookup("karimow").is_empty());
        assert!(index.lookup("Karimov").is_empty());
        assert!(index.lookup("Rahimov").is_empty());
    }
}
