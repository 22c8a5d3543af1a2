//! Links from a note to its sources: the paths its YAML front matter names (`source:`, `sources:`) and
//! the citations it writes in the genre's own form, `(Interfax, Moscow, March 29)`, matched against the
//! citations the articles carry.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::ops::Range;
use std::path::{Component, Path, PathBuf};

use crate::corpus::{Citation, CitationPart};
use crate::entity::{ArticleId, EntityId, Kind};
use crate::index::Index;
use crate::recognize::lexicon::MONTH_NAMES;

use super::{Link, Location};

/// Longest parenthesis read as a citation, in bytes: citations are short, other asides are not.
const MAX_CITATION: usize = 240;

/// Every link of a note: each front-matter source to its article, each citation to the first article
/// carrying it (at the citation in that article).
pub(crate) fn document_links(index: &Index, text: &str, note_dir: Option<&Path>) -> Vec<Link> {
    let mut links: Vec<Link> = front_matter_sources(text)
        .into_iter()
        .filter_map(|(written, range)| {
            let id = resolve_source(index, &written, note_dir)?;
            Some(Link {
                range,
                target: Location {
                    path: index.articles.get(id.0 as usize)?.path.clone(),
                    range: 0..0,
                },
            })
        })
        .collect();
    // A note cites the same few outlets and dates again and again: look each up once.
    let mut seen: HashMap<(String, Option<String>), Option<Location>> = HashMap::new();
    for citation in scan_citations(text) {
        for part in &citation.parts {
            let key = (normalize_outlet(&part.outlet), part.date.clone());
            let target = seen
                .entry(key)
                .or_insert_with(|| cited(index, part).into_iter().next());
            if let Some(target) = target {
                links.push(Link {
                    range: part.range.clone(),
                    target: target.clone(),
                });
            }
        }
    }
    links
}

/// Where the sources carry a citation like this one: the same outlet and, when the note gives a date, an
/// overlapping date. At most one place per article, in article order.
///
/// The outlets articles cite are entities whose mentions are those citations, so only the citations
/// naming this outlet are read, not every article's.
pub(crate) fn cited(index: &Index, part: &CitationPart) -> Vec<Location> {
    cited_in(index, part)
        .into_iter()
        .filter_map(|(id, range)| {
            Some(Location {
                path: index.articles.get(id.0 as usize)?.path.clone(),
                range,
            })
        })
        .collect()
}

/// Like [`cited`], as article ids and ranges in those articles.
pub(crate) fn cited_in(index: &Index, part: &CitationPart) -> Vec<(ArticleId, Range<usize>)> {
    let outlet = normalize_outlet(&part.outlet);
    if outlet.is_empty() {
        return Vec::new();
    }
    let written = part.outlet.trim();
    let outlets: Vec<EntityId> = index
        .matcher()
        .find_detailed(written)
        .into_iter()
        .filter(|m| m.range == (0..written.len()))
        .flat_map(|m| m.entities)
        .filter(|id| {
            index
                .entities
                .get(id.0 as usize)
                .is_some_and(|e| e.kind == Kind::Outlet)
        })
        .collect();
    let unknown_outlet = outlets.is_empty();
    let mut found: BTreeMap<ArticleId, Range<usize>> = BTreeMap::new();
    for id in outlets {
        for m in &index.entity(id).mentions {
            if found.contains_key(&m.article) {
                continue;
            }
            let Some(a) = index.articles.get(m.article.0 as usize) else {
                continue;
            };
            let p = a.citation_part_around(m.range());
            if let Some(p) = p.filter(|p| dates_agree(&part.date, &p.date)) {
                found.insert(m.article, p.range.clone());
            }
        }
    }
    // An article is also cited by its own publication: "(Eurasia Daily Monitor, March 31)". Publications
    // are not outlets the articles cite, so only a name that is no known outlet is looked for in headers.
    let headers = if unknown_outlet {
        index.articles.as_slice()
    } else {
        &[]
    };
    for (i, a) in headers.iter().enumerate() {
        let id = ArticleId(i as u32);
        if found.contains_key(&id) {
            continue;
        }
        let by_header = a
            .header
            .iter()
            .find(|f| f.key.eq_ignore_ascii_case("publication"))
            .filter(|f| starts_with_outlet(&f.value, &outlet))
            .filter(|_| part.date.is_none() || dates_agree(&part.date, &header_date(a)));
        if let Some(f) = by_header {
            found.insert(id, f.range.clone());
        }
    }
    found.into_iter().collect()
}

