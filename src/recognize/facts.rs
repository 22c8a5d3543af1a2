//! What a passage says of an exercise besides its name, read from its tokens: when ("from May 3 to 7",
//! "on 12–16 September", "in late March"), where ("in the Sea of Okhotsk", "off the coast of Vostria",
//! "in western Vostria"), how many took part ("some 12,000 troops", "over 60 aircraft and 15 ships") and
//! which countries ("with troops from Vostria, Kestrelia and Norland"). Values are the words as written
//! and short: the passage that states them is kept beside them.

use std::ops::Range;

use super::lexicon::{self, class::*};
use super::place::dateline;
use super::token::{TokKind, Tokens, is_ordinal, is_year};
use super::{Ctx, Occupied};
use crate::entity::{AttrKey, Kind};

/// The first letters of `words`, in either case, as bits of their five low bits: with [`starts_as`], a
/// quick test that passes most words over before a comparison with each word of a list.
pub const fn initials_of(words: &[&str]) -> u32 {
    let mut bits = 0u32;
    let mut i = 0;
    while i < words.len() {
        bits |= 1 << (words[i].as_bytes()[0] & 31);
        i += 1;
    }
    bits
}

/// True when the first letter of `w` has its bit in `initials` (see [`initials_of`]).
#[inline]
pub fn starts_as(w: &str, initials: u32) -> bool {
    w.as_bytes()
        .first()
        .is_some_and(|&b| initials & 1 << (b & 31) != 0)
}

/// A day of a month: "7", "31".
fn day_number(w: &str) -> bool {
    (1..=2).contains(&w.len())
        && w.bytes().all(|b| b.is_ascii_digit())
        && matches!(w.parse::<u8>(), Ok(1..=31))
}

/// A day of a month or days joined by a hyphen ("10-16").
fn day(t: &Tokens, i: usize) -> bool {
    i < t.len() && t.toks[i].kind == TokKind::Number && {
        let w = t.str(i);
        match w.split_once('-') {
            Some((a, b)) => day_number(a) && day_number(b),
            None => day_number(w),
        }
    }
}

fn dash(t: &Tokens, i: usize) -> bool {
    t.punct(i, '-') || t.punct(i, '–') || t.punct(i, '—')
}

/// A capitalized month ("September", "Sept"), two joined ("April-May") or one after "mid-".
fn month(t: &Tokens, i: usize) -> bool {
    let Some(tok) = t.toks.get(i) else {
        return false;
    };
    if !(tok.cap && tok.is_word()) {
        return false;
    }
    if tok.is(MONTH) {
        return true;
    }
    let w = t.str(i);
    let joined = |a: &str, b: &str| lexicon::classes(a) & lexicon::classes(b) & MONTH != 0;
    w.split_once('-')
        .is_some_and(|(a, b)| joined(a, b) || a.eq_ignore_ascii_case("mid") && joined(b, b))
}

/// Words before a month that make it a date of its own ("in March", "late March", "until March").
const MONTH_CUES: &[&str] = &[
    "in", "late", "early", "mid", "until", "till", "since", "through", "of", "during",
];

/// Words before a date kept with it: they change what it says ("until May 10", "late March").
const DATE_QUALIFIERS: &[&str] = &["late", "early", "mid", "until", "till", "since", "through"];

/// The date around the month at `m`: days before or after it and a year ("12 September 2021",
/// "Aug. 19-29, 2024", "12–16 September", "3 to 7 May"), as its first and last token within lo..hi.
fn date_around(t: &Tokens, m: usize, lo: usize, hi: usize) -> (usize, usize) {
    let mut s = m;
    if s > lo && day(t, s - 1) {
        s -= 1;
        if s >= lo + 2 && (dash(t, s - 1) || t.eq(s - 1, "to")) && day(t, s - 2) {
            s -= 2;
        }
    }
    let mut e = m;
    // "Aug. 19": an abbreviation's period.
    let n = if t.punct(m + 1, '.') && t.str(m).len() <= 4 {
        m + 2
    } else {
        m + 1
    };
    if s == m && n < hi && day(t, n) {
        e = n;
        if e + 2 < hi && dash(t, e + 1) && day(t, e + 2) {
            e += 2;
        }
    }
    year_after(t, e, hi).map_or((s, e), |y| (s, y))
}

/// The year right after token `e` ("September 12, 2021", "May 2024").
fn year_after(t: &Tokens, e: usize, hi: usize) -> Option<usize> {
    let y = if t.punct(e + 1, ',') { e + 2 } else { e + 1 };
    (y < hi && t.toks[y].kind == TokKind::Number && is_year(t.str(y))).then_some(y)
}

/// A date with the month at `m` and what makes it a span: "July 29 - August 10", "September 21 to
/// October 2", "May 3 to 7".
fn date_span(t: &Tokens, m: usize, lo: usize, hi: usize) -> (usize, usize) {
    let (s, mut e) = date_around(t, m, lo, hi);
    let joint = e + 1;
    let n = joint + 1;
    if n >= hi
        || !(dash(t, joint)
            || ["to", "through", "until", "till"]
                .iter()
                .any(|w| t.eq(joint, w)))
    {
        return (s, e);
    }
    if month(t, n) {
        e = date_around(t, n, n, hi).1;
    } else if day(t, n) && month(t, n + 1) && n + 1 < hi {
        e = date_around(t, n + 1, n, hi).1;
    } else if day(t, n) && e > m && !t.eq(n + 1, "percent") {
        e = year_after(t, n, hi).unwrap_or(n);
    }
    (s, e)
}

/// True when token `k` is in a closing citation ("(Interfax, May 12)") or a dateline ("BAKU, May 12"):
/// the date of the report, not of what it reports.
fn report_date(cx: &Ctx, k: usize) -> bool {
    let at = cx.t.toks[k].start as usize;
    let cited = cx
        .article
        .citation_ranges()
        .any(|c| c.start <= at && at < c.end);
    cited || (k.saturating_sub(4)..k).any(|x| cx.t.same_sentence(x, k) && dateline(&cx.t, x))
}

/// Dates in tokens lo..hi, in text order, each with whether it is the exercise's last day: a month with
/// what goes with it ("until May 10", "12–16 September") or a weekday read against the article's date
/// ("began on Monday").
pub fn dates(cx: &Ctx, lo: usize, hi: usize) -> Vec<(String, bool)> {
    let t = &cx.t;
    let mut out = Vec::new();
    let mut k = lo;
    while k < hi {
        // A date opens at a capitalized word (a month, a weekday) or at one of a few words in lower
        // case: most tokens are passed over without a comparison with each.
        if !t.toks[k].cap && !lower_date_word(t, k) {
            k += 1;
            continue;
        }
        if let Some(d) = weekday_date(cx, k, lo).or_else(|| day_before_or_of(cx, k, lo)) {
            out.push((d, end_date(t, k)));
            k += 1;
            continue;
        }
        if let Some((s, e)) = season(t, k, lo, hi) {
            out.push((t.joined(s, e), false));
            k = e + 1;
            continue;
        }
        if !month(t, k) {
            k += 1;
            continue;
        }
        let (mut s, e) = date_span(t, k, lo, hi);
        let cued = s > lo && MONTH_CUES.iter().any(|w| t.eq(s - 1, w));
        let mid = t
            .str(k)
            .get(..4)
            .is_some_and(|p| p.eq_ignore_ascii_case("mid-"));
        if (s < k || e > k || cued || mid) && !report_date(cx, k) {
            if s > lo && DATE_QUALIFIERS.iter().any(|w| t.eq(s - 1, w)) {
                s -= 1;
            }
            out.push((t.joined(s, e), end_date(t, s)));
        }
        k = e + 1;
    }
    out
}

