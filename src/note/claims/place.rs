//! Places a sentence puts something at: a named range or training ground ("the Alpha firing range",
//! "the Bravo and Charlie training grounds") or a place after "in", "at" or "near" ("in Bishkek").

use std::ops::Range;

use super::words::{Token, tokens};

/// Ranges and grounds are compared with ranges and grounds, towns with towns: a sentence may name both.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PlaceKind {
    /// A firing range, training ground or proving ground.
    Range,
    /// A town, region or country after "in", "at", "near".
    Location,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlaceClaim {
    /// The place's name (without "the" or the ground's type).
    pub range: Range<usize>,
    pub kind: PlaceKind,
}

/// Second words of range types; the first word may be "training", "firing", "military", "proving".
const RANGE_NOUNS: &[&str] = &[
    "ground", "grounds", "range", "ranges", "polygon", "area", "center", "centre",
];
const RANGE_ADJ: &[&str] = &[
    "training",
    "firing",
    "military",
    "proving",
    "test",
    "shooting",
    "tank",
    "artillery",
];

/// Capitalized words that are not place names.
const NOT_PLACES: &[&str] = &[
    "The",
    "A",
    "An",
    "This",
    "That",
    "These",
    "Those",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "His",
    "Her",
    "Its",
    "Their",
    "Our",
    "We",
    "He",
    "She",
    "It",
    "They",
    "I",
    "General",
    "Colonel",
    "President",
    "Minister",
    "Ministry",
    "Committee",
    "Directorate",
];

fn capitalized(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase) && !NOT_PLACES.contains(&w)
}

/// Every place claim in `text[range]`, outside `exclude`.
pub fn places(text: &str, range: Range<usize>, exclude: &[Range<usize>]) -> Vec<PlaceClaim> {
    places_in(text, &tokens(text, range), exclude)
}

/// Like [`places`], on the sentence's words already split (one split serves every claim parser).
pub fn places_in(text: &str, toks: &[Token], exclude: &[Range<usize>]) -> Vec<PlaceClaim> {
    let w = |i: usize| toks.get(i).map_or("", |t| &text[t.range.clone()]);
    let excluded = |i: usize| {
        exclude
            .iter()
            .any(|e| e.start < toks[i].range.end && toks[i].range.start < e.end)
    };
    // Tokens that sit next to each other with only a space between them.
    let adjacent = |a: usize| {
        toks.get(a + 1).is_some_and(|b| {
            text[toks[a].range.end..b.range.start]
                .chars()
                .all(char::is_whitespace)
        })
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let word = w(i);
        // "<Name> [and <Name>] training ground(s)"
        if RANGE_NOUNS.iter().any(|n| n.eq_ignore_ascii_case(word))
            && i >= 2
            && RANGE_ADJ.iter().any(|a| a.eq_ignore_ascii_case(w(i - 1)))
            && adjacent(i - 1)
        {
            let mut k = i - 1;
            let mut names = Vec::new();
            while k > 0 && adjacent(k - 1) {
                let n = k - 1;
                if capitalized(w(n)) {
                    names.push(n);
                    k = n;
                } else if w(n) == "and" && !names.is_empty() {
                    k = n;
                } else {
                    break;
                }
            }
            for n in names {
                if !excluded(n) {
                    out.push(PlaceClaim {
                        range: toks[n].range.clone(),
                        kind: PlaceKind::Range,
                    });
                }
            }
            i += 1;
            continue;
        }
        if matches!(word, "in" | "at" | "near" | "outside") {
            let first = i + 1;
            let mut k = first;
            while k < toks.len() && capitalized(w(k)) && (k == first || adjacent(k - 1)) {
                k += 1;
            }
            if k > first && !(first..k).any(excluded) {
                // An adjective ("in Russian academies") or a range name handled above is not a place here.
                let next = w(k);
                let next_lower = next.to_ascii_lowercase();
                let followed_by_noun = k < toks.len()
                    && adjacent(k - 1)
                    && next.chars().next().is_some_and(char::is_lowercase)
                    && !matches!(
                        next_lower.as_str(),
                        "on" | "in"
                            | "at"
                            | "and"
                            | "or"
                            | "to"
                            | "for"
                            | "with"
                            | "from"
                            | "since"
                            | "during"
                            | "by"
                            | "last"
                            | "this"
                            | "that"
                            | "where"
                            | "which"
                            | "who"
                            | "when"
                    );
                let possessive = toks[k - 1].possessive;
                if !followed_by_noun && !possessive {
                    out.push(PlaceClaim {
                        range: toks[first].range.start..toks[k - 1].range.end,
                        kind: PlaceKind::Location,
                    });
                }
            }
            i = k.max(i + 1);
            continue;
        }
        i += 1;
    }
    out.sort_by_key(|p| p.range.start);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(t: &str) -> Vec<(&str, PlaceKind)> {
        places(t, 0..t.len(), &[])
            .into_iter()
            .map(|p| (&t[p.range], p.kind))
            .collect()
    }

    #[test]
    fn grounds_and_locations() {
        assert_eq!(
            p("a joint exercise at the Mumirak and Sumbula training grounds in late March"),
            vec![("Mumirak", PlaceKind::Range), ("Sumbula", PlaceKind::Range)]
        );
        assert_eq!(
            p("explained in Dushanbe on March 29 that the Fakhrobod firing range"),
            vec![
                ("Dushanbe", PlaceKind::Location),
                ("Fakhrobod", PlaceKind::Range)
            ]
        );
        assert_eq!(
            p("drills in Mountainous Badakhshon Autonomous Region"),
            vec![(
                "Mountainous Badakhshon Autonomous Region",
                PlaceKind::Location
            )]
        );
    }

    #[test]
    fn adjectives_and_months_are_not_places() {
        assert!(p("servicemen in Russian military academies in March").is_empty());
        assert!(p("in Tajikistan’s interest").is_empty());
    }
}
