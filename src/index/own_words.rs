//! Formations named by a word of their own and a head ("the Borvik Group", "the Kesso Brigade"), and
//! operations named by one ("Operation Tamarel"), that articles then write by that word alone: "Borvik
//! fighters held the road", "advisers stay with Kesso", "troops of the Tamarel force".
//! One article may never write the full name, and a sentence may open with the word, so the recognizer
//! of one article cannot tell; the corpus can. Every lone occurrence of such a word becomes a mention
//! of its formation when nothing else in the corpus bears the word and the article does not use it as a
//! place ("in Borvik") or inside a person's name ("Colonel Borvik", "Anna Borvik").
//!
//! Linear in the corpus: one automaton of the words, run once over each article's body.

use std::ops::Range;

use aho_corasick::{AhoCorasickBuilder, MatchKind};
use rayon::prelude::*;

use crate::corpus::Article;
use crate::entity::{ArticleId, Entity, Kind, Mention};
use crate::recognize::lexicon::{self, FastMap, class};

use super::bare;

/// Heads after which a formation's first word is its own name. No "company" or "army": firms and
/// whole armies are named so too.
const HEADS: &[&str] = &[
    "group",
    "brigade",
    "regiment",
    "battalion",
    "division",
    "corps",
    "detachment",
];

/// Prepositions that make the word after them a place: "in Kesso", "near Kesso".
const AT: &[&str] = &["in", "at", "near", "outside", "around"];

/// The own word of a formation's name: "Borvik" of "Borvik Group" or of "Kesso Advanced Infantry
/// Brigade" — a first word unknown to the lexicon, a head, and only capitalized words between.
pub(super) fn formation_word(name: &str) -> Option<&str> {
    let words: Vec<&str> = name.split(' ').collect();
    let [first, between @ .., last] = words.as_slice() else {
        return None;
    };
    let headed = HEADS.iter().any(|h| last.eq_ignore_ascii_case(h));
    let between = between
        .iter()
        .all(|w| w.starts_with(char::is_uppercase) && w.chars().all(char::is_alphabetic));
    (headed && between && super::units::own_word(first).is_some()).then_some(*first)
}

/// The own word of a military operation named at `r` of `text`: "Borvik" of "Operation Borvik" (or the
/// French, Spanish or Portuguese "Opération", "Operación", "Operação"), whether the mention holds the
/// head or follows it. Outlets write the word alone: "the Borvik force".
fn operation_word<'a>(text: &'a str, r: &Range<usize>) -> Option<&'a str> {
    let named = text.get(r.clone())?;
    let (head, word) = match named.split_once(' ') {
        Some(split) => split,
        None => {
            let before = text.get(..r.start)?.strip_suffix(' ')?;
            (before.rsplit(' ').next()?, named)
        }
    };
    let operation = matches!(head, "Operation" | "Opération" | "Operación" | "Operação");
    (operation && super::units::own_word(word).is_some()).then_some(word)
}

/// The own words of an entity: a formation's from its names, an operation's from its mentions' texts
/// (its name may be the word alone: "Borvik" for "Operation Borvik").
fn own_words_of<'a>(e: &'a Entity, articles: &'a [Article]) -> Vec<&'a str> {
    match e.kind {
        Kind::Unit => e.names().filter_map(formation_word).collect(),
        Kind::Exercise => {
            let mut words: Vec<&str> = e
                .mentions
                .iter()
                .filter_map(|m| {
                    operation_word(&articles.get(m.article.0 as usize)?.text, &m.range())
                })
                .collect();
            words.sort_unstable();
            words.dedup();
            words
        }
        _ => Vec::new(),
    }
}

/// Who bears a word: one formation, or several entities (then none of them takes it alone).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Owner {
    One(usize),
    Several,
}

