//! One source article, parsed once into byte ranges over its text.

use std::ops::Range;
use std::path::PathBuf;

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
    line_starts: Vec<usize>,
}

impl Article {
    /// Parses an article's text. Never fails: text without structure is one paragraph.
    pub fn parse(path: impl Into<PathBuf>, text: String) -> Article {
        let line_starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        let mut article = Article {
            path: path.into(),
            body: 0..text.len(),
            text,
            header: Vec::new(),
            paragraphs: Vec::new(),
            sentences: Vec::new(),
            citations: Vec::new(),
            quotations: Vec::new(),
            line_starts,
        };
        article.paragraphs = paragraphs(&article.text, article.body.clone());
        article.sentences = article
            .paragraphs
            .iter()
            .enumerate()
            .map(|(i, p)| Sentence {
                range: p.clone(),
                paragraph: i,
                citation: None,
            })
            .collect();
        article
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
            .partition_point(|&s| s <= offset)
            .saturating_sub(1)
    }

    /// Byte offset where a 0-based line starts (the end of the text past the last line).
    pub fn line_start(&self, line: usize) -> usize {
        self.line_starts
            .get(line)
            .copied()
            .unwrap_or(self.text.len())
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

/// Splits a body into paragraphs at blank lines, trimming surrounding whitespace.
fn paragraphs(text: &str, body: Range<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = body.start;
    let bytes = text.as_bytes();
    let mut i = body.start;
    while i < body.end {
        if bytes[i] == b'\n' {
            let mut j = i + 1;
            while j < body.end && (bytes[j] == b' ' || bytes[j] == b'\t' || bytes[j] == b'\r') {
                j += 1;
            }
            if j < body.end && bytes[j] == b'\n' {
                push_trimmed(text, start..i, &mut out);
                start = j + 1;
                i = j + 1;
                continue;
            }
        }
        i += 1;
    }
    push_trimmed(text, start..body.end, &mut out);
    out
}

fn push_trimmed(text: &str, range: Range<usize>, out: &mut Vec<Range<usize>>) {
    let s = &text[range.clone()];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead < s.len() {
        out.push(range.start + lead..range.end - trail);
    }
}
