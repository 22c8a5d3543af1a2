//! The language server: protocol glue over the core. Documents, positions and scheduling live here; every
//! editor feature itself is computed by [`crate::ide`] and [`crate::check`] on plain text and byte
//! ranges, and converted in [`to_proto`] / [`from_proto`].

pub mod analysis;
pub mod diagnostics;
pub mod documents;
pub mod from_proto;
pub mod indexer;
pub mod log;
pub mod notifications;
pub mod position;
pub mod requests;
pub mod server;
pub mod session;
pub mod settings;
pub mod to_proto;
pub mod transport;

use std::time::Duration;

use tower_lsp_server::{ClientSocket, LspService, Server};

/// The service behind `dossier serve`, for any transport (stdio here, in-memory streams in tests).
pub fn service() -> (LspService<server::Server>, ClientSocket) {
    LspService::build(server::Server::new)
        .custom_method(server::DOCUMENT_TEXT, server::Server::document_text)
        .custom_method(transport::INVALID_REQUEST, server::Server::invalid_request)
        .custom_method(transport::MALFORMED, server::Server::malformed_message)
        .finish()
}

/// Serves LSP on stdin/stdout until the client exits. Logs go to stderr (level from `DOSSIER_LOG`, e.g.
/// `DOSSIER_LOG=debug`) and to the editor's log; stdout carries nothing but the protocol.
pub fn serve() -> anyhow::Result<()> {
    let filter = tracing_subscriber::EnvFilter::try_from_env("DOSSIER_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    let _ = tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_ansi(false)
        .with_env_filter(filter)
        .try_init();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    runtime.block_on(async {
        let (service, socket) = service();
        let io = transport::guard(tokio::io::stdin(), tokio::io::stdout());
        Server::new(io.input, io.output, socket)
            .serve(service)
            .await;
        // The server's last messages (the answer to `shutdown`) reach stdout before the process ends.
        let _ = tokio::time::timeout(Duration::from_secs(1), io.done).await;
    });
    // An index build still running on the blocking pool must not keep the process alive after `exit`.
    runtime.shutdown_timeout(Duration::from_millis(200));
    Ok(())
}
