//! Organizations ("Ministry of Defense", "State Border Protection Committee", "CSTO") and outlets (the
//! agencies citations name, "Interfax reported", "Tengrinews reports").

use std::borrow::Cow;

use super::lexicon::class::*;
use super::token::Tokens;
use super::{Ctx, Occupied};
use crate::entity::Kind;

fn cap_word(t: &Tokens, k: usize) -> bool {
    let tok = &t.toks[k];
    tok.is_word() && tok.cap && !matches!(t.str(k), "The" | "A" | "An" | "In" | "On" | "At")
}

/// The last token of an outlet's name starting at `k`: "RIA Novosti" and "Interfax-Ukraine" are one
/// outlet each, not two.
fn outlet_end(t: &Tokens, k: usize) -> usize {
    let mut e = k;
    while e + 1 < t.len()
        && t.same_sentence(k, e + 1)
        && t.toks[e + 1].is_word()
        && t.toks[e + 1].cap
        && t.toks[e + 1].is(OUTLET)
    {
        e += 1;
    }
    e
}

/// Finds organizations and outlets.
pub fn recognize(cx: &mut Ctx) {
    let t = &cx.t;
    // A name read as the text writes it is borrowed from the text: most are one word.
    let mut orgs: Vec<(std::ops::Range<usize>, Cow<'_, str>)> = Vec::new();
    let mut outlets: Vec<(std::ops::Range<usize>, Cow<'_, str>)> = Vec::new();
    let mut k = 0;
    while k < t.len() {
        let tok = &t.toks[k];
        // Every rule below starts at a capitalized word (an all-capital one is capitalized too): most
        // tokens start none.
        if !tok.cap {
            k += 1;
            continue;
        }
        if tok.is_word() && tok.cap && tok.is(ORG_HEAD) {
            // Backwards over capitalized words: "State Border Protection Committee", "Tajik Ministry".
            let mut a = k;
            while a > 0
                && t.same_sentence(a - 1, k)
                && cap_word(t, a - 1)
                && !t.toks[a - 1].is(RANK | MONTH)
            {
                a -= 1;
            }
            // Forwards over "of [the] Capitalized ...": "Ministry of Emergency Situations".
            let mut e = k;
            let mut j = k + 1;
            while t.eq(j, "of") || t.eq(j, "for") {
                let mut s = j + 1;
                if t.eq(s, "the") {
                    s += 1;
                }
                let mut x = s;
                while x < t.len() && t.same_sentence(k, x) && cap_word(t, x) && !t.toks[x].is(RANK)
                {
                    x += 1;
                }
                if x == s {
                    break;
                }
                e = x - 1;
                j = x;
            }
            if a < k || e > k {
                orgs.push((t.span(a, e), Cow::Owned(t.joined(a, e))));
            }
            k = e + 1;
            continue;
        }
        // "Wagner Group", "Adani Group": a named group that is no military formation is a company or a
        // private military company (units were found first and keep theirs).
        if tok.cap && tok.is(UNIT_HEAD) && k > 0 && t.eq(k, "Group") && t.same_sentence(k - 1, k) {
            let mut a = k;
            while a > 0
                && k - a < 3
                && t.same_sentence(a - 1, k)
                && cap_word(t, a - 1)
                && t.toks[a - 1].class == 0
            {
                a -= 1;
            }
            if a < k {
                orgs.push((t.span(a, k), Cow::Owned(t.joined(a, k))));
                k += 1;
                continue;
            }
        }
        // "MOSCOW, September 11." and "DUSHANBE --" open a report: a dateline, not an organization
        // ("NATO, in turn, ..." opening a paragraph is one).
        let dateline = tok.upper
            && (k == 0 || !t.same_sentence(k - 1, k) || t.toks[k].newline_before)
            && (super::place::dateline(t, k) || t.punct(k + 1, '-') || t.punct(k + 1, '—'));
        if dateline {
            k += 1;
            continue;
        }
        // A ship prefix before a name ("HMS Defender", "USS Ross") is not an organization.
        // Looked at only for short all-capital words, which all prefixes are.
        let ship = || {
            super::lexicon::SHIP_PREFIXES.contains(&t.str(k))
                && t.toks.get(k + 1).is_some_and(|x| x.is_word() && x.cap)
                && t.same_sentence(k, k + 1)
        };
        if tok.is_word()
            && tok.upper
            && tok.cap
            && t.str(k).len() <= 6
            && !tok.is(COUNTRY)
            && !ship()
        {
            if tok.is(OUTLET) {
                let e = outlet_end(t, k);
                outlets.push((t.span(k, e), Cow::Owned(t.joined(k, e))));
                k = e + 1;
                continue;
            } else if !t.str(k).contains('-') {
                orgs.push((t.span(k, k), Cow::Borrowed(t.str(k))));
            }
            k += 1;
            continue;
        }
        if tok.is_word()
            && tok.cap
            && (tok.is(OUTLET) || t.eq(k + 1, "reports") || t.eq(k + 1, "reported"))
            && !tok.is(NOT_NAME | NATIONALITY | COUNTRY)
        {
            let e = outlet_end(t, k);
            outlets.push((t.span(k, e), Cow::Owned(t.joined(k, e))));
            k = e + 1;
            continue;
        }
        k += 1;
    }
    let article = cx.article;
    for p in article.cited_outlets() {
        if let Some(off) = article.slice(p.range.clone()).find(p.outlet) {
            let s = p.range.start + off;
            outlets.push((s..s + p.outlet.len(), Cow::Borrowed(p.outlet)));
        }
    }
    let occupied = Occupied::of(&cx.found, &[Kind::Unit, Kind::Exercise, Kind::Official]);
    for (r, name) in orgs {
        if occupied.any(&r) {
            continue;
        }
        cx.entity(Kind::Organization, &name).add_mention(r);
    }
    // "Zhaksylykov reported that ...": an official's report does not make him an outlet.
    let occupied = Occupied::of(&cx.found, &[Kind::Organization, Kind::Official]);
    for (r, name) in outlets {
        if !occupied.any(&r) {
            cx.entity(Kind::Outlet, &name).add_mention(r);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::entity::Kind;
    use crate::recognize::testing;

    #[test]
    fn a_named_group_is_an_organization_unless_a_formation() {
        let text = "Losses mounted among Wagner Group assault detachments and Carrier Strike Group 12 sailed.";
        let names: Vec<String> = testing::found(text, Kind::Organization)
            .into_iter()
            .map(|f| f.name)
            .collect();
        assert_eq!(names, ["Wagner Group"]);
    }

    #[test]
    fn a_two_word_outlet_is_one_outlet() {
        let o = testing::found("RIA Novosti reported that the drills began.", Kind::Outlet);
        let names: Vec<&str> = o.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(names, ["RIA Novosti"]);
    }

    #[test]
    fn an_official_who_reports_is_no_outlet() {
        let text =
            "Colonel Marat Abenov led the company. Abenov reported that the exercise went well.";
        assert!(testing::found(text, Kind::Outlet).is_empty());
        assert_eq!(testing::found(text, Kind::Official)[0].mentions.len(), 2);
    }
}
