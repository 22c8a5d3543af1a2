//! The index: every entity of every source article, linked across articles, merged with the gazetteer, and
//! a matcher to find them in any text.
//!
//! Linking: outlets spell one person several ways (Shoigu, Shoygu) and call one formation by several
//! names (the 102nd Motorized Rifle Division, the 102nd military base). What one article recognized is
//! grouped with what others recognized when their transliteration keys agree and the context does not
//! contradict it (same first name; same number and a compatible type and nationality).

use std::collections::HashMap;
use std::ops::Range;

use aho_corasick::{AhoCorasickBuilder, MatchKind};

use crate::corpus::Article;
use crate::entity::{
    ArticleId, AttrKey, Attribute, Entity, EntityId, Kind, Mention, Passage, Provenance,
};
use crate::gazetteer::Gazetteer;
use crate::matching::Matcher;
use crate::recognize::lexicon::FastMap;
use crate::recognize::{self, coref, translit};

mod bare;
mod cache;
mod item;
mod namesakes;
mod nicknames;
mod own_words;
mod people;
mod propagate;
mod series;
mod snapshot;
#[cfg(test)]
mod testing;
mod trim;
mod unaccented;
mod units;
pub use cache::{Cache, CacheStats};
use item::{Interner, Item, Loose, Name, Recognized};
use people::Person;

/// Articles recognized per parallel batch: enough to keep every core busy, few enough that one batch's
/// results are a small part of the whole.
const BATCH: usize = 256;

/// The items of every article, in article order: what `cached` hands back for an article, else what
/// recognizing it (in parallel) finds, made compact as soon as it is found so that recognition's owned
/// strings never pile up. Batches are appended to one list as they finish, so that no list per article
/// stands beside it. Also says which articles came from `cached`.
fn recognize_into(
    articles: &[Article],
    names: &mut Interner,
    mut cached: impl FnMut(usize) -> Option<Vec<Loose>>,
) -> (Recognized, Vec<bool>) {
    use rayon::prelude::*;
    let shared = std::sync::Mutex::new(std::mem::take(names));
    let mut out = Recognized::default();
    let mut hits = Vec::with_capacity(articles.len());
    for (b, batch) in articles.chunks(BATCH).enumerate() {
        let reused: Vec<Option<Vec<Loose>>> =
            (0..batch.len()).map(|k| cached(b * BATCH + k)).collect();
        let fresh: Vec<Option<Vec<Loose>>> = batch
            .par_iter()
            .zip(reused.par_iter())
            .map(|(a, r)| {
                r.is_none().then(|| {
                    let mut found = recognize_guarded(a);
                    units::add_based_aliases(&a.text, &mut found);
                    // A poisoned lock only means another article's conversion panicked; the table is
                    // sound.
                    let mut names = shared.lock().unwrap_or_else(|e| e.into_inner());
                    names.items(found)
                })
            })
            .collect();
        for (r, f) in reused.into_iter().zip(fresh) {
            hits.push(r.is_some());
            out.push(r.or(f).unwrap_or_default());
        }
    }
    out.finish(shared.into_inner().unwrap_or_else(|e| e.into_inner()));
    (out, hits)
}

/// What recognition finds in one article; nothing, with an error logged, if it panics: a fault that one
/// odd article trips must cost that article's entities, never the whole index or the server.
fn recognize_guarded(a: &Article) -> Vec<recognize::Found> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| recognize::recognize(a)))
        .unwrap_or_else(|_| {
            tracing::error!(
                "recognition failed on {}; its entities are left out",
                a.path.display()
            );
            Vec::new()
        })
}

/// Everything the sources say, ready to answer lookups. Immutable once built: the server swaps in a new one
/// when sources change.
#[derive(Debug)]
pub struct Index {
    pub articles: Vec<Article>,
    pub entities: Vec<Entity>,
    /// Built on first use: listing or exporting entities never matches names in other text, and the
    /// automaton over every name costs as much as linking.
    matcher: std::sync::OnceLock<Matcher>,
    /// Article of each path as built: editor features look articles up by path on every request, and a
    /// scan of 100,000 paths would cost milliseconds.
    by_path: HashMap<std::path::PathBuf, ArticleId>,
    /// What checking notes reads from the sources, filled on first use and kept as long as the index.
    source_cache: crate::check::cache::SourceCache,
    cache_stats: CacheStats,
}

impl Index {
    /// Recognizes every article (in parallel), links what names one entity across articles, and merges
    /// the gazetteer.
    pub fn build(articles: Vec<Article>, gazetteer: &Gazetteer) -> Index {
        Index::build_cached(articles, gazetteer, None)
    }

    /// [`Index::build`], reading what recognition found in unchanged sources from `cache` and writing
    /// back what changed. A cache that cannot be read or written costs time, never correctness.
    pub fn build_cached(
        articles: Vec<Article>,
        gazetteer: &Gazetteer,
        cache: Option<&Cache>,
    ) -> Index {
        let key = cache.and_then(|_| snapshot::key(&articles, gazetteer));
        if let (Some(c), Some(k)) = (cache, key)
            && let Some(entities) = snapshot::load(c, k, &articles)
        {
            tracing::info!(
                "index snapshot {}: {} sources, {} entities reused",
                c.dir().display(),
                articles.len(),
                entities.len()
            );
            let stats = CacheStats {
                reused: articles.len(),
                snapshot: true,
                ..CacheStats::default()
            };
            tracing::debug!(target: "dossier::index::phase", "snapshot read");
            return Index::finish(articles, entities, stats);
        }
        let mut names = Interner::default();
        let (found, cache_stats) = match cache {
            Some(c) => cache::recognize_all(&articles, c, &mut names),
            None => {
                let (found, _) = recognize_into(&articles, &mut names, |_| None);
                let stats = CacheStats {
                    recognized: articles.len(),
                    ..CacheStats::default()
                };
                (found, stats)
            }
        };
        drop(names);
        let items = found;
        tracing::debug!(target: "dossier::index::phase", "recognized");
        let groups = link(&items, &articles);
        tracing::debug!(target: "dossier::index::phase", "linked");
        let mut entities = assemble(items, groups);
        tracing::debug!(target: "dossier::index::phase", "assembled");
        propagate::add_untitled_officials(&articles, &mut entities);
        add_known_surnames(&articles, &mut entities);
        namesakes::settle(&articles, &mut entities);
        nicknames::add_mentions(&articles, &mut entities);
        unaccented::add_mentions(&articles, &mut entities);
        own_words::add_mentions(&articles, &mut entities);
        drop_emptied_places(&mut entities);
        tracing::debug!(target: "dossier::index::phase", "surnames added");
        series::add_series_mentions(&articles, &mut entities);
        units::add_acronym_mentions(&articles, &mut entities);
        merge_gazetteer(&mut entities, gazetteer, &articles);
        tracing::debug!(target: "dossier::index::phase", "series and gazetteer merged");
        for e in &mut entities {
            e.mentions.sort_by_key(|m| (m.article, m.range().start));
            e.mentions.dedup();
            e.mentions.shrink_to_fit();
            e.attributes.shrink_to_fit();
            e.aliases.shrink_to_fit();
        }
        if let (Some(c), Some(k)) = (cache, key) {
            snapshot::save(c, k, &entities);
            tracing::debug!(target: "dossier::index::phase", "snapshot saved");
        }
        Index::finish(articles, entities, cache_stats)
    }

    /// The index of finished entities: the path table (the matcher waits for its first use).
    fn finish(articles: Vec<Article>, entities: Vec<Entity>, cache_stats: CacheStats) -> Index {
        // In reverse, so that a path loaded twice maps to its first article.
        let by_path = articles
            .iter()
            .enumerate()
            .rev()
            .map(|(i, a)| (a.path.clone(), ArticleId(i as u32)))
            .collect();
        trim::after_build(articles.iter().map(|a| a.text.len()).sum());
        Index {
            articles,
            entities,
            matcher: std::sync::OnceLock::new(),
            by_path,
            source_cache: Default::default(),
            cache_stats,
        }
    }

    /// See [`crate::check::cache`].
    pub(crate) fn source_cache(&self) -> &crate::check::cache::SourceCache {
        &self.source_cache
    }

    /// How the build used the cache (everything recognized when there was none).
    pub fn cache_stats(&self) -> CacheStats {
        self.cache_stats
    }

    pub fn entity(&self, id: EntityId) -> &Entity {
        &self.entities[id.0 as usize]
    }

    pub fn article(&self, id: ArticleId) -> &Article {
        &self.articles[id.0 as usize]
    }

    /// The article loaded from `path`, if any.
    pub fn article_by_path(&self, path: &std::path::Path) -> Option<ArticleId> {
        let article = |id: &ArticleId| self.articles.get(id.0 as usize);
        match self.by_path.get(path) {
            Some(id) if article(id).is_some_and(|a| a.path == path) => Some(*id),
            None if !self.by_path.is_empty() || self.articles.is_empty() => None,
            // The map no longer describes `articles` (a public field, replaced after building): scan.
            _ => self
                .articles
                .iter()
                .position(|a| a.path == path)
                .map(|i| ArticleId(i as u32)),
        }
    }

    /// The matcher of the entities' names, built on the first call.
    pub fn matcher(&self) -> &Matcher {
        self.matcher.get_or_init(|| {
            let matcher = Matcher::new(&self.entities);
            tracing::debug!(target: "dossier::index::phase", "matcher built");
            matcher
        })
    }
}

/// Union-find over recognized items.
struct Groups(Vec<usize>);

impl Groups {
    fn find(&mut self, mut i: usize) -> usize {
        while self.0[i] != i {
            self.0[i] = self.0[self.0[i]];
            i = self.0[i];
        }
        i
    }
    fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            // Keep the earlier item as root so entity order follows the sources.
            let (lo, hi) = if ra < rb { (ra, rb) } else { (rb, ra) };
            self.0[hi] = lo;
        }
    }

    /// Joins `i` to the one group the `candidates` fall in, and says whether it did: candidates spread
    /// over several groups could be any of them, so `i` then joins none.
    fn join_sole(&mut self, i: usize, candidates: impl IntoIterator<Item = usize>) -> bool {
        let mut roots: Vec<usize> = candidates.into_iter().map(|j| self.find(j)).collect();
        roots.sort_unstable();
        roots.dedup();
        if let [one] = roots.as_slice() {
            self.union(*one, i);
            return true;
        }
        false
    }
}

/// A numbered unit's number, type word and country.
type UnitParts = (u32, String, Option<String>);

/// Number, type word and nationality of a numbered unit ("102nd Russian Motorized Rifle Division" →
/// (102, "division", Some("Russia"))). The number may be spelled out or Roman ("Seventh Fleet", "XXXI
/// Corps"), and a country's abbreviation may come first ("U.S. 7th Fleet"): one fleet by any spelling.
/// `designation` is the [`units::designation`] of item `i`'s name.
fn unit_parts(items: &Recognized, i: usize, designation: &str) -> Option<UnitParts> {
    let (coded, name) = match units::national_prefix(designation) {
        Some((c, rest)) => (Some(c), rest),
        None => (None, designation),
    };
    let mut words = name.split(' ').peekable();
    let mut first = words.next()?;
    // "No. 16 Squadron".
    if first == "No." {
        first = words.next()?;
    }
    let digits: String = first.chars().take_while(char::is_ascii_digit).collect();
    let number = if !digits.is_empty() && (digits.len() < first.len() || words.peek().is_some()) {
        digits.parse().ok()?
    } else {
        recognize::lexicon::ordinal_word(first)
            .or_else(|| recognize::lexicon::roman_numeral(first))?
    };
    let rest: Vec<String> = words.map(str::to_ascii_lowercase).collect();
    if rest.is_empty() {
        return None;
    }
    let head = rest
        .iter()
        .rev()
        .find(|w| !w.chars().all(|c| c.is_ascii_digit()) && *w != "number")
        .cloned()
        .unwrap_or_default();
    let nationality = rest
        .iter()
        .find(|w| recognize::lexicon::classes(w) & recognize::lexicon::class::NATIONALITY != 0)
        .and_then(|w| recognize::lexicon::country_of(w))
        .or(coded)
        .or_else(|| items.country(i))
        .map(str::to_string);
    Some((number, head, nationality))
}

