//! Symbols: the outline of a note (each entity it names, once, at its first mention) and the search of
//! entities across the corpus, each placed at the passage that introduces it.

use std::cmp::Reverse;
use std::collections::HashSet;

use crate::entity::{Entity, Kind};
use crate::index::Index;
use crate::matching::DetailedMatch;
use crate::recognize::translit;

use super::{Location, Symbol, lookup};

/// Most results of a workspace search: clients show a page of them.
const MAX_RESULTS: usize = 200;

pub(crate) fn document_symbols(index: &Index, text: &str) -> Vec<Symbol> {
    document_symbols_of(index, &index.matcher().find_detailed(text))
}

pub(crate) fn document_symbols_of(index: &Index, matches: &[DetailedMatch]) -> Vec<Symbol> {
    let mut seen = HashSet::new();
    matches
        .iter()
        .filter_map(DetailedMatch::first)
        .filter(|m| seen.insert(m.entity))
        .filter_map(|m| {
            let e = lookup::entity(index, m.entity)?;
            Some(Symbol {
                name: e.name.clone(),
                kind: e.kind,
                range: m.range,
            })
        })
        .collect()
}

pub(crate) fn workspace_symbols(index: &Index, query: &str) -> Vec<(Symbol, Location)> {
    let query = query.trim().to_lowercase();
    let query_key = translit::key(&query);
    let mut scored: Vec<(u8, &Entity)> = index
        .entities
        .iter()
        .filter_map(|e| {
            let score = e
                .names()
                .map(|n| score(&n.to_lowercase(), &query, &query_key))
                .max()?;
            (score > 0).then_some((score, e))
        })
        .collect();
    scored.sort_by_key(|(score, e)| {
        (
            Reverse(*score),
            Kind::ALL.iter().position(|k| *k == e.kind),
            Reverse(e.mentions.len()),
            e.name.clone(),
        )
    });
    scored
        .into_iter()
        .filter_map(|(_, e)| {
            let p = lookup::introduction(index, e, &[])?;
            let loc = lookup::location(index, &p)?;
            Some((
                Symbol {
                    name: e.name.clone(),
                    kind: e.kind,
                    range: loc.range.clone(),
                },
                loc,
            ))
        })
        .take(MAX_RESULTS)
        .collect()
}

/// Whether the query's letters appear in the name in order, each at the start of a word or right after
/// the letter before it: "smd" finds "Southern Military District", "motrif" finds "Motorized Rifle", but
/// letters scattered inside words find nothing. Greedy, preferring to continue the current chunk.
fn word_chunks(name: &str, query: &str) -> bool {
    let name: Vec<char> = name.chars().collect();
    let word_start = |i: usize| i == 0 || !name[i - 1].is_alphanumeric();
    let mut next = 0;
    let mut last: Option<usize> = None;
    for q in query.chars().filter(|c| !c.is_whitespace()) {
        let contiguous = last.map(|l| l + 1).filter(|&i| name.get(i) == Some(&q));
        let found =
            contiguous.or_else(|| (next..name.len()).find(|&i| name[i] == q && word_start(i)));
        match found {
            Some(i) => {
                last = Some(i);
                next = i + 1;
            }
            None => return false,
        }
    }
    true
}

