//! Places: countries, administrative areas ("Issyk-Kul Region"), training grounds and ranges ("Edelweiss training
//! ground"), towns after "in", "near" or "based in", and the places of citations.

use std::borrow::Cow;

use super::lexicon::class::*;
use super::token::Tokens;
use super::{Ctx, Occupied};
use crate::entity::Kind;

fn proper(t: &Tokens, k: usize) -> bool {
    let tok = &t.toks[k];
    tok.is_word() && tok.cap && !tok.upper && tok.class == 0
}

/// A dateline city opening a paragraph: "MOSCOW, September 21.", "ODESA, June 28 (Interfax-Ukraine)",
/// "BAKU, Azerbaijan, July 29".
pub fn dateline(t: &Tokens, k: usize) -> bool {
    let tok = &t.toks[k];
    // The token test first: this runs on every capitalized word.
    if !(tok.is_word() && tok.upper) {
        return false;
    }
    let date = |j: usize| {
        t.toks
            .get(j)
            .is_some_and(|x| x.is(MONTH) || x.kind == super::token::TokKind::Number)
    };
    let country = t.toks.get(k + 2).is_some_and(|x| x.is(COUNTRY)) && t.punct(k + 3, ',');
    // "ASTANA. KAZINFORM – ...": the city, a period, the agency and a dash.
    let agency = || {
        t.punct(k + 1, '.')
            && t.toks.get(k + 2).is_some_and(|x| x.is_word() && x.upper)
            && (t.punct(k + 3, '–') || t.punct(k + 3, '—') || t.punct(k + 3, '-'))
    };
    tok.is_word()
        && tok.upper
        && (k == 0 || tok.newline_before || !t.same_sentence(k - 1, k))
        && (t.punct(k + 1, ',') && (date(k + 2) || country && date(k + 4)) || agency())
}

/// "MOSCOW" → "Moscow", "NUR-SULTAN" → "Nur-Sultan".
fn title_case(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    let mut start = true;
    for c in word.chars() {
        if start {
            out.extend(c.to_uppercase());
        } else {
            out.extend(c.to_lowercase());
        }
        start = !c.is_alphanumeric();
    }
    out
}

