//! Words of a sentence with their byte ranges, and the content words that tell two sentences are about
//! the same event.

use std::ops::Range;

use crate::recognize::lexicon::{MONTH_NAMES, number_word};

/// A word: letters and digits, with inner hyphens ("Colonel-General", "two-day"), inner apostrophes
/// ("O'Neill") and digit groups ("3,000", "1.5"). A possessive `’s` is not part of it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    pub range: Range<usize>,
    /// Followed by a possessive `’s` / `'s`.
    pub possessive: bool,
}

/// The words of `text[range]`.
pub fn tokens(text: &str, range: Range<usize>) -> Vec<Token> {
    let Some(s) = text.get(range.clone()) else {
        return Vec::new();
    };
    // English prose averages about six bytes a word with its space: one allocation, rarely two.
    let mut out = Vec::with_capacity(s.len() / 6 + 1);
    // Notes are mostly ASCII: a byte below 0x80 is its character, without decoding.
    let at = |i: usize| match s.as_bytes().get(i) {
        Some(&b) if b.is_ascii() => Some(char::from(b)),
        _ => s.get(i..).and_then(|r| r.chars().next()),
    };
    let mut i = 0;
    while i < s.len() {
        let Some(c) = at(i) else { break };
        if !c.is_alphanumeric() {
            i += c.len_utf8();
            continue;
        }
        let start = i;
        let mut prev = c;
        let mut j = i + c.len_utf8();
        while let Some(c) = at(j) {
            if c.is_alphanumeric() {
                prev = c;
                j += c.len_utf8();
                continue;
            }
            let next_at = j + c.len_utf8();
            let next = at(next_at);
            let joins = match (c, next) {
                ('-' | '‐', Some(n)) => {
                    n.is_alphanumeric() && (prev.is_alphabetic() || n.is_alphabetic())
                }
                (',' | '.', Some(n)) => prev.is_ascii_digit() && n.is_ascii_digit(),
                ('\'' | '’', Some(n)) => {
                    // "O'Neill" joins; a possessive or a closing quote does not.
                    let possessive_s = matches!(n, 's' | 'S')
                        && !at(next_at + 1).is_some_and(char::is_alphanumeric);
                    n.is_alphabetic() && !possessive_s && prev.is_uppercase()
                }
                _ => false,
            };
            if !joins {
                break;
            }
            if let Some(n) = next {
                prev = n;
                j = next_at + n.len_utf8();
            }
        }
        let end = j;
        let mut possessive = false;
        if let Some(q @ ('\'' | '’')) = at(j) {
            let s_at = j + q.len_utf8();
            if matches!(at(s_at), Some('s' | 'S'))
                && !at(s_at + 1).is_some_and(char::is_alphanumeric)
            {
                possessive = true;
                j = s_at + 1;
            }
        }
        out.push(Token {
            range: range.start + start..range.start + end,
            possessive,
        });
        i = j;
    }
    out
}

/// Words that say nothing about which event a sentence reports. Number words are left out as digits
/// are: a count is a claim to compare, not context.
const STOP: &[&str] = &[
    "the",
    "and",
    "that",
    "this",
    "with",
    "from",
    "have",
    "been",
    "were",
    "will",
    "would",
    "which",
    "their",
    "they",
    "them",
    "there",
    "these",
    "those",
    "into",
    "over",
    "also",
    "such",
    "than",
    "then",
    "some",
    "more",
    "most",
    "other",
    "about",
    "after",
    "before",
    "while",
    "where",
    "when",
    "what",
    "whose",
    "only",
    "very",
    "well",
    "said",
    "says",
    "according",
    "being",
    "does",
    "during",
    "each",
    "many",
    "much",
    "must",
    "should",
    "could",
    "still",
    "just",
    "even",
    "because",
    "between",
    "through",
    "under",
    "upon",
    "within",
    "without",
    "against",
    "among",
    "along",
    "around",
    "since",
    "until",
    "year",
    "years",
    "month",
    "months",
    "early",
    "late",
    "note",
    "notes",
    "source",
    "sources",
    "article",
    "here",
    "your",
    "ours",
    "it's",
    "its",
    "his",
    "her",
    "him",
    "who",
    "whom",
    "has",
    "had",
    "was",
    "are",
    "for",
    "not",
    "but",
    "all",
    "any",
    "can",
    "may",
    "least",
    "annually",
    "every",
    "again",
];

