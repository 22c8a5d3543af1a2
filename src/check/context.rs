//! What every check needs: the note's mentions by sentence, the source sentences that speak about an
//! entity, alignment of a note sentence with the source sentence that reports the same event, and the
//! words that say where a source passage is.

use std::cell::{OnceCell, RefCell};
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::ops::Range;
use std::rc::Rc;

use super::cache::{Sources, hash_word};
use crate::entity::{ArticleId, EntityId, Kind, Mention, Passage};
use crate::index::Index;
use crate::matching::DetailedMatch;
use crate::note::Note;
use crate::note::claims::{Token, content_word, tokens};

pub use super::cache::{Cand, SourceSentence};

/// Articles compared when a note names no source and a sentence names no entity.
const CONTEXT_ARTICLES: usize = 3;

/// Where a claim sits in the note: its sentence, the words alignment leaves out (the claim's and the
/// entities'), and the least overlap with an entity's own sentences that makes them evidence.
pub struct ClaimSite {
    pub sentence: Range<usize>,
    pub exclude: Vec<Range<usize>>,
    pub min_entity_score: usize,
    /// What decides which source values are relevant to the claim and fit it: claims with equal keys
    /// fit the same source sentences, so a long note that repeats a claim about an entity looks through
    /// the entity's sentences once.
    pub key: String,
}

/// The source sentences a note sentence's claims are compared with: lists kept with the index (an
/// entity's window, a context article's sentences), read in turn.
pub struct Candidates<'a> {
    /// Tells candidate lists apart within one check run.
    id: usize,
    lists: Vec<&'a [Cand]>,
    /// Least number of shared content words for an alignment to count.
    pub min_score: usize,
    /// The sentences speak about an entity the note sentence names.
    pub entity_tied: bool,
}

impl<'a> Candidates<'a> {
    /// Every candidate; a sentence in the windows of two entities the note sentence names comes twice.
    pub fn iter(&self) -> impl Iterator<Item = &'a Cand> + '_ {
        self.lists.iter().flat_map(|l| l.iter())
    }
}

impl NoteSentence {
    fn words(&self, text: &str) -> &[Option<u64>] {
        self.words.get_or_init(|| {
            self.tokens
                .iter()
                .map(|t| content_word(text, t).map(|w| hash_word(&w)))
                .collect()
        })
    }
}

/// Maps and sets keyed by ids and offsets, which a check run queries for every candidate sentence: a
/// multiplicative hash is several times cheaper than the default keyed one, and these keys come from the
/// index, not from an adversary.
pub(super) type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<IdHasher>>;
type FastSet<K> = HashSet<K, BuildHasherDefault<IdHasher>>;

/// FxHash-style mixing of small integer keys.
#[derive(Default)]
pub(super) struct IdHasher(u64);

impl IdHasher {
    fn mix(&mut self, x: u64) {
        self.0 = (self.0.rotate_left(5) ^ x).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut buf = [0u8; 8];
            buf[..chunk.len()].copy_from_slice(chunk);
            self.mix(u64::from_le_bytes(buf));
        }
    }
    fn write_u32(&mut self, x: u32) {
        self.mix(u64::from(x));
    }
    fn write_u64(&mut self, x: u64) {
        self.mix(x);
    }
    fn write_usize(&mut self, x: usize) {
        self.mix(x as u64);
    }
}