/// True when token `k` is a word that opens a date in lower case: "today", "yesterday" or a season.
fn lower_date_word(t: &Tokens, k: usize) -> bool {
    t.eq(k, "today") || t.eq(k, "yesterday") || SEASONS.iter().any(|w| t.eq(k, w))
}

/// True when a date from token `s` is the last day of an exercise: "until May 10", "will end on May 10".
fn end_date(t: &Tokens, s: usize) -> bool {
    if ["until", "till", "through"].iter().any(|w| t.eq(s, w)) {
        return true;
    }
    s >= 2
        && t.eq(s - 1, "on")
        && [
            "end",
            "ends",
            "ended",
            "conclude",
            "concludes",
            "concluded",
            "close",
            "closes",
            "closed",
        ]
        .iter()
        .any(|w| t.eq(s - 2, w))
}

/// Seasons: "in the spring", "in late autumn", "spring 2023".
const SEASONS: &[&str] = &["spring", "summer", "autumn", "fall", "winter"];

/// A season at `k` said as a time ("held in the spring", "in late autumn", "spring 2023"), not "last
/// spring" nor a name ("Spring Storm-2025"), with its qualifier and year: its first and last token.
fn season(t: &Tokens, k: usize, lo: usize, hi: usize) -> Option<(usize, usize)> {
    if !SEASONS.iter().any(|w| t.eq(k, w))
        || t.toks.get(k + 1).is_some_and(|x| x.cap && x.is_word())
    {
        return None;
    }
    let mut s = k;
    if s > lo && ["late", "early", "mid"].iter().any(|w| t.eq(s - 1, w)) {
        s -= 1;
    }
    let mut p = s;
    if p > lo && t.eq(p - 1, "the") {
        p -= 1;
    }
    let cued = p > lo
        && ["in", "during", "until", "since", "by"]
            .iter()
            .any(|w| t.eq(p - 1, w));
    match year_after(t, k, hi) {
        Some(y) => Some((s, y)),
        None => cued.then_some((s, k)),
    }
}

/// "China yesterday staged drills": the day before the article's date; "today", the day of it. Not the
/// day of a statement ("the ministry said yesterday").
fn day_before_or_of(cx: &Ctx, k: usize, lo: usize) -> Option<String> {
    let t = &cx.t;
    let back = if t.eq(k, "yesterday") {
        1
    } else if t.eq(k, "today") {
        0
    } else {
        return None;
    };
    if (1..=2).any(|i| k >= lo + i && t.toks[k - i].is(SPEECH)) {
        return None;
    }
    let (y, m, d) = article_date(cx)?;
    written(civil_from_days(days_from_civil(y, m, d) - back))
}

/// "October 14, 2019".
fn written((y, m, d): (i64, u32, u32)) -> Option<String> {
    let name = lexicon::MONTH_NAMES.get(m.checked_sub(1)? as usize)?;
    let mut month = name.to_string();
    month[..1].make_ascii_uppercase();
    Some(format!("{month} {d}, {y}"))
}

/// The date a weekday at `k` stands for ("began on Monday", "will end on Friday"), read against the
/// article's date: the day itself or the one before it, or after it when the text speaks of what will
/// be. Not the day of a statement ("the ministry said on Monday").
fn weekday_date(cx: &Ctx, k: usize, lo: usize) -> Option<String> {
    let t = &cx.t;
    if !t.toks[k].cap {
        return None;
    }
    let w = lexicon::WEEKDAY_NAMES.iter().position(|d| t.eq(k, d))? as i64;
    let before = |i: usize| k >= lo + i && k >= i;
    let said = (1..=2).any(|i| before(i) && t.toks[k - i].is(SPEECH));
    // "Monday, May 12": the date is written beside it.
    if said || month(t, k + 1) || t.punct(k + 1, ',') && month(t, k + 2) {
        return None;
    }
    let (y, m, d) = article_date(cx)?;
    let today = days_from_civil(y, m, d);
    let weekday = (today + 3).rem_euclid(7);
    let next = before(1) && t.eq(k - 1, "next");
    let last = before(1) && t.eq(k - 1, "last");
    let will = match governing_verb(t, k, lo) {
        Some(Verb::Speech) => return None,
        Some(Verb::Past) => false,
        Some(Verb::Future) => true,
        None => (k.saturating_sub(8).max(lo)..k).any(|x| t.eq(x, "will")),
    };
    let offset = if next || will && !last {
        let o = (w - weekday).rem_euclid(7);
        if next && o == 0 { 7 } else { o }
    } else {
        let o = (weekday - w).rem_euclid(7);
        -(if last && o == 0 { 7 } else { o })
    };
    written(civil_from_days(today + offset))
}

/// The tense of the verb a weekday belongs to, or a speech verb whose day it is.
enum Verb {
    Past,
    Future,
    Speech,
}

/// Verbs that place a day in the future unless written in the past: "starts on Monday", "will end on
/// Friday".
const SCHEDULED: &[&str] = &[
    "begin",
    "begins",
    "start",
    "starts",
    "end",
    "ends",
    "open",
    "opens",
    "run",
    "runs",
    "close",
    "closes",
    "continue",
    "continues",
    "conclude",
    "concludes",
    "kick",
    "kicks",
    "take",
    "takes",
];

/// The verb governing the weekday at `k`: the nearest one before it in its clause. "which officials say
/// will be the largest ever, began on Monday" is past (the "will" belongs to another verb); "said in a
/// statement on Tuesday that …" is the day of a statement.
fn governing_verb(t: &Tokens, k: usize, lo: usize) -> Option<Verb> {
    let floor = k.saturating_sub(10).max(lo);
    for x in (floor..k).rev() {
        if t.eq(x, "that") || t.punct(x, ';') {
            return None;
        }
        if !t.toks[x].is_word() || t.toks[x].cap {
            continue;
        }
        if t.toks[x].is(SPEECH) {
            return Some(Verb::Speech);
        }
        let auxiliary = (x.saturating_sub(2).max(lo)..x)
            .any(|y| ["will", "to", "shall"].iter().any(|w| t.eq(y, w)));
        let planned = ["will", "scheduled", "planned", "slated", "due", "set"];
        if SCHEDULED.iter().chain(&planned).any(|w| t.eq(x, w)) {
            return Some(Verb::Future);
        }
        let w = t.str(x);
        let past = w.len() > 3 && w.ends_with("ed") || PAST_VERBS.iter().any(|p| t.eq(x, p));
        if past {
            return Some(if auxiliary { Verb::Future } else { Verb::Past });
        }
    }
    None
}