/// The words that say what kind of formation a numbered unit is, without its number, head word,
/// nationality and honorifics: "25th Separate Guards Air Assault Brigade" → ["air", "assault"]; and the
/// words of its own name the lexicon does not know ("Kestrel", "Varna"), keyed.
fn type_words(name: &str) -> (Vec<String>, Vec<String>) {
    let words: Vec<String> = name
        .split(' ')
        .skip(1)
        .take_while(|w| *w != "of")
        .map(|w| units::one_translation(w).to_ascii_lowercase())
        .collect();
    let mut n = words.len().saturating_sub(1);
    // "207 Zafar Army Corps" is the "207th Zafar Corps": an army corps is a corps.
    if n >= 1 && words[n] == "corps" && words[n - 1] == "army" {
        n -= 1;
    }
    let mut own = Vec::new();
    let mut kept = Vec::new();
    for w in words.into_iter().take(n) {
        let classes = recognize::lexicon::classes(&w);
        if classes & (recognize::lexicon::class::NATIONALITY | recognize::lexicon::class::COUNTRY)
            != 0
            || recognize::lexicon::ordinal_word(&w).is_some()
            || matches!(
                w.as_str(),
                "guards" | "separate" | "independent" | "red" | "banner" | "order" | "the"
            )
        {
            continue;
        }
        // "Armoured" and "Armored" are one type; "Farooq" and "Farouq" one name.
        let key = translit::american(&translit::key(&w));
        if classes == 0 {
            own.push(translit::skeleton(&key));
        } else {
            kept.push(key);
        }
    }
    // Marines are naval infantry: the "155th Marine Brigade" is the "155th Naval Infantry Brigade".
    let mut out: Vec<String> = Vec::with_capacity(kept.len());
    for w in kept {
        match (out.last().map(String::as_str), w.as_str()) {
            (Some("naval"), "infantri") => {
                out.pop();
                out.push("marine".to_string());
            }
            (_, "marines") => out.push("marine".to_string()),
            _ => out.push(w),
        }
    }
    own.sort_unstable();
    (out, own)
}

/// Two formations' own names agree when either has none (a city epithet or an honorific title that
/// one outlet leaves out: "61st Kirkenes Marine Brigade" / "61st Marine Brigade") or both are one name:
/// the "20th Kestrel Brigade" and the "20th Falcon Brigade" are two brigades.
fn own_names_agree(a: &[String], b: &[String]) -> bool {
    a.is_empty() || b.is_empty() || a == b
}

/// A designation's type words and own name ([`type_words`]), read once for every comparison of one
/// formation with the others of its number: a common number has hundreds of formations in a large corpus.
struct Types {
    words: Vec<String>,
    sorted: Vec<String>,
    own: Vec<String>,
}

impl Types {
    /// The type words of a unit named `designation` ([`units::designation`]).
    fn of(designation: &str) -> Types {
        let (words, own) = type_words(designation);
        let mut sorted = words.clone();
        sorted.sort_unstable();
        Types { words, sorted, own }
    }

    /// Two designations of one number and head word name one formation only when one's type words
    /// include the other's: "25th Air Assault Brigade" and "25th Separate Marine Brigade" are two
    /// brigades.
    fn agree(&self, other: &Types) -> bool {
        let (a, b) = (&self.words, &other.words);
        (a.iter().all(|w| b.contains(w)) || b.iter().all(|w| a.contains(w)))
            && own_names_agree(&self.own, &other.own)
    }

    /// Two designations with the same type words ("9th Armoured Division", "Ninth Armored Division"),
    /// not one shortened from the other ("8th Division").
    fn same(&self, other: &Types) -> bool {
        self.sorted == other.sorted && own_names_agree(&self.own, &other.own)
    }
}

/// Whether two lists of articles, each in article order, have one in common: merged in one pass, as the
/// classes of a common number may each come from thousands of articles.
fn share_an_article(a: &[ArticleId], b: &[ArticleId]) -> bool {
    let (mut x, mut y) = (0, 0);
    while let (Some(p), Some(q)) = (a.get(x), b.get(y)) {
        match p.cmp(q) {
            std::cmp::Ordering::Less => x += 1,
            std::cmp::Ordering::Greater => y += 1,
            std::cmp::Ordering::Equal => return true,
        }
    }
    false
}

/// "IX Corps" in one article and "9th Mobile Corps" in another: an army that writes its corps'
/// numbers in Roman numerals drops the type word with them, so the Roman number and head alone are the
/// formation of that number and head that other articles name in full, when the corpus names only one
/// (no "7th Armored Corps" beside it). A number written the same way on both sides is no such
/// shortening: "8th Division" may be any army's.
fn roman_shortened<'a>(same_head: impl Iterator<Item = &'a str>, a: &str, b: &str) -> bool {
    let roman = |n: &str| {
        n.bytes().all(|c| c.is_ascii_uppercase()) && recognize::lexicon::roman_numeral(n).is_some()
    };
    let roman_bare = |n: &str| {
        n.split_once(' ')
            .is_some_and(|(r, h)| !h.contains(' ') && roman(r))
    };
    let full = match (roman_bare(a), roman_bare(b)) {
        (true, false) => b,
        (false, true) => a,
        _ => return false,
    };
    if full.split(' ').next().is_some_and(roman) {
        return false;
    }
    // Every name of this number and head with type words or an own name has the same ones.
    let mut typed: Option<(Vec<String>, Vec<String>)> = None;
    for name in same_head {
        let (mut types, own) = type_words(&units::designation(name));
        if types.is_empty() && own.is_empty() {
            continue;
        }
        types.sort_unstable();
        match &typed {
            Some(t) if *t != (types.clone(), own.clone()) => return false,
            Some(_) => {}
            None => typed = Some((types, own)),
        }
    }
    true
}

/// A name of several words in another language joins the exercises named by its translation in other
/// articles ("Qalaa al-Sahil 1" and "Coast Citadel 1"); see [`recognize::exercise::translation_key`].
fn translations_join(items: &Recognized, g: &mut Groups) {
    let mut by_english: HashMap<String, Vec<usize>> = HashMap::new();
    let mut foreign: Vec<(String, usize)> = Vec::new();
    for (i, (_, f)) in items.iter().enumerate() {
        if f.kind != Kind::Exercise {
            continue;
        }
        for n in std::iter::once(&f.name).chain(items.aliases(i)) {
            let english = translit::key(&recognize::exercise::edition_key(n));
            by_english.entry(english).or_default().push(i);
            if let Some(key) = recognize::exercise::translation_key(n) {
                foreign.push((translit::key(&key), i));
            }
        }
    }
    for (key, i) in foreign {
        for &j in by_english.get(&key).into_iter().flatten() {
            g.union(i, j);
        }
    }
}

/// "Poisk-2021" and "Search-2021": a name of one word in another language joins its translation in
/// another article when both articles name another exercise that is already one ("Vzaimodeistvie-2021
/// (Interaction-2021)" and "Interaction-2021"): drills held together. Alone, one word's translation
/// says nothing: armies of many countries name exercises "Thunder".
fn sibling_translations_join(items: &Recognized, g: &mut Groups) {
    let exercise = |i: usize| items.get(i).is_some_and(|(_, f)| f.kind == Kind::Exercise);
    let mut by_english: HashMap<String, Vec<usize>> = HashMap::new();
    let mut foreign: Vec<(String, usize)> = Vec::new();
    for (i, (_, f)) in items.iter().enumerate() {
        if f.kind != Kind::Exercise {
            continue;
        }
        let key = translit::key(&recognize::exercise::edition_key(&f.name));
        let series = recognize::exercise::series_of(&f.name);
        let one_foreign = !series.contains([' ', '-'])
            && recognize::lexicon::exercise_word_in_english(series).is_some();
        // Only names in English are looked up: the original's other editions met it by spelling.
        if one_foreign {
            foreign.push((key, i));
        } else {
            by_english.entry(key).or_default().push(i);
        }
    }
    if foreign.is_empty() || by_english.is_empty() {
        return;
    }
    for (key, i) in foreign {
        let Some((a, _)) = items.get(i) else {
            continue;
        };
        let mut siblings: Vec<usize> = items
            .of(a.0 as usize)
            .filter(|&j| j != i && exercise(j))
            .map(|j| g.find(j))
            .collect();
        siblings.sort_unstable();
        let candidates: Vec<usize> = by_english
            .get(&key)
            .into_iter()
            .flatten()
            .copied()
            .filter(|&j| items.get(j).is_some_and(|(b, _)| b != a))
            .filter(|&j| {
                let b = items.get(j).map_or(0, |(b, _)| b.0 as usize);
                items
                    .of(b)
                    .any(|k| k != j && exercise(k) && siblings.binary_search(&g.find(k)).is_ok())
            })
            .collect();
        g.join_sole(i, candidates);
    }
}

/// A bare series name ("the Balikatan exercise") joins the edition other articles name in full
/// ("Balikatan 39-2024") when the corpus names exactly one edition of that series.
fn series_join_edition(items: &[(ArticleId, Item)], g: &mut Groups) {
    let mut editions: HashMap<String, Vec<usize>> = HashMap::new();
    let mut bare: Vec<(String, usize)> = Vec::new();
    for (i, (_, f)) in items.iter().enumerate() {
        if f.kind != Kind::Exercise {
            continue;
        }
        let series = recognize::exercise::series_of(&f.name);
        let key = recognize::exercise::series_key(&f.name);
        if series.len() < f.name.len() {
            editions.entry(key).or_default().push(i);
        } else {
            bare.push((key, i));
        }
    }
    for (key, i) in bare {
        let Some(list) = editions.get(&key) else {
            continue;
        };
        g.join_sole(i, list.iter().copied());
    }
}

use units::unit_key;

/// "The Eastern Military District and the Central Military District" of an article about Russia, when
/// Uzbekistan has an Eastern Military District too: a bare name that several countries give a formation
/// is the one of the country the article's other bare names were found to be, when every article writing
/// it bare points to that one country.
fn districts_by_context(
    items: &[(ArticleId, Item)],
    keys: &FastMap<&str, String>,
    of_country: &HashMap<String, Vec<(&str, usize)>>,
    by_key: &HashMap<(Kind, String), usize>,
    g: &mut Groups,
) {
    let one_country = |list: &[(&str, usize)]| list.iter().all(|(c, _)| *c == list[0].0);
    // The countries each article's unambiguous bare names belong to, and the ambiguous bare names.
    let mut resolved: HashMap<ArticleId, Vec<&str>> = HashMap::new();
    let mut ambiguous: HashMap<&str, Vec<ArticleId>> = HashMap::new();
    for (a, f) in items {
        if f.kind != Kind::Unit {
            continue;
        }
        let Some((key, list)) = keys
            .get(f.name.as_str())
            .and_then(|k| of_country.get_key_value(k))
        else {
            continue;
        };
        if one_country(list) {
            resolved.entry(*a).or_default().push(list[0].0);
        } else {
            ambiguous.entry(key.as_str()).or_default().push(*a);
        }
    }
    for (key, articles) in ambiguous {
        let mut countries: Vec<&str> = Vec::new();
        for a in &articles {
            countries.extend(resolved.get(a).into_iter().flatten());
        }
        countries.sort_unstable();
        countries.dedup();
        let ([country], Some(&root), Some(list)) = (
            countries.as_slice(),
            by_key.get(&(Kind::Unit, key.to_string())),
            of_country.get(key),
        ) else {
            continue;
        };
        // Every article writing it bare must point somewhere.
        if articles.iter().all(|a| resolved.contains_key(a)) {
            for &(c, i) in list {
                if c == *country {
                    g.union(root, i);
                }
            }
        }
    }
}

/// Regional formation items by their key without a country: each with its stated country and whether a
/// country opens its name.
type Regional<'a> = HashMap<String, Vec<(Option<&'a str>, usize, bool)>>;

