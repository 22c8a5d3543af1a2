//! `textDocument/documentLink`: front-matter sources and citations, linked to the article (at the cited
//! line when the link points inside it).

use tower_lsp_server::ls_types::{DocumentLink, DocumentLinkParams, Uri};

use crate::ide;
use crate::lsp::{from_proto, session::Session, to_proto};

pub fn document_links(session: &Session, params: DocumentLinkParams) -> Option<Vec<DocumentLink>> {
    let snap = session.snapshot(&params.text_document.uri)?;
    let enc = session.encoding();
    let index = session.index();
    let path = from_proto::path(&snap.uri);
    let open = session.open_texts();
    let mut loc = to_proto::Locator::new(&index, &open, enc);
    let links = ide::document_links(&index, &snap.text, path.parent())
        .into_iter()
        .filter_map(|l| {
            let target = loc.location(&l.target.path, l.target.range.clone())?;
            let line = target.range.start.line;
            let uri = if line > 0 {
                format!("{}#L{}", target.uri.as_str(), line + 1)
                    .parse::<Uri>()
                    .unwrap_or(target.uri)
            } else {
                target.uri
            };
            Some(DocumentLink {
                range: to_proto::range(&snap.rope, l.range, enc),
                target: Some(uri),
                tooltip: l
                    .target
                    .path
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned()),
                data: None,
            })
        })
        .collect();
    Some(links)
}
