//! `textDocument/documentSymbol` (the entities a note mentions) and `workspace/symbol` (entities across
//! the corpus, at the passage that introduces each).

use std::sync::Arc;

use tower_lsp_server::jsonrpc::Result;
use tower_lsp_server::ls_types::{
    DocumentSymbol, DocumentSymbolParams, DocumentSymbolResponse, SymbolInformation,
    WorkspaceSymbolParams, WorkspaceSymbolResponse,
};

use super::internal;
use crate::ide;
use crate::lsp::{session::Session, to_proto};

#[allow(deprecated)] // `deprecated` is a required field of the protocol type.
pub fn document_symbols(
    session: &Session,
    params: DocumentSymbolParams,
) -> Option<DocumentSymbolResponse> {
    let snap = session.snapshot(&params.text_document.uri)?;
    let enc = session.encoding();
    let index = session.index();
    let matches = snap.analysis.matches(&index, &snap.text);
    let symbols = ide::document_symbols_of(&index, &matches)
        .into_iter()
        .map(|s| {
            let range = to_proto::range(&snap.rope, s.range, enc);
            DocumentSymbol {
                name: s.name,
                detail: Some(s.kind.as_str().to_string()),
                kind: to_proto::symbol_kind(s.kind),
                tags: None,
                deprecated: None,
                range,
                selection_range: range,
                children: None,
            }
        })
        .collect();
    Some(DocumentSymbolResponse::Nested(symbols))
}

#[allow(deprecated)] // `deprecated` is a required field of the protocol type.
pub async fn workspace_symbols(
    session: Arc<Session>,
    params: WorkspaceSymbolParams,
) -> Result<Option<WorkspaceSymbolResponse>> {
    tokio::task::spawn_blocking(move || {
        let enc = session.encoding();
        let index = session.index();
        let open = session.open_texts();
        let mut loc = to_proto::Locator::new(&index, &open, enc);
        let found = ide::workspace_symbols(&index, &params.query);
        let symbols: Vec<SymbolInformation> = found
            .into_iter()
            .filter_map(|(s, l)| {
                Some(SymbolInformation {
                    location: loc.location(&l.path, l.range)?,
                    name: s.name,
                    kind: to_proto::symbol_kind(s.kind),
                    tags: None,
                    deprecated: None,
                    container_name: Some(s.kind.as_str().to_string()),
                })
            })
            .collect();
        Some(WorkspaceSymbolResponse::Flat(symbols))
    })
    .await
    .map_err(internal)
}