/// "Southern Command" in an article that states no country is the one of the one country other
/// articles state for it; when several countries have it, which one is meant is unknown. A name a country
/// opens ("Indian Eastern Fleet") meets bare names only in articles about its country (`national_names`).
fn regional_join(regional: &Regional, g: &mut Groups) {
    for list in regional.values() {
        let mut countries = list.iter().filter_map(|(c, _, _)| *c);
        let Some(first) = countries.next() else {
            continue;
        };
        if !countries.all(|c| c == first) {
            continue;
        }
        let mut plain = list.iter().filter(|(_, _, prefixed)| !prefixed);
        if let Some(&(_, root, _)) = plain.next() {
            for &(_, i, _) in plain {
                g.union(root, i);
            }
        }
    }
}

/// "The Black Sea Fleet" of an article that speaks of Russia is the "Russian Black Sea Fleet" of another,
/// when no other country's formation of that name is in the corpus. The bare name's article must name
/// the country (a unit of that country, or the prefixed name itself): "Marine Corps" in an article about
/// the United States is no "Ukrainian Marine Corps".
fn national_names(items: &Recognized, keys: &FastMap<&str, String>, g: &mut Groups) {
    let mut prefixed: HashMap<String, Vec<(&str, usize)>> = HashMap::new();
    let mut shared: HashMap<String, Vec<(&str, usize)>> = HashMap::new();
    let mut article_countries: HashMap<ArticleId, Vec<&str>> = HashMap::new();
    for (i, (a, f)) in items.iter().enumerate() {
        if let Some(c) = items.country(i) {
            article_countries.entry(*a).or_default().push(c);
        }
        if f.kind != Kind::Unit {
            continue;
        }
        if let Some((country, short)) = units::national_named(&f.name) {
            prefixed
                .entry(unit_key(short))
                .or_default()
                .push((country, i));
            article_countries.entry(*a).or_default().push(country);
        } else if let Some((country, short)) = units::national_shared(&f.name) {
            shared
                .entry(unit_key(short))
                .or_default()
                .push((country, i));
            article_countries.entry(*a).or_default().push(country);
        }
    }
    if prefixed.is_empty() && shared.is_empty() {
        return;
    }
    // "Indian Eastern Fleet" and "the Eastern Fleet": several countries have an Eastern Fleet, so the
    // bare name is India's only in an article that names India more than any other country.
    let main_country = |a: &ArticleId| {
        let cs = article_countries.get(a)?;
        let mut counts: Vec<(&str, usize)> = Vec::new();
        for c in cs {
            match counts.iter_mut().find(|(x, _)| x == c) {
                Some((_, n)) => *n += 1,
                None => counts.push((c, 1)),
            }
        }
        counts.sort_unstable_by_key(|x| std::cmp::Reverse(x.1));
        match counts.as_slice() {
            [(c, _)] => Some(*c),
            [(c, n), (_, m), ..] if n > m => Some(*c),
            _ => None,
        }
    };
    for (i, (a, f)) in items.iter().enumerate() {
        if f.kind != Kind::Unit {
            continue;
        }
        let key = match keys.get(f.name.as_str()) {
            Some(k) => std::borrow::Cow::Borrowed(k.as_str()),
            None => std::borrow::Cow::Owned(unit_key(&f.name)),
        };
        if let Some(list) = prefixed.get(key.as_ref()) {
            let country = list[0].0;
            if list.iter().all(|(c, _)| *c == country)
                && article_countries
                    .get(a)
                    .is_some_and(|cs| cs.contains(&country))
            {
                for &(_, j) in list {
                    g.union(j, i);
                }
            }
        }
        if let Some(list) = shared.get(key.as_ref()) {
            let country = list[0].0;
            if list.iter().all(|(c, _)| *c == country) && main_country(a) == Some(country) {
                for &(_, j) in list {
                    g.union(j, i);
                }
            }
        }
    }
}

/// "The Hallam base" after "the Omar Hallam Military Base": a base written with its own name and no
/// type joins the one base of that name whose type is written, when the corpus has exactly one.
fn bases_by_name(items: &Recognized, g: &mut Groups) {
    let mut typed: HashMap<String, Vec<usize>> = HashMap::new();
    let mut bare: Vec<(String, usize)> = Vec::new();
    // A numbered base's aliases name it for its town ("Dorvan military base"): typed names too.
    let mut placed: Vec<(String, usize)> = Vec::new();
    for (i, (_, f)) in items.iter().enumerate() {
        if f.kind != Kind::Unit {
            continue;
        }
        match units::base_name(&f.name) {
            Some((key, true)) if numbered_base(items, i, &f.name) => placed.push((key, i)),
            Some((key, true)) => typed.entry(key).or_default().push(i),
            Some((key, false)) => bare.push((key, i)),
            None => {
                for a in items.aliases(i) {
                    if let Some((key, true)) = units::base_name(a) {
                        placed.push((key, i));
                    }
                }
            }
        }
    }
    // "The 999th air base in Dorvan" is the "Dorvan air base" of other articles, when it is the only
    // one: two numbered bases in one town leave the town's base to neither.
    let mut placed_by_key: HashMap<&str, Vec<usize>> = HashMap::new();
    for (key, i) in &placed {
        placed_by_key.entry(key.as_str()).or_default().push(*i);
    }
    for (key, numbered) in &placed_by_key {
        let mut own: Vec<usize> = numbered.iter().map(|&j| g.find(j)).collect();
        own.sort_unstable();
        own.dedup();
        let (Some(list), [base]) = (typed.get(*key), own.as_slice()) else {
            continue;
        };
        g.join_sole(*base, list.iter().copied());
    }
    for (key, i) in placed {
        typed.entry(key).or_default().push(i);
    }
    for (key, i) in bare {
        let Some(list) = typed.get(&key) else {
            continue;
        };
        g.join_sole(i, list.iter().copied());
    }
}

/// True when unit item `i` is a numbered base named for its town ("Dorvan military base", also "7th
/// military base"): its town's name alone does not tell it from another numbered base there.
fn numbered_base(items: &Recognized, i: usize, name: &str) -> bool {
    std::iter::once(name)
        .chain(items.aliases(i).iter().map(|a| a.as_ref()))
        .any(|a: &str| a.starts_with(|c: char| c.is_ascii_digit()) && a.ends_with(" base"))
}

