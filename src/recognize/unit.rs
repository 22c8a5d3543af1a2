//! Units: numbered formations ("34th Motorized Rifle Brigade", "102nd military base"), named ones ("Black
//! Sea Fleet", "North Caucasus Military District", "Novorossiysk Naval Base"), bases named for their place
//! ("Kant air base", "the Batumi and Akhalkalaki bases"), and short names that the text calls a brigade or
//! battalion ("Kyrgbat peacekeeping battalion"). Branches ("Ground Forces"), ministries, "the base" and
//! "Tajik brigades" are not units.

use std::ops::Range;

use super::Ctx;
use super::lexicon::{self, class::*};
use super::token::{TokKind, Tokens, is_ordinal};
use crate::entity::{AttrKey, Kind};

/// Heads that may follow a number in lower case ("102nd military base", "5th motorized rifle brigade").
const LOWER_HEADS: &[&str] = &[
    "regiment",
    "division",
    "brigade",
    "battalion",
    "army",
    "corps",
    "fleet",
    "flotilla",
    "squadron",
    "base",
    "detachment",
];

/// Heads a short name may be called by ("Kyrgbat peacekeeping battalion").
const SHORT_NAME_HEADS: &[&str] = &[
    "brigade",
    "battalion",
    "regiment",
    "troops",
    "contingent",
    "division",
    "company",
    "unit",
];

/// A unit found in the token stream: its token span (inclusive) and name.
struct Hit {
    a: usize,
    b: usize,
    name: String,
    country: Option<String>,
    based_in: Option<String>,
}

fn lower_head(t: &Tokens, k: usize) -> bool {
    LOWER_HEADS.iter().any(|h| t.eq(k, h)) || t.eq(k, "bases") || t.eq(k, "airbase")
}

/// Singular form of a head word for the canonical name ("bases" → "base").
fn singular_name(s: &str) -> String {
    match s.strip_suffix("bases") {
        Some(p) => format!("{p}base"),
        None => s.to_string(),
    }
}

/// A numbered formation starting at the ordinal `k`.
fn numbered(t: &Tokens, k: usize) -> Option<Hit> {
    let mut j = k + 1;
    let mut head = None;
    let mut country = None;
    while j < t.len() && j <= k + 7 && t.same_sentence(k, j) {
        let tok = &t.toks[j];
        if !tok.is_word() {
            break;
        }
        let cap_head = tok.cap
            && tok.is(UNIT_HEAD)
            && (!t.eq(j, "district") || t.eq(j - 1, "military"))
            && !t.eq(j, "troops");
        if cap_head || (!tok.cap && lower_head(t, j)) {
            head = Some(j);
        }
        if tok.is(NATIONALITY) && country.is_none() {
            country = lexicon::country_of(t.str(j)).map(str::to_string);
        }
        let ok = tok.cap || tok.is(UNIT_WORD | UNIT_HEAD | NATIONALITY);
        if !ok {
            break;
        }
        j += 1;
    }
    let h = head?;
    let mut b = h;
    // "military base number 61933", "base No. 4"
    if t.eq(b + 1, "number") && t.toks.get(b + 2).is_some_and(|x| x.kind == TokKind::Number) {
        b += 2;
    }
    Some(Hit {
        a: k,
        b,
        name: singular_name(&t.joined(k, b)),
        country,
        based_in: None,
    })
}

/// A named formation ending at the capitalized head `h`.
fn named(t: &Tokens, h: usize) -> Option<Hit> {
    let head = t.str(h).to_ascii_lowercase();
    let mut a = h;
    while a > 0 && t.same_sentence(a - 1, h) && h - a < 6 {
        let p = &t.toks[a - 1];
        if !(p.is_word() && p.cap && !p.upper) || p.is(MONTH) || is_function(t, a - 1) {
            break;
        }
        a -= 1;
    }
    if a == h {
        return None;
    }
    let words: Vec<usize> = (a..h).collect();
    let proper = words.iter().any(|&k| t.toks[k].class == 0);
    let only_nationality = words
        .iter()
        .all(|&k| t.toks[k].is(NATIONALITY | COUNTRY | BRANCH));
    let ok = match head.as_str() {
        "fleet" | "flotilla" => !only_nationality,
        "district" => h >= 1 && t.eq(h - 1, "military") && h - 1 > a,
        // "Southern Military Command", "Joint Strategic Command": a command with a qualifier.
        "command"
            if h >= 1
                && (t.eq(h - 1, "military")
                    || t.eq(h - 1, "strategic")
                    || t.eq(h - 1, "operational")) =>
        {
            h - 1 > a
        }
        "base" => {
            h >= 1
                && (t.eq(h - 1, "naval") || t.eq(h - 1, "air") || t.eq(h - 1, "military"))
                && h - 1 > a
        }
        "force" | "forces" => words
            .iter()
            .any(|&k| t.eq(k, "reaction") || t.eq(k, "deployment") || t.eq(k, "task")),
        "division" | "brigade" | "regiment" | "battalion" | "corps" | "army" | "group"
        | "command" | "squadron" | "wing" => proper && !only_nationality,
        _ => false,
    };
    if !ok {
        return None;
    }
    let country = words
        .iter()
        .find(|&&k| t.toks[k].is(NATIONALITY))
        .and_then(|&k| lexicon::country_of(t.str(k)))
        .map(str::to_string);
    Some(Hit {
        a,
        b: h,
        name: t.joined(a, h),
        country,
        based_in: None,
    })
}