/// One note being checked against the index.
pub struct Context<'a> {
    pub index: &'a Index,
    pub note: &'a Note,
    pub text: &'a str,
    pub preferred: &'a [ArticleId],
    /// Mentions in the note's prose, in order.
    pub matches: Vec<&'a DetailedMatch>,
    sources: Sources<'a>,
    candidates: RefCell<FastMap<usize, Option<Rc<Candidates<'a>>>>>,
    /// Candidates by the entities a sentence names for sure (most sentences of a long note name the
    /// same few), and the context articles' candidates for sentences that name none.
    entity_candidates: RefCell<FastMap<Vec<EntityId>, Option<Rc<Candidates<'a>>>>>,
    context_candidates: OnceCell<Rc<Candidates<'a>>>,
    context_articles: OnceCell<Vec<ArticleId>>,
    /// Whether an entity-tied list holds a sentence that fits a claim, by list and claim key.
    fits: RefCell<FastMap<(usize, String), bool>>,
    /// Each note sentence's words, read once for every claim parser and alignment, by sentence range.
    note_sentences: RefCell<FastMap<(usize, usize), Rc<NoteSentence>>>,
}

/// A note sentence split into words once: the number, date and place parsers, the alignment of each of
/// their claims and the unknown-official check all read the same words.
pub struct NoteSentence {
    pub tokens: Vec<Token>,
    /// Hash of each token's stem when it is a content word (see [`content_word`]), read when a claim of
    /// the sentence is first aligned: most sentences never are.
    words: OnceCell<Vec<Option<u64>>>,
    /// Ranges claim parsers skip: mentions, code and citations.
    pub exclusions: Vec<Range<usize>>,
}

/// A source sentence aligned with a note sentence, with the values of one kind of claim it holds.
pub struct Aligned<'a, T> {
    pub article: ArticleId,
    pub sentence: Range<usize>,
    pub values: Vec<T>,
    cand: &'a Cand,
}

