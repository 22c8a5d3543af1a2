//! A name repeated without its accents: "Defence Minister Rodrigo Belmonte Ñúñez ... Belmonte Nunez
//! said", "Tomás Ávila Sérrano ... Avila told reporters". Outlets drop the accents of Spanish and
//! Portuguese names in their later mentions, and the recognizer of one article repeats a name only as
//! written. Here an official's family names, written in an article without the accents they had in
//! its full name there, become his mentions.

use std::ops::Range;

use crate::corpus::Article;
use crate::entity::Entity;
use crate::recognize::lexicon::FastMap;
use crate::recognize::translit;

use super::bare;

/// Who a short form names in one article: one official, or several (then none).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Owner {
    One(usize),
    Several,
}

/// The short forms of a full name that an article may repeat: the family names after the given name
/// ("Belmonte Ñúñez", "Ñúñez"), and the first of two family names alone ("Belmonte" of "Rodrigo
/// Belmonte Ñúñez", "Ávila" of "Tomás Ávila Sérrano").
fn short_forms(full: &str) -> Vec<&str> {
    let starts: Vec<usize> = full.match_indices(' ').map(|(i, _)| i + 1).collect();
    let mut out: Vec<&str> = starts.iter().map(|&s| &full[s..]).collect();
    if let [second, third, ..] = starts.as_slice() {
        out.push(full[*second..*third - 1].trim_end());
    }
    out
}

/// The capitalized runs of an article's body: words that open with a capital letter, one space
/// apart.
fn capitalized_runs(article: &Article) -> Vec<Range<usize>> {
    let text = &article.text;
    let body = article.body.clone();
    let mut runs: Vec<Range<usize>> = Vec::new();
    let mut open: Option<Range<usize>> = None;
    let mut word_start: Option<usize> = None;
    let bytes = text.get(body.clone()).unwrap_or("");
    for (i, c) in bytes.char_indices().map(|(i, c)| (i + body.start, c)) {
        if c.is_alphabetic() {
            word_start.get_or_insert(i);
            continue;
        }
        if let Some(s) = word_start.take() {
            let capital = text[s..].starts_with(char::is_uppercase);
            match (&mut open, capital) {
                (Some(run), true) if text.get(run.end..s) == Some(" ") => run.end = i,
                (_, true) => {
                    runs.extend(open.take());
                    open = Some(s..i);
                }
                (_, false) => runs.extend(open.take()),
            }
        }
        if c != ' ' {
            runs.extend(open.take());
        }
    }
    runs.extend(open);
    runs
}

/// The mentions to add in one article: (entity, range) of each capitalized run that is an official's
/// short form written with other accents, and no one's mention yet.
fn find(
    article: &Article,
    placed: &[(usize, Range<usize>)],
    taken: &[Range<usize>],
) -> Vec<(usize, Range<usize>)> {
    let text = &article.text;
    let mut forms: FastMap<String, (Owner, &str)> = FastMap::default();
    for (e, r) in placed {
        let Some(full) = text.get(r.clone()).filter(|n| n.contains(' ')) else {
            continue;
        };
        // Only a form with accents can be written without them.
        for form in short_forms(full).into_iter().filter(|f| !f.is_ascii()) {
            let key = translit::key(form);
            if key.len() < 4 {
                continue;
            }
            let slot = forms.entry(key).or_insert((Owner::One(*e), form));
            if slot.0 != Owner::One(*e) {
                slot.0 = Owner::Several;
            }
        }
    }
    if forms.is_empty() {
        return Vec::new();
    }
    capitalized_runs(article)
        .into_iter()
        .filter(|r| super::own_words::untaken(taken, r))
        .filter_map(|r| {
            let written = &text[r.clone()];
            match forms.get(&translit::key(written)) {
                Some(&(Owner::One(e), form)) if form != written => Some((e, r)),
                _ => None,
            }
        })
        .collect()
}

/// Adds the officials' family names that their articles repeat without their accents.
pub(super) fn add_mentions(articles: &[Article], entities: &mut [Entity]) {
    let by_article = bare::officials_by_article(articles.len(), entities);
    let mut taken = bare::taken_by_article(articles.len(), entities);
    for (a, placed) in by_article.iter().enumerate() {
        if placed.iter().all(|(_, r)| {
            articles
                .get(a)
                .and_then(|x| x.text.get(r.clone()))
                .is_none_or(str::is_ascii)
        }) {
            continue;
        }
        let (Some(article), Some(taken)) = (articles.get(a), taken.get_mut(a)) else {
            continue;
        };
        super::own_words::disjoint(taken);
        bare::push_mentions(entities, a, find(article, placed, taken));
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{index_of, mention_texts};
    use crate::entity::Kind;

    /// The texts of the mentions of the official named `name`.
    fn mentions(ix: &crate::index::Index, name: &str) -> Vec<String> {
        let all = mention_texts(ix, Kind::Official, |n| n == name);
        all.into_iter().map(|m| m.1).collect()
    }

    #[test]
    fn family_names_repeated_without_accents_are_the_officials() {
        let ix = index_of(&[
            "Defence Minister Rodrigo Belmonte Ñúñez said the troops would stay. Belmonte Nunez called it \
             a provocation. Navy commander Admiral Tomás Ávila Sérrano agreed, and Avila told reporters so.",
        ]);
        assert_eq!(
            mentions(&ix, "Rodrigo Belmonte Ñúñez"),
            ["Rodrigo Belmonte Ñúñez", "Belmonte Nunez"],
            "{:?}",
            ix.entities
        );
        assert_eq!(
            mentions(&ix, "Tomás Ávila Sérrano"),
            ["Tomás Ávila Sérrano", "Avila"]
        );
    }

    #[test]
    fn a_given_name_or_a_longer_name_is_no_repeat() {
        let ix = index_of(&[
            "Defence Minister Rodrigo Belmonte Ñúñez said the troops would stay. Rodrigo spoke, and \
             Nunez Holdings and Carla Nunez Rivas were not there.",
        ]);
        assert_eq!(
            mentions(&ix, "Rodrigo Belmonte Ñúñez"),
            ["Rodrigo Belmonte Ñúñez"],
            "{:?}",
            ix.entities
        );
    }
}
