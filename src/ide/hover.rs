//! Hover cards: who or what a name is according to the sources, where a quotation comes from, which
//! article a citation or a front-matter source names. Compact Markdown that any client renders.

use std::collections::BTreeSet;
use std::ops::Range;

use crate::entity::{ArticleId, AttrKey, Entity, Kind, Provenance};
use crate::index::Index;
use crate::matching::quote::locate_quotation_in;
use crate::matching::{DetailedMatch, MatchQuality};
use crate::note::Note;

use super::lookup::{self, escape_md};
use super::{Hover, completion, links};

/// At most this many aliases are listed; the rest are counted.
const MAX_ALIASES: usize = 6;

/// Mentions read for the spellings the sources print: an entity named thousands of times needs no more.
const MAX_MENTIONS_READ: usize = 200;

/// Longest attribute value shown in full (a scenario can be a whole sentence).
const MAX_VALUE: usize = 140;

pub(crate) fn hover(index: &Index, text: &str, offset: usize) -> Option<Hover> {
    if offset > text.len() {
        return None;
    }
    if let Some(h) = source_hover(index, text, offset) {
        return Some(h);
    }
    if let Some(h) = citation_hover(index, text, offset) {
        return Some(h);
    }
    if let Some(m) = lookup::detailed_at(index, text, offset) {
        let prefer = lookup::preferred_articles(index, text);
        let markdown = entity_card(index, text, &m, &prefer)?;
        return Some(Hover {
            range: m.range,
            markdown,
        });
    }
    quotation_hover(index, text, offset)
}

/// The card of the entity a mention names (the first candidate when the words may name several; the
/// others are listed).
pub(crate) fn entity_card(
    index: &Index,
    text: &str,
    m: &DetailedMatch,
    prefer: &[ArticleId],
) -> Option<String> {
    let e = lookup::entity(index, *m.entities.first()?)?;
    let mut blocks = vec![format!("**{}** · {}", escape_md(&e.name), e.kind.as_str())];
    if let Some(facts) = facts(e) {
        blocks.push(facts);
    }
    let others: Vec<String> = m.entities[1..]
        .iter()
        .filter_map(|id| lookup::entity(index, *id))
        .map(|o| format!("{} ({})", escape_md(&o.name), completion::detail(o)))
        .collect();
    if !others.is_empty() {
        blocks.push(format!("*Or perhaps:* {}", others.join("; ")));
    }
    let written = text.get(m.range.clone()).unwrap_or("");
    if m.quality == MatchQuality::Variant {
        let spelling = corrected(text, m).or_else(|| closest_source_spelling(index, e, written));
        if let Some(spelling) = spelling {
            blocks.push(format!(
                "Spelled **{}** in the sources (here: *{}*).",
                escape_md(&spelling),
                escape_md(&lookup::collapse_space(written))
            ));
        }
    }
    if let Some(aliases) = aliases_line(index, e) {
        blocks.push(aliases);
    }
    if let Some(note) = e
        .attr(AttrKey::Note)
        .find(|a| a.provenance == Provenance::Gazetteer)
    {
        blocks.push(format!("*Analyst's note:* {}", escape_md(&note.value)));
    }
    if let Some(quote) =
        lookup::introduction(index, e, prefer).and_then(|p| lookup::quote_card(index, &p))
    {
        blocks.push(quote);
    }
    blocks.push(mention_count(e));
    Some(blocks.join("\n\n"))
}