impl<'a> Context<'a> {
    /// A context whose note mentions were found already (`matches`: the matcher's result for the whole
    /// `text`), so that a front end that shares them with other features does not search twice. The
    /// mentions are borrowed, not copied: a long note has thousands.
    pub fn with_matches(
        index: &'a Index,
        note: &'a Note,
        text: &'a str,
        preferred: &'a [ArticleId],
        matches: &'a [DetailedMatch],
    ) -> Context<'a> {
        let matches = matches
            .iter()
            .filter(|m| m.range.start >= note.body.start && !note.in_code(&m.range))
            .collect();
        Context {
            index,
            note,
            text,
            preferred,
            matches,
            sources: Sources::of(index),
            candidates: RefCell::new(FastMap::default()),
            entity_candidates: RefCell::new(FastMap::default()),
            context_candidates: OnceCell::new(),
            context_articles: OnceCell::new(),
            fits: RefCell::new(FastMap::default()),
            note_sentences: RefCell::new(FastMap::default()),
        }
    }

    /// A note sentence's words and exclusions, read on first use.
    pub fn note_sentence(&self, sentence: &Range<usize>) -> Rc<NoteSentence> {
        let key = (sentence.start, sentence.end);
        if let Some(found) = self.note_sentences.borrow().get(&key) {
            return found.clone();
        }
        let read = Rc::new(NoteSentence {
            tokens: tokens(self.text, sentence.clone()),
            words: OnceCell::new(),
            exclusions: self.note_exclusions(sentence),
        });
        self.note_sentences.borrow_mut().insert(key, read.clone());
        read
    }

    /// The note's mentions within `range`.
    pub fn matches_in(&self, range: &Range<usize>) -> &[&'a DetailedMatch] {
        let from = self
            .matches
            .partition_point(|m| m.range.start < range.start);
        let to = self.matches.partition_point(|m| m.range.start < range.end);
        &self.matches[from..to.max(from)]
    }

    /// The note sentences, each with its mentions.
    pub fn sentences(&self) -> impl Iterator<Item = (Range<usize>, &[&'a DetailedMatch])> {
        self.note
            .sentences
            .iter()
            .map(|s| (s.clone(), self.matches_in(s)))
    }

    /// What the index's cache reads from the sources.
    pub fn sources(&self) -> Sources<'a> {
        self.sources
    }

    pub fn kind(&self, e: EntityId) -> Kind {
        self.index.entity(e).kind
    }

    /// The source sentence holding a passage's start (the passage itself when none does).
    pub fn sentence_of(&self, p: &Passage) -> Range<usize> {
        self.sources.sentence_of(p)
    }

    fn paragraph_of(&self, a: ArticleId, offset: usize) -> usize {
        let paras = &self.index.article(a).paragraphs;
        paras.partition_point(|p| p.range().end < offset)
    }

    /// Where the sources name an entity (see [`Sources::mentions_of`]).
    pub fn mentions_of(&self, e: EntityId) -> &'a [Mention] {
        self.sources.mentions_of(e)
    }

    /// Every entity mention in an article, in order.
    pub fn mentions_in(&self, a: ArticleId) -> &'a [(Range<usize>, EntityId)] {
        self.sources.mentions_in(a)
    }

    /// The officials, units and exercises a note sentence surely names, in order of first mention. Words
    /// that may name several entities (a surname two officials share) tell nothing: they are left out.
    fn named_entities(&self, matches: &[&DetailedMatch]) -> Vec<EntityId> {
        let mut named: Vec<EntityId> = Vec::new();
        for m in matches {
            let Some(e) = m.unique() else { continue };
            if matches!(self.kind(e), Kind::Official | Kind::Unit | Kind::Exercise)
                && !named.contains(&e)
            {
                named.push(e);
            }
        }
        named
    }

    /// The articles a note is about: those its front matter names, else those that mention the entities
    /// it names most.
    pub fn context_articles(&self) -> &[ArticleId] {
        self.context_articles.get_or_init(|| {
            if !self.preferred.is_empty() {
                return self.preferred.to_vec();
            }
            let mut entities: Vec<EntityId> = self
                .matches
                .iter()
                .flat_map(|m| m.entities.iter().copied())
                .collect();
            entities.sort_unstable();
            entities.dedup();
            // One counter per article: a long note names hundreds of entities with thousands of
            // mentions each, and a dense array counts them several times faster than a map.
            let mut counts = vec![0u32; self.index.articles.len()];
            for e in entities {
                for mention in self.mentions_of(e).iter() {
                    if let Some(c) = counts.get_mut(mention.article.0 as usize) {
                        *c += 1;
                    }
                }
            }
            let mut ranked: Vec<(u32, usize)> = counts
                .into_iter()
                .enumerate()
                .filter(|(_, c)| *c > 0)
                .map(|(a, c)| (c, a))
                .collect();
            let rank = |&(c, a): &(u32, usize)| (std::cmp::Reverse(c), a);
            if ranked.len() > CONTEXT_ARTICLES {
                ranked.select_nth_unstable_by_key(CONTEXT_ARTICLES - 1, rank);
                ranked.truncate(CONTEXT_ARTICLES);
            }
            ranked.sort_unstable_by_key(rank);
            ranked
                .into_iter()
                .take(CONTEXT_ARTICLES)
                .map(|(_, a)| ArticleId(a as u32))
                .collect()
        })
    }

    /// Candidate source sentences for a claim in a note sentence, and the least context overlap that
    /// makes an alignment trustworthy: the windows of the entities it surely names when it names an
    /// official, unit or exercise, else the context articles (which then need two shared words).
    pub fn candidates(&self, sentence: &Range<usize>) -> Option<Rc<Candidates<'a>>> {
        if let Some(c) = self.candidates.borrow().get(&sentence.start) {
            return c.clone();
        }
        let matches = self.matches_in(sentence);
        let key = |m: &&DetailedMatch| {
            m.entities
                .iter()
                .any(|e| matches!(self.kind(*e), Kind::Official | Kind::Unit | Kind::Exercise))
        };
        let found = if !matches.iter().any(key) {
            Some(
                self.context_candidates
                    .get_or_init(|| {
                        Rc::new(Candidates {
                            id: 0,
                            lists: self
                                .context_articles()
                                .iter()
                                .map(|&a| self.sources.all(a))
                                .collect(),
                            min_score: 2,
                            entity_tied: false,
                        })
                    })
                    .clone(),
            )
        } else {
            let named = self.named_entities(matches);
            let cached = self.entity_candidates.borrow().get(&named).cloned();
            match cached {
                Some(c) => c,
                None => {
                    let lists: Vec<&'a [Cand]> = named
                        .iter()
                        .map(|&e| self.sources.window(e))
                        .filter(|w| !w.is_empty())
                        .collect();
                    // Entities named, none of them surely: which sources to compare with is a guess.
                    let id = self.entity_candidates.borrow().len() + 1;
                    let c = (!lists.is_empty()).then(|| {
                        Rc::new(Candidates {
                            id,
                            lists,
                            min_score: 0,
                            entity_tied: true,
                        })
                    });
                    self.entity_candidates.borrow_mut().insert(named, c.clone());
                    c
                }
            }
        };
        self.candidates
            .borrow_mut()
            .insert(sentence.start, found.clone());
        found
    }

    /// Ranges a claim parser must skip in a note sentence: mentions, code and citations.
    pub fn note_exclusions(&self, sentence: &Range<usize>) -> Vec<Range<usize>> {
        let mut out: Vec<Range<usize>> = self
            .matches_in(sentence)
            .iter()
            .map(|m| m.range.clone())
            .collect();
        out.extend(self.note.code_in(sentence).iter().cloned());
        out.extend(citations(self.text, sentence.clone()));
        out
    }

    /// The candidates that best report the same event as `note_sentence` (most shared content words,
    /// the claim's and the entities' own words left out) among those holding a value of the claim's
    /// kind, each sentence once. Empty when the best overlap is below `min_score`.
    pub fn align<T: Clone + 'a>(
        &self,
        note_sentence: &Range<usize>,
        exclude: &[Range<usize>],
        candidates: &Candidates<'a>,
        min_score: usize,
        values: &impl Fn(SourceSentence<'a>) -> &'a [T],
        relevant: &impl Fn(&T) -> bool,
    ) -> Vec<Aligned<'a, T>> {
        let read = self.note_sentence(note_sentence);
        let mut note_words: Vec<u64> = read
            .tokens
            .iter()
            .zip(read.words(self.text))
            .filter(|(t, _)| {
                !exclude
                    .iter()
                    .any(|e| e.start < t.range.end && t.range.start < e.end)
            })
            .filter_map(|(_, w)| *w)
            .collect();
        note_words.sort_unstable();
        note_words.dedup();
        let mut top = 0;
        let mut best: Vec<&'a Cand> = Vec::new();
        for c in candidates.iter() {
            let source = c.view(self.index);
            if !values(source).iter().any(relevant) {
                continue;
            }
            let words = source.words();
            let score = note_words
                .iter()
                .filter(|w| words.binary_search(w).is_ok())
                .count();
            if score < min_score || score < top {
                continue;
            }
            if score > top || best.is_empty() {
                best.clear();
                top = score;
            }
            best.push(c);
        }
        let mut seen: FastSet<(ArticleId, usize)> = FastSet::default();
        best.into_iter()
            .filter(|c| seen.insert((c.article, c.range().start)))
            .map(|c| Aligned {
                article: c.article,
                sentence: c.range().clone(),
                values: values(c.view(self.index))
                    .iter()
                    .filter(|v| relevant(v))
                    .cloned()
                    .collect(),
                cand: c,
            })
            .collect()
    }

    /// Compares a claim with the sources: `None` when they agree or cannot tell, else the source
    /// sentences that best report the same event and what they say instead.
    ///
    /// Against an entity's own sentences, a claim that fits any of them is accepted (the sources may
    /// report several events of one entity); otherwise the best-aligned sentences are the evidence, if
    /// they share at least `min_entity_score` words with the note's sentence.
    /// Against the context articles, only the best-aligned sentences count.
    pub fn compare<T: Clone + 'a>(
        &self,
        site: &ClaimSite,
        candidates: &Candidates<'a>,
        values: impl Fn(SourceSentence<'a>) -> &'a [T],
        relevant: impl Fn(&T) -> bool,
        fits: impl Fn(SourceSentence<'a>, &T) -> bool,
    ) -> Option<Vec<Aligned<'a, T>>> {
        let fits_any = |c: &'a Cand| {
            let source = c.view(self.index);
            values(source)
                .iter()
                .any(|v| relevant(v) && fits(source, v))
        };
        if candidates.entity_tied {
            let key = (candidates.id, site.key.clone());
            let known = self.fits.borrow().get(&key).copied();
            let fits = known.unwrap_or_else(|| {
                let fits = candidates.iter().any(fits_any);
                self.fits.borrow_mut().insert(key, fits);
                fits
            });
            if fits {
                return None;
            }
        }
        let min_score = if candidates.entity_tied {
            site.min_entity_score
        } else {
            candidates.min_score
        };
        let aligned = self.align(
            &site.sentence,
            &site.exclude,
            candidates,
            min_score,
            &values,
            &relevant,
        );
        let fits_best = aligned.iter().any(|a| fits_any(a.cand));
        (!aligned.is_empty() && !fits_best).then_some(aligned)
    }

    /// Ranges of the note sentence that name officials, units or exercises, and `claim`: left out when
    /// aligning, since every candidate sentence names the entity anyway.
    pub fn align_exclusions(
        &self,
        sentence: &Range<usize>,
        claim: &Range<usize>,
    ) -> Vec<Range<usize>> {
        let mut out: Vec<Range<usize>> = self
            .matches_in(sentence)
            .iter()
            .filter(|m| {
                m.entities
                    .iter()
                    .any(|e| matches!(self.kind(*e), Kind::Official | Kind::Unit | Kind::Exercise))
            })
            .map(|m| m.range.clone())
            .collect();
        out.push(claim.clone());
        out
    }

    /// "edm-3-65-tajik-military.txt, paragraph 5 (Avesta, March 28; Itar-Tass, March 29)".
    pub fn where_is(&self, a: ArticleId, offset: usize) -> String {
        let article = self.index.article(a);
        let mut s = format!(
            "{}, paragraph {}",
            article.title(),
            self.paragraph_of(a, offset) + 1
        );
        if let Some(c) = self.citation_of(a, offset) {
            s.push_str(&format!(", {c}"));
        }
        s
    }

    /// The citation backing the sentence at `offset`: the corpus's when it parsed one, else the last
    /// parenthesis of the paragraph that names a date.
    fn citation_of(&self, a: ArticleId, offset: usize) -> Option<String> {
        let article = self.index.article(a);
        if let Some(c) = article
            .sentence_at(offset)
            .and_then(|i| article.sentences.get(i))
            .and_then(|s| s.citation())
            .and_then(|c| article.citation_range(c))
        {
            return Some(citation_label(article.slice(c)));
        }
        let para = article
            .paragraphs
            .get(self.paragraph_of(a, offset))?
            .range();
        let c = citations(&article.text, para).pop()?;
        Some(citation_label(&article.text[c]))
    }

    /// A source sentence as a message quotes it: one line, at most about 200 characters.
    pub fn quote_sentence(&self, a: ArticleId, sentence: &Range<usize>) -> String {
        one_line(self.index.article(a).slice(sentence.clone()), 200)
    }
}

