//! End to end through the protocol: initialize, index with progress, open, edit, save, and the features.

mod support;

use std::time::Duration;

use serde_json::{Value, json};
use support::{Client, FileChange, Options, run, uri};

/// A workspace with one made-up source article and a gazetteer naming an official, a unit and an
/// exercise, so that entities exist whatever the recognizer finds.
struct Fixture {
    dir: tempfile::TempDir,
}

const ARTICLE: &str = "Title: Drills in the north\n\nLieutenant-General Ivan Petrov, the district commander, said on May 3 that the\n5th Guards Tank Brigade will take part in Zapad-2021 (Interfax, May 3).\n";

const GAZETTEER: &str = r#"
[[entity]]
name = "Ivan Petrov"
kind = "official"
aliases = ["Petrov"]
rank = "Lieutenant-General"

[[entity]]
name = "5th Guards Tank Brigade"
kind = "unit"

[[entity]]
name = "Zapad-2021"
kind = "exercise"
"#;

impl Fixture {
    fn new() -> Fixture {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("sources")).unwrap();
        std::fs::create_dir_all(dir.path().join("notes")).unwrap();
        std::fs::write(dir.path().join("sources/drills.txt"), ARTICLE).unwrap();
        std::fs::write(dir.path().join("entities.toml"), GAZETTEER).unwrap();
        Fixture { dir }
    }

    fn root(&self) -> std::path::PathBuf {
        self.dir.path().canonicalize().unwrap()
    }

    fn note_uri(&self, name: &str) -> String {
        uri(&self.root().join("notes").join(name))
    }
}

/// Decodes semantic tokens into (line, start, length, type name, modifiers).
fn decode_tokens(data: &Value, legend: &[&str]) -> Vec<(u32, u32, u32, String, u64)> {
    let nums: Vec<u64> = data
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_u64().unwrap())
        .collect();
    let (mut line, mut start) = (0u32, 0u32);
    nums.chunks(5)
        .map(|t| {
            if t[0] > 0 {
                line += t[0] as u32;
                start = t[1] as u32;
            } else {
                start += t[1] as u32;
            }
            (
                line,
                start,
                t[2] as u32,
                legend[t[3] as usize].to_string(),
                t[4],
            )
        })
        .collect()
}

#[test]
fn initialize_negotiates_the_encoding_and_announces_features() {
    run(|| async {
        let fx = Fixture::new();
        let opts = Options {
            encodings: vec!["utf-16", "utf-8"],
            ..Options::default()
        };
        let (mut c, init) = Client::start(Some(&fx.root()), opts).await;
        let caps = &init["capabilities"];
        assert_eq!(caps["positionEncoding"], "utf-8");
        assert_eq!(caps["textDocumentSync"]["change"], 2, "incremental sync");
        assert_eq!(caps["textDocumentSync"]["save"]["includeText"], false);
        for feature in [
            "hoverProvider",
            "definitionProvider",
            "referencesProvider",
            "documentSymbolProvider",
            "workspaceSymbolProvider",
        ] {
            assert_eq!(caps[feature], true, "{feature}");
        }
        let legend = &caps["semanticTokensProvider"]["legend"]["tokenTypes"];
        assert_eq!(legend[0], "official");
        assert_eq!(legend[1], "unit");
        assert_eq!(legend[2], "exercise");
        assert_eq!(init["serverInfo"]["name"], "dossier");
        c.indexed().await;
        c.finish().await;

        let (mut c, init) = Client::start(Some(&fx.root()), Options::default()).await;
        assert_eq!(init["capabilities"]["positionEncoding"], "utf-16");
        c.indexed().await;
        c.finish().await;
    });
}

#[test]
fn indexing_reports_progress_and_watches_sources_and_configuration() {
    run(|| async {
        let fx = Fixture::new();
        let c = Client::start_indexed(&fx.root(), Options::default()).await;
        let requests = c.requests.lock().unwrap().clone();
        assert!(
            requests
                .iter()
                .any(|r| r["method"] == "window/workDoneProgress/create"),
            "{requests:#?}"
        );
        let registration = requests
            .iter()
            .find(|r| r["method"] == "client/registerCapability")
            .expect("a watcher registration");
        let reg = &registration["params"]["registrations"][0];
        assert_eq!(reg["method"], "workspace/didChangeWatchedFiles");
        let patterns: Vec<&str> = reg["registerOptions"]["watchers"]
            .as_array()
            .unwrap()
            .iter()
            .map(|w| w["globPattern"]["pattern"].as_str().unwrap())
            .collect();
        assert_eq!(patterns, ["sources/**/*", "dossier.toml", "entities.toml"]);
        assert_eq!(
            reg["registerOptions"]["watchers"][0]["globPattern"]["baseUri"],
            uri(&fx.root())
        );
        assert!(
            c.log_text().contains("indexed 1 sources"),
            "{}",
            c.log_text()
        );
        c.finish().await;
    });
}