/// Groups items that name one entity.
fn link(items: &Recognized, articles: &[Article]) -> Groups {
    let mut g = Groups((0..items.len()).collect());
    let mut by_key: HashMap<(Kind, String), usize> = HashMap::new();
    // Surname key → one item per distinct first-name key.
    let mut full_by_surname: HashMap<String, Vec<(String, usize)>> = HashMap::new();
    // Numbered unit items, each with its number, head and country, read once.
    let mut units_by_number: HashMap<u32, Vec<(usize, UnitParts)>> = HashMap::new();
    // Regional formations by their key without a country.
    let mut regional_items: Regional = HashMap::new();
    // The designation of each unit name, read once for the items and formations of that name.
    let mut designated: FastMap<&str, std::borrow::Cow<'_, str>> = FastMap::default();
    // A corpus names each person thousands of times in a handful of spellings: each spelling is read
    // once, and its first item stands for it.
    let mut spelling_of: FastMap<&str, usize> = FastMap::default();
    let mut persons: Vec<Person> = Vec::new();
    let mut first_item: Vec<usize> = Vec::new();
    let mut by_exact: HashMap<String, usize> = HashMap::new();
    // A name in its own script → one item for each family name written with it in Latin letters.
    let mut by_native: HashMap<String, Vec<(usize, Vec<String>)>> = HashMap::new();
    let mut keys: FastMap<&str, String> = FastMap::default();
    for (i, (_, f)) in items.iter().enumerate() {
        match f.kind {
            Kind::Official => {
                for a in items.aliases(i) {
                    if let Some(key) = people::native_key(a.as_str()) {
                        let families = people::family_keys(&f.name);
                        let bearers = by_native.entry(key).or_default();
                        match bearers
                            .iter()
                            .find(|(_, fs)| fs.iter().any(|k| families.contains(k)))
                        {
                            Some(&(j, _)) => g.union(j, i),
                            None => bearers.push((i, families)),
                        }
                    }
                }
                let next = persons.len();
                let sp = *spelling_of.entry(f.name.as_str()).or_insert(next);
                let country = items.country(i).map(str::to_string);
                if sp < next {
                    // A lone common family name in two articles is two people until each article's
                    // full name says otherwise.
                    if !persons[sp].common {
                        g.union(first_item[sp], i);
                    }
                    if let Some(c) = country
                        && !persons[sp].countries.contains(&c)
                    {
                        persons[sp].countries.push(c);
                    }
                    persons[sp].add_context(items, i);
                    continue;
                }
                let mut person = Person::parse(&f.name);
                person.countries.extend(country);
                person.add_context(items, i);
                if let Some(key) = person.exact_key() {
                    g.union(*by_exact.entry(key).or_insert(i), i);
                }
                if let Some(first) = &person.first {
                    let same = full_by_surname.entry(person.surname.clone()).or_default();
                    if !same.iter().any(|(fj, _)| fj == first) {
                        same.push((first.clone(), i));
                    }
                }
                persons.push(person);
                first_item.push(i);
            }
            kind => {
                let parts = if kind == Kind::Unit {
                    let d = designated
                        .entry(f.name.as_str())
                        .or_insert_with(|| units::designation(&f.name));
                    unit_parts(items, i, d)
                } else {
                    None
                };
                // Numbers repeat across armies: Peru's "Fifth Military Region" is not Chile's "5th
                // Military Region". A numbered unit of a stated country keys with its country; one of
                // no stated country joins a country's below, by number, when only one country fits.
                let regional = (kind == Kind::Unit)
                    .then(|| units::regional_name(&f.name))
                    .flatten();
                let regional_country = regional.and_then(|_| {
                    items
                        .country(i)
                        .or_else(|| units::national_prefix(&f.name).map(|(c, _)| c))
                });
                if let Some(short) = regional {
                    let list = regional_items.entry(unit_key(short)).or_default();
                    list.push((regional_country, i, short.len() < f.name.len()));
                }
                let country = parts
                    .as_ref()
                    .and_then(|p| p.2.as_deref())
                    .or(regional_country);
                // A numbered base's town name joins others in `bases_by_name`, when it is the only one.
                let numbered = kind == Kind::Unit && numbered_base(items, i, &f.name);
                for n in std::iter::once(&f.name).chain(items.aliases(i)) {
                    if numbered && units::base_name(n).is_some() {
                        continue;
                    }
                    let mut key = keys
                        .entry(n.as_str())
                        .or_insert_with(|| match kind {
                            Kind::Exercise => translit::key(&recognize::exercise::link_key(n)),
                            Kind::Unit => unit_key(n),
                            _ => translit::key(n),
                        })
                        .clone();
                    if let Some(c) = country {
                        key.push('@');
                        key.push_str(c);
                    }
                    let root = *by_key.entry((kind, key)).or_insert(i);
                    g.union(root, i);
                }
                if let Some(p) = parts {
                    units_by_number.entry(p.0).or_default().push((i, p));
                }
            }
        }
    }
    regional_join(&regional_items, &mut g);
    let variants = people::lone_variants(&persons);
    for (x, y) in people::pairs(&persons) {
        g.union(first_item[x], first_item[y]);
    }
    for (x, y) in people::context_pairs(&persons, |x| g.find(first_item[x])) {
        g.union(first_item[x], first_item[y]);
    }
    series_join_edition(items, &mut g);
    translations_join(items, &mut g);
    sibling_translations_join(items, &mut g);
    // "Central Military District of Russia" is the "Central Military District" of other articles when no
    // other country has a district of that name in the corpus ("Western Military District of Kazakhstan").
    let mut of_country: HashMap<String, Vec<(&str, usize)>> = HashMap::new();
    for (i, (_, f)) in items.iter().enumerate() {
        if f.kind != Kind::Unit {
            continue;
        }
        let named = f
            .name
            .rsplit_once(" of ")
            .and_then(|(short, c)| Some((recognize::lexicon::country_of(c)?, short)));
        if let Some((country, short)) = named {
            of_country
                .entry(unit_key(short))
                .or_default()
                .push((country, i));
        }
    }
    for (short, list) in &of_country {
        if list.iter().all(|(c, _)| *c == list[0].0)
            && let Some(&root) = by_key.get(&(Kind::Unit, short.clone()))
        {
            for &(_, i) in list {
                g.union(root, i);
            }
        }
    }
    districts_by_context(items, &keys, &of_country, &by_key, &mut g);
    bases_by_name(items, &mut g);
    national_names(items, &keys, &mut g);
    let units = items
        .iter()
        .enumerate()
        .filter(|(_, (_, f))| f.kind == Kind::Unit);
    let named = units.map(|(i, (_, f))| {
        let aliases = items.aliases(i).iter().map(|a| a.as_str()).collect();
        (i, f.name.as_str(), aliases)
    });
    for (x, y) in units::acronym_designations(named) {
        g.union(x, y);
    }
    // The full names of each article by the key of their first word.
    let mut given_in_article: HashMap<(ArticleId, String), Vec<usize>> = HashMap::new();
    for (i, (a, f)) in items.iter().enumerate() {
        if f.kind != Kind::Official {
            continue;
        }
        // "His Highness Sheikh Mohamed bin Zayed": the given name comes after the honorifics.
        let mut words = f
            .name
            .split(' ')
            .skip_while(|w| recognize::lexicon::name_style(w));
        if let (Some(given), Some(_)) = (words.next(), words.next()) {
            given_in_article
                .entry((*a, translit::key(given)))
                .or_default()
                .push(i);
        }
    }
    // Each official item with the person its name spells.
    let officials = || {
        items.iter().enumerate().filter_map(|(i, (a, f))| {
            let sp = spelling_of
                .get(f.name.as_str())
                .filter(|_| f.kind == Kind::Official)?;
            Some((i, *a, &persons[*sp]))
        })
    };
    // The full names of each article by their surname keys.
    let mut surname_in_article: HashMap<(ArticleId, String), Vec<usize>> = HashMap::new();
    for (i, a, person) in officials() {
        if person.first.is_some() {
            for key in person.surname_keys() {
                surname_in_article.entry((a, key)).or_default().push(i);
            }
        }
    }
    // A surname alone ("General Petrov") joins the one person of that surname its own article names
    // fully, or else the one person of that surname other articles name fully.
    for (i, a, person) in officials() {
        if person.first.is_some() {
            continue;
        }
        if let Some(list) = surname_in_article.get(&(a, person.lone_key())) {
            if g.join_sole(i, list.iter().copied()) {
                continue;
            }
        }
        let surname = &person.surname;
        if let Some(full) = full_by_surname.get(surname.as_str()) {
            // "Singh" in one article and "Rajnath Singh" in another may well be two men.
            if person.common {
                continue;
            }
            g.join_sole(i, full.iter().map(|&(_, j)| j));
        } else if let Some(list) = given_in_article.get(&(items[i].0, surname.clone())) {
            // "Prince Khalid" after "Khalid bin Salman": a lone word that is no one's surname is the
            // given name of the one official of the article who bears it.
            g.join_sole(i, list.iter().copied());
        } else if let Some(full) = spelling_of
            .get(items[i].1.name.as_str())
            .and_then(|sp| variants.get(sp))
        {
            // "General Tchakoura" where other articles name "Ibrahim Takoura" of the same country: the
            // one person whose surname it spells otherwise.
            g.join_sole(i, full.iter().map(|&y| first_item[y]));
        }
    }
    // One number, compatible types and nationalities: one formation ("102nd ... Division" / "102nd
    // military base": a division that became a base keeps its number). A base joins a formation only when
    // exactly one formation of that number is compatible.
    let types_of = |name: &str| match designated.get(name) {
        Some(d) => Types::of(d),
        None => Types::of(&units::designation(name)),
    };
    for list in units_by_number.into_values() {
        // Items of one number by (type, country): each class is one formation.
        let mut classes: Vec<(UnitParts, usize)> = Vec::new();
        // The type words of each class's first item.
        let mut class_types: Vec<Types> = Vec::new();
        // The articles each class's items come from.
        let mut class_articles: Vec<Vec<ArticleId>> = Vec::new();
        let mut class_of: FastMap<usize, usize> = FastMap::default();
        // Items with one name and stated country fall in one class: the first of them decides it.
        let mut decided: FastMap<(&str, Option<&str>), usize> = FastMap::default();
        for (i, p) in list {
            let f = &items[i].1;
            let country = items.country(i);
            match decided.entry((f.name.as_str(), country)) {
                std::collections::hash_map::Entry::Occupied(first) => {
                    g.union(*first.get(), i);
                    if let Some(&x) = class_of.get(first.get()) {
                        class_articles[x].push(items[i].0);
                    }
                    continue;
                }
                std::collections::hash_map::Entry::Vacant(slot) => {
                    slot.insert(i);
                }
            }
            let article = items[i].0;
            let mut types: Option<Types> = None;
            match classes.iter().enumerate().position(|(x, (c, _))| {
                if c.1 != p.1 || c.2 != p.2 {
                    return false;
                }
                let t = types.get_or_insert_with(|| types_of(&f.name));
                // A class's articles come in article order: this one, if at all, is its last.
                if p.2.is_none() && class_articles[x].last() != Some(&article) {
                    class_types[x].same(t)
                } else {
                    class_types[x].agree(t)
                }
            }) {
                Some(x) => {
                    g.union(classes[x].1, i);
                    class_articles[x].push(article);
                    class_of.insert(i, x);
                }
                None => {
                    class_of.insert(i, classes.len());
                    classes.push((p, i));
                    class_types.push(types.unwrap_or_else(|| types_of(&f.name)));
                    class_articles.push(vec![article]);
                }
            }
        }
        let is_base = |h: &str| h.starts_with("base");
        let nat_ok = |a: &Option<String>, b: &Option<String>| a.is_none() || b.is_none() || a == b;
        let compatible = |x: usize, y: usize| {
            let ((_, hx, nx), i) = &classes[x];
            let ((_, hy, ny), j) = &classes[y];
            if hx != hy || is_base(hx) || !nat_ok(nx, ny) {
                return false;
            }
            let (tx, ty) = (&class_types[x], &class_types[y]);
            // Numbers repeat across armies: with no country on either side, a shortened name ("8th
            // Division") is not taken for another article's longer one ("8th Armoured Division"); in
            // one article it is the same unit ("the 44th corps" after "the 44th Army Corps").
            if nx.is_some()
                || ny.is_some()
                || share_an_article(&class_articles[x], &class_articles[y])
            {
                return tx.agree(ty);
            }
            let (a, b) = (&items[*i].1.name, &items[*j].1.name);
            tx.same(ty)
                || roman_shortened(
                    classes
                        .iter()
                        .filter(|((_, h, _), _)| h == hx)
                        .map(|(_, k)| items[*k].1.name.as_str()),
                    a,
                    b,
                )
        };
        // A formation of no stated country that several countries have: which one is meant is unknown.
        let countries_of = |x: usize| {
            let mut cs: Vec<&str> = (0..classes.len())
                .filter(|&y| y != x && compatible(x, y))
                .filter_map(|y| classes[y].0.2.as_deref())
                .collect();
            cs.sort_unstable();
            cs.dedup();
            cs.len()
        };
        let ambiguous: Vec<bool> = (0..classes.len())
            .map(|x| classes[x].0.2.is_none() && countries_of(x) > 1)
            .collect();
        // Same type, one side without a country: one formation.
        for x in 0..classes.len() {
            for y in x + 1..classes.len() {
                if !ambiguous[x] && !ambiguous[y] && compatible(x, y) {
                    g.union(classes[x].1, classes[y].1);
                }
            }
        }
        // A base becomes the formation it grew out of only when both are known to be of one country:
        // numbers repeat across countries and services.
        for ((_, h, n), i) in &classes {
            if !is_base(h) {
                continue;
            }
            let mut roots: Vec<usize> = classes
                .iter()
                .filter(|((_, hj, nj), _)| !is_base(hj) && n.is_some() && n == nj)
                .map(|(_, j)| g.find(*j))
                .collect();
            roots.sort_unstable();
            roots.dedup();
            match roots.as_slice() {
                [one] => g.union(*one, *i),
                [] => {
                    if let Some((_, j)) = classes.iter().find(|((_, hj, _), _)| is_base(hj)) {
                        g.union(*j, *i);
                    }
                }
                _ => {}
            }
        }
    }
    long_names_join(items, &mut g);
    apposed_languages_join(items, articles, &mut g);
    own_names_join(items, articles, &mut g);
    g
}

/// "its Kesslavia brigade, Panzerbrigade 12, is due in 2027": a unit's name in the army's own language
/// in apposition to an English one, between commas, is one formation's two names. Both must stand
/// alone (no unit before the first or after the second: "the 1st Brigade, Panzerbrigade 12 and the 3rd
/// Brigade" is a list) and only one of them be foreign.
fn apposed_languages_join(items: &Recognized, articles: &[Article], g: &mut Groups) {
    let foreign = |i: usize| {
        items
            .get(i)
            .is_some_and(|(_, f)| recognize::foreign_unit::english(&f.name).is_some())
    };
    for (a, article) in articles.iter().enumerate() {
        let mut spans: Vec<(usize, usize, usize)> = items
            .of(a)
            .filter(|&i| items.get(i).is_some_and(|(_, f)| f.kind == Kind::Unit))
            .flat_map(|i| {
                items.mentions(i).iter().map(move |m| {
                    let r = m.range();
                    (r.start, r.end, i)
                })
            })
            .collect();
        if spans.len() < 2 {
            continue;
        }
        spans.sort_unstable();
        let text = article.text.as_str();
        let between = |x: usize, y: usize| text.get(x..y).unwrap_or("");
        for k in 1..spans.len() {
            let ((s1, e1, i), (s2, e2, j)) = (spans[k - 1], spans[k]);
            let apposed = i != j && between(e1, s2) == ", " && foreign(i) != foreign(j);
            let closed = text
                .get(e2..)
                .is_some_and(|rest| rest.starts_with([',', '.', ';', ')']));
            let listed_before = k >= 2 && between(spans[k - 2].1, s1).starts_with(',');
            let listed_after = spans.get(k + 1).is_some_and(|n| {
                let gap = between(e2, n.0);
                gap.len() <= 6 && (gap.starts_with(',') || gap.contains(" and "))
            });
            if apposed && closed && !listed_before && !listed_after {
                g.union(i, j);
            }
        }
    }
}

/// "the Kesso Brigade" and "the Kesso Advanced Infantry Brigade": a formation named by its own word and
/// head is the one formation of the corpus whose longer name opens with that word and ends with that
/// head.
fn long_names_join(items: &Recognized, g: &mut Groups) {
    let mut long: HashMap<(String, String), Vec<usize>> = HashMap::new();
    let mut short: Vec<((String, String), usize)> = Vec::new();
    for (i, (_, f)) in items.iter().enumerate() {
        if f.kind != Kind::Unit {
            continue;
        }
        let Some(key) = own_words::formation_word(&f.name).and_then(units::own_word) else {
            continue;
        };
        let head = f.name.rsplit(' ').next().unwrap_or_default();
        let key = (key, head.to_ascii_lowercase());
        if f.name.split(' ').count() > 2 {
            long.entry(key).or_default().push(i);
        } else {
            short.push((key, i));
        }
    }
    for (key, i) in short {
        if let Some(list) = long.get(&key) {
            g.join_sole(i, list.iter().copied());
        }
    }
}

