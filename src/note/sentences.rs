//! Sentence boundaries in prose, shared by notes and sources: ranks and other abbreviations ("Gen.",
//! "Col.", "Lt.") and initials do not end a sentence; a closing quote or bracket after the stop does.

use std::ops::Range;

/// Abbreviations that end in a period without ending the sentence (compared without the period,
/// case-sensitively, because "No." and "no." differ).
const ABBREVIATIONS: &[&str] = &[
    "Gen", "Col", "Lt", "Maj", "Capt", "Cpt", "Adm", "Brig", "Sgt", "Cmdr", "Cdr", "Gov", "Sen",
    "Rep", "Pres", "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Mt", "No", "Nos", "Jan", "Feb", "Mar",
    "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "vs", "etc", "approx", "incl",
    "e.g", "i.e", "U.S", "U.K", "U.N", "Corp", "Inc", "Co", "Ltd",
];

/// Splits `text[range]` into sentences (trimmed, never empty). Blank lines always end a sentence.
pub fn split(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let Some(slice) = text.get(range.clone()) else {
        return out;
    };
    let base = range.start;
    let bytes = slice.as_bytes();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'\n' && blank_line_follows(bytes, i + 1) {
            push(slice, base, start..i, &mut out);
            start = i + 1;
        } else if matches!(b, b'.' | b'!' | b'?') {
            let mut end = i + 1;
            // Closing quotes and brackets belong to the sentence they close.
            while end < bytes.len() {
                let rest = &slice[end..];
                let c = rest.chars().next().unwrap_or(' ');
                if matches!(c, '"' | '\'' | ')' | ']' | '”' | '’' | '»') {
                    end += c.len_utf8();
                } else {
                    break;
                }
            }
            let next = slice[end..].chars().next();
            let at_end = next.is_none();
            let followed_by_space = next.is_some_and(char::is_whitespace);
            if (at_end || followed_by_space)
                && (b != b'.' || !is_abbreviation(slice, i))
                && starts_sentence(&slice[end..])
            {
                push(slice, base, start..end, &mut out);
                start = end;
                i = end;
                continue;
            }
        }
        i += 1;
    }
    push(slice, base, start..bytes.len(), &mut out);
    out
}

fn blank_line_follows(bytes: &[u8], mut j: usize) -> bool {
    while j < bytes.len() && matches!(bytes[j], b' ' | b'\t' | b'\r') {
        j += 1;
    }
    j < bytes.len() && bytes[j] == b'\n'
}

/// True when what follows a stop can open a new sentence (an upper-case letter, digit, quote, bracket,
/// Markdown list marker), or nothing follows.
fn starts_sentence(rest: &str) -> bool {
    match rest.trim_start().chars().next() {
        None => true,
        Some(c) => {
            c.is_uppercase()
                || c.is_ascii_digit()
                || matches!(c, '"' | '“' | '‘' | '(' | '[' | '-' | '*' | '#' | '>' | '_')
        }
    }
}

/// True when the period at `dot` closes an abbreviation or an initial ("A. Petrov").
fn is_abbreviation(slice: &str, dot: usize) -> bool {
    let before = &slice[..dot];
    let word_start = before
        .char_indices()
        .rev()
        .find(|(_, c)| !(c.is_alphanumeric() || *c == '.'))
        .map(|(i, c)| i + c.len_utf8())
        .unwrap_or(0);
    let word = &before[word_start..];
    if word.is_empty() {
        return false;
    }
    let mut chars = word.chars();
    let single_initial =
        matches!((chars.next(), chars.next()), (Some(c), None) if c.is_uppercase());
    single_initial || ABBREVIATIONS.contains(&word)
}

fn push(slice: &str, base: usize, r: Range<usize>, out: &mut Vec<Range<usize>>) {
    let s = &slice[r.clone()];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead < s.len() {
        out.push(base + r.start + lead..base + r.end - trail);
    }
}

#[cfg(test)]
mod tests {
    use super::split;

    fn texts(t: &str) -> Vec<&str> {
        split(t, 0..t.len()).into_iter().map(|r| &t[r]).collect()
    }

    #[test]
    fn ranks_and_initials_do_not_end_sentences() {
        assert_eq!(
            texts("Col. Gen. A. Petrov arrived. He left on March 3."),
            vec!["Col. Gen. A. Petrov arrived.", "He left on March 3."]
        );
    }

    #[test]
    fn closing_quotes_stay_with_their_sentence() {
        assert_eq!(
            texts("He said, “Standards are no worse.” Such attitudes persist."),
            vec![
                "He said, “Standards are no worse.”",
                "Such attitudes persist."
            ]
        );
    }

    #[test]
    fn blank_lines_split_and_lower_case_continuations_do_not() {
        assert_eq!(
            texts("A heading\n\nIt had 3.5 tons. e.g. this stays"),
            vec!["A heading", "It had 3.5 tons. e.g. this stays"]
        );
    }
}