/// Capitalized function words that start sentences ("The", "In").
fn is_function(t: &Tokens, k: usize) -> bool {
    t.toks[k].is(JOINER)
        || matches!(
            t.str(k),
            "The"
                | "A"
                | "An"
                | "In"
                | "On"
                | "At"
                | "From"
                | "By"
                | "With"
                | "Its"
                | "This"
                | "That"
        )
}

/// A word that can name the place a base is named for.
fn place_word(t: &Tokens, k: usize) -> bool {
    let tok = &t.toks[k];
    tok.is_word()
        && tok.cap
        && !tok.upper
        && !tok.is(NOT_NAME | NATIONALITY | COUNTRY | UNIT_WORD | UNIT_HEAD | ORG_HEAD)
        && !t.str(k).bytes().any(|b| b.is_ascii_digit())
}

/// "Kant air base", "Batumi base", "Almaty military base number 61933", "Hmeimim airbase".
fn place_base(t: &Tokens, k: usize) -> Option<(Hit, Option<usize>)> {
    if !place_word(t, k) {
        return None;
    }
    let mut j = k + 1;
    if t.eq(j, "air") || t.eq(j, "naval") || t.eq(j, "military") || t.eq(j, "army") {
        j += 1;
    }
    if !(t.eq(j, "base") || t.eq(j, "bases") || t.eq(j, "airbase")) || !t.same_sentence(k, j) {
        return None;
    }
    let mut b = j;
    if t.eq(b + 1, "number") && t.toks.get(b + 2).is_some_and(|x| x.kind == TokKind::Number) {
        b += 2;
    }
    // "the Batumi and Akhalkalaki bases": the first place shares the head.
    let coordinated = (k >= 2 && t.eq(k - 1, "and") && place_word(t, k - 2)).then(|| k - 2);
    Some((
        Hit {
            a: k,
            b,
            name: singular_name(&t.joined(k, b)),
            country: None,
            based_in: Some(t.str(k).to_string()),
        },
        coordinated,
    ))
}

/// "military unit 12345", "military unit No. 3421": a unit known by its number.
fn unit_number(t: &Tokens, k: usize) -> Option<Hit> {
    if !(t.toks[k].is(UNIT_WORD) && t.eq(k, "military") && t.eq(k + 1, "unit")) {
        return None;
    }
    let mut n = k + 2;
    if t.eq(n, "no") && t.punct(n + 1, '.') || t.eq(n, "number") {
        n += if t.eq(n, "number") { 1 } else { 2 };
    }
    let tok = t.toks.get(n)?;
    if tok.kind != TokKind::Number || !t.same_sentence(k, n) {
        return None;
    }
    Some(Hit {
        a: k,
        b: n,
        name: t.joined(k, n),
        country: None,
        based_in: None,
    })
}

/// A short proper name the text calls a brigade or battalion: "Kyrgbat peacekeeping battalion".
fn short_name(t: &Tokens, k: usize) -> Option<Hit> {
    let tok = &t.toks[k];
    if !(tok.is_word() && tok.cap && tok.class == 0)
        || k > 0 && t.toks[k - 1].cap && t.same_sentence(k - 1, k)
    {
        return None;
    }
    let mut j = k + 1;
    while j < t.len()
        && j <= k + 3
        && t.toks[j].is_word()
        && !t.toks[j].cap
        && t.toks[j].is(UNIT_WORD)
    {
        j += 1;
    }
    if j == k + 1 && !SHORT_NAME_HEADS.iter().any(|h| t.eq(j, h)) {
        return None;
    }
    if !t.same_sentence(k, j) || !SHORT_NAME_HEADS.iter().any(|h| t.eq(j, h)) {
        return None;
    }
    Some(Hit {
        a: k,
        b: k,
        name: t.str(k).to_string(),
        country: None,
        based_in: None,
    })
}

/// A unit to record: mention range, name, attributes, the passage stating them.
type Placed = (Range<usize>, String, Vec<(AttrKey, String)>, Range<usize>);

