//! Counts: "more than 3,000 servicemen and officers", "300 to 400 servicemen", "some 3,500 troops",
//! "a two-day visit", "three stages". Each becomes an interval, so that a qualifier or a range never reads
//! as a contradiction ("some 3,500" fits "more than 3,000"; "about 350" fits "300 to 400").

use std::ops::Range;

use super::words::{Token, tokens};

/// A count and what it counts.
#[derive(Clone, Debug, PartialEq)]
pub struct Quantity {
    /// The words of the claim, qualifier and noun included ("more than 3,000 servicemen").
    pub range: Range<usize>,
    /// The number(s) alone, which a fix replaces.
    pub value_range: Range<usize>,
    pub lo: f64,
    pub hi: f64,
    /// What is counted: a class ("personnel") or the noun's singular.
    pub noun: String,
}

impl Quantity {
    /// True when both can describe the same count.
    pub fn compatible(&self, other: &Quantity) -> bool {
        self.lo <= other.hi && other.lo <= self.hi
    }
}

/// Nouns that count people in this genre; notes and sources use them interchangeably.
const PERSONNEL: &[&str] = &[
    "serviceman",
    "servicemen",
    "soldier",
    "soldiers",
    "troop",
    "troops",
    "officer",
    "officers",
    "personnel",
    "men",
    "cadet",
    "cadets",
    "servicemember",
    "servicemembers",
    "conscript",
    "conscripts",
    "sailor",
    "sailors",
    "airmen",
    "marines",
    "guards",
    "participants",
    "people",
    "fighters",
    "specialists",
    "instructors",
];

const NUMBER_WORDS: &[(&str, f64)] = &[
    ("one", 1.0),
    ("two", 2.0),
    ("three", 3.0),
    ("four", 4.0),
    ("five", 5.0),
    ("six", 6.0),
    ("seven", 7.0),
    ("eight", 8.0),
    ("nine", 9.0),
    ("ten", 10.0),
    ("eleven", 11.0),
    ("twelve", 12.0),
    ("fifteen", 15.0),
    ("twenty", 20.0),
    ("thirty", 30.0),
    ("forty", 40.0),
    ("fifty", 50.0),
    ("hundred", 100.0),
    ("dozen", 12.0),
    ("dozens", 24.0),
    ("hundreds", 200.0),
    ("thousand", 1000.0),
    ("thousands", 2000.0),
];

/// The first letters of [`NUMBER_WORDS`].
const NUMBER_WORD_INITIALS: &[u8] = b"defhnost";

/// Words between a number and its noun that do not change what is counted.
const SKIPPABLE: &[&str] = &[
    "tajik",
    "russian",
    "chinese",
    "kyrgyz",
    "uzbek",
    "kazakh",
    "turkmen",
    "afghan",
    "pakistani",
    "indian",
    "american",
    "foreign",
    "military",
    "border",
    "additional",
    "more",
    "active",
    "regular",
    "elite",
    "special",
    "local",
    "new",
    "other",
    "reserve",
];

/// Words after a number that make it something other than a count.
const NOT_NOUNS: &[&str] = &[
    "of", "to", "and", "or", "in", "on", "at", "by", "for", "the", "a", "an", "per", "percent",
    "was", "were", "is", "are", "with", "from",
];

fn value(word: &str) -> Option<f64> {
    let first = word.bytes().next()?;
    if !first.is_ascii_digit() {
        // Every word of a sentence is asked: most are rejected by their first letter, without a scan.
        if !NUMBER_WORD_INITIALS.contains(&first.to_ascii_lowercase()) {
            return None;
        }
        return NUMBER_WORDS
            .iter()
            .find(|(w, _)| w.eq_ignore_ascii_case(word))
            .map(|(_, v)| *v);
    }
    if !word.contains(',') {
        return word.parse::<f64>().ok();
    }
    // Only well-formed thousands groups ("3,000"), never "1,5".
    let groups: Vec<&str> = word.split(',').collect();
    if groups[1..].iter().any(|g| g.len() != 3) || groups[0].is_empty() || groups[0].len() > 3 {
        return None;
    }
    word.replace(',', "").parse::<f64>().ok()
}

fn multiplier(word: &str) -> Option<f64> {
    match word.to_ascii_lowercase().as_str() {
        "thousand" => Some(1e3),
        "million" => Some(1e6),
        "billion" => Some(1e9),
        _ => None,
    }
}

