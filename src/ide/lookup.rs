//! The lookups every feature shares: what entity is named at an offset, which passage of the sources
//! introduces an entity, and how a passage is quoted and cited in a card.

use std::ops::Range;

use crate::corpus::Article;
use crate::entity::{ArticleId, AttrKey, Entity, Kind, Passage, Provenance};
use crate::index::Index;
use crate::matching::{DetailedMatch, Match};

use super::{Location, links};

/// Longest excerpt of a source a card quotes, in bytes (a sentence of this genre rarely exceeds it; a
/// paragraph that the corpus could not split into sentences is cut around the words that matter).
const MAX_EXCERPT: usize = 360;

/// How far on either side of an offset the lookups read, in bytes, when no blank line comes sooner.
const WINDOW: usize = 2 * 1024;

/// The paragraph around `offset` (between blank lines), at most [`WINDOW`] bytes on either side. Names,
/// quotations and citations do not cross a blank line, and a hover in a megabyte note should not read
/// the whole note.
pub(crate) fn window(text: &str, offset: usize) -> Range<usize> {
    let offset = floor_boundary(text, offset.min(text.len()));
    let lo = floor_boundary(text, offset.saturating_sub(WINDOW));
    let hi = ceil_boundary(text, (offset + WINDOW).min(text.len()));
    let before = &text[lo..offset];
    let blank = before
        .rfind("\n\n")
        .map(|i| i + 2)
        .max(before.rfind("\n\r\n").map(|i| i + 3));
    let start = match blank {
        Some(i) => lo + i,
        None if lo == 0 => 0,
        // Cut mid-paragraph: start after the next space so that no word is split.
        None => before
            .find(char::is_whitespace)
            .map_or(offset, |i| lo + i + 1),
    };
    let after = &text[offset..hi];
    let end = match [after.find("\n\n"), after.find("\r\n\r\n")]
        .into_iter()
        .flatten()
        .min()
    {
        Some(i) => offset + i,
        None if hi == text.len() => hi,
        None => after
            .rfind(char::is_whitespace)
            .map_or(offset, |i| offset + i),
    };
    start.min(offset)..end.max(offset)
}

pub(crate) fn floor_boundary(text: &str, mut at: usize) -> usize {
    at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

fn ceil_boundary(text: &str, mut at: usize) -> usize {
    at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at += 1;
    }
    at
}

/// The mention of an entity at `offset`: one that contains it, else one that ends right at it (the cursor
/// just after a name still means that name).
pub(crate) fn mention_at(index: &Index, text: &str, offset: usize) -> Option<Match> {
    let m = detailed_at(index, text, offset)?;
    Some(Match {
        entity: *m.entities.first()?,
        range: m.range,
        quality: m.quality,
    })
}

/// Like [`mention_at`], with every entity the words may name and the corrections of a variant.
pub(crate) fn detailed_at(index: &Index, text: &str, offset: usize) -> Option<DetailedMatch> {
    if offset > text.len() {
        return None;
    }
    let w = window(text, offset);
    let shift = |r: &Range<usize>| r.start + w.start..r.end + w.start;
    let found = index.matcher().find_detailed(&text[w.clone()]);
    let at = found
        .iter()
        .position(|m| shift(&m.range).contains(&offset))
        .or_else(|| found.iter().position(|m| shift(&m.range).end == offset))?;
    let mut m = found.into_iter().nth(at)?;
    m.range = shift(&m.range);
    for c in &mut m.corrections {
        c.range = shift(&c.range);
    }
    (!m.entities.is_empty()).then_some(m)
}

pub(crate) fn entity(index: &Index, id: crate::entity::EntityId) -> Option<&Entity> {
    index.entities.get(id.0 as usize)
}

pub(crate) fn article(index: &Index, id: ArticleId) -> Option<&Article> {
    index.articles.get(id.0 as usize)
}

