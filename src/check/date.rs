//! `date-mismatch`: a date attached to an event or statement that differs from the source's ("the
//! Pakistani delegation visited on March 25", the source says March 28-29). Dates are spans ("late
//! March" is the 21st to the 31st); citation dates are not event dates.

use super::Finding;
use super::context::{ClaimSite, Context, contradiction};
use super::evidence;
use crate::note::claims::dates_in;

/// Least context overlap with an entity's own sentences: an entity takes part in many events, so the
/// note's event must be recognizable by at least one shared word.
const MIN_ENTITY_SCORE: usize = 1;

pub const CODE: &str = "date-mismatch";

pub fn check(cx: &Context) -> Vec<Finding> {
    let mut out = Vec::new();
    for (sentence, _) in cx.sentences() {
        let read = cx.note_sentence(&sentence);
        let claims = dates_in(cx.text, &read.tokens, &read.exclusions);
        if claims.is_empty() {
            continue;
        }
        let Some(candidates) = cx.candidates(&sentence) else {
            continue;
        };
        for d in &claims {
            let site = ClaimSite {
                sentence: sentence.clone(),
                exclude: cx.align_exclusions(&sentence, &d.range),
                min_entity_score: MIN_ENTITY_SCORE,
                key: format!("{}|{}|{}|{:?}", d.month, d.first_day, d.last_day, d.year),
            };
            let Some(aligned) = cx.compare(
                &site,
                &candidates,
                |s| s.dates(),
                |_| true,
                |_, v| v.compatible(d),
            ) else {
                continue;
            };
            // The sentence also states what the source says (two events, two values): no contradiction.
            if aligned.iter().any(|a| {
                claims
                    .iter()
                    .any(|o| o.range != d.range && a.values.iter().any(|v| v.compatible(o)))
            }) {
                continue;
            }
            let evidence = evidence::verbatim(cx, &aligned, |v| v.range.clone());
            out.extend(contradiction(
                cx,
                CODE,
                d.range.clone(),
                d.range.clone(),
                &evidence,
            ));
        }
    }
    out
}
