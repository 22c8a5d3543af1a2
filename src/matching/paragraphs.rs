//! The matcher's unit of work: a paragraph, a list item or a heading. A blank line ends a paragraph,
//! and a line that starts with a list marker (`- `, `* `, `+ `, `1. `, `2) `) or a heading's `#`
//! starts a new one. A mention never spans two of them, so a text's mentions are those of its
//! paragraphs, and after an edit only the paragraphs it touched need matching again: the rest keep their
//! mentions, moved by the edit's length.

use std::ops::Range;

use super::{DetailedMatch, Matcher};

/// Where paragraphs start. Whether the offset after a line break is a cut depends only on the line
/// before it and the start of the line after it, which is what lets an edit's neighbourhood be cut
/// without looking further.
pub fn cuts(text: &str) -> impl Iterator<Item = usize> + '_ {
    let mut breaks = line_breaks(text.as_bytes(), 0);
    let mut previous: Option<usize> = None;
    std::iter::from_fn(move || {
        loop {
            let k = breaks.next()?;
            let cut = is_cut(text, previous, k);
            previous = Some(k);
            if cut {
                return Some(k + 1);
            }
        }
    })
}

fn line_breaks(bytes: &[u8], from: usize) -> impl Iterator<Item = usize> + '_ {
    bytes[from..]
        .iter()
        .enumerate()
        .filter(|(_, b)| **b == b'\n')
        .map(move |(i, _)| from + i)
}

/// Whether the line after the line break at `k` starts a paragraph in `text`: the line before it
/// (from the line break `previous`) is blank, or it starts with a list marker or a heading's `#`.
/// Conservative on a text cut short: what it finds there holds in any longer text.
fn is_cut(text: &str, previous: Option<usize>, k: usize) -> bool {
    previous.is_some_and(|j| is_blank(&text[j + 1..k])) || starts_item(&text.as_bytes()[k + 1..])
}

fn is_blank(line: &str) -> bool {
    line.chars().all(char::is_whitespace)
}

/// A list item's marker or a heading's `#`, after any indentation, followed by a space or a tab.
fn starts_item(line: &[u8]) -> bool {
    let indent = line
        .iter()
        .take_while(|b| matches!(b, b' ' | b'\t'))
        .count();
    let rest = &line[indent..];
    let marker = match rest.first() {
        Some(b'-' | b'*' | b'+') => 1,
        Some(b'#') => rest.iter().take_while(|b| **b == b'#').count(),
        Some(b'0'..=b'9') => {
            let digits = rest.iter().take_while(|b| b.is_ascii_digit()).count();
            match rest.get(digits) {
                Some(b'.' | b')') => digits + 1,
                _ => return false,
            }
        }
        _ => return false,
    };
    matches!(rest.get(marker), Some(b' ' | b'\t'))
}

/// The last cut at or before `limit` that `text[..limit]` alone shows to be one (0 when none does).
fn cut_before(text: &str, limit: usize) -> usize {
    let bytes = text.as_bytes();
    let mut end = limit;
    while let Some(k) = bytes[..end].iter().rposition(|b| *b == b'\n') {
        end = k;
        let previous = bytes[..k].iter().rposition(|b| *b == b'\n');
        if starts_item(&bytes[k + 1..limit]) || previous.is_some_and(|j| is_blank(&text[j + 1..k]))
        {
            return k + 1;
        }
    }
    0
}

/// The first cut that `text[from..]` alone shows to be one (`text.len()` when none does).
fn cut_after(text: &str, from: usize) -> usize {
    let mut previous = None;
    for k in line_breaks(text.as_bytes(), from) {
        if is_cut(text, previous, k) {
            return k + 1;
        }
        previous = Some(k);
    }
    text.len()
}

/// Moves a match by `by` bytes.
pub(super) fn shifted(mut m: DetailedMatch, by: isize) -> DetailedMatch {
    let at = |r: &mut Range<usize>| {
        *r = r.start.saturating_add_signed(by)..r.end.saturating_add_signed(by);
    };
    at(&mut m.range);
    m.corrections.iter_mut().for_each(|c| at(&mut c.range));
    m
}

