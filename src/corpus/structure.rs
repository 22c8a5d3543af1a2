//! Taking an article's text apart: the header block, paragraphs, closing citations, sentences and
//! quotations. Plain byte scanning, no regular expressions: loading 100,000 articles must stay cheap.

use std::ops::Range;

use super::article::{HeaderField, Quotation, Sentence, StoredCitation, StoredPart};

/// Keys that may follow one another on a single header line
/// (`Publication: Eurasia Daily Monitor Volume: 3 Issue: 65`).
const INLINE_KEYS: [&str; 9] = [
    "Volume",
    "Issue",
    "Date",
    "Author",
    "Source",
    "Title",
    "Publication",
    "Published",
    "Url",
];

/// The metadata block and the offset where the body starts. A block counts as a header only when every
/// line of it is `Key: value` (or it is YAML front matter between `---` lines); otherwise it is body.
pub(crate) fn header(text: &str) -> (Vec<HeaderField>, usize) {
    let start = if text.starts_with('\u{feff}') { 3 } else { 0 };
    let rest = &text[start..];
    if let Some(after) = rest
        .strip_prefix("---\n")
        .or_else(|| rest.strip_prefix("---\r\n"))
    {
        let open = text.len() - after.len();
        let mut fields = Vec::new();
        let mut pos = open;
        for line in after.split_inclusive('\n') {
            let trimmed = line.trim_end();
            if trimmed == "---" || trimmed == "..." {
                return (fields, pos + line.len());
            }
            if let Some(f) = field(pos, trimmed, false) {
                fields.extend(f);
            }
            pos += line.len();
        }
        return (Vec::new(), start);
    }
    let mut fields = Vec::new();
    let mut pos = start;
    for line in rest.split_inclusive('\n') {
        let trimmed = line.trim_end();
        if trimmed.trim().is_empty() {
            if fields.is_empty() {
                return (Vec::new(), start);
            }
            return (fields, pos + line.len());
        }
        match field(pos, trimmed, true) {
            Some(f) => fields.extend(f),
            None => return (Vec::new(), start),
        }
        pos += line.len();
    }
    // A file that is nothing but header lines has an empty body.
    if fields.is_empty() {
        (Vec::new(), start)
    } else {
        (fields, text.len())
    }
}

/// Parses one `Key: value` line at byte `pos`, splitting it further at inline keys.
fn field(pos: usize, line: &str, strict: bool) -> Option<Vec<HeaderField>> {
    let colon = line.find(':')?;
    let key = &line[..colon];
    let key_ok = !key.is_empty()
        && key.len() <= 24
        && key.split(' ').count() <= 3
        && key
            .chars()
            .all(|c| c.is_alphanumeric() || c == ' ' || c == '-' || c == '_')
        && (!strict
            || key
                .split(' ')
                .all(|w| w.starts_with(|c: char| c.is_uppercase())));
    if !key_ok || (!line[colon + 1..].starts_with(' ') && colon + 1 != line.len()) {
        return None;
    }
    // Split at ` Key: ` for the keys known to share a line.
    let mut cuts = vec![(0usize, colon)];
    let bytes = line.as_bytes();
    for k in INLINE_KEYS {
        let mut from = colon + 1;
        while let Some(i) = line[from..].find(k) {
            let at = from + i;
            let end = at + k.len();
            if at > 0 && bytes[at - 1] == b' ' && line[end..].starts_with(": ") {
                cuts.push((at, end));
            }
            from = end;
        }
    }
    cuts.sort_unstable();
    let mut out = Vec::new();
    for (n, &(kstart, kend)) in cuts.iter().enumerate() {
        let vend = cuts.get(n + 1).map(|c| c.0).unwrap_or(line.len());
        let value = line[kend + 1..vend].trim();
        out.push(HeaderField {
            key: line[kstart..kend].trim().to_string(),
            value: value.trim_matches('"').to_string(),
            range: pos + kstart..pos + vend,
        });
    }
    Some(out)
}

