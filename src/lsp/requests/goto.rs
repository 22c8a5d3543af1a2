//! `textDocument/definition` (to the source passage) and `textDocument/references` (every mention in the
//! sources, the open notes and the workspace's notes on disk).

use std::path::{Path, PathBuf};
use std::sync::Arc;

use tower_lsp_server::jsonrpc::Result;
use tower_lsp_server::ls_types::{
    GotoDefinitionParams, GotoDefinitionResponse, Location, ReferenceParams,
};

use super::internal;
use crate::corpus::MAX_SOURCE_BYTES;
use crate::ide;
use crate::lsp::documents::Snapshot;
use crate::lsp::{from_proto, session::Session, to_proto::Locator};
use crate::workspace::Workspace;

pub fn definition(
    session: &Session,
    params: GotoDefinitionParams,
) -> Option<GotoDefinitionResponse> {
    let at = params.text_document_position_params;
    let snap = session.snapshot(&at.text_document.uri)?;
    let enc = session.encoding();
    let index = session.index();
    let offset = from_proto::offset(&snap, at.position, enc);
    let targets = ide::definition(&index, &snap.text, offset);
    let open = session.open_texts();
    let mut loc = Locator::with_articles(&index, &open, enc, session.article_lines(&index));
    let mut out: Vec<Location> = targets
        .iter()
        .filter_map(|t| loc.location(&t.path, t.range.clone()))
        .collect();
    match out.len() {
        0 => None,
        1 => out.pop().map(GotoDefinitionResponse::Scalar),
        _ => Some(GotoDefinitionResponse::Array(out)),
    }
}

pub async fn references(
    session: Arc<Session>,
    params: ReferenceParams,
) -> Result<Option<Vec<Location>>> {
    let at = params.text_document_position;
    let Some(snap) = session.snapshot(&at.text_document.uri) else {
        return Ok(None);
    };
    tokio::task::spawn_blocking(move || {
        let enc = session.encoding();
        let index = session.index();
        let offset = from_proto::offset(&snap, at.position, enc);
        let open = session.open_texts();
        let on_disk = session
            .workspace()
            .map(|ws| workspace_notes(&ws, &open))
            .unwrap_or_default();
        let notes: Vec<(PathBuf, &str)> = open
            .iter()
            .map(|(p, s)| (p.clone(), &*s.text))
            .chain(on_disk.iter().map(|(p, t)| (p.clone(), t.as_str())))
            .collect();
        let found = ide::references(&index, &snap.text, offset, &notes);
        let mut loc = Locator::with_articles(&index, &open, enc, session.article_lines(&index));
        let out: Vec<Location> = found
            .iter()
            .filter_map(|l| loc.location(&l.path, l.range.clone()))
            .collect();
        Some(out).filter(|o| !o.is_empty())
    })
    .await
    .map_err(internal)
}

/// How many notes on disk references will read: a guard against a root that is a whole home folder.
const MAX_NOTES: usize = 5_000;

/// The workspace's Markdown notes on disk that are not open (an open note's buffer wins): the `notes`
/// folders of `dossier.toml`, else every Markdown file under the root outside the sources.
fn workspace_notes(ws: &Workspace, open: &[(PathBuf, Snapshot)]) -> Vec<(PathBuf, String)> {
    let roots: Vec<PathBuf> = if ws.config.notes.is_empty() {
        vec![ws.root.clone()]
    } else {
        ws.config.notes.iter().map(|n| ws.root.join(n)).collect()
    };
    let sources = ws.source_paths();
    let is_open = |p: &Path| open.iter().any(|(o, _)| o == p);
    let mut out = Vec::new();
    for root in roots {
        let walk = walkdir::WalkDir::new(root)
            .sort_by_file_name()
            .into_iter()
            .filter_entry(|e| {
                let name = e.file_name().to_string_lossy();
                e.depth() == 0
                    || !(name.starts_with('.') || name == "target" || name == "node_modules")
            });
        for entry in walk.flatten() {
            let p = entry.path();
            let markdown = p.extension().is_some_and(|x| {
                x.eq_ignore_ascii_case("md") || x.eq_ignore_ascii_case("markdown")
            });
            if !entry.file_type().is_file()
                || !markdown
                || sources.iter().any(|s| p.starts_with(s))
                || is_open(p)
            {
                continue;
            }
            if entry
                .metadata()
                .map(|m| m.len() > MAX_SOURCE_BYTES)
                .unwrap_or(true)
            {
                continue;
            }
            if let Ok(text) = std::fs::read_to_string(p) {
                out.push((p.to_path_buf(), text));
            }
            if out.len() >= MAX_NOTES {
                return out;
            }
        }
    }
    out
}
