//! Units across articles: the keys their names link on, and the bare acronyms an article uses for a
//! unit another article introduced ("the SSG returned" after "the Special Service Group (SSG)").

use std::collections::HashMap;
use std::ops::Range;

use crate::corpus::Article;
use crate::entity::{Entity, EntityId, Kind};
use crate::recognize::translit;

/// An acronym distinctive enough to find by its spelling alone: three or more capitals, perhaps with
/// digits or hyphens ("SSG", "MNB-LVA", "AFRICOM"), and no lower case.
fn acronym(s: &str) -> bool {
    s.bytes().filter(u8::is_ascii_uppercase).count() >= 3
        && s.bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'-')
}

/// An organization known only by an acronym no article spells out ("the SSG returned"): an article
/// that uses a unit's acronym bare reads as one of these before the corpus is seen whole.
fn bare_acronym_org(e: &Entity) -> bool {
    e.kind == Kind::Organization && e.aliases.is_empty() && acronym(&e.name)
}

/// Adds the mentions of units' acronyms in articles that use them bare, and gives a unit the mentions of
/// an organization known only by its acronym. An acronym that names anything else in the corpus (an
/// organization spelled out, another unit) is left alone: which one is meant is unknown.
pub fn add_acronym_mentions(articles: &[Article], entities: &mut Vec<Entity>) {
    let mut by_name: HashMap<&str, Option<usize>> = HashMap::new();
    for (i, e) in entities.iter().enumerate() {
        if bare_acronym_org(e) {
            continue;
        }
        for n in std::iter::once(&e.name).chain(&e.aliases) {
            if !acronym(n) {
                continue;
            }
            let owner = (e.kind == Kind::Unit).then_some(i);
            let slot = by_name.entry(n.as_str()).or_insert(owner);
            if *slot != owner {
                *slot = None;
            }
        }
    }
    let mut owners: Vec<(String, usize)> = by_name
        .into_iter()
        .filter_map(|(n, o)| Some((n.to_string(), o?)))
        .collect();
    owners.sort_unstable();
    // Organizations that are a unit's acronym go to the unit.
    let mut absorbed = Vec::new();
    for (i, e) in entities.iter().enumerate() {
        if bare_acronym_org(e)
            && let Ok(o) = owners.binary_search_by(|(n, _)| n.as_str().cmp(e.name.as_str()))
        {
            absorbed.push((i, owners[o].1));
        }
    }
    for &(i, owner) in &absorbed {
        let mentions = std::mem::take(&mut entities[i].mentions);
        entities[owner].mentions.extend(mentions);
    }
    if !absorbed.is_empty() {
        // One pass, however many go: each removal alone would move every entity after it.
        let mut gone = vec![false; entities.len()];
        for &(i, _) in &absorbed {
            gone[i] = true;
        }
        let mut at = 0;
        entities.retain(|_| {
            at += 1;
            !gone[at - 1]
        });
        for (i, e) in entities.iter_mut().enumerate() {
            e.id = EntityId(i as u32);
        }
        // Owners' positions moved with the removals.
        return add_acronym_mentions(articles, entities);
    }
    super::bare::add_mentions(articles, entities, &owners, whole_word);
}

/// True when `r` is not part of a longer word or code in `text`.
fn whole_word(text: &str, r: &Range<usize>) -> bool {
    let code = |c: char| c.is_alphanumeric() || c == '-';
    !text[..r.start].ends_with(code) && !text[r.end..].starts_with(code)
}

/// "Military Region 4", "Brigade 70", "Task Force 51": a designation whose number follows its head, written
/// number first ("4 Military Region") so that it compares with "4th Military Region" of another article.
/// A base keeps its order: "Air Base 201" in Niger is no "201st Military Base" elsewhere, and bases join
/// bases of their number freely.
pub fn number_first(name: &str) -> std::borrow::Cow<'_, str> {
    if let Some((rest, n)) = name.rsplit_once(' ')
        && !rest.ends_with(" Base")
        && !n.is_empty()
        && n.len() <= 4
        && n.bytes().all(|b| b.is_ascii_digit())
        && !rest.starts_with(|c: char| c.is_ascii_digit())
    {
        return format!("{n} {rest}").into();
    }
    name.into()
}

/// A numbered unit's name in the form its number and head compare in: number first, and an army's
/// region called its area ("2nd Army Region" → "2nd Army Area"), as `unit_key` also reads them.
pub fn designation(name: &str) -> std::borrow::Cow<'_, str> {
    let name = number_first(name);
    match name.strip_suffix(" Army Region") {
        Some(army) => format!("{army} Army Area").into(),
        None => name,
    }
}