/// The singular of a counted noun, or its class.
fn noun_class(word: &str) -> Option<String> {
    let lower = word.to_lowercase();
    let lower = lower.trim_end_matches(['’', '\'']).to_string();
    if PERSONNEL.contains(&lower.as_str()) {
        return Some("personnel".into());
    }
    if NOT_NOUNS.contains(&lower.as_str())
        || NUMBER_WORDS.iter().any(|(w, _)| *w == lower)
        || !lower.chars().all(char::is_alphabetic)
        || lower.len() < 3
    {
        return None;
    }
    let singular = if let Some(s) = lower.strip_suffix("ies") {
        format!("{s}y")
    } else if lower.ends_with("ss") {
        lower.clone()
    } else {
        lower.strip_suffix('s').unwrap_or(&lower).to_string()
    };
    Some(singular)
}

fn is_month(word: &str) -> bool {
    super::date::month(word).is_some()
}

/// Every count in `text[range]` that has a noun, outside `exclude` (entity names, citations).
pub fn quantities(text: &str, range: Range<usize>, exclude: &[Range<usize>]) -> Vec<Quantity> {
    quantities_in(text, &tokens(text, range), exclude)
}

/// Like [`quantities`], on the sentence's words already split (one split serves every claim parser).
pub fn quantities_in(text: &str, toks: &[Token], exclude: &[Range<usize>]) -> Vec<Quantity> {
    let word = |t: &Token| &text[t.range.clone()];
    let excluded = |t: &Token| {
        exclude
            .iter()
            .any(|e| e.start < t.range.end && t.range.start < e.end)
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let t = &toks[i];
        if excluded(t) {
            i += 1;
            continue;
        }
        let w = word(t);
        // "two-day", "3-day": a number fused with its noun.
        let (first, fused_noun) = match w.split_once('-') {
            Some((n, rest)) if value(n).is_some() && rest.chars().all(char::is_alphabetic) => {
                (n, Some(rest))
            }
            _ => (w, None),
        };
        let Some(mut lo) = value(first) else {
            i += 1;
            continue;
        };
        let is_digits = first.bytes().all(|b| b.is_ascii_digit());
        let prev_word = i.checked_sub(1).map(|p| word(&toks[p]));
        let prev = prev_word.map(str::to_ascii_lowercase);
        // Dates ("March 28") and years ("since 1994") are not counts.
        if prev_word.is_some_and(is_month)
            || toks.get(i + 1).is_some_and(|n| is_month(word(n)))
            || (is_digits && first.len() == 4 && (1900.0..=2100.0).contains(&lo))
        {
            i += 1;
            continue;
        }
        let value_start = t.range.start;
        let mut value_end = t.range.end;
        let mut hi = lo;
        let mut j = i + 1;
        if fused_noun.is_none() {
            if let Some(m) = toks.get(j).and_then(|n| multiplier(word(n))) {
                lo *= m;
                hi *= m;
                value_end = toks[j].range.end;
                j += 1;
            }
            // A range: "300 to 400", "300-400", "between 300 and 400", "one to six".
            if let Some(sep) = toks
                .get(j)
                .map(|n| text[value_end..n.range.start].trim().to_string())
            {
                let joiner = word(&toks[j]).to_ascii_lowercase();
                let dash = sep == "-" || sep == "–" || sep == "—";
                let (next_idx, ok) = if dash {
                    (j, true)
                } else if sep.is_empty()
                    && (joiner == "to" || (joiner == "and" && prev.as_deref() == Some("between")))
                {
                    (j + 1, true)
                } else {
                    (j, false)
                };
                if ok {
                    if let Some(mut h) = toks.get(next_idx).and_then(|n| value(word(n))) {
                        if let Some(m) = toks.get(next_idx + 1).and_then(|n| multiplier(word(n))) {
                            h *= m;
                            j = next_idx + 2;
                        } else {
                            j = next_idx + 1;
                        }
                        if h >= lo {
                            hi = h;
                            value_end = toks[j - 1].range.end;
                        } else {
                            j = i + 1;
                        }
                    }
                }
            }
        }
        // The noun, possibly after an adjective or two ("3,000 Tajik servicemen").
        let mut noun = fused_noun.and_then(noun_class);
        let mut end = value_end;
        if noun.is_none() {
            let mut k = j;
            while k < toks.len() && k < j + 3 {
                let nw = word(&toks[k]);
                let lower = nw.to_lowercase();
                if let Some(class) = noun_class(nw).filter(|_| !SKIPPABLE.contains(&lower.as_str()))
                {
                    noun = Some(class);
                    end = toks[k].range.end;
                    break;
                }
                if !SKIPPABLE.contains(&lower.as_str()) {
                    break;
                }
                k += 1;
            }
        } else {
            end = t.range.end;
        }
        let Some(noun) = noun else {
            i = j.max(i + 1);
            continue;
        };
        // The qualifier before the number.
        let before: Vec<String> = (i.saturating_sub(4)..i)
            .map(|p| word(&toks[p]).to_ascii_lowercase())
            .collect();
        let ends_with = |phrase: &[&str]| {
            before.len() >= phrase.len()
                && before[before.len() - phrase.len()..]
                    .iter()
                    .zip(phrase)
                    .all(|(a, b)| a == b)
        };
        let mut start = value_start;
        let mut qualify = |len: usize, l: f64, h: f64| {
            start = toks[i - len].range.start;
            (l, h)
        };
        let (l, h) = if ends_with(&["more", "than"]) || ends_with(&["in", "excess", "of"]) {
            qualify(
                if ends_with(&["more", "than"]) { 2 } else { 3 },
                lo,
                f64::INFINITY,
            )
        } else if ends_with(&["at", "least"]) {
            qualify(2, lo, f64::INFINITY)
        } else if ends_with(&["over"]) || ends_with(&["above"]) {
            qualify(1, lo, f64::INFINITY)
        } else if ends_with(&["up", "to"])
            || ends_with(&["as", "many", "as"])
            || ends_with(&["at", "most"])
        {
            let n = if ends_with(&["as", "many", "as"]) {
                3
            } else {
                2
            };
            qualify(n, 0.0, hi)
        } else if ends_with(&["fewer", "than"]) || ends_with(&["less", "than"]) {
            qualify(2, 0.0, hi)
        } else if ends_with(&["under"]) || ends_with(&["below"]) {
            qualify(1, 0.0, hi)
        } else if ends_with(&["nearly"]) || ends_with(&["almost"]) {
            qualify(1, lo * 0.85, hi)
        } else if [
            "some",
            "about",
            "around",
            "approximately",
            "roughly",
            "approx",
            "estimated",
            "circa",
            "reportedly",
        ]
        .iter()
        .any(|q| ends_with(&[q]))
        {
            qualify(1, lo * 0.85, hi * 1.15)
        } else {
            (lo, hi)
        };
        out.push(Quantity {
            range: start..end,
            value_range: value_start..value_end,
            lo: l,
            hi: h,
            noun,
        });
        i = j.max(i + 1);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_number_word_is_read() {
        for (w, v) in NUMBER_WORDS {
            assert_eq!(value(w), Some(*v), "{w}");
            assert_eq!(value(&w.to_uppercase()), Some(*v), "{w}");
        }
        assert_eq!(value("3,000"), Some(3000.0));
        assert_eq!(value("1,5"), None);
        assert_eq!(value("Tajik"), None);
    }

    fn q(t: &str) -> Vec<(f64, f64, String)> {
        quantities(t, 0..t.len(), &[])
            .into_iter()
            .map(|q| (q.lo, q.hi, q.noun))
            .collect()
    }

    #[test]
    fn ranges_qualifiers_and_nouns() {
        assert_eq!(
            q("sending 300 to 400 servicemen annually"),
            vec![(300.0, 400.0, "personnel".into())]
        );
        assert_eq!(
            q("with more than 3,000 servicemen and officers"),
            vec![(3000.0, f64::INFINITY, "personnel".into())]
        );
        assert_eq!(
            q("a two-day visit in three stages"),
            vec![(2.0, 2.0, "day".into()), (3.0, 3.0, "stage".into())]
        );
        let some = q("some 1.5 thousand Tajik troops");
        assert_eq!(some.len(), 1);
        assert!(
            (some[0].0 - 1275.0).abs() < 1e-6 && (some[0].1 - 1725.0).abs() < 1e-6,
            "{some:?}"
        );
        assert_eq!(
            q("between 20 and 30 tanks"),
            vec![(20.0, 30.0, "tank".into())]
        );
    }

    #[test]
    fn years_dates_and_bare_numbers_are_not_counts() {
        assert!(q("since 1994, on March 29 and April 4, one of them").is_empty());
        assert!(q("in 2000 the program grew").is_empty());
    }

    #[test]
    fn compatibility_respects_qualifiers() {
        let some = &quantities("some 3,500 troops", 0..17, &[])[0];
        let more = &quantities("more than 3,000 servicemen", 0..26, &[])[0];
        assert!(some.compatible(more));
        let about = &quantities("about 350 servicemen", 0..20, &[])[0];
        let range = &quantities("300 to 400 servicemen", 0..21, &[])[0];
        assert!(about.compatible(range));
        let six = &quantities("600 servicemen", 0..14, &[])[0];
        assert!(!six.compatible(range));
        assert_eq!(&"600 servicemen"[six.value_range.clone()], "600");
    }
}
