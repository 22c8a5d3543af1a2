//! dossier: checks analysts' notes against the source articles they are written from.
//!
//! The crate is split in two halves that never mix:
//! - a pure, synchronous core that works on `&str` and byte ranges: [`corpus`] (source articles),
//!   [`recognize`] (officials, units, exercises and supporting kinds), [`index`] (entities linked across
//!   articles), [`matching`] (finding entities in arbitrary text, variant spellings included), [`note`]
//!   (what a Markdown note says), [`check`] (findings) and [`ide`] (hover, definition, references, … as
//!   plain data);
//! - thin front ends: [`lsp`] (the language server) and [`cli`] (`dossier check`, `dossier entities`).
//!
//! Nothing in the core imports the front ends, tokio or the LSP framework, so every rule is testable with
//! a string.

pub mod check;
pub mod cli;
pub mod corpus;
pub mod entity;
pub mod gazetteer;
pub mod ide;
pub mod index;
pub mod lsp;
pub mod matching;
pub mod note;
pub mod recognize;
pub mod toml_file;
pub mod workspace;