/// Past forms of the verbs of an exercise that do not end in "-ed".
const PAST_VERBS: &[&str] = &[
    "began", "begun", "held", "ran", "took", "was", "were", "had", "met", "got", "went", "came",
];

/// The article's date from its header: "October 14, 2019", "12 August 2019", "2024-08-19 11:03", "Nov
/// 13, 2024 | KYODO NEWS".
fn article_date(cx: &Ctx) -> Option<(i64, u32, u32)> {
    let v = cx.article.header_value("Date")?;
    let mut words = v
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty());
    let first = words.next()?;
    if is_year(first) {
        let m = words.next()?.parse().ok()?;
        let d = words.next()?.parse().ok()?;
        return valid(first.parse().ok()?, m, d);
    }
    let (mut y, mut m, mut d) = (None, None, None);
    for w in std::iter::once(first).chain(words).take(4) {
        if is_year(w) {
            y = y.or(w.parse().ok());
        } else if day_number(w) {
            d = d.or(w.parse().ok());
        } else if let Some(i) = lexicon::MONTH_NAMES.iter().position(|n| {
            w.len() >= 3 && n.get(..3).is_some_and(|p| p.eq_ignore_ascii_case(&w[..3]))
        }) {
            m = m.or(Some(i as u32 + 1));
        }
    }
    valid(y?, m?, d?)
}

fn valid(y: i64, m: u32, d: u32) -> Option<(i64, u32, u32)> {
    ((1..=12).contains(&m) && (1..=31).contains(&d)).then_some((y, m, d))
}

/// Days since 1970-01-01 of a date (the proleptic Gregorian calendar).
fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let (m, d) = (i64::from(m), i64::from(d));
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date of a day count since 1970-01-01.
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

/// Words for waters and shores that name a place with "of" after them or a name before them: "the Sea of
/// Okhotsk", "the Vostrian Sea", "off the coast of Vostria".
const WATERS: &[&str] = &[
    "sea",
    "ocean",
    "strait",
    "straits",
    "gulf",
    "bay",
    "channel",
    "coast",
    "waters",
    "peninsula",
];

/// Compass words before a place: "in western Vostria".
const COMPASS: &[&str] = &[
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "north-eastern",
    "north-western",
    "south-eastern",
    "south-western",
    "northeastern",
    "northwestern",
    "southeastern",
    "southwestern",
];

/// The first letters of [`PLACE_PREPOSITIONS`] (see [`initials_of`]).
const PLACE_PREPOSITION_INITIALS: u32 = initials_of(PLACE_PREPOSITIONS);

/// Prepositions before the place where an exercise is held.
const PLACE_PREPOSITIONS: &[&str] = &[
    "in",
    "across",
    "off",
    "near",
    "around",
    "outside",
    "throughout",
    "at",
    "inside",
];

/// The last token of capitalized words from `a` ("Sea of Okhotsk": "of" and "the" may join them).
fn capitalized_run(t: &Tokens, a: usize, hi: usize) -> Option<usize> {
    let mut e = a;
    let cap = |i: usize| i < hi && t.toks[i].cap && t.toks[i].is_word();
    if !cap(a) {
        return None;
    }
    while cap(e + 1) {
        e += 1;
    }
    Some(e)
}

/// A place after the preposition at `k`: a place the article names ("in western Vostria", "in the
/// Kestrel region"), a water or a shore ("in the Sea of Okhotsk", "off the coast of Vostria", "in the
/// Vostrian Sea"). Token span.
fn place_after(t: &Tokens, places: &Occupied, k: usize, hi: usize) -> Option<(usize, usize)> {
    let mut a = k + 1;
    if t.eq(a, "the") {
        a += 1;
    }
    let start = a;
    if COMPASS.iter().any(|w| t.eq(a, w)) {
        a += 1;
    }
    if a >= hi {
        return None;
    }
    // "the Sea of Okhotsk", "the coast of Vostria", "the waters of the Kestrel Strait".
    if WATERS.iter().any(|w| t.eq(a, w)) && t.eq(a + 1, "of") {
        let b = if t.eq(a + 2, "the") { a + 3 } else { a + 2 };
        let e = capitalized_run(t, b, hi)?;
        return Some((a, e));
    }
    if let Some(e) = place_starting(t, places, a) {
        // "the Kestrel region": a lowercase word for an area after the name.
        let mut e = if e + 1 < hi && !t.toks[e + 1].cap && t.toks[e + 1].is(PLACE_HEAD) {
            e + 1
        } else {
            e
        };
        // "in Vostria and Norland": a second place joined by "and".
        if t.eq(e + 1, "and")
            && let Some(next) = place_starting(t, places, e + 2)
        {
            e = next;
        }
        return (e < hi).then_some((start, e));
    }
    let e = capitalized_run(t, a, hi)?;
    // "the Far East", "the North Caucasus": a region named from a point of the compass.
    let formation = (a..=e).any(|x| t.toks[x].is(UNIT_HEAD | UNIT_WORD | ORG_HEAD));
    if e > a && e < a + 3 && REGION_COMPASS.iter().any(|w| t.is_exactly(a, w)) && !formation {
        return Some((start, e));
    }
    // "the Vostrian Sea": capitalized words ending in a word for a water.
    if e > a && WATERS.iter().any(|w| t.eq(e, w)) {
        return Some((start, e));
    }
    // "the Kestrel region", "the Kestrel training area": a word for an area after the name.
    let head = |i: usize| i < hi && !t.toks[i].cap && t.toks[i].is(PLACE_HEAD | RANGE);
    if head(e + 1) {
        Some((start, e + 1))
    } else if e + 2 < hi && t.toks[e + 1].is_word() && !t.toks[e + 1].cap && head(e + 2) {
        Some((start, e + 2))
    } else {
        None
    }
}

/// Capitalized compass words that open the name of a region: "the Far East", "Central Asia".
const REGION_COMPASS: &[&str] = &[
    "North", "South", "East", "West", "Central", "Far", "Middle", "Northern", "Southern",
    "Eastern", "Western",
];

/// The last token of a place the article names starting at token `a`.
fn place_starting(t: &Tokens, places: &Occupied, a: usize) -> Option<usize> {
    let start = t.toks.get(a)?.start as usize;
    places
        .within(&(start..t.text.len()))
        .next()
        .filter(|m| m.0 == start)
        .map(|m| {
            t.toks
                .partition_point(|x| (x.end as usize) <= m.1)
                .saturating_sub(1)
        })
}

