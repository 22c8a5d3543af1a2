//! Names found by their spelling alone once the whole corpus is known: an exercise series or a unit's
//! acronym that one article introduces and another uses bare. Both searches work the same way, so they
//! share it here.

use std::ops::Range;

use aho_corasick::{AhoCorasickBuilder, MatchKind};
use rayon::prelude::*;

use crate::corpus::Article;
use crate::entity::{ArticleId, Entity, Mention};

/// The byte ranges each of `n` articles already has as some entity's mentions: the passes that add
/// mentions once the corpus is known never take a place twice.
pub(super) fn taken_by_article(n: usize, entities: &[Entity]) -> Vec<Vec<Range<usize>>> {
    let mut taken: Vec<Vec<Range<usize>>> = vec![Vec::new(); n];
    for e in entities {
        for m in &e.mentions {
            if let Some(list) = taken.get_mut(m.article.0 as usize) {
                list.push(m.range());
            }
        }
    }
    taken
}

/// Each official's mention ranges, article by article, with the official's place in `entities`: what the
/// passes that add or settle officials' mentions once the corpus is known read an article at a time.
pub(super) fn officials_by_article(
    n: usize,
    entities: &[Entity],
) -> Vec<Vec<(usize, Range<usize>)>> {
    let mut by_article: Vec<Vec<(usize, Range<usize>)>> = vec![Vec::new(); n];
    for (i, e) in entities.iter().enumerate() {
        if e.kind != crate::entity::Kind::Official {
            continue;
        }
        for m in &e.mentions {
            if let Some(list) = by_article.get_mut(m.article.0 as usize) {
                list.push((i, m.range()));
            }
        }
    }
    by_article
}

/// Gives each entity of `found` (its place in `entities`, a byte range) a mention in article `a`.
pub(super) fn push_mentions(
    entities: &mut [Entity],
    a: usize,
    found: impl IntoIterator<Item = (usize, Range<usize>)>,
) {
    for (e, r) in found {
        if let Some(entity) = entities.get_mut(e) {
            entity.mentions.push(Mention::new(ArticleId(a as u32), r));
        }
    }
}

/// Gives the entity at `owners[i].1` a mention wherever an article's body spells `owners[i].0` and no
/// entity has a mention yet, when `whole(text, range)` accepts the place. Overlapping names take the
/// longest, leftmost one.
pub(super) fn add_mentions<S: AsRef<str> + Sync>(
    articles: &[Article],
    entities: &mut [Entity],
    owners: &[(S, usize)],
    whole: impl Fn(&str, &Range<usize>) -> bool + Sync,
) {
    if owners.is_empty() {
        return;
    }
    let Ok(ac) = AhoCorasickBuilder::new()
        .match_kind(MatchKind::LeftmostLongest)
        .build(owners.iter().map(|(s, _)| s.as_ref()))
    else {
        return;
    };
    let taken = taken_by_article(articles.len(), entities);
    let found: Vec<Vec<(usize, Range<usize>)>> = articles
        .par_iter()
        .zip(taken.par_iter())
        .map(|(a, taken)| {
            let body = a.text.get(a.body.clone()).unwrap_or("");
            ac.find_iter(body)
                .map(|m| {
                    (
                        owners[m.pattern().as_usize()].1,
                        m.start() + a.body.start..m.end() + a.body.start,
                    )
                })
                .filter(|(_, r)| whole(&a.text, r))
                .filter(|(_, r)| !taken.iter().any(|t| t.start < r.end && r.start < t.end))
                .collect()
        })
        .collect();
    for (a, list) in found.into_iter().enumerate() {
        for (owner, range) in list {
            entities[owner]
                .mentions
                .push(Mention::new(ArticleId(a as u32), range));
        }
    }
}
