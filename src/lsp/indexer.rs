//! Building the index off the request path: one task owns indexing, coalesces bursts of requests (a
//! `git checkout` touching hundreds of sources builds once or twice, not hundreds of times), reports
//! `$/progress`, swaps the finished index in and re-checks the open notes.

use std::sync::Arc;
use std::time::{Duration, Instant};

use tokio::sync::watch;
use tower_lsp_server::Client;
use tower_lsp_server::ls_types::{
    DidChangeWatchedFilesRegistrationOptions, FileSystemWatcher, GlobPattern, MessageType,
    NumberOrString, OneOf, Registration, RelativePattern, WatchKind,
};

use super::diagnostics;
use super::log::Logger;
use super::session::Session;
use crate::check;
use crate::corpus::{LoadError, load_paths};
use crate::gazetteer::Gazetteer;
use crate::index::Index;
use crate::workspace::{self, Workspace};

/// How long a request to the client may take before we carry on without its answer.
pub const CLIENT_TIMEOUT: Duration = Duration::from_secs(5);

/// What one indexing run produced.
pub struct Loaded {
    pub index: Index,
    /// Files that could not be loaded (and a gazetteer that could not be read), one line each.
    pub problems: Vec<String>,
}

/// Loads the workspace's sources and gazetteer and builds the index. Files that fail to load (including
/// files deleted while we list or read them) are reported and skipped; the rest is indexed.
pub fn load(ws: &Workspace) -> Loaded {
    let mut problems = Vec::new();
    let gazetteer = match ws.gazetteer_path() {
        Some(p) => Gazetteer::load(&p).unwrap_or_else(|e| {
            problems.push(format!("gazetteer not used: {e}"));
            Gazetteer::default()
        }),
        None => Gazetteer::default(),
    };
    let (articles, errors) = load_paths(&ws.source_paths());
    problems.extend(errors.iter().map(LoadError::to_string));
    let index = Index::build_cached(articles, &gazetteer, ws.cache().as_ref());
    // Part of indexing, so that the first note checked against this index pays no more than the next:
    // the matcher, built on first use, is built here beside the warm-up.
    rayon::join(|| index.matcher(), || check::warm(&index, &|| true));
    Loaded { index, problems }
}

/// The indexing loop: runs until the session is dropped.
pub async fn run(session: Arc<Session>, client: Client, mut requests: watch::Receiver<u64>) {
    let log = Logger::new(client.clone());
    let mut run = 0u64;
    while requests.changed().await.is_ok() {
        requests.borrow_and_update();
        let Some(ws) = session.workspace() else {
            continue;
        };
        run += 1;
        let progress = Progress::begin(&session, &client, run).await;
        let started = Instant::now();
        let built = tokio::task::spawn_blocking(move || load(&ws)).await;
        match built {
            Ok(loaded) => {
                for p in &loaded.problems {
                    log.log(MessageType::WARNING, p).await;
                }
                let summary = format!(
                    "indexed {} sources ({} recognized, {} from the cache), {} entities in {:.0?}",
                    loaded.index.articles.len(),
                    loaded.index.cache_stats().recognized,
                    loaded.index.cache_stats().reused,
                    loaded.index.entities.len(),
                    started.elapsed()
                );
                let index = Arc::new(loaded.index);
                session.set_index(index);
                // Re-check open notes before reporting the end, so that a client that waits for the end
                // sees every note checked against the new index exactly once afterwards.
                diagnostics::refresh_open(&session, &client);
                log.log(MessageType::INFO, &summary).await;
                if let Some(p) = progress {
                    p.finish(&summary).await;
                }
            }
            Err(e) => {
                log.log(MessageType::ERROR, format!("indexing failed: {e}"))
                    .await;
                if let Some(p) = progress {
                    p.finish("indexing failed").await;
                }
            }
        }
    }
}

/// A `$/progress` bar, when the client supports them and accepted our token in time.
struct Progress(
    tower_lsp_server::OngoingProgress<
        tower_lsp_server::Unbounded,
        tower_lsp_server::NotCancellable,
    >,
);