/// Places in tokens lo..hi after a preposition of place, as token spans.
pub fn places(t: &Tokens, places: &Occupied, lo: usize, hi: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for k in lo..hi {
        if starts_as(t.str(k), PLACE_PREPOSITION_INITIALS)
            && PLACE_PREPOSITIONS.iter().any(|w| t.eq(k, w))
            && !(k > lo && t.eq(k - 1, "part"))
            && let Some(p) = place_after(t, places, k, hi)
        {
            out.push(p);
        }
    }
    out
}

/// Words for what an exercise counts besides people: "60 aircraft", "15 ships".
const EQUIPMENT: &[&str] = &[
    "aircraft",
    "planes",
    "jets",
    "fighters",
    "helicopters",
    "ships",
    "warships",
    "vessels",
    "boats",
    "submarines",
    "tanks",
    "vehicles",
    "drones",
    "guns",
    "launchers",
];

/// Words that count equipment with "of" after them: "300 pieces of military equipment".
const EQUIPMENT_UNITS: &[&str] = &["pieces", "units", "items"];

/// Words for equipment after "pieces of".
const EQUIPMENT_MASS: &[&str] = &["equipment", "hardware", "weaponry", "weapons"];

/// Words before a count that qualify it ("some 12,000 troops"), kept with it.
const COUNT_QUALIFIERS: &[&str] = &[
    "over",
    "about",
    "some",
    "nearly",
    "around",
    "approximately",
    "almost",
    "roughly",
    "estimated",
];

/// The last token of what the number at `k` counts: people ("3,000 servicemen and officers") or
/// equipment ("60 aircraft", "300 pieces of military equipment").
fn counted(t: &Tokens, k: usize, hi: usize) -> Option<usize> {
    let w = t.str(k);
    if t.toks[k].kind != TokKind::Number || is_year(w) || is_ordinal(w) {
        return None;
    }
    let equipment = |i: usize| EQUIPMENT.iter().any(|x| t.eq(i, x));
    let mut e = k + 1;
    while e < hi
        && e < k + 3
        && t.toks[e].is_word()
        && !t.toks[e].cap
        && !equipment(e)
        && !EQUIPMENT_UNITS.iter().any(|x| t.eq(e, x))
        && !(t.toks[e].is(PERSONNEL)
            && !(t.eq(e, "military")
                && (equipment(e + 1) || t.toks.get(e + 1).is_some_and(|x| x.is(PERSONNEL)))))
    {
        e += 1;
    }
    if e >= hi {
        return None;
    }
    if equipment(e) {
        return Some(e);
    }
    if EQUIPMENT_UNITS.iter().any(|x| t.eq(e, x)) && t.eq(e + 1, "of") {
        return (e + 2..(e + 4).min(hi)).find(|&x| EQUIPMENT_MASS.iter().any(|m| t.eq(x, m)));
    }
    // "4 Military Police battalions": a capitalized personnel word opening a unit's name.
    let unit_name = t.toks[e].cap
        && (e + 1..(e + 3).min(hi)).any(|x| t.toks[x].cap && t.toks[x].is(UNIT_HEAD | PLACE_HEAD));
    if !t.toks[e].is(PERSONNEL) || unit_name {
        return None;
    }
    if t.eq(e + 1, "and") && t.toks.get(e + 2).is_some_and(|x| x.is(PERSONNEL)) {
        e += 2;
    }
    Some(e)
}

/// Where a count at `k` starts with what qualifies it: "between 1,200 and 1,500", "300 to 400", "more
/// than", "up to", "at least", "a total of", "some".
fn count_start(t: &Tokens, k: usize) -> usize {
    let mut a = k;
    if a >= 3
        && t.eq(a - 1, "and")
        && t.toks[a - 2].kind == TokKind::Number
        && t.eq(a - 3, "between")
    {
        return a - 3;
    } else if a >= 2 && t.eq(a - 1, "to") && t.toks[a - 2].kind == TokKind::Number {
        a -= 2;
        if a >= 1 && t.eq(a - 1, "from") {
            a -= 1;
        }
    }
    let than = a >= 2
        && t.eq(a - 1, "than")
        && (t.eq(a - 2, "more") || t.eq(a - 2, "fewer") || t.eq(a - 2, "less"));
    let two = |x: &str, y: &str| a >= 2 && t.eq(a - 2, x) && t.eq(a - 1, y);
    if than || two("up", "to") || two("at", "least") {
        a -= 2;
    } else if a >= 3 && t.eq(a - 3, "a") && t.eq(a - 2, "total") && t.eq(a - 1, "of") {
        a -= 3;
    } else if a >= 1 && COUNT_QUALIFIERS.iter().any(|q| t.eq(a - 1, q)) {
        a -= 1;
    }
    a
}

/// The first count of participants in tokens lo..hi with the counts listed after it: "some 12,000
/// troops, 300 tanks and 60 aircraft". Token span.
pub fn participants(t: &Tokens, lo: usize, hi: usize) -> Option<(usize, usize)> {
    // Every count starts at a number: other tokens are passed over by their kind.
    let (k, mut e) = (lo..hi)
        .filter(|&k| t.toks[k].kind == TokKind::Number)
        .find_map(|k| counted(t, k, hi).map(|e| (k, e)))?;
    let a = count_start(t, k);
    // A count listed after: ", 300 tanks", "and 60 aircraft", ", and 15 ships", "as well as 40 ships".
    loop {
        let mut n = e + 1;
        if t.punct(n, ',') {
            n += 1;
        }
        if t.eq(n, "and") {
            n += 1;
        } else if t.eq(n, "as") && t.eq(n + 1, "well") && t.eq(n + 2, "as") {
            n += 3;
        }
        let q = if n < hi && COUNT_QUALIFIERS.iter().any(|w| t.eq(n, w)) {
            n + 1
        } else {
            n
        };
        match (n > e + 1 && q < hi).then(|| counted(t, q, hi)).flatten() {
            Some(next) => e = next,
            None => break,
        }
    }
    Some((a.max(lo), e))
}

/// The first letters of [`COUNTRY_CUES`] and of "the" (see [`initials_of`]).
const COUNTRY_CUE_INITIALS: u32 = initials_of(COUNTRY_CUES) | initials_of(&["the"]);

/// Words before a list of the countries taking part: "troops from A and B", "involving A", "between A
/// and B".
const COUNTRY_CUES: &[&str] = &[
    "from",
    "involving",
    "including",
    "with",
    "between",
    "among",
    "by",
];

