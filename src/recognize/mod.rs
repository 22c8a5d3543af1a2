//! Recognition: finds officials, units, exercises, places, organizations and outlets in one article, with
//! the attributes the article states about them. Rules and gazetteers of this genre, never names of one
//! article.

pub mod translit;

use std::ops::Range;

use crate::corpus::Article;
use crate::entity::{AttrKey, Kind};

/// An entity as one article knows it, before linking across articles.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    pub kind: Kind,
    /// The fullest name the article gives.
    pub name: String,
    /// Other names the article gives it (a translation in parentheses, an acronym, …).
    pub aliases: Vec<String>,
    /// Byte ranges of every mention, in order.
    pub mentions: Vec<Range<usize>>,
    /// What the article says about it, with the byte range of the passage that says it.
    pub attributes: Vec<(AttrKey, String, Range<usize>)>,
}

/// Recognizes the entities of one article.
pub fn recognize(article: &Article) -> Vec<Found> {
    let _ = article;
    Vec::new()
}