/// Fewest words of four letters or more a note's claim and a source sentence must share for the sentence
/// to be the one a citation backs.
const MIN_SHARED_WORDS: usize = 2;

/// The words a note writes just before a citation (up to a blank line, at most 300 bytes): the claim the
/// citation backs.
pub(crate) fn claim_before(text: &str, citation_start: usize) -> &str {
    let end = super::lookup::floor_boundary(text, citation_start);
    let start = super::lookup::floor_boundary(text, end.saturating_sub(300));
    let claim = &text[start..end];
    claim.rfind("\n\n").map_or(claim, |i| &claim[i + 2..])
}

/// The sentence of the cited paragraph that says what the note's claim says (most shared words), when
/// one clearly does: "(Interfax, March 29)" after a remark about Russia's help leads to the sentence
/// about Russia's help, not to the last sentence before the citation.
pub(crate) fn cited_sentence(
    a: &crate::corpus::Article,
    cited: Range<usize>,
    claim: &str,
) -> Option<Range<usize>> {
    let words = |s: &str| -> HashSet<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.chars().count() >= 4)
            .map(str::to_lowercase)
            .collect()
    };
    let claim = words(claim);
    let para = super::lookup::paragraph_of(a, cited.start)
        .and_then(|i| a.paragraphs.get(i))?
        .range();
    a.sentences
        .iter()
        .filter(|s| para.start <= s.range().start && s.range().end <= para.end)
        .map(|s| (words(a.slice(s.range())).intersection(&claim).count(), s))
        .filter(|(n, _)| *n >= MIN_SHARED_WORDS)
        .max_by_key(|(n, s)| (*n, std::cmp::Reverse(s.range().start)))
        .map(|(_, s)| s.range())
}

/// Whether a publication's name begins with an outlet's (both reduced to letters and digits).
fn starts_with_outlet(publication: &str, outlet: &str) -> bool {
    let mut chars = outlet_chars(publication);
    outlet.chars().all(|c| chars.next() == Some(c))
}

fn header_date(a: &crate::corpus::Article) -> Option<String> {
    a.header_value("Date").map(str::to_string)
}

/// The citation part at `offset` in a text, if the offset is inside a citation (ranges in `text`).
pub(crate) fn citation_part_at(text: &str, offset: usize) -> Option<(Citation, usize)> {
    if offset > text.len() {
        return None;
    }
    let w = super::lookup::window(text, offset);
    scan_citations(&text[w.clone()])
        .into_iter()
        .map(|mut c| {
            c.range = c.range.start + w.start..c.range.end + w.start;
            for p in &mut c.parts {
                p.range = p.range.start + w.start..p.range.end + w.start;
            }
            c
        })
        .filter(|c| c.range.start <= offset && offset <= c.range.end)
        .find_map(|c| {
            let i = c
                .parts
                .iter()
                .position(|p| offset <= p.range.end)
                .unwrap_or(c.parts.len().saturating_sub(1));
            (!c.parts.is_empty()).then_some((c, i))
        })
}

/// The source paths a note's YAML front matter names, as written, with their byte ranges.
pub(crate) fn front_matter_sources(text: &str) -> Vec<(String, Range<usize>)> {
    crate::note::front_matter::parse(text).sources
}

