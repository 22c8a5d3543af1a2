//! Organizations ("Ministry of Defense", "State Border Protection Committee", "CSTO") and outlets (the
//! agencies citations name, "Interfax reported", "Tengrinews reports").

use super::lexicon::class::*;
use super::token::Tokens;
use super::{Ctx, Occupied};
use crate::entity::Kind;

fn cap_word(t: &Tokens, k: usize) -> bool {
    let tok = &t.toks[k];
    tok.is_word() && tok.cap && !matches!(t.str(k), "The" | "A" | "An" | "In" | "On" | "At")
}

/// Finds organizations and outlets.
pub fn recognize(cx: &mut Ctx) {
    let t = &cx.t;
    let mut orgs = Vec::new();
    let mut outlets = Vec::new();
    let mut k = 0;
    while k < t.len() {
        let tok = &t.toks[k];
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
                orgs.push((t.span(a, e), t.joined(a, e)));
            }
            k = e + 1;
            continue;
        }
        // "MOSCOW, September 11." and "DUSHANBE --" open a report: a dateline, not an organization.
        let dateline = tok.upper
            && (k == 0 || !t.same_sentence(k - 1, k) || t.toks[k].newline_before)
            && (t.punct(k + 1, ',') || t.punct(k + 1, '-') || t.punct(k + 1, '—'));
        if dateline {
            k += 1;
            continue;
        }
        if tok.is_word() && tok.upper && tok.cap && t.str(k).len() <= 6 && !tok.is(COUNTRY) {
            if tok.is(OUTLET) {
                outlets.push((t.span(k, k), t.str(k).to_string()));
            } else if !t.str(k).contains('-') {
                orgs.push((t.span(k, k), t.str(k).to_string()));
            }
            k += 1;
            continue;
        }
        if tok.is_word()
            && tok.cap
            && (tok.is(OUTLET) || t.eq(k + 1, "reports") || t.eq(k + 1, "reported"))
            && !tok.is(NOT_NAME | NATIONALITY | COUNTRY)
        {
            outlets.push((t.span(k, k), t.str(k).to_string()));
        }
        k += 1;
    }
    for c in &cx.article.citations {
        for p in &c.parts {
            if let Some(off) = cx.article.slice(p.range.clone()).find(p.outlet.as_str()) {
                let s = p.range.start + off;
                outlets.push((s..s + p.outlet.len(), p.outlet.clone()));
            }
        }
    }
    let occupied = Occupied::of(&cx.found, &[Kind::Unit, Kind::Exercise, Kind::Official]);
    for (r, name) in orgs {
        if occupied.any(&r) {
            continue;
        }
        cx.entity(Kind::Organization, &name).add_mention(r);
    }
    let occupied = Occupied::of(&cx.found, &[Kind::Organization]);
    for (r, name) in outlets {
        if !occupied.any(&r) {
            cx.entity(Kind::Outlet, &name).add_mention(r);
        }
    }
}