#[test]
fn diagnostics_follow_open_and_save_with_the_buffer_version() {
    run(|| async {
        let fx = Fixture::new();
        let mut c = Client::start_indexed(&fx.root(), Options::default()).await;
        let note = fx.note_uri("n.md");
        c.open(&note, 1, "# Note\n\nPetrov said so.\n").await;
        let d = c.diagnostics(&note).await;
        assert_eq!(d["version"], 1);
        assert!(d["diagnostics"].is_array());

        // Typing does not check (diagnostics on save by default)…
        c.change(
            &note,
            2,
            json!([{"range": {"start": {"line": 2, "character": 0}, "end": {"line": 2, "character": 0}},
                    "text": "General "}]),
        )
        .await;
        c.quiet_for(Duration::from_millis(400)).await;
        // …saving does, from the buffer: the file on disk does not even exist.
        c.save(&note).await;
        let d = c.diagnostics(&note).await;
        assert_eq!(d["version"], 2);
        assert_eq!(
            c.buffer(&note).await,
            (2, "# Note\n\nGeneral Petrov said so.\n".into())
        );

        // Closing clears the note's diagnostics.
        c.notify(
            "textDocument/didClose",
            json!({"textDocument": {"uri": note}}),
        )
        .await;
        let d = c.diagnostics(&note).await;
        assert_eq!(d["diagnostics"], json!([]));
        assert!(d.get("version").is_none_or(Value::is_null));
        c.finish().await;
    });
}

#[test]
fn diagnostics_on_change_are_debounced_to_the_last_version() {
    run(|| async {
        let fx = Fixture::new();
        let opts = Options {
            initialization_options: json!({"dossier": {"diagnostics": {"on": "change", "debounceMs": 100}}}),
            configuration: json!({"diagnostics": {"on": "change", "debounceMs": 100}}),
            ..Options::default()
        };
        let mut c = Client::start_indexed(&fx.root(), opts).await;
        let note = fx.note_uri("typing.md");
        c.open(&note, 1, "").await;
        assert_eq!(c.diagnostics(&note).await["version"], 1);
        for (i, ch) in "Petrov".chars().enumerate() {
            c.change(
                &note,
                2 + i as i32,
                json!([{"range": {"start": {"line": 0, "character": i}, "end": {"line": 0, "character": i}},
                        "text": ch.to_string()}]),
            )
            .await;
        }
        let d = c.diagnostics(&note).await;
        assert_eq!(d["version"], 7, "only the last version is checked: {d}");
        c.quiet_for(Duration::from_millis(300)).await;
        c.finish().await;
    });
}

#[test]
fn semantic_tokens_tell_officials_units_and_exercises_apart_in_both_encodings() {
    for (enc, emoji_units, wide_units) in [("utf-16", 2, 1), ("utf-8", 4, 3)] {
        run(|| async move {
            let fx = Fixture::new();
            let opts = Options {
                encodings: vec![enc],
                ..Options::default()
            };
            let (mut c, init) = Client::start(Some(&fx.root()), opts).await;
            assert_eq!(init["capabilities"]["positionEncoding"], enc);
            c.indexed().await;
            let legend: Vec<String> =
                init["capabilities"]["semanticTokensProvider"]["legend"]["tokenTypes"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|v| v.as_str().unwrap().to_string())
                    .collect();
            let legend: Vec<&str> = legend.iter().map(String::as_str).collect();
            let note = fx.note_uri("tokens.md");
            let text = "😀 Ivan Petrov’s\r\n“5th Guards Tank Brigade” in Zapad-2021";
            c.open(&note, 1, text).await;
            c.diagnostics(&note).await;
            let r = c.semantic_tokens(&note).await;
            let tokens = decode_tokens(&r["data"], &legend);
            let quote = wide_units; // “ is one UTF-16 unit, three UTF-8 bytes
            assert_eq!(
                tokens,
                vec![
                    (0, emoji_units + 1, 11, "official".to_string(), 0),
                    (1, quote, 23, "unit".to_string(), 0),
                    (1, quote + 23 + quote + 4, 10, "exercise".to_string(), 0),
                ]
            );
            c.finish().await;
        });
    }
}

#[test]
fn a_changed_gazetteer_reindexes_and_rechecks_open_notes() {
    run(|| async {
        let fx = Fixture::new();
        let mut c = Client::start_indexed(&fx.root(), Options::default()).await;
        let note = fx.note_uri("watch.md");
        c.open(&note, 1, "Kazbrig moved.").await;
        c.diagnostics(&note).await;
        let before = c.semantic_tokens(&note).await;
        assert_eq!(before["data"], json!([]));

        let gaz = fx.root().join("entities.toml");
        let mut text = std::fs::read_to_string(&gaz).unwrap();
        text.push_str("\n[[entity]]\nname = \"Kazbrig\"\nkind = \"unit\"\n");
        std::fs::write(&gaz, text).unwrap();
        c.file_changed(&gaz, FileChange::Changed).await;
        c.indexed().await;
        // The open note is checked again against the new index.
        assert_eq!(c.diagnostics(&note).await["version"], 1);
        let after = c.semantic_tokens(&note).await;
        assert_eq!(after["data"], json!([0, 0, 7, 1, 0]));
        c.finish().await;
    });
}

