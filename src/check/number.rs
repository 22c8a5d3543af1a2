//! `number-mismatch`: a count the sources contradict ("600 servicemen a year" where the source says
//! "300 to 400"). Counts are intervals: "some 3,500" fits "more than 3,000" and "about 350" fits "300 to
//! 400". Only counts of the same thing (servicemen and troops are one thing) in the source sentence that
//! reports the same event are compared.

use super::Finding;
use super::context::{ClaimSite, Context, Evidence, contradiction};
use crate::note::claims::quantities_in;

pub const CODE: &str = "number-mismatch";

pub fn check(cx: &Context) -> Vec<Finding> {
    let mut out = Vec::new();
    for (sentence, _) in cx.sentences() {
        let read = cx.note_sentence(&sentence);
        let claims = quantities_in(cx.text, &read.tokens, &read.exclusions);
        if claims.is_empty() {
            continue;
        }
        let Some(candidates) = cx.candidates(&sentence) else {
            continue;
        };
        for q in &claims {
            let site = ClaimSite {
                sentence: sentence.clone(),
                exclude: cx.align_exclusions(&sentence, &q.range),
                min_entity_score: 0,
                key: format!("{}|{}|{}", q.noun, q.lo.to_bits(), q.hi.to_bits()),
            };
            let Some(aligned) = cx.compare(
                &site,
                &candidates,
                |s| s.quantities(),
                |v| v.noun == q.noun,
                |_, v| v.compatible(q),
            ) else {
                continue;
            };
            // The sentence also states what the source says (two events, two values): no contradiction.
            if aligned.iter().any(|a| {
                claims.iter().any(|o| {
                    o.range != q.range
                        && a.values.iter().any(|v| v.noun == o.noun && v.compatible(o))
                })
            }) {
                continue;
            }
            let evidence: Vec<Evidence> = aligned
                .iter()
                .flat_map(|a| {
                    let text = &cx.index.article(a.article).text;
                    a.values.iter().map(move |v| Evidence {
                        article: a.article,
                        sentence: a.sentence.clone(),
                        written: one(&text[v.range.clone()]),
                        replacement: one(&text[v.range.start..v.value_range.end]),
                    })
                })
                .collect();
            out.extend(contradiction(
                cx,
                CODE,
                q.range.clone(),
                q.range.start..q.value_range.end,
                &evidence,
            ));
        }
    }
    out
}

fn one(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}
