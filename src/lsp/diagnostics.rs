//! Diagnostics: computed from the buffer (never the file on disk) on a snapshot, off the async threads,
//! and published only if the document has not changed meanwhile. Handlers only schedule this work, so a
//! save never waits for the checks.

use std::sync::{Arc, Weak};
use std::time::Duration;

use tower_lsp_server::Client;
use tower_lsp_server::ls_types::{Diagnostic, MessageType, Uri};

use super::documents::Snapshot;
use super::from_proto;
use super::log::Logger;
use super::session::{Rechecks, Session, lock};
use super::to_proto::{self, Locator};
use crate::check::incremental::Incremental;
use crate::check::{self, Finding};
use crate::index::Index;

/// Languages whose documents are notes. Anything else an editor sends us (a configuration file, code) is
/// not checked: the checks would only produce noise there.
fn is_note_language(id: &str) -> bool {
    matches!(id, "markdown" | "plaintext" | "text" | "")
}

/// Checks a snapshot: a note gets the checks; a source article opened in the editor, or a document that
/// is not prose, gets none.
pub fn findings(session: &Session, index: &Index, snap: &Snapshot) -> Arc<[Finding]> {
    let path = from_proto::path(&snap.uri);
    if !is_note_language(&snap.language_id) || session.is_source(index, &path) {
        return Arc::from(Vec::new());
    }
    let settings = session.check_settings();
    // A file's folder resolves the relative sources its front matter names.
    let on_disk = path.is_absolute().then_some(path.as_path());
    Arc::from(check::check_note_at(index, &snap.text, &settings, on_disk))
}

/// Checks a snapshot as [`findings`] does, re-checking only the lines that changed since the document's
/// previous check against the same index and settings.
pub fn findings_since_last(
    session: &Session,
    index: &Arc<Index>,
    snap: &Snapshot,
) -> Arc<[Finding]> {
    let path = from_proto::path(&snap.uri);
    if !is_note_language(&snap.language_id) || session.is_source(index, &path) {
        return Arc::from(Vec::new());
    }
    let settings = session.check_settings();
    let on_disk = path.is_absolute().then_some(path.as_path());
    let rechecks = session.rechecks(&snap.uri);
    let mut rechecks = lock(&rechecks);
    if !Weak::ptr_eq(&rechecks.index, &Arc::downgrade(index)) {
        *rechecks = Rechecks {
            index: Arc::downgrade(index),
            state: Incremental::new(),
        };
    }
    let found = rechecks
        .state
        .check_matched(index, &snap.text, &settings, on_disk, &|| {
            snap.analysis.matches(index, &snap.text)
        });
    tracing::debug!(
        "checked {} v{}: {} lines re-checked",
        snap.uri.as_str(),
        snap.version,
        rechecks.state.rechecked()
    );
    Arc::from(found)
}

/// Converts findings to diagnostics for the snapshot they were computed on.
pub fn to_diagnostics(
    findings: &[Finding],
    snap: &Snapshot,
    index: &Arc<Index>,
    session: &Session,
) -> Vec<Diagnostic> {
    let lines = session.article_lines(index);
    let mut loc = Locator::with_articles(index, &[], session.encoding(), lines);
    findings
        .iter()
        .map(|f| to_proto::diagnostic(f, snap, &mut loc))
        .collect()
}

/// Schedules a check of `uri`; with a `delay` (typing), the check runs only if no edit came meanwhile.
/// While a check of the document runs, further requests fold into one more check of the latest version.
pub fn schedule(session: &Arc<Session>, client: &Client, uri: Uri, delay: Option<Duration>) {
    let session = session.clone();
    let client = client.clone();
    let expected = session.version(&uri);
    tokio::spawn(async move {
        if let Some(d) = delay {
            tokio::time::sleep(d).await;
            if session.version(&uri) != expected {
                return;
            }
        }
        if !session.begin_check(&uri) {
            return;
        }
        loop {
            publish(session.clone(), client.clone(), uri.clone()).await;
            if !session.end_check(&uri) {
                return;
            }
        }
    });
}

/// Re-checks every open document (after the index or the settings changed).
pub fn refresh_open(session: &Arc<Session>, client: &Client) {
    let uris: Vec<Uri> = session.docs().open_uris();
    for uri in uris {
        schedule(session, client, uri, None);
    }
}

async fn publish(session: Arc<Session>, client: Client, uri: Uri) {
    let Some(snap) = session.snapshot(&uri) else {
        return;
    };
    let version = snap.version;
    let index = session.index();
    let used = index.clone();
    let worker = session.clone();
    let computed = tokio::task::spawn_blocking(move || {
        let found = findings_since_last(&worker, &index, &snap);
        let diagnostics = to_diagnostics(&found, &snap, &index, &worker);
        (found, diagnostics)
    })
    .await;
    let (found, diagnostics) = match computed {
        Ok(c) => c,
        Err(e) => {
            Logger::new(client)
                .log(
                    MessageType::ERROR,
                    format!("checking {} failed: {e}", uri.as_str()),
                )
                .await;
            return;
        }
    };
    let _order = session.publish_lock.lock().await;
    // A newer version, or a newer index (whose swap scheduled a fresh check), makes this result stale.
    if session.version(&uri) != Some(version) || !Arc::ptr_eq(&session.index(), &used) {
        tracing::debug!("dropping diagnostics of {} v{version}: stale", uri.as_str());
        if session.version(&uri).is_none() {
            session.forget_rechecks(&uri);
        }
        return;
    }
    session.docs().set_findings(&uri, version, found);
    client
        .publish_diagnostics(uri, diagnostics, Some(version))
        .await;
}