impl Matcher {
    /// The mentions in `text`, as [`Matcher::find_detailed`] finds them, given those of an earlier
    /// version `before` (`found`): only the paragraphs that differ are matched again.
    pub fn find_detailed_after(
        &self,
        before: &str,
        found: &[DetailedMatch],
        text: &str,
    ) -> Vec<DetailedMatch> {
        if before == text {
            return found.to_vec();
        }
        let prefix = before
            .bytes()
            .zip(text.bytes())
            .take_while(|(a, b)| a == b)
            .count();
        let room = before.len().min(text.len()) - prefix;
        let suffix = before
            .bytes()
            .rev()
            .zip(text.bytes().rev())
            .take(room)
            .take_while(|(a, b)| a == b)
            .count();
        // Both cuts lie in the unchanged text, with the blank lines that make them cuts, so they cut the
        // earlier version at the same places; the paragraphs outside them are the same text.
        let start = cut_before(text, prefix);
        let end = cut_after(text, text.len() - suffix).max(start);
        let by = text.len() as isize - before.len() as isize;
        let old_end = end.saturating_add_signed(-by);
        let mut out: Vec<DetailedMatch> = found
            .iter()
            .take_while(|m| m.range.start < start)
            .cloned()
            .collect();
        out.extend(
            self.find_detailed(&text[start..end])
                .into_iter()
                .map(|m| shifted(m, start as isize)),
        );
        let from = found.partition_point(|m| m.range.start < old_end);
        out.extend(found[from..].iter().map(|m| shifted(m.clone(), by)));
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entity::{Entity, Kind};
    use proptest::prelude::*;

    fn entity(id: u32, kind: Kind, name: &str) -> Entity {
        crate::matching::tests::entity(id, kind, name, &[])
    }

    fn matcher() -> Matcher {
        Matcher::new(&[
            entity(0, Kind::Official, "Sherali Khayrulloyev"),
            entity(1, Kind::Official, "Ivan Petrov"),
            entity(2, Kind::Exercise, "Masnad-2006"),
        ])
    }

    #[test]
    fn cuts_follow_blank_lines() {
        let text = "a\n\nb\n \t\nc\r\n\r\nd\n";
        let got: Vec<usize> = cuts(text).collect();
        assert_eq!(got, vec![3, 8, 13]);
        assert_eq!(&text[13..], "d\n");
        assert_eq!(cut_before(text, 13), 13);
        assert_eq!(cut_before(text, 12), 8);
        assert_eq!(cut_before(text, 2), 0);
        assert_eq!(cut_after(text, 4), 8);
        assert_eq!(cut_after(text, 5), 13);
        assert_eq!(cut_after(text, 14), text.len());
        let list = "- a\n- b\n  wrapped\n1. c\n## h\n-x\n";
        assert_eq!(cuts(list).collect::<Vec<_>>(), vec![4, 18, 23]);
        assert_eq!(cut_before(list, 22), 18);
        assert_eq!(cut_before(list, 19), 4, "the marker is cut short");
        assert_eq!(cut_after(list, 4), 18);
    }

    #[test]
    fn a_mention_does_not_span_a_blank_line_or_a_list_item() {
        let m = matcher();
        assert_eq!(m.find("Sherali\n  Khayrulloyev").len(), 1);
        assert_eq!(m.find("- Sherali\n- Khayrulloyev")[0].range, 12..24);
        let split = m.find("Sherali\n\nKhayrulloyev");
        assert_eq!(split.len(), 1);
        assert_eq!(split[0].range, 9..21);
    }

    /// Snippets edits insert: names, variants, blank lines, spaces.
    const INSERTS: &[&str] = &[
        "",
        "x",
        "\n",
        "\n\n",
        " \n",
        " Khayruloev",
        "Ivan ",
        "Petrow",
        "Masnad-2006",
        "Sherali\n",
        "\n- ",
        "- ",
        "\n12. ",
        "#",
    ];

    const TEXT: &str = "Sherali Khayrulloyev met Ivan Petrov.\n\nPetrow and Ivan\nPetrov \
        attended Masnad-2006.\n \nKhayruloev spoke.\n\n\nIvan\n\nPetrov left; Sherally \
        Khayrulloyev stayed.\n- Ivan\n  Petrov\n- Sherali\n1. Khayrulloyev\n## Masnad-2006\n";

    proptest! {
        #[test]
        fn matching_after_edits_is_matching_anew(
            edits in prop::collection::vec((any::<usize>(), 0usize..30, 0..INSERTS.len()), 1..10),
        ) {
            let m = matcher();
            let mut text = TEXT.to_string();
            let mut found = m.find_detailed(&text);
            for (at, len, i) in edits {
                let mut a = at % (text.len() + 1);
                while !text.is_char_boundary(a) {
                    a -= 1;
                }
                let b = (a + len).min(text.len());
                let edited = format!("{}{}{}", &text[..a], INSERTS[i], &text[b..]);
                let again = m.find_detailed_after(&text, &found, &edited);
                prop_assert_eq!(&again, &m.find_detailed(&edited), "after editing into {:?}", edited);
                text = edited;
                found = again;
            }
        }
    }
}
