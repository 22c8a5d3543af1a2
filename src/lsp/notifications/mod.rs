//! Notifications from the client: document synchronization and workspace changes.

mod text_document;
mod workspace;

pub use text_document::{did_change, did_close, did_open, did_save};
pub use workspace::did_change_watched_files;
