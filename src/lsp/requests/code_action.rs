//! `textDocument/codeAction`: the quick fixes of the findings under the cursor, each as an edit of the
//! note (or of the workspace's gazetteer) with its diagnostic attached.

use std::sync::Arc;

use tower_lsp_server::jsonrpc::Result;
use tower_lsp_server::ls_types::{CodeActionOrCommand, CodeActionParams, CodeActionResponse};

use super::internal;
use crate::lsp::diagnostics;
use crate::lsp::{from_proto, session::Session, to_proto};
use crate::workspace::DEFAULT_GAZETTEER;

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
        let gazetteer = gazetteer_file(&session);
        let caps = session.caps();
        let mut loc =
            to_proto::Locator::with_articles(&index, &[], enc, session.article_lines(&index));
        let actions: Vec<CodeActionOrCommand> = findings
            .iter()
            .filter(|f| !f.fixes.is_empty())
            .filter(|f| f.range.start <= wanted.end && wanted.start <= f.range.end)
            .flat_map(|f| {
                let diagnostic = to_proto::diagnostic(f, &snap, &mut loc);
                to_proto::code_actions(f, &snap, &diagnostic, enc, gazetteer.as_ref(), caps)
            })
            .map(CodeActionOrCommand::CodeAction)
            .collect();
        Some(actions)
    })
    .await
    .map_err(internal)
}

/// The workspace's gazetteer (`entities.toml` unless `dossier.toml` names another file) with its current
/// text: the editor's buffer when it is open, else the file; none when it cannot be read, so that an
/// append never lands at a guessed position.
fn gazetteer_file(session: &Session) -> Option<to_proto::GazetteerFile> {
    let ws = session.workspace()?;
    let path = ws
        .gazetteer_path()
        .unwrap_or_else(|| ws.root.join(DEFAULT_GAZETTEER));
    let uri = to_proto::uri(&path)?;
    if let Some(open) = session.snapshot(&uri) {
        return Some(to_proto::GazetteerFile {
            uri,
            text: Some(open.text.to_string()),
            version: Some(open.version),
        });
    }
    let text = match std::fs::read(&path) {
        Ok(bytes) => Some(String::from_utf8(bytes).ok()?),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(_) => return None,
    };
    Some(to_proto::GazetteerFile {
        uri,
        text,
        version: None,
    })
}