/// The country named at `k` ("Vostria", "the United States", "U.S.", "South Korea"), canonical, and its
/// last token.
fn country_at(t: &Tokens, k: usize, hi: usize) -> Option<(usize, String)> {
    let k = if t.eq(k, "the") { k + 1 } else { k };
    if k >= hi || !t.toks[k].cap || !t.toks[k].is_word() {
        return None;
    }
    if k + 1 < hi && t.toks[k + 1].cap && t.toks[k + 1].is_word() {
        // "United States": the two words looked up as one, spelled in a buffer on the stack.
        let (x, y) = (t.str(k).as_bytes(), t.str(k + 1).as_bytes());
        let mut buf = [0u8; 48];
        let n = x.len() + 1 + y.len();
        if n <= buf.len() {
            buf[..x.len()].copy_from_slice(x);
            buf[x.len()] = b' ';
            buf[x.len() + 1..n].copy_from_slice(y);
            if let Some(c) = std::str::from_utf8(&buf[..n])
                .ok()
                .and_then(lexicon::country_of)
            {
                return Some((k + 1, c.to_string()));
            }
        }
        // "South Korea": a country of a compass word and a name, as written.
        if (t.eq(k, "south") || t.eq(k, "north")) && t.toks[k + 1].is(COUNTRY) {
            return Some((k + 1, t.joined(k, k + 1)));
        }
    }
    if t.toks[k].is(COUNTRY) {
        return lexicon::country_of(t.str(k)).map(|c| (k, c.to_string()));
    }
    None
}

/// The countries of a list from `k`: "Vostria, Kestrelia and the United States".
fn country_list(t: &Tokens, k: usize, hi: usize, out: &mut Vec<String>) -> usize {
    let mut k = k;
    let mut end = k;
    while let Some((e, c)) = country_at(t, k, hi) {
        out.push(c);
        end = e;
        let mut n = e + 1;
        if t.punct(n, ',') {
            n += 1;
        }
        if t.eq(n, "and") {
            n += 1;
        }
        if n == e + 1 {
            break;
        }
        k = n;
    }
    end
}

/// Countries taking part named in tokens lo..hi: after a cue ("with troops from Vostria, Kestrelia and
/// Norland", "involving Vostria and Kestrelia") or as nationalities before a word for troops ("Vostrian
/// and Kestrelian servicemen").
pub fn countries(t: &Tokens, lo: usize, hi: usize) -> Vec<String> {
    let mut out = Vec::new();
    let mut k = lo;
    while k < hi {
        // A word in lower case opens nothing here but a cue or the "the" of a country's name: most
        // tokens are passed over at once.
        if !t.toks[k].cap
            && !(starts_as(t.str(k), COUNTRY_CUE_INITIALS)
                && (t.eq(k, "the") || COUNTRY_CUES.iter().any(|w| t.eq(k, w))))
        {
            k += 1;
            continue;
        }
        if COUNTRY_CUES.iter().any(|w| t.eq(k, w))
            && !reported_from(t, k, lo)
            && !ties_between(t, k, lo)
            && cue_takes_part(t, k, lo)
        {
            let e = country_list(t, k + 1, hi, &mut out);
            k = e.max(k) + 1;
            continue;
        }
        if let Some(e) = nationalities(t, k, hi, &mut out) {
            k = e + 1;
            continue;
        }
        if country_at(t, k, hi).is_some() {
            // "Vostria and Kestrelia began the drills": countries holding the exercise.
            let mut list = Vec::new();
            let e = country_list(t, k, hi, &mut list);
            if list.len() >= 2 && holds_after(t, e + 1, hi) {
                out.extend(list);
            }
            k = e + 1;
            continue;
        }
        k += 1;
    }
    out.dedup();
    out
}

/// "reported from Vostria", "wrote from": where a journalist writes from takes no part.
fn reported_from(t: &Tokens, k: usize, lo: usize) -> bool {
    k > lo
        && t.eq(k, "from")
        && (t.toks[k - 1].is(SPEECH)
            || ["reported", "reporting", "wrote", "writing", "reports"]
                .iter()
                .any(|w| t.eq(k - 1, w)))
}

/// Verbs after the countries that hold an exercise: "Vostria and Kestrelia began", "… will hold".
const HOLDING: &[&str] = &[
    "began",
    "begin",
    "begins",
    "launched",
    "launch",
    "held",
    "hold",
    "holds",
    "kicked",
    "conducted",
    "conduct",
    "staged",
    "stage",
    "started",
    "start",
    "opened",
    "wrapped",
    "completed",
    "holding",
    "conducting",
    "staging",
    "launching",
    "begun",
    "participate",
    "participated",
    "participating",
    "participates",
];

/// Auxiliaries before a holding verb: "Vostria and Kestrelia will hold", "… were conducting".
const AUXILIARIES: &[&str] = &["will", "are", "have", "has", "were", "had", "is", "was"];

/// True when the words from `v` say the countries before them hold or take part in an exercise: a
/// holding verb, after an auxiliary or not ("will hold", "were conducting"), "took part", "joined" in the
/// past or present; not "have condemned", "were invited to observe", "will join next year", "joined as
/// observers" or "were holding their own talks".
fn holds_after(t: &Tokens, v: usize, hi: usize) -> bool {
    let future = t.eq(v, "will") || t.eq(v, "would");
    let v = if AUXILIARIES.iter().any(|w| t.eq(v, w)) || t.eq(v, "would") {
        v + 1
    } else {
        v
    };
    if v >= hi {
        return false;
    }
    let part = ["take", "took", "taking", "takes"]
        .iter()
        .any(|w| t.eq(v, w))
        && t.eq(v + 1, "part");
    let joined = ["joined", "joining", "joins", "join"]
        .iter()
        .any(|w| t.eq(v, w))
        && !future;
    let verb = HOLDING.iter().any(|w| t.eq(v, w)) || part || joined;
    let after = v + 1..(v + 4).min(hi);
    verb && !after
        .clone()
        .any(|x| OTHER_ACTIVITY.iter().any(|w| t.eq(x, w)) || reaction(t, x))
}

/// Words after a holding verb that make its object something else: "holding their own talks", "a rival
/// exercise".
const OTHER_ACTIVITY: &[&str] = &["own", "rival", "separate", "talks", "parallel"];

/// Beginnings of words for reacting to an exercise rather than taking part: "condemned", "criticism",
/// "concern", "observers", "declined", "invited", "watched".
const REACTIONS: &[&str] = &[
    "condemn", "critic", "concern", "observ", "declin", "invit", "protest", "denounc", "watch",
    "shadow", "monitor", "warn", "object",
];

/// True when the word at `x` reacts to an exercise ("condemned", "criticism", "observers").
fn reaction(t: &Tokens, x: usize) -> bool {
    let w = t.str(x);
    t.toks[x].is_word()
        && REACTIONS
            .iter()
            .any(|r| w.get(..r.len()).is_some_and(|p| p.eq_ignore_ascii_case(r)))
}

/// Words before "from" that make its countries ones taking part: "troops from", "personnel from".
const FROM_TAKING_PART: &[&str] = &[
    "personnel",
    "participants",
    "warships",
    "ships",
    "aircraft",
    "jets",
    "delegations",
    "militaries",
    "countries",
    "nations",
    "crews",
    "teams",
];

/// Participles before "by" that make its countries the ones holding an exercise: "conducted by".
const HELD_BY: &[&str] = &[
    "held",
    "conducted",
    "staged",
    "hosted",
    "organized",
    "organised",
    "led",
    "launched",
    "run",
    "out",
];

