//! The open documents: one ropey buffer per URI, edited strictly in the order the client sent the edits.
//!
//! The framework runs several handlers at once, `didChange` included, so edits must be applied
//! synchronously inside the handler (under the store's `std::sync::Mutex`, never across an `.await`);
//! anything slow works on a [`Snapshot`] (an O(1) rope clone) and compares versions before publishing.

use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

use ropey::Rope;
use tower_lsp_server::ls_types::{TextDocumentContentChangeEvent, Uri};

use super::analysis::Analysis;
use super::position::{self, Encoding};
use crate::check::Finding;

/// One open document.
#[derive(Debug)]
pub struct Document {
    pub language_id: String,
    pub version: i32,
    pub rope: Rope,
    /// The whole text of this version, built on first use (outside the store's lock, by whoever needs
    /// it first) and shared by every snapshot of the version: the core works on `&str`.
    text: Arc<OnceLock<Arc<str>>>,
    /// Findings computed for a version, kept for code actions.
    findings: Option<(i32, Arc<[Finding]>)>,
    /// What the version's features share (its mentions), computed by whoever needs it first, from the
    /// previous version's when an edit made this one.
    analysis: Arc<Analysis>,
}

/// An immutable view of one version of a document, cheap to take and safe to use on another thread.
#[derive(Clone, Debug)]
pub struct Snapshot {
    pub uri: Uri,
    pub version: i32,
    pub language_id: String,
    pub rope: Rope,
    pub text: Arc<str>,
    /// Shared by every snapshot of the version.
    pub analysis: Arc<Analysis>,
}

/// Why an edit was not applied. The buffer is left as it was.
#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub enum EditError {
    #[error("{0} is not open")]
    NotOpen(String),
    #[error("{uri}: version {got} is not newer than the buffer's version {have}; edit ignored")]
    Stale { uri: String, have: i32, got: i32 },
}

/// Every open document, by URI.
#[derive(Debug, Default)]
pub struct DocumentStore {
    docs: HashMap<Uri, Document>,
}

impl DocumentStore {
    /// Opens (or reopens) a document with its full text.
    pub fn open(&mut self, uri: Uri, language_id: String, version: i32, text: &str) {
        self.open_built(uri, language_id, version, Opened::new(text.into()));
    }

    /// Opens (or reopens) a document whose rope and text were built beforehand, outside the lock.
    pub fn open_built(&mut self, uri: Uri, language_id: String, version: i32, opened: Opened) {
        self.docs.insert(
            uri,
            Document {
                language_id,
                version,
                rope: opened.rope,
                text: Arc::new(OnceLock::from(opened.text)),
                findings: None,
                analysis: Arc::default(),
            },
        );
    }

    pub fn close(&mut self, uri: &Uri) -> bool {
        self.docs.remove(uri).is_some()
    }

    /// Applies `changes` in order and moves the document to `version`. A version that is not newer than
    /// the buffer's, or a document that is not open, leaves everything untouched.
    pub fn change(
        &mut self,
        uri: &Uri,
        version: i32,
        changes: &[TextDocumentContentChangeEvent],
        enc: Encoding,
    ) -> Result<(), EditError> {
        let doc = self
            .docs
            .get_mut(uri)
            .ok_or_else(|| EditError::NotOpen(uri.as_str().to_string()))?;
        if version <= doc.version {
            return Err(EditError::Stale {
                uri: uri.as_str().to_string(),
                have: doc.version,
                got: version,
            });
        }
        for change in changes {
            apply(&mut doc.rope, change, enc);
        }
        doc.version = version;
        doc.text = Arc::default();
        doc.findings = None;
        doc.analysis = Arc::new(doc.analysis.successor());
        Ok(())
    }

    pub fn open_uris(&self) -> Vec<Uri> {
        self.docs.keys().cloned().collect()
    }

    pub fn version(&self, uri: &Uri) -> Option<i32> {
        self.docs.get(uri).map(|d| d.version)
    }

    /// A snapshot of the current version (building its text once per version).
    pub fn snapshot(&mut self, uri: &Uri) -> Option<Snapshot> {
        self.pending(uri).map(Pending::build)
    }

    /// Snapshots of every open document.
    pub fn snapshots(&mut self) -> Vec<Snapshot> {
        self.all_pending().into_iter().map(Pending::build).collect()
    }

    /// The current version, cheap to take under the lock: [`Pending::build`] (the O(n) part, when the
    /// version's text is not built yet) runs after the lock is released.
    pub fn pending(&self, uri: &Uri) -> Option<Pending> {
        let doc = self.docs.get(uri)?;
        Some(Pending {
            uri: uri.clone(),
            version: doc.version,
            language_id: doc.language_id.clone(),
            rope: doc.rope.clone(),
            text: doc.text.clone(),
            analysis: doc.analysis.clone(),
        })
    }

    pub fn all_pending(&self) -> Vec<Pending> {
        self.docs.keys().filter_map(|u| self.pending(u)).collect()
    }

    /// Remembers the findings of `version`, unless the document moved on meanwhile.
    pub fn set_findings(&mut self, uri: &Uri, version: i32, findings: Arc<[Finding]>) {
        if let Some(doc) = self.docs.get_mut(uri).filter(|d| d.version == version) {
            doc.findings = Some((version, findings));
        }
    }

