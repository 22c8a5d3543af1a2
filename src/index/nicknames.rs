//! Nicknames given after a name that only the corpus knows is an official's: "close ties with Idris
//! Tahir Kuku (“Kiki”)", where no title came with the name and another article gave it one. The
//! recognizer of the article reads a nickname after the officials it found; this finds it after the
//! names the corpus added, and its later uses in the article ("Kiki said").

use std::ops::Range;

use crate::corpus::Article;
use crate::entity::Entity;
use crate::recognize::lexicon::{self, class};

use super::bare;

/// Marks that open and close a quoted nickname.
const OPENS: [char; 3] = ['“', '"', '‘'];
const CLOSES: [char; 3] = ['”', '"', '’'];

/// The word of a nickname: one capitalized word of three letters or more that is no word of the
/// lexicon (a given name may be one).
fn nickname_word(w: &str) -> bool {
    w.chars().count() >= 3
        && w.starts_with(char::is_uppercase)
        && w.chars().skip(1).all(char::is_lowercase)
        && lexicon::classes(&w.to_lowercase()) & !class::FIRST_NAME == 0
}

/// The range of a nickname given right after a full name that ends at byte `end` of `text`: in quotes
/// ("“Kiki”", "“Kiki,”"), in quotes in parentheses ("(“Kiki”)"), or after ", known as" and ",
/// nicknamed".
fn given_after(text: &str, end: usize) -> Option<Range<usize>> {
    let after = text.get(end..)?;
    let (skip, quoted) = if let Some(rest) = after.strip_prefix(", known as ") {
        (after.len() - rest.len(), false)
    } else if let Some(rest) = after.strip_prefix(", nicknamed ") {
        (after.len() - rest.len(), false)
    } else {
        let rest = after.strip_prefix(' ')?;
        let rest = rest.strip_prefix('(').unwrap_or(rest);
        (after.len() - rest.len(), true)
    };
    let rest = &after[skip..];
    let open = rest.strip_prefix(OPENS);
    if quoted && open.is_none() {
        return None;
    }
    let word_at = skip + (rest.len() - open.unwrap_or(rest).len());
    let from = &after[word_at..];
    let len = from
        .char_indices()
        .find(|(_, c)| !c.is_alphabetic())
        .map_or(from.len(), |(i, _)| i);
    let word = &from[..len];
    let tail = &from[len..];
    let closed = tail.starts_with(CLOSES)
        || tail
            .strip_prefix(',')
            .is_some_and(|t| t.starts_with(CLOSES));
    let ends = if open.is_some() {
        closed
    } else {
        tail.starts_with([',', '.', ';', ')']) || tail.is_empty()
    };
    (nickname_word(word) && ends).then(|| end + word_at..end + word_at + len)
}

/// Whether the occurrence of a nickname at `r` of `text` stands alone as a name: no capitalized word
/// next to it and no article before it.
fn alone(text: &str, r: &Range<usize>) -> bool {
    let (before, after) = (&text[..r.start], &text[r.end..]);
    let letter = |c: char| c.is_alphanumeric() || c == '-';
    if before.ends_with(letter) || after.starts_with(letter) {
        return false;
    }
    let possessive = after.starts_with("'s") || after.starts_with("’s");
    let capitalized_next = !possessive
        && after
            .strip_prefix(' ')
            .is_some_and(|n| n.starts_with(char::is_uppercase));
    let prev = before
        .strip_suffix(' ')
        .map(|b| b.rsplit(' ').next().unwrap_or(""));
    let capitalized_prev = prev
        .is_some_and(|p| p.starts_with(char::is_uppercase) && p.chars().all(char::is_alphabetic));
    let after_article = prev.is_some_and(|p| matches!(p, "the" | "a" | "an"));
    !capitalized_next && !capitalized_prev && !after_article
}

/// The nicknames found in one article after the full names of its officials (`placed`: entity,
/// range), and their later uses, not yet anyone's mentions (`taken`).
fn find(
    article: &Article,
    placed: &[(usize, Range<usize>)],
    taken: &[Range<usize>],
) -> Vec<(usize, Range<usize>)> {
    let text = &article.text;
    let free = |r: &Range<usize>| !taken.iter().any(|t| t.start < r.end && r.start < t.end);
    let mut out: Vec<(usize, Range<usize>)> = Vec::new();
    for (e, r) in placed {
        if !text.get(r.clone()).is_some_and(|n| n.contains(' ')) {
            continue;
        }
        let Some(given) = given_after(text, r.end).filter(|g| free(g)) else {
            continue;
        };
        let word = &text[given.clone()];
        if out.iter().any(|(_, x)| text.get(x.clone()) == Some(word)) {
            continue;
        }
        out.push((*e, given.clone()));
        let body_end = article.body.end.min(text.len());
        let mut at = given.end;
        while let Some(k) = text.get(at..body_end).and_then(|s| s.find(word)) {
            let r = at + k..at + k + word.len();
            if alone(text, &r) && free(&r) {
                out.push((*e, r.clone()));
            }
            at = r.end;
        }
    }
    out
}

/// Adds the nicknames given after officials' full names that the corpus found, and their later uses.
pub(super) fn add_mentions(articles: &[Article], entities: &mut [Entity]) {
    let by_article = bare::officials_by_article(articles.len(), entities);
    let taken = bare::taken_by_article(articles.len(), entities);
    for (a, placed) in by_article.iter().enumerate() {
        let (Some(article), Some(taken)) = (articles.get(a), taken.get(a)) else {
            continue;
        };
        bare::push_mentions(entities, a, find(article, placed, taken));
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{index_of, mention_texts};
    use crate::entity::Kind;

    /// The texts of the mentions in article `a` of the official named `name`.
    fn mentions_in(ix: &crate::index::Index, name: &str, a: u32) -> Vec<String> {
        let all = mention_texts(ix, Kind::Official, |n| n == name);
        all.into_iter().filter(|m| m.0 == a).map(|m| m.1).collect()
    }

    #[test]
    fn a_nickname_after_a_name_titled_elsewhere_is_his() {
        for text in [
            "The contractor had close ties with Idris Tahir Kuku (“Kiki”), who sold gold. Kiki's men held the mines.",
            "The contractor had close ties with Idris Tahir Kuku, known as Kiki, who sold gold. Kiki's men held the mines.",
        ] {
            let ix = index_of(&["General Idris Tahir Kuku commands the militia.", text]);
            assert_eq!(
                mentions_in(&ix, "Idris Tahir Kuku", 1),
                ["Idris Tahir Kuku", "Kiki", "Kiki"],
                "{text}: {:?}",
                ix.entities
            );
        }
    }

    #[test]
    fn a_quoted_word_that_is_no_nickname_is_left_alone() {
        let ix = index_of(&[
            "General Idris Tahir Kuku commands the militia.",
            "Idris Tahir Kuku “Defence” was the headline. Idris Tahir Kuku \"is a hardliner\", they said. Kiki Hotel opened.",
        ]);
        assert_eq!(
            mentions_in(&ix, "Idris Tahir Kuku", 1),
            ["Idris Tahir Kuku", "Idris Tahir Kuku"]
        );
    }
}
