//! Go to definition: from a front-matter source to its article, from a citation to the article that
//! carries it, from a mention to the passage that introduces the entity, from a quotation to the passage
//! it reproduces.

use crate::index::Index;
use crate::matching::quote::locate_quotation_in;

use super::hover::quotation_at;
use super::{Location, links, lookup};

pub(crate) fn definition(index: &Index, text: &str, offset: usize) -> Vec<Location> {
    if offset > text.len() {
        return Vec::new();
    }
    if let Some((written, _)) = links::front_matter_sources(text)
        .into_iter()
        .find(|(_, r)| r.start <= offset && offset <= r.end)
    {
        return links::resolve_source(index, &written, None)
            .and_then(|id| lookup::article(index, id))
            .map(|a| Location {
                path: a.path.clone(),
                range: 0..0,
            })
            .into_iter()
            .collect();
    }
    if let Some((citation, i)) = links::citation_part_at(text, offset) {
        if let Some(part) = citation.parts.get(i) {
            let claim = links::claim_before(text, citation.range.start);
            return links::cited_in(index, part)
                .into_iter()
                .filter_map(|(id, range)| {
                    let a = lookup::article(index, id)?;
                    let range = links::cited_sentence(a, range.clone(), claim).unwrap_or(range);
                    Some(Location {
                        path: a.path.clone(),
                        range,
                    })
                })
                .collect();
        }
    }
    if let Some(m) = lookup::mention_at(index, text, offset) {
        let prefer = lookup::preferred_articles(index, text);
        return lookup::entity(index, m.entity)
            .and_then(|e| lookup::introduction(index, e, &prefer))
            .and_then(|p| lookup::location(index, &p))
            .into_iter()
            .collect();
    }
    quotation_at(text, offset)
        .and_then(|q| {
            let prefer = lookup::preferred_articles(index, text);
            locate_quotation_in(index, text.get(q)?, &prefer)
        })
        .and_then(|found| lookup::location(index, &found.passage))
        .into_iter()
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ide::fixture;

    fn at(text: &str, words: &str) -> usize {
        text.find(words).expect("words in text") + 1
    }

    fn target<'a>(index: &'a Index, loc: &Location) -> (&'a str, &'a str) {
        let id = index.article_by_path(&loc.path).expect("an article");
        let a = index.article(id);
        (
            a.path.file_name().and_then(|n| n.to_str()).unwrap_or(""),
            a.slice(loc.range.clone()),
        )
    }

    #[test]
    fn mention_goes_to_the_name_in_the_introducing_sentence() {
        let index = fixture::index();
        let note = "Kovall showed the range.";
        let locs = definition(&index, note, at(note, "Kovall"));
        assert_eq!(locs.len(), 1);
        assert_eq!(target(&index, &locs[0]), ("ria-south.txt", "Ivan Koval"));
        let a = index.article(crate::entity::ArticleId(0));
        assert_eq!(locs[0].range.start, a.text.find("Ivan Koval").unwrap());
    }

    #[test]
    fn a_unit_without_defining_facts_goes_to_its_first_mention() {
        let index = fixture::index();
        let note = "The Southern Military District";
        let locs = definition(&index, note, at(note, "Military"));
        assert_eq!(
            target(&index, &locs[0]),
            ("ria-south.txt", "Southern Military District")
        );
    }

    #[test]
    fn front_matter_source_prefers_its_article() {
        let index = fixture::index();
        let note = "---\nsource: sources/itar-koval.txt\n---\nKoval showed the range.";
        let locs = definition(&index, note, at(note, "Koval showed"));
        assert_eq!(target(&index, &locs[0]), ("itar-koval.txt", "Ivan Kovall"));
        let locs = definition(&index, note, at(note, "itar-koval"));
        assert_eq!(
            locs,
            vec![Location {
                path: index.articles[1].path.clone(),
                range: 0..0
            }]
        );
    }

    #[test]
    fn quotation_goes_to_the_quoted_passage() {
        let index = fixture::index();
        let note = "Koval: \"Our units have never been better prepared\".";
        let locs = definition(&index, note, at(note, "never"));
        assert_eq!(
            target(&index, &locs[0]),
            ("ria-south.txt", "Our units have never been better prepared")
        );
        assert!(definition(&index, "\"never said\"", 3).is_empty());
    }

    #[test]
    fn citation_goes_to_the_citing_article() {
        let index = fixture::index();
        let note = "He showed the range (Itar-Tass, May 20; Interfax, May 13).";
        let locs = definition(&index, note, at(note, "Itar"));
        // The claim before the citation is in the cited paragraph: its sentence.
        let (file, words) = target(&index, &locs[0]);
        assert_eq!(file, "itar-koval.txt");
        assert!(
            words.starts_with("He met General Ivan Kovall, who showed him"),
            "{words}"
        );
        // Nothing the claim says is in the paragraph the other part cites: the citation itself.
        let locs = definition(&index, note, at(note, "Interfax"));
        assert_eq!(
            target(&index, &locs[0]),
            ("ria-south.txt", "Interfax, May 13")
        );
    }

    #[test]
    fn seed_definition_lands_on_the_introducing_paragraph() {
        let index = fixture::seed();
        let note = fixture::SEED_NOTE;
        let a = &index.articles[0];
        let intro_line = a.line_of(a.text.find("Colonel-General Sherali").unwrap());
        for words in ["Sherali", "Khayruloev"] {
            let locs = definition(&index, note, at(note, words));
            assert_eq!(locs.len(), 1, "{words}");
            assert_eq!(a.slice(locs[0].range.clone()), "Sherali Khayrulloyev");
            assert_eq!(a.line_of(locs[0].range.start), intro_line);
        }
        let locs = definition(&index, note, at(note, "Tirmizei"));
        assert_eq!(a.slice(locs[0].range.clone()), "Shahid Tirmizey");
    }

    #[test]
    fn seed_quotation_citation_and_source_definitions() {
        let index = fixture::seed();
        let note = fixture::SEED_NOTE;
        let a = &index.articles[0];
        let locs = definition(&index, note, at(note, "standards"));
        assert_eq!(
            a.slice(locs[0].range.clone()),
            "Soviet standards are no worse"
        );
        let locs = definition(&index, note, at(note, "Avesta"));
        assert!(
            a.slice(locs[0].range.clone())
                .starts_with("A Pakistani military delegation led by General Shahid Tirmizey")
        );
        let bare = "As reported (Avesta, March 28).";
        let locs = definition(&index, bare, at(bare, "Avesta"));
        assert_eq!(a.slice(locs[0].range.clone()), "Avesta, March 28");
        let locs = definition(&index, note, at(note, "edm-3-65"));
        assert_eq!(
            locs,
            vec![Location {
                path: a.path.clone(),
                range: 0..0
            }]
        );
    }

    #[test]
    fn a_citation_after_a_claim_goes_to_the_sentence_saying_it() {
        let index = fixture::index();
        let note = "The 58th Army will lead the exercise on June 29 (RIA Novosti, May 12).";
        let locs = definition(&index, note, at(note, "Novosti"));
        let (file, words) = target(&index, &locs[0]);
        assert_eq!(file, "ria-south.txt");
        assert!(
            words.starts_with("The 19th Motorized Rifle Division, part of the 58th Army"),
            "{words}"
        );
    }

    #[test]
    fn nothing_there_nowhere_to_go() {
        let index = fixture::index();
        assert!(definition(&index, "plain words", 3).is_empty());
        assert!(definition(&index, "plain", 99).is_empty());
    }
}