#[test]
fn configuration_changes_switch_when_notes_are_checked() {
    run(|| async {
        let fx = Fixture::new();
        let mut c = Client::start_indexed(&fx.root(), Options::default()).await;
        let note = fx.note_uri("config.md");
        c.open(&note, 1, "Petrov").await;
        c.diagnostics(&note).await;
        let typing = |v: i32| {
            json!([{"range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}},
                    "text": format!("{v} ")}])
        };
        c.change(&note, 2, typing(2)).await;
        c.quiet_for(Duration::from_millis(300)).await;

        c.notify(
            "workspace/didChangeConfiguration",
            json!({"settings": {"dossier": {"diagnostics": {"on": "change", "debounceMs": 20}}}}),
        )
        .await;
        // New settings re-check the open notes…
        assert_eq!(c.diagnostics(&note).await["version"], 2);
        // …and now typing does too.
        c.change(&note, 3, typing(3)).await;
        assert_eq!(c.diagnostics(&note).await["version"], 3);

        // A bad value is reported and falls back to the default: on save.
        c.notify(
            "workspace/didChangeConfiguration",
            json!({"settings": {"dossier": {"diagnostics": {"on": "sometimes"}}}}),
        )
        .await;
        assert_eq!(c.diagnostics(&note).await["version"], 3);
        assert!(
            c.log_text().contains("dossier.diagnostics.on"),
            "{}",
            c.log_text()
        );
        c.change(&note, 4, typing(4)).await;
        c.quiet_for(Duration::from_millis(300)).await;
        c.finish().await;
    });
}

#[test]
fn settings_are_pulled_from_the_client_after_initialization() {
    run(|| async {
        let fx = Fixture::new();
        let opts = Options {
            configuration: json!({"diagnostics": {"on": "change", "debounceMs": 20}}),
            ..Options::default()
        };
        let mut c = Client::start_indexed(&fx.root(), opts).await;
        // Wait for the answer to be applied: the server asks once, in the background.
        let mut asked = false;
        for _ in 0..100 {
            asked = c.requests.lock().unwrap().iter().any(|r| {
                r["method"] == "workspace/configuration"
                    && r["params"]["items"][0]["section"] == "dossier"
            });
            if asked {
                break;
            }
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
        assert!(asked);
        tokio::time::sleep(Duration::from_millis(100)).await;
        let note = fx.note_uri("pulled.md");
        c.open(&note, 1, "").await;
        c.diagnostics(&note).await;
        c.change(
            &note,
            2,
            json!([{"range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}},
                    "text": "x"}]),
        )
        .await;
        assert_eq!(c.diagnostics(&note).await["version"], 2);
        c.finish().await;
    });
}

#[test]
fn a_changed_dossier_toml_is_reread_and_reindexed() {
    run(|| async {
        let fx = Fixture::new();
        let mut c = Client::start_indexed(&fx.root(), Options::default()).await;
        let more = fx.root().join("archive");
        std::fs::create_dir_all(&more).unwrap();
        std::fs::write(
            more.join("b.txt"),
            "General Ivan Petrov inspected the brigade.\n",
        )
        .unwrap();
        let toml = fx.root().join("dossier.toml");
        std::fs::write(&toml, "sources = [\"sources\", \"archive\"]\n").unwrap();
        c.file_changed(&toml, FileChange::Created).await;
        c.indexed_sources(2).await;

        // A broken dossier.toml is reported and the previous configuration stays.
        std::fs::write(&toml, "sources = [\n").unwrap();
        c.file_changed(&toml, FileChange::Changed).await;
        c.indexed_sources(2).await;
        assert!(
            c.log_text().contains("keeping the previous configuration"),
            "{}",
            c.log_text()
        );

        // Files outside the sources do not trigger indexing.
        c.file_changed(&fx.root().join("notes/x.md"), FileChange::Created)
            .await;
        c.quiet_for(Duration::from_millis(300)).await;
        c.finish().await;
    });
}

#[test]
fn sources_named_by_a_glob_reindex_when_created_or_deleted() {
    run(|| async {
        let fx = Fixture::new();
        let archive = fx.root().join("archive");
        std::fs::create_dir_all(&archive).unwrap();
        std::fs::write(archive.join("a.txt"), ARTICLE).unwrap();
        std::fs::write(
            fx.root().join("dossier.toml"),
            "sources = [\"archive/*.txt\"]\n",
        )
        .unwrap();
        let mut c = Client::start_indexed(&fx.root(), Options::default()).await;

        std::fs::write(archive.join("b.txt"), ARTICLE).unwrap();
        c.file_changed(&archive.join("b.txt"), FileChange::Created)
            .await;
        c.indexed_sources(2).await;

        std::fs::remove_file(archive.join("a.txt")).unwrap();
        c.file_changed(&archive.join("a.txt"), FileChange::Deleted)
            .await;
        c.indexed_sources(1).await;
        c.finish().await;
    });
}
