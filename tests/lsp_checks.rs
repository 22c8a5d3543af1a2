//! Findings through the server on the bundled example's draft note: diagnostics with codes, versions and
//! the source passage, quick fixes that write the source's text, and findings gone after the fix is saved.

mod support;

use serde_json::{Value, json};
use support::{Client, FileChange, Options, apply_edits, examples, find, run, uri};

const SEED: &str = "sources/edm-3-65-tajik-military.txt";
const DRAFT: &str = "notes/tajik-military-draft.md";

fn diagnostic<'a>(diags: &'a Value, code: &str) -> Option<&'a Value> {
    diags.as_array()?.iter().find(|d| d["code"] == code)
}

async fn fix(c: &mut Client, note: &str, d: &Value, title_has: &str) -> Vec<Value> {
    let actions = code_actions(c, note, d).await;
    let action = actions
        .iter()
        .find(|a| a["title"].as_str().unwrap_or("").contains(title_has))
        .unwrap_or_else(|| panic!("a fix titled …{title_has}… in {actions:#?}"))
        .clone();
    assert_eq!(action["kind"], "quickfix");
    assert_eq!(action["diagnostics"][0]["code"], d["code"]);
    action["edit"]["changes"][note]
        .as_array()
        .expect("edits of the note")
        .clone()
}

/// Text edits as `didChange` content changes: applied one after another, so from the last to the first.
fn as_changes(text: &str, edits: &[Value]) -> Value {
    let mut sorted: Vec<&Value> = edits.iter().collect();
    sorted.sort_by_key(|e| std::cmp::Reverse(support::offset_utf16(text, &e["range"]["start"])));
    json!(
        sorted
            .iter()
            .map(|e| json!({"range": e["range"], "text": e["newText"]}))
            .collect::<Vec<_>>()
    )
}

#[test]
fn findings_are_published_with_their_source_and_fixed_by_quick_fixes() {
    run(|| async {
        let mut c = Client::start_indexed(&examples(), Options::default()).await;
        let note = uri(&examples().join(DRAFT));
        let seed_uri = uri(&examples().join(SEED));
        let seed = std::fs::read_to_string(examples().join(SEED)).unwrap();
        let mut text = std::fs::read_to_string(examples().join(DRAFT)).unwrap();
        c.open(&note, 1, &text).await;
        let published = c.diagnostics(&note).await;
        assert_eq!(published["version"], 1);
        let diags = &published["diagnostics"];
        for d in diags.as_array().unwrap() {
            assert_eq!(d["source"], "dossier", "{d}");
            assert!(d["code"].is_string(), "{d}");
        }
        let variant = diagnostic(diags, "name-variant").expect("a name-variant finding");
        assert_eq!(
            (
                variant["range"]["start"]["line"].as_u64().unwrap() as u32,
                variant["range"]["start"]["character"].as_u64().unwrap() as u32
            ),
            find(&text, "Tirmizei")
        );
        assert_eq!(variant["severity"], 2);
        let related = &variant["relatedInformation"][0]["location"];
        assert_eq!(related["uri"], seed_uri);
        assert_eq!(
            related["range"]["start"]["line"],
            find(&seed, "Shahid Tirmizey").0
        );
        for code in [
            "rank-mismatch",
            "post-mismatch",
            "misquote",
            "unknown-official",
        ] {
            assert!(diagnostic(diags, code).is_some(), "{code} in {diags:#}");
        }

        // The name-variant fix writes the source's spelling.
        let edits = fix(&mut c, &note, variant, "Tirmizey").await;
        let fixed = apply_edits(&text, &edits);
        assert!(fixed.contains("Shahid Tirmizey led"), "{fixed}");
        c.change(&note, 2, as_changes(&text, &edits)).await;
        text = fixed;
        // The misquote fix restores the source's words.
        let misquote = diagnostic(diags, "misquote").unwrap().clone();
        let edits = fix(&mut c, &note, &misquote, "Restore").await;
        let fixed = apply_edits(&text, &edits);
        assert!(fixed.contains("at a very high level today"), "{fixed}");
        c.change(&note, 3, as_changes(&text, &edits)).await;
        text = fixed;
        assert_eq!(c.buffer(&note).await, (3, text.clone()));

        c.save(&note).await;
        let published = c.diagnostics(&note).await;
        assert_eq!(published["version"], 3);
        let after = &published["diagnostics"];
        let variants: Vec<&Value> = after
            .as_array()
            .unwrap()
            .iter()
            .filter(|d| d["code"] == "name-variant")
            .collect();
        assert!(
            variants
                .iter()
                .all(|d| d["message"].as_str().unwrap().contains("Nasriddinow")),
            "{after:#}"
        );
        assert!(diagnostic(after, "misquote").is_none(), "{after:#}");
        assert!(diagnostic(after, "rank-mismatch").is_some(), "{after:#}");
        c.finish().await;
    });
}

