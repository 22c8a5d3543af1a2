//! Finding where a quotation in a note comes from in the sources: the exact passage, or the closest one
//! when the words differ (a dropped "very", a changed word). Case, punctuation, curly or straight quotes
//! and line breaks do not make a quotation inexact; an ellipsis ("...", "…") skips words.

use std::collections::HashMap;
use std::ops::Range;
use std::rc::Rc;

use crate::entity::{ArticleId, Passage};
use crate::index::Index;

/// Where a quotation was found and whether the words are exactly the source's.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuoteMatch {
    pub passage: Passage,
    pub exact: bool,
}

/// Quotations shorter than this many words are not looked up: a quoted word or two is a term, not a
/// quotation ("the so-called “base”").
pub const MIN_WORDS: usize = 3;
/// Share of a quotation's words a source passage must reproduce to count as its closest passage.
const MIN_SIMILARITY: f64 = 0.6;
/// Articles compared word by word, at most, for one quotation.
const MAX_CANDIDATES: usize = 200;

/// The source passage a quotation reproduces (or comes closest to), if any source is close enough.
pub fn locate_quotation(index: &Index, quoted: &str) -> Option<QuoteMatch> {
    locate_quotation_in(index, quoted, &[])
}

/// Like [`locate_quotation`], looking in `preferred` articles first (the note's declared sources).
pub fn locate_quotation_in(
    index: &Index,
    quoted: &str,
    preferred: &[ArticleId],
) -> Option<QuoteMatch> {
    QuoteSearch::new(index).locate(quoted, preferred)
}

/// Lower-cased words of a text with their byte ranges.
type Words = Vec<(Range<usize>, String)>;

/// Quotation lookups over one index that share their work: each article is split into words once, and
/// a quotation repeated in a note is looked up once.
pub struct QuoteSearch<'a> {
    index: &'a Index,
    words: HashMap<ArticleId, Rc<Words>>,
    done: HashMap<(String, Vec<ArticleId>), Option<QuoteMatch>>,
}

impl<'a> QuoteSearch<'a> {
    pub fn new(index: &'a Index) -> QuoteSearch<'a> {
        QuoteSearch {
            index,
            words: HashMap::new(),
            done: HashMap::new(),
        }
    }

    fn article_words(&mut self, a: ArticleId) -> Rc<Words> {
        let index = self.index;
        self.words
            .entry(a)
            .or_insert_with(|| Rc::new(words(&index.article(a).text)))
            .clone()
    }

    /// The passage `quoted` reproduces or comes closest to, `preferred` articles first.
    pub fn locate(&mut self, quoted: &str, preferred: &[ArticleId]) -> Option<QuoteMatch> {
        let key = (quoted.to_string(), preferred.to_vec());
        if let Some(found) = self.done.get(&key) {
            return found.clone();
        }
        let found = self.search(quoted, preferred);
        self.done.insert(key, found.clone());
        found
    }

    fn search(&mut self, quoted: &str, preferred: &[ArticleId]) -> Option<QuoteMatch> {
        let segments: Vec<Vec<String>> = quoted
            .split(['…'])
            .flat_map(|s| s.split("..."))
            .map(|s| words(s).into_iter().map(|(_, w)| w).collect::<Vec<_>>())
            .filter(|w| !w.is_empty())
            .collect();
        let total: usize = segments.iter().map(Vec::len).sum();
        if total < MIN_WORDS {
            return None;
        }
        let mut best: Option<(f64, QuoteMatch)> = None;
        for article in candidates(self.index, quoted, preferred) {
            let source = self.article_words(article);
            let Some((sim, range)) = align_segments(&segments, &source) else {
                continue;
            };
            let exact = sim >= 1.0;
            let m = QuoteMatch {
                passage: Passage::new(article, range),
                exact,
            };
            if exact {
                return Some(m);
            }
            if sim >= MIN_SIMILARITY && best.as_ref().is_none_or(|(s, _)| sim > *s) {
                best = Some((sim, m));
            }
        }
        best.map(|(_, m)| m)
    }
}

/// Articles worth aligning: the preferred ones, then those containing one of the quotation's longest
/// words as written (a misquote rarely changes all of them).
fn candidates<'i>(
    index: &'i Index,
    quoted: &str,
    preferred: &'i [ArticleId],
) -> impl Iterator<Item = ArticleId> + 'i {
    let mut long: Vec<String> = quoted
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 4)
        .map(str::to_string)
        .collect();
    long.sort_by_key(|w| std::cmp::Reverse(w.len()));
    long.dedup();
    long.truncate(3);
    let others = index
        .articles
        .iter()
        .enumerate()
        .map(|(i, a)| (ArticleId(i as u32), a))
        .filter(move |(id, a)| {
            !preferred.contains(id) && long.iter().any(|w| a.text.contains(w.as_str()))
        })
        .map(|(id, _)| id);
    preferred.iter().copied().chain(others).take(MAX_CANDIDATES)
}