/// "The Velikanskaya division" after the "4th Guards Velikanskaya Tank Division": a unit named by
/// its own word alone (the recognized name is that word) is the one numbered formation of the corpus
/// whose own name is that word, or the one formation named by that word and its head ("Kifaru
/// Brigade"); the "Falcon Corps" is the one "209th “Falcon” Corps". The word alone
/// must not be said to be another type of formation or another country's ("the Velikanskaya battalion
/// of the Serbian army" is no Russian division).
fn own_names_join(items: &Recognized, articles: &[Article], g: &mut Groups) {
    let mut numbered: HashMap<String, Vec<usize>> = HashMap::new();
    let mut bare: Vec<(String, usize)> = Vec::new();
    // "209th “Falcon” Corps" and the "Falcon Corps" of other articles, by the latter's key.
    let mut quoted: HashMap<String, Vec<usize>> = HashMap::new();
    let mut unnumbered: Vec<(String, usize)> = Vec::new();
    for (i, (_, f)) in items.iter().enumerate() {
        if f.kind != Kind::Unit {
            continue;
        }
        if let Some(short) = units::quoted_own_name(&f.name) {
            quoted.entry(unit_key(&short)).or_default().push(i);
        } else if !f.name.starts_with(|c: char| c.is_ascii_digit()) {
            unnumbered.push((unit_key(&f.name), i));
        }
        if let Some(word) = units::own_word(&f.name) {
            bare.push((word, i));
        } else if f.name.starts_with(|c: char| c.is_ascii_digit())
            && let (_, own) = type_words(&units::designation(&f.name))
            && let [word] = own.as_slice()
        {
            numbered.entry(word.clone()).or_default().push(i);
        } else if let Some(word) = units::named_formation_word(&f.name) {
            // "Kifaru Brigade": a formation named by its own word and head, which "Kifaru" alone
            // names in another article.
            numbered.entry(word).or_default().push(i);
        }
    }
    let candidates = bare
        .into_iter()
        .filter_map(|(w, i)| Some((numbered.get(&w)?, i)))
        .chain(
            unnumbered
                .into_iter()
                .filter_map(|(k, i)| Some((quoted.get(&k)?, i))),
        );
    for (list, i) in candidates {
        let (head, country) = own_word_reading(items, articles, i);
        let agreeing = list
            .iter()
            .copied()
            .filter(|&j| formation_agrees(items, j, head, country.as_deref()));
        g.join_sole(i, agreeing);
    }
}

/// The head and country the words after item `i`'s first mention give it (see
/// [`units::own_word_reading`]); its country attribute when those words name none.
fn own_word_reading(
    items: &Recognized,
    articles: &[Article],
    i: usize,
) -> (Option<&'static str>, Option<String>) {
    let (head, country) = match (items.get(i), items.mentions(i).first()) {
        (Some((a, _)), Some(m)) => articles.get(a.0 as usize).map_or((None, None), |art| {
            units::own_word_reading(&art.text, m.range().end)
        }),
        _ => (None, None),
    };
    let country = country
        .map(str::to_string)
        .or_else(|| items.country(i).map(str::to_string));
    (head, country)
}

/// Whether formation `j` may be the one a word alone names, said to be a `head` of `country`: the
/// same head and the same country where both are known.
fn formation_agrees(
    items: &Recognized,
    j: usize,
    head: Option<&str>,
    country: Option<&str>,
) -> bool {
    let Some((_, f)) = items.get(j) else {
        return false;
    };
    let own_head = f.name.rsplit(' ').next().map(str::to_ascii_lowercase);
    let nationality = f
        .name
        .split(' ')
        .find(|w| recognize::lexicon::classes(w) & recognize::lexicon::class::NATIONALITY != 0)
        .and_then(recognize::lexicon::country_of);
    let other = nationality.or_else(|| items.country(j));
    head.is_none_or(|h| own_head.as_deref() == Some(h))
        && match (country, other) {
            (Some(a), Some(b)) => a == b,
            _ => true,
        }
}

/// Turns groups of items into entities: the fullest name is canonical, the other names and the mentions'
/// spellings are aliases.
fn assemble(items: Recognized, mut groups: Groups) -> Vec<Entity> {
    // The entity of each item, numbered in order of first appearance; the groups are then done with.
    let mut slot_of_root: FastMap<usize, u32> = FastMap::default();
    // Mentions per entity, counted first so that each list is allocated once at its size: lists grown
    // by doubling would hold up to twice the corpus's mentions while entities are assembled.
    let mut counts: Vec<usize> = Vec::new();
    let slots: Vec<u32> = (0..items.len())
        .map(|i| {
            let slot = *slot_of_root.entry(groups.find(i)).or_insert_with(|| {
                counts.push(0);
                u32::try_from(counts.len() - 1).unwrap_or(u32::MAX)
            });
            if let Some(c) = counts.get_mut(slot as usize) {
                *c += items.mentions(i).len();
            }
            slot
        })
        .collect();
    drop((groups, slot_of_root));
    let mut entities: Vec<Entity> = Vec::with_capacity(counts.len());
    // Per entity: each name with how often and how early it was seen; the attributes already recorded.
    let mut names: Vec<FastMap<Name, (usize, usize)>> = Vec::new();
    let mut seen_attrs: Vec<FastMap<(AttrKey, u32), ()>> = Vec::new();
    for (i, ((article, f), &slot)) in items.iter().zip(&slots).enumerate() {
        let article = *article;
        let slot = slot as usize;
        if slot == entities.len() {
            entities.push(Entity {
                id: EntityId(slot as u32),
                kind: f.kind,
                name: f.name.to_string(),
                aliases: Vec::new(),
                attributes: Vec::new(),
                mentions: Vec::with_capacity(counts.get(slot).copied().unwrap_or(0)),
                gazetteer_aliases: Vec::new(),
            });
            names.push(FastMap::default());
            seen_attrs.push(FastMap::default());
        }
        // Slots are numbered in order of first appearance: never past the entities made so far.
        let Some(e) = entities.get_mut(slot) else {
            continue;
        };
        for name in std::iter::once(&f.name).chain(items.aliases(i)) {
            let order = names[slot].len();
            names[slot].entry(name.clone()).or_insert((0, order)).0 += 1;
        }
        e.mentions.extend(
            items
                .mentions(i)
                .iter()
                .map(|s| Mention::new(article, s.range())),
        );
        for &(key, value, span) in items.attributes(i) {
            // One passage per distinct value keeps the index small; quotations keep each passage.
            let fresh = seen_attrs[slot].insert((key, value), ()).is_none();
            if fresh || key == AttrKey::Quote {
                e.attributes.push(Attribute {
                    key,
                    value: items.value(value).to_string(),
                    provenance: Provenance::Source(Passage::new(article, span.range())),
                });
            }
        }
    }
    for (e, all) in entities.iter_mut().zip(names) {
        let mut all: Vec<(Name, (usize, usize))> = all.into_iter().collect();
        // A person or formation goes by its fullest name; an exercise by the name the sources use most
        // (its translation is an alias); then the most used, then the earliest.
        let fullest = matches!(e.kind, Kind::Official | Kind::Unit);
        // An exercise that a bare series name joined goes by its edition's name.
        let dated = |n: &str| e.kind == Kind::Exercise && n.ends_with(|c: char| c.is_ascii_digit());
        all.sort_by_key(|(n, (count, order))| {
            (
                std::cmp::Reverse(if fullest { n.split(' ').count() } else { 0 }),
                std::cmp::Reverse(dated(n)),
                std::cmp::Reverse(*count),
                *order,
            )
        });
        let mut it = all.into_iter().map(|(n, _)| n.to_string());
        if let Some(best) = it.next() {
            e.name = best;
        }
        e.aliases = it.collect();
    }
    entities
}

/// Adds each article's surface spellings of its mentions as aliases (so notes can use a bare surname),
/// and the mentions of officials that an article names only by a surname another article introduced.
fn add_known_surnames(articles: &[Article], entities: &mut [Entity]) {
    let mut surnames: FastMap<String, u32> = FastMap::default();
    let mut ambiguous: Vec<String> = Vec::new();
    for e in entities.iter() {
        if e.kind != Kind::Official || !e.name.contains(' ') {
            continue;
        }
        for n in e.names() {
            let Some(last) = n.rsplit(' ').next() else {
                continue;
            };
            let k = translit::key(last);
            if k.len() < 4 {
                continue;
            }
            match surnames.get(&k) {
                Some(&owner) if owner != e.id.0 => ambiguous.push(k),
                _ => {
                    surnames.insert(k, e.id.0);
                }
            }
        }
    }
    for k in ambiguous {
        surnames.remove(&k);
    }
    // Given-name keys of each official, so that "Ivan Petrov" with no title joins only Ivan Petrov.
    let mut given: FastMap<u32, Vec<String>> = FastMap::default();
    for e in entities.iter() {
        if e.kind != Kind::Official {
            continue;
        }
        for n in e.names() {
            if let Some((first, _)) = n.split_once(' ') {
                let k = translit::given_name(&translit::key(first)).to_string();
                let list = given.entry(e.id.0).or_default();
                if !list.contains(&k) {
                    list.push(k);
                }
            }
        }
    }
    if !surnames.is_empty() {
        let misread = places_spelling_surnames(articles, entities, &surnames);
        let mut taken = bare::taken_by_article(articles.len(), entities);
        for (a, list) in taken.iter_mut().enumerate() {
            list.retain(|r| misread.binary_search(&(a as u32, r.start)).is_err());
        }
        use rayon::prelude::*;
        let extra: Vec<Vec<(u32, Range<usize>)>> = articles
            .par_iter()
            .zip(taken.par_iter())
            .map(|(a, t)| coref::known_names(a, &surnames, &given, t))
            .collect();
        let mut more = vec![0; entities.len()];
        for (owner, _) in extra.iter().flatten() {
            more[*owner as usize] += 1;
        }
        for (e, n) in entities.iter_mut().zip(more) {
            e.mentions.reserve_exact(n);
        }
        let mut named: Vec<(u32, usize)> = Vec::new();
        for (a, list) in extra.into_iter().enumerate() {
            for (owner, range) in list {
                named.push((a as u32, range.start));
                entities[owner as usize]
                    .mentions
                    .push(Mention::new(ArticleId(a as u32), range));
            }
        }
        named.sort_unstable();
        // The places read from a preposition that turned out to be an official's surname are his.
        for e in entities.iter_mut().filter(|e| e.kind == Kind::Place) {
            e.mentions.retain(|m| {
                let at = (m.article.0, m.range().start);
                !(misread.binary_search(&at).is_ok() && named.binary_search(&at).is_ok())
            });
        }
    }
    for e in entities.iter_mut() {
        let mut known: FastMap<String, ()> = e
            .aliases
            .iter()
            .chain(std::iter::once(&e.name))
            .map(|a| (a.clone(), ()))
            .collect();
        let mut seen: Vec<String> = Vec::new();
        for m in &e.mentions {
            let art = &articles[m.article.0 as usize];
            let raw = art.slice(m.range());
            // Most mentions are written with single spaces already: looked up without a copy.
            let plain = !raw.starts_with(' ')
                && !raw.ends_with(' ')
                && !raw.contains("  ")
                && !raw.contains(|c: char| c.is_whitespace() && c != ' ');
            if raw.is_empty() || (plain && known.contains_key(raw)) {
                continue;
            }
            let surface: String = raw.split_whitespace().collect::<Vec<_>>().join(" ");
            if !surface.is_empty() && known.insert(surface.clone(), ()).is_none() {
                seen.push(surface);
            }
        }
        e.aliases.extend(seen);
    }
}

/// Removes the places whose every mention turned out to be an official's surname: an entity is
/// something the sources mention.
fn drop_emptied_places(entities: &mut Vec<Entity>) {
    let before = entities.len();
    entities.retain(|e| e.kind != Kind::Place || !e.mentions.is_empty());
    if entities.len() != before {
        for (i, e) in entities.iter_mut().enumerate() {
            e.id = EntityId(i as u32);
        }
    }
}

