//! Logging that reaches both stderr (through `tracing`) and the editor's log (`window/logMessage`).
//! Stdout belongs to the protocol: nothing here ever writes to it.

use std::fmt::Display;

use tower_lsp_server::Client;
use tower_lsp_server::ls_types::MessageType;

#[derive(Clone)]
pub struct Logger {
    client: Client,
}

impl Logger {
    pub fn new(client: Client) -> Logger {
        Logger { client }
    }

    /// Logs to stderr and to the editor's output.
    pub async fn log(&self, typ: MessageType, message: impl Display) {
        let message = message.to_string();
        match typ {
            MessageType::ERROR => tracing::error!("{message}"),
            MessageType::WARNING => tracing::warn!("{message}"),
            MessageType::INFO => tracing::info!("{message}"),
            _ => tracing::debug!("{message}"),
        }
        self.client.log_message(typ, message).await;
    }

    /// Logs, and also shows the message to the user: for problems they must act on (a broken
    /// `dossier.toml`).
    pub async fn show(&self, typ: MessageType, message: impl Display) {
        let message = message.to_string();
        self.log(typ, &message).await;
        self.client.show_message(typ, message).await;
    }
}
