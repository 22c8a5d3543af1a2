//! What the index's tests share: an index built from plain texts, and the texts of an entity's mentions.

use crate::entity::Kind;
use crate::index::Index;

/// The index of articles `a0.txt`, `a1.txt`, … holding `texts`, with no gazetteer.
pub(super) fn index_of(texts: &[&str]) -> Index {
    use crate::corpus::Article;
    let articles = texts
        .iter()
        .enumerate()
        .map(|(i, t)| Article::parse(format!("a{i}.txt"), t.to_string()))
        .collect();
    let g = crate::gazetteer::Gazetteer::parse(std::path::Path::new("e.toml"), "").unwrap();
    Index::build(articles, &g)
}

/// The article and text of every mention of the first entity of `kind` whose name `named` accepts: one
/// entity only, so that a test of a join fails when the join splits into two entities of one name.
pub(super) fn mention_texts(
    ix: &Index,
    kind: Kind,
    named: impl Fn(&str) -> bool,
) -> Vec<(u32, String)> {
    let entity = ix
        .entities
        .iter()
        .find(|e| e.kind == kind && named(&e.name));
    entity
        .into_iter()
        .flat_map(|e| e.mentions.iter())
        .map(|m| {
            let text = &ix.articles[m.article.0 as usize].text[m.range()];
            (m.article.0, text.to_string())
        })
        .collect()
}