/// Lower-cased words with their byte ranges; apostrophes are dropped so "Russia’s" equals "Russia's".
pub fn words(text: &str) -> Vec<(Range<usize>, String)> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut current = String::new();
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        if c.is_alphanumeric() {
            if start.is_none() {
                start = Some(i);
            }
            current.extend(c.to_lowercase());
        } else if matches!(c, '\'' | '’') && start.is_some() {
            continue;
        } else if let Some(s) = start.take() {
            let end = text[..i].trim_end_matches(['\'', '’']).len();
            out.push((s..end, std::mem::take(&mut current)));
        }
    }
    out
}

/// Best alignment of the quotation's segments, in order, within one stretch of the source: the share of
/// quoted words reproduced (1.0 when every segment is found verbatim) and the source byte range.
fn align_segments(
    segments: &[Vec<String>],
    source: &[(Range<usize>, String)],
) -> Option<(f64, Range<usize>)> {
    if segments.len() == 1 {
        return align(&segments[0], source, 0);
    }
    // Ellipses: each segment must follow the previous one closely.
    let mut from = 0;
    let mut first: Option<usize> = None;
    let mut last = 0;
    let mut matched = 0.0;
    let total: usize = segments.iter().map(Vec::len).sum();
    for seg in segments {
        let window_end = if first.is_some() {
            (from + 120).min(source.len())
        } else {
            source.len()
        };
        let (sim, range) = align(seg, &source[..window_end], from)?;
        matched += sim * seg.len() as f64;
        first.get_or_insert(range.start);
        last = range.end;
        from = source.partition_point(|(r, _)| r.start < range.end);
    }
    Some((matched / total as f64, first?..last))
}