/// Splits a body into paragraphs at blank lines, trimming surrounding whitespace.
pub(crate) fn paragraphs(text: &str, body: Range<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = body.start;
    let bytes = text.as_bytes();
    let mut i = body.start;
    while i < body.end {
        if bytes[i] == b'\n' {
            let mut j = i + 1;
            while j < body.end && (bytes[j] == b' ' || bytes[j] == b'\t' || bytes[j] == b'\r') {
                j += 1;
            }
            if j < body.end && bytes[j] == b'\n' {
                push_trimmed(text, start..i, &mut out);
                start = j + 1;
                i = j + 1;
                continue;
            }
        }
        i += 1;
    }
    push_trimmed(text, start..body.end, &mut out);
    out
}

fn push_trimmed(text: &str, range: Range<usize>, out: &mut Vec<Range<usize>>) {
    let s = &text[range.clone()];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead < s.len() {
        out.push(range.start + lead..range.end - trail);
    }
}

/// True for a month name, full or abbreviated ("Sept.", "Jan").
fn is_month(word: &str) -> bool {
    let w = word.trim_end_matches('.');
    if !(3..=9).contains(&w.len()) || !w.is_ascii() {
        return false;
    }
    matches!(
        w.to_ascii_lowercase().as_str(),
        "january"
            | "february"
            | "march"
            | "april"
            | "may"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
            | "jan"
            | "feb"
            | "mar"
            | "apr"
            | "jun"
            | "jul"
            | "aug"
            | "sep"
            | "sept"
            | "oct"
            | "nov"
            | "dec"
    )
}

/// True when a citation element reads as a date: a month, a weekday, a year or "today".
fn is_date_element(s: &str) -> bool {
    s.split(|c: char| !c.is_alphanumeric()).any(|w| {
        is_month(w)
            || matches!(
                w.to_ascii_lowercase().as_str(),
                "monday"
                    | "tuesday"
                    | "wednesday"
                    | "thursday"
                    | "friday"
                    | "saturday"
                    | "sunday"
                    | "today"
                    | "yesterday"
            )
            || (w.len() == 4 && w.starts_with(['1', '2']) && w.bytes().all(|b| b.is_ascii_digit()))
    })
}

/// Parenthesized citations such as `(Interfax, Moscow, March 29)` or `(Avesta, March 28; Itar-Tass,
/// March 29)`: every `;`-separated part starts with a capitalized outlet, and some part carries a date.
pub(crate) fn citations(
    text: &str,
    paragraphs: &[Range<usize>],
) -> (Vec<StoredCitation>, Vec<StoredPart>) {
    let mut out = Vec::new();
    let mut all_parts = Vec::new();
    for p in paragraphs {
        let mut i = p.start;
        while let Some(off) = text[i..p.end].find('(') {
            let open = i + off;
            let Some(close_off) = text[open..p.end].find(')') else {
                break;
            };
            let close = open + close_off;
            i = close + 1;
            if close - open > 300 || text[open + 1..close].contains('(') {
                continue;
            }
            if let Some(parts) = citation_parts(text, open + 1..close) {
                out.push(StoredCitation {
                    start: offset(open),
                    end: offset(close + 1),
                    first_part: offset(all_parts.len()),
                    parts: offset(parts.len()),
                });
                all_parts.extend(parts);
            }
        }
    }
    (out, all_parts)
}

fn offset(at: usize) -> u32 {
    u32::try_from(at).unwrap_or(u32::MAX)
}

/// The non-empty, trimmed `,`-separated elements of `range`, as ranges.
fn elements(text: &str, range: Range<usize>) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut pos = range.start;
    text[range].split(',').filter_map(move |raw| {
        let r = trim_range(text, pos..pos + raw.len());
        pos += raw.len() + 1;
        (!r.is_empty()).then_some(r)
    })
}