/// Rank and post; parent and base; or dates, place and participants: what the sources state about it.
fn facts(e: &Entity) -> Option<String> {
    let values = |key: AttrKey| -> Option<String> {
        let mut seen = BTreeSet::new();
        let list: Vec<String> = e
            .attr(key)
            .map(|a| shorten(&lookup::collapse_space(&a.value)))
            .filter(|v| !v.is_empty() && seen.insert(v.to_lowercase()))
            .collect();
        (!list.is_empty()).then(|| escape_md(&list.join(" / ")))
    };
    let line = |items: Vec<Option<String>>| {
        let items: Vec<String> = items.into_iter().flatten().collect();
        (!items.is_empty()).then(|| items.join(" · "))
    };
    match e.kind {
        Kind::Official => line(vec![
            values(AttrKey::Rank),
            values(AttrKey::Post),
            values(AttrKey::Country),
        ]),
        Kind::Unit => line(vec![
            values(AttrKey::PartOf).map(|v| format!("part of {v}")),
            values(AttrKey::BasedIn).map(|v| format!("based in {v}")),
            values(AttrKey::Country),
        ]),
        Kind::Exercise => {
            let rows: Vec<String> = [
                ("When", AttrKey::Date),
                ("Duration", AttrKey::Duration),
                ("Where", AttrKey::Place),
                ("Where", AttrKey::BasedIn),
                ("Participants", AttrKey::Participants),
                ("Taking part", AttrKey::Participant),
                ("Stages", AttrKey::Stages),
                ("Scenario", AttrKey::Scenario),
            ]
            .into_iter()
            .filter_map(|(label, key)| values(key).map(|v| format!("- {label}: {v}")))
            .collect();
            (!rows.is_empty()).then(|| rows.join("\n"))
        }
        Kind::Place | Kind::Organization | Kind::Outlet => {
            line(vec![values(AttrKey::BasedIn), values(AttrKey::Country)])
        }
    }
}

/// The written words with the matcher's corrections applied: the sources' spelling of exactly what was
/// written ("Kovalenko" for "Kowalenko", "Ivan Kovalenko" for "Ivan Kowalenko").
fn corrected(text: &str, m: &DetailedMatch) -> Option<String> {
    if m.corrections.is_empty() {
        return None;
    }
    let mut out = String::new();
    let mut at = m.range.start;
    for c in &m.corrections {
        out.push_str(text.get(at..c.range.start)?);
        out.push_str(&c.expected);
        at = c.range.end;
    }
    out.push_str(text.get(at..m.range.end)?);
    Some(lookup::collapse_space(&out))
}

/// A value cut to [`MAX_VALUE`] bytes at a word, with an ellipsis.
fn shorten(v: &str) -> String {
    if v.len() <= MAX_VALUE {
        return v.to_string();
    }
    let cut = lookup::floor_boundary(v, MAX_VALUE);
    let cut = v[..cut].rfind(' ').unwrap_or(cut);
    format!("{} …", &v[..cut])
}

/// The spelling the sources use that is closest to what the note wrote: among the canonical name, the
/// aliases and the words the articles actually print (a surname alone is compared with a surname).
fn closest_source_spelling(index: &Index, e: &Entity, written: &str) -> Option<String> {
    let written = lookup::collapse_space(written).to_lowercase();
    // Ties go to the earlier spelling: the canonical name, then aliases, then the articles' words.
    let mut best: Option<(f64, String)> = None;
    let names = std::iter::once(e.name.clone())
        .chain(e.aliases.iter().cloned())
        .chain(printed_spellings(index, e));
    for n in names {
        let score = strsim::normalized_levenshtein(&n.to_lowercase(), &written);
        if best.as_ref().is_none_or(|(b, _)| score > *b) {
            best = Some((score, n));
        }
    }
    best.map(|(_, n)| n)
}

/// The distinct ways the articles print an entity's name (whitespace made single spaces), from its first
/// mentions.
fn printed_spellings(index: &Index, e: &Entity) -> Vec<String> {
    let mut seen = BTreeSet::new();
    e.mentions
        .iter()
        .take(MAX_MENTIONS_READ)
        .filter_map(|m| lookup::article(index, m.article)?.text.get(m.range()))
        .map(lookup::collapse_space)
        .filter(|s| !s.is_empty() && seen.insert(s.clone()))
        .collect()
}

/// Other names and spellings: aliases, the analyst's aliases, and the ways the articles print the name.
fn aliases_line(index: &Index, e: &Entity) -> Option<String> {
    let mut seen = BTreeSet::from([e.name.to_lowercase()]);
    let printed = printed_spellings(index, e);
    let all: Vec<&String> = e
        .aliases
        .iter()
        .chain(&e.gazetteer_aliases)
        .chain(&printed)
        .filter(|a| seen.insert(a.to_lowercase()))
        .collect();
    if all.is_empty() {
        return None;
    }
    let shown: Vec<String> = all.iter().take(MAX_ALIASES).map(|a| escape_md(a)).collect();
    let more = all.len().saturating_sub(MAX_ALIASES);
    let more = if more > 0 {
        format!(" and {more} more")
    } else {
        String::new()
    };
    Some(format!("*Also:* {}{more}", shown.join(", ")))
}

