//! Source articles: reading them from disk and taking them apart into header, paragraphs, sentences,
//! quotations and citations, all as byte ranges into the original text.

mod article;
mod load;
mod structure;

pub use article::{
    Article, Citation, CitationPart, CitedOutlet, HeaderField, Paragraph, Quotation, Sentence,
    Stamp,
};
pub use load::{LoadError, MAX_SOURCE_BYTES, load_file, load_paths};
