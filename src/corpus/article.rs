//! One source article, parsed once into byte ranges over its text.

use std::ops::Range;
use std::path::PathBuf;

use super::structure;

/// A `Key: value` line from the block that may open an article.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HeaderField {
    pub key: String,
    pub value: String,
    pub range: Range<usize>,
}

/// A byte offset as an article keeps it. Sources are refused far below 4 GiB
/// ([`crate::corpus::MAX_SOURCE_BYTES`]); an offset past that in text from elsewhere is clamped.
fn offset(at: usize) -> u32 {
    u32::try_from(at).unwrap_or(u32::MAX)
}

/// A paragraph of the body, without the whitespace around it: two `u32` offsets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Paragraph {
    start: u32,
    end: u32,
}

impl Paragraph {
    pub fn new(range: Range<usize>) -> Paragraph {
        Paragraph {
            start: offset(range.start),
            end: offset(range.end),
        }
    }

    /// Byte range of the paragraph in the article's text.
    pub fn range(&self) -> Range<usize> {
        self.start as usize..self.end as usize
    }
}

/// A sentence of the body, backed by the closing citation of its paragraph when it has one. A corpus
/// holds millions of sentences, so each is four `u32`s rather than five machine words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sentence {
    start: u32,
    end: u32,
    paragraph: u32,
    /// Index into the article's citations, `u32::MAX` for none.
    citation: u32,
}

impl Sentence {
    pub fn new(range: Range<usize>, paragraph: usize, citation: Option<usize>) -> Sentence {
        Sentence {
            start: offset(range.start),
            end: offset(range.end),
            paragraph: offset(paragraph),
            citation: citation.map_or(u32::MAX, offset),
        }
    }

    /// Byte range of the sentence in the article's text.
    pub fn range(&self) -> Range<usize> {
        self.start as usize..self.end as usize
    }

    /// Index of its paragraph in [`Article::paragraphs`].
    pub fn paragraph(&self) -> usize {
        self.paragraph as usize
    }

    /// Index of the citation that backs it (see [`Article::citation`]).
    pub fn citation(&self) -> Option<usize> {
        (self.citation != u32::MAX).then_some(self.citation as usize)
    }
}

/// One outlet named in a citation: `Interfax, Moscow, March 29`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CitationPart {
    pub outlet: String,
    pub place: Option<String>,
    pub date: Option<String>,
    pub range: Range<usize>,
}

/// The outlet and place of a citation part, borrowed from the text: what recognition reads of every
/// part, without the owned strings of a [`CitationPart`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CitedOutlet<'a> {
    pub outlet: &'a str,
    pub place: Option<&'a str>,
    pub range: Range<usize>,
}

/// A parenthesized citation such as `(Avesta, March 28; Itar-Tass, March 29)`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Citation {
    /// The whole parenthesis, brackets included.
    pub range: Range<usize>,
    pub parts: Vec<CitationPart>,
}

/// A citation as an article keeps it: offsets only, its parts a run of [`Article`]'s part list. Articles
/// of this genre close most paragraphs with a citation, and owned strings for every outlet, place and
/// date would take a third as much memory as the text itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct StoredCitation {
    pub(crate) start: u32,
    pub(crate) end: u32,
    pub(crate) first_part: u32,
    pub(crate) parts: u32,
}

/// A citation part as offsets into the article's text. A place or date is never empty when present, so
/// an empty span stands for none.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct StoredPart {
    pub(crate) range: (u32, u32),
    pub(crate) outlet: (u32, u32),
    pub(crate) place: (u32, u32),
    /// From the first date element to the last: materialized as the elements joined by `, `.
    pub(crate) date: (u32, u32),
}

impl StoredPart {
    pub(crate) fn new(
        range: Range<usize>,
        outlet: Range<usize>,
        place: Option<Range<usize>>,
        date: Option<Range<usize>>,
    ) -> StoredPart {
        let pair = |r: Range<usize>| (offset(r.start), offset(r.end));
        let none = (0, 0);
        StoredPart {
            range: pair(range),
            outlet: pair(outlet),
            place: place.map_or(none, pair),
            date: date.map_or(none, pair),
        }
    }

