//! Exercise series across articles. One article names "Talisman Sabre 2023" near a word for an exercise;
//! another says only that observers "attended Talisman Sabre". Recognition sees one article at a time, so
//! the second mention is found here, once every article's exercises are known.

use std::ops::Range;

use crate::corpus::Article;
use crate::entity::{Entity, Kind};
use crate::recognize::exercise::series_of;
use crate::recognize::lexicon;

/// A series name distinctive enough to find by its spelling alone: two or more capitalized words
/// ("Talisman Sabre") or a known series ("Zapad"). One ordinary word ("Dragon", "Shield") is not.
fn distinctive(series: &str) -> bool {
    let words = || series.split(' ');
    words().count() >= 2 && words().all(|w| w.starts_with(|c: char| c.is_uppercase()))
        || lexicon::exercise_series(series)
}

/// Adds the mentions of exercise series that articles name bare and recognition left unfound. A series
/// with several editions in the corpus is left alone: which one a bare name means is unknown.
pub fn add_series_mentions(articles: &[Article], entities: &mut [Entity]) {
    // Series name → the one exercise entity it belongs to (None once a second one claims it).
    let mut series: Vec<(String, Option<usize>)> = Vec::new();
    for (i, e) in entities.iter().enumerate() {
        if e.kind != Kind::Exercise {
            continue;
        }
        for n in std::iter::once(&e.name).chain(&e.aliases) {
            let s = series_of(n);
            if s.is_empty() || !distinctive(s) {
                continue;
            }
            match series.iter_mut().find(|(x, _)| x == s) {
                Some(slot) if slot.1 != Some(i) => slot.1 = None,
                Some(_) => {}
                None => series.push((s.to_string(), Some(i))),
            }
        }
    }
    let owners: Vec<(String, usize)> = series
        .into_iter()
        .filter_map(|(s, owner)| Some((s, owner?)))
        .collect();
    super::bare::add_mentions(articles, entities, &owners, standalone);
}

/// True when `r` is a whole name in `text`: not inside a word, not followed by an edition's number
/// ("Talisman Sabre 2025" is another edition), and not the end of a longer capitalized name ("Operation
/// Talisman Sabre" aside, a capitalized word right before it belongs to a name that is not this one),
/// unless that word opens its sentence.
fn standalone(text: &str, r: &Range<usize>) -> bool {
    let before = &text[..r.start];
    let after = &text[r.end..];
    if before.ends_with(|c: char| c.is_alphanumeric() || c == '-')
        || after.starts_with(|c: char| c.is_alphanumeric())
    {
        return false;
    }
    let mut rest = after.chars();
    if matches!(rest.next(), Some(' ' | '-')) && rest.next().is_some_and(|c| c.is_ascii_digit()) {
        return false;
    }
    let lead = before.trim_end_matches(' ');
    if lead.len() == before.len() {
        return true;
    }
    let word_start = lead.rfind(|c: char| !c.is_alphanumeric()).map_or(0, |i| {
        i + lead[i..].chars().next().map_or(1, char::len_utf8)
    });
    let word = &lead[word_start..];
    let opens_sentence = lead[..word_start]
        .trim_end()
        .chars()
        .last()
        .is_none_or(|c| matches!(c, '.' | '!' | '?' | '\n' | '"' | '“'));
    !word.starts_with(|c: char| c.is_uppercase())
        || opens_sentence
        || matches!(word, "Exercise" | "Operation")
}

#[cfg(test)]
mod tests {
    use super::standalone;

    fn at(text: &str, name: &str) -> bool {
        let s = text.find(name).unwrap_or(0);
        standalone(text, &(s..s + name.len()))
    }

    #[test]
    fn a_whole_bare_name_only() {
        assert!(at(
            "Observers attended Talisman Sabre last year.",
            "Talisman Sabre"
        ));
        assert!(at("During Talisman Sabre, ships sailed.", "Talisman Sabre"));
        assert!(!at(
            "Observers attended Talisman Sabre 2025.",
            "Talisman Sabre"
        ));
        assert!(!at("The Great Talisman Sabre hotel.", "Talisman Sabre"));
        assert!(!at("Talisman Sabres are sold.", "Talisman Sabre"));
    }
}
