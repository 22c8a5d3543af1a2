//! An in-process LSP client for end-to-end tests: the real server (`dossier::lsp::service`) behind a real
//! framed byte stream (`tokio::io::duplex`), so framing, JSON-RPC, handler concurrency and ordering are
//! all exercised as in an editor.
//!
//! Strictness, so that tests cannot pass by accident:
//! - every notification and response the server sends must be consumed by the test; `finish` fails on
//!   anything left unread (log messages are kept apart in `logs` and server-to-client requests are
//!   answered here and recorded in `requests`);
//! - a panic on any thread of the server's runtime (handlers, spawned tasks, the blocking pool) fails the
//!   test, even if the server carried on;
//! - every wait has a timeout.
#![allow(dead_code)] // each test binary uses a different part of the harness

use std::collections::VecDeque;
use std::future::Future;
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, Once};
use std::time::Duration;

use serde_json::{Value, json};
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader, DuplexStream, WriteHalf};
use tokio::sync::mpsc;
use tower_lsp_server::ls_types::Uri;

/// How long any single wait may take before the test fails.
pub const TIMEOUT: Duration = Duration::from_secs(20);

static PANICS: Mutex<Vec<(String, String)>> = Mutex::new(Vec::new());
static HOOK: Once = Once::new();
static RUNTIMES: AtomicUsize = AtomicUsize::new(0);

fn install_panic_hook() {
    HOOK.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            let thread = std::thread::current().name().unwrap_or("").to_string();
            PANICS
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .push((thread, info.to_string()));
            previous(info);
        }));
    });
}

/// Runs an async test on a runtime of its own whose threads carry a unique name, and fails it if any of
/// those threads panicked.
pub fn run<F, Fut>(test: F)
where
    F: FnOnce() -> Fut,
    Fut: Future<Output = ()>,
{
    install_panic_hook();
    let name = format!("lsp-test-{}", RUNTIMES.fetch_add(1, Ordering::SeqCst));
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .thread_name(name.clone())
        .enable_all()
        .build()
        .expect("test runtime");
    rt.block_on(test());
    rt.shutdown_timeout(Duration::from_secs(2));
    let panics: Vec<String> = PANICS
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .iter()
        .filter(|(t, _)| *t == name)
        .map(|(_, m)| m.clone())
        .collect();
    assert!(panics.is_empty(), "the server panicked: {panics:#?}");
}

/// What the test client tells the server it supports.
#[derive(Clone, Debug)]
pub struct Options {
    /// `general.positionEncodings`, e.g. `["utf-8", "utf-16"]`; empty offers none (UTF-16 by default).
    pub encodings: Vec<&'static str>,
    pub initialization_options: Value,
    /// Answer to `workspace/configuration` for the `dossier` section.
    pub configuration: Value,
    pub progress: bool,
    pub watch_registration: bool,
    /// `workspace.workspaceEdit`: versioned `documentChanges` with `create` operations.
    pub document_changes: bool,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            encodings: vec!["utf-16"],
            initialization_options: Value::Null,
            configuration: Value::Null,
            progress: true,
            watch_registration: true,
            document_changes: false,
        }
    }
}

type Writer = Arc<tokio::sync::Mutex<WriteHalf<DuplexStream>>>;

pub struct Client {
    writer: Writer,
    incoming: mpsc::UnboundedReceiver<Value>,
    unread: VecDeque<Value>,
    next_id: i64,
    server: tokio::task::JoinHandle<()>,
    /// How long any single wait may take (benchmarks indexing large corpora raise it).
    pub timeout: Duration,
    /// `window/logMessage` and `window/showMessage` params, in arrival order.
    pub logs: Arc<Mutex<Vec<Value>>>,
    /// Requests the server sent us (answered automatically), in arrival order.
    pub requests: Arc<Mutex<Vec<Value>>>,
}

async fn write_frame(writer: &Writer, body: &[u8]) {
    let mut w = writer.lock().await;
    let header = format!("Content-Length: {}\r\n\r\n", body.len());
    w.write_all(header.as_bytes()).await.expect("write header");
    w.write_all(body).await.expect("write body");
    w.flush().await.expect("flush");
}