    fn cited<'a>(&self, text: &'a str) -> CitedOutlet<'a> {
        let get = |(s, e): (u32, u32)| text.get(s as usize..e as usize).unwrap_or("");
        CitedOutlet {
            outlet: get(self.outlet),
            place: (self.place.0 < self.place.1).then(|| get(self.place)),
            range: self.range.0 as usize..self.range.1 as usize,
        }
    }

    fn part(&self, text: &str) -> CitationPart {
        let get = |(s, e): (u32, u32)| text.get(s as usize..e as usize).unwrap_or("");
        let present = |p: (u32, u32)| (p.0 < p.1).then(|| get(p));
        CitationPart {
            outlet: get(self.outlet).to_string(),
            place: present(self.place).map(str::to_string),
            date: present(self.date).map(|d| {
                d.split(',')
                    .map(str::trim)
                    .filter(|e| !e.is_empty())
                    .collect::<Vec<_>>()
                    .join(", ")
            }),
            range: self.range.0 as usize..self.range.1 as usize,
        }
    }
}

/// Text between quotation marks; `range` excludes the marks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quotation {
    pub range: Range<usize>,
    pub sentence: usize,
}

/// The size and modification time a source file had when it was read: what tells a cached recognition of
/// it from a stale one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Stamp {
    pub size: u64,
    /// Nanoseconds since the Unix epoch.
    pub modified: u64,
}

impl Stamp {
    /// The stamp of file metadata, when the platform reports a modification time.
    pub fn of(meta: &std::fs::Metadata) -> Option<Stamp> {
        let modified = meta.modified().ok()?;
        let since = modified.duration_since(std::time::UNIX_EPOCH).ok()?;
        Some(Stamp {
            size: meta.len(),
            modified: u64::try_from(since.as_nanos()).ok()?,
        })
    }
}

/// Lines between two marks of [`Article::line_of`]'s table.
const LINES_PER_MARK: usize = 32;

/// A parsed source article. Every range is a UTF-8 byte range into `text`.
#[derive(Clone, Debug)]
pub struct Article {
    pub path: PathBuf,
    pub text: String,
    pub header: Vec<HeaderField>,
    /// Where the body starts and ends (after the header block).
    pub body: Range<usize>,
    pub paragraphs: Vec<Paragraph>,
    pub sentences: Vec<Sentence>,
    /// Closing citations, in text order (see [`Article::citations`]).
    citations: Vec<StoredCitation>,
    /// The parts of every citation, citation after citation.
    citation_parts: Vec<StoredPart>,
    pub quotations: Vec<Quotation>,
    /// Byte offset of the start of every [`LINES_PER_MARK`]th line, for line numbers: a table of every
    /// line would take a twentieth as much memory as the text, and the lines between two marks are
    /// counted in a moment.
    line_marks: Vec<u32>,
    /// The file's stamp when `text` was read from disk; `None` for text from elsewhere (never cached).
    stamp: Option<Stamp>,
}

impl Article {
    /// Parses an article's text. Never fails: text without structure is one paragraph.
    pub fn parse(path: impl Into<PathBuf>, text: String) -> Article {
        // Offsets as u32 halve the table; sources are capped far below 4 GiB.
        let line_marks = std::iter::once(0)
            .chain(
                text.bytes()
                    .enumerate()
                    .filter(|&(_, b)| b == b'\n')
                    .map(|(i, _)| u32::try_from(i + 1).unwrap_or(u32::MAX)),
            )
            .step_by(LINES_PER_MARK)
            .collect();
        let (header, body_start) = structure::header(&text);
        let body = body_start..text.len();
        let paragraphs = structure::paragraphs(&text, body.clone());
        let (citations, citation_parts) = structure::citations(&text, &paragraphs);
        let sentences = structure::sentences(&text, &paragraphs, &citations);
        let quotations = structure::quotations(&text, &paragraphs, &sentences);
        let paragraphs = paragraphs.into_iter().map(Paragraph::new).collect();
        let mut article = Article {
            path: path.into(),
            text,
            header,
            body,
            paragraphs,
            sentences,
            citations,
            citation_parts,
            quotations,
            line_marks,
            stamp: None,
        };
        article.shrink();
        article
    }

