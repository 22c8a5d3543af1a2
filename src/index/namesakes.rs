//! One family name, two officials of one article: "Field Marshal Kedar Vossan ... his son Ivo Vossan
//! ... Vossan said". Outlets give the relatives introduced after the first person their full names
//! each time, and the family name alone means the one named last before it in its paragraph, or else
//! the one the article named first. The recognizer of one article settles this among the officials it
//! found; a full name found only once the corpus is known (a name another article gave a title) comes
//! too late for it, so the lone family names are settled again here.

use std::ops::Range;

use crate::corpus::Article;
use crate::entity::{ArticleId, Entity, Mention};
use crate::recognize::lexicon::FastMap;

use super::bare;

/// An official's mention in one article: (entity, range).
type Placed = (usize, Range<usize>);

/// The family name a mention's text gives: its last word, and whether more words came before it.
fn family_name(text: &str) -> (&str, bool) {
    let text = text
        .strip_suffix("'s")
        .or_else(|| text.strip_suffix("’s"))
        .unwrap_or(text);
    match text.rsplit_once(' ') {
        Some((_, last)) => (last, true),
        None => (text, false),
    }
}

/// The text of a mention of `article`.
fn text_of<'a>(article: &'a Article, r: &Range<usize>) -> &'a str {
    article.text.get(r.clone()).unwrap_or("")
}

/// The byte where the paragraph holding byte `at` starts.
fn paragraph_start(article: &Article, at: usize) -> usize {
    let k = article
        .paragraphs
        .partition_point(|p| p.range().start <= at);
    k.checked_sub(1)
        .and_then(|k| article.paragraphs.get(k))
        .map_or(article.body.start, |p| p.range().start)
}

/// The full mentions of one family name in an article, in text order: (start, end, entity).
type Bearers = Vec<(usize, usize, usize)>;

/// The official a lone family name at `at` stands for, of those who bear it (`bearers`, two or more
/// officials): the one named last before it in its paragraph, else the one named first. An official
/// the article calls by his given name alone ("his son Ivo Vossan ... Ivo said") is told apart that
/// way, and the family name alone is his namesakes' (`by_given`), unless all are so called.
fn owner(article: &Article, bearers: &Bearers, by_given: &FastSet, at: usize) -> Option<usize> {
    let plain = |e: &usize| !by_given.contains_key(e);
    let any_plain = bearers.iter().any(|(_, _, e)| plain(e));
    let eligible = |e: &usize| !any_plain || plain(e);
    let paragraph = paragraph_start(article, at);
    let before = bearers.partition_point(|&(s, _, _)| s < at);
    let last = bearers[..before]
        .iter()
        .rev()
        .take_while(|&&(s, _, _)| paragraph <= s)
        .find(|&&(_, end, e)| end <= at && eligible(&e));
    last.or_else(|| bearers.iter().find(|(_, _, e)| eligible(e)))
        .map(|&(_, _, e)| e)
}

/// A set of entities.
type FastSet = FastMap<usize, ()>;

/// The lone family names of one article that belong to another of the officials who share them:
/// (mention's entity, range, owner).
fn moves(article: &Article, placed: &[Placed]) -> Vec<(usize, Range<usize>, usize)> {
    let text = |r: &Range<usize>| text_of(article, r);
    let mut by_name: FastMap<&str, Bearers> = FastMap::default();
    // (entity, given name) of each full mention, to tell who the article calls by his given name.
    let mut given: FastMap<(usize, &str), ()> = FastMap::default();
    for (e, r) in placed {
        if let (name, true) = family_name(text(r)) {
            by_name.entry(name).or_default().push((r.start, r.end, *e));
            if let Some((g, _)) = text(r).split_once(' ') {
                given.insert((*e, g), ());
            }
        }
    }
    by_name.retain(|_, b| {
        b.sort_unstable();
        b.iter().any(|x| x.2 != b[0].2)
    });
    if by_name.is_empty() {
        return Vec::new();
    }
    let by_given: FastSet = placed
        .iter()
        .filter(|(e, r)| given.contains_key(&(*e, text(r))))
        .map(|(e, _)| (*e, ()))
        .collect();
    placed
        .iter()
        .filter_map(|(e, r)| {
            let (name, false) = family_name(text(r)) else {
                return None;
            };
            let to = owner(article, by_name.get(name)?, &by_given, r.start)?;
            (to != *e).then(|| (*e, r.clone(), to))
        })
        .collect()
}

/// Gives each lone family name that several officials of its article share to the one it stands for.
pub(super) fn settle(articles: &[Article], entities: &mut [Entity]) {
    let by_article = bare::officials_by_article(articles.len(), entities);
    for (a, placed) in by_article.iter().enumerate() {
        let Some(article) = articles.get(a) else {
            continue;
        };
        let id = ArticleId(a as u32);
        for (from, range, to) in moves(article, placed) {
            entities[from]
                .mentions
                .retain(|m| m.article != id || m.range() != range);
            entities[to].mentions.push(Mention::new(id, range));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{index_of, mention_texts};
    use crate::entity::Kind;

    /// The texts of the mentions in article `a` of the official whose name starts with `given`.
    fn mentions_in(ix: &crate::index::Index, given: &str, a: u32) -> Vec<String> {
        let all = mention_texts(ix, Kind::Official, |n| n.starts_with(given));
        all.into_iter().filter(|m| m.0 == a).map(|m| m.1).collect()
    }

    #[test]
    fn a_lone_family_name_is_the_first_named_relative_unless_one_was_named_just_before() {
        let ix = index_of(&[
            "Field Marshal Kedar Vossan met the envoy in Tarvel on Monday.",
            "The eastern strongman Kedar Vossan sent troops into Marn.\n\n\
             Field Marshal Vossan put his son, Colonel Belam Vossan, in charge. Vossan's men were seen on the road.\n\n\
             Marn has a troubled history with Vossan.",
        ]);
        assert_eq!(
            mentions_in(&ix, "Kedar", 1),
            ["Kedar Vossan", "Vossan", "Vossan"],
            "{:?}",
            ix.entities
        );
        assert_eq!(mentions_in(&ix, "Belam", 1), ["Belam Vossan", "Vossan"]);
        // Called by his given name, the son leaves the family name to his father.
        let ix = index_of(&[
            "Field Marshal Kedar Vossan met the envoy in Tarvel on Monday.",
            "Marn has a troubled history with Kedar Vossan. He met his son, Colonel Belam Vossan. \
             Belam leads the best unit of Vossan's army.",
        ]);
        assert_eq!(mentions_in(&ix, "Belam", 1), ["Belam Vossan", "Belam"]);
    }

    #[test]
    fn namesakes_in_different_articles_keep_their_own() {
        let ix = index_of(&[
            "Colonel Belam Vossan of Tarvel said the border was calm. Vossan left.",
            "Minister Dara Vossan of Marn opened the debate. Vossan spoke for an hour.",
        ]);
        assert_eq!(mentions_in(&ix, "Belam", 0), ["Belam Vossan", "Vossan"]);
        assert_eq!(mentions_in(&ix, "Dara", 1), ["Dara Vossan", "Vossan"]);
        assert!(mentions_in(&ix, "Belam", 1).is_empty());
    }
}
