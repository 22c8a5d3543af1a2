//! `textDocument/hover`: the card for the entity, quotation or citation under the cursor.

use tower_lsp_server::ls_types::{Hover, HoverContents, HoverParams, MarkupContent, MarkupKind};

use crate::ide;
use crate::lsp::{from_proto, session::Session, to_proto};

pub fn hover(session: &Session, params: HoverParams) -> Option<Hover> {
    let at = params.text_document_position_params;
    let snap = session.snapshot(&at.text_document.uri)?;
    let enc = session.encoding();
    let index = session.index();
    let offset = from_proto::offset(&snap, at.position, enc);
    let card = ide::hover(&index, &snap.text, offset)?;
    Some(Hover {
        contents: HoverContents::Markup(MarkupContent {
            kind: MarkupKind::Markdown,
            value: card.markdown,
        }),
        range: Some(to_proto::range(&snap.rope, card.range, enc)),
    })
}
