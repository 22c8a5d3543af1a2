//! `workspace/didChangeWatchedFiles`: a source, the gazetteer or `dossier.toml` changed on disk.

use tower_lsp_server::ls_types::{DidChangeWatchedFilesParams, MessageType};

use crate::lsp::from_proto;
use crate::lsp::indexer;
use crate::lsp::log::Logger;
use crate::lsp::session::Session;
use crate::workspace::CONFIG_FILE;

pub async fn did_change_watched_files(
    session: &Session,
    log: &Logger,
    params: DidChangeWatchedFilesParams,
) {
    let paths: Vec<_> = params
        .changes
        .iter()
        .map(|c| from_proto::path(&c.uri))
        .collect();
    if paths
        .iter()
        .any(|p| p.file_name().is_some_and(|n| n == CONFIG_FILE))
    {
        indexer::reload_config(session, log).await;
    }
    if paths.iter().any(|p| session.affects_index(p)) {
        log.log(
            MessageType::LOG,
            format!("{} watched files changed; re-indexing", paths.len()),
        )
        .await;
        session.request_reindex();
    }
}