fn mention_count(e: &Entity) -> String {
    let sources: BTreeSet<ArticleId> = e.mentions.iter().map(|m| m.article).collect();
    match (e.mentions.len(), sources.len()) {
        (0, _) => "Only in the gazetteer: no source mentions it.".to_string(),
        (n, s) => format!(
            "Mentioned {n} time{} in {s} source{}.",
            if n == 1 { "" } else { "s" },
            if s == 1 { "" } else { "s" }
        ),
    }
}

/// The card of a quotation: the source passage it reproduces (or comes closest to) and who said it.
fn quotation_hover(index: &Index, text: &str, offset: usize) -> Option<Hover> {
    let q = quotation_at(text, offset)?;
    let quoted = text.get(q.clone())?;
    if quoted.trim().is_empty() {
        return None;
    }
    let prefer = lookup::preferred_articles(index, text);
    let markdown = match locate_quotation_in(index, quoted, &prefer) {
        Some(found) => {
            let head = if found.exact {
                "**Quotation** · word for word in the sources"
            } else {
                "**Quotation** · the closest source passage (the words differ)"
            };
            let mut blocks = vec![head.to_string()];
            if let Some(who) = speaker(index, found.passage.article, &found.passage.range()) {
                blocks.push(format!("Said by **{}**.", escape_md(&who.name)));
            }
            blocks.extend(lookup::quote_card(index, &found.passage));
            blocks.join("\n\n")
        }
        None => "**Quotation** · no loaded source contains these words.".to_string(),
    };
    Some(Hover { range: q, markdown })
}

/// The quotation of a note (marks included) that holds `offset`; the range excludes the marks.
pub(crate) fn quotation_at(text: &str, offset: usize) -> Option<Range<usize>> {
    Note::parse(text).quotations.into_iter().find(|q| {
        let open = text[..q.start]
            .chars()
            .next_back()
            .map_or(0, char::len_utf8);
        let close = text[q.end..].chars().next().map_or(0, char::len_utf8);
        q.start - open <= offset && offset <= q.end + close
    })
}

/// The official the sources attribute a quotation at `range` to.
fn speaker<'a>(index: &'a Index, article: ArticleId, range: &Range<usize>) -> Option<&'a Entity> {
    index.entities.iter().find(|e| {
        e.attr(AttrKey::Quote).any(|a| match &a.provenance {
            Provenance::Source(p) => {
                p.article == article && p.range().start < range.end && range.start < p.range().end
            }
            Provenance::Gazetteer => false,
        })
    })
}

/// The card of a citation in a note: the article (or articles) carrying it, and the passage it closes.
fn citation_hover(index: &Index, text: &str, offset: usize) -> Option<Hover> {
    let (citation, i) = links::citation_part_at(text, offset)?;
    let part = citation.parts.get(i)?;
    let targets = links::cited_in(index, part);
    let mut blocks = vec![format!(
        "**Citation** · {}",
        escape_md(&lookup::collapse_space(&text[part.range.clone()]))
    )];
    match targets.first() {
        None => blocks.push("No loaded source carries this citation.".to_string()),
        Some((id, range)) => {
            let a = lookup::article(index, *id)?;
            let claim = links::claim_before(text, citation.range.start);
            let sentence = links::cited_sentence(a, range.clone(), claim)
                .unwrap_or_else(|| lookup::sentence_range(a, range.clone()));
            let until = sentence.end.min(range.start);
            if sentence.start < until {
                let passage = lookup::excerpt(a, sentence.start..until, sentence.start..until);
                blocks.push(format!(
                    "> {}",
                    escape_md(passage.trim_end_matches(['(', ' ']))
                ));
            }
            blocks.push(lookup::where_from(a, range.clone()));
            if targets.len() > 1 {
                let others: Vec<String> = targets[1..]
                    .iter()
                    .take(MAX_ALIASES)
                    .filter_map(|(id, _)| lookup::article(index, *id))
                    .map(|a| format!("`{}`", lookup::file_name(a)))
                    .collect();
                let more = targets.len() - 1 - others.len();
                let more = if more > 0 {
                    format!(" and {more} more")
                } else {
                    String::new()
                };
                blocks.push(format!("Also carried by {}{more}.", others.join(", ")));
            }
        }
    }
    Some(Hover {
        range: part.range.clone(),
        markdown: blocks.join("\n\n"),
    })
}

