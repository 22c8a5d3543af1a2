//! `textDocument/codeAction`: the quick fixes of the findings under the cursor, each as an edit of the
//! note with its diagnostic attached.

use std::sync::Arc;

use tower_lsp_server::jsonrpc::Result;
use tower_lsp_server::ls_types::{CodeActionOrCommand, CodeActionParams, CodeActionResponse};

use super::internal;
use crate::lsp::diagnostics;
use crate::lsp::{from_proto, session::Session, to_proto};

pub async fn code_actions(
    session: Arc<Session>,
    params: CodeActionParams,
) -> Result<Option<CodeActionResponse>> {
    let uri = params.text_document.uri;
    let Some(snap) = session.snapshot(&uri) else {
        return Ok(None);
    };
    tokio::task::spawn_blocking(move || {
        let enc = session.encoding();
        let index = session.index();
        // The findings of this version were usually computed for its diagnostics already.
        let findings = session.docs().findings(&uri, snap.version);
        let findings = findings.unwrap_or_else(|| {
            let f = diagnostics::findings(&session, &index, &snap);
            session.docs().set_findings(&uri, snap.version, f.clone());
            f
        });
        let wanted = from_proto::byte_range(&snap, params.range, enc);
        let mut loc = to_proto::Locator::new(&index, &[], enc);
        let actions: Vec<CodeActionOrCommand> = findings
            .iter()
            .filter(|f| !f.fixes.is_empty())
            .filter(|f| f.range.start <= wanted.end && wanted.start <= f.range.end)
            .flat_map(|f| {
                let diagnostic = to_proto::diagnostic(f, &snap, &mut loc);
                to_proto::code_actions(f, &snap, &diagnostic, enc)
            })
            .map(CodeActionOrCommand::CodeAction)
            .collect();
        Some(actions)
    })
    .await
    .map_err(internal)
}