/// How well a (lowercased) name matches a (lowercased) query: whole name, start, start of a word,
/// anywhere, through transliteration, word chunks in order; 0 for no match. An empty query matches
/// everything a little.
fn score(name: &str, query: &str, query_key: &str) -> u8 {
    if query.is_empty() {
        return 1;
    }
    if name == query {
        return 6;
    }
    if name.starts_with(query) {
        return 5;
    }
    if name
        .split(|c: char| c.is_whitespace() || c == '-')
        .any(|w| w.starts_with(query))
    {
        return 4;
    }
    if name.contains(query) {
        return 3;
    }
    if query_key.len() >= 3 && translit::key(name).contains(query_key) {
        return 2;
    }
    u8::from(query.chars().count() >= 2 && word_chunks(name, query))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ide::fixture;

    #[test]
    fn outline_has_one_symbol_per_entity_at_its_first_mention() {
        let index = fixture::index();
        let note = "Koval met Marchenko. Ivan Kovall and Koval again, at Kavkaz-2009.";
        let got: Vec<(String, Kind, &str)> = document_symbols(&index, note)
            .into_iter()
            .map(|s| (s.name, s.kind, &note[s.range]))
            .collect();
        assert_eq!(
            got,
            [
                ("Ivan Koval".to_string(), Kind::Official, "Koval"),
                ("Oleg Marchenko".to_string(), Kind::Official, "Marchenko"),
                ("Kavkaz-2009".to_string(), Kind::Exercise, "Kavkaz-2009"),
            ]
        );
        assert!(document_symbols(&index, "").is_empty());
    }

    #[test]
    fn search_ranks_and_places_at_the_introduction() {
        let index = fixture::index();
        let got = workspace_symbols(&index, "kov");
        let names: Vec<&str> = got.iter().map(|(s, _)| s.name.as_str()).collect();
        assert_eq!(names, ["Ivan Koval", "Anatoly Serdyukov"]);
        let (sym, loc) = &got[0];
        assert_eq!(sym.name, "Ivan Koval");
        let a = index.article(index.article_by_path(&loc.path).unwrap());
        assert_eq!(a.slice(loc.range.clone()), "Ivan Koval");
        assert_eq!(sym.range, loc.range);

        let names: Vec<String> = workspace_symbols(&index, "army")
            .into_iter()
            .map(|(s, _)| s.name)
            .collect();
        assert_eq!(names, ["58th Army"]);
        // Transliteration: another outlet's spelling finds the entity.
        let names: Vec<String> = workspace_symbols(&index, "Serdiukov")
            .into_iter()
            .map(|(s, _)| s.name)
            .collect();
        assert_eq!(names, ["Anatoly Serdyukov"]);
        // Word chunks in order, as pickers do; letters scattered inside words are no match.
        assert!(workspace_symbols(&index, "tirm").is_empty());
        let names: Vec<String> = workspace_symbols(&index, "motrif")
            .into_iter()
            .map(|(s, _)| s.name)
            .collect();
        assert_eq!(names, ["19th Motorized Rifle Division"]);
        let names: Vec<String> = workspace_symbols(&index, "smd")
            .into_iter()
            .map(|(s, _)| s.name)
            .collect();
        assert_eq!(names, ["Southern Military District"]);
    }

    #[test]
    fn seed_outline_and_search() {
        let index = fixture::seed();
        let names: Vec<String> = document_symbols(&index, fixture::SEED_NOTE)
            .into_iter()
            .filter(|s| matches!(s.kind, Kind::Official | Kind::Unit | Kind::Exercise))
            .map(|s| s.name)
            .collect();
        assert_eq!(
            names,
            [
                "Sherali Khayrulloyev",
                "Masnad-2006",
                "Shahid Tirmizey",
                "Emomali Rahmonov"
            ]
        );
        let found = workspace_symbols(&index, "rakhmonov");
        assert_eq!(found[0].0.name, "Emomali Rahmonov");
        let a = &index.articles[0];
        assert_eq!(a.slice(found[0].1.range.clone()), "Emomali Rahmonov");
    }

    #[test]
    fn empty_query_lists_everything_main_kinds_first() {
        let index = fixture::index();
        let all = workspace_symbols(&index, "");
        let placed = index
            .entities
            .iter()
            .filter(|e| !e.mentions.is_empty())
            .count();
        assert_eq!(all.len(), placed, "every entity a source mentions");
        assert_eq!(all[0].0.kind, Kind::Official);
        assert!(workspace_symbols(&index, "qqqq").is_empty());
    }
}