/// Attributes that make a passage the one introducing an entity of this kind: the sentence that gives an
/// official's rank or post is where a reader learns who he is.
fn defining_keys(kind: Kind) -> &'static [AttrKey] {
    match kind {
        Kind::Official => &[AttrKey::Rank, AttrKey::Post],
        Kind::Unit => &[AttrKey::PartOf, AttrKey::BasedIn, AttrKey::Country],
        Kind::Exercise => &[
            AttrKey::Date,
            AttrKey::Place,
            AttrKey::Participants,
            AttrKey::Duration,
        ],
        Kind::Place | Kind::Organization | Kind::Outlet => &[],
    }
}

/// The spot in the sources that introduces `e`: the name as written in the first sentence stating a
/// defining attribute (rank, post, parent, dates…), else its first mention. Articles in `prefer` (the
/// sources a note names in its front matter) come first.
pub(crate) fn introduction(index: &Index, e: &Entity, prefer: &[ArticleId]) -> Option<Passage> {
    let keys = defining_keys(e.kind);
    let stated: Vec<&Passage> = e
        .attributes
        .iter()
        .filter(|a| keys.contains(&a.key))
        .filter_map(|a| match &a.provenance {
            Provenance::Source(p) if article(index, p.article).is_some() => Some(p),
            _ => None,
        })
        .collect();
    let pick_stated = |preferred: bool| {
        stated
            .iter()
            .filter(|p| !preferred || prefer.contains(&p.article))
            .min_by_key(|p| (p.article, p.range().start))
            .map(|p| name_in_sentence(index, e, p))
    };
    let pick_mention = |preferred: bool| {
        e.mentions
            .iter()
            .filter(|m| article(index, m.article).is_some())
            .find(|m| !preferred || prefer.contains(&m.article))
            .map(|m| Passage::new(m.article, m.range()))
    };
    pick_stated(true)
        .or_else(|| pick_mention(true))
        .or_else(|| pick_stated(false))
        .or_else(|| pick_mention(false))
}

/// The mention of `e` inside the sentence of `p`, so that a jump lands on the name; the passage itself
/// when the sentence does not name it.
fn name_in_sentence(index: &Index, e: &Entity, p: &Passage) -> Passage {
    let sentence = article(index, p.article)
        .map(|a| sentence_range(a, p.range()))
        .unwrap_or_else(|| p.range());
    e.mentions
        .iter()
        .filter(|m| m.article == p.article)
        .map(|m| m.range())
        .filter(|r| sentence.start <= r.start && r.end <= sentence.end)
        .min_by_key(|r| (r.start.abs_diff(p.range().start), r.start))
        .map(|r| Passage::new(p.article, r))
        .unwrap_or_else(|| p.clone())
}

/// The sentence holding `range.start`, else its paragraph, else the range itself.
pub(crate) fn sentence_range(a: &Article, range: Range<usize>) -> Range<usize> {
    if let Some(s) = a.sentence_at(range.start).and_then(|i| a.sentences.get(i)) {
        return s.range();
    }
    paragraph_of(a, range.start)
        .and_then(|i| a.paragraphs.get(i).map(|p| p.range()))
        .unwrap_or(range)
}

/// Index of the paragraph holding `offset`.
pub(crate) fn paragraph_of(a: &Article, offset: usize) -> Option<usize> {
    a.paragraphs
        .iter()
        .map(|p| p.range())
        .position(|p| p.start <= offset && offset < p.end.max(p.start + 1))
}

/// The closing citation that backs the words at `range`: the sentence's own, else the first citation after
/// them in their paragraph (the genre cites once, at the end of a paragraph).
pub(crate) fn citation_for(a: &Article, range: Range<usize>) -> Option<Range<usize>> {
    let from_sentence = a
        .sentence_at(range.start)
        .and_then(|i| a.sentences.get(i))
        .and_then(|s| s.citation())
        .and_then(|c| a.citation_range(c));
    from_sentence.or_else(|| {
        let end = paragraph_of(a, range.start)
            .and_then(|i| a.paragraphs.get(i))
            .map_or(usize::MAX, |p| p.range().end);
        a.citation_ranges()
            .find(|c| c.start >= range.start && c.start <= end)
    })
}