#[test]
fn severity_overrides_from_settings_reach_the_checks() {
    run(|| async {
        let opts = Options {
            initialization_options: json!({"dossier": {"diagnostics": {"severity": {
                "name-variant": "error", "misquote": "off"}}}}),
            ..Options::default()
        };
        let mut c = Client::start_indexed(&examples(), opts).await;
        let note = uri(&examples().join(DRAFT));
        let text = std::fs::read_to_string(examples().join(DRAFT)).unwrap();
        c.open(&note, 1, &text).await;
        let diags = c.diagnostics(&note).await["diagnostics"].clone();
        assert_eq!(diagnostic(&diags, "name-variant").unwrap()["severity"], 1);
        assert!(diagnostic(&diags, "misquote").is_none(), "{diags:#}");
        assert!(diagnostic(&diags, "rank-mismatch").is_some());
        c.finish().await;
    });
}

#[test]
fn a_correct_note_gets_no_findings() {
    run(|| async {
        let mut c = Client::start_indexed(&examples(), Options::default()).await;
        let note = uri(&examples().join("notes/tajik-military.md"));
        let text = std::fs::read_to_string(examples().join("notes/tajik-military.md")).unwrap();
        c.open(&note, 1, &text).await;
        let d = c.diagnostics(&note).await;
        let warnings: Vec<&Value> = d["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|d| d["severity"].as_u64() <= Some(2))
            .collect();
        assert!(warnings.is_empty(), "{warnings:#?}");
        c.finish().await;
    });
}

#[test]
fn documents_that_are_not_prose_are_not_checked() {
    run(|| async {
        let mut c = Client::start_indexed(&examples(), Options::default()).await;
        let text = std::fs::read_to_string(examples().join(DRAFT)).unwrap();
        let yaml = uri(&examples().join("notes/draft-as-yaml.yaml"));
        c.notify(
            "textDocument/didOpen",
            json!({"textDocument": {"uri": yaml, "languageId": "yaml", "version": 1, "text": text}}),
        )
        .await;
        assert_eq!(c.diagnostics(&yaml).await["diagnostics"], json!([]));
        let plain = uri(&examples().join("notes/draft-as-text.txt"));
        c.notify(
            "textDocument/didOpen",
            json!({"textDocument": {"uri": plain, "languageId": "plaintext", "version": 1, "text": text}}),
        )
        .await;
        let d = c.diagnostics(&plain).await;
        assert!(
            diagnostic(&d["diagnostics"], "name-variant").is_some(),
            "{d:#}"
        );
        c.finish().await;
    });
}

/// A workspace with the seed as its only source and no gazetteer yet.
fn seed_workspace() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("sources")).unwrap();
    std::fs::copy(examples().join(SEED), dir.path().join(SEED)).unwrap();
    dir
}

const PETROV: &str = "# Drill\n\nColonel Ivan Petrov, a liaison officer, observed the drill.\n";

async fn code_actions(c: &mut Client, note: &str, d: &Value) -> Vec<Value> {
    c.request(
        "textDocument/codeAction",
        json!({"textDocument": {"uri": note}, "range": d["range"], "context": {"diagnostics": [d]}}),
    )
    .await
    .as_array()
    .expect("code actions")
    .clone()
}