/// True when the cue at `k` lists countries taking part: "from" after a word for troops ("servicemen
/// from"), "by" after a holding participle ("conducted by") or a word for an exercise, and no cue after a
/// reaction ("criticism from", "condemned by", "concern among").
fn cue_takes_part(t: &Tokens, k: usize, lo: usize) -> bool {
    if (k.saturating_sub(4).max(lo)..k).any(|x| reaction(t, x)) {
        return false;
    }
    let prev = |words: &[&str]| k > lo && words.iter().any(|w| t.eq(k - 1, w));
    if t.eq(k, "from") {
        return prev(FORCES) || prev(FROM_TAKING_PART);
    }
    if t.eq(k, "by") {
        return prev(HELD_BY) || k > lo && t.toks[k - 1].is(EXERCISE) && !t.toks[k - 1].cap;
    }
    true
}

/// "cooperation between Vostria and Norland": "between" and "among" list the countries of an exercise
/// only right after a word for one ("joint drills between Vostria and Norland").
fn ties_between(t: &Tokens, k: usize, lo: usize) -> bool {
    let after_exercise =
        || (k.saturating_sub(3).max(lo)..k).any(|x| t.toks[x].is(EXERCISE) && !t.toks[x].cap);
    let between = (t.eq(k, "between") || t.eq(k, "among")) && !after_exercise();
    // "close to its border with Georgia", "relations with Vostria": the other side of a tie.
    let tie = t.eq(k, "with") && k > lo && TIES.iter().any(|w| t.eq(k - 1, w));
    between || tie
}

/// Nouns whose "with" names the other side of a border or a tie, not a partner in an exercise.
const TIES: &[&str] = &[
    "border",
    "borders",
    "frontier",
    "ties",
    "relations",
    "talks",
    "war",
    "conflict",
    "tensions",
    "dispute",
    "standoff",
];

/// Words for the forces of a country after its nationality: "Vostrian and Kestrelian troops".
const FORCES: &[&str] = &[
    "troops",
    "servicemen",
    "forces",
    "militaries",
    "armies",
    "navies",
    "soldiers",
    "sailors",
    "marines",
    "paratroopers",
    "contingents",
    "units",
];

/// Nationalities listed before a word for forces ("Vostrian, Kestrelian and Norlandic troops"): their
/// countries, and the list's last token.
fn nationalities(t: &Tokens, k: usize, hi: usize, out: &mut Vec<String>) -> Option<usize> {
    if !(t.toks[k].cap && t.toks[k].is(NATIONALITY)) {
        return None;
    }
    let mut found = Vec::new();
    let mut x = k;
    loop {
        if !(x < hi && t.toks[x].cap && t.toks[x].is(NATIONALITY | COUNTRY)) {
            return None;
        }
        found.push(lexicon::country_of(t.str(x))?.to_string());
        let mut n = x + 1;
        if t.punct(n, ',') {
            n += 1;
        }
        if t.eq(n, "and") {
            n += 1;
        }
        if n == x + 1 {
            break;
        }
        x = n;
    }
    (found.len() >= 2 && FORCES.iter().any(|w| t.eq(x + 1, w))).then(|| {
        out.extend(found);
        x + 1
    })
}

/// The country of the nationality or country word at `k` ("Russian", "Russia", "U.S.").
fn nation_at(t: &Tokens, k: usize) -> Option<String> {
    let tok = t.toks.get(k)?;
    if !(tok.cap && tok.is_word() && tok.is(NATIONALITY | COUNTRY)) {
        return None;
    }
    lexicon::country_of(t.str(k)).map(str::to_string)
}

/// Words of a national service's name after its nationality: "Indian Army", "Israeli Air Force".
const SERVICE_WORDS: &[&str] = &[
    "army", "navy", "air", "force", "forces", "armed", "marine", "corps",
];

/// The country of a national service whose possessive ends at `p` ("the Indian Army's Southern
/// Command", "the Pakistan Navy's"): a command of a country's army is that country's.
fn service_owner(t: &Tokens, p: usize) -> Option<String> {
    let mut k = p;
    while k > 0 && p - k < 3 && SERVICE_WORDS.iter().any(|w| t.eq(k - 1, w)) && t.toks[k - 1].cap {
        k -= 1;
    }
    if k == p || k == 0 || !t.same_sentence(k - 1, p) {
        return None;
    }
    nation_at(t, k - 1)
}

/// The country a unit's mention in tokens a..b (end exclusive) states: a nationality in its name ("the
/// Vostrian 5th Brigade" read as "Kazakh Peacekeeping Brigade"), a country's possessive or a nationality
/// right before it ("Russia's 201st base", "the Belarusian 120th brigade"), or "of" a country or its
/// forces after it ("the 25th brigade of the Kyrgyz Armed Forces", "the 4th Fleet of Russia").
fn stated_country(t: &Tokens, a: usize, b: usize) -> Option<String> {
    if let Some(c) = (a..b).find_map(|k| nation_at(t, k)) {
        return Some(c);
    }
    if a >= 2 && t.toks[a - 1].kind == TokKind::Possessive && t.same_sentence(a - 2, a) {
        if let Some((_, c)) = country_at(t, a - 2, a - 1) {
            return Some(c);
        }
        if let Some(c) = service_owner(t, a - 1) {
            return Some(c);
        }
    }
    if a >= 1 && t.same_sentence(a - 1, a) {
        if let Some(c) = nation_at(t, a - 1) {
            return Some(c);
        }
    }
    let mut j = b;
    if !(t.eq(j, "of") && t.same_sentence(a, j)) {
        return None;
    }
    j += 1;
    if t.eq(j, "the") {
        j += 1;
    }
    country_at(t, j, t.len())
        .map(|(_, c)| c)
        .or_else(|| nation_at(t, j))
}

/// The country of each unit the article states and the unit's own rules left without one. Not its
/// parent's: an article may place a unit under another country's command.
pub fn unit_countries(cx: &mut Ctx) {
    let t = &cx.t;
    let mut stated: Vec<(usize, String, Range<usize>)> = Vec::new();
    for (i, f) in cx.found.iter().enumerate() {
        if f.kind != Kind::Unit || f.attributes.iter().any(|a| a.0 == AttrKey::Country) {
            continue;
        }
        // The first mentions say it; a long article's hundredth repeat adds nothing.
        let found = f.mentions.iter().take(16).find_map(|m| {
            let (a, b) = tokens_of(t, m);
            (a < b)
                .then(|| stated_country(t, a, b))
                .flatten()
                .map(|c| (c, m.clone()))
        });
        if let Some((c, m)) = found {
            let passage = cx
                .article
                .sentence_at(m.start)
                .map_or(m, |s| cx.article.sentences[s].range());
            stated.push((i, c, passage));
        }
    }
    for (i, c, r) in stated {
        cx.found[i].attr(AttrKey::Country, c, r);
    }
}

/// Token range of a byte range.
pub fn tokens_of(t: &Tokens, r: &Range<usize>) -> (usize, usize) {
    let lo = t.toks.partition_point(|x| (x.start as usize) < r.start);
    let hi = t.toks.partition_point(|x| (x.end as usize) <= r.end);
    (lo, hi)
}