/// The mentions, as (article, start), of places named by one unclassed word that is the surname of an
/// official of the corpus, read from a reporting verb's preposition: "Belov reported to Petrov" read a
/// town where the corpus knows the minister Ivan Petrov. A town reached by travel ("flew from Kemble
/// to Tarrow") is a town whatever officials share its name; known places (countries and other classed
/// words) are left alone.
fn places_spelling_surnames(
    articles: &[Article],
    entities: &[Entity],
    surnames: &FastMap<String, u32>,
) -> Vec<(u32, usize)> {
    let mut out: Vec<(u32, usize)> = entities
        .iter()
        .filter(|e| {
            e.kind == Kind::Place
                && !e.name.contains([' ', '-'])
                && recognize::lexicon::classes(&e.name.to_lowercase()) == 0
        })
        .filter(|e| surnames.contains_key(&translit::key(&e.name)))
        .flat_map(|e| {
            e.mentions.iter().filter(|m| {
                articles
                    .get(m.article.0 as usize)
                    .and_then(|a| a.text.get(..m.range().start))
                    .is_some_and(after_reporting_verb)
            })
        })
        .map(|m| (m.article.0, m.range().start))
        .collect();
    out.sort_unstable();
    out
}

/// Whether text ends with a verb of reporting to or meeting someone: "reported to", "told", "met",
/// "met with", "spoke to".
fn after_reporting_verb(before: &str) -> bool {
    let mut words = before
        .rsplit(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase);
    let last = words.next().unwrap_or_default();
    match last.as_str() {
        "told" | "met" | "tells" | "meets" => true,
        "to" | "with" => words.next().is_some_and(|w| {
            matches!(
                w.as_str(),
                "reported"
                    | "reports"
                    | "report"
                    | "reporting"
                    | "spoke"
                    | "speaks"
                    | "talked"
                    | "talks"
                    | "wrote"
                    | "met"
                    | "meets"
                    | "answers"
                    | "answered"
            )
        }),
        _ => false,
    }
}

/// Adds the analyst's entries: onto the entity of the same kind and name key when there is one, else as
/// entities of their own; then finds every exact use of their names in the sources as mentions.
fn merge_gazetteer(entities: &mut Vec<Entity>, gazetteer: &Gazetteer, articles: &[Article]) {
    let mut declared: Vec<usize> = Vec::new();
    for g in &gazetteer.entries {
        let keys: Vec<String> = std::iter::once(&g.name)
            .chain(&g.aliases)
            .map(|n| translit::key(n))
            .collect();
        let existing = entities
            .iter()
            .position(|e| e.kind == g.kind && e.names().any(|n| keys.contains(&translit::key(n))));
        let slot = match existing {
            Some(i) => i,
            None => {
                entities.push(Entity {
                    id: EntityId(entities.len() as u32),
                    kind: g.kind,
                    name: g.name.clone(),
                    aliases: Vec::new(),
                    attributes: Vec::new(),
                    mentions: Vec::new(),
                    gazetteer_aliases: Vec::new(),
                });
                entities.len() - 1
            }
        };
        declared.push(slot);
        let e = &mut entities[slot];
        for alias in std::iter::once(&g.name).chain(&g.aliases) {
            if !e.gazetteer_aliases.contains(alias) {
                e.gazetteer_aliases.push(alias.clone());
            }
        }
        for (key, value) in [
            (AttrKey::Rank, &g.rank),
            (AttrKey::Post, &g.post),
            (AttrKey::Note, &g.note),
        ] {
            if let Some(v) = value {
                e.attributes.push(Attribute {
                    key,
                    value: v.clone(),
                    provenance: Provenance::Gazetteer,
                });
            }
        }
    }
    // Every exact use of a declared name in the sources is a mention.
    let mut patterns: Vec<String> = Vec::new();
    let mut owners: Vec<usize> = Vec::new();
    for &slot in &declared {
        for n in entities[slot].gazetteer_aliases.clone() {
            if !n.trim().is_empty() {
                patterns.push(n);
                owners.push(slot);
            }
        }
    }
    if patterns.is_empty() {
        return;
    }
    let Ok(ac) = AhoCorasickBuilder::new()
        .match_kind(MatchKind::LeftmostLongest)
        .build(&patterns)
    else {
        return;
    };
    for (a, art) in articles.iter().enumerate() {
        let body = art.body.clone();
        let Some(text) = art.text.get(body.clone()) else {
            continue;
        };
        for m in ac.find_iter(text) {
            let range = body.start + m.start()..body.start + m.end();
            if !word_bounded(&art.text, &range) {
                continue;
            }
            let e = &mut entities[owners[m.pattern().as_usize()]];
            let article = ArticleId(a as u32);
            let overlaps = e.mentions.iter().any(|x| {
                x.article == article && x.range().start < range.end && range.start < x.range().end
            });
            if !overlaps {
                e.mentions.push(Mention::new(article, range));
            }
        }
    }
}

