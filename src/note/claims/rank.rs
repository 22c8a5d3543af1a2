//! Military ranks and titles written before a name ("Colonel-General Ivan Petrov",
//! "Lt. Gen. Petrov", "President Sidorov").

use std::ops::Range;

use super::words::tokens;
use crate::recognize::lexicon;

/// A rank in canonical spelling ("Colonel-General"); `military` is false for titles such as "President".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Rank {
    pub canonical: &'static str,
    pub military: bool,
}

impl Rank {
    /// True when a note's rank agrees with a source's: equal, or the note's bare "General" for any of the
    /// general ranks (a common short form of address).
    pub fn agrees_with(self, source: Rank) -> bool {
        self == source || (self.canonical == "General" && source.canonical.ends_with("General"))
    }
}

const RANKS: &[(&[&str], &str, bool)] = &[
    (&["army", "general"], "Army General", true),
    (&["colonel", "general"], "Colonel-General", true),
    (&["lieutenant", "general"], "Lieutenant-General", true),
    (&["major", "general"], "Major-General", true),
    (&["brigadier", "general"], "Brigadier-General", true),
    (&["lieutenant", "colonel"], "Lieutenant-Colonel", true),
    (&["vice", "admiral"], "Vice-Admiral", true),
    (&["rear", "admiral"], "Rear-Admiral", true),
    (&["senior", "lieutenant"], "Senior Lieutenant", true),
    (&["general"], "General", true),
    (&["colonel"], "Colonel", true),
    (&["major"], "Major", true),
    (&["captain"], "Captain", true),
    (&["lieutenant"], "Lieutenant", true),
    (&["admiral"], "Admiral", true),
    (&["marshal"], "Marshal", true),
    (&["brigadier"], "Brigadier", true),
    (&["sergeant"], "Sergeant", true),
    (&["commodore"], "Commodore", true),
    (&["president"], "President", false),
];

/// A rank word in full and lower case ("Gen." → "general"), through the recognizer's table, so that notes
/// and sources read abbreviations alike.
fn expand(word: &str) -> String {
    match lexicon::rank_word_in_full(word) {
        Some(full) => full.to_ascii_lowercase(),
        None => word.trim_end_matches('.').to_ascii_lowercase(),
    }
}

/// True when `word` (or its abbreviation) is the last word of a rank.
fn ends_rank(word: &str) -> bool {
    if word.is_empty() {
        return false;
    }
    // As `expand` without its lower-case copy: every word after a capitalized one is asked.
    let word = lexicon::rank_word_in_full(word).unwrap_or_else(|| word.trim_end_matches('.'));
    RANKS
        .iter()
        .any(|(phrase, _, _)| phrase.last().is_some_and(|l| l.eq_ignore_ascii_case(word)))
}

/// What may stand between the words of a rank and the name it titles: spaces, abbreviation dots and at most
/// one line break. A blank line ends a paragraph (and a checked block), so a rank before it titles nothing
/// after it.
fn gap(between: &str) -> bool {
    between.chars().all(|c| c.is_whitespace() || c == '.') && between.matches('\n').count() < 2
}