    /// The findings of `version`, when it is current and they were computed.
    pub fn findings(&self, uri: &Uri, version: i32) -> Option<Arc<[Finding]>> {
        let doc = self.docs.get(uri)?;
        match &doc.findings {
            Some((v, f)) if *v == doc.version && *v == version => Some(f.clone()),
            _ => None,
        }
    }
}

/// A document's rope and text, built from the text a client opened it with.
pub struct Opened {
    rope: Rope,
    text: Arc<str>,
}

impl Opened {
    pub fn new(text: String) -> Opened {
        Opened {
            rope: Rope::from_str(&text),
            text: Arc::from(text),
        }
    }
}

/// A version of a document whose text may still have to be built: see [`DocumentStore::pending`].
pub struct Pending {
    uri: Uri,
    version: i32,
    language_id: String,
    rope: Rope,
    text: Arc<OnceLock<Arc<str>>>,
    analysis: Arc<Analysis>,
}

impl Pending {
    pub fn build(self) -> Snapshot {
        let text = self
            .text
            .get_or_init(|| Arc::from(self.rope.to_string()))
            .clone();
        Snapshot {
            uri: self.uri,
            version: self.version,
            language_id: self.language_id,
            rope: self.rope,
            text,
            analysis: self.analysis,
        }
    }
}

/// Applies one content change: a whole-text replacement, or a range replacement whose positions are
/// clamped into the text (an inverted range is taken from its smaller end).
pub fn apply(rope: &mut Rope, change: &TextDocumentContentChangeEvent, enc: Encoding) {
    match change.range {
        None => *rope = Rope::from_str(&change.text),
        Some(range) => {
            let a = position::rope_char(rope, range.start, enc);
            let b = position::rope_char(rope, range.end, enc);
            let (start, end) = (a.min(b), a.max(b));
            rope.remove(start..end);
            rope.insert(start, &change.text);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tower_lsp_server::ls_types::{Position, Range};

    fn uri() -> Uri {
        "file:///n.md".parse().unwrap()
    }

    fn edit(l0: u32, c0: u32, l1: u32, c1: u32, text: &str) -> TextDocumentContentChangeEvent {
        TextDocumentContentChangeEvent {
            range: Some(Range::new(Position::new(l0, c0), Position::new(l1, c1))),
            range_length: None,
            text: text.into(),
        }
    }

    #[test]
    fn edits_apply_in_order_and_stale_versions_are_refused() {
        let mut store = DocumentStore::default();
        store.open(uri(), "markdown".into(), 1, "Hello 😀 world\r\nline two");
        store
            .change(&uri(), 2, &[edit(0, 9, 0, 14, "there")], Encoding::Utf16)
            .unwrap();
        store
            .change(
                &uri(),
                3,
                &[edit(1, 5, 1, 8, "2"), edit(0, 0, 0, 0, ">")],
                Encoding::Utf16,
            )
            .unwrap();
        let snap = store.snapshot(&uri()).unwrap();
        assert_eq!(&*snap.text, ">Hello 😀 there\r\nline 2");
        assert_eq!(snap.version, 3);

        let err = store.change(&uri(), 3, &[edit(0, 0, 0, 1, "")], Encoding::Utf16);
        assert!(matches!(
            err,
            Err(EditError::Stale {
                have: 3,
                got: 3,
                ..
            })
        ));
        let other: Uri = "file:///other.md".parse().unwrap();
        let err = store.change(&other, 9, &[edit(0, 0, 0, 0, "x")], Encoding::Utf16);
        assert!(matches!(err, Err(EditError::NotOpen(_))));
        assert_eq!(
            &*store.snapshot(&uri()).unwrap().text,
            ">Hello 😀 there\r\nline 2"
        );
    }

    #[test]
    fn ranges_past_the_end_clamp() {
        let mut store = DocumentStore::default();
        store.open(uri(), "markdown".into(), 1, "ab\ncd");
        store
            .change(&uri(), 2, &[edit(1, 1, 40, 2, "X")], Encoding::Utf8)
            .unwrap();
        store
            .change(&uri(), 3, &[edit(0, 50, 0, 1, "-")], Encoding::Utf8)
            .unwrap();
        assert_eq!(&*store.snapshot(&uri()).unwrap().text, "a-\ncX");
    }

    #[test]
    fn findings_are_kept_per_version() {
        let mut store = DocumentStore::default();
        store.open(uri(), "markdown".into(), 1, "x");
        store.set_findings(&uri(), 1, Arc::from(Vec::new()));
        assert!(store.findings(&uri(), 1).is_some());
        store
            .change(&uri(), 2, &[edit(0, 0, 0, 0, "y")], Encoding::Utf8)
            .unwrap();
        assert!(store.findings(&uri(), 1).is_none());
        assert!(store.findings(&uri(), 2).is_none());
        store.set_findings(&uri(), 1, Arc::from(Vec::new()));
        assert!(
            store.findings(&uri(), 2).is_none(),
            "stale findings are not kept"
        );
    }
}