/// The words of `range` with every run of whitespace (hard wraps included) made one space, cut to
/// [`MAX_EXCERPT`] bytes around `focus` with ellipses.
pub(crate) fn excerpt(a: &Article, range: Range<usize>, focus: Range<usize>) -> String {
    let range = sentence_within(&a.text, range, &focus);
    let mut start = range.start.min(a.text.len());
    let mut end = range.end.min(a.text.len()).max(start);
    if end - start > MAX_EXCERPT {
        let centre = focus.start.clamp(start, end);
        start = centre.saturating_sub(MAX_EXCERPT / 3).max(start);
        end = (start + MAX_EXCERPT).min(end);
        start = snap_to_word(&a.text, start, range.start, false);
        end = snap_to_word(&a.text, end, range.end, true);
    }
    let body = collapse_space(a.slice(start..end));
    let body = balance_quotes(&body);
    let lead = if start > range.start { "… " } else { "" };
    let tail = if end < range.end { " …" } else { "" };
    format!("{lead}{body}{tail}")
}

/// An excerpt without a quotation mark whose partner fell outside it: a sentence that ends a quotation
/// begun in an earlier sentence would otherwise show a stray closing mark.
fn balance_quotes(s: &str) -> &str {
    let count = |c: char| s.matches(c).count();
    let mut s = s;
    if count('”') > count('“') {
        s = s.strip_suffix('”').unwrap_or(s);
    }
    if count('“') > count('”') {
        s = s.strip_prefix('“').unwrap_or(s);
    }
    if count('"') % 2 == 1 {
        s = s
            .strip_suffix('"')
            .or_else(|| s.strip_prefix('"'))
            .unwrap_or(s);
    }
    s
}

/// Words that end with a period without ending a sentence: ranks and titles before a name.
const ABBREVIATIONS: &[&str] = &[
    "gen", "col", "lt", "maj", "capt", "cpt", "sgt", "adm", "brig", "cmdr", "gov", "sen", "rep",
    "mr", "mrs", "ms", "dr", "st", "no", "vol", "jr", "sr", "u.s", "u.n", "etc", "vs",
];

/// The sentence of a long `range` that holds `focus`, for passages the corpus gave as a whole paragraph:
/// a sentence ends at `.`, `!` or `?` (and any closing quote) before a space and a capital or an opening
/// quote, unless the word before the stop is a rank abbreviation or an initial.
fn sentence_within(text: &str, range: Range<usize>, focus: &Range<usize>) -> Range<usize> {
    if range.len() <= MAX_EXCERPT || text.get(range.clone()).is_none() {
        return range;
    }
    let mut start = range.start;
    let mut end = range.end;
    for (i, c) in text[range.clone()].char_indices() {
        let at = range.start + i;
        if !matches!(c, '.' | '!' | '?') || at < range.start + 2 {
            continue;
        }
        let mut after = at + 1;
        while let Some(q) = text[after..range.end]
            .chars()
            .next()
            .filter(|q| matches!(q, '"' | '”' | '’' | '\'' | ')'))
        {
            after += q.len_utf8();
        }
        let rest = &text[after..range.end];
        let next = rest.trim_start();
        let spaced = rest.len() > next.len();
        let opens = next
            .chars()
            .next()
            .is_some_and(|n| n.is_uppercase() || matches!(n, '"' | '“' | '‘'));
        if !spaced || !opens || c == '.' && is_abbreviation(&text[range.start..at]) {
            continue;
        }
        let boundary = after + (rest.len() - next.len());
        if boundary <= focus.start {
            start = boundary;
        } else if after >= focus.end.min(range.end) {
            end = after;
            break;
        }
    }
    start..end
}

fn is_abbreviation(before: &str) -> bool {
    let word = before
        .rsplit(|c: char| c.is_whitespace() || c == '(')
        .next()
        .unwrap_or("");
    let lower = word.to_lowercase();
    (word.chars().count() == 1 && word.chars().all(char::is_uppercase))
        || ABBREVIATIONS.contains(&lower.as_str())
}

