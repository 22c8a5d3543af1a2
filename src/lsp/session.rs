//! The server's shared state: open documents, the current index, settings and what the client can do.
//!
//! Locks are `std::sync` and are only ever held for a few statements, never across an `.await`. The index
//! sits behind an `Arc` that indexing swaps whole: a request takes the `Arc` and works on a consistent
//! index however long it runs, while the next one is built.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard, OnceLock, RwLock, Weak};

use tokio::sync::watch;
use tower_lsp_server::ls_types::{ClientCapabilities, ResourceOperationKind, Uri};

use super::documents::{DocumentStore, Pending, Snapshot};
use super::from_proto;
use super::position::Encoding;
use super::settings::Settings;
use super::to_proto::ArticleLines;
use crate::check;
use crate::check::incremental::Incremental;
use crate::gazetteer::Gazetteer;
use crate::index::Index;
use crate::workspace::{self, Workspace};

/// What the client told us it supports, reduced to what we act on.
#[derive(Clone, Copy, Debug, Default)]
pub struct ClientCaps {
    pub work_done_progress: bool,
    pub watch_registration: bool,
    pub relative_patterns: bool,
    pub configuration: bool,
    /// Workspace edits may carry versioned `documentChanges`.
    pub document_changes: bool,
    /// …and `create` resource operations among them.
    pub create_files: bool,
}

impl ClientCaps {
    pub fn from_proto(caps: &ClientCapabilities) -> ClientCaps {
        let ws = caps.workspace.as_ref();
        let watch = ws.and_then(|w| w.did_change_watched_files.as_ref());
        let edit = ws.and_then(|w| w.workspace_edit.as_ref());
        ClientCaps {
            work_done_progress: caps
                .window
                .as_ref()
                .and_then(|w| w.work_done_progress)
                .unwrap_or(false),
            watch_registration: watch.and_then(|w| w.dynamic_registration).unwrap_or(false),
            relative_patterns: watch
                .and_then(|w| w.relative_pattern_support)
                .unwrap_or(false),
            configuration: ws.and_then(|w| w.configuration).unwrap_or(false),
            document_changes: edit.and_then(|e| e.document_changes).unwrap_or(false),
            create_files: edit
                .and_then(|e| e.resource_operations.as_ref())
                .is_some_and(|ops| ops.contains(&ResourceOperationKind::Create)),
        }
    }
}

pub struct Session {
    docs: Mutex<DocumentStore>,
    index: RwLock<Arc<Index>>,
    encoding: OnceLock<Encoding>,
    caps: OnceLock<ClientCaps>,
    settings: Mutex<Settings>,
    workspace: Mutex<Option<Workspace>>,
    /// Bumped to ask the indexer for a fresh index; the indexer coalesces bursts of requests.
    reindex: watch::Sender<u64>,
    reindex_rx: Mutex<Option<watch::Receiver<u64>>>,
    /// Documents being checked; `true` when another check was asked for meanwhile. At most one check per
    /// document runs at a time: a burst of saves or edits on a large note queues one more check, not one
    /// per keystroke on the blocking pool.
    checks: Mutex<HashMap<Uri, bool>>,
    /// Serializes "is this still the current version? then publish", so that an older result can never
    /// be published after a newer one.
    pub publish_lock: tokio::sync::Mutex<()>,
    /// Where the current index's articles are, for protocol locations (see [`ArticleLines`]).
    article_lines: Mutex<Option<(Weak<Index>, Arc<ArticleLines>)>>,
    /// Each open note's findings by line from its previous check, so that an edit re-checks only the
    /// lines it touched (see [`Incremental`]).
    incremental: Mutex<HashMap<Uri, Arc<Mutex<Rechecks>>>>,
}

/// A note's findings from its previous check, and the index they were computed with.
#[derive(Debug, Default)]
pub struct Rechecks {
    pub index: Weak<Index>,
    pub state: Incremental,
}

/// Locks a mutex, carrying on with the data if a panicking thread poisoned it: the documents must stay
/// usable even if one computation failed.
pub fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

impl Default for Session {
    fn default() -> Session {
        let (reindex, rx) = watch::channel(0);
        Session {
            docs: Mutex::default(),
            index: RwLock::new(Arc::new(Index::build(Vec::new(), &Gazetteer::default()))),
            encoding: OnceLock::new(),
            caps: OnceLock::new(),
            settings: Mutex::default(),
            workspace: Mutex::default(),
            reindex,
            reindex_rx: Mutex::new(Some(rx)),
            checks: Mutex::default(),
            publish_lock: tokio::sync::Mutex::new(()),
            article_lines: Mutex::default(),
            incremental: Mutex::default(),
        }
    }
}