/// Reads one framed message; `None` at the end of the stream.
async fn read_frame<R: tokio::io::AsyncBufRead + Unpin>(r: &mut R) -> Option<Value> {
    let mut length = None;
    loop {
        let mut line = String::new();
        if r.read_line(&mut line).await.ok()? == 0 {
            return None;
        }
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        if let Some((k, v)) = line.split_once(':')
            && k.eq_ignore_ascii_case("content-length")
        {
            length = v.trim().parse::<usize>().ok();
        }
    }
    let mut body = vec![0; length.expect("a Content-Length header")];
    r.read_exact(&mut body).await.ok()?;
    Some(serde_json::from_slice(&body).expect("the server sent valid JSON"))
}

impl Client {
    /// Starts a server on an in-memory stream and initializes it for `root`; returns once `initialized`
    /// has been sent (the framework drops notifications sent before `initialize` is answered).
    pub async fn start(root: Option<&Path>, opts: Options) -> (Client, Value) {
        let (client_io, server_io) = tokio::io::duplex(1 << 16);
        let (server_read, server_write) = tokio::io::split(server_io);
        let (service, socket) = dossier::lsp::service();
        let server = tokio::spawn(async move {
            let io = dossier::lsp::transport::guard(server_read, server_write);
            tower_lsp_server::Server::new(io.input, io.output, socket)
                .serve(service)
                .await;
            let _ = io.done.await;
        });
        let (client_read, client_write) = tokio::io::split(client_io);
        let writer: Writer = Arc::new(tokio::sync::Mutex::new(client_write));
        let (tx, incoming) = mpsc::unbounded_channel();
        let logs = Arc::new(Mutex::new(Vec::new()));
        let requests = Arc::new(Mutex::new(Vec::new()));
        {
            let (writer, logs, requests) = (writer.clone(), logs.clone(), requests.clone());
            let configuration = opts.configuration.clone();
            tokio::spawn(async move {
                let mut reader = BufReader::new(client_read);
                while let Some(msg) = read_frame(&mut reader).await {
                    let method = msg.get("method").and_then(Value::as_str).unwrap_or("");
                    if msg.get("id").is_some() && !method.is_empty() {
                        let result = match method {
                            "workspace/configuration" => {
                                let n = msg["params"]["items"].as_array().map_or(0, Vec::len);
                                json!(vec![configuration.clone(); n])
                            }
                            _ => Value::Null,
                        };
                        let answer = json!({"jsonrpc": "2.0", "id": msg["id"], "result": result});
                        requests.lock().unwrap().push(msg);
                        write_frame(&writer, answer.to_string().as_bytes()).await;
                    } else if method == "window/logMessage" || method == "window/showMessage" {
                        logs.lock().unwrap().push(msg["params"].clone());
                    } else if tx.send(msg).is_err() {
                        return;
                    }
                }
            });
        }
        let mut client = Client {
            writer,
            incoming,
            unread: VecDeque::new(),
            next_id: 0,
            server,
            timeout: TIMEOUT,
            logs,
            requests,
        };
        let root_uri = root.map(uri);
        let params = json!({
            "processId": null,
            "rootUri": root_uri,
            "workspaceFolders": root_uri.as_ref().map(|u| json!([{"uri": u, "name": "root"}])),
            "initializationOptions": opts.initialization_options,
            "capabilities": {
                "general": {"positionEncodings": opts.encodings},
                "window": {"workDoneProgress": opts.progress},
                "workspace": {
                    "configuration": true,
                    "workspaceEdit": {
                        "documentChanges": opts.document_changes,
                        "resourceOperations": if opts.document_changes { json!(["create"]) } else { json!([]) }
                    },
                    "didChangeWatchedFiles": {
                        "dynamicRegistration": opts.watch_registration,
                        "relativePatternSupport": true
                    }
                },
                "textDocument": {
                    "publishDiagnostics": {"relatedInformation": true, "versionSupport": true},
                    "hover": {"contentFormat": ["markdown"]}
                }
            }
        });
        let result = client.request("initialize", params).await;
        client.notify("initialized", json!({})).await;
        (client, result)
    }

    /// Starts a server for `root` and waits until its first indexing run has ended.
    pub async fn start_indexed(root: &Path, opts: Options) -> Client {
        let (mut client, _) = Client::start(Some(root), opts).await;
        let end = client.indexed().await;
        assert!(
            end["message"].as_str().unwrap_or("").contains("indexed"),
            "{end}"
        );
        client
    }

    pub async fn send_raw(&self, body: &[u8]) {
        write_frame(&self.writer, body).await;
    }

    pub async fn notify(&self, method: &str, params: Value) {
        let msg = json!({"jsonrpc": "2.0", "method": method, "params": params});
        self.send_raw(msg.to_string().as_bytes()).await;
    }