/// The card of a front-matter source: the article's title and what it is about.
fn source_hover(index: &Index, text: &str, offset: usize) -> Option<Hover> {
    let (written, range) = links::front_matter_sources(text)
        .into_iter()
        .find(|(_, r)| r.start <= offset && offset <= r.end)?;
    let Some(id) = links::resolve_source(index, &written, None) else {
        return Some(Hover {
            range,
            markdown: format!(
                "**Source** · `{}` is not among the loaded sources.",
                escape_md(&written)
            ),
        });
    };
    let a = lookup::article(index, id)?;
    let (title, file) = (a.title(), lookup::file_name(a));
    let mut blocks = vec![if title == file {
        format!("**Source** · `{file}`")
    } else {
        format!("**Source** · *{}* · `{file}`", escape_md(&title))
    }];
    if let Some(p) = a.header_value("Publication") {
        blocks.push(escape_md(p));
    }
    let named: Vec<String> = index
        .entities
        .iter()
        .filter(|e| matches!(e.kind, Kind::Official | Kind::Unit | Kind::Exercise))
        .filter(|e| e.mentions.iter().any(|m| m.article == id))
        .map(|e| escape_md(&e.name))
        .collect();
    if !named.is_empty() {
        blocks.push(format!("*Names:* {}", named.join(", ")));
    }
    Some(Hover {
        range,
        markdown: blocks.join("\n\n"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ide::fixture;
    use crate::matching::Correction;

    fn card(index: &Index, text: &str, words: &str) -> Hover {
        let at = text.find(words).expect("words in text") + 1;
        hover(index, text, at).expect("a card")
    }

    #[test]
    fn official_card_has_rank_post_aliases_passage_and_count() {
        let index = fixture::index();
        let note = "We met Koval in May.";
        let h = card(&index, note, "Koval");
        assert_eq!(&note[h.range.clone()], "Koval");
        let md = &h.markdown;
        assert!(md.starts_with("**Ivan Koval** · official\n\n"), "{md}");
        assert!(
            md.contains(
                "Lieutenant-General / General · commander of the Southern Military District"
            ),
            "{md}"
        );
        assert!(md.contains("*Also:* Koval, Ivan Kovall, Kovall"), "{md}");
        assert!(
            md.contains("> Lieutenant-General Ivan Koval, commander of the Southern"),
            "{md}"
        );
        assert!(md.contains("— (RIA Novosti, Rostov-on-Don, May 12) · *Drills in the South*, ¶1 · `ria-south.txt`"), "{md}");
        assert!(md.ends_with("Mentioned 4 times in 2 sources."), "{md}");
    }

    #[test]
    fn unit_and_exercise_cards_give_their_facts() {
        let index = fixture::index();
        let note = "The 19th Motorized Rifle Division led Caucasus-2009.";
        let unit = card(&index, note, "19th").markdown;
        assert!(unit.contains("part of 58th Army"), "{unit}");
        let ex = card(&index, note, "Caucasus").markdown;
        assert!(ex.starts_with("**Kavkaz-2009** · exercise"), "{ex}");
        assert!(ex.contains("- When: June 29\n- Where: Prudboi range\n- Participants: more than 8,500 servicemen"), "{ex}");
        assert!(ex.contains("*Also:* Caucasus-2009"), "{ex}");
    }

    #[test]
    fn a_variant_says_how_the_sources_spell_it() {
        let index = fixture::index();
        let koval = fixture::entity(&index, "Ivan Koval").id;
        let note = "Then Kovalov spoke.";
        let m = DetailedMatch {
            range: 5..12,
            entities: vec![koval],
            quality: MatchQuality::Variant,
            corrections: Vec::new(),
        };
        let md = entity_card(&index, note, &m, &[]).unwrap();
        assert!(
            md.contains("Spelled **Koval** in the sources (here: *Kovalov*)."),
            "{md}"
        );
        // The matcher's corrections, when it gives them, say exactly which letters differ.
        let corrected = DetailedMatch {
            corrections: vec![Correction {
                range: 5..12,
                expected: "Kovall".into(),
            }],
            ..m.clone()
        };
        let md = entity_card(&index, note, &corrected, &[]).unwrap();
        assert!(md.contains("Spelled **Kovall** in the sources"), "{md}");
        let exact = DetailedMatch {
            quality: MatchQuality::Exact,
            ..m
        };
        assert!(
            !entity_card(&index, note, &exact, &[])
                .unwrap()
                .contains("Spelled")
        );
    }

    #[test]
    fn the_notes_source_is_quoted_first() {
        let index = fixture::index();
        let note = "---\nsource: sources/itar-koval.txt\n---\nKoval showed the range.";
        let md = card(&index, note, "Koval showed").markdown;
        assert!(
            md.contains("He met General Ivan Kovall, who showed him the Prudboi range"),
            "{md}"
        );
        assert!(md.contains("`itar-koval.txt`"), "{md}");
    }

    #[test]
    fn quotation_card_points_at_the_passage() {
        let index = fixture::index();
        let note = "He said “Our units have never been better prepared” and left.";
        let h = card(&index, note, "units have");
        assert_eq!(
            &note[h.range.clone()],
            "Our units have never been better prepared"
        );
        assert!(
            h.markdown.starts_with("**Quotation** · word for word"),
            "{}",
            h.markdown
        );
        assert!(h.markdown.contains("`ria-south.txt`"), "{}", h.markdown);

        let made_up = "He said \"we shall never retreat\".";
        let h = card(&index, made_up, "shall");
        assert!(h.markdown.contains("no loaded source"), "{}", h.markdown);
    }

    #[test]
    fn citation_card_names_the_article() {
        let index = fixture::index();
        let note = "Koval spoke (RIA Novosti, May 12).";
        let h = card(&index, note, "Novosti");
        assert_eq!(&note[h.range.clone()], "RIA Novosti, May 12");
        assert!(
            h.markdown.starts_with("**Citation** · RIA Novosti, May 12"),
            "{}",
            h.markdown
        );
        assert!(
            h.markdown.contains("*Drills in the South*"),
            "{}",
            h.markdown
        );
        let h = card(&index, "As reported (Reuters, May 2).", "Reuters");
        assert!(h.markdown.contains("No loaded source"), "{}", h.markdown);
    }

    #[test]
    fn source_card_lists_what_the_article_names() {
        let index = fixture::index();
        let note = "---\nsources: [sources/itar-koval.txt, nowhere.txt]\n---\n";
        let md = card(&index, note, "itar").markdown;
        assert!(md.starts_with("**Source** · `itar-koval.txt`"), "{md}");
        assert!(
            md.contains("Ivan Koval") && md.contains("Anatoly Serdyukov"),
            "{md}"
        );
        let md = card(&index, note, "nowhere").markdown;
        assert!(md.contains("not among the loaded sources"), "{md}");
    }

    #[test]
    fn a_gazetteer_only_official_shows_the_analysts_entry() {
        let index = fixture::index();
        let note = "Colonel Volkov was there.";
        let md = card(&index, note, "Volkov").markdown;
        assert!(
            md.starts_with("**Pyotr Volkov** · official\n\nColonel"),
            "{md}"
        );
        assert!(
            md.contains("*Analyst's note:* Seen at the range in 2008"),
            "{md}"
        );
        assert!(
            md.ends_with("Only in the gazetteer: no source mentions it."),
            "{md}"
        );
        assert!(!md.contains("> "), "no source passage to quote: {md}");
    }

    #[test]
    fn words_naming_several_entities_list_the_others() {
        let index = fixture::index();
        let ids = |n: &str| fixture::entity(&index, n).id;
        let m = DetailedMatch {
            range: 0..5,
            entities: vec![ids("Ivan Koval"), ids("Oleg Marchenko")],
            quality: MatchQuality::Exact,
            corrections: Vec::new(),
        };
        let md = entity_card(&index, "Koval", &m, &[]).unwrap();
        assert!(md.starts_with("**Ivan Koval**"), "{md}");
        assert!(
            md.contains("*Or perhaps:* Oleg Marchenko (official · Major-General)"),
            "{md}"
        );
    }

    #[test]
    fn seed_official_card_quotes_the_introducing_sentence() {
        let index = fixture::seed();
        let note = fixture::SEED_NOTE;
        let h = card(&index, note, "Khayrulloyev, the");
        assert_eq!(&note[h.range.clone()], "Sherali Khayrulloyev");
        let md = &h.markdown;
        assert!(
            md.starts_with("**Sherali Khayrulloyev** · official"),
            "{md}"
        );
        assert!(md.contains("Colonel-General · defense minister"), "{md}");
        assert!(
            md.contains("> Colonel-General Sherali Khayrulloyev, Tajikistan’s defense minister, explained in Dushanbe on March 29"),
            "{md}"
        );
        assert!(
            md.contains("— (Interfax, Moscow, March 29) · ¶2 · `edm-3-65-tajik-military.txt`"),
            "{md}"
        );
        assert!(md.contains("Mentioned 5 times in 1 source."), "{md}");
    }

    #[test]
    fn seed_citation_card_quotes_the_sentence_the_claim_repeats() {
        let index = fixture::seed();
        let note = fixture::SEED_NOTE;
        let h = card(&index, note, "Interfax");
        assert_eq!(&note[h.range.clone()], "Interfax, Moscow, March 29");
        assert!(
            h.markdown
                .contains("> Colonel-General Sherali Khayrulloyev, Tajikistan’s defense minister"),
            "{}",
            h.markdown
        );
    }

    #[test]
    fn seed_variant_card_gives_the_sources_spelling() {
        let index = fixture::seed();
        let note = fixture::SEED_NOTE;
        let md = card(&index, note, "Khayruloev").markdown;
        assert!(
            md.contains("Spelled **Khayrulloyev** in the sources (here: *Khayruloev*)."),
            "{md}"
        );
        let md = card(&index, note, "Tirmizei").markdown;
        assert!(md.starts_with("**Shahid Tirmizey** · official"), "{md}");
        assert!(md.contains("Spelled **Shahid Tirmizey**"), "{md}");
        let md = card(&index, note, "Rakhmonov").markdown;
        assert!(
            md.starts_with("**Emomali Rahmonov** · official\n\nPresident"),
            "{md}"
        );
    }

    #[test]
    fn seed_exercise_and_quotation_cards() {
        let index = fixture::seed();
        let note = fixture::SEED_NOTE;
        let md = card(&index, note, "Masnad").markdown;
        assert!(md.starts_with("**Masnad-2006** · exercise"), "{md}");
        assert!(
            md.contains("- Participants: more than 3,000 servicemen and officers"),
            "{md}"
        );
        assert!(md.contains("Position-2006"), "{md}");
        assert!(md.contains("(Asia-Plus News, March 28)"), "{md}");
        let md = card(&index, note, "standards").markdown;
        assert!(md.starts_with("**Quotation** · word for word"), "{md}");
        assert!(md.contains("Said by **Sherali Khayrulloyev**."), "{md}");
    }

    #[test]
    fn long_values_are_cut_at_a_word() {
        let long = "the scenario rehearsed a response ".repeat(10);
        let short = shorten(&long);
        assert!(
            short.len() <= MAX_VALUE + 4 && short.ends_with(" …"),
            "{short}"
        );
        assert!(long.starts_with(short.trim_end_matches(" …")));
        assert_eq!(shorten("three"), "three");
    }

    #[test]
    fn nothing_under_the_cursor_no_card() {
        let index = fixture::index();
        let note = "Nothing here. Koval’s men";
        assert!(hover(&index, note, 2).is_none());
        assert!(hover(&index, note, note.len() + 1).is_none());
        // Inside a multi-byte character: no panic.
        let curly = note.find('’').unwrap() + 1;
        let _ = hover(&index, note, curly);
    }
}