    /// Gives back the slack of every list: a corpus holds a hundred thousand of these.
    fn shrink(&mut self) {
        self.text.shrink_to_fit();
        self.header.shrink_to_fit();
        self.paragraphs.shrink_to_fit();
        self.sentences.shrink_to_fit();
        self.citations.shrink_to_fit();
        self.citation_parts.shrink_to_fit();
        self.quotations.shrink_to_fit();
        self.line_marks.shrink_to_fit();
    }

    /// The file's size and modification time when it was read, for articles loaded from disk.
    pub fn stamp(&self) -> Option<Stamp> {
        self.stamp
    }

    /// Records the stamp the file had before it was read (see [`crate::corpus::load_file`]).
    pub(crate) fn set_stamp(&mut self, stamp: Option<Stamp>) {
        self.stamp = stamp;
    }

    /// The value of a header field, by case-insensitive key.
    pub fn header_value(&self, key: &str) -> Option<&str> {
        self.header
            .iter()
            .find(|f| f.key.eq_ignore_ascii_case(key))
            .map(|f| f.value.as_str())
    }

    /// A human title: the `Title:` header, else the file name.
    pub fn title(&self) -> String {
        match self.header_value("Title") {
            Some(t) => t.to_string(),
            None => self
                .path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default(),
        }
    }

    /// 0-based line of a byte offset.
    pub fn line_of(&self, offset: usize) -> usize {
        let mark = self
            .line_marks
            .partition_point(|&s| s as usize <= offset)
            .saturating_sub(1);
        let from = self.line_marks.get(mark).map_or(0, |&s| s as usize);
        let upto = offset.min(self.text.len()).max(from);
        let between = self.text.as_bytes()[from..upto]
            .iter()
            .filter(|&&b| b == b'\n')
            .count();
        mark * LINES_PER_MARK + between
    }

    /// Byte offset where a 0-based line starts (the end of the text past the last line).
    pub fn line_start(&self, line: usize) -> usize {
        let Some(&from) = self.line_marks.get(line / LINES_PER_MARK) else {
            return self.text.len();
        };
        let from = from as usize;
        match line % LINES_PER_MARK {
            0 => from.min(self.text.len()),
            skip => self.text.as_bytes()[from.min(self.text.len())..]
                .iter()
                .enumerate()
                .filter(|&(_, &b)| b == b'\n')
                .nth(skip - 1)
                .map_or(self.text.len(), |(i, _)| from + i + 1),
        }
    }

