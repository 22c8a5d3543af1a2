//! What findings that contradict a note cite and offer, built one way for every check: the sources'
//! values as evidence, their sentences as related information, and one fix per value the sources state.

use std::ops::Range;

use super::context::{Aligned, Context, Evidence};
use super::{Edit, Finding, Fix, Related, Severity};
use crate::entity::Passage;

/// The values aligned source sentences state, each as the source writes it (whitespace folded, since a
/// value may be hard-wrapped) and as the text that replaces the note's words.
pub fn verbatim<T>(
    cx: &Context,
    aligned: &[Aligned<T>],
    range: impl Fn(&T) -> Range<usize>,
) -> Vec<Evidence> {
    aligned
        .iter()
        .flat_map(|a| {
            let text = &cx.index.article(a.article).text;
            a.values.iter().map(|v| {
                let w = text[range(v)]
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ");
                Evidence {
                    article: a.article,
                    sentence: a.sentence.clone(),
                    written: w.clone(),
                    replacement: w,
                }
            })
        })
        .collect()
}

/// A warning that the note's words at `range` contradict what the sources state about an entity's
/// `what` (rank, post): each source's sentence as related information, each value it states as a fix.
pub fn contradicted(
    cx: &Context,
    code: &'static str,
    what: &str,
    range: Range<usize>,
    message: String,
    stated: &[(Option<Passage>, &str)],
) -> Finding {
    Finding {
        code,
        severity: Severity::Warning,
        related: source_sentences(cx, stated.iter().filter_map(|(p, _)| p.clone())),
        fixes: replacements(what, &range, stated.iter().map(|(_, w)| *w)),
        range,
        message,
    }
}

/// The whole source sentence around each passage, quoted, as related information.
fn source_sentences(cx: &Context, passages: impl IntoIterator<Item = Passage>) -> Vec<Related> {
    passages
        .into_iter()
        .map(|p| {
            let sentence = cx.sentence_of(&p);
            let quote = cx.quote_sentence(p.article, &sentence);
            Related {
                passage: Passage::new(p.article, sentence),
                message: format!("the source: “{quote}”"),
            }
        })
        .collect()
}

/// One fix per value the sources state, each putting the source's words in place of the note's:
/// "Change the `what` to “…”".
fn replacements<'s>(
    what: &str,
    range: &Range<usize>,
    written: impl IntoIterator<Item = &'s str>,
) -> Vec<Fix> {
    written
        .into_iter()
        .map(|w| Fix {
            title: format!("Change the {what} to “{w}”"),
            edits: vec![Edit {
                range: range.clone(),
                new_text: w.to_string(),
            }],
            gazetteer_entry: None,
        })
        .collect()
}