/// Whether a place is only ever read from a preposition other than one of location: "turned to
/// Borvik" read a town, where the corpus knows the Borvik Group.
fn misread_place(e: &Entity, articles: &[Article]) -> bool {
    e.kind == Kind::Place
        && !e.name.contains(' ')
        && e.mentions.iter().all(|m| {
            articles
                .get(m.article.0 as usize)
                .and_then(|a| a.text.get(..m.range().start))
                .is_some_and(|before| word_before(before).is_none_or(|w| !AT.contains(&w)))
        })
}

/// The own words, each with its one owner and the articles where another entity bears the word (its
/// name or a word of it), sorted by word; and the places that are misreadings of them.
struct Owners {
    words: Vec<(String, usize, Vec<u32>)>,
    places: Vec<usize>,
}

/// The formations' and operations' own words with their owners: a word two of them claim is no
/// one's. Another entity bearing the word ("Anna Borvik", "Borvik Holdings") keeps the articles where
/// it is mentioned from the search.
fn owners(entities: &[Entity], articles: &[Article]) -> Owners {
    let mut by_word: FastMap<&str, (Owner, Vec<u32>)> = FastMap::default();
    for (i, e) in entities.iter().enumerate() {
        for w in own_words_of(e, articles) {
            let slot = &mut by_word.entry(w).or_insert((Owner::One(i), Vec::new())).0;
            if *slot != Owner::One(i) {
                *slot = Owner::Several;
            }
        }
    }
    let mut places = Vec::new();
    if by_word.is_empty() {
        return Owners {
            words: Vec::new(),
            places,
        };
    }
    for (i, e) in entities.iter().enumerate() {
        if by_word.contains_key(e.name.as_str()) && misread_place(e, articles) {
            places.push(i);
            continue;
        }
        for w in e.names().flat_map(|n| n.split(' ')) {
            if let Some((slot, blocked)) = by_word.get_mut(w)
                && *slot != Owner::One(i)
            {
                blocked.extend(e.mentions.iter().map(|m| m.article.0));
            }
        }
    }
    let mut words: Vec<(String, usize, Vec<u32>)> = by_word
        .into_iter()
        .filter_map(|(w, (o, mut blocked))| match o {
            Owner::One(i) => {
                blocked.sort_unstable();
                blocked.dedup();
                Some((w.to_string(), i, blocked))
            }
            Owner::Several => None,
        })
        .collect();
    words.sort_unstable();
    Owners { words, places }
}

/// The word that ends `before`, after spaces: `None` at punctuation, a quote or a line's start.
fn word_before(before: &str) -> Option<&str> {
    let trimmed = before.trim_end_matches(' ');
    let start = trimmed
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphanumeric() || matches!(c, '\'' | '’'))
        .last()
        .map(|(i, _)| i)?;
    Some(&trimmed[start..])
}

/// The word that opens `after`, past spaces.
fn word_after(after: &str) -> Option<&str> {
    let rest = after.trim_start_matches(' ');
    let end = rest
        .char_indices()
        .find(|(_, c)| !c.is_alphanumeric())
        .map_or(rest.len(), |(i, _)| i);
    (end > 0).then(|| &rest[..end])
}

/// A word for a kind of place: "region", "city", "town", "village".
fn place_word(w: &str) -> bool {
    let lower = w.to_lowercase();
    lexicon::classes(&lower) & (class::PLACE_HEAD | class::RANGE) != 0
        || matches!(lower.as_str(), "town" | "village" | "outskirts")
}

fn capitalized(w: &str) -> bool {
    w.starts_with(char::is_uppercase)
}

fn all_capitals(w: &str) -> bool {
    w.len() >= 2 && w.chars().all(|c| c.is_ascii_uppercase())
}

/// How a lone occurrence of a formation's word reads.
#[derive(PartialEq, Eq)]
enum Reading {
    /// The formation: "Borvik fighters", "Russia's Borvik", "the former PMC Borvik".
    Formation,
    /// Part of a longer name, which says nothing of the article's other occurrences: "Borvik Smith".
    Other,
    /// A place or a person in this article, so no occurrence of it is the formation: "in Borvik",
    /// "Colonel Borvik", "Gen. Borvik", "the Gulf of Borvik".
    Spoiled,
}

