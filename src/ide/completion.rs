//! Completion of entity names: the words before the cursor are matched, case-insensitively, against the
//! start of every name and alias, against the start of each word of a name (a surname completes the full
//! name) and through transliteration keys (typing "Serdiu" proposes the sources' "Serdyukov"). The proposal
//! is always the canonical name.

use std::cmp::Reverse;
use std::ops::Range;

use crate::entity::{AttrKey, Entity, Kind};
use crate::index::Index;
use crate::recognize::translit;

use super::Completion;

/// Most proposals returned: a client shows a dozen; more only costs time on the wire.
const MAX_PROPOSALS: usize = 50;

/// How a name matched what was typed; better matches sort first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Fit {
    Transliterated,
    WordOfName,
    Alias,
    Name,
}

struct Candidate<'a> {
    entity: &'a Entity,
    fit: Fit,
    replace: Range<usize>,
    filter_text: String,
}

pub(crate) fn completion(index: &Index, text: &str, offset: usize) -> Vec<Completion> {
    if offset > text.len() || !text.is_char_boundary(offset) {
        return Vec::new();
    }
    let typed = typed_words(text, offset);
    let Some(last) = typed.first().cloned() else {
        return Vec::new();
    };
    let typed_lower: Vec<(Range<usize>, String)> = typed
        .iter()
        .map(|r| {
            (
                r.clone(),
                super::lookup::collapse_space(&text[r.clone()]).to_lowercase(),
            )
        })
        .collect();
    let word = &text[last.clone()];
    let word_lower = word.to_lowercase();
    let word_key = translit::key(word);
    let mut found: Vec<Candidate> = index
        .entities
        .iter()
        .filter_map(|e| best_fit(e, &typed_lower, &last, word, &word_lower, &word_key))
        .collect();
    found.sort_by_key(|c| {
        (
            Reverse(c.fit),
            kind_rank(c.entity.kind),
            Reverse(c.entity.mentions.len()),
            c.entity.name.clone(),
        )
    });
    found
        .into_iter()
        .take(MAX_PROPOSALS)
        .map(|c| Completion {
            label: c.entity.name.clone(),
            detail: detail(c.entity),
            kind: c.entity.kind,
            replace: c.replace,
            new_text: c.entity.name.clone(),
            filter_text: c.filter_text,
        })
        .collect()
}

/// The best way an entity's names fit the typed words, if any does. Runs for every entity on every
/// keystroke, so it compares without allocating until something fits.
fn best_fit<'a>(
    e: &'a Entity,
    typed: &[(Range<usize>, String)],
    last: &Range<usize>,
    word: &str,
    word_lower: &str,
    word_key: &str,
) -> Option<Candidate<'a>> {
    let mut best: Option<Candidate> = None;
    let mut offer = |fit: Fit, replace: Range<usize>, filter_text: String| {
        if best.as_ref().is_none_or(|b| fit > b.fit) {
            best = Some(Candidate {
                entity: e,
                fit,
                replace,
                filter_text,
            });
        }
    };
    let typed_first = first_key_letter(word);
    for (i, name) in e.names().enumerate() {
        // Several typed words ("Anatoly Ser") first: the longest stretch that starts a name is replaced.
        if let Some((range, _)) = typed.iter().rev().find(|(_, t)| starts_with_ci(name, t)) {
            let fit = if i == 0 { Fit::Name } else { Fit::Alias };
            offer(fit, range.clone(), name.to_string());
            continue;
        }
        for (n, w) in name.split_whitespace().enumerate() {
            if n > 0 && starts_with_ci(w, word_lower) {
                offer(Fit::WordOfName, last.clone(), w.to_string());
            } else if typed_first.is_some() && first_key_letter(w) == typed_first {
                if let Some(end) = transliterated_prefix(word_key, w) {
                    offer(
                        Fit::Transliterated,
                        last.clone(),
                        format!("{word}{}", &w[end..]),
                    );
                }
            }
        }
    }
    best
}

/// Whether `name` starts with `lower` (lowercase already), ignoring case.
fn starts_with_ci(name: &str, lower: &str) -> bool {
    if lower.is_ascii() {
        return name
            .as_bytes()
            .get(..lower.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(lower.as_bytes()));
    }
    let mut chars = name.chars().flat_map(char::to_lowercase);
    lower.chars().all(|c| chars.next() == Some(c))
}

/// The first letter of a word's transliteration key, cheaply (kh/h/x, y/i/j and w/v fold together), to
/// skip the words a typed key cannot start.
fn first_key_letter(word: &str) -> Option<u8> {
    let mut bytes = word.bytes().map(|b| b.to_ascii_lowercase());
    match bytes.next()? {
        b'k' if bytes.next() == Some(b'h') => Some(b'h'),
        b'x' => Some(b'h'),
        b'y' | b'j' => Some(b'i'),
        b'w' => Some(b'v'),
        b if b.is_ascii_alphanumeric() => Some(b),
        _ => translit::key(word).bytes().next(),
    }
}

/// Where in `word` the typed prefix (as a transliteration key) ends: "Serdiu" ends after "Serdyu" of
/// "Serdyukov". Keys of fewer than three letters are too loose to propose anything.
fn transliterated_prefix(typed_key: &str, word: &str) -> Option<usize> {
    if typed_key.len() < 3 {
        return None;
    }
    // A key's prefix is the key of the word's prefix, except where an ending is folded (-oyev/-oev):
    // away from the end, one key of the whole word rejects most words cheaply.
    let whole = translit::key(word);
    if typed_key.len() + 3 < whole.len() && !whole.starts_with(typed_key) {
        return None;
    }
    word.char_indices()
        .map(|(i, c)| i + c.len_utf8())
        .find(|&end| translit::key(&word[..end]).starts_with(typed_key))
}

