//! A small index for the features' tests, independent of the recognizer: two articles of the genre
//! written for these tests, entities declared by hand, mentions found with the index's own matcher and
//! attributes pointing at the sentences that state them.

use std::path::{Path, PathBuf};

use crate::corpus::{Article, HeaderField};
use crate::entity::{AttrKey, Attribute, Entity, Mention, Passage, Provenance};
use crate::gazetteer::Gazetteer;
use crate::index::Index;

pub(crate) const SOUTH: &str = "Lieutenant-General Ivan Koval, commander of the Southern Military \
District, said in Rostov-on-Don on May 12 that the district's troops are ready. “Our units have never \
been better prepared,” Koval said. The 19th Motorized Rifle Division, part of the 58th Army based in \
Vladikavkaz, will lead the Kavkaz-2009 (Caucasus-2009) exercise at the Prudboi range on June 29 with more \
than 8,500 servicemen (RIA Novosti, Rostov-on-Don, May 12).

Koval’s deputy, Major-General Oleg Marchenko, will command the second stage of Kavkaz-2009 (Interfax, \
May 13).
";

pub(crate) const KOVALL: &str = "Defense Minister Anatoly Serdyukov visited the Southern Military \
District on May 20. He met General Ivan Kovall, who showed him the\nPrudboi range (Itar-Tass, Moscow, \
May 20).
";

/// A weekly that is cited by its own name: its header says what it is.
pub(crate) const WEEKLY: &str = "Publication: Caucasus Defense Review Issue: 12
Date: May 21

The Southern Military District reported no incidents.
";

const GAZETTEER: &str = r#"
[[entity]]
name = "Ivan Koval"
kind = "official"
aliases = ["Koval", "Ivan Kovall", "Kovall"]

[[entity]]
name = "Oleg Marchenko"
kind = "official"
aliases = ["Marchenko"]

[[entity]]
name = "Anatoly Serdyukov"
kind = "official"
aliases = ["Serdyukov"]

[[entity]]
name = "Southern Military District"
kind = "unit"

[[entity]]
name = "19th Motorized Rifle Division"
kind = "unit"

[[entity]]
name = "58th Army"
kind = "unit"

[[entity]]
name = "Kavkaz-2009"
kind = "exercise"
aliases = ["Caucasus-2009"]

[[entity]]
name = "Rostov-on-Don"
kind = "place"

[[entity]]
name = "Prudboi range"
kind = "place"

[[entity]]
name = "Pyotr Volkov"
kind = "official"
aliases = ["Volkov"]
rank = "Colonel"
note = "Seen at the range in 2008; no source names him yet."

[[entity]]
name = "RIA Novosti"
kind = "outlet"

[[entity]]
name = "Itar-Tass"
kind = "outlet"

[[entity]]
name = "Interfax"
kind = "outlet"
"#;

/// What the sources state, as (entity, key, value, words of the stating sentence in article 0 or 1).
const FACTS: &[(&str, AttrKey, &str, usize, &str)] = &[
    (
        "Ivan Koval",
        AttrKey::Rank,
        "Lieutenant-General",
        0,
        "Lieutenant-General Ivan Koval",
    ),
    (
        "Ivan Koval",
        AttrKey::Post,
        "commander of the Southern Military District",
        0,
        "commander of the",
    ),
    (
        "Ivan Koval",
        AttrKey::Rank,
        "General",
        1,
        "General Ivan Kovall",
    ),
    (
        "Oleg Marchenko",
        AttrKey::Rank,
        "Major-General",
        0,
        "Major-General Oleg",
    ),
    (
        "Anatoly Serdyukov",
        AttrKey::Post,
        "Defense Minister",
        1,
        "Defense Minister Anatoly",
    ),
    (
        "19th Motorized Rifle Division",
        AttrKey::PartOf,
        "58th Army",
        0,
        "part of the 58th",
    ),
    ("58th Army", AttrKey::BasedIn, "Vladikavkaz", 0, "based in"),
    ("Kavkaz-2009", AttrKey::Date, "June 29", 0, "on June 29"),
    (
        "Kavkaz-2009",
        AttrKey::Place,
        "Prudboi range",
        0,
        "at the Prudboi range",
    ),
    (
        "Kavkaz-2009",
        AttrKey::Participants,
        "more than 8,500 servicemen",
        0,
        "8,500",
    ),
];