fn citation_parts(text: &str, inner: Range<usize>) -> Option<Vec<StoredPart>> {
    let mut parts = Vec::new();
    let mut any_date = false;
    let mut pos = inner.start;
    for raw in text[inner.clone()].split(';') {
        let range = trim_range(text, pos..pos + raw.len());
        pos += raw.len() + 1;
        let s = &text[range.clone()];
        let mut start = range.start;
        if let Some(lead) = ["see also ", "See also ", "see ", "See "]
            .into_iter()
            .find(|lead| s.starts_with(lead))
        {
            start += lead.len();
        }
        let mut elems = elements(text, start..range.end);
        let outlet_range = elems.next()?;
        let outlet = &text[outlet_range.clone()];
        // "Interfax", "Asia-Plus News", or a site by its domain ("24.kg", "civil.ge").
        let domain = outlet.contains('.') && !outlet.contains(' ') && !outlet.ends_with('.');
        let outlet_ok = (outlet.starts_with(|c: char| c.is_uppercase()) || domain)
            && outlet.len() <= 48
            && outlet.split_whitespace().count() <= 5
            && !is_date_element(outlet);
        if !outlet_ok {
            return None;
        }
        let mut place = None;
        // Once a date is seen every later element is one: the dates are one stretch, first to last.
        let mut dates: Option<Range<usize>> = None;
        for r in elems {
            let e = &text[r.clone()];
            if is_date_element(e) || e.starts_with(|c: char| c.is_ascii_digit()) {
                dates = Some(dates.map_or(r.clone(), |d| d.start..r.end));
            } else if place.is_none() && dates.is_none() {
                place = Some(r);
            } else {
                return None;
            }
        }
        any_date |= dates.is_some();
        parts.push(StoredPart::new(
            start..range.end,
            outlet_range,
            place,
            dates,
        ));
    }
    (any_date && !parts.is_empty()).then_some(parts)
}

fn trim_range(text: &str, r: Range<usize>) -> Range<usize> {
    let s = &text[r.clone()];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead == s.len() {
        r.start..r.start
    } else {
        r.start + lead..r.end - trail
    }
}

/// Words whose trailing period does not end a sentence (ranks, titles, months, "No.").
const ABBREVIATIONS: [&str; 56] = [
    "gen", "col", "lt", "ltc", "maj", "capt", "cpt", "adm", "sgt", "cpl", "pvt", "brig", "cmdr",
    "cdr", "gov", "sen", "rep", "pres", "mr", "mrs", "ms", "dr", "prof", "st", "no", "nos", "vs",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx",
    "ft", "mt", "gens", "messrs", "lit", "incl", "esp", "cf", "ca", "al", "fig", "jr", "sr", "rus",
    "ukr", "eng",
];

/// "Md. Rafiqul Alam", "Mohd. Azlan": the abbreviated Muhammad of Bangladeshi and Malaysian names does
/// not end a sentence when a name follows; the "Md." of Maryland before a sentence's first word does
/// ("at Fort Meade, Md. The commander ...").
fn muhammad_before_name(word: &str, next: &str) -> bool {
    if !matches!(word, "Md" | "Mohd" | "Muhd") {
        return false;
    }
    let first = next
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    // A word that opens sentences and never a name: the function words a capital only marks as a
    // sentence's first word (the lexicon's, which the recognizers stop names at), pronouns and the
    // adverbs that open a report's sentences.
    first.starts_with(char::is_uppercase)
        && !crate::recognize::lexicon::capitalized_function_word(first)
        && !matches!(
            first,
            "He" | "She"
                | "It"
                | "They"
                | "We"
                | "These"
                | "Those"
                | "His"
                | "Her"
                | "Their"
                | "But"
                | "Officials"
                | "When"
                | "While"
                | "Last"
                | "Next"
        )
}

fn is_abbreviation(word: &str) -> bool {
    if word.len() == 1 && word.chars().all(|c| c.is_uppercase()) {
        return true; // an initial: "S. Ivanov", the last letter of "U.S."
    }
    if word.contains('.') {
        return true; // "U.S", "e.g"
    }
    let lower = word.to_ascii_lowercase();
    ABBREVIATIONS.contains(&lower.as_str())
}

