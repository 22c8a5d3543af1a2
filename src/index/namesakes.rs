//! One family name, two officials of one article: "Field Marshal Kedar Vossan ... his son Ivo Vossan
//! ... Vossan said". Outlets give the relatives introduced after the first person their full names
//! each time, and the family name alone means the one named last before it in its paragraph, or else
//! the one the article named first. The recognizer of one article settles this among the officials it
//! found; a full name found only once the corpus is known (a name another article gave a title) comes
//! too late for it, so the lone family names are settled again here.

use std::ops::Range;

use crate::corpus::Article;
use crate::entity::{ArticleId, Entity, Kind, Mention};

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

/// The official a lone family name at `at` stands for, of those named in full (`full`: entity, family
/// name, range) with that family name: the one named last before it in its paragraph, else the one
/// named first. An official the article calls by his given name alone ("his son Ivo Vossan ... Ivo
/// said") is told apart that way, and the family name alone is his namesakes' (`by_given`). `None`
/// when fewer than two officials bear the name.
fn owner(
    article: &Article,
    full: &[(usize, &str, Range<usize>)],
    by_given: &[usize],
    name: &str,
    at: usize,
) -> Option<usize> {
    let bearers = || full.iter().filter(|(_, n, _)| *n == name);
    let first = bearers().min_by_key(|(_, _, r)| r.start)?.0;
    if bearers().all(|(e, _, _)| *e == first) {
        return None;
    }
    let paragraph = paragraph_start(article, at);
    bearers()
        .max_by_key(|(e, _, r)| {
            let last = paragraph <= r.start && r.end <= at;
            (
                !by_given.contains(e),
                last,
                if last { r.end } else { 0 },
                std::cmp::Reverse(r.start),
            )
        })
        .map(|(e, _, _)| *e)
}

/// The officials of `placed` called by their given name alone somewhere in the article: a one-word
/// mention that is the first word of one of their full mentions.
fn called_by_given(article: &Article, placed: &[Placed]) -> Vec<usize> {
    let text = |r: &Range<usize>| text_of(article, r);
    placed
        .iter()
        .filter(|(e, r)| {
            let word = text(r);
            !word.contains(' ')
                && placed.iter().any(|(o, full)| {
                    o == e && text(full).split_once(' ').is_some_and(|(g, _)| g == word)
                })
        })
        .map(|(e, _)| *e)
        .collect()
}

/// The lone family names of one article that belong to another of the officials who share them:
/// (mention's entity, range, owner).
fn moves(article: &Article, placed: &[Placed]) -> Vec<(usize, Range<usize>, usize)> {
    let text = |r: &Range<usize>| text_of(article, r);
    let full: Vec<(usize, &str, Range<usize>)> = placed
        .iter()
        .filter_map(|(e, r)| match family_name(text(r)) {
            (name, true) => Some((*e, name, r.clone())),
            _ => None,
        })
        .collect();
    if full.len() < 2 {
        return Vec::new();
    }
    let by_given = called_by_given(article, placed);
    placed
        .iter()
        .filter_map(|(e, r)| {
            let (name, false) = family_name(text(r)) else {
                return None;
            };
            let to = owner(article, &full, &by_given, name, r.start)?;
            (to != *e).then(|| (*e, r.clone(), to))
        })
        .collect()
}

/// Gives each lone family name that several officials of its article share to the one it stands for.
pub(super) fn settle(articles: &[Article], entities: &mut [Entity]) {
    let mut by_article: Vec<Vec<Placed>> = vec![Vec::new(); articles.len()];
    for (i, e) in entities.iter().enumerate() {
        if e.kind != Kind::Official {
            continue;
        }
        for m in &e.mentions {
            if let Some(list) = by_article.get_mut(m.article.0 as usize) {
                list.push((i, m.range()));
            }
        }
    }
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
    use crate::entity::Kind;

    fn index_of(texts: &[&str]) -> crate::index::Index {
        use crate::corpus::Article;
        let articles = texts
            .iter()
            .enumerate()
            .map(|(i, t)| Article::parse(format!("a{i}.txt"), t.to_string()))
            .collect();
        let g = crate::gazetteer::Gazetteer::parse(std::path::Path::new("e.toml"), "").unwrap();
        crate::index::Index::build(articles, &g)
    }

    /// The texts of the mentions in article `a` of the official whose name ends with `surname` and
    /// starts with `given`.
    fn mentions_in(ix: &crate::index::Index, given: &str, a: u32) -> Vec<String> {
        ix.entities
            .iter()
            .filter(|e| e.kind == Kind::Official && e.name.starts_with(given))
            .flat_map(|e| e.mentions.iter().filter(|m| m.article.0 == a))
            .map(|m| ix.articles[m.article.0 as usize].text[m.range()].to_string())
            .collect()
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
            "Minister Dara Vossan of Marn opened the session. Vossan spoke for an hour.",
        ]);
        assert_eq!(mentions_in(&ix, "Belam", 0), ["Belam Vossan", "Vossan"]);
        assert_eq!(mentions_in(&ix, "Dara", 1), ["Dara Vossan", "Vossan"]);
        assert!(mentions_in(&ix, "Belam", 1).is_empty());
    }
}
