//! What the matcher finds in one version of a document, found once and shared: the checks, semantic
//! tokens and the outline of a version all start from the note's mentions, and on a long note finding
//! them costs more than any one of those features' own work. A version made by an edit starts from the
//! mentions of the version before it and matches again only the paragraphs the edit touched.

use std::sync::{Arc, Mutex, OnceLock, Weak};

use super::session::lock;
use crate::index::Index;
use crate::matching::DetailedMatch;

/// One cell per index: a version's mentions against an index that was since replaced are stale. The
/// cell keeps the text it was found in, for the next version to start from.
type Cell = Arc<OnceLock<(Arc<str>, Arc<[DetailedMatch]>)>>;

/// The mentions of an earlier version, and the index they were found with.
#[derive(Clone, Debug)]
struct Found {
    index: Weak<Index>,
    text: Arc<str>,
    matches: Arc<[DetailedMatch]>,
}

/// The shared analysis of one document version (a new version gets a new one).
#[derive(Debug, Default)]
pub struct Analysis {
    matches: Mutex<Option<(Weak<Index>, Cell)>>,
    /// What the version before this one found (or, when it found nothing, what it started from); let go
    /// of once this version's mentions are found.
    base: Mutex<Option<Found>>,
}

impl Analysis {
    /// The analysis of the version an edit makes of this one: it starts from this version's mentions.
    pub fn successor(&self) -> Analysis {
        let found = lock(&self.matches).as_ref().and_then(|(index, cell)| {
            cell.get().map(|(text, matches)| Found {
                index: index.clone(),
                text: text.clone(),
                matches: matches.clone(),
            })
        });
        Analysis {
            matches: Mutex::default(),
            base: Mutex::new(found.or_else(|| lock(&self.base).clone())),
        }
    }

    /// Every mention in `text` (this version's text) of `index`'s entities, as
    /// [`crate::matching::Matcher::find_detailed`] finds them. The first caller searches; a caller that
    /// comes meanwhile waits for that search rather than running its own.
    pub fn matches(&self, index: &Arc<Index>, text: &Arc<str>) -> Arc<[DetailedMatch]> {
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
        let (_, matches) = cell.get_or_init(|| {
            let base = lock(&self.base).take();
            let matcher = index.matcher();
            let found = match base {
                Some(b) if Weak::ptr_eq(&b.index, &Arc::downgrade(index)) => {
                    matcher.find_detailed_after(&b.text, &b.matches, text)
                }
                _ => matcher.find_detailed(text),
            };
            (text.clone(), found.into())
        });
        matches.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ide::fixture;

    #[test]
    fn one_search_per_version_and_index() {
        let index = Arc::new(fixture::index());
        let text: Arc<str> = Arc::from("Koval of the 58th Army led Kavkaz-2009.");
        let text = &text;
        let analysis = Analysis::default();
        let first = analysis.matches(&index, text);
        assert_eq!(&*first, &index.matcher().find_detailed(text)[..]);
        assert!(!first.is_empty());
        assert!(Arc::ptr_eq(&first, &analysis.matches(&index, text)));
        let other = Arc::new(fixture::index());
        assert!(!Arc::ptr_eq(&first, &analysis.matches(&other, text)));
    }

    #[test]
    fn an_edited_version_starts_from_the_mentions_before_it() {
        let index = Arc::new(fixture::index());
        let first: Arc<str> = Arc::from("Koval of the 58th Army.\n\nKavkaz-2009 ended.\n");
        let analysis = Analysis::default();
        let before = analysis.matches(&index, &first);
        // Two edits, the first never matched: the second starts from the first version's mentions.
        let skipped = analysis.successor();
        let next = skipped.successor();
        let edited: Arc<str> = Arc::from("Koval of the 58th Army.\n\nKoval led Kavkaz-2009.\n");
        let after = next.matches(&index, &edited);
        assert_eq!(&*after, &index.matcher().find_detailed(&edited)[..]);
        assert_eq!(after.len(), before.len() + 1);
        assert!(lock(&next.base).is_none(), "the base is let go of");
        // Against another index the edit is matched anew.
        let other = Arc::new(fixture::index());
        let again = analysis.successor().matches(&other, &edited);
        assert_eq!(&*again, &other.matcher().find_detailed(&edited)[..]);
    }
}