fn is_closer(c: char) -> bool {
    matches!(c, '"' | '”' | '’' | '\'' | ')' | ']' | '»')
}

/// Splits paragraphs into sentences. A period after an abbreviation or an initial does not end a sentence;
/// a line that is a heading or a list item ends one; a citation standing after the full stop belongs to
/// the sentence before it.
pub(crate) fn sentences(
    text: &str,
    paragraphs: &[Range<usize>],
    citations: &[StoredCitation],
) -> Vec<Sentence> {
    let citation_range = |c: &StoredCitation| c.start as usize..c.end as usize;
    // (range, paragraph) while sentences are cut and joined.
    let mut out: Vec<(Range<usize>, usize)> = Vec::new();
    for (pi, p) in paragraphs.iter().enumerate() {
        let mut cuts: Vec<usize> = Vec::new();
        let para = &text[p.clone()];
        let mut iter = para.char_indices().peekable();
        let mut line_start = 0usize;
        while let Some((i, c)) = iter.next() {
            match c {
                '.' | '!' | '?' | '…' => {
                    let mut end = i + c.len_utf8();
                    while let Some(&(j, d)) = iter.peek() {
                        if is_closer(d) || d == '.' || d == '!' || d == '?' {
                            end = j + d.len_utf8();
                            iter.next();
                        } else {
                            break;
                        }
                    }
                    let after = &para[end..];
                    let next = after.trim_start();
                    if next.len() == after.len() && !next.is_empty() {
                        continue; // "U.S.-led", "3.5"
                    }
                    if c == '.' && end == i + 1 {
                        let word_start = para[..i]
                            .rfind(|ch: char| !(ch.is_alphanumeric() || ch == '.'))
                            .map(|k| k + para[k..].chars().next().map_or(1, char::len_utf8))
                            .unwrap_or(0);
                        let word = &para[word_start..i];
                        let starts_lower = next.starts_with(|ch: char| ch.is_lowercase());
                        let numbered = next.starts_with(|ch: char| ch.is_ascii_digit());
                        if is_abbreviation(word) && (numbered || !word.eq_ignore_ascii_case("no")) {
                            continue;
                        }
                        if muhammad_before_name(word, next) {
                            continue;
                        }
                        if starts_lower {
                            continue;
                        }
                    } else if next.starts_with(|ch: char| ch.is_lowercase()) {
                        continue;
                    }
                    if !next.is_empty() {
                        cuts.push(p.start + end);
                    }
                }
                '\n' => {
                    let line = para[line_start..i].trim();
                    let next_line = para[i + 1..].trim_start();
                    let heading = is_heading(line);
                    let next_item = next_line.starts_with("- ")
                        || next_line.starts_with("* ")
                        || next_line.starts_with('#')
                        || next_line.starts_with("==");
                    if (heading || next_item) && !line.is_empty() {
                        cuts.push(p.start + i);
                    }
                    line_start = i + 1;
                }
                _ => {}
            }
        }
        let mut start = p.start;
        cuts.push(p.end);
        for cut in cuts {
            let r = trim_range(text, start..cut);
            start = cut;
            if r.is_empty() {
                continue;
            }
            // A citation after the full stop ("… process. (Interfax, March 29).") joins the sentence before.
            let is_citation_only = citations.iter().map(citation_range).any(|c| {
                c.start == r.start
                    && text.get(c.end..r.end).is_some_and(|rest| {
                        rest.trim_matches(|ch: char| ch == '.' || ch.is_whitespace())
                            .is_empty()
                    })
            });
            if is_citation_only && let Some(last) = out.last_mut().filter(|s| s.1 == pi) {
                last.0.end = r.end;
                continue;
            }
            out.push((r, pi));
        }
    }
    out.into_iter()
        .map(|(range, pi)| {
            let p = &paragraphs[pi];
            let citation = citations
                .iter()
                .map(citation_range)
                .position(|c| c.end > range.start && c.end <= p.end);
            Sentence::new(range, pi, citation)
        })
        .collect()
}