/// The words just before `offset`: the last word, then it with the one before, then with two before
/// (only across spaces or a line break), each as a range ending at `offset`.
fn typed_words(text: &str, offset: usize) -> Vec<Range<usize>> {
    let is_word = |c: char| c.is_alphanumeric() || c == '-';
    let word_start = |end: usize| {
        text[..end]
            .char_indices()
            .rev()
            .take_while(|&(_, c)| is_word(c))
            .last()
            .map_or(end, |(i, _)| i)
    };
    let mut out = Vec::new();
    let mut start = word_start(offset);
    if start == offset {
        return out;
    }
    out.push(start..offset);
    for _ in 0..2 {
        let before = &text[..start];
        let gap = before.len() - before.trim_end_matches([' ', '\t', '\r', '\n']).len();
        if gap == 0 || gap > 3 {
            break;
        }
        let prev_end = start - gap;
        let prev = word_start(prev_end);
        if prev == prev_end {
            break;
        }
        start = prev;
        out.push(start..offset);
    }
    out
}

fn kind_rank(kind: Kind) -> usize {
    Kind::ALL
        .iter()
        .position(|k| *k == kind)
        .unwrap_or(Kind::ALL.len())
}

/// "official · Colonel-General, defense minister": the kind and the first facts that tell entities apart.
pub(crate) fn detail(e: &Entity) -> String {
    let keys: &[AttrKey] = match e.kind {
        Kind::Official => &[AttrKey::Rank, AttrKey::Post],
        Kind::Unit => &[AttrKey::PartOf, AttrKey::BasedIn],
        Kind::Exercise => &[AttrKey::Date, AttrKey::Place],
        Kind::Place | Kind::Organization | Kind::Outlet => &[AttrKey::Country],
    };
    let facts: Vec<String> = keys
        .iter()
        .filter_map(|k| e.attr(*k).next())
        .map(|a| match a.key {
            AttrKey::PartOf => format!("part of {}", a.value),
            AttrKey::BasedIn => format!("based in {}", a.value),
            _ => a.value.clone(),
        })
        .collect();
    if facts.is_empty() {
        e.kind.as_str().to_string()
    } else {
        format!("{} · {}", e.kind.as_str(), facts.join(", "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ide::fixture;

    fn labels(list: &[Completion]) -> Vec<&str> {
        list.iter().map(|c| c.label.as_str()).collect()
    }

    #[test]
    fn a_surname_prefix_proposes_the_full_name_with_detail() {
        let index = fixture::index();
        let text = "We met Kov";
        let list = completion(&index, text, text.len());
        assert_eq!(labels(&list), ["Ivan Koval"]);
        let c = &list[0];
        assert_eq!(c.replace, 7..10);
        assert_eq!(c.new_text, "Ivan Koval");
        assert_eq!(
            c.detail,
            "official · Lieutenant-General, commander of the Southern Military District"
        );
        assert!(
            c.filter_text.to_lowercase().starts_with("kov"),
            "{}",
            c.filter_text
        );
    }

    #[test]
    fn several_typed_words_are_replaced_together() {
        let index = fixture::index();
        let text = "met ivan\nko";
        let list = completion(&index, text, text.len());
        assert_eq!(labels(&list), ["Ivan Koval"]);
        assert_eq!(&text[list[0].replace.clone()], "ivan\nko");
    }

    #[test]
    fn a_transliterated_prefix_proposes_the_sources_spelling() {
        let index = fixture::index();
        // "Serdiu" is how another outlet might begin Serdyukov.
        let text = "Minister Serdiu";
        let list = completion(&index, text, text.len());
        assert_eq!(labels(&list), ["Anatoly Serdyukov"]);
        assert_eq!(list[0].filter_text, "Serdiukov");
        assert_eq!(&text[list[0].replace.clone()], "Serdiu");
    }

    #[test]
    fn better_fits_and_main_kinds_come_first() {
        let index = fixture::index();
        let text = "the 5";
        assert_eq!(labels(&completion(&index, text, text.len())), ["58th Army"]);
        let text = "at Pr";
        let list = completion(&index, text, text.len());
        assert_eq!(labels(&list), ["Prudboi range"]);
        assert_eq!(list[0].detail, "place");
        let text = "R";
        let list = completion(&index, text, 1);
        // Whole names first (main kinds before supporting ones), then names with a word that fits.
        assert_eq!(
            labels(&list),
            [
                "Rostov-on-Don",
                "RIA Novosti",
                "19th Motorized Rifle Division",
                "Prudboi range"
            ]
        );
    }

    #[test]
    fn seed_completion_proposes_canonical_names() {
        let index = fixture::seed();
        let list = completion(&index, "Khay", 4);
        assert_eq!(list[0].label, "Sherali Khayrulloyev");
        assert_eq!(
            list[0].detail,
            "official · Colonel-General, defense minister"
        );
        let list = completion(&index, "met Rakh", 8);
        assert_eq!(list[0].label, "Emomali Rahmonov");
        assert_eq!(list[0].filter_text, "Rakhmonov");
        let list = completion(&index, "the Masn", 8);
        assert_eq!(list[0].label, "Masnad-2006");
    }

    #[test]
    fn nothing_typed_or_bad_offsets_propose_nothing() {
        let index = fixture::index();
        assert!(completion(&index, "Koval ", 6).is_empty());
        assert!(completion(&index, "Kov", 99).is_empty());
        assert!(completion(&index, "é", 1).is_empty());
        assert!(completion(&index, "zzz", 3).is_empty());
    }
}