    /// The sentence holding a byte offset.
    pub fn sentence_at(&self, offset: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.range().end <= offset);
        (i < self.sentences.len() && self.sentences[i].range().start <= offset).then_some(i)
    }

    /// How many closing citations the article has.
    pub fn citation_count(&self) -> usize {
        self.citations.len()
    }

    /// Citation `i` (as [`Sentence::citation`] numbers them), with its outlets, places and dates.
    pub fn citation(&self, i: usize) -> Option<Citation> {
        self.citations.get(i).map(|c| self.materialize(c))
    }

    /// Every closing citation, in text order. Each is built on demand: see [`Article::citation_ranges`]
    /// for a scan that needs only where they are.
    pub fn citations(&self) -> impl ExactSizeIterator<Item = Citation> + '_ {
        self.citations.iter().map(|c| self.materialize(c))
    }

    /// The outlet and place of every part of every closing citation, in text order, as
    /// [`Article::citations`] gives them but borrowed.
    pub fn cited_outlets(&self) -> impl Iterator<Item = CitedOutlet<'_>> + '_ {
        self.citations.iter().flat_map(move |c| {
            let first = c.first_part as usize;
            self.citation_parts
                .get(first..first + c.parts as usize)
                .unwrap_or_default()
                .iter()
                .map(move |p| p.cited(&self.text))
        })
    }

    fn materialize(&self, c: &StoredCitation) -> Citation {
        let first = c.first_part as usize;
        let parts = self
            .citation_parts
            .get(first..first + c.parts as usize)
            .unwrap_or_default();
        Citation {
            range: c.start as usize..c.end as usize,
            parts: parts.iter().map(|p| p.part(&self.text)).collect(),
        }
    }

    /// The first citation part whose stretch holds `range` (an outlet's mention in a citation).
    pub fn citation_part_around(&self, range: Range<usize>) -> Option<CitationPart> {
        self.citation_parts
            .iter()
            .find(|p| p.range.0 as usize <= range.start && range.end <= p.range.1 as usize)
            .map(|p| p.part(&self.text))
    }

    /// Heap bytes the citations take, for measuring the index.
    pub fn citations_heap(&self) -> usize {
        self.citations.capacity() * std::mem::size_of::<StoredCitation>()
            + self.citation_parts.capacity() * std::mem::size_of::<StoredPart>()
    }

    /// Byte range of citation `i`, brackets included.
    pub fn citation_range(&self, i: usize) -> Option<Range<usize>> {
        self.citations
            .get(i)
            .map(|c| c.start as usize..c.end as usize)
    }

    /// Where every closing citation is, in text order.
    pub fn citation_ranges(&self) -> impl ExactSizeIterator<Item = Range<usize>> + '_ {
        self.citations
            .iter()
            .map(|c| c.start as usize..c.end as usize)
    }

    /// Replaces the article's citations with ones read otherwise (a scanner more lenient than the
    /// corpus parser). Outlets, places and dates are kept as the stretch of their part that spells them.
    pub fn set_citations(&mut self, citations: Vec<Citation>) {
        self.citations.clear();
        self.citation_parts.clear();
        for c in citations {
            let first_part = offset(self.citation_parts.len());
            for p in &c.parts {
                let within = |s: &str| -> Option<Range<usize>> {
                    let at = self.text.get(p.range.clone())?.find(s)? + p.range.start;
                    Some(at..at + s.len())
                };
                let outlet = within(&p.outlet).unwrap_or(p.range.start..p.range.start);
                let place = p.place.as_deref().and_then(within);
                let date = p.date.as_deref().and_then(|d| {
                    within(d).or_else(|| {
                        let head = d.split(',').next().unwrap_or(d);
                        within(head).map(|r| r.start..p.range.end)
                    })
                });
                self.citation_parts
                    .push(StoredPart::new(p.range.clone(), outlet, place, date));
            }
            self.citations.push(StoredCitation {
                start: offset(c.range.start),
                end: offset(c.range.end),
                first_part,
                parts: offset(c.parts.len()),
            });
        }
    }

    /// The text of a range, or "" when the range is not on character boundaries.
    pub fn slice(&self, range: Range<usize>) -> &str {
        self.text.get(range).unwrap_or("")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_counted_between_marks_as_from_the_start() {
        let many: String = (0..200)
            .map(|i| format!("{}\n", "ab".repeat(i % 7)))
            .collect();
        for text in [
            String::new(),
            "one line".to_string(),
            "a\r\nb\n\n\nc\n".to_string(),
            many.clone(),
            many[..many.len() - 1].to_string(),
        ] {
            let a = Article::parse("a.txt", text.clone());
            let starts: Vec<usize> = std::iter::once(0)
                .chain(text.match_indices('\n').map(|(i, _)| i + 1))
                .collect();
            for offset in 0..text.len() + 3 {
                let naive = starts.partition_point(|&s| s <= offset) - 1;
                assert_eq!(a.line_of(offset), naive, "offset {offset}");
            }
            for line in 0..starts.len() + 3 {
                let naive = starts.get(line).copied().unwrap_or(text.len());
                assert_eq!(a.line_start(line), naive, "line {line}");
            }
        }
    }

    #[test]
    fn cited_outlets_are_the_citations_parts_borrowed() {
        let text = "Publication: Monitor\n\nThe brigade moved north (Interfax, Almaty, March 3; \
                    Kabar, March 4).\n\nThe drills ended (RIA Novosti, Moscow, May 1).\n\nNo source here.";
        let a = Article::parse("a.txt", text.to_string());
        let owned: Vec<(String, Option<String>, Range<usize>)> = a
            .citations()
            .flat_map(|c| c.parts)
            .map(|p| (p.outlet, p.place, p.range))
            .collect();
        let borrowed: Vec<(String, Option<String>, Range<usize>)> = a
            .cited_outlets()
            .map(|p| (p.outlet.to_string(), p.place.map(str::to_string), p.range))
            .collect();
        assert_eq!(owned.len(), 3, "{owned:?}");
        assert!(
            owned.iter().any(|p| p.1.as_deref() == Some("Moscow")),
            "{owned:?}"
        );
        assert_eq!(borrowed, owned);
    }
}