/// Semi-global alignment of `quote` against `source[from..]` (free ends in the source). Returns the share
/// of quoted words matched, penalized by extra or missing words, and the source range.
fn align(
    quote: &[String],
    source: &[(Range<usize>, String)],
    from: usize,
) -> Option<(f64, Range<usize>)> {
    let n = quote.len();
    let src = source.get(from..)?;
    if n == 0 || src.is_empty() {
        return None;
    }
    // Exact run first: the common case, and cheap.
    if let Some(pos) = src
        .windows(n)
        .position(|w| w.iter().zip(quote).all(|(a, b)| a.1 == *b))
    {
        return Some((1.0, src[pos].0.start..src[pos + n - 1].0.end));
    }
    // Only stretches sharing a word with the quotation can align well: skip the rest.
    let first_hits: Vec<usize> = src
        .iter()
        .enumerate()
        .filter(|(_, w)| quote.contains(&w.1))
        .map(|(i, _)| i)
        .collect();
    if first_hits.len() * 2 < n.min(6) {
        return None;
    }
    // Dynamic programming over the source (score: +2 match, -1 substitution or gap).
    let m = src.len();
    let mut prev: Vec<(i32, usize)> = (0..=m).map(|j| (0, j)).collect();
    let mut cur = vec![(0i32, 0usize); m + 1];
    for (i, qw) in quote.iter().enumerate() {
        cur[0] = (-(i as i32 + 1), 0);
        for j in 1..=m {
            let diag = prev[j - 1].0 + if src[j - 1].1 == *qw { 2 } else { -1 };
            let up = prev[j].0 - 1;
            let left = cur[j - 1].0 - 1;
            cur[j] = if diag >= up && diag >= left {
                (diag, prev[j - 1].1)
            } else if up >= left {
                (up, prev[j].1)
            } else {
                (left, cur[j - 1].1)
            };
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    // Among equally good ends, the stretch as long as the quotation wins: a changed last word
    // ("by nature" for "by design") scores the same as stopping before it, and the analyst wants the
    // source's word shown.
    let (end, &(score, start)) = prev.iter().enumerate().skip(1).max_by_key(|(j, s)| {
        let span = j.saturating_sub(s.1);
        (
            s.0,
            std::cmp::Reverse(span.abs_diff(n)),
            std::cmp::Reverse(*j),
        )
    })?;
    if start >= end {
        return None;
    }
    let span = end - start;
    let matched = quote
        .iter()
        .filter(|w| src[start..end].iter().any(|s| &s.1 == *w))
        .count();
    let sim = (matched as f64 / n.max(span) as f64).min(if score == 2 * n as i32 && span == n {
        1.0
    } else {
        0.99
    });
    Some((sim, src[start].0.start..src[end - 1].0.end))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ws(s: &str) -> Vec<String> {
        words(s).into_iter().map(|w| w.1).collect()
    }

    #[test]
    fn exact_ignores_case_punctuation_and_apostrophes() {
        let src = "“The Tajik armed forces have been set up thanks to Russia’s assistance.”";
        let (sim, r) = align(
            &ws("the Tajik armed forces have been set up thanks to Russia's assistance"),
            &words(src),
            0,
        )
        .unwrap();
        assert_eq!(sim, 1.0);
        assert_eq!(
            &src[r],
            "The Tajik armed forces have been set up thanks to Russia’s assistance"
        );
    }

    #[test]
    fn closest_passage_for_a_dropped_word() {
        let src = "Military-technical cooperation between our countries is at a very high level today.” Khayrulloyev";
        let (sim, r) = align(
            &ws("cooperation between our countries is at a high level today"),
            &words(src),
            0,
        )
        .unwrap();
        assert!(sim > 0.8 && sim < 1.0, "{sim}");
        assert_eq!(
            &src[r],
            "cooperation between our countries is at a very high level today"
        );
    }

    #[test]
    fn a_changed_last_word_shows_the_source_word() {
        let src =
            "Wolters described the drills as “defensive by design.” The exercise ends in June.";
        let (sim, r) = align(&ws("defensive by nature"), &words(src), 0).unwrap();
        assert!(sim < 1.0, "{sim}");
        assert_eq!(&src[r], "defensive by design");
    }

    #[test]
    fn ellipsis_skips_words() {
        let src = "The Tajik armed forces have been set up thanks to Russia’s assistance and contribution.";
        let segs = vec![
            ws("The Tajik armed forces"),
            ws("thanks to Russia’s assistance"),
        ];
        let (sim, r) = align_segments(&segs, &words(src)).unwrap();
        assert_eq!(sim, 1.0);
        assert_eq!(
            &src[r],
            "The Tajik armed forces have been set up thanks to Russia’s assistance"
        );
    }

    #[test]
    fn unrelated_text_does_not_align() {
        let src = "Soviet standards are no worse.";
        assert!(
            align(
                &ws("the weather in Paris is lovely in spring"),
                &words(src),
                0
            )
            .is_none_or(|(s, _)| s < MIN_SIMILARITY)
        );
    }
}
