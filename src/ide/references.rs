//! Find references: every place the sources and the notes name the entity under the cursor, whatever
//! spelling each uses.

use std::collections::HashSet;
use std::path::PathBuf;

use crate::index::Index;

use super::{Location, lookup};

pub(crate) fn references(
    index: &Index,
    text: &str,
    offset: usize,
    notes: &[(PathBuf, &str)],
) -> Vec<Location> {
    let Some(m) = lookup::mention_at(index, text, offset) else {
        return Vec::new();
    };
    let Some(e) = lookup::entity(index, m.entity) else {
        return Vec::new();
    };
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    for mention in &e.mentions {
        if let Some(loc) = lookup::location(
            index,
            &crate::entity::Passage::new(mention.article, mention.range()),
        ) {
            if seen.insert(loc.clone()) {
                out.push(loc);
            }
        }
    }
    for (path, note) in notes {
        for found in index.matcher().find(note) {
            if found.entity == e.id {
                let loc = Location {
                    path: path.clone(),
                    range: found.range,
                };
                if seen.insert(loc.clone()) {
                    out.push(loc);
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ide::fixture;

    #[test]
    fn sources_then_notes_every_spelling() {
        let index = fixture::index();
        let note = "Koval met Marchenko. Later Ivan Kovall left.";
        let other = "Nothing on him. Koval’s deputy.";
        let notes = [
            (PathBuf::from("/ws/notes/a.md"), note),
            (PathBuf::from("/ws/notes/b.md"), other),
        ];
        let refs = references(&index, note, 2, &notes);
        let words: Vec<(String, String)> = refs
            .iter()
            .map(|l| {
                let name = l.path.file_name().unwrap().to_string_lossy().into_owned();
                let text = match index.article_by_path(&l.path) {
                    Some(id) => index.article(id).slice(l.range.clone()).to_string(),
                    None if name == "a.md" => note[l.range.clone()].to_string(),
                    None => other[l.range.clone()].to_string(),
                };
                (name, text)
            })
            .collect();
        let expected = [
            ("ria-south.txt", "Ivan Koval"),
            ("ria-south.txt", "Koval"),
            ("ria-south.txt", "Koval"),
            ("itar-koval.txt", "Ivan Kovall"),
            ("a.md", "Koval"),
            ("a.md", "Ivan Kovall"),
            ("b.md", "Koval"),
        ];
        let expected: Vec<(String, String)> = expected
            .iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect();
        assert_eq!(words, expected);
    }

    #[test]
    fn a_source_opened_as_a_note_is_not_listed_twice() {
        let index = fixture::index();
        let a = &index.articles[1];
        let notes = [(a.path.clone(), a.text.as_str())];
        let at = a.text.find("Kovall").unwrap();
        let refs = references(&index, &a.text, at, &notes);
        let ivan: Vec<_> = refs.iter().filter(|l| l.path == a.path).collect();
        assert_eq!(ivan.len(), 1);
    }

    #[test]
    fn seed_references_cover_the_source_and_every_spelling_in_notes() {
        let index = fixture::seed();
        let note = fixture::SEED_NOTE;
        let path = PathBuf::from("/ws/notes/tajik.md");
        let at = note.find("Khayruloev").unwrap();
        let refs = references(&index, note, at, &[(path.clone(), note)]);
        let a = &index.articles[0];
        let in_source: Vec<&str> = refs
            .iter()
            .filter(|l| l.path == a.path)
            .map(|l| a.slice(l.range.clone()))
            .collect();
        assert_eq!(
            in_source,
            [
                "Sherali Khayrulloyev",
                "Khayrulloyev",
                "Khayrulloyev",
                "Khayrulloyev",
                "Khayrulloyev"
            ]
        );
        let in_note: Vec<&str> = refs
            .iter()
            .filter(|l| l.path == path)
            .map(|l| &note[l.range.clone()])
            .collect();
        assert_eq!(in_note, ["Sherali Khayrulloyev", "Khayruloev"]);
    }

    #[test]
    fn no_entity_no_references() {
        let index = fixture::index();
        assert!(references(&index, "plain", 1, &[]).is_empty());
    }
}