    /// Sends a request and returns its whole response (`result` or `error`).
    pub async fn request_raw(&mut self, method: &str, params: Value) -> Value {
        self.next_id += 1;
        let id = self.next_id;
        let msg = json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params});
        self.send_raw(msg.to_string().as_bytes()).await;
        self.take(
            |m| m.get("method").is_none() && m["id"] == json!(id),
            method,
        )
        .await
    }

    /// Sends a request and returns its result, failing the test on an error response.
    pub async fn request(&mut self, method: &str, params: Value) -> Value {
        let response = self.request_raw(method, params).await;
        assert!(
            response.get("error").is_none(),
            "{method} failed: {response}"
        );
        response["result"].clone()
    }

    /// The next message matching `pred` (earlier unread messages first); others stay unread.
    pub async fn take(&mut self, pred: impl Fn(&Value) -> bool, what: &str) -> Value {
        if let Some(i) = self.unread.iter().position(&pred) {
            return self.unread.remove(i).expect("index in range");
        }
        let deadline = tokio::time::Instant::now() + self.timeout;
        loop {
            let msg = tokio::time::timeout_at(deadline, self.incoming.recv())
                .await
                .unwrap_or_else(|_| {
                    panic!("timed out waiting for {what}; unread: {:#?}", self.unread)
                })
                .unwrap_or_else(|| panic!("the server closed the stream while waiting for {what}"));
            if pred(&msg) {
                return msg;
            }
            self.unread.push_back(msg);
        }
    }

    /// The params of the next notification `method`.
    pub async fn notification(&mut self, method: &str) -> Value {
        self.take(|m| m["method"] == method, method).await["params"].clone()
    }

    /// The params of the next `publishDiagnostics` for `uri`.
    pub async fn diagnostics(&mut self, uri: &str) -> Value {
        self.take(
            |m| m["method"] == "textDocument/publishDiagnostics" && m["params"]["uri"] == uri,
            &format!("diagnostics for {uri}"),
        )
        .await["params"]
            .clone()
    }

    /// Waits until an indexing run has ended, consuming its `$/progress` notifications.
    pub async fn indexed(&mut self) -> Value {
        loop {
            let p = self.notification("$/progress").await;
            if p["value"]["kind"] == "end" {
                return p["value"].clone();
            }
        }
    }

    /// Waits for the end of the indexing run whose summary satisfies `pred`, passing over runs that end
    /// before it (a run already under way when the change that matters happened).
    pub async fn indexed_where(&mut self, pred: impl Fn(&str) -> bool) -> Value {
        loop {
            let end = self.indexed().await;
            if pred(end["message"].as_str().unwrap_or("")) {
                return end;
            }
        }
    }

    /// Waits for the end of the next indexing run and asserts how many sources it indexed.
    pub async fn indexed_sources(&mut self, n: usize) -> Value {
        let end = self.indexed().await;
        assert!(
            end["message"]
                .as_str()
                .unwrap_or("")
                .starts_with(&format!("indexed {n} sources")),
            "{end}"
        );
        end
    }

    /// Tells the server, as a file watcher would, that a file was created, changed or deleted.
    pub async fn file_changed(&self, path: &Path, change: FileChange) {
        self.notify(
            "workspace/didChangeWatchedFiles",
            json!({"changes": [{"uri": uri(path), "type": change as u8}]}),
        )
        .await;
    }

    /// The encoded semantic tokens of a document.
    pub async fn semantic_tokens(&mut self, uri: &str) -> Value {
        self.request(
            "textDocument/semanticTokens/full",
            json!({"textDocument": {"uri": uri}}),
        )
        .await
    }

    /// Asserts that nothing arrives for `d` (nothing unread either).
    pub async fn quiet_for(&mut self, d: Duration) {
        if let Ok(Some(msg)) = tokio::time::timeout(d, self.incoming.recv()).await {
            self.unread.push_back(msg);
        }
        assert!(
            self.unread.is_empty(),
            "unexpected messages: {:#?}",
            self.unread
        );
    }

    pub async fn open(&self, uri: &str, version: i32, text: &str) {
        self.notify(
            "textDocument/didOpen",
            json!({"textDocument": {"uri": uri, "languageId": "markdown", "version": version, "text": text}}),
        )
        .await;
    }

    pub async fn change(&self, uri: &str, version: i32, changes: Value) {
        self.notify(
            "textDocument/didChange",
            json!({"textDocument": {"uri": uri, "version": version}, "contentChanges": changes}),
        )
        .await;
    }

    pub async fn save(&self, uri: &str) {
        self.notify(
            "textDocument/didSave",
            json!({"textDocument": {"uri": uri}}),
        )
        .await;
    }

    /// The server's copy of a document: `(version, text)`.
    pub async fn buffer(&mut self, uri: &str) -> (i64, String) {
        let r = self
            .request("dossier/documentText", json!({"uri": uri}))
            .await;
        (
            r["version"].as_i64().expect("a version"),
            r["text"].as_str().expect("a text").to_string(),
        )
    }

    pub async fn hover(&mut self, uri: &str, line: u32, character: u32) -> Value {
        self.request(
            "textDocument/hover",
            json!({"textDocument": {"uri": uri}, "position": {"line": line, "character": character}}),
        )
        .await
    }

    pub async fn definition(&mut self, uri: &str, line: u32, character: u32) -> Value {
        self.request(
            "textDocument/definition",
            json!({"textDocument": {"uri": uri}, "position": {"line": line, "character": character}}),
        )
        .await
    }

    pub async fn references(&mut self, uri: &str, line: u32, character: u32) -> Value {
        self.request(
            "textDocument/references",
            json!({"textDocument": {"uri": uri}, "position": {"line": line, "character": character},
                   "context": {"includeDeclaration": true}}),
        )
        .await
    }

    pub fn log_text(&self) -> String {
        self.logs
            .lock()
            .unwrap()
            .iter()
            .map(|l| l["message"].as_str().unwrap_or("").to_string())
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// Shuts the server down cleanly and fails the test if any message was left unread or the server
    /// did not stop.
    pub async fn finish(mut self) {
        let _ = self.request("shutdown", Value::Null).await;
        self.notify("exit", Value::Null).await;
        tokio::time::timeout(TIMEOUT, &mut self.server)
            .await
            .expect("the server stops after exit")
            .expect("the server task did not panic");
        while let Ok(Some(msg)) =
            tokio::time::timeout(Duration::from_millis(50), self.incoming.recv()).await
        {
            self.unread.push_back(msg);
        }
        assert!(
            self.unread.is_empty(),
            "the test left server messages unread: {:#?}",
            self.unread
        );
    }
}

