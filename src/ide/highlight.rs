//! Semantic highlighting: every mention in a text classified by the kind of entity it names, so that
//! officials, units, exercises, places, organizations and outlets can be told apart at a glance.

use std::ops::Range;

use crate::entity::Kind;
use crate::index::Index;
use crate::matching::{DetailedMatch, MatchQuality};

/// One highlighted stretch of a text. Tokens are in order, never overlap and never span a line break
/// (clients without multi-line token support need that), so a name wrapped over two lines gives two.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    pub range: Range<usize>,
    pub kind: Kind,
    /// The words spell the name unlike every source (a modifier a theme can underline).
    pub variant: bool,
}

/// The tokens of every entity mention in `text`.
pub fn semantic_tokens(index: &Index, text: &str) -> Vec<Token> {
    semantic_tokens_of(index, text, &index.matcher().find_detailed(text))
}

/// The tokens of the mentions the matcher found in `text` (`matches`, as [`crate::matching::Matcher::find_detailed`]
/// gives them), for a caller that keeps them.
pub fn semantic_tokens_of(index: &Index, text: &str, matches: &[DetailedMatch]) -> Vec<Token> {
    let mut out = Vec::new();
    for m in matches.iter().filter_map(DetailedMatch::first) {
        let Some(e) = index.entities.get(m.entity.0 as usize) else {
            continue;
        };
        let Some(words) = text.get(m.range.clone()) else {
            continue;
        };
        let mut at = m.range.start;
        for line in words.split('\n') {
            let piece = line.trim_end_matches('\r');
            let lead = piece.len() - piece.trim_start().len();
            let piece = piece.trim();
            if !piece.is_empty() {
                out.push(Token {
                    range: at + lead..at + lead + piece.len(),
                    kind: e.kind,
                    variant: m.quality == MatchQuality::Variant,
                });
            }
            at += line.len() + 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ide::fixture;

    #[test]
    fn kinds_are_told_apart() {
        let index = fixture::index();
        let note =
            "Koval of the 58th Army led Kavkaz-2009 at the Prudboi range (RIA Novosti, May 12).";
        let got: Vec<(&str, Kind)> = semantic_tokens(&index, note)
            .into_iter()
            .map(|t| (&note[t.range], t.kind))
            .collect();
        assert_eq!(
            got,
            [
                ("Koval", Kind::Official),
                ("58th Army", Kind::Unit),
                ("Kavkaz-2009", Kind::Exercise),
                ("Prudboi range", Kind::Place),
                ("RIA Novosti", Kind::Outlet),
            ]
        );
    }

    #[test]
    fn nothing_known_nothing_highlighted() {
        let index = fixture::index();
        assert!(semantic_tokens(&index, "plain words only").is_empty());
        assert!(semantic_tokens(&index, "").is_empty());
    }
}
