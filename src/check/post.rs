//! `post-mismatch`: a post that contradicts the sources' post for this person ("Petrov, the foreign
//! minister": the source says defense minister), noting when the sources give that post to someone
//! else. Fix: the sources' words for the post.

use std::ops::Range;

use super::Finding;
use super::cache::Sources;
use super::context::Context;
use super::evidence;
use crate::entity::{ArticleId, AttrKey, EntityId, Kind, Passage, Provenance};
use crate::note::claims::{Post, parse_post, post_near};

pub const CODE: &str = "post-mismatch";

pub(super) struct SourcePost {
    post: Post,
    written: String,
    passage: Option<Passage>,
}

/// Posts the sources give an official: appositions and titles around each mention, and the
/// recognizer's post attributes.
pub(super) fn source_posts(sources: Sources, e: EntityId) -> Vec<SourcePost> {
    let index = sources.index();
    let entity = index.entity(e);
    let mut out = Vec::new();
    for m in sources.mentions_of(e) {
        let p = Passage::new(m.article, m.range());
        let sentence = sources.sentence_of(&p);
        let text = &index.article(m.article).text;
        if let Some((r, post)) = post_near(text, sentence, m.range()) {
            out.push(SourcePost {
                post,
                written: text[r.clone()]
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" "),
                passage: Some(Passage::new(m.article, r)),
            });
        }
    }
    for a in entity.attr(AttrKey::Post) {
        if let Some(post) = parse_post(&a.value) {
            let passage = match &a.provenance {
                Provenance::Source(p) => Some(p.clone()),
                Provenance::Gazetteer => None,
            };
            out.push(SourcePost {
                post,
                written: a.value.trim().to_string(),
                passage,
            });
        }
    }
    out
}

/// Another official the sources (in the same articles) give `post` to.
fn holder(cx: &Context, e: EntityId, post: &Post, articles: &[ArticleId]) -> Option<String> {
    for &a in articles {
        for (r, id) in cx.mentions_in(a) {
            if *id == e || cx.kind(*id) != Kind::Official {
                continue;
            }
            let p = Passage::new(a, r.clone());
            let sentence = cx.sentence_of(&p);
            if let Some((_, other)) = post_near(&cx.index.article(a).text, sentence, r.clone()) {
                if other == *post {
                    return Some(cx.index.entity(*id).name.clone());
                }
            }
        }
    }
    None
}

pub fn check(cx: &Context) -> Vec<Finding> {
    let mut out = Vec::new();
    for (sentence, matches) in cx.sentences() {
        for m in matches {
            let Some(e) = m.unique() else { continue };
            if cx.kind(e) != Kind::Official {
                continue;
            }
            let Some((range, post)) = post_near(cx.text, sentence.clone(), m.range.clone()) else {
                continue;
            };
            // The phrase must not run into another mention (then it may be that person's post).
            if matches.iter().any(|o| {
                o.range != m.range
                    && overlaps(&o.range, &range)
                    && o.entities.iter().any(|x| cx.kind(*x) == Kind::Official)
            }) || cx.note.in_code(&range)
            {
                continue;
            }
            let sources = cx.sources().posts(e);
            if sources.is_empty() || sources.iter().any(|s| !post.contradicts(&s.post)) {
                continue;
            }
            let entity = cx.index.entity(e);
            let written = cx.text[range.clone()]
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            let describe = |s: &SourcePost| match &s.passage {
                Some(p) => format!(
                    "“{}” ({})",
                    s.written,
                    cx.where_is(p.article, p.range().start)
                ),
                None => format!("“{}” (gazetteer)", s.written),
            };
            let mut distinct: Vec<&SourcePost> = Vec::new();
            for s in sources.iter() {
                if !distinct.iter().any(|d| d.post == s.post) {
                    distinct.push(s);
                }
            }
            let mut message = if distinct.len() == 1 {
                format!(
                    "the sources call {} {}, not “{written}”",
                    entity.name,
                    describe(distinct[0])
                )
            } else {
                let list: Vec<String> = distinct.iter().map(|s| describe(s)).collect();
                format!(
                    "the sources disagree on {}’s post: {}; none says “{written}”",
                    entity.name,
                    list.join(", ")
                )
            };
            let articles: Vec<ArticleId> = {
                let mut a: Vec<ArticleId> = cx.mentions_of(e).iter().map(|m| m.article).collect();
                a.dedup();
                a
            };
            if let Some(other) = holder(cx, e, &post, &articles) {
                message.push_str(&format!("; the sources give that post to {other}"));
            }
            let stated: Vec<_> = distinct
                .iter()
                .map(|s| (s.passage.clone(), s.written.as_str()))
                .collect();
            out.push(evidence::contradicted(
                cx, CODE, "post", range, message, &stated,
            ));
        }
    }
    out
}

fn overlaps(a: &Range<usize>, b: &Range<usize>) -> bool {
    a.start < b.end && b.start < a.end
}
