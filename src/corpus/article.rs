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

/// A sentence of the body; `citation` is the closing citation that backs it, when its paragraph has one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    pub range: Range<usize>,
    pub paragraph: usize,
    pub citation: Option<usize>,
}

/// One outlet named in a citation: `Interfax, Moscow, March 29`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CitationPart {
    pub outlet: String,
    pub place: Option<String>,
    pub date: Option<String>,
    pub range: Range<usize>,
}

/// A parenthesized citation such as `(Avesta, March 28; Itar-Tass, March 29)`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Citation {
    /// The whole parenthesis, brackets included.
    pub range: Range<usize>,
    pub parts: Vec<CitationPart>,
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

/// A parsed source article. Every range is a UTF-8 byte range into `text`.
#[derive(Clone, Debug)]
pub struct Article {
    pub path: PathBuf,
    pub text: String,
    pub header: Vec<HeaderField>,
    /// Where the body starts and ends (after the header block).
    pub body: Range<usize>,
    pub paragraphs: Vec<Range<usize>>,
    pub sentences: Vec<Sentence>,
    pub citations: Vec<Citation>,
    pub quotations: Vec<Quotation>,
    /// Byte offset of the start of each line, for line numbers.
    line_starts: Vec<u32>,
    /// The file's stamp when `text` was read from disk; `None` for text from elsewhere (never cached).
    stamp: Option<Stamp>,
}

impl Article {
    /// Parses an article's text. Never fails: text without structure is one paragraph.
    pub fn parse(path: impl Into<PathBuf>, text: String) -> Article {
        // Offsets as u32 halve the table; sources are capped far below 4 GiB.
        let line_starts = std::iter::once(0)
            .chain(
                text.bytes()
                    .enumerate()
                    .filter(|&(_, b)| b == b'\n')
                    .map(|(i, _)| u32::try_from(i + 1).unwrap_or(u32::MAX)),
            )
            .collect();
        let (header, body_start) = structure::header(&text);
        let body = body_start..text.len();
        let paragraphs = structure::paragraphs(&text, body.clone());
        let citations = structure::citations(&text, &paragraphs);
        let sentences = structure::sentences(&text, &paragraphs, &citations);
        let quotations = structure::quotations(&text, &paragraphs, &sentences);
        let mut article = Article {
            path: path.into(),
            text,
            header,
            body,
            paragraphs,
            sentences,
            citations,
            quotations,
            line_starts,
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
        self.quotations.shrink_to_fit();
        self.line_starts.shrink_to_fit();
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
        self.line_starts
            .partition_point(|&s| s as usize <= offset)
            .saturating_sub(1)
    }

    /// Byte offset where a 0-based line starts (the end of the text past the last line).
    pub fn line_start(&self, line: usize) -> usize {
        self.line_starts
            .get(line)
            .map_or(self.text.len(), |&s| s as usize)
    }

    /// The sentence holding a byte offset.
    pub fn sentence_at(&self, offset: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.range.end <= offset);
        (i < self.sentences.len() && self.sentences[i].range.start <= offset).then_some(i)
    }

    /// The text of a range, or "" when the range is not on character boundaries.
    pub fn slice(&self, range: Range<usize>) -> &str {
        self.text.get(range).unwrap_or("")
    }
}