/// Where the fixture's articles live: a `sources` folder under a workspace root.
pub(crate) fn root() -> PathBuf {
    Path::new("/ws").to_path_buf()
}

pub(crate) fn index() -> Index {
    let gazetteer =
        Gazetteer::parse(Path::new("entities.toml"), GAZETTEER).expect("fixture gazetteer");
    let mut index = Index::build(Vec::new(), &gazetteer);
    index.articles = vec![
        article("ria-south.txt", SOUTH, Some("Drills in the South")),
        article("itar-koval.txt", KOVALL, None),
        article("cdr-weekly.txt", WEEKLY, None),
    ];
    for (i, a) in index.articles.iter().enumerate() {
        for m in index.matcher().find(&a.text) {
            index.entities[m.entity.0 as usize]
                .mentions
                .push(Mention::new(crate::entity::ArticleId(i as u32), m.range));
        }
    }
    // What the sources name is theirs, not the analyst's: only gazetteer-only entities keep their aliases
    // as the analyst's.
    for e in index.entities.iter_mut().filter(|e| !e.mentions.is_empty()) {
        e.aliases = e
            .gazetteer_aliases
            .drain(..)
            .filter(|a| *a != e.name)
            .collect();
        e.attributes
            .retain(|a| a.provenance != Provenance::Gazetteer);
    }
    for &(name, key, value, article, words) in FACTS {
        let a = &index.articles[article];
        let at = a.text.find(words).expect("fixture words");
        let slot = index
            .entities
            .iter()
            .position(|e| e.name == name)
            .expect("fixture entity");
        index.entities[slot].attributes.push(Attribute {
            key,
            value: value.to_string(),
            provenance: Provenance::Source(Passage::new(
                crate::entity::ArticleId(article as u32),
                at..at + words.len(),
            )),
        });
    }
    index
}

/// An article of the fixture, its citations read with the same scanner notes use when the corpus parser
/// did not find them, and a title when given.
fn article(name: &str, text: &str, title: Option<&str>) -> Article {
    let mut a = Article::parse(root().join("sources").join(name), text.to_string());
    if a.citation_count() == 0 {
        a.set_citations(super::links::scan_citations(&a.text));
    }
    if let Some(t) = title {
        a.header.push(HeaderField {
            key: "Title".into(),
            value: t.into(),
            range: 0..0,
        });
    }
    a
}

pub(crate) fn entity<'a>(index: &'a Index, name: &str) -> &'a Entity {
    index
        .entities
        .iter()
        .find(|e| e.name == name)
        .expect("fixture entity")
}

/// The example shipped with the project, recognized for real.
pub(crate) fn seed() -> Index {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/sources/edm-3-65-tajik-military.txt");
    let article = crate::corpus::load_file(&path).expect("the seed article loads");
    Index::build(vec![article], &Gazetteer::default())
}

/// A note on the seed, written as an analyst would, with a variant spelling or two.
pub(crate) const SEED_NOTE: &str = "---
source: ../sources/edm-3-65-tajik-military.txt
---
# Tajikistan and its partners

Colonel-General Sherali Khayrulloyev, the defense minister, called Russia the most reliable partner
(Interfax, Moscow, March 29). Khayruloev said \"Soviet standards are no worse.\"

The one-day Masnad-2006 drill involved more than 3,000 servicemen. General Shahid Tirmizei led the
Pakistani delegation (Avesta, March 28). Rakhmonov endorsed a blueprint.
";