impl Session {
    pub fn docs(&self) -> MutexGuard<'_, DocumentStore> {
        lock(&self.docs)
    }

    /// Starts a check of `uri` unless one is running, in which case it is marked to run once more.
    /// Returns true when the caller should run it.
    pub fn begin_check(&self, uri: &Uri) -> bool {
        let mut running = lock(&self.checks);
        match running.get_mut(uri) {
            Some(again) => {
                *again = true;
                false
            }
            None => {
                running.insert(uri.clone(), false);
                true
            }
        }
    }

    /// Ends a check of `uri`; returns true when another was asked for meanwhile (and is now running).
    pub fn end_check(&self, uri: &Uri) -> bool {
        let mut running = lock(&self.checks);
        match running.get_mut(uri) {
            Some(again) if *again => {
                *again = false;
                true
            }
            _ => {
                running.remove(uri);
                false
            }
        }
    }

    /// A snapshot of the current version of `uri`; its text is built (once per version) after the
    /// documents' lock is released.
    pub fn snapshot(&self, uri: &Uri) -> Option<Snapshot> {
        let pending = self.docs().pending(uri);
        pending.map(Pending::build)
    }

    /// Snapshots of every open document.
    pub fn snapshots(&self) -> Vec<Snapshot> {
        let pending = self.docs().all_pending();
        pending.into_iter().map(Pending::build).collect()
    }

    pub fn version(&self, uri: &Uri) -> Option<i32> {
        self.docs().version(uri)
    }

    pub fn index(&self) -> Arc<Index> {
        self.index.read().unwrap_or_else(|e| e.into_inner()).clone()
    }

    /// The previous check of `uri`, to build the next one on. Checks of one document never run at once
    /// (see [`Session::begin_check`]), so its lock is not contended.
    pub fn rechecks(&self, uri: &Uri) -> Arc<Mutex<Rechecks>> {
        lock(&self.incremental)
            .entry(uri.clone())
            .or_default()
            .clone()
    }

    /// Forgets a closed document's previous check.
    pub fn forget_rechecks(&self, uri: &Uri) {
        lock(&self.incremental).remove(uri);
    }

    /// What is known of `index`'s articles' locations, kept while `index` is the one in use.
    pub fn article_lines(&self, index: &Arc<Index>) -> Arc<ArticleLines> {
        let mut kept = lock(&self.article_lines);
        if let Some((of, lines)) = kept.as_ref()
            && Weak::ptr_eq(of, &Arc::downgrade(index))
        {
            return lines.clone();
        }
        let lines = Arc::new(ArticleLines::new(index));
        *kept = Some((Arc::downgrade(index), lines.clone()));
        lines
    }

    pub fn set_index(&self, index: Arc<Index>) {
        *self.index.write().unwrap_or_else(|e| e.into_inner()) = index;
    }

    /// The negotiated position encoding (UTF-16 until `initialize` says otherwise).
    pub fn encoding(&self) -> Encoding {
        self.encoding.get().copied().unwrap_or_default()
    }

    pub fn set_encoding(&self, enc: Encoding) {
        let _ = self.encoding.set(enc);
    }

    pub fn caps(&self) -> ClientCaps {
        self.caps.get().copied().unwrap_or_default()
    }

    pub fn set_caps(&self, caps: ClientCaps) {
        let _ = self.caps.set(caps);
    }

    pub fn settings(&self) -> Settings {
        lock(&self.settings).clone()
    }

    pub fn set_settings(&self, s: Settings) {
        *lock(&self.settings) = s;
    }

    pub fn workspace(&self) -> Option<Workspace> {
        lock(&self.workspace).clone()
    }

    pub fn set_workspace(&self, ws: Workspace) {
        *lock(&self.workspace) = Some(ws);
    }

    /// The settings the checks get: `dossier.toml`'s severities overridden by the editor's.
    pub fn check_settings(&self) -> check::Settings {
        let toml = self
            .workspace()
            .map(|w| w.config.severity)
            .unwrap_or_default();
        self.settings().check_settings(&toml)
    }

    pub fn request_reindex(&self) {
        self.reindex.send_modify(|n| *n += 1);
    }

    /// The receiving end of reindex requests, for the one indexer task.
    pub fn take_reindex_receiver(&self) -> Option<watch::Receiver<u64>> {
        lock(&self.reindex_rx).take()
    }

    /// True for a file the workspace treats as a source article (indexed or under a source folder):
    /// such files get hovers but are not checked as notes.
    pub fn is_source(&self, index: &Index, path: &Path) -> bool {
        index.article_by_path(path).is_some()
            || self
                .workspace()
                .is_some_and(|ws| ws.source_paths().iter().any(|s| path.starts_with(s)))
    }

    /// True when a changed file on disk can change the index: a source (indexed, under a source folder,
    /// or beside the files a source glob matched), the gazetteer or `dossier.toml`.
    pub fn affects_index(&self, path: &Path) -> bool {
        let Some(ws) = self.workspace() else {
            return false;
        };
        let beside =
            |s: &PathBuf| s.is_file() && s.parent().is_some_and(|d| path.parent() == Some(d));
        path.file_name()
            .is_some_and(|n| n == workspace::CONFIG_FILE || n == workspace::DEFAULT_GAZETTEER)
            || ws.gazetteer_path().as_deref() == Some(path)
            || self.index().article_by_path(path).is_some()
            || ws
                .source_paths()
                .iter()
                .any(|s| path.starts_with(s) || beside(s))
    }

    /// Open documents as (path, text), for features that look across notes.
    pub fn open_texts(&self) -> Vec<(PathBuf, Snapshot)> {
        self.snapshots()
            .into_iter()
            .map(|s| (from_proto::path(&s.uri), s))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn checks_of_one_document_fold_into_one_more() {
        let s = Session::default();
        let a: Uri = "file:///a.md".parse().unwrap();
        let b: Uri = "file:///b.md".parse().unwrap();
        assert!(s.begin_check(&a));
        assert!(s.begin_check(&b), "documents are independent");
        assert!(!s.begin_check(&a));
        assert!(!s.begin_check(&a), "a burst asks for one more check");
        assert!(s.end_check(&a), "…which runs");
        assert!(!s.end_check(&a), "and then the document is idle");
        assert!(s.begin_check(&a));
        assert!(!s.end_check(&b));
    }
}
