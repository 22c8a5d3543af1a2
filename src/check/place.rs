//! `place-mismatch`: a location attached to a unit, exercise, visit or statement that differs from the
//! source's ("the delegation saw the Alpha firing range", the source says Bravo). Ranges and
//! grounds are compared with ranges and grounds, towns with towns; a place the aligned source sentence
//! names anywhere (also as a region of the place) is never a mismatch.

use super::Finding;
use super::context::{ClaimSite, Context, contradiction};
use super::evidence;
use crate::note::claims::places_in;
use crate::recognize::translit;

/// Least context overlap with an entity's own sentences: an entity takes part in many events, so the
/// note's event must be recognizable by at least one shared word.
const MIN_ENTITY_SCORE: usize = 1;

pub const CODE: &str = "place-mismatch";

pub fn check(cx: &Context) -> Vec<Finding> {
    let mut out = Vec::new();
    for (sentence, matches) in cx.sentences() {
        // Places are claims here even when the index knows them as entities: keep them, skip the others.
        let read = cx.note_sentence(&sentence);
        let exclusions: Vec<_> = read
            .exclusions
            .iter()
            .filter(|r| {
                !matches.iter().any(|m| {
                    m.range == **r
                        && m.entities
                            .iter()
                            .all(|e| cx.kind(*e) == crate::entity::Kind::Place)
                })
            })
            .cloned()
            .collect();
        let claims = places_in(cx.text, &read.tokens, &exclusions);
        if claims.is_empty() {
            continue;
        }
        let Some(candidates) = cx.candidates(&sentence) else {
            continue;
        };
        for p in &claims {
            let name = &cx.text[p.range.clone()];
            let key = translit::key(name);
            let site = ClaimSite {
                sentence: sentence.clone(),
                exclude: cx.align_exclusions(&sentence, &p.range),
                min_entity_score: MIN_ENTITY_SCORE,
                key: format!("{:?}|{name}", p.kind),
            };
            // A place the source sentence names anywhere (as the place or as its region) fits.
            let named = |s: super::context::SourceSentence| {
                s.sentence().contains(name) || s.place_keys().contains(&key)
            };
            let Some(aligned) = cx.compare(
                &site,
                &candidates,
                |s| s.places(),
                |v| v.kind == p.kind,
                |s, _| named(s),
            ) else {
                continue;
            };
            // The sentence also states what the source says (two events, two values): no contradiction.
            if aligned.iter().any(|a| {
                a.values.iter().any(|v| {
                    let n = cx.index.article(a.article).slice(v.range.clone());
                    !n.is_empty() && cx.text[sentence.clone()].contains(n)
                })
            }) {
                continue;
            }
            let evidence = evidence::verbatim(cx, &aligned, |v| v.range.clone());
            out.extend(contradiction(
                cx,
                CODE,
                p.range.clone(),
                p.range.clone(),
                &evidence,
            ));
        }
    }
    out
}