/// The article a note's front matter names: relative to the note's folder when known, else the article
/// whose path ends with what is written (`sources/x.txt` names `/work/ws/sources/x.txt`).
pub(crate) fn resolve_source(
    index: &Index,
    written: &str,
    note_dir: Option<&Path>,
) -> Option<ArticleId> {
    let written = Path::new(written.trim());
    if written.as_os_str().is_empty() {
        return None;
    }
    let name = written.file_name()?;
    // Only articles with the same file name are compared further: cheap on a large corpus.
    let find = |pred: &dyn Fn(&Path) -> bool| {
        index
            .articles
            .iter()
            .position(|a| a.path.file_name() == Some(name) && pred(&normalize(&a.path)))
            .map(|i| ArticleId(i as u32))
    };
    if let Some(dir) = note_dir {
        let full = normalize(&dir.join(written));
        if let Some(id) = find(&|p| p == full) {
            return Some(id);
        }
    }
    let tail: PathBuf = normalize(written)
        .components()
        .filter(|c| matches!(c, Component::Normal(_)))
        .collect();
    if tail.as_os_str().is_empty() {
        return None;
    }
    find(&|p| p.ends_with(&tail))
}

/// Resolves `.` and `..` without touching the file system (the file may not exist any more).
fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in path.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => {
                if !out.pop() {
                    out.push("..");
                }
            }
            other => out.push(other),
        }
    }
    out
}

/// Citations written the genre's way in any text: a parenthesis of `;`-separated parts, each an outlet
/// then optional place and date, at least one part dated (so that asides such as "(Caucasus-2009)" or
/// "(PfP)" are not citations).
pub(crate) fn scan_citations(text: &str) -> Vec<Citation> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(open) = text[from..].find('(').map(|i| from + i) {
        from = open + 1;
        let window_end = super::lookup::floor_boundary(text, (open + MAX_CITATION).min(text.len()));
        let Some(close) = text[open + 1..window_end]
            .find([')', '('])
            .map(|i| open + 1 + i)
            .filter(|&i| text.as_bytes()[i] == b')')
        else {
            continue;
        };
        if let Some(c) = parse_citation(text, open, close) {
            from = close + 1;
            out.push(c);
        }
    }
    out
}

/// Reads `text[open..=close]` (brackets included) as a citation.
fn parse_citation(text: &str, open: usize, close: usize) -> Option<Citation> {
    let mut parts = Vec::new();
    let mut at = open + 1;
    for chunk in text[open + 1..close].split(';') {
        let range = at..at + chunk.len();
        at += chunk.len() + 1;
        let lead = chunk.len() - chunk.trim_start().len();
        let range = range.start + lead..range.start + chunk.trim_end().len();
        if range.is_empty() {
            continue;
        }
        parts.push(parse_part(text, range)?);
    }
    if parts.is_empty() || parts.iter().all(|p| p.date.is_none()) {
        return None;
    }
    Some(Citation {
        range: open..close + 1,
        parts,
    })
}

/// One part of a citation: `Interfax, Moscow, March 29` or `Itar-Tass, March 29, 2006`.
fn parse_part(text: &str, range: Range<usize>) -> Option<CitationPart> {
    let s = &text[range.clone()];
    let mut pieces = s.split(',').map(str::trim).filter(|p| !p.is_empty());
    let outlet = pieces.next()?;
    let plausible_outlet = outlet
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        && outlet.split_whitespace().count() <= 6
        && parse_date(outlet).is_none();
    if !plausible_outlet {
        return None;
    }
    let (mut place, mut date): (Option<String>, Option<String>) = (None, None);
    for piece in pieces {
        if parse_date(piece).is_some() {
            date = Some(piece.to_string());
        } else if let (Some(d), true) = (&mut date, is_year(piece)) {
            d.push_str(", ");
            d.push_str(piece);
        } else if place.is_none() && date.is_none() {
            place = Some(piece.to_string());
        } else {
            return None;
        }
    }
    Some(CitationPart {
        outlet: outlet.to_string(),
        place,
        date,
        range,
    })
}

