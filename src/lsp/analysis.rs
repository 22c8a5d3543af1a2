//! What the matcher finds in one version of a document, found once and shared: the checks, semantic
//! tokens and the outline of a version all start from the note's mentions, and on a long note finding
//! them costs more than any one of those features' own work.

use std::sync::{Arc, Mutex, OnceLock, Weak};

use super::session::lock;
use crate::index::Index;
use crate::matching::DetailedMatch;

/// One cell per index: a version's mentions against an index that was since replaced are stale.
type Cell = Arc<OnceLock<Arc<[DetailedMatch]>>>;

/// The shared analysis of one document version (a new version gets a new one).
#[derive(Debug, Default)]
pub struct Analysis {
    matches: Mutex<Option<(Weak<Index>, Cell)>>,
}

impl Analysis {
    /// Every mention in `text` (this version's text) of `index`'s entities, as
    /// [`crate::matching::Matcher::find_detailed`] finds them. The first caller searches; a caller that
    /// comes meanwhile waits for that search rather than running its own.
    pub fn matches(&self, index: &Arc<Index>, text: &str) -> Arc<[DetailedMatch]> {
        let cell = {
            let mut slot = lock(&self.matches);
            match slot.as_ref() {
                Some((of, cell)) if Weak::ptr_eq(of, &Arc::downgrade(index)) => cell.clone(),
                _ => {
                    let cell = Cell::default();
                    *slot = Some((Arc::downgrade(index), cell.clone()));
                    cell
                }
            }
        };
        cell.get_or_init(|| index.matcher().find_detailed(text).into())
            .clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ide::fixture;

    #[test]
    fn one_search_per_version_and_index() {
        let index = Arc::new(fixture::index());
        let text = "Koval of the 58th Army led Kavkaz-2009.";
        let analysis = Analysis::default();
        let first = analysis.matches(&index, text);
        assert_eq!(&*first, &index.matcher().find_detailed(text)[..]);
        assert!(!first.is_empty());
        assert!(Arc::ptr_eq(&first, &analysis.matches(&index, text)));
        let other = Arc::new(fixture::index());
        assert!(!Arc::ptr_eq(&first, &analysis.matches(&other, text)));
    }
}
