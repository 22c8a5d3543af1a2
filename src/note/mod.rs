//! What a Markdown note says: its front matter (which sources it is about), its prose sentences (code
//! blocks and inline code are not prose), the quotations it makes and the claims (ranks, posts, numbers,
//! dates, places) next to entity mentions.

pub mod claims;
pub mod front_matter;
pub mod sentences;

use std::ops::Range;

use pulldown_cmark::{Event, Parser, Tag, TagEnd};

/// A note, scanned once per version of its text. Ranges are byte ranges into the note's text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Note {
    /// Sources named in YAML front matter (`source: ...` or `sources: [...]`), as written.
    pub sources: Vec<String>,
    /// Where each of `sources` is written in the front matter.
    pub source_ranges: Vec<Range<usize>>,
    /// The note after its front matter.
    pub body: Range<usize>,
    /// Text between quotation marks (straight or curly) in prose, without the marks.
    pub quotations: Vec<Range<usize>>,
    /// Prose sentences (list items and headings are sentences of their own), in order.
    pub sentences: Vec<Range<usize>>,
    /// Code blocks, inline code and raw HTML: never checked. Sorted and disjoint (Markdown does not nest
    /// them), which lets lookups search instead of scan.
    pub code: Vec<Range<usize>>,
}

impl Note {
    pub fn parse(text: &str) -> Note {
        let fm = front_matter::parse(text);
        let body = fm.body_start..text.len();
        let (blocks, inline) = code_ranges(text, body.clone());
        let mut sentences = Vec::new();
        for segment in subtract(body.clone(), &blocks) {
            for block in markdown_blocks(text, segment) {
                sentences.extend(sentences::split(text, block));
            }
        }
        let mut code = blocks;
        code.extend(inline);
        code.sort_by_key(|r| r.start);
        let quotations = sentences
            .iter()
            .flat_map(|s| quotations(text, s.clone()))
            .filter(|q| !overlaps_any(q, &code))
            .collect();
        let (sources, source_ranges) = fm.sources.into_iter().unzip();
        Note {
            sources,
            source_ranges,
            body,
            quotations,
            sentences,
            code,
        }
    }

    /// True when `range` touches code (a code block, inline code or raw HTML).
    pub fn in_code(&self, range: &Range<usize>) -> bool {
        overlaps_any(range, &self.code)
    }

    /// The code ranges that touch `range`, in order.
    pub fn code_in(&self, range: &Range<usize>) -> &[Range<usize>] {
        overlapping(range, &self.code)
    }

    /// The sentence holding byte `offset`, if it is prose.
    pub fn sentence_at(&self, offset: usize) -> Option<Range<usize>> {
        let i = self.sentences.partition_point(|s| s.end <= offset);
        self.sentences.get(i).filter(|s| s.start <= offset).cloned()
    }
}

fn overlaps_any(r: &Range<usize>, list: &[Range<usize>]) -> bool {
    !overlapping(r, list).is_empty()
}

/// The ranges of `list` (sorted and disjoint, so that their ends are sorted too) that touch `r`: a
/// long note has thousands of code spans, and every mention and sentence asks.
fn overlapping<'l>(r: &Range<usize>, list: &'l [Range<usize>]) -> &'l [Range<usize>] {
    let from = list.partition_point(|c| c.end <= r.start);
    let to = list.partition_point(|c| c.start < r.end);
    list.get(from..to).unwrap_or(&[])
}

/// Code blocks (and raw HTML blocks), then inline code spans and inline HTML, as byte ranges of `text`.
fn code_ranges(text: &str, body: Range<usize>) -> (Vec<Range<usize>>, Vec<Range<usize>>) {
    let mut blocks = Vec::new();
    let mut inline = Vec::new();
    let Some(slice) = text.get(body.clone()) else {
        return (blocks, inline);
    };
    let mut open: Option<usize> = None;
    for (event, r) in Parser::new(slice).into_offset_iter() {
        let r = body.start + r.start..body.start + r.end;
        match event {
            Event::Start(Tag::CodeBlock(_) | Tag::HtmlBlock) if open.is_none() => {
                open = Some(r.start);
                blocks.push(r);
            }
            Event::End(TagEnd::CodeBlock | TagEnd::HtmlBlock) => open = None,
            Event::Code(_) | Event::InlineHtml(_) => inline.push(r),
            _ => {}
        }
    }
    (blocks, inline)
}

/// `range` without the (sorted, disjoint) `holes`.
fn subtract(range: Range<usize>, holes: &[Range<usize>]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = range.start;
    for h in holes {
        if h.start > start {
            out.push(start..h.start.min(range.end));
        }
        start = start.max(h.end);
    }
    if start < range.end {
        out.push(start..range.end);
    }
    out
}

