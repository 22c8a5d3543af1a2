//! `name-variant` and `unknown-official` on notes about the seed and about another article.

mod check_support;
use check_support::*;

use dossier::check::{Settings, Severity, check_note};

#[test]
fn transliteration_variants_and_typos_get_the_sources_spelling() {
    let index = seed_index();
    for (written, expected) in [
        ("Tirmizei", "Tirmizey"),
        ("Tirmizay", "Tirmizey"),
        ("Nasriddinow", "Nasriddinov"),
    ] {
        let note = seed_note(&format!("The delegation met {written} in Dushanbe."));
        assert_eq!(
            words(&index, &note, "name-variant"),
            vec![written.to_string()],
            "{written}"
        );
        assert_fix(&index, &note, "name-variant", expected);
    }
    let note = seed_note("Sherali Khayruloyev spoke for the ministry.");
    let found = findings(&index, &note, "name-variant");
    assert_eq!(found.len(), 1);
    assert!(
        found[0].1.message.contains("“Khayrulloyev”"),
        "{}",
        found[0].1.message
    );
    assert!(
        found[0].1.message.contains("paragraph 2"),
        "{}",
        found[0].1.message
    );
    assert_eq!(found[0].1.related.len(), 1);
}

#[test]
fn exact_names_possessives_and_line_breaks_are_silent() {
    let index = seed_index();
    let note = seed_note(
        "General Shahid Tirmizey met Salohiddin\nNasriddinov. Khayrulloyev’s remarks and KHAYRULLOYEV's\nview. However, Russian and Tajik servicemen train together at Sumbula.",
    );
    assert!(words(&index, &note, "name-variant").is_empty());
}

#[test]
fn a_gazetteer_alias_is_not_a_variant_but_other_spellings_are() {
    let index = seed_index();
    // examples/entities.toml accepts "Emomali Rahmon".
    assert!(
        words(
            &index,
            &seed_note("President Emomali Rahmon endorsed the blueprint."),
            "name-variant"
        )
        .is_empty()
    );
    let note = seed_note("President Emomali Rakhmonov endorsed the blueprint.");
    assert_eq!(words(&index, &note, "name-variant"), vec!["Rakhmonov"]);
}

#[test]
fn variants_on_another_article() {
    let index = fixture_index();
    let note = "Almazbek Toktogulow spoke in Bishkek; Zhaksibekov led the Kazakh delegation.";
    assert_eq!(
        words(&index, note, "name-variant"),
        vec!["Toktogulow", "Zhaksibekov"]
    );
    assert_fix(
        &index,
        "Toktogulow spoke.",
        "name-variant",
        "Toktogulov spoke.",
    );
    let allowed = index_with(
        &[FIXTURE],
        "[[entity]]\nname = \"Almazbek Toktogulov\"\nkind = \"official\"\naliases = [\"Toktogulow\"]\n",
    );
    assert!(
        words(
            &allowed,
            "Almazbek Toktogulow spoke in Bishkek.",
            "name-variant"
        )
        .is_empty()
    );
}

#[test]
fn titled_people_no_source_mentions_get_a_hint_with_a_gazetteer_entry() {
    let index = seed_index();
    let note = seed_note("Colonel Ivan Petrov, a Russian liaison officer, observed the drill.");
    let found = findings(&index, &note, "unknown-official");
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].0, "Colonel Ivan Petrov");
    assert_eq!(found[0].1.severity, Severity::Hint);
    let entry = found[0].1.fixes[0].gazetteer_entry.as_deref().unwrap_or("");
    assert!(
        entry.contains("name = \"Ivan Petrov\"") && entry.contains("kind = \"official\""),
        "{entry}"
    );
    // The entry is valid gazetteer TOML, and once added the person is known.
    let known = index_with(&[SEED], entry);
    assert!(findings(&known, &note, "unknown-official").is_empty());
}

#[test]
fn known_people_staff_bodies_and_lone_surnames_are_not_unknown_officials() {
    let index = seed_index();
    let note = seed_note(
        "General Shahid Tirmizey of the General Staff met Colonel Petrov. Major-General Tirmizei was there.",
    );
    assert!(findings(&index, &note, "unknown-official").is_empty());
    let fixture = fixture_index();
    assert_eq!(
        words(
            &fixture,
            "Major Aibek Sultanov met Colonel Nurlan Zhaksybekov.",
            "unknown-official"
        ),
        vec!["Major Aibek Sultanov"]
    );
}

#[test]
fn code_blocks_and_front_matter_are_not_checked() {
    let index = seed_index();
    let note =
        seed_note("```\nShahid Tirmizei and Colonel Ivan Petrov\n```\nInline `Tirmizei` too.");
    assert!(check_note(&index, &note, &Settings::default()).is_empty());
}
