//! The `LanguageServer` implementation: each method hands over to the module of its family. Nothing here
//! awaits a request to the client: those are spawned with a timeout, so a client that is slow to answer
//! can never hold handler slots (the framework runs at most four handlers at once).

use std::sync::Arc;

use serde_json::Value;
use tower_lsp_server::jsonrpc::Result;
use tower_lsp_server::ls_types::*;
use tower_lsp_server::{Client, LanguageServer};

use super::indexer::{self, CLIENT_TIMEOUT};
use super::log::Logger;
use super::notifications;
use super::position::Encoding;
use super::requests;
use super::session::{ClientCaps, Session};
use super::settings::Settings;
use crate::workspace::Workspace;

pub struct Server {
    client: Client,
    session: Arc<Session>,
    log: Logger,
    /// Problems found while initializing, told to the client once it can hear them (after `initialized`).
    pending: std::sync::Mutex<Vec<(MessageType, String)>>,
}

/// A request for the server's copy of an open document (`{version, text}`), so that a client or a test
/// can verify that the buffers agree after incremental edits.
pub const DOCUMENT_TEXT: &str = "dossier/documentText";

#[derive(Debug, serde::Serialize)]
pub struct DocumentText {
    pub version: i32,
    pub text: String,
}

impl Server {
    pub async fn document_text(
        &self,
        params: TextDocumentIdentifier,
    ) -> Result<Option<DocumentText>> {
        Ok(self.session.snapshot(&params.uri).map(|s| DocumentText {
            version: s.version,
            text: s.text.to_string(),
        }))
    }

    /// A message that could not be decoded and carried an `id` (see [`super::transport`]).
    pub async fn invalid_request(&self, params: Value) -> Result<()> {
        let reason = params["reason"].as_str().unwrap_or("malformed message");
        self.log
            .log(MessageType::WARNING, format!("invalid request: {reason}"))
            .await;
        Err(tower_lsp_server::jsonrpc::Error {
            code: tower_lsp_server::jsonrpc::ErrorCode::InvalidRequest,
            message: reason.to_string().into(),
            data: None,
        })
    }

    /// A message that could not be decoded and had no `id` to answer.
    pub async fn malformed_message(&self, params: Value) {
        let reason = params["reason"].as_str().unwrap_or("malformed message");
        self.log
            .log(
                MessageType::WARNING,
                format!("ignored a malformed message: {reason}"),
            )
            .await;
    }

    pub fn new(client: Client) -> Server {
        Server {
            log: Logger::new(client.clone()),
            client,
            session: Arc::new(Session::default()),
            pending: std::sync::Mutex::default(),
        }
    }

    fn defer(&self, typ: MessageType, message: String) {
        tracing::warn!("{message}");
        self.pending
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push((typ, message));
    }

    /// Applies settings from the editor, reporting values that were ignored.
    async fn apply_settings(&self, value: &Value) {
        let (settings, warnings) = Settings::from_json(value);
        for w in warnings {
            self.log.show(MessageType::WARNING, w).await;
        }
        self.session.set_settings(settings);
    }

    /// Pulls the `dossier` section with `workspace/configuration`, in the background.
    fn pull_configuration(&self) {
        if !self.session.caps().configuration {
            return;
        }
        let session = self.session.clone();
        let client = self.client.clone();
        tokio::spawn(async move {
            let item = ConfigurationItem {
                scope_uri: None,
                section: Some("dossier".into()),
            };
            let answer =
                tokio::time::timeout(CLIENT_TIMEOUT, client.configuration(vec![item])).await;
            let Ok(Ok(values)) = answer else {
                tracing::debug!("no answer to workspace/configuration");
                return;
            };
            let Some(value) = values.into_iter().next().filter(|v| !v.is_null()) else {
                return;
            };
            let (settings, warnings) = Settings::from_json(&value);
            let log = Logger::new(client.clone());
            for w in warnings {
                log.show(MessageType::WARNING, w).await;
            }
            if settings != session.settings() {
                session.set_settings(settings);
                super::diagnostics::refresh_open(&session, &client);
            }
        });
    }
}

#[allow(deprecated)] // `root_uri` is the fallback for clients without workspace folders.
fn root_of(params: &InitializeParams) -> Option<std::path::PathBuf> {
    let uri = params
        .workspace_folders
        .as_ref()
        .and_then(|f| f.first())
        .map(|f| &f.uri)
        .or(params.root_uri.as_ref())?;
    Some(super::from_proto::path(uri))
}