/// Splits prose at lines that open a Markdown block of their own: list items, headings, quotes, rules,
/// table rows. The markers themselves are left out.
fn markdown_blocks(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = range.start;
    let mut line_start = range.start;
    while line_start < range.end {
        let line_end = text[line_start..range.end]
            .find('\n')
            .map_or(range.end, |i| line_start + i);
        let line = &text[line_start..line_end];
        let marker = block_marker_len(line);
        if let Some(m) = marker {
            if line_start > start {
                out.push(start..line_start);
            }
            start = line_start + m;
        }
        line_start = line_end + 1;
    }
    if start < range.end {
        out.push(start..range.end);
    }
    out
}

/// Length of a block marker opening `line` ("- ", "12. ", "## ", "> "), when it has one.
fn block_marker_len(line: &str) -> Option<usize> {
    let indent = line.len() - line.trim_start().len();
    let rest = &line[indent..];
    let marker = if let Some(r) = rest.strip_prefix(['-', '*', '+']) {
        r.starts_with(' ').then_some(2)
    } else if rest.starts_with('#') {
        let hashes = rest.bytes().take_while(|&b| b == b'#').count();
        rest[hashes..].starts_with(' ').then_some(hashes + 1)
    } else if let Some(r) = rest.strip_prefix('>') {
        Some(if r.starts_with(' ') { 2 } else { 1 })
    } else if rest.starts_with('|') {
        Some(1)
    } else {
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        (digits > 0
            && digits < 4
            && rest[digits..].starts_with(['.', ')'])
            && rest[digits + 1..].starts_with(' '))
        .then_some(digits + 2)
    };
    marker.map(|m| indent + m)
}

/// Quoted stretches of a sentence: curly pairs, and straight double quotes taken two by two.
fn quotations(text: &str, sentence: Range<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut open: Option<(usize, char)> = None;
    let Some(s) = text.get(sentence.clone()) else {
        return out;
    };
    // Only three characters matter, found by their bytes without decoding the others: every sentence of
    // a long note is scanned on each check.
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let (c, len) = match bytes[i] {
            b'"' => ('"', 1),
            0xE2 if bytes[i + 1..].starts_with(&[0x80, 0x9C]) => ('“', 3),
            0xE2 if bytes[i + 1..].starts_with(&[0x80, 0x9D]) => ('”', 3),
            _ => {
                i += 1;
                continue;
            }
        };
        let at = sentence.start + i;
        i += len;
        match (c, open) {
            ('“', _) => open = Some((at + c.len_utf8(), '”')),
            ('"', None) => open = Some((at + 1, '"')),
            (c, Some((start, close))) if c == close => {
                if at > start {
                    out.push(start..at);
                }
                open = None;
            }
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::Note;

    #[test]
    fn front_matter_code_and_list_items() {
        let t = "---\nsource: a.txt\n---\n# Notes\n\n- General Petrov came. He \"said\n  this\" here.\n- Then `Colonel X` left.\n\n```\nColonel Y said \"nothing\".\n```\n";
        let n = Note::parse(t);
        assert_eq!(n.sources, vec!["a.txt"]);
        let sents: Vec<_> = n.sentences.iter().map(|r| &t[r.clone()]).collect();
        assert_eq!(
            sents,
            vec![
                "Notes",
                "General Petrov came.",
                "He \"said\n  this\" here.",
                "Then `Colonel X` left."
            ]
        );
        let quotes: Vec<_> = n.quotations.iter().map(|r| &t[r.clone()]).collect();
        assert_eq!(quotes, vec!["said\n  this"]);
        let x = t.find("Colonel X").unwrap();
        assert!(n.in_code(&(x..x + 9)));
        let y = t.find("Colonel Y").unwrap();
        assert!(n.in_code(&(y..y + 9)));
        assert!(n.sentence_at(y).is_none());
    }

    #[test]
    fn code_lookups_find_every_span_a_range_touches() {
        let t = "A `one` b `two` c <b>x</b> d\n\n```\nblock\n```\n\ne `three` f\n";
        let n = Note::parse(t);
        let spans: Vec<_> = n.code.iter().map(|r| &t[r.clone()]).collect();
        assert_eq!(
            spans,
            vec![
                "`one`",
                "`two`",
                "<b>",
                "</b>",
                "```\nblock\n```",
                "`three`"
            ]
        );
        let at = |w: &str| t.find(w).unwrap();
        let (b, c, e) = (at(" b "), at(" c "), at("e `"));
        let names = |r: std::ops::Range<usize>| -> Vec<&str> {
            n.code_in(&r).iter().map(|c| &t[c.clone()]).collect()
        };
        assert_eq!(names(0..t.len()), spans);
        assert_eq!(names(b..c + 2), vec!["`two`"]);
        assert!(names(b..b + 2).is_empty());
        assert_eq!(
            names(at("block")..e + 4),
            vec!["```\nblock\n```", "`three`"]
        );
        assert!(!n.in_code(&(b..b + 2)));
        assert!(n.in_code(&(at("two")..at("two"))));
        assert!(!n.in_code(&(t.len()..t.len())));
    }

    #[test]
    fn curly_quotations() {
        let t = "He said “we are ready” and left.";
        let n = Note::parse(t);
        assert_eq!(&t[n.quotations[0].clone()], "we are ready");
    }
}
