//! Emacs end to end: `emacs --batch` with Debian's eglot, the snippet in `editors/emacs/dossier-eglot.el`,
//! the built server and a copy of the bundled example workspace. `editors/emacs/test/e2e.el` hovers a name,
//! follows it with M-. and saves a line with a finding; this test asserts on what eglot received.

mod editor_support;

use std::path::{Path, PathBuf};
use std::process::Command;

use editor_support::*;

#[test]
fn emacs_eglot_hover_definition_and_diagnostics() {
    let found =
        locate("DOSSIER_EMACS", &[PathBuf::from("/usr/bin/emacs")]).or_else(|| on_path("emacs"));
    let Some(emacs) = require("Emacs (apt-get install emacs-nox elpa-eglot)", found) else {
        return;
    };
    let ws = Workspace::new();
    let out = ws.root().join("emacs-report.json");
    let editors = repo_root().join("editors/emacs");
    let run = run(Command::new(&emacs)
        .arg("--batch")
        .arg("-l")
        .arg(editors.join("test/e2e.el"))
        .current_dir(ws.root())
        .env("HOME", ws.root())
        .env("DOSSIER_BIN", server())
        .env("DOSSIER_EGLOT_SNIPPET", editors.join("dossier-eglot.el"))
        .env("E2E_NOTE", ws.note())
        .env("E2E_NAME", OFFICIAL)
        .env("E2E_MISTAKE", MISTAKE)
        .env("E2E_OUT", &out)
        .env("RUST_LOG", "warn"));
    let report = read_report("Emacs", &out, &run);
    eprintln!("report: {report:#}\nstderr:\n{}", run.stderr);
    if report["missing"] == "eglot" {
        require("eglot (apt-get install elpa-eglot)", None);
        return;
    }
    assert_eq!(report.get("error"), None, "the script failed: {report}");
    assert_eq!(report["connected"], true);
    assert_eq!(
        Path::new(report["root"].as_str().unwrap_or_default())
            .canonicalize()
            .ok(),
        ws.root().canonicalize().ok(),
        "the snippet roots the project at the workspace"
    );

    assert_hover_card(report["hover"].as_str().unwrap_or_default());

    // M-. on the name lands on the line of the source that introduces him.
    let def = &report["definition"];
    assert_opens_source(
        &ws,
        def["file"].as_str().unwrap_or_default(),
        &def["line"],
        &report.to_string(),
    );

    let diagnostics = report["diagnostics"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    let finding = diagnostics
        .iter()
        .find(|d| {
            let m = d["message"].as_str().unwrap_or_default();
            m.contains(MISTAKE_CODE) && m.contains(SOURCE_SPELLING)
        })
        .unwrap_or_else(|| panic!("no {MISTAKE_CODE} finding on the saved line: {diagnostics:?}"));
    assert_covers_mistake(finding);
}