/// What a file watcher reports about a file (`FileChangeType`).
#[derive(Clone, Copy, Debug)]
pub enum FileChange {
    Created = 1,
    Changed = 2,
    Deleted = 3,
}

/// The `file:` URI of a path, as a string.
pub fn uri(path: &Path) -> String {
    Uri::from_file_path(path)
        .expect("an absolute path")
        .as_str()
        .to_string()
}

/// The bundled example workspace (`examples/`, holding the seed article under `sources/`).
pub fn examples() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples")
        .canonicalize()
        .expect("examples/ exists")
}

/// The 0-based (line, UTF-16 column) of the first occurrence of `needle` in `text`.
pub fn find(text: &str, needle: &str) -> (u32, u32) {
    let at = text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not in text"));
    let before = &text[..at];
    let line = before.matches('\n').count();
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (
        line as u32,
        text[line_start..at].encode_utf16().count() as u32,
    )
}

/// The byte offset of an LSP position (UTF-16 columns) in `text`.
pub fn offset_utf16(text: &str, pos: &Value) -> usize {
    let line = pos["line"].as_u64().expect("line") as usize;
    let col = pos["character"].as_u64().expect("character") as usize;
    let mut start = 0;
    for _ in 0..line {
        start = text[start..]
            .find('\n')
            .map_or(text.len(), |i| start + i + 1);
    }
    let mut units = 0;
    for (i, c) in text[start..].char_indices() {
        if units >= col || c == '\n' || c == '\r' {
            return start + i;
        }
        units += c.len_utf16();
    }
    text.len()
}

/// Applies LSP text edits (UTF-16 positions, all against the same text) as an editor would.
pub fn apply_edits(text: &str, edits: &[Value]) -> String {
    let mut spans: Vec<(usize, usize, &str)> = edits
        .iter()
        .map(|e| {
            (
                offset_utf16(text, &e["range"]["start"]),
                offset_utf16(text, &e["range"]["end"]),
                e["newText"].as_str().expect("newText"),
            )
        })
        .collect();
    spans.sort_by_key(|s| std::cmp::Reverse(s.0));
    let mut out = text.to_string();
    for (a, b, new) in spans {
        out.replace_range(a..b, new);
    }
    out
}
