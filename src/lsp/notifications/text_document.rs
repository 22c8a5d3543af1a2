//! `textDocument/didOpen`, `didChange`, `didSave`, `didClose`. Edits are applied right here, synchronously,
//! before the handler returns or awaits anything: this is what keeps them in order.

use std::sync::Arc;

use tower_lsp_server::Client;
use tower_lsp_server::ls_types::{
    DidChangeTextDocumentParams, DidCloseTextDocumentParams, DidOpenTextDocumentParams,
    DidSaveTextDocumentParams,
};

use crate::lsp::diagnostics;
use crate::lsp::documents::{EditError, Opened};
use crate::lsp::from_proto;
use crate::lsp::session::Session;
use crate::lsp::settings::DiagnosticsOn;

pub fn did_open(session: &Arc<Session>, client: &Client, params: DidOpenTextDocumentParams) {
    let doc = params.text_document;
    // The buffer is built before taking the lock: other handlers keep reading documents meanwhile.
    let opened = Opened::new(doc.text);
    session
        .docs()
        .open_built(doc.uri.clone(), doc.language_id, doc.version, opened);
    diagnostics::schedule(session, client, doc.uri, None);
}

pub fn did_change(
    session: &Arc<Session>,
    client: &Client,
    params: DidChangeTextDocumentParams,
) -> Result<(), EditError> {
    let id = params.text_document;
    session.docs().change(
        &id.uri,
        id.version,
        &params.content_changes,
        session.encoding(),
    )?;
    let settings = session.settings();
    if settings.on == DiagnosticsOn::Change {
        diagnostics::schedule(session, client, id.uri, Some(settings.debounce));
    }
    Ok(())
}

pub fn did_save(session: &Arc<Session>, client: &Client, params: DidSaveTextDocumentParams) {
    let uri = params.text_document.uri;
    // Without file watching, a saved source or configuration is our only sign that the index is stale.
    if !session.caps().watch_registration && session.affects_index(&from_proto::path(&uri)) {
        session.request_reindex();
    }
    diagnostics::schedule(session, client, uri, None);
}

pub async fn did_close(
    session: &Arc<Session>,
    client: &Client,
    params: DidCloseTextDocumentParams,
) {
    let uri = params.text_document.uri;
    session.forget_rechecks(&uri);
    if session.docs().close(&uri) {
        let _order = session.publish_lock.lock().await;
        client.publish_diagnostics(uri, Vec::new(), None).await;
    }
}
