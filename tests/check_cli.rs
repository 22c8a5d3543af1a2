//! `dossier check` as a user runs it: output formats and exit status.

use std::path::Path;
use std::process::{Command, Output};

fn dossier(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_dossier"))
        .current_dir(dir)
        .args(args)
        .output()
        .expect("run dossier")
}

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn json_diagnostics_with_positions_in_scalar_values() {
    let out = dossier(root(), &["check", "--format", "json", "examples"]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let diags = v["diagnostics"].as_array().expect("diagnostics");
    assert_eq!(diags.len(), 10);
    let variant = diags
        .iter()
        .find(|d| d["code"] == "name-variant")
        .expect("name-variant");
    assert_eq!(variant["path"], "examples/notes/tajik-military-draft.md");
    assert_eq!(variant["severity"], "warning");
    // "- Major-General Shahid Tirmizei led …" is line 5 (0-based); "Tirmizei" starts at character 23.
    assert_eq!(
        variant["range"]["start"],
        serde_json::json!({"line": 5, "character": 23})
    );
    assert_eq!(
        variant["range"]["end"],
        serde_json::json!({"line": 5, "character": 31})
    );
    assert_eq!(variant["fixes"][0]["edits"][0]["new_text"], "Tirmizey");
    assert_eq!(
        variant["related"][0]["path"],
        "examples/sources/edm-3-65-tajik-military.txt"
    );
    // Curly apostrophes before the position count as one character each.
    let post = diags
        .iter()
        .find(|d| d["code"] == "post-mismatch")
        .expect("post");
    assert_eq!(post["range"]["start"]["character"], 16);
    let hint = diags
        .iter()
        .find(|d| d["code"] == "unknown-official")
        .expect("hint");
    assert_eq!(hint["severity"], "hint");
    assert_eq!(
        hint["fixes"][0]["edits"][0]["path"],
        "examples/entities.toml"
    );
}

#[test]
fn human_output_points_at_the_words() {
    let out = dossier(root(), &["check", "examples/notes/tajik-military-draft.md"]);
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(!text.contains('\x1b'), "no colour when not on a terminal");
    assert!(
        text.contains("warning[name-variant]: “Tirmizei” is spelled “Tirmizey”"),
        "{text}"
    );
    assert!(
        text.contains("--> examples/notes/tajik-military-draft.md:6:24"),
        "{text}"
    );
    assert!(text.contains("6 | - Major-General Shahid Tirmizei led the Pakistani delegation.\n  |                        ^^^^^^^^\n"), "{text}");
    assert!(
        text.contains("1 note checked: 9 warnings, 1 hint"),
        "{text}"
    );
}

#[test]
fn a_correct_note_exits_zero() {
    let out = dossier(root(), &["check", "examples/notes/tajik-military.md"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("1 note checked: no findings"));
}

#[test]
fn usage_configuration_and_io_errors_exit_two() {
    let out = dossier(root(), &["check", "no/such/note.md"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("no/such/note.md: no such file or folder")
    );
    assert_eq!(
        dossier(root(), &["check", "--format", "xml"]).status.code(),
        Some(2)
    );

    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::create_dir(dir.path().join("sources")).expect("mkdir");
    std::fs::write(
        dir.path().join("dossier.toml"),
        "[severity]\nmisquote = \"loud\"\n",
    )
    .expect("write");
    std::fs::write(dir.path().join("note.md"), "A note.\n").expect("write");
    let out = dossier(dir.path(), &["check"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("unknown severity"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    std::fs::write(dir.path().join("dossier.toml"), "").expect("write");
    std::fs::write(dir.path().join("bad.md"), [0xff, 0xfe, b'a']).expect("write");
    let out = dossier(dir.path(), &["check"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("not valid UTF-8"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// `dossier entities | head`: a reader that stops early ends the command quietly, never with a panic.
#[test]
fn a_closed_output_pipe_is_no_error() {
    for command in [
        &["entities", "--format", "json", "--no-cache"][..],
        &["--no-cache", "check", "examples"][..],
    ] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_dossier"))
            .current_dir(root())
            .args(command)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("run dossier");
        drop(child.stdout.take());
        let out = child.wait_with_output().expect("wait");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!stderr.contains("panicked"), "{command:?}: {stderr}");
        assert!(out.status.success(), "{command:?}: {stderr}");
    }
}
