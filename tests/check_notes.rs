//! The sample notes and settings: a correct note gets silence, the draft gets one finding per mistake;
//! severities follow the settings.

mod check_support;
use check_support::*;

use dossier::check::{Settings, Severity, check_note, check_note_at};

fn read(rel: &str) -> (std::path::PathBuf, String) {
    let path = root().join(rel);
    let text = std::fs::read_to_string(&path).expect("note");
    (path, text)
}

#[test]
fn the_correct_sample_note_gets_no_findings() {
    let index = seed_index();
    let (path, text) = read("examples/notes/tajik-military.md");
    let found = check_note_at(&index, &text, &Settings::default(), Some(&path));
    assert!(
        found.is_empty(),
        "{:#?}",
        found
            .iter()
            .map(|f| (&text[f.range.clone()], &f.message))
            .collect::<Vec<_>>()
    );
}

#[test]
fn the_draft_note_gets_each_kind_of_finding() {
    let index = seed_index();
    let (path, text) = read("examples/notes/tajik-military-draft.md");
    let found = check_note_at(&index, &text, &Settings::default(), Some(&path));
    let got: Vec<(&str, &str)> = found
        .iter()
        .map(|f| (f.code, &text[f.range.clone()]))
        .collect();
    assert_eq!(
        got,
        vec![
            ("rank-mismatch", "Major-General"),
            ("name-variant", "Tirmizei"),
            ("post-mismatch", "the foreign minister"),
            ("number-mismatch", "600 servicemen"),
            ("date-mismatch", "March 25"),
            ("place-mismatch", "Lohur"),
            (
                "misquote",
                "cooperation between our countries is at a high level today"
            ),
            ("number-mismatch", "about 2,000 servicemen"),
            ("name-variant", "Nasriddinow"),
            ("unknown-official", "Colonel Ivan Petrov"),
        ]
    );
    // Every finding names its source passage, except the official no source mentions.
    assert!(
        found
            .iter()
            .filter(|f| f.code != "unknown-official")
            .all(|f| !f.related.is_empty())
    );
}

#[test]
fn severities_follow_the_settings() {
    let index = seed_index();
    let note = seed_note(
        "Shahid Tirmizei said “cooperation between our countries is at a high level today”.",
    );
    let mut table = std::collections::BTreeMap::new();
    table.insert("name-variant".to_string(), "error".to_string());
    table.insert("misquote".to_string(), "off".to_string());
    let settings = Settings::from_config(&table).expect("valid");
    let found = check_note(&index, &note, &settings);
    assert_eq!(
        found
            .iter()
            .map(|f| (f.code, f.severity))
            .collect::<Vec<_>>(),
        vec![("name-variant", Severity::Error)]
    );

    table.insert("name-varaint".to_string(), "error".to_string());
    let err = Settings::from_config(&table).unwrap_err();
    assert!(
        err.contains("name-varaint") && err.contains("name-variant"),
        "{err}"
    );
    let mut bad = std::collections::BTreeMap::new();
    bad.insert("misquote".to_string(), "loud".to_string());
    assert!(
        Settings::from_config(&bad)
            .unwrap_err()
            .contains("unknown severity")
    );
}

#[test]
fn front_matter_names_the_source_by_file_name_without_a_path() {
    let index = index_with(&[SEED, FIXTURE], "");
    let note = seed_note("The delegation saw the Lohur firing range.");
    assert_eq!(words(&index, &note, "place-mismatch"), vec!["Lohur"]);
}