#[cfg(test)]
mod tests {
    use crate::entity::{AttrKey, Kind};

    /// The country of each unit of a snippet, by name.
    fn unit_countries(text: &str) -> Vec<(String, Vec<String>)> {
        testing::found(text, Kind::Unit)
            .iter()
            .map(|f| {
                let c = attr(f, AttrKey::Country)
                    .iter()
                    .map(|c| c.to_string())
                    .collect();
                (f.name.clone(), c)
            })
            .collect()
    }

    #[test]
    fn a_units_country_from_words_around_it() {
        for (text, country) in [
            (
                "Russia's 217th Military Base in Varzob held drills on Monday.",
                "Russia",
            ),
            (
                "The Belarusian 121st Mechanized Brigade crossed the river.",
                "Belarus",
            ),
            (
                "Servicemen of the 27th Mountain Brigade of the Kyrgyz Armed Forces took part.",
                "Kyrgyzstan",
            ),
            (
                "The Indian Army's Southern Command held drills near Velora.",
                "India",
            ),
            (
                "The Egyptian Air Force's Western Air Command sent two squadrons.",
                "Egypt",
            ),
        ] {
            let u = unit_countries(text);
            assert!(
                u.iter().any(|(_, c)| c == &[country.to_string()]),
                "{text}: {u:?}"
            );
        }
        // A parent's country is not its formation's: forces of one country may serve under another's.
        let u = unit_countries(
            "The 74th Motorized Rifle Brigade, part of the 41st Combined Arms Army of Russia, moved \
             north.",
        );
        assert_eq!(u[0].0, "74th Motorized Rifle Brigade");
        assert!(u[0].1.is_empty(), "{u:?}");
        // An alliance's possessive is no country.
        let u = unit_countries("NATO's 4th Multinational Battalion trained near Tarsk.");
        assert!(u.iter().all(|(_, c)| c.is_empty()), "{u:?}");
        // A service's possessive with no nationality before it names no country.
        let u = unit_countries("The Army's Southern Command held drills near Velora.");
        assert!(u.iter().all(|(_, c)| c.is_empty()), "{u:?}");
    }
    use crate::recognize::Found;
    use crate::recognize::testing::{self, attr};

    /// The one exercise of a snippet.
    fn exercise(text: &str) -> Found {
        let mut e = testing::found(text, Kind::Exercise);
        assert_eq!(e.len(), 1, "{e:?}");
        e.remove(0)
    }

    #[test]
    fn dates_with_days_ranges_and_qualifiers() {
        for (text, date) in [
            (
                "The Kestrel Shield-2026 exercise will be held from May 3 to 7 at the Tarvan range.",
                "May 3 to 7",
            ),
            (
                "Troops of both armies will take part in Granite Wall-2027 on 12–16 September.",
                "12–16 September",
            ),
            (
                "The Iron Steppe-2025 drills, held in late March, tested the new command posts.",
                "late March",
            ),
            (
                "Harbor Lance 2024 ran from July 29 to August 10, 2024, the navy said.",
                "July 29 to August 10, 2024",
            ),
            (
                "The Silent Warden-25 exercise lasted until September 20, the ministry said.",
                "until September 20",
            ),
        ] {
            assert_eq!(attr(&exercise(text), AttrKey::Date), [date], "{text}");
        }
    }

    #[test]
    fn an_exercise_begun_on_a_day_has_its_end_too() {
        let e = exercise(
            "The active phase of the Kobalt-2026 drills started on September 1 and will end on \
             September 7.",
        );
        assert_eq!(attr(&e, AttrKey::Date), ["September 1", "September 7"]);
    }

    #[test]
    fn countries_of_another_clause_hold_the_other_exercise() {
        let e = testing::found(
            "Mongolia held the Kestrel-2025 exercise in May, while Armenia and Georgia wrapped up \
             Harrow-2026 in June.",
            Kind::Exercise,
        );
        let by = |n: &str| e.iter().find(|f| f.name == n).unwrap();
        assert!(
            attr(by("Kestrel-2025"), AttrKey::Participant).is_empty(),
            "{e:?}"
        );
        assert_eq!(
            attr(by("Harrow-2026"), AttrKey::Participant),
            ["Armenia", "Georgia"]
        );
        assert_eq!(attr(by("Kestrel-2025"), AttrKey::Date), ["May"]);
        assert_eq!(attr(by("Harrow-2026"), AttrKey::Date), ["June"]);
    }

    #[test]
    fn a_weekday_is_read_against_the_articles_date() {
        // October 14, 2019 was a Monday.
        let text = "Title: Drills open near the border\nDate: October 14, 2019\n\nDORVAN, October 14. \
                    The Steppe Arrow-2019 exercise started at the Tarsk range on Monday, the press \
                    office said.\n\nThe drills will end on Friday with a live-fire exercise, officials \
                    said.\n\nThe drills were first held in the spring.";
        assert_eq!(
            attr(&exercise(text), AttrKey::Date),
            ["October 14, 2019", "October 18, 2019"]
        );
        // The day a statement was made is not the exercise's.
        let text = "Date: 2019-10-14 11:03\n\nThe Steppe Arrow-2019 exercise will be held in the \
                    autumn, the ministry said on Monday.";
        assert_eq!(attr(&exercise(text), AttrKey::Date), ["autumn"]);
    }

    #[test]
    fn a_weekday_takes_the_tense_of_its_own_verb() {
        // October 16, 2019 was a Wednesday.
        let date = "Date: 2019-10-16\n\n";
        let text = format!(
            "{date}The Steppe Arrow-2019 exercise, which officials say will be the largest ever, \
             began on Monday with 4,000 troops."
        );
        assert_eq!(attr(&exercise(&text), AttrKey::Date), ["October 14, 2019"]);
        let text = format!("{date}The Steppe Arrow-2019 exercise will begin on Friday near Tarsk.");
        assert_eq!(attr(&exercise(&text), AttrKey::Date), ["October 18, 2019"]);
        // A statement's day, with the speech verb further back in the clause.
        let text = format!(
            "{date}The defence ministry said in a statement on Tuesday that the Steppe Arrow-2019 \
             exercise had begun in the north."
        );
        assert!(attr(&exercise(&text), AttrKey::Date).is_empty());
    }

    #[test]
    fn seasons_and_yesterday() {
        let e = exercise("The Iron Steppe-2025 exercise was held in the spring near Tarsk.");
        assert_eq!(attr(&e, AttrKey::Date), ["spring"]);
        let e = exercise("Iron Steppe-2025, held in late autumn 2025, tested the reserves.");
        assert_eq!(attr(&e, AttrKey::Date), ["late autumn 2025"]);
        // October 15, 2024.
        let text =
            "Date: Tue, Oct 15, 2024\n\nThe navy yesterday staged the Iron Steppe-2024B drills.";
        assert_eq!(attr(&exercise(text), AttrKey::Date), ["October 14, 2024"]);
        for text in [
            "The Iron Steppe-2025 drills were larger than last spring's.",
            "Troops trained for Spring Storm-2025 in the spring of their second year, the ministry said \
             yesterday.",
        ] {
            let dates: Vec<String> = testing::found(text, Kind::Exercise)
                .iter()
                .flat_map(|f| attr(f, AttrKey::Date))
                .map(str::to_string)
                .collect();
            assert!(dates.iter().all(|d| d == "spring"), "{text}: {dates:?}");
        }
    }

