//! `misquote`: words in quotation marks that no source contains. The message shows the closest source
//! passage and the fix restores it ("cooperation between our countries is at a high level today" → "...
//! at a very high level today"). An exact quotation (case, punctuation and line breaks aside) gets no
//! finding, and a quotation close to no source passage gets none either: it may quote something else.

use super::context::{Context, one_line};
use super::{Edit, Finding, Fix, Related, Severity};
use crate::entity::ArticleId;
use crate::matching::quote::{MIN_WORDS, QuoteSearch, words};

pub const CODE: &str = "misquote";

/// Articles of the sentence's entities looked at before the rest (a place such as a capital is named
/// by thousands of articles; the first few are enough to rank them first).
const MAX_MENTIONS: usize = 50;
const MAX_PREFERRED: usize = 50;

pub fn check(cx: &Context) -> Vec<Finding> {
    let mut out = Vec::new();
    let mut search = QuoteSearch::new(cx.index);
    for q in &cx.note.quotations {
        // Punctuation at the edges of a quotation is the note's, not the source's.
        let raw = &cx.text[q.clone()];
        let lead = raw.len() - raw.trim_start_matches(|c: char| !c.is_alphanumeric()).len();
        let trail = raw.len() - raw.trim_end_matches(|c: char| !c.is_alphanumeric()).len();
        if lead + trail >= raw.len() {
            continue;
        }
        let q = &(q.start + lead..q.end - trail);
        let quoted = &cx.text[q.clone()];
        if words(quoted).len() < MIN_WORDS {
            continue;
        }
        // The note's sources first, then the articles of the entities its sentence names.
        let mut preferred: Vec<ArticleId> = cx.preferred.to_vec();
        if let Some(sentence) = cx.note.sentence_at(q.start) {
            for m in cx.matches_in(&sentence) {
                for &e in &m.entities {
                    for mention in cx.mentions_of(e).iter().take(MAX_MENTIONS) {
                        if !preferred.contains(&mention.article) {
                            preferred.push(mention.article);
                        }
                    }
                }
            }
        }
        preferred.truncate(MAX_PREFERRED);
        let Some(found) = search.locate(quoted, &preferred) else {
            continue;
        };
        if found.exact {
            continue;
        }
        let p = &found.passage;
        let source_text = cx.index.article(p.article).slice(p.range());
        let restored = source_text.split_whitespace().collect::<Vec<_>>().join(" ");
        let shown = one_line(source_text, 240);
        out.push(Finding {
            code: CODE,
            severity: Severity::Warning,
            range: q.clone(),
            message: format!(
                "no source says this; the closest passage is “{shown}” ({})",
                cx.where_is(p.article, p.range().start)
            ),
            related: vec![Related {
                passage: p.clone(),
                message: format!("the source: “{shown}”"),
            }],
            fixes: vec![Fix {
                title: "Restore the source’s words".to_string(),
                edits: vec![Edit {
                    range: q.clone(),
                    new_text: restored,
                }],
                gazetteer_entry: None,
            }],
        });
    }
    out
}