/// The key of a unit's name, in American spelling: "Eastern Theatre Command" and "Eastern Theater
/// Command" are one command. The spelling key writes doubled letters once, digits too; the unit's
/// number is kept whole after it, so that the "4th Army Corps" of one country never becomes the "44th
/// Army Corps" of another. "MD" is the usual abbreviation of "Military District". A spelled-out ordinal
/// that leads the name is its numeral: the "Ninth Armored Division" is the "9th Armoured Division".
pub fn unit_key(name: &str) -> String {
    let numbered = leading_ordinal(name);
    let name = numbered.as_deref().unwrap_or(name);
    let expanded;
    let spelled = if let Some(place) = name.strip_suffix(" MD") {
        expanded = format!("{place} Military District");
        expanded.as_str()
    } else if let Some(army) = name.strip_suffix(" Army Region") {
        // "Army Region" and "Army Area" translate one term: the "2nd Army Region" is the "Second Army Area".
        expanded = format!("{army} Army Area");
        expanded.as_str()
    } else {
        name
    };
    let mut key = translit::american(&translit::key(spelled));
    if arabic_named(name) {
        key = key.replace('e', "i").replace('o', "u");
    }
    if name.bytes().any(|b| b.is_ascii_digit()) {
        key.push('#');
        key.extend(name.chars().filter(char::is_ascii_digit));
    }
    key
}

/// A unit named for a figure of Arabic history ("Tariq Bin Ziyad Brigade", "Omar Ibn al-Khattab
/// Battalion", "Abu Bakr Brigade"): outlets write its short vowels with either letter (Tariq / Tareq, Omar
/// / Umar), so its key reads "e" as "i" and "o" as "u". Other names keep their vowels.
fn arabic_named(name: &str) -> bool {
    name.split(' ').any(|w| {
        ["Bin", "bin", "Ibn", "ibn", "Abu", "Abou"].contains(&w)
            || w.starts_with("al-") && w.len() > 4
    })
}

/// "Ninth Armored Division" written "9th Armored Division"; `None` when no ordinal word leads a name of
/// more than one word.
fn leading_ordinal(name: &str) -> Option<String> {
    let (first, rest) = name.split_once(' ')?;
    let n = crate::recognize::lexicon::ordinal_word(first)?;
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    Some(format!("{n}{suffix} {rest}"))
}

#[cfg(test)]
mod tests {
    use super::{acronym, unit_key, whole_word};

    #[test]
    fn an_acronym_introduced_in_one_article_is_the_unit_in_another() {
        use crate::corpus::Article;
        use crate::entity::Kind;
        use crate::gazetteer::Gazetteer;
        use crate::index::Index;
        let articles = [
            "Commandos of the Special Service Group (SSG) of Pakistan trained in Baku.",
            "The SSG returned from Baku on Monday, and the NSSG stayed.",
        ]
        .iter()
        .enumerate()
        .map(|(i, t)| Article::parse(format!("a{i}.txt"), t.to_string()))
        .collect();
        let g = Gazetteer::parse(std::path::Path::new("e.toml"), "").unwrap();
        let ix = Index::build(articles, &g);
        let ssg: Vec<_> = ix
            .entities
            .iter()
            .filter(|e| e.kind == Kind::Unit && e.aliases.iter().any(|a| a == "SSG"))
            .collect();
        assert_eq!(ssg.len(), 1, "{:?}", ix.entities);
        let in_second: Vec<(usize, usize)> = ssg[0]
            .mentions
            .iter()
            .filter(|m| m.article.0 == 1)
            .map(|m| (m.range().start, m.range().end))
            .collect();
        assert_eq!(in_second, [(4, 7)], "{:?}", ssg[0]);
    }

    /// The unit entities of an index built from `texts`, as sorted lists of the articles each is in.
    fn unit_articles(texts: &[&str]) -> Vec<(String, Vec<u32>)> {
        use crate::corpus::Article;
        use crate::entity::Kind;
        use crate::gazetteer::Gazetteer;
        use crate::index::Index;
        let articles = texts
            .iter()
            .enumerate()
            .map(|(i, t)| Article::parse(format!("a{i}.txt"), t.to_string()))
            .collect();
        let g = Gazetteer::parse(std::path::Path::new("e.toml"), "").unwrap();
        let ix = Index::build(articles, &g);
        let mut out: Vec<(String, Vec<u32>)> = ix
            .entities
            .iter()
            .filter(|e| e.kind == Kind::Unit)
            .map(|e| {
                let mut a: Vec<u32> = e.mentions.iter().map(|m| m.article.0).collect();
                a.dedup();
                (e.name.clone(), a)
            })
            .collect();
        out.sort();
        out
    }