/// Parentheses that read as citations: they name a month ("(Interfax, Moscow, March 29)").
pub fn citations(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let Some(s) = text.get(range.clone()) else {
        return out;
    };
    // Parentheses are ASCII, so the bytes can be scanned without decoding (no byte of a longer
    // character is below 0x80); most sentences have none at all.
    if !s.contains(')') {
        return out;
    }
    let mut open = None;
    for (i, c) in s.bytes().enumerate() {
        match c {
            b'(' => open = Some(i),
            b')' => {
                if let Some(o) = open.take() {
                    let inner = &s[o + 1..i];
                    let names_month = inner
                        .split(|c: char| !c.is_alphabetic())
                        .any(|w| crate::note::claims::date::month(w).is_some() && w.len() >= 3);
                    if names_month && (inner.contains(',') || inner.contains(';')) {
                        out.push(range.start + o..range.start + i + 1);
                    }
                }
            }
            _ => {}
        }
    }
    out
}

/// Text on one line (runs of whitespace become one space), shortened to about `max` characters.
pub fn one_line(s: &str, max: usize) -> String {
    let joined: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if joined.chars().count() <= max {
        return joined;
    }
    let cut: String = joined.chars().take(max).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(a, _)| a);
    format!("{cut} …")
}

/// A citation as a message names it: without its parentheses and on one line, even when the article is
/// hard-wrapped inside it ("BelTA,\nSeptember 14").
fn citation_label(parenthesis: &str) -> String {
    one_line(
        parenthesis.trim_start_matches('(').trim_end_matches(')'),
        200,
    )
}

