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
mod fixture;

use std::ops::Range;
use std::path::PathBuf;

use crate::entity::Kind;
use crate::index::Index;

pub use highlight::{Token, semantic_tokens};

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

/// Entities whose names match `query`, each at the passage that introduces it.
pub fn workspace_symbols(index: &Index, query: &str) -> Vec<(Symbol, Location)> {
    symbols::workspace_symbols(index, query)
}

/// Links from a note's front-matter sources and citations to the articles; `note_dir` resolves relative
/// paths.
pub fn document_links(index: &Index, text: &str, note_dir: Option<&std::path::Path>) -> Vec<Link> {
    links::document_links(index, text, note_dir)
}