    #[test]
    fn no_date_from_relative_words_or_a_bare_month() {
        for text in [
            "Last week the Borovan-2026 exercise ended at the Tarvan range.",
            "The Borovan-2026 exercise may be repeated, May Petrova wrote.",
            "MOSCOW, May 12. The Borovan-2026 exercise ended on Tuesday.",
        ] {
            assert!(attr(&exercise(text), AttrKey::Date).is_empty(), "{text}");
        }
    }

    #[test]
    fn places_of_seas_coasts_regions_and_countries() {
        let e = exercise(
            "The Sea Falcon-2026 naval drills were held in the Sea of Ostrava and off the coast of \
             Varnia.",
        );
        assert_eq!(
            attr(&e, AttrKey::Place),
            ["Sea of Ostrava", "coast of Varnia"]
        );
        let e = exercise("The Steppe Arrow-2025 exercise was held in the Tarsk region last week.");
        assert_eq!(attr(&e, AttrKey::Place), ["Tarsk region"]);
        let e = exercise("The Granite Wall-2027 exercise will be held in western Belarus.");
        assert_eq!(attr(&e, AttrKey::Place), ["western Belarus"]);
        let e = exercise("The Granite Wall-2027 exercise will be held in Belarus and Russia.");
        assert_eq!(attr(&e, AttrKey::Place), ["Belarus and Russia"]);
        let e = exercise("The Granite Wall-2027 drills took place in the Far East in September.");
        assert_eq!(attr(&e, AttrKey::Place), ["Far East"]);
        // A formation named from the compass is no place.
        let e =
            exercise("The Granite Wall-2027 drills were held in the Eastern Military District.");
        assert!(!attr(&e, AttrKey::Place).contains(&"Eastern Military District"));
        // Troops from a country took part there: the country is no place of the exercise.
        let e = exercise("Troops from Belarus took part in the Granite Wall-2027 exercise.");
        assert!(attr(&e, AttrKey::Place).is_empty(), "{e:?}");
    }

    #[test]
    fn counts_of_troops_and_equipment_listed_together() {
        for (text, count) in [
            (
                "Some 12,000 troops, 300 tanks and 60 aircraft took part in the Granite Wall-2027 \
                 exercise.",
                "Some 12,000 troops, 300 tanks and 60 aircraft",
            ),
            (
                "The Steppe Arrow-2025 drills involved 8,000 military personnel, 700 tanks and 30 \
                 aircraft.",
                "8,000 military personnel, 700 tanks and 30 aircraft",
            ),
            (
                "Up to 200,000 personnel will be involved in the Steppe Arrow-2025 drills.",
                "Up to 200,000 personnel",
            ),
            (
                "The Sea Falcon-2026 exercise involved over 60 aircraft and 15 ships.",
                "over 60 aircraft and 15 ships",
            ),
            (
                "The Sea Falcon-2026 exercise drew some 300 pieces of military equipment.",
                "some 300 pieces of military equipment",
            ),
        ] {
            assert_eq!(
                attr(&exercise(text), AttrKey::Participants),
                [count],
                "{text}"
            );
        }
        // A year and an ordinal number are no count.
        let e = exercise("The 2026 edition of Sea Falcon-2026 was run by the 4th Fleet's staff.");
        assert!(attr(&e, AttrKey::Participants).is_empty(), "{e:?}");
    }

    #[test]
    fn countries_that_react_to_an_exercise_take_no_part() {
        for text in [
            "The Granite Wall-2027 exercise in Armenia drew sharp criticism from Kazakhstan and Kyrgyzstan.",
            "The Granite Wall-2027 drills were condemned by Kazakhstan and Kyrgyzstan.",
            "Armenia launched the Granite Wall-2027 exercise. Kazakhstan and Kyrgyzstan have condemned \
             the drills as provocative.",
            "The Granite Wall-2027 naval exercise involved 40 ships. Kazakhstan and Kyrgyzstan were \
             invited to observe the drills but declined.",
            "The Granite Wall-2027 exercise, which Kazakhstan and Kyrgyzstan will join next year, ended \
             near Tarsk.",
            "Armenia staged the Granite Wall-2027 drills. Kazakhstan and Kyrgyzstan were holding their \
             own talks.",
        ] {
            let e = exercise(text);
            let p = attr(&e, AttrKey::Participant);
            assert!(
                !p.iter().any(|c| *c == "Kazakhstan" || *c == "Kyrgyzstan"),
                "{text}: {p:?}"
            );
        }
        let e = exercise(
            "Kazakhstan and Kyrgyzstan will hold the Granite Wall-2027 drills next month with troops \
             from Armenia.",
        );
        assert_eq!(
            attr(&e, AttrKey::Participant),
            ["Kazakhstan", "Kyrgyzstan", "Armenia"]
        );
    }

    #[test]
    fn countries_taking_part() {
        let e = exercise(
            "Around 1,200 servicemen from Kazakhstan, the United States and Kyrgyzstan are taking \
             part in the Steppe Arrow-2025 exercise.",
        );
        assert_eq!(
            attr(&e, AttrKey::Participant),
            ["Kazakhstan", "United States", "Kyrgyzstan"]
        );
        let e = exercise(
            "Japan, the United States and South Korea began their Granite Wall-2027 trilateral \
             exercise on Wednesday.",
        );
        assert_eq!(
            attr(&e, AttrKey::Participant),
            ["Japan", "United States", "South Korea"]
        );
        let e = exercise("Armenian and Russian troops opened the Granite Wall-2027 drills.");
        assert_eq!(attr(&e, AttrKey::Participant), ["Armenia", "Russia"]);
        let e = exercise(
            "The Granite Wall-2027 maneuvers were conducted by Russia close to its border with \
             Georgia.",
        );
        assert_eq!(attr(&e, AttrKey::Participant), ["Russia"]);
        // Countries of other ties take no part; one nationality and a country a journalist writes from
        // neither.
        let e = exercise(
            "Kazakhstan and Kyrgyzstan began the Granite Wall-2027 drills as concern grows over \
             cooperation between Armenia and Russia.",
        );
        assert_eq!(attr(&e, AttrKey::Participant), ["Kazakhstan", "Kyrgyzstan"]);
        let e = exercise(
            "Russian troops opened the Granite Wall-2027 drills, Ivan Sorokin reported from Armenia \
             for the Herald.",
        );
        assert!(attr(&e, AttrKey::Participant).is_empty(), "{e:?}");
    }
}