/// How the occurrence of a formation's word at `r` of `text` reads.
fn reading(text: &str, r: &Range<usize>) -> Reading {
    let letter = |c: char| c.is_alphanumeric() || c == '-';
    let (before, after) = (&text[..r.start], &text[r.end..]);
    if before.ends_with(letter) || after.starts_with(letter) {
        return Reading::Other;
    }
    // "Borvik Smith" makes a longer name; "Borvik's African operations" does not.
    let possessive = after.starts_with("'s") || after.starts_with("’s");
    let next = word_after(after).filter(|_| !possessive);
    if next.is_some_and(|w| capitalized(w) && !all_capitals(w)) {
        return Reading::Other;
    }
    // "the Borvik region", "the town of Borvik": the word names a place in this article.
    if next.is_some_and(place_word) {
        return Reading::Spoiled;
    }
    // "Gen. Borvik", "Mr. Borvik": a title's abbreviation before the word.
    if let Some(stop) = before.trim_end_matches(' ').strip_suffix('.')
        && word_before(stop).is_some_and(|w| capitalized(w) && w.chars().count() <= 4)
    {
        return Reading::Spoiled;
    }
    let Some(w) = word_before(before) else {
        return Reading::Formation;
    };
    let lower = w.to_lowercase();
    if AT.contains(&lower.as_str()) {
        return Reading::Spoiled;
    }
    if matches!(lower.as_str(), "of" | "de") {
        let head = &before[..before.trim_end_matches(' ').len() - w.len()];
        return match word_before(head) {
            Some(x) if capitalized(x) || place_word(x) => Reading::Spoiled,
            _ => Reading::Formation,
        };
    }
    let possessive = w.ends_with("'s") || w.ends_with("’s");
    if !capitalized(w) || possessive || all_capitals(w) {
        return Reading::Formation;
    }
    capitalized_before(w, &before[..before.trim_end_matches(' ').len() - w.len()])
}

/// How a formation's word reads after the capitalized word `w`, which `head` precedes: a rank, a post
/// or a given name makes it a person ("Colonel Borvik"); a function word, a nationality or another
/// word of the lexicon that names no one leaves it the formation ("The Borvik brigade", "Ruritanian
/// Borvik mercenaries"). An unknown word opening a sentence may be either; anywhere else it makes a
/// longer name.
fn capitalized_before(w: &str, head: &str) -> Reading {
    let classes = lexicon::classes(&w.to_lowercase());
    if classes & (class::RANK | class::POST_HEAD | class::POST_WORD | class::FIRST_NAME) != 0
        || lexicon::honorific(w)
    {
        return Reading::Spoiled;
    }
    if classes & (class::NOT_NAME | class::NATIONALITY) != 0
        || lexicon::capitalized_function_word(w)
        || lexicon::opening_function_word(w)
    {
        return Reading::Formation;
    }
    let opens = head
        .trim_end_matches(' ')
        .chars()
        .next_back()
        .is_none_or(|c| matches!(c, '.' | '!' | '?' | '"' | '“' | '”' | '(' | '\n'));
    if opens {
        Reading::Other
    } else {
        Reading::Spoiled
    }
}