fn word_bounded(text: &str, r: &Range<usize>) -> bool {
    let before = text[..r.start].chars().next_back();
    let after = text[r.end..].chars().next();
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn build(texts: &[&str], gazetteer: &str) -> Index {
        let articles = texts
            .iter()
            .enumerate()
            .map(|(i, t)| Article::parse(format!("a{i}.txt"), t.to_string()))
            .collect();
        let g = Gazetteer::parse(Path::new("e.toml"), gazetteer).unwrap();
        Index::build(articles, &g)
    }

    fn of_kind(ix: &Index, k: Kind) -> Vec<&Entity> {
        ix.entities.iter().filter(|e| e.kind == k).collect()
    }

    #[test]
    fn transliteration_variants_link_across_articles() {
        let ix = build(
            &[
                "President Islom Karimov met Defense Minister Sergei Shoigu in Tashkent.",
                "Uzbek President Islam Karimov received Russian Defense Minister Sergey Shoygu. Karimov spoke first.",
            ],
            "",
        );
        let o = of_kind(&ix, Kind::Official);
        assert_eq!(o.len(), 2, "{o:#?}");
        for e in o {
            let articles: Vec<_> = e.mentions.iter().map(|m| m.article.0).collect();
            assert!(articles.contains(&0) && articles.contains(&1), "{e:#?}");
        }
    }

    #[test]
    fn a_units_own_word_alone_joins_the_formation_it_names_elsewhere() {
        let ix = build(
            &[
                "The commander said Ravvar brigade units trained by Turkey would take over positions. \"The Ravvar are ready to hold the line,\" he told state media.",
                "The Turkish-trained Ravvar Brigade is ready to take over security from the mission, the army commander said.",
            ],
            "",
        );
        let u = of_kind(&ix, Kind::Unit);
        let ravvar: Vec<&&Entity> = u.iter().filter(|e| e.name.starts_with("Ravvar")).collect();
        assert_eq!(ravvar.len(), 1, "{u:#?}");
        assert_eq!(files_of(ravvar[0]), [0, 1], "{u:#?}");
        // Two formations of that word elsewhere: which one is meant is unknown.
        let ix = build(
            &[
                "The commander said Ravvar brigade units trained by Turkey would take over positions. \"The Ravvar are ready to hold the line,\" he told state media.",
                "The Turkish-trained Ravvar Brigade is ready to take over security from the mission, the army commander said.",
                "The Ravvar Regiment of the national guard paraded in the capital, the army commander said.",
            ],
            "",
        );
        // The regiment is another formation: nothing of the brigade's joins it.
        let u = of_kind(&ix, Kind::Unit);
        let regiment: Vec<&&Entity> = u.iter().filter(|e| e.name == "Ravvar Regiment").collect();
        assert_eq!(regiment.len(), 1, "{u:#?}");
        assert_eq!(files_of(regiment[0]), [2], "{u:#?}");
    }

    #[test]
    fn a_place_read_from_a_preposition_is_the_surname_of_a_known_official() {
        let ix = build(
            &[
                "President Arkady Zemtsov met the troops. General Adam Jordan commanded them.",
                "Defense Minister Ivan Belov reported to Zemtsov that the airlift was complete. The jets flew to Jordan.",
                "Defense Secretary Pete Tarrow met General Ilan Vasko in Dorvel.",
                "Troops flew from Kemble to Tarrow on Sunday. The frigate returned to Tarrow.",
            ],
            "",
        );
        let zemtsov = ix
            .entities
            .iter()
            .find(|e| e.name == "Arkady Zemtsov")
            .unwrap();
        assert!(
            zemtsov.mentions.iter().any(|m| m.article.0 == 1),
            "{zemtsov:?}"
        );
        let places: Vec<&str> = of_kind(&ix, Kind::Place)
            .into_iter()
            .map(|e| e.name.as_str())
            .collect();
        // No place is left without a mention.
        assert!(
            of_kind(&ix, Kind::Place)
                .iter()
                .all(|e| !e.mentions.is_empty()),
            "{places:?}"
        );
        assert!(!places.contains(&"Zemtsov"), "{places:?}");
        // A known country keeps its name.
        assert!(places.contains(&"Jordan"), "{places:?}");
        // A town that spells an official's surname but is reached by travel stays a town.
        let tarrow = ix
            .entities
            .iter()
            .find(|e| e.name == "Pete Tarrow")
            .unwrap();
        assert!(
            tarrow.mentions.iter().all(|m| m.article.0 == 2),
            "{tarrow:?}"
        );
        assert!(places.contains(&"Tarrow"), "{places:?}");
    }

    #[test]
    fn a_lone_given_name_joins_the_one_official_of_the_article_who_bears_it() {
        let ix = build(
            &[
                "Saudi Defense Minister Prince Turki bin Fahd opened the drills. A statement from Prince Turki’s office praised them.",
                "Defense Minister Prince Nawaf bin Saad and Interior Minister Prince Nawaf bin Ali met. Prince Nawaf spoke.",
            ],
            "",
        );
        let o = of_kind(&ix, Kind::Official);
        let turki: Vec<&&Entity> = o.iter().filter(|e| e.name.starts_with("Turki")).collect();
        assert_eq!(turki.len(), 1, "{o:?}");
        assert_eq!(turki[0].mentions.len(), 2, "{o:?}");
        // Two officials named Nawaf: the lone "Nawaf" is neither.
        assert!(
            o.iter()
                .all(|e| e.name != "Nawaf bin Saad" || e.mentions.len() == 1),
            "{o:?}"
        );
    }

    #[test]
    fn surname_only_article_joins_the_full_name() {
        let ix = build(
            &[
                "Colonel-General Ruslan Safarov, Kyrgyzstan’s defense minister, opened the drills.",
                "The talks were hosted by Safarov, who called them useful.",
            ],
            "",
        );
        let o = of_kind(&ix, Kind::Official);
        assert_eq!(o.len(), 1);
        assert_eq!(o[0].mentions.len(), 2);
        assert!(o[0].aliases.contains(&"Safarov".to_string()));
    }

    /// The articles an entity named `name` (or aliased so) is mentioned in.
    fn articles_of(ix: &Index, name: &str) -> Vec<Vec<u32>> {
        ix.entities
            .iter()
            .filter(|e| e.name == name || e.aliases.iter().any(|a| a == name))
            .map(|e| {
                let mut a: Vec<u32> = e.mentions.iter().map(|m| m.article.0).collect();
                a.sort_unstable();
                a.dedup();
                a
            })
            .collect()
    }

    #[test]
    fn a_roman_corps_number_with_no_type_is_the_one_corps_of_that_number() {
        let ix = build(
            &[
                "The Army’s 5th Mobile Corps on Monday launched the field phase of the drills near Taebaek.",
                "Officials said the IV Corps and the V Corps would lead the drills, while the 4th Corps of the northern army moved guns.",
            ],
            "",
        );
        assert_eq!(articles_of(&ix, "5th Mobile Corps"), [vec![0, 1]]);
        // Two corps of that number with other types: the Roman one is neither.
        let ix = build(
            &[
                "The 5th Mobile Corps launched drills near Taebaek.",
                "The 5th Armored Corps held the line near Kunsan.",
                "The V Corps sent a battalion to the exercise.",
            ],
            "",
        );
        assert_eq!(articles_of(&ix, "V Corps"), [vec![2]]);
    }

    #[test]
    fn a_city_based_numbered_corps_is_the_city_corps_of_other_articles() {
        let ix = build(
            &[
                "Pakistan moved tanks of its Multan-based II Corps toward the border on Monday.",
                "The Multan Corps concluded its annual exercise in the desert, the military said.",
            ],
            "",
        );
        assert_eq!(articles_of(&ix, "Multan Corps"), [vec![0, 1]]);
        let ix = build(
            &[
                "Pakistan moved tanks of its Multan-based II Corps toward the border on Monday.",
                "The Karachi Corps concluded its annual exercise in the desert, the military said.",
            ],
            "",
        );
        assert_eq!(articles_of(&ix, "Karachi Corps"), [vec![1]]);
    }

    #[test]
    fn one_number_with_other_types_or_unknown_countries_stays_apart() {
        let ix = build(
            &[
                "The 25th Air Assault Brigade jumped near Kapchagay.",
                "The 25th Separate Marine Brigade held the coast, and the 25th Guards Air Assault Brigade its flank.",
                "The 9th Guards Tank Division trained in the south, while the 9th Military Base stayed in Abkhazia.",
            ],
            "",
        );
        let mut names: Vec<Vec<&str>> = of_kind(&ix, Kind::Unit)
            .iter()
            .map(|e| {
                let mut v: Vec<&str> = std::iter::once(e.name.as_str())
                    .chain(e.aliases.iter().map(String::as_str))
                    .collect();
                v.sort_unstable();
                v
            })
            .collect();
        names.sort();
        assert_eq!(
            names,
            [
                vec![
                    "25th Air Assault Brigade",
                    "25th Guards Air Assault Brigade"
                ],
                vec!["25th Separate Marine Brigade"],
                vec!["9th Guards Tank Division"],
                vec!["9th Military Base"],
            ]
        );
    }

    #[test]
    fn a_district_of_a_named_country_meets_its_bare_name_only_when_unambiguous() {
        let ix = build(
            &[
                "Troops of the Southern Military District of Russia moved west.",
                "The Southern Military District held drills.",
                "The Northern Military District of Kazakhstan and the Northern Military District of Russia met.",
                "The Northern Military District held drills.",
            ],
            "",
        );
        let u = of_kind(&ix, Kind::Unit);
        let south: Vec<_> = u
            .iter()
            .filter(|e| e.name.starts_with("Southern"))
            .collect();
        assert_eq!(south.len(), 1, "{u:#?}");
        let north: Vec<_> = u
            .iter()
            .filter(|e| e.name.starts_with("Northern"))
            .collect();
        assert_eq!(north.len(), 3, "{u:#?}");
    }

    #[test]
    fn an_ambiguous_bare_district_takes_the_country_of_the_article_s_other_districts() {
        let ix = build(
            &[
                "Troops of the Southern Military District of Russia moved west.",
                "The Northern Military District of Kazakhstan and the Northern Military District of Russia met.",
                "Drills spanned the Northern Military District and the Southern Military District.",
            ],
            "",
        );
        let u = of_kind(&ix, Kind::Unit);
        let north: Vec<_> = u
            .iter()
            .filter(|e| e.name.starts_with("Northern"))
            .map(|e| (e.name.as_str(), files_of(e)))
            .collect();
        assert_eq!(
            north,
            [
                ("Northern Military District of Kazakhstan", vec![1]),
                ("Northern Military District of Russia", vec![1, 2])
            ],
            "{u:#?}"
        );
        // Another article writing it bare with nothing to go on keeps the bare name apart.
        let ix = build(
            &[
                "Troops of the Southern Military District of Russia moved west.",
                "The Northern Military District of Kazakhstan and the Northern Military District of Russia met.",
                "Drills spanned the Northern Military District and the Southern Military District.",
                "The Northern Military District held drills.",
            ],
            "",
        );
        let u = of_kind(&ix, Kind::Unit);
        assert_eq!(
            u.iter().filter(|e| e.name.starts_with("Northern")).count(),
            3,
            "{u:#?}"
        );
    }

    #[test]
    fn a_regional_command_keeps_to_its_stated_country() {
        let india = "The Indian Army's Southern Command held drills near Velora.";
        let israel = "Israel's Southern Command moved two reserve brigades to the border.";
        let bare = "The Southern Command reported no losses near Tarsk.";
        let commands = |texts: &[&str]| -> Vec<Vec<u32>> {
            let ix = build(texts, "");
            of_kind(&ix, Kind::Unit)
                .iter()
                .filter(|e| e.name.ends_with("Southern Command"))
                .map(|e| files_of(e))
                .collect()
        };
        // Two countries' commands stay apart; the bare name of a third article could be either's.
        assert_eq!(commands(&[india, israel]).len(), 2);
        assert_eq!(commands(&[india, israel, bare]).len(), 3);
        // With one country stating it, the bare name is that country's.
        assert_eq!(commands(&[india, bare]), [vec![0, 1]]);
        assert_eq!(commands(&[bare, israel]), [vec![0, 1]]);
    }

    #[test]
    fn persian_given_names_with_q_or_gh_link() {
        let ix = build(
            &[
                "Major General Qasem Rezaei inspected the drills.",
                "General Ghasem Rezaei praised the navy.",
            ],
            "",
        );
        assert_eq!(of_kind(&ix, Kind::Official).len(), 1);
    }

    #[test]
    fn persian_and_urdu_romanizations_link_with_one_given_name() {
        let ix = build(
            &[
                "Chief of Staff Major General Hamid Baqeri inspected the drills. Army chief General Syed Tariq Munir watched.",
                "Major General Hamid Bagheri praised the navy. General Tariq Monir met him. General Reza Bagheri did not. General Ali Hosseini and General Ali Hassani spoke.",
            ],
            "",
        );
        let o = of_kind(&ix, Kind::Official);
        assert_eq!(o.len(), 5, "{o:#?}");
        assert!(o.iter().all(
            |e| e.mentions.len() == 2 || ["Reza", "Ali"].iter().any(|n| e.name.starts_with(n))
        ));
    }

    #[test]
    fn editions_meet_by_year_and_a_bare_series_joins_its_one_edition() {
        let ix = build(
            &[
                "NATO troops joined the Falcon Shield 24 exercise in Poland.",
                "Falcon Shield 2024 ended on Friday after the exercise.",
                "Officers praised the Falcon Shield exercise in the Baltic.",
            ],
            "",
        );
        let x = of_kind(&ix, Kind::Exercise);
        assert_eq!(x.len(), 1, "{x:#?}");
        assert_eq!(x[0].mentions.len(), 3);
    }

    #[test]
    fn editions_of_one_series_are_distinct_and_a_roman_number_is_its_digits() {
        let ix = build(
            &[
                "Ferocious Falcon 5 was held in 2022 and the exercise Ferocious Falcon 6 in 2025.",
                "The guard joined the exercise Ferocious Falcon VI in Qatar.",
            ],
            "",
        );
        let x = of_kind(&ix, Kind::Exercise);
        let names: Vec<(&str, usize)> = x
            .iter()
            .map(|e| (e.name.as_str(), e.mentions.len()))
            .collect();
        assert_eq!(
            names,
            [("Ferocious Falcon 5", 1), ("Ferocious Falcon 6", 2)],
            "{x:#?}"
        );
    }

    #[test]
    fn one_word_names_of_other_armies_and_reordered_words_stay_apart() {
        let ix = build(
            &[
                "Russian paratroopers began the Grom-2024 exercise near Pskov.",
                "Jordanian units held the Raad 2024 exercise in the desert.",
                "French sailors joined the Tonnerre 2024 exercise off Brest.",
                "Pilots flew in the Eagle Strike 2025 exercise over the sea.",
                "Crews trained in the Strike Eagle 2025 exercise over the hills.",
            ],
            "",
        );
        let x = of_kind(&ix, Kind::Exercise);
        assert_eq!(x.len(), 5, "{x:#?}");
    }

    #[test]
    fn a_translation_meets_its_name_by_several_words_or_in_parentheses() {
        let ix = build(
            &[
                "The chief of staff oversaw the Qalaa al-Sahil 1 exercise near the coast.",
                "Observers praised the Coast Citadel 1 exercise.",
                "Troops began the Zapad-2025 (West-2025) exercise in Belarus.",
                "The West-2025 exercise ended on Friday.",
            ],
            "",
        );
        let x = of_kind(&ix, Kind::Exercise);
        let names: Vec<(&str, usize)> = x
            .iter()
            .map(|e| (e.name.as_str(), e.mentions.len()))
            .collect();
        assert_eq!(names, [("Qalaa al-Sahil 1", 2), ("West-2025", 3)], "{x:#?}");
    }

    #[test]
    fn a_bare_series_in_another_article_is_that_exercise() {
        let ix = build(
            &[
                "Ships joined the Falcon Shield 2024 exercise in Poland.",
                "Observers who attended Falcon Shield praised the crews. The Great Falcon Shield hotel was full.",
            ],
            "",
        );
        let x = of_kind(&ix, Kind::Exercise);
        assert_eq!(x.len(), 1, "{x:#?}");
        assert_eq!(x[0].name, "Falcon Shield 2024");
        assert_eq!(x[0].mentions.len(), 2, "{x:#?}");
        assert_eq!(x[0].mentions[1].article.0, 1);
    }

    #[test]
    fn national_forms_of_given_names_and_surnames_link() {
        let ix = build(
            &[
                "Belarusian Defense Minister Alyaksandr Vaitsenka opened the drills.",
                "Defense Minister Alexander Vaitsenko of Belarus said the drills went well.",
                "Defense Minister Viktor Vaitsenko of Ukraine disagreed.",
            ],
            "",
        );
        let o = of_kind(&ix, Kind::Official);
        assert_eq!(o.len(), 2, "{o:#?}");
    }

    #[test]
    fn an_untitled_full_name_joins_the_official_with_that_given_name() {
        let ix = build(
            &[
                "Kyrgyz President Sadyr Japarov opened the summit.",
                "Two years after Sadyr Japarov came to power, Almaz Japarov remained a poet.",
            ],
            "",
        );
        let o = of_kind(&ix, Kind::Official);
        assert_eq!(o.len(), 1, "{o:#?}");
        let in_second: Vec<_> = o[0]
            .mentions
            .iter()
            .filter(|m| m.article.0 == 1)
            .map(|m| ix.article(m.article).slice(m.range()).to_string())
            .collect();
        assert_eq!(in_second, ["Sadyr Japarov"]);
    }

    #[test]
    fn a_one_word_translation_joins_when_a_sibling_exercise_is_shared() {
        let ix = build(
            &[
                "The CSTO staged Vzaimodeistvie-2031 (Interaction-2031) and Poisk-2031 at the Tarvel range.",
                "The reconnaissance drill Search-2031 was held with Interaction-2031 near Tarvel.",
                "The Russian navy held Grom-2031 in the Baltic.",
                "The Marn army held the Thunder-2031 exercise near Kesso.",
            ],
            "",
        );
        let ex = of_kind(&ix, Kind::Exercise);
        let poisk = ex.iter().find(|e| e.names().any(|n| n == "Poisk-2031"));
        assert_eq!(poisk.map(|e| files_of(e)), Some(vec![0, 1]), "{ex:#?}");
        let grom = ex.iter().find(|e| e.names().any(|n| n == "Grom-2031"));
        assert_eq!(grom.map(|e| files_of(e)), Some(vec![2]), "{ex:#?}");
    }

    #[test]
    fn a_unit_named_in_two_languages_in_apposition_is_one_formation() {
        let ix = build(
            &[
                "Berlin confirmed the timetable for its permanent Estonia brigade, Panzerbrigade 47, which is due in 2027.",
                "The so-called Estonia brigade will number about 4,800 soldiers.",
                "The 12th Armoured Brigade, Panzerbrigade 47 and the 3rd Brigade trained together.",
            ],
            "",
        );
        let u = of_kind(&ix, Kind::Unit);
        let estonia = u
            .iter()
            .find(|e| e.names().any(|n| n == "Estonia brigade"))
            .map(|e| files_of(e));
        assert_eq!(estonia, Some(vec![0, 1, 2]), "{u:#?}");
        let twelfth = u.iter().find(|e| e.name == "12th Armoured Brigade");
        assert_eq!(twelfth.map(|e| files_of(e)), Some(vec![2]), "{u:#?}");
    }

    #[test]
    fn numbered_division_and_base_are_one_formation() {
        let ix = build(
            &[
                "The 102nd Russian Motorized Rifle Division is based in Gyumri.",
                "Moscow will modernize the Russian 102nd military base next year.",
                "The 102nd Ukrainian Territorial Defense Brigade moved west.",
            ],
            "",
        );
        let u = of_kind(&ix, Kind::Unit);
        assert_eq!(u.len(), 2, "{u:#?}");
        assert_eq!(u[0].mentions.len(), 2);
        assert_eq!(u[1].mentions.len(), 1);
    }

    #[test]
    fn two_numbered_bases_in_one_town_leave_the_towns_base_to_neither() {
        let ix = build(
            &[
                "The 7th military base in Kolvaro held drills with soldiers.",
                "The 9th military base in Kolvaro was set up, troops said, in 2020.",
                "Soldiers at the Kolvaro military base trained on Monday.",
            ],
            "",
        );
        let u = of_kind(&ix, Kind::Unit);
        assert!(u.iter().all(|e| e.mentions.len() == 1), "{u:#?}");
        // One numbered base in the town is the town's base.
        let ix = build(
            &[
                "The 7th military base in Kolvaro held drills with soldiers.",
                "Soldiers at the Kolvaro military base trained on Monday.",
            ],
            "",
        );
        let u = of_kind(&ix, Kind::Unit);
        assert_eq!(u.len(), 1, "{u:#?}");
    }

    #[test]
    fn border_troops_and_border_forces_of_two_countries_stay_apart() {
        let ix = build(
            &[
                "The 5th Border Troops Detachment of Tajikistan moved. The Tajik 7th Border Troops \
                 Detachment moved.",
                "The 5th Border Forces Detachment of Kyrgyzstan moved. The Kyrgyz 7th Border Forces \
                 Detachment moved.",
                "The 9th Border Troops Detachment of Kyrgyzstan moved.",
                "The 9th Border Forces Detachment of Kyrgyzstan moved.",
            ],
            "",
        );
        let u = of_kind(&ix, Kind::Unit);
        assert_eq!(u.len(), 5, "{u:#?}");
    }

    #[test]
    fn spelled_out_and_roman_numbers_meet_their_numerals() {
        let ix = build(
            &[
                "Ships of the U.S. 7th Fleet and the 31st Corps sailed.",
                "The U.S. Seventh Fleet and the XXXI Corps joined, but the Seventh Army did not.",
                "The 7th Pacific Fleet sailed.",
            ],
            "",
        );
        let u = of_kind(&ix, Kind::Unit);
        let mut sizes: Vec<(usize, &str)> = u
            .iter()
            .map(|e| (e.mentions.len(), e.name.as_str()))
            .collect();
        sizes.sort_unstable();
        assert_eq!(sizes.len(), 3, "{u:#?}");
        assert_eq!(sizes[0], (1, "Seventh Army"));
        assert_eq!(sizes[1].0, 2, "{u:#?}");
        assert_eq!(sizes[2].0, 3, "{u:#?}");
    }

    #[test]
    fn gazetteer_entities_get_their_mentions() {
        let ix = build(
            &["The Dushanbe garrison and the Garrison of Khorog were put on alert."],
            "[[entity]]\nname = \"Dushanbe garrison\"\nkind = \"unit\"\n",
        );
        let e = ix
            .entities
            .iter()
            .find(|e| e.name == "Dushanbe garrison")
            .unwrap();
        assert_eq!(e.mentions.len(), 1);
        assert_eq!(e.mentions[0].range(), 4..21);
    }

    fn files_of(e: &Entity) -> Vec<u32> {
        let mut a: Vec<u32> = e.mentions.iter().map(|m| m.article.0).collect();
        a.sort_unstable();
        a.dedup();
        a
    }

    #[test]
    fn long_names_dropped_middle_names_and_honorifics_link() {
        let ix = build(
            &[
                "Pakistan’s Air Chief Marshal Tariq Javed Iqbal Malik sent fighters. General Syed Kamran Haider, the army chief, met him.",
                "Air Chief Marshal Tariq Iqbal Malik visited Doha. Army chief Gen. Kamran Haider attended.",
            ],
            "",
        );
        let o = of_kind(&ix, Kind::Official);
        assert_eq!(o.len(), 2, "{o:#?}");
        for e in o {
            assert_eq!(files_of(e), [0, 1], "{e:#?}");
        }
    }

    #[test]
    fn a_lone_surname_joins_the_full_name_of_its_own_article_first() {
        let ix = build(
            &[
                "President Luis Alberto Arce Catacora opened the session. Later, President Arce spoke to the troops.",
                "Defence Minister Carlos Arce inspected the 3rd Brigade.",
            ],
            "",
        );
        let people = of_kind(&ix, Kind::Official);
        let luis = people
            .iter()
            .find(|e| e.name.contains("Luis"))
            .expect("the president is found");
        let carlos = people
            .iter()
            .find(|e| e.name.contains("Carlos"))
            .expect("the minister is found");
        assert!(files_of(luis).contains(&0) && luis.mentions.len() == 2);
        assert_eq!(files_of(carlos), [1]);
    }

    #[test]
    fn a_shared_surname_or_middle_name_is_not_one_person() {
        let ix = build(
            &[
                "Air Chief Marshal Tariq Javed Iqbal Malik sent fighters.",
                "Defense Minister Imran Javed Malik visited Doha. Gen. Tariq Ahmed Qureshi attended.",
            ],
            "",
        );
        let o = of_kind(&ix, Kind::Official);
        assert_eq!(o.len(), 3, "{o:#?}");
        assert!(o.iter().all(|e| files_of(e).len() == 1), "{o:#?}");
    }

    #[test]
    fn middle_names_that_disagree_are_two_people_and_a_name_fitting_both_is_neither() {
        let ix = build(
            &[
                "Saudi Defense Minister Prince Khalid bin Salman Al Saud opened the drills.",
                "Saudi Ambassador Prince Khalid bin Bandar Al Saud spoke in London.",
                "Prince Khalid bin Salman Al Saud met Air Chief Marshal Zaheer Ahmad Babar Sidhu.",
                "Defense Minister Khalid Al Saud spoke. Air Chief Marshal Zaheer Babar Sidhu listened.",
            ],
            "",
        );
        let o = of_kind(&ix, Kind::Official);
        let files = |n: &str| {
            o.iter()
                .find(|e| e.name == n)
                .map(|e| files_of(e))
                .unwrap_or_default()
        };
        assert_eq!(files("Khalid bin Salman Al Saud"), [0, 2], "{o:#?}");
        assert_eq!(files("Khalid bin Bandar Al Saud"), [1], "{o:#?}");
        assert_eq!(files("Khalid Al Saud"), [3], "{o:#?}");
        assert_eq!(files("Zaheer Ahmad Babar Sidhu"), [2, 3], "{o:#?}");
    }

    #[test]
    fn a_name_in_its_own_script_joins_spellings_of_one_family_name() {
        let ix = build(
            &[
                "Defense Minister Andrew Chou (周文龍) said the patrol was lawful.",
                "Chou Wen-lung (周文龍), the defense minister, said the drills were routine.",
                "Spokesman Tang Weiliang (唐伟良) said the patrol was lawful.",
                "Spokesman Fang Jiahui (唐伟良) said the drills were routine.",
            ],
            "",
        );
        let o = of_kind(&ix, Kind::Official);
        let spellings = |name: &str| {
            o.iter().find(|e| e.name == name).map(|e| {
                e.mentions
                    .iter()
                    .map(|m| m.article)
                    .collect::<std::collections::BTreeSet<_>>()
                    .len()
            })
        };
        assert_eq!(spellings("Andrew Chou"), Some(2), "{o:#?}");
        // The same characters after two family names: two people.
        assert_eq!(spellings("Tang Weiliang"), Some(1), "{o:#?}");
        assert_eq!(spellings("Fang Jiahui"), Some(1), "{o:#?}");
    }

    #[test]
    fn a_lone_given_name_finds_its_bearer_past_the_honorifics() {
        let ix = build(
            &[
                "The Emir, His Highness Sheikh Tamim bin Hamad Al Thani, opened the drills. Later Emir Tamim reviewed the troops.",
            ],
            "",
        );
        let o = of_kind(&ix, Kind::Official);
        assert_eq!(o.len(), 1, "{o:#?}");
        assert_eq!(o[0].mentions.len(), 2, "{o:#?}");
    }

    #[test]
    fn russified_surnames_british_spellings_and_korean_romanizations_link() {
        let ix = build(
            &[
                "Tajik Defense Minister Col. Gen. Davlat Nazarov met Lt. Gen. Kim Gye-hwan. The Northern Theatre Command watched.",
                "Defense Minister Colonel General Davlat Nazar spoke to Lt. Gen. Kim Kye-hwan. The Northern Theater Command watched.",
            ],
            "",
        );
        for k in [Kind::Official, Kind::Unit] {
            for e in of_kind(&ix, k) {
                assert_eq!(files_of(e), [0, 1], "{e:#?}");
            }
        }
        // Another given name under the same family name is another person.
        let ix = build(
            &[
                "Lt. Gen. Kim Gye-hwan spoke.",
                "Lt. Gen. Kim Kyu-hwan spoke. Defense Minister Rustam Nazarov agreed.",
                "Defense Minister Davlat Nazar spoke.",
            ],
            "",
        );
        assert!(
            of_kind(&ix, Kind::Official)
                .iter()
                .all(|e| files_of(e).len() == 1)
        );
    }

    #[test]
    fn honorifics_russian_suffixes_korean_syllables_and_british_spellings_link() {
        let ix = build(
            &[
                "Army chief Gen. Syed Tariq Naseer met Defense Minister Rustam Haydarov and Gen. Park Gye-dong. Troops of the Western Theatre Command watched.",
                "Gen. Tariq Naseer, Defense Minister Rustam Haydar and Gen. Park Kye-tong spoke. The Western Theater Command drilled.",
            ],
            "",
        );
        let o = of_kind(&ix, Kind::Official);
        assert_eq!(o.len(), 3, "{o:#?}");
        for e in o.iter().chain(&of_kind(&ix, Kind::Unit)) {
            let articles: Vec<_> = e.mentions.iter().map(|m| m.article.0).collect();
            assert!(articles.contains(&0) && articles.contains(&1), "{e:#?}");
        }
        // Other given names stay other people.
        let ix = build(
            &[
                "Defense Minister Rustam Haydarov spoke.",
                "Interior Minister Bakhtiyor Haydar spoke.",
            ],
            "",
        );
        assert_eq!(of_kind(&ix, Kind::Official).len(), 2);
    }

    #[test]
    fn national_forms_one_vowel_or_v_and_u_apart_link() {
        let ix = build(
            &[
                "Defense Minister Maj. Gen. Paval Zhuraveika spoke. Lt. Gen. Edvard Manasyan agreed.",
                "Defense Minister Maj. Gen. Pavel Zhuraveiko spoke. Lt. Gen. Eduard Manasyan agreed.",
            ],
            "",
        );
        let o = of_kind(&ix, Kind::Official);
        assert_eq!(o.len(), 2, "{o:#?}");
        for e in o {
            assert_eq!(files_of(e), [0, 1], "{e:#?}");
        }
        // Two vowels apart (with another post: one post would back the spelling), or another given
        // name: other people.
        let ix = build(
            &[
                "Defense Minister Maj. Gen. Pavel Zhuraveiko spoke. Lt. Gen. Edvard Manasyan agreed.",
                "Interior Minister Maj. Gen. Pavel Zhuravuiku spoke. Lt. Gen. Artur Manasyan agreed.",
            ],
            "",
        );
        assert!(
            of_kind(&ix, Kind::Official)
                .iter()
                .all(|e| files_of(e).len() == 1)
        );
    }
}
