//! `name-variant`: a name spelled unlike every source ("Petrow" or "Petrof" for
//! Petrov; "Shoygu" for Shoigu). Transliteration variants and typos both count; a spelling the analyst added to the
//! gazetteer is a name like any other and never a variant. Fix: the sources' spelling.

use super::context::{Context, one_line};
use super::{Edit, Finding, Fix, Related, Severity};
use crate::entity::Passage;
use crate::matching::MatchQuality;

pub const CODE: &str = "name-variant";

pub fn check(cx: &Context) -> Vec<Finding> {
    let mut out = Vec::new();
    for m in cx
        .matches
        .iter()
        .filter(|m| m.quality == MatchQuality::Variant)
    {
        let Some(&first) = m.entities.first() else {
            continue;
        };
        let entity = cx.index.entity(first);
        for c in &m.corrections {
            let written = &cx.text[c.range.clone()];
            // The source mention that uses the expected spelling, to show and link.
            let mentions = cx.mentions_of(first);
            let source = mentions
                .iter()
                .find(|mention| {
                    cx.index
                        .article(mention.article)
                        .slice(mention.range())
                        .contains(&c.expected)
                })
                .or(mentions.first());
            let (related, where_) = match source {
                Some(mention) => {
                    let p = Passage::new(mention.article, mention.range());
                    let sentence = cx.sentence_of(&p);
                    let quote = cx.quote_sentence(mention.article, &sentence);
                    let where_ = cx.where_is(mention.article, mention.range().start);
                    (
                        vec![Related {
                            passage: Passage::new(mention.article, sentence),
                            message: format!("the source writes “{}” here: “{quote}”", c.expected),
                        }],
                        format!(" ({where_})"),
                    )
                }
                None => (Vec::new(), " (gazetteer)".to_string()),
            };
            let who = if m.entities.len() == 1 {
                format!(" for {} {}", entity.kind.as_str(), entity.name)
            } else {
                String::new()
            };
            out.push(Finding {
                code: CODE,
                severity: Severity::Warning,
                range: c.range.clone(),
                message: format!(
                    "“{}” is spelled “{}” in the sources{who}{where_}",
                    one_line(written, 60),
                    c.expected
                ),
                related,
                fixes: vec![Fix {
                    title: format!("Write “{}” as the sources do", c.expected),
                    edits: vec![Edit {
                        range: c.range.clone(),
                        new_text: c.expected.clone(),
                    }],
                    gazetteer_entry: None,
                }],
            });
        }
    }
    out
}