    #[test]
    fn a_head_before_its_number_links_with_the_ordinal_and_countries_keep_units_apart() {
        let u = unit_articles(&[
            "Peru’s Fifth Military Region was placed on alert on Monday.",
            "Units from Military Region 5 moved to the border on Monday.",
        ]);
        assert_eq!(u, [("Fifth Military Region".to_string(), vec![0, 1])]);
        // With no country on either side, a shortened name is not another article's longer one.
        let u = unit_articles(&[
            "Soldiers of the 7th Division trained near the river.",
            "The commander of the 7th Armoured Division spoke.",
        ]);
        assert_eq!(u.len(), 2, "{u:?}");
        // In one article the shortened name is the same unit, and spellings of one type agree.
        let u = unit_articles(&[
            "The 7th Armoured Division advanced. Later the 7th Division halted.",
            "The Seventh Armored Division halted near the river.",
        ]);
        assert_eq!(u.len(), 1, "{u:?}");
        assert_eq!(u[0].1, [0, 1], "{u:?}");
        // A region of no stated country that two countries have stays apart from both.
        let u = unit_articles(&[
            "Peru’s Fifth Military Region was placed on alert.",
            "Chile’s 5th Military Region held a drill.",
            "The drill was held in the 5th Military Region last year.",
        ]);
        assert_eq!(u.len(), 3, "{u:?}");
    }

    #[test]
    fn acronyms_and_whole_words() {
        assert!(acronym("SSG") && acronym("MNB-LVA") && acronym("AFRICOM"));
        assert!(!acronym("EU") && !acronym("LenMD") && !acronym("Kostrad"));
        let text = "The SSG left; SSGs and NSSG stayed; SSG-2 too.";
        let at = |s: usize| whole_word(text, &(s..s + 3));
        assert!(at(4));
        assert!(!at(14));
        assert!(!at(24));
        assert!(!at(36));
    }

    #[test]
    fn a_number_after_the_head_comes_first() {
        use super::number_first;
        assert_eq!(number_first("Military Region 4"), "4 Military Region");
        assert_eq!(number_first("Task Force 51"), "51 Task Force");
        assert_eq!(number_first("4th Military Region"), "4th Military Region");
        assert_eq!(number_first("Danab Brigade"), "Danab Brigade");
        assert_eq!(number_first("Brigade"), "Brigade");
        assert_eq!(number_first("Air Base 101"), "Air Base 101");
        assert_eq!(super::designation("2nd Army Region"), "2nd Army Area");
        assert_eq!(super::designation("Army Region 2"), "2 Army Area");
    }

    #[test]
    fn numbers_that_differ_give_keys_that_differ() {
        assert_ne!(unit_key("4th Army Corps"), unit_key("44th Army Corps"));
        assert_ne!(unit_key("11th Brigade"), unit_key("1st Brigade"));
        assert_eq!(unit_key("Volga MD"), unit_key("Volga Military District"));
        assert_eq!(unit_key("44th Army Corps"), unit_key("44th army corps"));
        assert_eq!(
            unit_key("1st Armoured Division"),
            unit_key("1st Armored Division")
        );
    }

    #[test]
    fn a_spelled_out_ordinal_is_the_units_number() {
        assert_eq!(
            unit_key("Ninth Armored Division"),
            unit_key("9th Armoured Division")
        );
        assert_eq!(unit_key("Twelfth Fleet"), unit_key("12th Fleet"));
        assert_eq!(
            unit_key("Khalid Bin Walid Brigade"),
            unit_key("Khaled Bin Walid Brigade")
        );
        assert_eq!(
            unit_key("Omar Ibn al-Khattab Battalion"),
            unit_key("Umar Ibn al-Khattab Battalion")
        );
        // Other consonants, or a name of no Arabic figure, keep units apart.
        assert_ne!(
            unit_key("Khalid Bin Walid Brigade"),
            unit_key("Khalid Bin Zayed Brigade")
        );
        assert_ne!(unit_key("Selim Brigade"), unit_key("Silim Brigade"));
        assert_ne!(unit_key("Reserve Brigade"), unit_key("Risirvi Brigade"));
        assert_eq!(unit_key("Third Brigade"), unit_key("3rd Brigade"));
        assert_ne!(
            unit_key("Ninth Armored Division"),
            unit_key("8th Armored Division")
        );
        assert_ne!(unit_key("Ninth"), unit_key("9th"));
        assert_eq!(unit_key("First Brigade"), unit_key("1st Brigade"));
        assert_eq!(unit_key("2nd Army Region"), unit_key("Second Army Area"));
        assert_ne!(unit_key("2nd Army Region"), unit_key("2nd Military Region"));
    }
}
