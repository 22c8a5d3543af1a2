//! What a Markdown note says: its front matter (which sources it is about), its prose sentences, the
//! quotations it makes and the claims (ranks, posts, numbers, dates, places) next to entity mentions.

use std::ops::Range;

/// A note, scanned once per version of its text. Ranges are byte ranges into the note's text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Note {
    /// Sources named in YAML front matter (`source: ...` or `sources: [...]`), as written.
    pub sources: Vec<String>,
    /// The note after its front matter.
    pub body: Range<usize>,
    /// Text between quotation marks (straight or curly), without the marks.
    pub quotations: Vec<Range<usize>>,
}

impl Note {
    pub fn parse(text: &str) -> Note {
        let mut quotations = Vec::new();
        let mut open: Option<usize> = None;
        for (i, c) in text.char_indices() {
            match (c, open) {
                ('"' | '“', None) => open = Some(i + c.len_utf8()),
                ('"' | '”', Some(start)) => {
                    quotations.push(start..i);
                    open = None;
                }
                _ => {}
            }
        }
        Note {
            sources: Vec::new(),
            body: 0..text.len(),
            quotations,
        }
    }
}