/// Finds units, their nationality, parent and base.
pub fn recognize(cx: &mut Ctx) {
    let t = &cx.t;
    let mut hits: Vec<Hit> = Vec::new();
    let mut extra: Vec<(Range<usize>, String, Option<String>)> = Vec::new();
    let mut k = 0;
    while k < t.len() {
        let tok = &t.toks[k];
        let hit = if tok.kind == TokKind::Number && is_ordinal(t.str(k)) {
            numbered(t, k)
        } else if tok.is_word() && tok.cap && tok.is(UNIT_HEAD) {
            named(t, k)
        } else if let Some((h, coord)) = place_base(t, k) {
            if let Some(c) = coord {
                let name = format!("{} {}", t.str(c), singular_name(&t.joined(k + 1, h.b)));
                extra.push((t.toks[c].range(), name, Some(t.str(c).to_string())));
            }
            Some(h)
        } else if let Some(h) = unit_number(t, k) {
            Some(h)
        } else {
            short_name(t, k)
        };
        match hit {
            Some(mut h) => {
                // A named unit found at its head may start before `k`: drop an overlapping earlier hit.
                while hits.last().is_some_and(|p| p.b >= h.a) {
                    let p = hits.pop();
                    if let Some(p) = p
                        && p.a < h.a
                    {
                        h.a = p.a;
                        h.name = t.joined(h.a, h.b);
                    }
                }
                if h.country.is_none() {
                    h.country = nationality_before(t, h.a);
                }
                k = h.b + 1;
                hits.push(h);
            }
            None => k += 1,
        }
    }
    // Parent and base: ", part of the X", "of the X", "X based in Gyumri".
    let mut attrs: Vec<Vec<(AttrKey, String)>> = vec![Vec::new(); hits.len()];
    for (n, h) in hits.iter().enumerate() {
        let mut j = h.b + 1;
        if t.punct(j, ',') {
            j += 1;
        }
        if t.eq(j, "part") && t.eq(j + 1, "of") {
            j += 2;
        } else if t.eq(j, "of") || t.eq(j, "from") || t.eq(j, "within") {
            j += 1;
        } else {
            j = usize::MAX;
        }
        if t.eq(j, "the") {
            j += 1;
        }
        if let Some(p) = hits.iter().find(|p| p.a == j) {
            attrs[n].push((AttrKey::PartOf, p.name.clone()));
        }
        let mut j = h.b + 1;
        if t.punct(j, ',') {
            j += 1;
        }
        let verb = ["based", "stationed", "deployed", "located", "headquartered"]
            .iter()
            .any(|v| t.eq(j, v));
        if verb
            && (t.eq(j + 1, "in") || t.eq(j + 1, "at") || t.eq(j + 1, "near"))
            && t.same_sentence(h.b, j + 2)
        {
            let mut e = j + 2;
            while e + 1 < t.len()
                && t.same_sentence(e, e + 1)
                && t.toks[e + 1].cap
                && t.toks[e + 1].is_word()
            {
                e += 1;
            }
            if t.toks.get(j + 2).is_some_and(|x| x.cap) {
                attrs[n].push((AttrKey::BasedIn, t.joined(j + 2, e)));
            }
        }
        if let Some(b) = &h.based_in {
            attrs[n].push((AttrKey::BasedIn, b.clone()));
        }
        if let Some(c) = &h.country {
            attrs[n].push((AttrKey::Country, c.clone()));
        }
    }
    let mut out: Vec<Placed> = Vec::new();
    for (h, a) in hits.iter().zip(attrs) {
        out.push((t.span(h.a, h.b), h.name.clone(), a, cx.sentence_range(h.a)));
    }
    for (r, name, base) in extra {
        let sentence = cx
            .article
            .sentence_at(r.start)
            .map(|s| cx.article.sentences[s].range.clone())
            .unwrap_or(r.clone());
        let attrs = base
            .map(|b| vec![(AttrKey::BasedIn, b)])
            .unwrap_or_default();
        out.push((r, name, attrs, sentence));
    }
    for (r, name, attrs, passage) in out {
        let f = cx.entity(Kind::Unit, &name);
        f.add_mention(r);
        for (k, v) in attrs {
            f.attr(k, v, passage.clone());
        }
    }
    acronym_aliases(cx);
}

/// "Russia's 58th Army", "the Russian 102nd Division".
fn nationality_before(t: &Tokens, a: usize) -> Option<String> {
    let k = a.checked_sub(1)?;
    if !t.same_sentence(k, a) {
        return None;
    }
    if t.toks[k].is(NATIONALITY) {
        return lexicon::country_of(t.str(k)).map(str::to_string);
    }
    if t.toks[k].kind == TokKind::Possessive && k > 0 && t.toks[k - 1].is(COUNTRY) {
        return lexicon::country_of(t.str(k - 1)).map(str::to_string);
    }
    None
}

