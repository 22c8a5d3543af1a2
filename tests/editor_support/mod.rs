//! What the editor end-to-end tests share: finding the real editors, a copy of the bundled example
//! workspace with a note of our own, and running an editor with a hang guard.
//!
//! A missing editor fails the test when `CI` is set (CI installs them with `.ci/install-editors`) and skips
//! it with a message otherwise, so that `cargo test` works on a machine without them.

#![allow(dead_code)] // each test binary uses its own part of this module

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::thread;
use std::time::{Duration, Instant};

/// The note every editor test opens (written into `notes/` of the copied workspace).
pub const NOTE_FILE: &str = "notes/editor-e2e.md";

/// A note on the bundled article: correct lines only, so findings come from what a test adds.
pub const NOTE: &str = "\
---
source: sources/edm-3-65-tajik-military.txt
---
# Tajikistan and its partners

Colonel-General Sherali Khayrulloyev, Tajikistan's defense minister, called Russia the most reliable
military and security partner of Tajikistan.
";

/// The official hovered and followed to the source in every editor.
pub const OFFICIAL: &str = "Khayrulloyev";
/// What the hover card must show: his post, as the source gives it.
pub const OFFICIAL_POST: &str = "defense minister";
/// A line with a misspelled name (the source spells it Tirmizey): a `name-variant` finding with a fix.
pub const MISTAKE: &str = "General Shahid Tirmizei led the Pakistani military delegation.";
pub const MISTAKE_WORD: &str = "Tirmizei";
pub const MISTAKE_CODE: &str = "name-variant";
pub const SOURCE_SPELLING: &str = "Tirmizey";
/// The bundled source article, relative to the workspace.
pub const SOURCE_FILE: &str = "sources/edm-3-65-tajik-military.txt";

/// How long an editor run may take before it is killed as hung (not a timing assertion).
pub const HANG_GUARD: Duration = Duration::from_secs(300);

pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Where `.ci/install-editors` puts what Debian does not provide.
pub fn tools_dir() -> PathBuf {
    match std::env::var_os("DOSSIER_TOOLS") {
        Some(d) => PathBuf::from(d),
        None => repo_root().join("target/editor-tools"),
    }
}

/// The server under test, as cargo built it for this test run.
pub fn server() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_dossier"))
}

/// `Some(path)` when the tool exists; otherwise fails under CI or prints why the test is skipped.
pub fn require(tool: &str, found: Option<PathBuf>) -> Option<PathBuf> {
    if found.is_some() {
        return found;
    }
    if std::env::var_os("CI").is_some() {
        panic!(
            "{tool} not found, and CI must run every editor test: run .ci/install-editors first"
        );
    }
    eprintln!("skipped: {tool} not found (run .ci/install-editors)");
    None
}

/// The path in environment variable `var` when set, else the first existing candidate.
pub fn locate(var: &str, candidates: &[PathBuf]) -> Option<PathBuf> {
    if let Some(p) = std::env::var_os(var).filter(|p| !p.is_empty()) {
        let p = PathBuf::from(p);
        return p.is_file().then_some(p);
    }
    candidates.iter().find(|p| p.is_file()).cloned()
}

/// `name` on `PATH`.
pub fn on_path(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|d| d.join(name))
        .find(|p| p.is_file())
}

/// The first line a program prints for `--version`, or "" when it does not run.
pub fn version_of(program: &Path) -> String {
    Command::new(program)
        .arg("--version")
        .stdin(Stdio::null())
        .output()
        .map(|o| {
            String::from_utf8_lossy(&o.stdout)
                .lines()
                .next()
                .unwrap_or("")
                .to_string()
        })
        .unwrap_or_default()
}

/// A private copy of `examples/` (sources and sample notes) plus [`NOTE`] at [`NOTE_FILE`].
pub struct Workspace {
    pub dir: tempfile::TempDir,
}

impl Workspace {
    pub fn new() -> Workspace {
        let dir = tempfile::Builder::new()
            .prefix("dossier-editor-")
            .tempdir()
            .expect("create a temporary workspace");
        copy_dir(&repo_root().join("examples"), dir.path());
        let note = dir.path().join(NOTE_FILE);
        std::fs::create_dir_all(note.parent().expect("note folder")).expect("create notes/");
        std::fs::write(&note, NOTE).expect("write the note");
        Workspace { dir }
    }

    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    pub fn note(&self) -> PathBuf {
        self.root().join(NOTE_FILE)
    }

