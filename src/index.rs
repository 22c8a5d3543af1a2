//! The index: every entity of every source article, linked across articles, merged with the gazetteer, and
//! a matcher to find them in any text.

use std::collections::HashMap;

use crate::corpus::Article;
use crate::entity::{
    ArticleId, AttrKey, Attribute, Entity, EntityId, Kind, Mention, Passage, Provenance,
};
use crate::gazetteer::Gazetteer;
use crate::matching::Matcher;
use crate::recognize::{self, translit};

/// Everything the sources say, ready to answer lookups. Immutable once built: the server swaps in a new one
/// when sources change.
#[derive(Debug)]
pub struct Index {
    pub articles: Vec<Article>,
    pub entities: Vec<Entity>,
    matcher: Matcher,
    /// Article of each path as built: editor features look articles up by path on every request, and a
    /// scan of 100,000 paths would cost milliseconds.
    by_path: HashMap<std::path::PathBuf, ArticleId>,
}

impl Index {
    /// Recognizes every article (in parallel), links what names one entity across articles, and merges
    /// the gazetteer.
    pub fn build(articles: Vec<Article>, gazetteer: &Gazetteer) -> Index {
        use rayon::prelude::*;
        let found: Vec<_> = articles.par_iter().map(recognize::recognize).collect();
        let mut entities: Vec<Entity> = Vec::new();
        let mut by_key: HashMap<(Kind, String), usize> = HashMap::new();
        for (a, list) in found.into_iter().enumerate() {
            let article = ArticleId(a as u32);
            for f in list {
                let slot = *by_key
                    .entry((f.kind, translit::key(&f.name)))
                    .or_insert_with(|| {
                        entities.push(Entity {
                            id: EntityId(entities.len() as u32),
                            kind: f.kind,
                            name: f.name.clone(),
                            aliases: Vec::new(),
                            attributes: Vec::new(),
                            mentions: Vec::new(),
                            gazetteer_aliases: Vec::new(),
                        });
                        entities.len() - 1
                    });
                let e = &mut entities[slot];
                for alias in f.aliases {
                    if alias != e.name && !e.aliases.contains(&alias) {
                        e.aliases.push(alias);
                    }
                }
                e.mentions.extend(
                    f.mentions
                        .into_iter()
                        .map(|range| Mention { article, range }),
                );
                e.attributes
                    .extend(
                        f.attributes
                            .into_iter()
                            .map(|(key, value, range)| Attribute {
                                key,
                                value,
                                provenance: Provenance::Source(Passage { article, range }),
                            }),
                    );
            }
        }
        merge_gazetteer(&mut entities, gazetteer);
        let matcher = Matcher::new(&entities);
        // In reverse, so that a path loaded twice maps to its first article.
        let by_path = articles
            .iter()
            .enumerate()
            .rev()
            .map(|(i, a)| (a.path.clone(), ArticleId(i as u32)))
            .collect();
        Index {
            articles,
            entities,
            matcher,
            by_path,
        }
    }

    pub fn entity(&self, id: EntityId) -> &Entity {
        &self.entities[id.0 as usize]
    }

    pub fn article(&self, id: ArticleId) -> &Article {
        &self.articles[id.0 as usize]
    }

    /// The article loaded from `path`, if any.
    pub fn article_by_path(&self, path: &std::path::Path) -> Option<ArticleId> {
        let article = |id: &ArticleId| self.articles.get(id.0 as usize);
        match self.by_path.get(path) {
            Some(id) if article(id).is_some_and(|a| a.path == path) => Some(*id),
            None if !self.by_path.is_empty() || self.articles.is_empty() => None,
            // The map no longer describes `articles` (a public field, replaced after building): scan.
            _ => self
                .articles
                .iter()
                .position(|a| a.path == path)
                .map(|i| ArticleId(i as u32)),
        }
    }

    pub fn matcher(&self) -> &Matcher {
        &self.matcher
    }
}

/// Adds the analyst's entries: onto the entity of the same kind and name key when there is one, else as
/// entities of their own.
fn merge_gazetteer(entities: &mut Vec<Entity>, gazetteer: &Gazetteer) {
    for g in &gazetteer.entries {
        let keys: Vec<String> = std::iter::once(&g.name)
            .chain(&g.aliases)
            .map(|n| translit::key(n))
            .collect();
        let existing = entities
            .iter()
            .position(|e| e.kind == g.kind && e.names().any(|n| keys.contains(&translit::key(n))));
        let slot = match existing {
            Some(i) => i,
            None => {
                entities.push(Entity {
                    id: EntityId(entities.len() as u32),
                    kind: g.kind,
                    name: g.name.clone(),
                    aliases: Vec::new(),
                    attributes: Vec::new(),
                    mentions: Vec::new(),
                    gazetteer_aliases: Vec::new(),
                });
                entities.len() - 1
            }
        };
        let e = &mut entities[slot];
        for alias in std::iter::once(&g.name).chain(&g.aliases) {
            if !e.gazetteer_aliases.contains(alias) {
                e.gazetteer_aliases.push(alias.clone());
            }
        }
        for (key, value) in [
            (AttrKey::Rank, &g.rank),
            (AttrKey::Post, &g.post),
            (AttrKey::Note, &g.note),
        ] {
            if let Some(v) = value {
                e.attributes.push(Attribute {
                    key,
                    value: v.clone(),
                    provenance: Provenance::Gazetteer,
                });
            }
        }
    }
}
