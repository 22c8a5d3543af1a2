//! `rank-mismatch` reads abbreviated and full ranks alike, in sources and notes, and names the sources'
//! rank in full.

use std::path::Path;

use dossier::check::{Settings, check_note};
use dossier::corpus::Article;
use dossier::gazetteer::Gazetteer;
use dossier::index::Index;

const SOURCE: &str = "Allies Drill in the Baltics\n\n\
Maj. Gen. Thomas Whitfield, commander of the 3rd Infantry Division, said the drills went well. \
Lt. Gen. Mark Delaney, head of the allied land command, observed the final phase.\n";

fn index() -> Index {
    let g = Gazetteer::parse(Path::new("entities.toml"), "").expect("empty gazetteer");
    Index::build(vec![Article::parse("drill.txt", SOURCE.to_string())], &g)
}

fn rank_findings(index: &Index, body: &str) -> Vec<String> {
    let note = format!("---\nsource: drill.txt\n---\n{body}\n");
    check_note(index, &note, &Settings::default())
        .into_iter()
        .filter(|f| f.code == "rank-mismatch")
        .map(|f| f.message)
        .collect()
}

#[test]
fn full_and_abbreviated_spellings_of_one_rank_agree() {
    let index = index();
    for body in [
        "Major General Thomas Whitfield led the drill.",
        "Maj. Gen. Whitfield led the drill.",
        "Lieutenant-General Mark Delaney watched.",
        "Gen. Delaney watched.",
    ] {
        assert!(rank_findings(&index, body).is_empty(), "{body}");
    }
}

#[test]
fn another_rank_is_a_mismatch_named_in_full() {
    let index = index();
    let found = rank_findings(&index, "Lt. Gen. Thomas Whitfield led the drill.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].contains("“Major General”"), "{}", found[0]);
    assert!(!found[0].contains("“Maj. Gen"), "{}", found[0]);
    let found = rank_findings(&index, "Maj. Gen. Mark Delaney watched.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].contains("“Lieutenant General”"), "{}", found[0]);
}
