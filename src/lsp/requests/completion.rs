//! `textDocument/completion`: entity names for the word being typed, the canonical form first when the
//! word is a variant spelling.

use tower_lsp_server::ls_types::{
    CompletionItem, CompletionList, CompletionParams, CompletionResponse, CompletionTextEdit,
    TextEdit,
};

use crate::ide;
use crate::lsp::{from_proto, session::Session, to_proto};

pub fn completion(session: &Session, params: CompletionParams) -> Option<CompletionResponse> {
    let at = params.text_document_position;
    let snap = session.snapshot(&at.text_document.uri)?;
    let enc = session.encoding();
    let index = session.index();
    let offset = from_proto::offset(&snap, at.position, enc);
    let proposals = ide::completion(&index, &snap.text, offset);
    let items = proposals
        .into_iter()
        .enumerate()
        .map(|(i, c)| {
            // The server already matched the typed word (variants included); filtering on the typed word
            // keeps the client from dropping a canonical name that is spelled differently.
            let typed = snap.text.get(c.replace.clone()).unwrap_or("").to_string();
            CompletionItem {
                label: c.label,
                kind: Some(to_proto::completion_kind(c.kind)),
                detail: Some(c.detail),
                filter_text: Some(typed),
                sort_text: Some(format!("{i:05}")),
                text_edit: Some(CompletionTextEdit::Edit(TextEdit::new(
                    to_proto::range(&snap.rope, c.replace, enc),
                    c.new_text,
                ))),
                ..CompletionItem::default()
            }
        })
        .collect();
    Some(CompletionResponse::List(CompletionList {
        is_incomplete: true,
        items,
    }))
}
