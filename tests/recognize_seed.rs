//! The bundled seed article, recognized end to end: exactly its four officials, two units and one exercise,
//! with the attributes the article states, and nothing spurious of those kinds.

use std::path::PathBuf;

use dossier::corpus::load_paths;
use dossier::entity::{AttrKey, Entity, Kind};
use dossier::gazetteer::Gazetteer;
use dossier::index::Index;

fn seed() -> Index {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("examples/sources");
    let (articles, errors) = load_paths(&[path]);
    assert!(errors.is_empty(), "{errors:?}");
    Index::build(articles, &Gazetteer::default())
}

fn values(e: &Entity, k: AttrKey) -> Vec<&str> {
    e.attr(k).map(|a| a.value.as_str()).collect()
}

fn of_kind(ix: &Index, k: Kind) -> Vec<&Entity> {
    ix.entities.iter().filter(|e| e.kind == k).collect()
}

fn texts<'a>(ix: &'a Index, e: &Entity) -> Vec<&'a str> {
    e.mentions
        .iter()
        .map(|m| ix.article(m.article).slice(m.range()))
        .collect()
}

#[test]
fn four_officials_with_rank_post_and_country() {
    let ix = seed();
    let o = of_kind(&ix, Kind::Official);
    let names: Vec<&str> = o.iter().map(|e| e.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "Sherali Khayrulloyev",
            "Shahid Tirmizey",
            "Salohiddin Nasriddinov",
            "Emomali Rahmonov"
        ]
    );
    let k = o[0];
    assert_eq!(
        texts(&ix, k),
        [
            "Sherali Khayrulloyev",
            "Khayrulloyev",
            "Khayrulloyev",
            "Khayrulloyev",
            "Khayrulloyev"
        ]
    );
    assert_eq!(values(k, AttrKey::Rank), ["Colonel-General"]);
    assert_eq!(values(k, AttrKey::Post), ["defense minister"]);
    assert_eq!(values(k, AttrKey::Country), ["Tajikistan"]);
    assert_eq!(values(k, AttrKey::Date), ["March 29"]);
    assert_eq!(values(k, AttrKey::Place), ["Dushanbe"]);
    let quotes = values(k, AttrKey::Quote);
    assert_eq!(quotes.len(), 2);
    assert!(
        quotes[0].ends_with("at a very high level today."),
        "{quotes:?}"
    );
    assert_eq!(quotes[1], "Soviet standards are no worse.");

    assert_eq!(values(o[1], AttrKey::Rank), ["General"]);
    assert_eq!(values(o[1], AttrKey::Country), ["Pakistan"]);
    assert!(values(o[1], AttrKey::Post)[0].starts_with("committee chair"));
    assert_eq!(
        values(o[2], AttrKey::Post),
        ["deputy Tajik minister of foreign affairs"]
    );
    // A president holds an office, not a rank.
    assert!(values(o[3], AttrKey::Rank).is_empty());
    assert!(
        values(o[3], AttrKey::Post)
            .iter()
            .any(|p| p.ends_with("President")),
        "{:?}",
        values(o[3], AttrKey::Post)
    );
}

#[test]
fn two_units_with_parent_and_base() {
    let ix = seed();
    let u = of_kind(&ix, Kind::Unit);
    let names: Vec<&str> = u.iter().map(|e| e.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "92nd Motorized Rifle Regiment",
            "201st Russian Motorized Rifle Division"
        ]
    );
    assert_eq!(
        values(u[0], AttrKey::PartOf),
        ["201st Russian Motorized Rifle Division"]
    );
    assert_eq!(values(u[1], AttrKey::BasedIn), ["Dushanbe"]);
    assert_eq!(values(u[1], AttrKey::Country), ["Russia"]);
}

#[test]
fn one_exercise_with_alias_and_facts() {
    let ix = seed();
    let x = of_kind(&ix, Kind::Exercise);
    assert_eq!(x.len(), 1);
    let m = x[0];
    assert_eq!(m.name, "Masnad-2006");
    assert!(m.aliases.contains(&"Position-2006".to_string()));
    assert_eq!(texts(&ix, m), ["Masnad-2006", "Position-2006"]);
    assert_eq!(values(m, AttrKey::Duration), ["one-day"]);
    assert_eq!(values(m, AttrKey::Stages), ["three"]);
    assert_eq!(
        values(m, AttrKey::Participants),
        ["more than 3,000 servicemen and officers"]
    );
    assert!(values(m, AttrKey::Place)[0].starts_with("Sumbula military range"));
    assert_eq!(values(m, AttrKey::Scenario).len(), 1);
}

#[test]
fn citations_back_the_facts() {
    let ix = seed();
    let a = &ix.articles[0];
    assert_eq!(a.header_value("Publication"), Some("Eurasia Daily Monitor"));
    assert_eq!(a.header_value("Issue"), Some("65"));
    let outlets: Vec<String> = a
        .citations()
        .flat_map(|c| c.parts.into_iter().map(|p| p.outlet))
        .collect();
    assert_eq!(
        outlets,
        ["Interfax", "Asia-Plus News", "Avesta", "Itar-Tass"]
    );
    // The rank of Khayrulloyev is stated in a sentence backed by the Interfax citation.
    let k = ix
        .entities
        .iter()
        .find(|e| e.name == "Sherali Khayrulloyev")
        .unwrap();
    let rank = k.attr(AttrKey::Rank).next().unwrap();
    let dossier::entity::Provenance::Source(p) = &rank.provenance else {
        panic!("rank without a source passage");
    };
    let s = a.sentence_at(p.range().start).unwrap();
    let c = a.sentences[s].citation().unwrap();
    assert_eq!(a.citation(c).unwrap().parts[0].outlet, "Interfax");
}