#[test]
fn adding_an_unknown_official_creates_the_gazetteer_and_clears_the_finding() {
    run(|| async {
        let dir = seed_workspace();
        let root = dir.path().canonicalize().unwrap();
        let opts = Options {
            document_changes: true,
            ..Options::default()
        };
        let mut c = Client::start_indexed(&root, opts).await;
        let note = uri(&root.join("notes/drill.md"));
        c.open(&note, 1, PETROV).await;
        let diags = c.diagnostics(&note).await["diagnostics"].clone();
        let unknown = diagnostic(&diags, "unknown-official").expect("an unknown-official hint");
        assert_eq!(unknown["severity"], 4);

        let actions = code_actions(&mut c, &note, unknown).await;
        assert_eq!(actions.len(), 1, "{actions:#?}");
        let action = &actions[0];
        assert_eq!(action["kind"], "quickfix");
        assert!(
            action["title"].as_str().unwrap().contains("Ivan Petrov"),
            "{action}"
        );
        assert!(action["edit"]["changes"].is_null(), "{action}");
        let gazetteer = root.join("entities.toml");
        let gazetteer_uri = uri(&gazetteer);
        let ops = action["edit"]["documentChanges"]
            .as_array()
            .expect("documentChanges");
        assert_eq!(ops.len(), 2, "{ops:#?}");
        assert_eq!(
            ops[0],
            json!({"kind": "create", "uri": gazetteer_uri, "options": {"ignoreIfExists": true}})
        );
        assert_eq!(ops[1]["textDocument"]["uri"], gazetteer_uri);
        assert!(ops[1]["textDocument"]["version"].is_null(), "{ops:#?}");
        let edits = ops[1]["edits"].as_array().unwrap();
        assert_eq!(edits.len(), 1);
        assert_eq!(
            edits[0]["range"],
            json!({"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}})
        );
        let entry = edits[0]["newText"].as_str().unwrap();
        assert!(entry.contains("name = \"Ivan Petrov\""), "{entry}");
        assert!(entry.contains("kind = \"official\""), "{entry}");
        assert!(
            !gazetteer.exists(),
            "the server never writes the gazetteer itself"
        );

        // The editor applies the edit and the watcher reports the new file.
        std::fs::write(&gazetteer, apply_edits("", edits)).unwrap();
        c.file_changed(&gazetteer, FileChange::Created).await;
        c.indexed().await;
        // The new index re-checks the open note once.
        c.diagnostics(&note).await;
        c.save(&note).await;
        let after = c.diagnostics(&note).await;
        assert_eq!(after["version"], 1);
        assert!(
            diagnostic(&after["diagnostics"], "unknown-official").is_none(),
            "{after:#}"
        );
        c.finish().await;
    });
}

#[test]
fn without_document_changes_the_gazetteer_entry_is_a_plain_edit_at_its_end() {
    run(|| async {
        let dir = seed_workspace();
        let root = dir.path().canonicalize().unwrap();
        let gazetteer = root.join("entities.toml");
        std::fs::write(&gazetteer, "# Additions\n\n# More to come").unwrap();
        let mut c = Client::start_indexed(&root, Options::default()).await;
        let note = uri(&root.join("drill.md"));
        c.open(&note, 1, PETROV).await;
        let diags = c.diagnostics(&note).await["diagnostics"].clone();
        let unknown = diagnostic(&diags, "unknown-official").expect("an unknown-official hint");
        let actions = code_actions(&mut c, &note, unknown).await;
        assert_eq!(actions.len(), 1, "{actions:#?}");
        let edit = &actions[0]["edit"];
        assert!(edit["documentChanges"].is_null(), "{edit}");
        let changes = edit["changes"].as_object().unwrap();
        assert_eq!(changes.len(), 1, "only the gazetteer changes: {edit}");
        let edits = changes[&uri(&gazetteer)].as_array().unwrap();
        assert_eq!(
            edits[0]["range"],
            json!({"start": {"line": 2, "character": 14}, "end": {"line": 2, "character": 14}})
        );
        let applied = apply_edits("# Additions\n\n# More to come", edits);
        assert!(
            applied
                .starts_with("# Additions\n\n# More to come\n[[entity]]\nname = \"Ivan Petrov\""),
            "{applied}"
        );
        c.finish().await;
    });
}

#[test]
fn quick_fixes_are_versioned_document_changes_when_the_client_takes_them() {
    run(|| async {
        let opts = Options {
            document_changes: true,
            ..Options::default()
        };
        let mut c = Client::start_indexed(&examples(), opts).await;
        let note = uri(&examples().join(DRAFT));
        let text = std::fs::read_to_string(examples().join(DRAFT)).unwrap();
        c.open(&note, 7, &text).await;
        let diags = c.diagnostics(&note).await["diagnostics"].clone();
        let variant = diagnostic(&diags, "name-variant").expect("a name-variant finding");
        let actions = code_actions(&mut c, &note, variant).await;
        let action = actions
            .iter()
            .find(|a| a["title"].as_str().unwrap_or("").contains("Tirmizey"))
            .unwrap_or_else(|| panic!("a fix to the source's spelling in {actions:#?}"));
        assert!(action["edit"]["changes"].is_null(), "{action}");
        let ops = action["edit"]["documentChanges"].as_array().unwrap();
        assert_eq!(ops.len(), 1, "{ops:#?}");
        assert_eq!(
            ops[0]["textDocument"],
            json!({"uri": note, "version": 7}),
            "the edit applies to the version it was computed on"
        );
        let edits = ops[0]["edits"].as_array().unwrap();
        assert!(
            apply_edits(&text, edits).contains("Shahid Tirmizey led"),
            "{edits:#?}"
        );
        c.finish().await;
    });
}
