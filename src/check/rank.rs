//! `rank-mismatch`: a military rank the sources contradict ("Major-General Petrov" where the source says
//! "General Ivan Petrov"). A bare "General" agrees with any general's rank; titles such as
//! "President" are not compared with ranks. Fix: the sources' rank.

use super::Finding;
use super::cache::Sources;
use super::context::Context;
use super::evidence;
use crate::entity::{AttrKey, EntityId, Passage, Provenance};
use crate::note::claims::{Rank, rank_before};
use crate::recognize::lexicon;

pub const CODE: &str = "rank-mismatch";

/// A rank a source gives an entity, and the passage that gives it.
pub(super) struct SourceRank {
    rank: Rank,
    /// The rank as written in the source, for the fix.
    written: String,
    passage: Option<Passage>,
}

/// Ranks the sources give an official: before each mention, and the recognizer's rank attributes.
pub(super) fn source_ranks(sources: Sources, e: EntityId) -> Vec<SourceRank> {
    let index = sources.index();
    let entity = index.entity(e);
    let mut out: Vec<SourceRank> = Vec::new();
    for m in sources.mentions_of(e) {
        let text = &index.article(m.article).text;
        if let Some((r, rank)) = rank_before(text, m.range().start) {
            out.push(SourceRank {
                rank,
                written: lexicon::rank_in_full(&text[r]),
                passage: Some(Passage::new(m.article, m.range())),
            });
        }
    }
    for a in entity.attr(AttrKey::Rank) {
        let probe = format!("{} X", a.value.trim());
        if let Some((_, rank)) = rank_before(&probe, probe.len() - 1) {
            let passage = match &a.provenance {
                Provenance::Source(p) => Some(p.clone()),
                Provenance::Gazetteer => None,
            };
            out.push(SourceRank {
                rank,
                written: rank.canonical.to_string(),
                passage,
            });
        }
    }
    out.retain(|r| r.rank.military);
    out
}

pub fn check(cx: &Context) -> Vec<Finding> {
    let mut out = Vec::new();
    for m in &cx.matches {
        let Some(e) = m.unique() else { continue };
        if cx.kind(e) != crate::entity::Kind::Official {
            continue;
        }
        let Some((range, rank)) = rank_before(cx.text, m.range.start) else {
            continue;
        };
        if !rank.military || cx.note.in_code(&range) {
            continue;
        }
        let sources = cx.sources().ranks(e);
        if sources.is_empty() || sources.iter().any(|s| rank.agrees_with(s.rank)) {
            continue;
        }
        let entity = cx.index.entity(e);
        let mut distinct: Vec<&SourceRank> = Vec::new();
        for s in sources.iter() {
            if !distinct.iter().any(|d| d.rank == s.rank) {
                distinct.push(s);
            }
        }
        let describe = |s: &SourceRank| match &s.passage {
            Some(p) => format!(
                "“{}” ({})",
                s.written,
                cx.where_is(p.article, p.range().start)
            ),
            None => format!("“{}” (gazetteer)", s.written),
        };
        let message = if distinct.len() == 1 {
            format!(
                "the sources give {} the rank {}, not “{}”",
                entity.name,
                describe(distinct[0]),
                rank.canonical
            )
        } else {
            let list: Vec<String> = distinct.iter().map(|s| describe(s)).collect();
            format!(
                "the sources disagree on {}’s rank: {}; none says “{}”",
                entity.name,
                list.join(", "),
                rank.canonical
            )
        };
        let stated: Vec<_> = distinct
            .iter()
            .map(|s| (s.passage.clone(), s.written.as_str()))
            .collect();
        out.push(evidence::contradicted(
            cx, CODE, "rank", range, message, &stated,
        ));
    }
    out
}