impl Progress {
    async fn begin(session: &Session, client: &Client, run: u64) -> Option<Progress> {
        if !session.caps().work_done_progress {
            return None;
        }
        let token = NumberOrString::String(format!("dossier/index/{run}"));
        let created = tokio::time::timeout(
            CLIENT_TIMEOUT,
            client.create_work_done_progress(token.clone()),
        )
        .await;
        if !matches!(created, Ok(Ok(()))) {
            return None;
        }
        let ongoing = client
            .progress(token, "Indexing sources")
            .with_message("loading and recognizing")
            .begin()
            .await;
        Some(Progress(ongoing))
    }

    async fn finish(self, message: &str) {
        self.0.finish_with_message(message).await;
    }
}

/// Asks the client to tell us about changes to sources, the gazetteer and `dossier.toml`. Spawned: the
/// answer is not awaited on any handler's path.
pub fn register_watchers(session: &Arc<Session>, client: &Client) {
    let caps = session.caps();
    let Some(ws) = session.workspace() else {
        return;
    };
    if !caps.watch_registration {
        return;
    }
    let mut globs: Vec<String> = ws.config.sources.iter().map(|s| glob_under(s)).collect();
    if globs.is_empty() {
        globs.push(glob_under("sources"));
    }
    globs.push(workspace::CONFIG_FILE.to_string());
    globs.push(
        ws.config
            .gazetteer
            .clone()
            .unwrap_or_else(|| workspace::DEFAULT_GAZETTEER.to_string()),
    );
    let root_uri = super::to_proto::uri(&ws.root);
    let watchers = globs
        .into_iter()
        .map(|g| FileSystemWatcher {
            glob_pattern: match (&root_uri, caps.relative_patterns) {
                (Some(base), true) => GlobPattern::Relative(RelativePattern {
                    base_uri: OneOf::Right(base.clone()),
                    pattern: g,
                }),
                _ => GlobPattern::String(format!("{}/{}", ws.root.display(), g)),
            },
            kind: Some(WatchKind::all()),
        })
        .collect();
    let registration = Registration {
        id: "dossier/watch-sources".into(),
        method: "workspace/didChangeWatchedFiles".into(),
        register_options: serde_json::to_value(DidChangeWatchedFilesRegistrationOptions {
            watchers,
        })
        .ok(),
    };
    let client = client.clone();
    tokio::spawn(async move {
        let log = Logger::new(client.clone());
        match tokio::time::timeout(
            CLIENT_TIMEOUT,
            client.register_capability(vec![registration]),
        )
        .await
        {
            Ok(Ok(())) => {}
            Ok(Err(e)) => {
                log.log(MessageType::WARNING, format!("cannot watch sources: {e}"))
                    .await
            }
            Err(_) => {
                log.log(
                    MessageType::WARNING,
                    "the editor did not answer the request to watch sources",
                )
                .await
            }
        }
    });
}

/// A glob for everything under a configured source entry: a glob as written, a folder recursively.
fn glob_under(entry: &str) -> String {
    let e = entry.trim_end_matches('/');
    if e.contains(['*', '?', '[', '{']) || e.contains('.') && !e.ends_with("**") {
        e.to_string()
    } else {
        format!("{e}/**/*")
    }
}

/// Re-reads `dossier.toml` after it changed; a broken file keeps the previous configuration.
pub async fn reload_config(session: &Session, log: &Logger) {
    let Some(old) = session.workspace() else {
        return;
    };
    match Workspace::open(&old.root) {
        Ok(ws) => session.set_workspace(ws),
        Err(e) => {
            log.show(
                MessageType::ERROR,
                format!("{e}; keeping the previous configuration"),
            )
            .await
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn globs_for_folders_files_and_patterns() {
        assert_eq!(glob_under("sources"), "sources/**/*");
        assert_eq!(glob_under("archive/"), "archive/**/*");
        assert_eq!(glob_under("archive/*.md"), "archive/*.md");
        assert_eq!(glob_under("one.txt"), "one.txt");
    }

    #[test]
    fn missing_sources_and_a_broken_gazetteer_are_problems_not_failures() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("entities.toml"), "[[entity]]\nname = \n").unwrap();
        let ws = Workspace::open(dir.path()).unwrap();
        let loaded = load(&ws);
        assert_eq!(loaded.index.articles.len(), 0);
        assert_eq!(loaded.problems.len(), 2, "{:?}", loaded.problems);
        assert!(
            loaded.problems[0].contains("entities.toml:2"),
            "{:?}",
            loaded.problems
        );
    }
}