/// An acronym in parentheses right after a unit ("Collective Rapid Reaction Forces (CRRF)") is its alias.
fn acronym_aliases(cx: &mut Ctx) {
    let t = &cx.t;
    let mut adds = Vec::new();
    for (fi, f) in cx.found.iter().enumerate() {
        if f.kind != Kind::Unit {
            continue;
        }
        for m in &f.mentions {
            let k = t.toks.partition_point(|x| (x.start as usize) < m.end);
            if t.punct(k, '(') && t.punct(k + 2, ')') && t.toks[k + 1].upper {
                adds.push((fi, t.toks[k + 1].range(), t.str(k + 1).to_string()));
            }
        }
    }
    for (fi, r, alias) in adds {
        let f = &mut cx.found[fi];
        f.add_alias(&alias);
        f.add_mention(r);
    }
}

#[cfg(test)]
mod tests {
    use crate::corpus::Article;
    use crate::entity::{AttrKey, Kind};
    use crate::recognize::{Found, recognize};

    fn units(text: &str) -> Vec<Found> {
        let a = Article::parse("t.txt", text.to_string());
        recognize(&a)
            .into_iter()
            .filter(|f| f.kind == Kind::Unit)
            .collect()
    }

    fn names(u: &[Found]) -> Vec<&str> {
        u.iter().map(|f| f.name.as_str()).collect()
    }

    #[test]
    fn numbered_units_with_parent_and_base() {
        let u = units(
            "The 34th Separate Motorized Rifle Brigade, part of the 8th Russian Combined Arms Army based in Novocherkassk, moved north.",
        );
        assert_eq!(
            names(&u),
            [
                "34th Separate Motorized Rifle Brigade",
                "8th Russian Combined Arms Army"
            ]
        );
        assert!(
            u[0].attributes
                .iter()
                .any(|a| a.0 == AttrKey::PartOf && a.1 == "8th Russian Combined Arms Army")
        );
        assert!(
            u[1].attributes
                .iter()
                .any(|a| a.0 == AttrKey::BasedIn && a.1 == "Novocherkassk")
        );
        assert!(
            u[1].attributes
                .iter()
                .any(|a| a.0 == AttrKey::Country && a.1 == "Russia")
        );
    }

    #[test]
    fn named_fleets_districts_and_bases() {
        let u = units(
            "Ships of the Northern Fleet and the Leningrad Military District joined aircraft from the Hmeimim air base and the Tartus Naval Base.",
        );
        assert_eq!(
            names(&u),
            [
                "Northern Fleet",
                "Leningrad Military District",
                "Hmeimim air base",
                "Tartus Naval Base"
            ]
        );
    }

    #[test]
    fn coordinated_bases() {
        let u = units(
            "Troops will leave the Gudauta and Vaziani bases by 2001. The Vaziani base closes first.",
        );
        assert_eq!(names(&u), ["Gudauta base", "Vaziani base"]);
        assert_eq!(u[1].mentions.len(), 2);
    }

    #[test]
    fn branches_ministries_and_generic_references_are_not_units() {
        let u = units(
            "The Ground Forces and the Ministry of Defense said the base was ready. Uzbek brigades and Russian motorized rifle regiments trained. The Air Force and the Army also took part.",
        );
        assert!(u.is_empty(), "{u:?}");
    }

    #[test]
    fn military_commands_are_units_and_parents() {
        let u = units(
            "The 3rd Border Brigade, part of the Eastern Military Command based in Karakol, trained.",
        );
        assert_eq!(
            names(&u),
            ["3rd Border Brigade", "Eastern Military Command"]
        );
        assert!(
            u[0].attributes
                .iter()
                .any(|a| a.0 == AttrKey::PartOf && a.1 == "Eastern Military Command")
        );
        assert!(
            u[1].attributes
                .iter()
                .any(|a| a.0 == AttrKey::BasedIn && a.1 == "Karakol")
        );
    }

    #[test]
    fn units_known_by_number() {
        let u = units(
            "Conscripts from military unit No. 3421 and the Osh military base number 4012 deserted.",
        );
        assert_eq!(
            names(&u),
            ["military unit No. 3421", "Osh military base number 4012"]
        );
    }

    #[test]
    fn short_names_called_brigades() {
        let u = units(
            "The army will send the Kyrgbat peacekeeping battalion abroad. Kyrgbat trained in May.",
        );
        assert_eq!(names(&u), ["Kyrgbat"]);
        assert_eq!(u[0].mentions.len(), 2);
    }
}