/// Values of a disagreement named in the message and offered as fixes; a claim that a whole corpus counts
/// differently would otherwise list every article, which no reader follows and every client pays to show.
const SHOWN_VALUES: usize = 4;
/// Source passages a contradiction links, at most.
const MAX_RELATED: usize = 12;

/// What a source says in place of a note's claim.
pub struct Evidence {
    pub article: ArticleId,
    pub sentence: Range<usize>,
    /// The value as the source writes it ("300 to 400 servicemen").
    pub written: String,
    /// The text a fix puts in place of the note's words ("300 to 400").
    pub replacement: String,
}

/// A finding for a claim the sources contradict: it quotes the source (or, when sources disagree with
/// each other, each of them), links every passage and offers each source's value as a fix.
pub fn contradiction(
    cx: &Context,
    code: &'static str,
    range: Range<usize>,
    fix_range: Range<usize>,
    evidence: &[Evidence],
) -> Option<super::Finding> {
    use super::{Edit, Finding, Fix, Related, Severity};
    let first = evidence.first()?;
    let written = one_line(&cx.text[range.clone()], 80);
    let mut distinct: Vec<&Evidence> = Vec::new();
    let mut unshown = 0;
    for e in evidence {
        if !distinct.iter().any(|d| d.replacement == e.replacement) {
            if distinct.len() < SHOWN_VALUES {
                distinct.push(e);
            } else {
                unshown += 1;
            }
        }
    }
    let message = if distinct.len() == 1 {
        format!(
            "the source says “{}”, not “{written}”: “{}” ({})",
            first.written,
            cx.quote_sentence(first.article, &first.sentence),
            cx.where_is(first.article, first.sentence.start)
        )
    } else {
        let list: Vec<String> = distinct
            .iter()
            .map(|e| {
                format!(
                    "“{}” ({})",
                    e.written,
                    cx.where_is(e.article, e.sentence.start)
                )
            })
            .collect();
        let more = match unshown {
            0 => String::new(),
            1 => " and one other value".to_string(),
            n => format!(" and {n} other values"),
        };
        format!(
            "the sources disagree: {}{more}; none says “{written}”",
            list.join(", ")
        )
    };
    let related = evidence
        .iter()
        .filter(|e| distinct.iter().any(|d| d.replacement == e.replacement))
        .take(MAX_RELATED)
        .map(|e| Related {
            passage: Passage::new(e.article, e.sentence.clone()),
            message: format!("the source says “{}” here", e.written),
        })
        .collect();
    let fixes = distinct
        .iter()
        .map(|e| Fix {
            title: format!("Change to “{}” as the source says", e.replacement),
            edits: vec![Edit {
                range: fix_range.clone(),
                new_text: e.replacement.clone(),
            }],
            gazetteer_entry: None,
        })
        .collect();
    Some(Finding {
        code,
        severity: Severity::Warning,
        range,
        message,
        related,
        fixes,
    })
}