/// The rank written immediately before byte `pos` (only spaces or a line break between), with its range.
pub fn rank_before(text: &str, pos: usize) -> Option<(Range<usize>, Rank)> {
    let mut from = pos.saturating_sub(48);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    // Most words are not preceded by a rank: look at the last word before tokenizing.
    let before = text
        .get(from..pos.min(text.len()))?
        .trim_end_matches(|c: char| c.is_whitespace() || c == '.');
    let word = before
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or(before);
    if !ends_rank(word) {
        return None;
    }
    let toks = tokens(text, from..pos.min(text.len()));
    let last = toks.last()?;
    if !gap(&text[last.range.end..pos]) || last.possessive {
        return None;
    }
    // Words of the last three tokens, hyphenated ranks split, each with the token it came from.
    let mut words: Vec<(String, usize, bool)> = Vec::new();
    for (ti, t) in toks.iter().enumerate().rev().take(3) {
        if ti + 1 < toks.len()
            && (!gap(&text[t.range.end..toks[ti + 1].range.start]) || t.possessive)
        {
            break;
        }
        let parts: Vec<&str> = text[t.range.clone()].split('-').collect();
        for (pi, w) in parts.iter().enumerate().rev() {
            words.push((expand(w), ti, pi == 0));
        }
    }
    words.reverse();
    for (phrase, canonical, military) in RANKS {
        let n = phrase.len();
        if words.len() < n {
            continue;
        }
        let tail = &words[words.len() - n..];
        if tail.iter().zip(phrase.iter()).all(|(w, p)| w.0 == *p) {
            let first_tok = &toks[tail[0].1];
            // A rank before a name is capitalized; "the general" is not a title.
            let first_word_start = text[first_tok.range.clone()].chars().next()?;
            if !first_word_start.is_uppercase() {
                return None;
            }
            // A hyphenated word must be wholly part of the rank ("Colonel-General", not "Ex-General").
            if !tail[0].2 {
                return None;
            }
            return Some((
                first_tok.range.start..last.range.end,
                Rank {
                    canonical,
                    military: *military,
                },
            ));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(t: &str) -> Option<(&str, &'static str)> {
        let pos = t.find('|').unwrap();
        let text = t.replace('|', "");
        rank_before(&text, pos).map(|(range, rank)| (&t[range], rank.canonical))
    }

    #[test]
    fn ranks_before_names() {
        assert_eq!(
            r("Colonel-General |Sherali"),
            Some(("Colonel-General", "Colonel-General"))
        );
        assert_eq!(r("led by General |Shahid"), Some(("General", "General")));
        assert_eq!(
            r("Lt. Gen. |Petrov"),
            Some(("Lt. Gen", "Lieutenant-General"))
        );
        assert_eq!(
            r("Major\nGeneral |Tirmizey"),
            Some(("Major\nGeneral", "Major-General"))
        );
        assert_eq!(
            r("On March 28 President |Emomali"),
            Some(("President", "President"))
        );
    }

    #[test]
    fn a_rank_does_not_title_a_name_after_a_blank_line() {
        assert_eq!(r("- Major-General \n\n |Petrov said"), None);
        // "Major" ends the paragraph before; "General" alone titles the name.
        assert_eq!(r("Major\n\nGeneral |Petrov"), Some(("General", "General")));
        assert_eq!(
            r("- Major-General\n  |Petrov said"),
            Some(("Major-General", "Major-General"))
        );
    }

    #[test]
    fn abbreviated_and_full_ranks_read_alike() {
        assert_eq!(r("Maj. Gen. |Petrov"), Some(("Maj. Gen", "Major-General")));
        assert_eq!(
            r("Major General |Petrov").map(|x| x.1),
            r("Maj. Gen. |Petrov").map(|x| x.1)
        );
        assert_eq!(
            r("Brig Gen |Petrov"),
            Some(("Brig Gen", "Brigadier-General"))
        );
        assert_eq!(r("Capt. |Petrov"), Some(("Capt", "Captain")));
        let (_, major_general) = rank_before("Maj. Gen. X", 10).unwrap();
        let (_, general) = rank_before("Gen. X", 5).unwrap();
        assert!(!major_general.agrees_with(general));
        assert!(general.agrees_with(major_general));
    }

    #[test]
    fn not_ranks() {
        assert_eq!(r("the general |Petrov"), None);
        assert_eq!(r("General Staff, |Petrov"), None);
        assert_eq!(r("met |Petrov"), None);
    }

    #[test]
    fn short_general_agrees_with_longer_general_ranks() {
        let general = Rank {
            canonical: "General",
            military: true,
        };
        let colgen = Rank {
            canonical: "Colonel-General",
            military: true,
        };
        assert!(general.agrees_with(colgen));
        assert!(!colgen.agrees_with(general));
    }
}
