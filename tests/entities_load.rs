//! Loading sources: a bad file gets a clear error of its own and every other file still loads.

use std::path::PathBuf;

use dossier::corpus::{LoadError, MAX_SOURCE_BYTES, load_paths};
use dossier::gazetteer::Gazetteer;
use dossier::index::Index;

#[test]
fn bad_files_are_reported_and_the_rest_loads() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(
        d.join("good.txt"),
        "Major General Arvid Kalnins, Latvia’s chief of defence, visited the Adazi training area.",
    )
    .unwrap();
    std::fs::write(d.join("latin1.txt"), b"Caf\xe9 talks in Riga\n").unwrap();
    std::fs::write(d.join("empty.md"), "  \n\n").unwrap();
    std::fs::write(d.join("image.txt"), b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap();
    let huge = std::fs::File::create(d.join("huge.txt")).unwrap();
    huge.set_len(MAX_SOURCE_BYTES + 1).unwrap();
    std::fs::write(d.join("notes.json"), "{}").unwrap();

    let (articles, errors) = load_paths(&[d.to_path_buf()]);
    assert_eq!(articles.len(), 1);
    assert!(articles[0].path.ends_with("good.txt"));
    let mut kinds: Vec<&str> = errors
        .iter()
        .map(|e| match e {
            LoadError::Utf8 { .. } => "utf8",
            LoadError::Empty { .. } => "empty",
            LoadError::Binary { .. } => "binary",
            LoadError::TooLarge { .. } => "too large",
            LoadError::Io { .. } => "io",
        })
        .collect();
    kinds.sort_unstable();
    assert_eq!(kinds, ["binary", "empty", "too large", "utf8"]);
    for e in &errors {
        let msg = e.to_string();
        assert!(msg.starts_with(&d.display().to_string()), "{msg}");
    }
    let utf8 = errors
        .iter()
        .find(|e| matches!(e, LoadError::Utf8 { .. }))
        .unwrap()
        .to_string();
    assert!(utf8.contains("byte 3") && utf8.contains("UTF-8"), "{utf8}");

    let index = Index::build(articles, &Gazetteer::default());
    assert!(index.entities.iter().any(|e| e.name == "Arvid Kalnins"));
}

#[test]
fn a_missing_path_is_an_error_not_a_crash() {
    let (articles, errors) = load_paths(&[PathBuf::from("/nonexistent/dossier-sources")]);
    assert!(articles.is_empty());
    assert_eq!(errors.len(), 1);
    assert!(
        errors[0]
            .to_string()
            .contains("/nonexistent/dossier-sources")
    );
}

#[test]
fn arbitrary_text_never_panics_the_recognizer() {
    let samples = [
        "",
        "(",
        "“",
        "General",
        "General ’s",
        "201st",
        "Colonel-General\n\n\nX",
        "Publication: X\n",
        "---\nsource: a\n",
        "\u{feff}Title: é\n\nà la Gen. Ÿ. Ω-2006 exercise (",
        "A.B.C.D.E. U.S. No. 5 (Interfax, ; , March 1)",
        "military unit No.",
        "the Batumi and",
        // Initials of a formation that are not ASCII ("ÄÍMÍB"), read when an acronym is weighed as an
        // exercise's name.
        "Berg said the brigade would train with the Ärmy’s Íron Hawk Mechanised Ínfantry Brigade. \
         Officials welcomed the VELTOPS 2025 naval exercise.",
    ];
    for s in samples {
        let a = dossier::corpus::Article::parse("x.txt", s.to_string());
        let _ = dossier::recognize::recognize(&a);
        let _ = Index::build(vec![a], &Gazetteer::default());
    }
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(300))]
    /// Any text of the genre's characters parses and recognizes without a panic, every range on character
    /// boundaries.
    #[test]
    fn random_text_parses_and_recognizes(s in "[A-Za-z0-9 .,;:()'’“”\"\n\u{e9}\u{416}\u{c4}\u{cd}\u{160}-]{0,200}") {
        let a = dossier::corpus::Article::parse("x.txt", s.clone());
        for f in dossier::recognize::recognize(&a) {
            for m in &f.mentions {
                proptest::prop_assert!(s.get(m.clone()).is_some(), "{m:?} in {s:?}");
            }
        }
        for q in &a.quotations {
            proptest::prop_assert!(s.get(q.range.clone()).is_some());
        }
    }
}
