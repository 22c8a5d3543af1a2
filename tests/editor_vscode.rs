//! VS Code end to end: the built `.vsix` installed into real VS Code (code-server) shown in Debian's
//! Chromium and driven by puppeteer-core (`editors/vscode/test/e2e.js`), on a copy of the bundled example
//! workspace with a note that misspells a name.

mod editor_support;

use std::net::{TcpListener, TcpStream};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Mutex;
use std::time::Instant;

use editor_support::*;
use serde_json::Value;

/// code-server and everything it spawns (extension host, the language server), killed as one group.
struct CodeServer(Child);

impl Drop for CodeServer {
    fn drop(&mut self) {
        let group = format!("-{}", self.0.id());
        let _ = Command::new("kill").args(["-TERM", "--", &group]).status();
        let _ = self.0.wait();
    }
}

/// One browser and code-server at a time: two at once on a 2-core CI machine only make both slow.
static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

struct Tools {
    node: PathBuf,
    code_server: PathBuf,
    chromium: PathBuf,
    vsix: PathBuf,
}

fn tools() -> Option<Tools> {
    let vscode = repo_root().join("editors/vscode");
    let node = require("node", on_path("node"))?;
    let code_server = require(
        "code-server 4.100.3 (npm)",
        locate(
            "DOSSIER_CODE_SERVER",
            &[tools_dir().join("code-server/node_modules/.bin/code-server")],
        ),
    )?;
    let chromium = require(
        "Chromium (apt-get install chromium)",
        locate("DOSSIER_CHROMIUM", &[PathBuf::from("/usr/bin/chromium")]),
    )?;
    let vsix = require(
        "the built extension editors/vscode/dossier.vsix",
        locate("DOSSIER_VSIX", &[vscode.join("dossier.vsix")]),
    )?;
    require(
        "puppeteer-core (npm ci in editors/vscode)",
        Some(vscode.join("node_modules/puppeteer-core/package.json")).filter(|p| p.is_file()),
    )?;
    Some(Tools {
        node,
        code_server,
        chromium,
        vsix,
    })
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free local port")
}

/// 1-based `line:column` of the first occurrence of `word` (what VS Code's Go to Line takes).
fn line_col(text: &str, word: &str) -> String {
    let at = text.find(word).expect("word in the note");
    let line = text[..at].matches('\n').count() + 1;
    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let col = text[line_start..at].encode_utf16().count() + 1 + word.len() / 2;
    format!("{line}:{col}")
}

/// A code-server session on a workspace with the built extension installed and `dossier.server.path` set.
struct Session {
    _code_server: CodeServer,
    state: tempfile::TempDir,
    url: String,
}

impl Session {
    fn start(tools: &Tools, ws: &Workspace, server_path: &Path) -> Session {
        // VS Code's own state lives outside the workspace so that the Explorer shows only the workspace.
        let state = tempfile::tempdir().expect("temporary folder");
        let user_data = state.path().join("user-data");
        let extensions = state.path().join("extensions");
        std::fs::create_dir_all(user_data.join("User")).expect("create user-data");

        let install = run(Command::new(&tools.code_server)
            .arg("--extensions-dir")
            .arg(&extensions)
            .arg("--user-data-dir")
            .arg(&user_data)
            .arg("--install-extension")
            .arg(&tools.vsix));
        assert!(
            install.status.success() && install.stdout.contains("successfully installed"),
            "installing the .vsix failed:\n{}\n{}",
            install.stdout,
            install.stderr
        );

        let settings = serde_json::json!({
            "security.workspace.trust.enabled": false,
            "workbench.startupEditor": "none",
            "telemetry.telemetryLevel": "off",
            "extensions.autoCheckUpdates": false,
            "extensions.autoUpdate": false,
            "workbench.tips.enabled": false,
            "dossier.server.path": server_path,
        });
        std::fs::write(user_data.join("User/settings.json"), settings.to_string())
            .expect("write settings");
        let port = free_port();
        let config = state.path().join("config.yaml");
        std::fs::write(
            &config,
            format!("bind-addr: 127.0.0.1:{port}\nauth: none\ncert: false\n"),
        )
        .expect("write the code-server config");
        let log = std::fs::File::create(state.path().join("code-server.log")).expect("log file");
        let code_server = CodeServer(
            Command::new(&tools.code_server)
                .arg("--config")
                .arg(&config)
                .arg("--user-data-dir")
                .arg(&user_data)
                .arg("--extensions-dir")
                .arg(&extensions)
                .args([
                    "--disable-telemetry",
                    "--disable-update-check",
                    "--disable-workspace-trust",
                ])
                .arg(ws.root())
                .env("RUST_LOG", "warn")
                .stdin(Stdio::null())
                .stdout(log.try_clone().expect("log file"))
                .stderr(log)
                .process_group(0)
                .spawn()
                .expect("start code-server"),
        );
        let start = Instant::now();
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(start.elapsed() < HANG_GUARD, "code-server never listened");
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
        let url = format!("http://127.0.0.1:{port}/?folder={}", ws.root().display());
        Session {
            _code_server: code_server,
            state,
            url,
        }
    }