fn is_year(s: &str) -> bool {
    s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit())
}

/// Month (1-12) and the first and last day of a date such as "March 29", "March 28-29" or "29 March".
/// Read for every citation of an outlet, so it does not allocate.
pub(crate) fn parse_date(s: &str) -> Option<(u8, u8, u8)> {
    let mut words = s
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty());
    let mut before: Option<&str> = None;
    let (m, days) = loop {
        let w = words.next()?;
        if let Some(m) = month(w) {
            let after = words
                .next()
                .filter(|d| d.starts_with(|c: char| c.is_ascii_digit()));
            break (m, after.or(before)?);
        }
        before = Some(w);
    };
    let mut nums = days.split(['-', '–']).map(|d| {
        d.trim_end_matches(|c: char| c.is_ascii_alphabetic())
            .parse::<u8>()
    });
    let first = nums.next()?.ok()?;
    let last = nums.next().and_then(Result::ok).unwrap_or(first);
    (1..=31)
        .contains(&first)
        .then_some((m, first, last.max(first)))
}

/// The month a word names, in full or abbreviated ("Mar.", "Sept").
fn month(word: &str) -> Option<u8> {
    let w = word.trim_end_matches('.');
    if w.len() < 3 || !w.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return None;
    }
    MONTH_NAMES
        .iter()
        .position(|m| {
            m.eq_ignore_ascii_case(w)
                || (w.len() <= 4 && m.len() > w.len() && m[..w.len()].eq_ignore_ascii_case(w))
        })
        .map(|i| i as u8 + 1)
}

/// Whether a note's date (if it gives one) fits an article's: same month, overlapping days.
fn dates_agree(note: &Option<String>, article: &Option<String>) -> bool {
    let Some(note) = note else { return true };
    let Some(article) = article else { return false };
    match (parse_date(note), parse_date(article)) {
        (Some((m1, a1, b1)), Some((m2, a2, b2))) => m1 == m2 && a1 <= b2 && a2 <= b1,
        _ => outlet_chars(note).eq(outlet_chars(article)),
    }
}

/// An outlet's name reduced to lowercase letters and digits: "ITAR-TASS" and "Itar-Tass" are one.
fn normalize_outlet(s: &str) -> String {
    outlet_chars(s).collect()
}