    pub fn source(&self) -> PathBuf {
        self.root().join(SOURCE_FILE)
    }
}

fn copy_dir(from: &Path, to: &Path) {
    for entry in std::fs::read_dir(from).expect("read examples/") {
        let entry = entry.expect("read examples/");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("file type").is_dir() {
            std::fs::create_dir_all(&target).expect("create folder");
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("copy example file");
        }
    }
}

/// The 0-based line of the source article that introduces the official: the first that names him.
pub fn official_source_line() -> usize {
    let text = std::fs::read_to_string(repo_root().join("examples").join(SOURCE_FILE))
        .expect("read the bundled source article");
    text.lines()
        .position(|l| l.contains(OFFICIAL))
        .expect("the source names the official")
}

/// What a finished editor run printed.
pub struct Run {
    pub status: std::process::ExitStatus,
    pub stdout: String,
    pub stderr: String,
}

/// Runs `cmd` to completion with stdin closed; kills it and fails the test if it outlives [`HANG_GUARD`].
pub fn run(cmd: &mut Command) -> Run {
    let mut child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {cmd:?}: {e}"));
    let stdout = drain(child.stdout.take().expect("stdout is piped"));
    let stderr = drain(child.stderr.take().expect("stderr is piped"));
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait for the editor") {
            break status;
        }
        if start.elapsed() > HANG_GUARD {
            let _ = child.kill();
            let _ = child.wait();
            panic!(
                "{cmd:?} hung and was killed\nstdout:\n{}\nstderr:\n{}",
                stdout.join().unwrap_or_default(),
                stderr.join().unwrap_or_default()
            );
        }
        thread::sleep(Duration::from_millis(50));
    };
    Run {
        status,
        stdout: stdout.join().unwrap_or_default(),
        stderr: stderr.join().unwrap_or_default(),
    }
}

fn drain(mut r: impl Read + Send + 'static) -> thread::JoinHandle<String> {
    thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = r.read_to_end(&mut buf);
        String::from_utf8_lossy(&buf).into_owned()
    })
}

/// The JSON report an editor script wrote to `out`; fails with what the editor printed when there is none.
pub fn read_report(editor: &str, out: &Path, run: &Run) -> serde_json::Value {
    let text = std::fs::read_to_string(out).unwrap_or_else(|e| {
        panic!(
            "{editor} wrote no report ({e}); status {}\nstdout:\n{}\nstderr:\n{}",
            run.status, run.stdout, run.stderr
        )
    });
    serde_json::from_str(&text).expect("the report is JSON")
}

/// The hover card on [`OFFICIAL`] shows his post as the source gives it.
pub fn assert_hover_card(hover: &str) {
    assert!(
        hover.contains(OFFICIAL) && hover.contains(OFFICIAL_POST),
        "hover card on {OFFICIAL} should show the post {OFFICIAL_POST:?}: {hover:?}"
    );
}

/// A finding reported with 0-based `col`/`end_col` covers [`MISTAKE_WORD`] on the [`MISTAKE`] line.
pub fn assert_covers_mistake(finding: &serde_json::Value) {
    let word_start = MISTAKE.find(MISTAKE_WORD).unwrap_or_default() as u64;
    let word_end = word_start + MISTAKE_WORD.len() as u64;
    let (col, end_col) = (finding["col"].as_u64(), finding["end_col"].as_u64());
    assert!(
        col.is_some_and(|c| c <= word_start) && end_col.is_some_and(|e| e >= word_end),
        "the finding's range covers the misspelled name: {finding}"
    );
}

/// Go to definition from [`OFFICIAL`] opened `file` at `line`: the source line that introduces him.
pub fn assert_opens_source(ws: &Workspace, file: &str, line: &serde_json::Value, context: &str) {
    assert_eq!(
        Path::new(file).canonicalize().ok(),
        ws.source().canonicalize().ok(),
        "definition opens the source article: {context}"
    );
    assert_eq!(
        line.as_u64(),
        Some(official_source_line() as u64),
        "definition line: {context}"
    );
}