    /// Runs the puppeteer driver on the note and returns its report.
    fn drive(&self, tools: &Tools, note_text: &str, expect: &str) -> Value {
        let note_name = Path::new(NOTE_FILE).file_name().expect("note name");
        let mut command = Command::new(&tools.node);
        if note_text.contains(MISTAKE_WORD) {
            command
                .env("E2E_MISTAKE_POSITION", line_col(note_text, MISTAKE_WORD))
                .env(
                    "E2E_FIXED_TEXT",
                    MISTAKE.replace(MISTAKE_WORD, SOURCE_SPELLING),
                );
        }
        let driver = run(command
            .arg(repo_root().join("editors/vscode/test/e2e.js"))
            .arg(&self.url)
            .arg(note_name)
            .arg(OFFICIAL)
            .arg(line_col(note_text, OFFICIAL))
            .arg(MISTAKE_WORD)
            .arg(self.state.path().join("shot"))
            .current_dir(repo_root().join("editors/vscode"))
            .env("DOSSIER_CHROMIUM", &tools.chromium)
            .env("E2E_EXPECT", expect));

        let line = driver
            .stdout
            .lines()
            .find_map(|l| l.strip_prefix("E2E_REPORT "))
            .unwrap_or_else(|| {
                panic!(
                    "the driver printed no report; status {}\nstdout:\n{}\nstderr:\n{}",
                    driver.status, driver.stdout, driver.stderr
                )
            });
        let report: Value = serde_json::from_str(line).expect("the report is JSON");
        eprintln!("report: {report:#}");
        report
    }

    /// The report and code-server's log, for failure messages.
    fn context(&self, report: &Value) -> String {
        format!(
            "report {report:#}\ncode-server log:\n{}",
            std::fs::read_to_string(self.state.path().join("code-server.log")).unwrap_or_default()
        )
    }
}

#[test]
fn vscode_extension_in_code_server() {
    let Some(tools) = tools() else { return };
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let ws = Workspace::new();
    let note_text = format!("{NOTE}\n{MISTAKE}\n");
    std::fs::write(ws.note(), &note_text).expect("write the note");
    let session = Session::start(&tools, &ws, &server());
    let report = session.drive(&tools, &note_text, "features");
    let context = || session.context(&report);
    assert_eq!(
        report.get("error"),
        None,
        "the driver failed: {}",
        context()
    );
    assert_eq!(report["opened"], true, "{}", context());

    // A squiggle under the misspelled name whose hover carries dossier's message.
    assert_eq!(report["squiggle"], true, "no squiggle: {}", context());
    let squiggle = report["squiggleHover"].as_str().unwrap_or_default();
    assert!(
        squiggle.contains(&format!("dossier({MISTAKE_CODE})"))
            && squiggle.contains(SOURCE_SPELLING),
        "the squiggle's hover should show dossier's {MISTAKE_CODE} naming {SOURCE_SPELLING}: {squiggle:?}"
    );

    // The hover card on the official's name, with his post from the source.
    assert_hover_card(report["hover"].as_str().unwrap_or_default());

    // F12 opens the source article at the line that introduces him.
    let def = &report["definition"];
    let source_name = Path::new(SOURCE_FILE)
        .file_name()
        .and_then(|n| n.to_str())
        .expect("source name");
    assert_eq!(def["tab"], source_name, "{}", context());
    let selection = def["selection"].as_str().unwrap_or_default();
    let line: Option<usize> = selection
        .strip_prefix("Ln ")
        .and_then(|s| s.split(',').next())
        .and_then(|n| n.trim().parse().ok());
    assert_eq!(
        line,
        Some(official_source_line() + 1),
        "cursor after Go to Definition: {selection:?}"
    );

    // Ctrl+. on the misspelled name offers the source's spelling; applied and saved, the squiggle goes.
    let menu = report["fixMenu"].to_string();
    assert!(menu.contains(SOURCE_SPELLING), "quick fix menu: {menu}");
    assert_eq!(report["fixApplied"], true, "{}", context());
    assert_eq!(report["squiggleCleared"], true, "{}", context());
}

#[test]
fn vscode_extension_says_what_to_do_without_a_server() {
    let Some(tools) = tools() else { return };
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let ws = Workspace::new();
    let missing = ws.root().join("no-such-dir/dossier");
    let session = Session::start(&tools, &ws, &missing);
    let report = session.drive(&tools, NOTE, "missing-server");
    assert_eq!(
        report.get("error"),
        None,
        "the driver failed: {}",
        session.context(&report)
    );
    let notifications = report["notifications"].to_string();
    assert!(
        notifications.contains("dossier.server.path")
            && notifications.contains("cargo install")
            && notifications.contains(&missing.display().to_string()),
        "the extension should say the configured binary is missing and how to install it: {notifications}"
    );
}
