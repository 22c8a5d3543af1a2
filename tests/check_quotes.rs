//! `misquote`: the closest source passage and a fix that restores it; exact quotations are silent.

mod check_support;
use check_support::*;

use dossier::matching::quote::locate_quotation;

#[test]
fn a_changed_quotation_gets_the_source_words_back() {
    let index = seed_index();
    let note =
        seed_note("Khayrulloyev: “cooperation between our countries is at a high level today.”");
    let found = findings(&index, &note, "misquote");
    assert_eq!(found.len(), 1);
    assert_eq!(
        found[0].0,
        "cooperation between our countries is at a high level today"
    );
    assert!(
        found[0].1.message.contains("at a very high level today"),
        "{}",
        found[0].1.message
    );
    assert_fix(
        &index,
        &note,
        "misquote",
        "“cooperation between our countries is at a very high level today.”",
    );

    let fixture = fixture_index();
    let note = "Toktogulov: \"Our soldiers learn fastest when they train beside their friends in the mountains.\"";
    assert_fix(
        &fixture,
        note,
        "misquote",
        "beside their allies in the mountains",
    );
}

#[test]
fn exact_quotations_short_terms_and_unrelated_quotes_are_silent() {
    let index = seed_index();
    for body in [
        "He said: “Soviet standards are no worse.”",
        "He said \"soviet standards are\nno worse\".",
        "“The Tajik armed forces have been set up … thanks to Russia's assistance”, he said.",
        "The so-called “power-wielding” agencies.",
        "A slogan: “we shall overcome whatever the weather brings tomorrow”.",
    ] {
        assert!(
            findings(&index, &seed_note(body), "misquote").is_empty(),
            "{body}"
        );
    }
}

#[test]
fn an_exact_quotation_locates_its_passage() {
    let index = seed_index();
    let found = locate_quotation(&index, "Soviet standards are no worse").expect("found");
    assert!(found.exact);
    assert_eq!(
        index
            .article(found.passage.article)
            .slice(found.passage.range()),
        "Soviet standards are no worse"
    );
}