/// A line that stands alone: a Markdown or wiki heading, a list item, or a line without lower-case letters.
fn is_heading(line: &str) -> bool {
    line.starts_with('#')
        || line.starts_with('=')
        || line.starts_with("- ")
        || line.starts_with("* ")
        || (line.chars().any(char::is_alphabetic) && !line.chars().any(char::is_lowercase))
        || line.ends_with(':')
}

/// Text between quotation marks, straight or curly, possibly spanning sentences (never paragraphs).
pub(crate) fn quotations(
    text: &str,
    paragraphs: &[Range<usize>],
    sentences: &[Sentence],
) -> Vec<Quotation> {
    let mut out = Vec::new();
    for p in paragraphs {
        let mut open: Option<(usize, char)> = None;
        for (i, c) in text[p.clone()].char_indices() {
            let at = p.start + i;
            match (c, open) {
                ('“', _) => open = Some((at + c.len_utf8(), '”')),
                ('"', None) => open = Some((at + 1, '"')),
                ('”', Some((start, _))) | ('"', Some((start, _))) => {
                    if start < at {
                        let sentence = sentences
                            .partition_point(|s| s.range().end <= start)
                            .min(sentences.len().saturating_sub(1));
                        out.push(Quotation {
                            range: start..at,
                            sentence,
                        });
                    }
                    open = None;
                }
                _ => {}
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::corpus::Article;

    fn texts(a: &Article) -> Vec<&str> {
        a.sentences.iter().map(|s| a.slice(s.range())).collect()
    }

    #[test]
    fn header_lines_are_metadata_not_body() {
        let a = Article::parse(
            "a.txt",
            "Publication: Baltic Defence Review Volume: 7 Issue: 12\nSource: https://x.example/a\n\nBody starts.\n"
                .into(),
        );
        let keys: Vec<_> = a.header.iter().map(|f| f.key.as_str()).collect();
        assert_eq!(keys, ["Publication", "Volume", "Issue", "Source"]);
        assert_eq!(a.header_value("Volume"), Some("7"));
        assert_eq!(a.header_value("Publication"), Some("Baltic Defence Review"));
        assert_eq!(a.header_value("Source"), Some("https://x.example/a"));
        assert_eq!(a.slice(a.body.clone()), "Body starts.\n");
        assert_eq!(texts(&a), ["Body starts."]);
    }

    #[test]
    fn prose_first_paragraph_is_not_a_header() {
        let a = Article::parse("a.txt", "Note this: the minister spoke.\n\nSecond.".into());
        assert!(a.header.is_empty());
        assert_eq!(a.body.start, 0);
    }

    #[test]
    fn an_abbreviated_muhammad_before_a_name_ends_no_sentence() {
        let s = |text: &str| {
            let a = Article::parse("t.txt", text.to_string());
            a.sentences.len()
        };
        assert_eq!(
            s("Lieutenant Colonel Md. Rafiqul Alam led the battalion."),
            1
        );
        assert_eq!(
            s("The unit trained at Fort Meade, Md. The commander spoke."),
            2
        );
        // The function words the recognizers stop names at open sentences here too.
        assert_eq!(
            s("The drill ended in Annapolis, Md. During the week the crews rested."),
            2
        );
        assert_eq!(s("The guests met in Baltimore, Md. He spoke first."), 2);
        assert_eq!(
            s("Brigadier General Mohd. Azlan Ismail inspected the unit."),
            1
        );
    }

    #[test]
    fn abbreviations_do_not_end_sentences() {
        let a = Article::parse(
            "a.txt",
            "Lt. Gen. Ivan Petrov met U.S. officials on Jan. 5 in Riga. Brigade No. 4 left. Then Col. Arvid Berzins spoke.".into(),
        );
        assert_eq!(
            texts(&a),
            [
                "Lt. Gen. Ivan Petrov met U.S. officials on Jan. 5 in Riga.",
                "Brigade No. 4 left.",
                "Then Col. Arvid Berzins spoke."
            ]
        );
    }

    #[test]
    fn closing_citations_are_parsed_and_back_their_paragraph() {
        let a = Article::parse(
            "a.txt",
            "The minister spoke in Tbilisi. He said more. (Interfax, Moscow, March 29).\n\nTroops left (Avesta, March 28; Itar-Tass, March 29). A parade (in Riga) followed.".into(),
        );
        assert_eq!(a.citation_count(), 2);
        let c = &a.citation(0).unwrap();
        assert_eq!(c.parts[0].outlet, "Interfax");
        assert_eq!(c.parts[0].place.as_deref(), Some("Moscow"));
        assert_eq!(c.parts[0].date.as_deref(), Some("March 29"));
        let d = &a.citation(1).unwrap();
        assert_eq!(d.parts.len(), 2);
        assert_eq!(d.parts[1].outlet, "Itar-Tass");
        assert_eq!(d.parts[1].date.as_deref(), Some("March 29"));
        assert_eq!(
            texts(&a),
            [
                "The minister spoke in Tbilisi.",
                "He said more. (Interfax, Moscow, March 29).",
                "Troops left (Avesta, March 28; Itar-Tass, March 29).",
                "A parade (in Riga) followed."
            ]
        );
        assert_eq!(a.sentences[0].citation(), Some(0));
        assert_eq!(a.sentences[1].citation(), Some(0));
        assert_eq!(a.sentences[2].citation(), Some(1));
        assert_eq!(a.sentences[3].citation(), None);
    }

    #[test]
    fn citation_parts_read_back_from_offsets() {
        let a = Article::parse(
            "a.txt",
            "Troops left (see Avesta, Dushanbe, March 28,\n 2006,; 24.kg, Tuesday). Then (ITAR-TASS, March 29).".into(),
        );
        let c = a.citation(0).unwrap();
        assert_eq!(c.range, 12..68);
        assert_eq!(c.parts[0].outlet, "Avesta");
        assert_eq!(c.parts[0].place.as_deref(), Some("Dushanbe"));
        // Date elements are joined as the parser always read them, whatever the spacing between them.
        assert_eq!(c.parts[0].date.as_deref(), Some("March 28, 2006"));
        assert_eq!(
            a.slice(c.parts[0].range.clone()),
            "Avesta, Dushanbe, March 28,\n 2006,"
        );
        assert_eq!(c.parts[1].outlet, "24.kg");
        assert_eq!(c.parts[1].place, None);
        assert_eq!(a.citation_ranges().collect::<Vec<_>>(), [12..68, 75..96]);
        let around = a.citation_part_around(76..85).unwrap();
        assert_eq!(around.outlet, "ITAR-TASS");
        assert_eq!(a.citation(2), None);
        // Citations read otherwise are kept the same way and read back equal.
        let mut b = Article::parse("b.txt", a.text.clone());
        let all: Vec<_> = a.citations().collect();
        b.set_citations(all.clone());
        assert_eq!(b.citations().collect::<Vec<_>>(), all);
    }

    #[test]
    fn quotations_straight_and_curly_across_sentences() {
        let a = Article::parse(
            "a.txt",
            "He said: “We are ready. We will act.” Then \"no comment,\" she added.".into(),
        );
        let q: Vec<_> = a
            .quotations
            .iter()
            .map(|q| a.slice(q.range.clone()))
            .collect();
        assert_eq!(q, ["We are ready. We will act.", "no comment,"]);
        assert_eq!(a.quotations[0].sentence, 0);
    }

    #[test]
    fn headings_end_sentences_but_wrapped_names_do_not() {
        let a = Article::parse(
            "a.txt",
            "TROOPS LEAVE BASE\nOn Monday the deputy minister, Giorgi\nMerabishvili, signed it."
                .into(),
        );
        assert_eq!(
            texts(&a),
            [
                "TROOPS LEAVE BASE",
                "On Monday the deputy minister, Giorgi\nMerabishvili, signed it."
            ]
        );
    }
}