/// The occurrences of the words of `ac` in one article's body that name their owners: (word's index,
/// range). `free` says whether a range is no other entity's mention, `open` whether a word may be
/// looked for in this article.
fn find(
    article: &Article,
    ac: &aho_corasick::AhoCorasick,
    free: impl Fn(&Range<usize>) -> bool,
    open: impl Fn(usize) -> bool,
) -> Vec<(usize, Range<usize>)> {
    let body = article.text.get(article.body.clone()).unwrap_or("");
    let mut spoiled: Vec<usize> = Vec::new();
    let mut out = Vec::new();
    for m in ac.find_iter(body) {
        let r = m.start() + article.body.start..m.end() + article.body.start;
        let w = m.pattern().as_usize();
        if !open(w) || !free(&r) {
            continue;
        }
        match reading(&article.text, &r) {
            Reading::Formation => out.push((w, r)),
            Reading::Other => {}
            Reading::Spoiled => spoiled.push(w),
        }
    }
    out.retain(|(w, _)| !spoiled.contains(w));
    out
}

/// Sorts `ranges` and merges those that overlap, for [`untaken`].
pub(super) fn disjoint(ranges: &mut Vec<Range<usize>>) {
    ranges.sort_unstable_by_key(|r| r.start);
    let mut out: Vec<Range<usize>> = Vec::with_capacity(ranges.len());
    for r in ranges.drain(..) {
        match out.last_mut() {
            Some(last) if r.start < last.end => last.end = last.end.max(r.end),
            _ => out.push(r),
        }
    }
    *ranges = out;
}

/// Whether `r` overlaps none of the sorted, disjoint ranges `taken`.
pub(super) fn untaken(taken: &[Range<usize>], r: &Range<usize>) -> bool {
    let k = taken.partition_point(|t| t.end <= r.start);
    taken.get(k).is_none_or(|t| r.end <= t.start)
}

