//! Editor features as plain data over the core (hover, definition, references, symbols, completion, …):
//! byte ranges and paths in, byte ranges and paths out. The `lsp` layer only converts.
//!
//! Every feature stands on the same lookups ([`lookup`]): the mention of an entity under the cursor (the
//! index's matcher, variants included), the citation or quotation under it, and the passage of the sources
//! that introduces an entity. Offsets past the end of a text or inside a character are tolerated: they
//! find nothing rather than panic.

mod completion;
mod goto;
mod highlight;
mod hover;
mod links;
mod lookup;
mod references;
mod symbols;

#[cfg(test)]
pub(crate) mod fixture;

use std::ops::Range;
use std::path::PathBuf;

use crate::entity::Kind;
use crate::index::Index;

pub use highlight::{Token, semantic_tokens, semantic_tokens_of};

/// A place in a file the index knows (a source article) or in a note: a path and a byte range in it.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Location {
    pub path: PathBuf,
    pub range: Range<usize>,
}

/// A hover card: Markdown text about the words under the cursor.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hover {
    /// The words the card is about (bytes in the hovered text).
    pub range: Range<usize>,
    pub markdown: String,
}

/// What a document mentions, for outlines and semantic highlighting.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Symbol {
    pub name: String,
    pub kind: Kind,
    pub range: Range<usize>,
}

/// A completion proposal replacing `replace` (bytes in the text) with `new_text`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Completion {
    pub label: String,
    pub detail: String,
    pub kind: Kind,
    pub replace: Range<usize>,
    pub new_text: String,
    /// What the client should filter on against the typed words: the spelling that matched them. Differs
    /// from `label` when a variant or a surname was typed ("Serdiu" proposes "Anatoly Serdyukov" with filter
    /// text "Serdiukov"), so a client's own filtering does not drop the proposal.
    pub filter_text: String,
}

/// A clickable link in a note (front-matter source, citation) to a file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Link {
    pub range: Range<usize>,
    pub target: Location,
}

/// The card for the entity, quotation or citation at `offset` in `text` (a note or a source).
pub fn hover(index: &Index, text: &str, offset: usize) -> Option<Hover> {
    hover::hover(index, text, offset)
}

/// Where the thing at `offset` comes from: the passage introducing an entity, the passage a quotation
/// reproduces, the article a citation names.
pub fn definition(index: &Index, text: &str, offset: usize) -> Vec<Location> {
    goto::definition(index, text, offset)
}

/// Every mention of the entity at `offset`, in the sources and in `notes` (path and text of each note the
/// caller knows, the current one included).
pub fn references(
    index: &Index,
    text: &str,
    offset: usize,
    notes: &[(PathBuf, &str)],
) -> Vec<Location> {
    references::references(index, text, offset, notes)
}

/// Entity names completing the word before `offset`.
pub fn completion(index: &Index, text: &str, offset: usize) -> Vec<Completion> {
    completion::completion(index, text, offset)
}

/// The entities a text mentions, in order.
pub fn document_symbols(index: &Index, text: &str) -> Vec<Symbol> {
    symbols::document_symbols(index, text)
}

/// The entities a text mentions, from the mentions the matcher found in it already.
pub fn document_symbols_of(
    index: &Index,
    matches: &[crate::matching::DetailedMatch],
) -> Vec<Symbol> {
    symbols::document_symbols_of(index, matches)
}

/// Entities whose names match `query`, each at the passage that introduces it.
pub fn workspace_symbols(index: &Index, query: &str) -> Vec<(Symbol, Location)> {
    symbols::workspace_symbols(index, query)
}

/// Links from a note's front-matter sources and citations to the articles; `note_dir` resolves relative
/// paths.
pub fn document_links(index: &Index, text: &str, note_dir: Option<&std::path::Path>) -> Vec<Link> {
    links::document_links(index, text, note_dir)
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    /// Pieces notes are made of, the awkward ones included: names, variants, citations, quotations,
    /// front matter, multi-byte characters, CRLF and lone CR.
    const PIECES: &[&str] = &[
        "Koval",
        "Ivan Kovall",
        "Kavkaz-2009",
        "Caucasus-2009",
        "(RIA Novosti, May 12)",
        "(Itar-Tass, Moscow, May 20; Interfax, May 13)",
        "“Our units have never been better prepared”",
        "\"unclosed",
        "---\nsource: sources/ria-south.txt\n---\n",
        "sources:\n  - x.txt\n",
        " ",
        "\n",
        "\r\n",
        "\r",
        "\n\n",
        "é",
        "👍🏽",
        "’s",
        "(",
        ")",
        "Serdiu",
        "58th Army",
        "Prudboi range",
    ];

    fn text() -> impl Strategy<Value = String> {
        prop::collection::vec(prop::sample::select(PIECES), 0..40).prop_map(|p| p.concat())
    }

    fn check_range(text: &str, r: &Range<usize>) {
        assert!(
            r.start <= r.end && r.end <= text.len(),
            "{r:?} in {} bytes",
            text.len()
        );
        assert!(
            text.is_char_boundary(r.start) && text.is_char_boundary(r.end),
            "{r:?}"
        );
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        /// Any text and any offset (past the end, inside a character): every feature answers without
        /// panicking, and every range it returns into the text is in bounds and on character boundaries.
        #[test]
        fn features_never_panic_and_stay_in_bounds(text in text(), at in 0usize..2000) {
            static INDEX: std::sync::OnceLock<Index> = std::sync::OnceLock::new();
            let index = INDEX.get_or_init(fixture::index);
            let at = at % (text.len() + 3);
            if let Some(h) = hover(index, &text, at) {
                check_range(&text, &h.range);
                prop_assert!(!h.markdown.is_empty());
            }
            for loc in definition(index, &text, at) {
                let id = index.article_by_path(&loc.path).expect("definitions point into articles");
                check_range(&index.article(id).text, &loc.range);
            }
            let here = PathBuf::from("/ws/notes/n.md");
            for loc in references(index, &text, at, &[(here.clone(), &text)]) {
                match index.article_by_path(&loc.path) {
                    Some(id) => check_range(&index.article(id).text, &loc.range),
                    None => check_range(&text, &loc.range),
                }
            }
            for c in completion(index, &text, at) {
                check_range(&text, &c.replace);
                prop_assert!(c.replace.end == at);
            }
            for s in document_symbols(index, &text) {
                check_range(&text, &s.range);
            }
            let mut last_end = 0;
            for t in semantic_tokens(index, &text) {
                check_range(&text, &t.range);
                prop_assert!(t.range.start >= last_end, "tokens overlap or go backwards");
                prop_assert!(!text[t.range.clone()].contains(['\n', '\r']));
                last_end = t.range.end;
            }
            for l in document_links(index, &text, None) {
                check_range(&text, &l.range);
            }
        }
    }
}