impl LanguageServer for Server {
    async fn initialize(&self, params: InitializeParams) -> Result<InitializeResult> {
        let enc = Encoding::negotiate(
            params
                .capabilities
                .general
                .as_ref()
                .and_then(|g| g.position_encodings.as_deref()),
        );
        self.session.set_encoding(enc);
        self.session
            .set_caps(ClientCaps::from_proto(&params.capabilities));
        if let Some(root) = root_of(&params) {
            let ws = Workspace::open(&root).unwrap_or_else(|e| {
                self.defer(
                    MessageType::ERROR,
                    format!("{e}; using the default configuration"),
                );
                Workspace {
                    root: root.clone(),
                    config: Default::default(),
                }
            });
            self.session.set_workspace(ws);
        }
        if let Some(opts) = &params.initialization_options {
            let (settings, warnings) = Settings::from_json(opts);
            for w in warnings {
                self.defer(MessageType::WARNING, w);
            }
            self.session.set_settings(settings);
        }
        Ok(InitializeResult {
            capabilities: requests::capabilities(enc),
            server_info: Some(ServerInfo {
                name: "dossier".into(),
                version: Some(env!("CARGO_PKG_VERSION").into()),
            }),
            offset_encoding: None,
        })
    }

    async fn initialized(&self, _: InitializedParams) {
        let pending = std::mem::take(&mut *self.pending.lock().unwrap_or_else(|e| e.into_inner()));
        for (typ, message) in pending {
            self.log.show(typ, message).await;
        }
        match self.session.workspace() {
            Some(ws) => {
                self.log
                    .log(
                        MessageType::INFO,
                        format!("dossier workspace at {}", ws.root.display()),
                    )
                    .await
            }
            None => {
                self.log
                    .log(
                        MessageType::WARNING,
                        "no workspace folder: hovers and checks have no sources",
                    )
                    .await
            }
        }
        if let Some(rx) = self.session.take_reindex_receiver() {
            tokio::spawn(indexer::run(self.session.clone(), self.client.clone(), rx));
        }
        self.session.request_reindex();
        indexer::register_watchers(&self.session, &self.client);
        self.pull_configuration();
    }

    async fn shutdown(&self) -> Result<()> {
        Ok(())
    }

    async fn did_open(&self, params: DidOpenTextDocumentParams) {
        notifications::did_open(&self.session, &self.client, params);
    }

    async fn did_change(&self, params: DidChangeTextDocumentParams) {
        if let Err(e) = notifications::did_change(&self.session, &self.client, params) {
            self.log.log(MessageType::WARNING, e).await;
        }
    }

    async fn did_save(&self, params: DidSaveTextDocumentParams) {
        notifications::did_save(&self.session, &self.client, params);
    }

    async fn did_close(&self, params: DidCloseTextDocumentParams) {
        notifications::did_close(&self.session, &self.client, params).await;
    }

    async fn did_change_configuration(&self, params: DidChangeConfigurationParams) {
        let has_section = params.settings.get("dossier").is_some()
            || params.settings.get("diagnostics").is_some();
        if has_section {
            self.apply_settings(&params.settings).await;
            super::diagnostics::refresh_open(&self.session, &self.client);
        } else {
            self.pull_configuration();
        }
    }

    async fn did_change_watched_files(&self, params: DidChangeWatchedFilesParams) {
        notifications::did_change_watched_files(&self.session, &self.log, params).await;
    }

    async fn hover(&self, params: HoverParams) -> Result<Option<Hover>> {
        Ok(requests::hover(&self.session, params))
    }

    async fn goto_definition(
        &self,
        params: GotoDefinitionParams,
    ) -> Result<Option<GotoDefinitionResponse>> {
        Ok(requests::definition(&self.session, params))
    }

    async fn references(&self, params: ReferenceParams) -> Result<Option<Vec<Location>>> {
        requests::references(self.session.clone(), params).await
    }

    async fn completion(&self, params: CompletionParams) -> Result<Option<CompletionResponse>> {
        Ok(requests::completion(&self.session, params))
    }

    async fn document_symbol(
        &self,
        params: DocumentSymbolParams,
    ) -> Result<Option<DocumentSymbolResponse>> {
        Ok(requests::document_symbols(&self.session, params))
    }

    async fn symbol(
        &self,
        params: WorkspaceSymbolParams,
    ) -> Result<Option<WorkspaceSymbolResponse>> {
        requests::workspace_symbols(self.session.clone(), params).await
    }

    async fn document_link(&self, params: DocumentLinkParams) -> Result<Option<Vec<DocumentLink>>> {
        Ok(requests::document_links(&self.session, params))
    }

    async fn semantic_tokens_full(
        &self,
        params: SemanticTokensParams,
    ) -> Result<Option<SemanticTokensResult>> {
        Ok(requests::semantic_tokens(&self.session, params))
    }

    async fn code_action(&self, params: CodeActionParams) -> Result<Option<CodeActionResponse>> {
        requests::code_actions(self.session.clone(), params).await
    }
}