/// Moves a cut at `at` to a word boundary, inward (forward for the start of an excerpt, backward for its
/// end) by at most a word's length, and onto a character boundary in any case.
fn snap_to_word(text: &str, at: usize, limit: usize, backward: bool) -> usize {
    const WORD: usize = 40;
    let bytes = text.as_bytes();
    let at = at.min(text.len());
    let found = if backward {
        (at.saturating_sub(WORD).max(limit)..at)
            .rev()
            .find(|&i| bytes[i].is_ascii_whitespace())
    } else {
        (at..(at + WORD).min(limit).min(text.len()))
            .find(|&i| bytes[i].is_ascii_whitespace())
            .map(|i| i + 1)
    };
    let mut at = found.unwrap_or(at);
    while !text.is_char_boundary(at) {
        if backward { at -= 1 } else { at += 1 }
    }
    at
}

pub(crate) fn collapse_space(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Escapes the characters that Markdown would read as markup in quoted source text.
pub(crate) fn escape_md(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(
            c,
            '\\' | '*' | '_' | '`' | '[' | ']' | '<' | '>' | '#' | '|'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// The file name of an article's path, for cards.
pub(crate) fn file_name(a: &Article) -> String {
    a.path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| a.path.display().to_string())
}

/// A passage quoted as a Markdown block quote, followed by where it comes from: the citation that backs
/// it, the article's title and paragraph, the file.
pub(crate) fn quote_card(index: &Index, p: &Passage) -> Option<String> {
    let a = article(index, p.article)?;
    let sentence = sentence_range(a, p.range());
    let text = excerpt(a, sentence.clone(), p.range());
    Some(format!(
        "> {}\n\n{}",
        escape_md(&text),
        where_from(a, sentence)
    ))
}

/// "— (Interfax, Moscow, March 29) · *Title*, ¶2 · `file.txt`": how a card cites a passage.
pub(crate) fn where_from(a: &Article, range: Range<usize>) -> String {
    let mut parts = Vec::new();
    if let Some(c) = citation_for(a, range.clone()) {
        parts.push(escape_md(&collapse_space(a.slice(c))));
    }
    let file = file_name(a);
    let title = a.title();
    let para = paragraph_of(a, range.start).map(|i| format!("¶{}", i + 1));
    let mut place = String::new();
    if title != file && !title.is_empty() {
        place.push_str(&format!("*{}*", escape_md(&title)));
    }
    if let Some(para) = para {
        if !place.is_empty() {
            place.push_str(", ");
        }
        place.push_str(&para);
    }
    if !place.is_empty() {
        parts.push(place);
    }
    parts.push(format!("`{file}`"));
    format!("— {}", parts.join(" · "))
}

/// A passage as a location in its article's file.
pub(crate) fn location(index: &Index, p: &Passage) -> Option<Location> {
    article(index, p.article).map(|a| Location {
        path: a.path.clone(),
        range: p.range(),
    })
}

/// The articles a note names in its front matter, to be preferred when several sources could answer.
pub(crate) fn preferred_articles(index: &Index, text: &str) -> Vec<ArticleId> {
    links::front_matter_sources(text)
        .into_iter()
        .filter_map(|(path, _)| links::resolve_source(index, &path, None))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ide::fixture;

    #[test]
    fn mention_at_prefers_containing_then_touching() {
        let index = fixture::index();
        let text = "Then Lt-Gen. Ivan Koval spoke.";
        let start = text.find("Ivan").unwrap();
        let end = start + "Ivan Koval".len();
        for at in [start, start + 3, end] {
            let m = mention_at(&index, text, at).expect("a mention");
            assert_eq!(m.range, start..end);
        }
        assert!(mention_at(&index, text, 0).is_none());
        assert!(mention_at(&index, text, text.len() + 10).is_none());
    }

    #[test]
    fn window_is_the_paragraph_or_a_bounded_stretch() {
        let text = "one\n\ntwo Ivan Koval\nthree\r\n\r\nfour";
        let at = text.find("Koval").unwrap();
        assert_eq!(&text[window(text, at)], "two Ivan Koval\nthree");
        assert_eq!(&text[window(text, 0)], "one");
        assert_eq!(window(text, text.len()), text.len() - 4..text.len());
        let long = "word ".repeat(10_000);
        let w = window(&long, 25_000);
        assert!(w.len() <= 2 * WINDOW && w.contains(&25_000), "{w:?}");
        assert!(long[w.clone()].starts_with("word") && long[w].ends_with("word"));
        let wide = "é".repeat(10_000);
        let w = window(&wide, 9_999);
        assert!(wide.is_char_boundary(w.start) && wide.is_char_boundary(w.end));
    }

    #[test]
    fn introduction_is_the_name_in_the_sentence_stating_the_post() {
        let index = fixture::index();
        let e = fixture::entity(&index, "Ivan Koval");
        let p = introduction(&index, e, &[]).unwrap();
        let a = index.article(p.article);
        assert_eq!(a.slice(p.range()), "Ivan Koval");
        let sentence = sentence_range(a, p.range());
        assert!(
            a.slice(sentence)
                .contains("commander of the Southern Military District")
        );
    }

    #[test]
    fn introduction_prefers_the_notes_sources() {
        let index = fixture::index();
        let e = fixture::entity(&index, "Ivan Koval");
        let second = ArticleId(1);
        assert!(e.mentions.iter().any(|m| m.article == second));
        let p = introduction(&index, e, &[second]).unwrap();
        assert_eq!(p.article, second);
    }

    #[test]
    fn excerpt_cuts_long_paragraphs_around_the_focus() {
        let long = format!(
            "{} Ivan Koval said so. {}",
            "word ".repeat(200),
            "more ".repeat(200)
        );
        let a = Article::parse("x.txt", long.clone());
        let focus = long.find("Ivan").unwrap();
        let ex = excerpt(&a, 0..long.len(), focus..focus + 10);
        assert!(ex.contains("Ivan Koval said so."), "{ex}");
        assert!(ex.starts_with("… ") && ex.ends_with(" …"), "{ex}");
        assert!(ex.len() <= MAX_EXCERPT + 10, "{}", ex.len());
    }

    #[test]
    fn a_paragraph_given_as_one_sentence_is_cut_to_the_sentence() {
        let text = format!(
            "{} Then Lt. Gen. Ivan Koval arrived. He said “Good.” {}",
            "First words here. ".repeat(20),
            "Later words there. ".repeat(20)
        );
        let a = Article::parse("x.txt", text.clone());
        let focus = text.find("Ivan").unwrap();
        assert_eq!(
            excerpt(&a, 0..text.len(), focus..focus + 10),
            "Then Lt. Gen. Ivan Koval arrived."
        );
        let said = text.find("said").unwrap();
        assert_eq!(
            excerpt(&a, 0..text.len(), said..said + 4),
            "He said “Good.”"
        );
    }

    #[test]
    fn stray_quotation_marks_are_dropped() {
        assert_eq!(
            balance_quotes("at a very high level today.”"),
            "at a very high level today."
        );
        assert_eq!(balance_quotes("“Soviet standards"), "Soviet standards");
        assert_eq!(balance_quotes("he said “no.”"), "he said “no.”");
        assert_eq!(balance_quotes("left.\""), "left.");
        assert_eq!(balance_quotes("a \"b\" c"), "a \"b\" c");
    }

    #[test]
    fn where_from_names_citation_paragraph_and_file() {
        let index = fixture::index();
        let e = fixture::entity(&index, "Ivan Koval");
        let p = introduction(&index, e, &[]).unwrap();
        let a = index.article(p.article);
        let line = where_from(a, p.range());
        assert_eq!(
            line,
            "— (RIA Novosti, Rostov-on-Don, May 12) · *Drills in the South*, ¶1 · `ria-south.txt`"
        );
    }

    #[test]
    fn escape_md_protects_markup() {
        assert_eq!(escape_md("a*b_[c]"), "a\\*b\\_\\[c\\]");
    }
}