fn outlet_chars(s: &str) -> impl Iterator<Item = char> + '_ {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ide::fixture;

    #[test]
    fn scans_genre_citations_and_skips_asides() {
        let text = "He spoke (Interfax, Moscow, March 29). The drill, Masnad-2006 (Position-2006), \
                    ended (Avesta, March 28; Itar-Tass, March 29, 2006) (the base).";
        let cs = scan_citations(text);
        assert_eq!(cs.len(), 2);
        assert_eq!(&text[cs[0].range.clone()], "(Interfax, Moscow, March 29)");
        let p = &cs[0].parts[0];
        assert_eq!(
            (p.outlet.as_str(), p.place.as_deref(), p.date.as_deref()),
            ("Interfax", Some("Moscow"), Some("March 29"))
        );
        assert_eq!(cs[1].parts.len(), 2);
        assert_eq!(
            &text[cs[1].parts[1].range.clone()],
            "Itar-Tass, March 29, 2006"
        );
        assert_eq!(cs[1].parts[1].date.as_deref(), Some("March 29, 2006"));
    }

    #[test]
    fn dates_parse_and_overlap() {
        assert_eq!(parse_date("March 28-29"), Some((3, 28, 29)));
        assert_eq!(parse_date("29 Mar."), Some((3, 29, 29)));
        assert_eq!(parse_date("Moscow"), None);
        let d = |s: &str| Some(s.to_string());
        assert!(dates_agree(&d("March 29"), &d("March 28-29")));
        assert!(!dates_agree(&d("March 27"), &d("March 28-29")));
        assert!(!dates_agree(&d("April 29"), &d("March 29")));
        assert!(dates_agree(&None, &None));
    }

    #[test]
    fn resolves_sources_relative_and_by_suffix() {
        let index = fixture::index();
        let first = index.articles[0].path.clone();
        let dir = first.parent().unwrap().parent().unwrap().join("notes");
        assert_eq!(
            resolve_source(&index, "../sources/ria-south.txt", Some(&dir)),
            Some(ArticleId(0))
        );
        assert_eq!(
            resolve_source(&index, "sources/itar-koval.txt", None),
            Some(ArticleId(1))
        );
        assert_eq!(
            resolve_source(&index, "./ria-south.txt", None),
            Some(ArticleId(0))
        );
        assert_eq!(resolve_source(&index, "missing.txt", None), None);
        assert_eq!(resolve_source(&index, "..", None), None);
    }

    #[test]
    fn links_front_matter_and_citations_to_articles() {
        let index = fixture::index();
        let note = "---\nsource: sources/ria-south.txt\n---\nKoval spoke (RIA Novosti, May 12) and \
                    visited the range (ITAR-TASS, May 20). Unknown (Reuters, May 1).";
        let links = document_links(&index, note, None);
        assert_eq!(links.len(), 3, "{links:?}");
        assert_eq!(&note[links[0].range.clone()], "sources/ria-south.txt");
        assert_eq!(links[0].target.path, index.articles[0].path);
        assert_eq!(&note[links[1].range.clone()], "RIA Novosti, May 12");
        let a = &index.articles[0];
        assert_eq!(
            a.slice(links[1].target.range.clone()),
            "RIA Novosti, Rostov-on-Don, May 12"
        );
        assert_eq!(links[2].target.path, index.articles[1].path);
    }

    #[test]
    fn seed_note_links_its_source_and_citations() {
        let index = fixture::seed();
        let note = fixture::SEED_NOTE;
        let dir = index.articles[0]
            .path
            .parent()
            .unwrap()
            .parent()
            .unwrap()
            .join("notes");
        let links = document_links(&index, note, Some(&dir));
        let linked: Vec<&str> = links.iter().map(|l| &note[l.range.clone()]).collect();
        assert_eq!(
            linked,
            [
                "../sources/edm-3-65-tajik-military.txt",
                "Interfax, Moscow, March 29",
                "Avesta, March 28"
            ]
        );
        assert!(
            links
                .iter()
                .all(|l| l.target.path == index.articles[0].path)
        );
    }

    #[test]
    fn a_publication_cited_by_name_links_to_its_issue() {
        let index = fixture::index();
        let note = "No incidents (Caucasus Defense Review, May 21). Nor later (Caucasus Defense Review, June 2).";
        let links = document_links(&index, note, None);
        assert_eq!(links.len(), 1, "{links:?}");
        assert_eq!(
            &note[links[0].range.clone()],
            "Caucasus Defense Review, May 21"
        );
        assert_eq!(links[0].target.path, index.articles[2].path);
    }

    #[test]
    fn the_cited_sentence_is_the_one_the_claim_repeats() {
        let index = fixture::index();
        let a = &index.articles[0];
        let cited = a.text.find("RIA Novosti, Rostov").unwrap();
        let claim = claim_before(
            "Old news.\n\nKoval said his units were never better prepared ",
            60,
        );
        assert_eq!(claim, "Koval said his units were never better prepared ");
        let s = cited_sentence(a, cited..cited + 10, claim).expect("a sentence");
        assert!(
            a.slice(s)
                .starts_with("“Our units have never been better prepared,”")
        );
        assert_eq!(
            cited_sentence(a, cited..cited + 10, "nothing in common here"),
            None
        );
    }

    #[test]
    fn a_wrong_date_does_not_link() {
        let index = fixture::index();
        let note = "Koval spoke (RIA Novosti, June 2).";
        assert!(document_links(&index, note, None).is_empty());
    }
}