/// Adds the lone occurrences of formations' and operations' own words as their mentions, and empties the
/// places that were misreadings of them.
pub(super) fn add_mentions(articles: &[Article], entities: &mut [Entity]) {
    let Owners { words, places } = owners(entities, articles);
    if words.is_empty() {
        return;
    }
    let Ok(ac) = AhoCorasickBuilder::new()
        .match_kind(MatchKind::LeftmostLongest)
        .build(words.iter().map(|(w, _, _)| w.as_str()))
    else {
        return;
    };
    let mut taken = bare::taken_by_article(articles.len(), entities);
    // The misread places' mentions are the formations' to take.
    for &p in &places {
        for m in &entities[p].mentions {
            if let Some(list) = taken.get_mut(m.article.0 as usize) {
                list.retain(|r| *r != m.range());
            }
        }
    }
    let found: Vec<Vec<(usize, Range<usize>)>> = articles
        .par_iter()
        .zip(taken.par_iter_mut())
        .enumerate()
        .map(|(a, (article, taken))| {
            disjoint(taken);
            let open = |w: usize| words[w].2.binary_search(&(a as u32)).is_err();
            find(article, &ac, |r| untaken(taken, r), open)
        })
        .collect();
    let mut added: FastMap<(u32, usize), ()> = FastMap::default();
    for (a, list) in found.into_iter().enumerate() {
        for (w, range) in list {
            added.insert((a as u32, range.start), ());
            entities[words[w].1]
                .mentions
                .push(Mention::new(ArticleId(a as u32), range));
        }
    }
    for &p in &places {
        entities[p]
            .mentions
            .retain(|m| !added.contains_key(&(m.article.0, m.range().start)));
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{index_of, mention_texts};
    use crate::entity::Kind;

    /// The texts of the mentions of the unit named `name`, article by article.
    fn unit_mentions(ix: &crate::index::Index, name: &str) -> Vec<(u32, String)> {
        mention_texts(ix, Kind::Unit, |n| n == name)
    }

    #[test]
    fn a_hired_groups_word_alone_is_the_group_in_every_article() {
        let ix = index_of(&[
            "Mercenaries of Ruritania's Borvik Group arrived in Kesso. The Borvik Group left in May.",
            "Ruritania's Borvik admitted losses near Tarvel. Borvik fighters had held the road, and the junta turned to Borvik after the coup. Borvik's African operations go on, Borvik Smith said.",
        ]);
        let got = unit_mentions(&ix, "Borvik Group");
        let second: Vec<&str> = got
            .iter()
            .filter(|(a, _)| *a == 1)
            .map(|(_, s)| s.as_str())
            .collect();
        assert_eq!(second, ["Borvik", "Borvik", "Borvik", "Borvik"], "{got:?}");
        assert!(
            !ix.entities
                .iter()
                .any(|e| e.kind == Kind::Place && e.name == "Borvik"),
            "{:?}",
            ix.entities
        );
    }

    #[test]
    fn a_place_or_a_person_of_that_name_keeps_the_article_apart() {
        let ix = index_of(&[
            "Mercenaries of Ruritania's Borvik Group arrived in Kesso.",
            "Protesters gathered in Borvik on Sunday. Borvik residents left.",
            "Analyst Dana Borvik said the talks failed. Borvik expects more.",
        ]);
        let got = unit_mentions(&ix, "Borvik Group");
        assert!(got.iter().all(|(a, _)| *a == 0), "{got:?}");
        // The town keeps its own article, not the others.
        let ix = index_of(&[
            "Mercenaries of Ruritania's Borvik Group arrived in Kesso.",
            "Protesters gathered in Borvik on Sunday. Borvik residents left.",
            "Borvik fighters took the road to Kesso.",
            "Shelling hit the town of Borvik. The Borvik region lost power.",
        ]);
        let got: Vec<u32> = unit_mentions(&ix, "Borvik Group")
            .into_iter()
            .map(|(a, _)| a)
            .collect();
        assert_eq!(got, [0, 2], "{:?}", ix.entities);
    }

    #[test]
    fn a_word_two_formations_share_or_a_firm_is_found_nowhere() {
        let ix = index_of(&[
            "Mercenaries of the Velm Group fought beside the Velm Regiment of Tarvel.",
            "Velm fighters took the road.",
        ]);
        assert!(
            ix.entities
                .iter()
                .all(|e| e.mentions.iter().all(|m| m.article.0 == 0)),
            "{:?}",
            ix.entities
        );
        let ix = index_of(&[
            "The Tarsen Group won a contract to build drones for the army.",
            "Tarsen shares rose on Monday.",
        ]);
        assert!(
            ix.entities
                .iter()
                .all(|e| e.kind != Kind::Unit || e.mentions.iter().all(|m| m.article.0 == 0)),
            "{:?}",
            ix.entities
        );
    }

    #[test]
    fn an_operations_word_alone_is_the_operation_in_another_article() {
        let ix = index_of(&[
            "The last soldiers of Operation Tamarel left Kesso. Tamarel had lasted nine years.",
            "The junta turned to hired fighters after pushing out troops of the Tamarel force in 2022.",
            "Tamarel Holdings won the contract.",
        ]);
        let e = ix
            .entities
            .iter()
            .find(|e| e.kind == Kind::Exercise && e.name.contains("Tamarel"));
        let articles: Vec<u32> = e.map_or(Vec::new(), |e| {
            e.mentions.iter().map(|m| m.article.0).collect()
        });
        assert_eq!(articles, [0, 0, 1], "{:?}", ix.entities);
    }

    #[test]
    fn a_brigades_word_alone_joins_its_long_name() {
        let ix = index_of(&[
            "Somalia's elite Kesso Brigade will take over the bases. “Kesso is a scalpel,” an analyst said.",
            "The U.S. continues to mentor Somalia's Kesso Advanced Infantry Brigade. Some Kesso soldiers took part.",
        ]);
        let units: Vec<&str> = ix
            .entities
            .iter()
            .filter(|e| e.kind == Kind::Unit && e.name.contains("Kesso"))
            .map(|e| e.name.as_str())
            .collect();
        assert_eq!(units.len(), 1, "{units:?}");
        let got = unit_mentions(&ix, units[0]);
        assert_eq!(got.len(), 4, "{got:?}");
    }
}