/// Finds places.
pub fn recognize(cx: &mut Ctx) {
    let t = &cx.t;
    // A name read as the text writes it is borrowed from the text: most places are one word.
    let mut out: Vec<(std::ops::Range<usize>, Cow<'_, str>)> = Vec::new();
    let mut k = 0;
    while k < t.len() {
        let tok = &t.toks[k];
        // A dateline, a country and a place's name all start at a capitalized word (an all-capital one
        // is capitalized too): most tokens start none.
        if !tok.cap {
            k += 1;
            continue;
        }
        // Only an all-capital word opens a dateline: the others are spared the call.
        if tok.upper && dateline(t, k) {
            out.push((t.span(k, k), Cow::Owned(title_case(t.str(k)))));
            k += 1;
            continue;
        }
        if tok.is_word() && tok.cap && tok.is(COUNTRY) {
            out.push((t.span(k, k), Cow::Borrowed(t.str(k))));
            k += 1;
            continue;
        }
        if proper(t, k) {
            let mut e = k;
            while e + 1 < t.len() && t.same_sentence(k, e + 1) && proper(t, e + 1) {
                e += 1;
            }
            // "Edelweiss training ground", "Osh military range", "Alay District".
            let mut h = e + 1;
            if h < t.len()
                && !t.toks[h].cap
                && t.toks[h].is_word()
                && t.toks.get(h + 1).is_some_and(|x| x.is(RANGE))
            {
                h += 1;
            }
            let range_head =
                h < t.len() && t.same_sentence(k, h) && t.toks[h].is(RANGE) && !t.toks[h].cap;
            let area_head = e + 1 < t.len()
                && t.same_sentence(k, e + 1)
                && t.toks[e + 1].cap
                && t.toks[e + 1].is(PLACE_HEAD)
                && !t.eq(k.saturating_sub(1), "military");
            let after_prep = k > 0
                && t.same_sentence(k - 1, k)
                && ["in", "near", "outside", "to"]
                    .iter()
                    .any(|p| t.eq(k - 1, p))
                && !t
                    .toks
                    .get(e + 1)
                    .is_some_and(|n| n.is(UNIT_HEAD | ORG_HEAD))
                // "in Golden Harbour 2021": a name with a year is an event, never a place.
                && !(t.toks.get(e + 1).is_some_and(|n| {
                    n.kind == super::token::TokKind::Number && t.same_sentence(e, e + 1)
                }) && super::token::is_year(t.str(e + 1)));
            if range_head {
                out.push((t.span(k, h), Cow::Owned(t.joined(k, h))));
                k = h + 1;
                continue;
            }
            if area_head {
                out.push((t.span(k, e + 1), Cow::Owned(t.joined(k, e + 1))));
                k = e + 2;
                continue;
            }
            if after_prep {
                out.push((t.span(k, e), Cow::Owned(t.joined(k, e))));
            }
            k = e + 1;
            continue;
        }
        k += 1;
    }
    let article = cx.article;
    for p in article.cited_outlets() {
        if let Some(place) = p.place
            && let Some(off) = article.slice(p.range.clone()).find(place)
        {
            let s = p.range.start + off;
            out.push((s..s + place.len(), Cow::Borrowed(place)));
        }
    }
    let occupied = Occupied::of(&cx.found, &[Kind::Unit, Kind::Exercise, Kind::Official]);
    for (r, name) in out {
        if !occupied.any(&r) {
            cx.entity(Kind::Place, &name).add_mention(r);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::corpus::Article;
    use crate::entity::Kind;
    use crate::recognize::recognize;

    #[test]
    fn a_name_with_a_year_is_no_place() {
        let a = Article::parse(
            "t.txt",
            "Athletes competed in Kestrel Bay 2019 Games and later in Kestrel Bay.".to_string(),
        );
        let places: Vec<_> = recognize(&a)
            .into_iter()
            .filter(|f| f.kind == Kind::Place)
            .collect();
        assert_eq!(places.len(), 1, "{places:?}");
        assert_eq!(places[0].mentions.len(), 1);
    }

    #[test]
    fn datelines_are_places_and_ship_prefixes_are_not_organizations() {
        let a = Article::parse(
            "t.txt",
            "TBILISI, Georgia, May 12 (Interpressnews) – HMS Defender and USS Ross entered Batumi.\n\nNATO, in turn, said the CSTO was silent."
                .to_string(),
        );
        let f = recognize(&a);
        let of = |k: Kind| -> Vec<&str> {
            f.iter()
                .filter(|e| e.kind == k)
                .map(|e| e.name.as_str())
                .collect()
        };
        assert!(of(Kind::Place).contains(&"Tbilisi"), "{f:?}");
        let orgs = of(Kind::Organization);
        assert!(
            !orgs.contains(&"TBILISI") && !orgs.contains(&"HMS") && !orgs.contains(&"USS"),
            "{orgs:?}"
        );
        assert!(orgs.contains(&"NATO") && orgs.contains(&"CSTO"), "{orgs:?}");
    }

    #[test]
    fn a_dateline_with_the_agency_after_a_period() {
        let text = "BAKU. APA – The minister arrived in Ganja.";
        let f = recognize(&Article::parse("t.txt", text.to_string()));
        let names = |k: Kind| -> Vec<&str> {
            f.iter()
                .filter(|e| e.kind == k)
                .map(|e| e.name.as_str())
                .collect()
        };
        assert!(names(Kind::Place).contains(&"Baku"), "{f:?}");
        assert!(!names(Kind::Organization).contains(&"BAKU"), "{f:?}");
    }
}
