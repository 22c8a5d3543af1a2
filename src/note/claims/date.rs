//! Dates: "on March 29", "March 28-29", "28 March 2006", "in late March", "mid-April". Each becomes a
//! month and an interval of days, so that "late March" does not contradict "March 27".

use std::ops::Range;

use super::words::{Token, tokens};
use crate::recognize::lexicon::MONTH_NAMES;

/// A date or span of days within one month.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateClaim {
    pub range: Range<usize>,
    pub month: u8,
    pub first_day: u8,
    pub last_day: u8,
    pub year: Option<u16>,
}

impl DateClaim {
    /// True when both can name the same day.
    pub fn compatible(&self, other: &DateClaim) -> bool {
        self.month == other.month
            && self.first_day <= other.last_day
            && other.first_day <= self.last_day
            && match (self.year, other.year) {
                (Some(a), Some(b)) => a == b,
                _ => true,
            }
    }
}

/// The month a word names (1-12): full names and the usual abbreviations.
pub fn month(word: &str) -> Option<u8> {
    // Month names are capitalized and at most nine letters: most words are out before any allocation.
    if !word.starts_with(|c: char| c.is_ascii_uppercase()) || word.len() > 10 {
        return None;
    }
    // Lower-cased on the stack: every capitalized word of every sentence comes here.
    let word = word.trim_end_matches('.');
    let mut buf = [0u8; 10];
    let lower = buf.get_mut(..word.len())?;
    lower.copy_from_slice(word.as_bytes());
    lower.make_ascii_lowercase();
    let lower = std::str::from_utf8(lower).ok()?;
    MONTH_NAMES
        .iter()
        .position(|m| *m == lower || ((3..=4).contains(&lower.len()) && m.starts_with(lower)))
        .map(|i| i as u8 + 1)
}

fn day(word: &str) -> Option<u8> {
    let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &word[digits.len()..];
    if !matches!(suffix, "" | "st" | "nd" | "rd" | "th") || digits.is_empty() || digits.len() > 2 {
        return None;
    }
    digits.parse::<u8>().ok().filter(|d| (1..=31).contains(d))
}

fn year(word: &str) -> Option<u16> {
    (word.len() == 4)
        .then(|| word.parse::<u16>().ok())
        .flatten()
        .filter(|y| (1900..=2100).contains(y))
}

/// Every date in `text[range]` outside `exclude` (citations, entity names).
pub fn dates(text: &str, range: Range<usize>, exclude: &[Range<usize>]) -> Vec<DateClaim> {
    dates_in(text, &tokens(text, range), exclude)
}

/// Like [`dates`], on the sentence's words already split (one split serves every claim parser).
pub fn dates_in(text: &str, toks: &[Token], exclude: &[Range<usize>]) -> Vec<DateClaim> {
    let w = |i: usize| toks.get(i).map_or("", |t| &text[t.range.clone()]);
    let gap = |i: usize| -> &str {
        match (toks.get(i), toks.get(i + 1)) {
            (Some(a), Some(b)) => text[a.range.end..b.range.start].trim(),
            _ => "",
        }
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let t = &toks[i];
        if exclude
            .iter()
            .any(|e| e.start < t.range.end && t.range.start < e.end)
        {
            i += 1;
            continue;
        }
        let word = w(i);
        // "mid-March", "late-March"
        let (part, month_word) = match word.split_once('-') {
            Some((p, m)) if matches!(p.to_ascii_lowercase().as_str(), "mid" | "early" | "late") => {
                (Some(p), m)
            }
            _ => (None, word),
        };
        let Some(m) = month(month_word) else {
            i += 1;
            continue;
        };
        let prev = i.checked_sub(1).map(|p| w(p).to_ascii_lowercase());
        let part = part.map(str::to_ascii_lowercase).or_else(|| {
            prev.clone()
                .filter(|p| matches!(p.as_str(), "early" | "mid" | "late"))
        });
        let mut start = if part.is_some() && !word.contains('-') {
            toks[i - 1].range.start
        } else {
            t.range.start
        };
        let mut end = t.range.end;
        let mut j = i + 1;
        let (mut first, mut last) = (1u8, 31u8);
        if let Some(d) = day(w(j)).filter(|_| matches!(gap(i), "" | ".")) {
            first = d;
            last = d;
            end = toks[j].range.end;
            j += 1;
            let g = gap(j - 1);
            if matches!(g, "-" | "–") || (g.is_empty() && matches!(w(j), "and" | "to")) {
                let k = if g.is_empty() { j + 1 } else { j };
                if let Some(d2) = day(w(k)).filter(|d2| *d2 > d) {
                    last = d2;
                    end = toks[k].range.end;
                    j = k + 1;
                }
            }
        } else if let Some(d) = i
            .checked_sub(1)
            .and_then(|p| day(w(p)).filter(|_| gap(p).is_empty()))
        {
            // "28 March"
            first = d;
            last = d;
            start = toks[i - 1].range.start;
        } else if let Some(p) = &part {
            (first, last) = match p.as_str() {
                "early" => (1, 10),
                "mid" => (11, 20),
                _ => (21, 31),
            };
        } else if m == 5
            && !matches!(
                prev.as_deref(),
                Some("in" | "of" | "since" | "until" | "by")
            )
        {
            // "May" alone is usually the verb.
            i += 1;
            continue;
        } else if !matches!(
            prev.as_deref(),
            Some("in" | "of" | "since" | "until" | "by" | "during" | "from")
        ) {
            i += 1;
            continue;
        }
        let mut year_value = None;
        if let Some(y) = year(w(j)) {
            year_value = Some(y);
            end = toks[j].range.end;
            j += 1;
        }
        out.push(DateClaim {
            range: start..end,
            month: m,
            first_day: first,
            last_day: last,
            year: year_value,
        });
        i = j;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(t: &str) -> Vec<(u8, u8, u8, &str)> {
        dates(t, 0..t.len(), &[])
            .into_iter()
            .map(|d| (d.month, d.first_day, d.last_day, &t[d.range]))
            .collect()
    }

    #[test]
    fn forms_of_dates() {
        assert_eq!(
            d("visited on March 28-29."),
            vec![(3, 28, 29, "March 28-29")]
        );
        assert_eq!(d("on 4 April 2006"), vec![(4, 4, 4, "4 April 2006")]);
        assert_eq!(d("in late March"), vec![(3, 21, 31, "late March")]);
        assert_eq!(d("by mid-Oct."), vec![(10, 11, 20, "mid-Oct")]);
        assert_eq!(d("Sept. 3 and 5"), vec![(9, 3, 5, "Sept. 3 and 5")]);
    }

    #[test]
    fn not_dates() {
        assert!(d("The troops may March on. May I?").is_empty());
        assert!(d("the marching band").is_empty());
    }

    #[test]
    fn spans_overlap() {
        let a = &dates("March 28-29", 0..11, &[])[0];
        let b = &dates("March 29", 0..8, &[])[0];
        let c = &dates("March 25", 0..8, &[])[0];
        assert!(a.compatible(b));
        assert!(!a.compatible(c));
    }
}