/// Verbs of saying and visiting fold to one stem, since notes paraphrase them.
fn synonym(stem: &str) -> &str {
    match stem {
        "explain" | "stat" | "told" | "declar" | "remark" | "spok" | "speak" | "stress" | "add"
        | "say" => "say",
        "visit" | "trip" | "travel" | "tour" => "visit",
        "drill" | "exercis" | "maneuver" | "manoeuvr" => "exercis",
        "saw" | "see" | "seen" | "view" | "inspect" | "observ" => "see",
        _ => stem,
    }
}

/// A crude English stem: enough for "visited"/"visit", "academies"/"academy".
pub fn stem(word: &str) -> String {
    let w = word.to_lowercase();
    let cut = |suffix: &str, keep: usize| -> Option<String> {
        w.strip_suffix(suffix)
            .filter(|s| s.chars().count() >= keep)
            .map(str::to_string)
    };
    let s = cut("ies", 3)
        .map(|s| s + "y")
        .or_else(|| cut("ing", 3))
        .or_else(|| cut("ed", 3))
        .or_else(|| cut("es", 4))
        .or_else(|| cut("s", 3).filter(|_| !w.ends_with("ss")))
        .or_else(|| cut("e", 4))
        .unwrap_or_else(|| w.clone());
    synonym(&s).to_string()
}

/// Stems of the words of `text[range]` that carry meaning, leaving out the `exclude`d ranges (the claim
/// itself, so that a sentence is matched by its context and not by the value under test).
pub fn content_words(text: &str, range: Range<usize>, exclude: &[Range<usize>]) -> Vec<String> {
    let mut out: Vec<String> = tokens(text, range)
        .iter()
        .filter(|t| {
            !exclude
                .iter()
                .any(|e| e.start < t.range.end && t.range.start < e.end)
        })
        .filter_map(|t| content_word(text, t))
        .collect();
    out.sort();
    out.dedup();
    out
}

/// The stem of a token when it carries meaning (see [`content_words`]).
pub fn content_word(text: &str, t: &Token) -> Option<String> {
    let w = text.get(t.range.clone())?;
    if w.chars().nth(2).is_none() || w.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let lower = w.to_lowercase();
    (!STOP.contains(&lower.as_str())
        && number_word(&lower).is_none()
        && !MONTH_NAMES.contains(&lower.as_str()))
    .then(|| stem(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(t: &str) -> Vec<&str> {
        tokens(t, 0..t.len())
            .into_iter()
            .map(|x| &t[x.range])
            .collect()
    }

    #[test]
    fn hyphens_numbers_possessives() {
        assert_eq!(
            words("Colonel-General Khayrulloyev’s 3,000 men, 300-400 a two-day O'Neill's visit."),
            vec![
                "Colonel-General",
                "Khayrulloyev",
                "3,000",
                "men",
                "300",
                "400",
                "a",
                "two-day",
                "O'Neill",
                "visit"
            ]
        );
        let t = "Khayrulloyev’s remarks";
        assert!(tokens(t, 0..t.len())[0].possessive);
    }

    #[test]
    fn content_words_stem_and_skip_stopwords() {
        let t = "The Pakistani delegation visited on March 25.";
        assert_eq!(
            content_words(t, 0..t.len(), &[]),
            vec!["delegation", "pakistani", "visit"]
        );
        assert_eq!(stem("academies"), stem("academy"));
        let t = "Three battalions and twelve aircraft took part, 400 men.";
        assert_eq!(
            content_words(t, 0..t.len(), &[]),
            vec!["aircraft", "battalion", "men", "part", "took"]
        );
    }
}
