//! Checking a note again after an edit, re-checking only the blocks (the sentences of a line: a list item,
//! a heading, a short paragraph) that changed: an edit in a long note leaves the findings of every other
//! line as they were.
//!
//! A block's findings are kept under everything they can depend on: its own text and structure
//! (sentences, code and quotations, relative to its start), its neighbours' texts (checks look a few words
//! back and ahead, possibly across a line break), and what holds for the whole note: the settings, the
//! sources the note names and the articles it is about (which any sentence naming no entity is compared
//! with). When the note-wide part changes, every block is checked again. The index is the caller's to
//! watch: a new index needs a new [`Incremental`].
//!
//! The result is the full check's ([`super::check_note_at`]), finding for finding and in the same order.

use std::hash::{BuildHasher, BuildHasherDefault};
use std::ops::Range;
use std::path::Path;
use std::sync::Arc;

use super::context::{FastMap, IdHasher};
use super::{Context, Finding, Settings, check_context, preferred_articles};
use crate::entity::ArticleId;
use crate::index::Index;
use crate::matching::DetailedMatch;
use crate::note::Note;

/// The findings of one note's blocks from the previous check, by what they depend on.
#[derive(Debug, Default)]
pub struct Incremental {
    /// The last text checked, where it was, and its findings: checking it again (a save without edits,
    /// a re-check asked for twice) gives them back at once.
    last: Option<Last>,
    whole: Option<Whole>,
    /// Findings with ranges relative to their block's start.
    /// Keyed by the note's own text, hashed by a fast hash: a long note's blocks are hashed twice a check.
    blocks: FastMap<BlockKey, Arc<Vec<Finding>>>,
    rechecked: usize,
}

#[derive(Debug)]
struct Last {
    text: Box<str>,
    path: Option<Box<Path>>,
    settings: Settings,
    findings: Vec<Finding>,
}

/// What every block's findings depend on.
#[derive(Debug, PartialEq, Eq)]
struct Whole {
    settings: Settings,
    preferred: Vec<ArticleId>,
    context: Vec<ArticleId>,
}

#[derive(Debug, PartialEq, Eq, Hash)]
struct BlockKey {
    text: Box<str>,
    before: u64,
    after: u64,
    /// Sentences (0), quotations (1) and code (2) touching the block, relative to its start.
    structure: Vec<(u8, isize, isize)>,
}

impl Incremental {
    pub fn new() -> Incremental {
        Incremental::default()
    }

    /// How many blocks the last [`Incremental::check`] checked (the others came from the previous one).
    pub fn rechecked(&self) -> usize {
        self.rechecked
    }

    /// Checks `text` as [`super::check_note_at`] does, re-checking only what changed since the last call.
    pub fn check(
        &mut self,
        index: &Index,
        text: &str,
        settings: &Settings,
        path: Option<&Path>,
    ) -> Vec<Finding> {
        self.check_matched(index, text, settings, path, &|| {
            index.matcher().find_detailed(text).into()
        })
    }

    /// Like [`Incremental::check`], for a caller that keeps the matcher's result for `text` (`matches`,
    /// asked only when something must be checked).
    pub fn check_matched(
        &mut self,
        index: &Index,
        text: &str,
        settings: &Settings,
        path: Option<&Path>,
        matches: &dyn Fn() -> Arc<[DetailedMatch]>,
    ) -> Vec<Finding> {
        if let Some(last) = &self.last
            && *last.text == *text
            && last.path.as_deref() == path
            && last.settings == *settings
        {
            self.rechecked = 0;
            return last.findings.clone();
        }
        let findings = self.check_blocks(index, text, settings, path, matches);
        self.last = Some(Last {
            text: text.into(),
            path: path.map(Into::into),
            settings: settings.clone(),
            findings: findings.clone(),
        });
        findings
    }

    fn check_blocks(
        &mut self,
        index: &Index,
        text: &str,
        settings: &Settings,
        path: Option<&Path>,
        matches: &dyn Fn() -> Arc<[DetailedMatch]>,
    ) -> Vec<Finding> {
        let note = Note::parse(text);
        let preferred = preferred_articles(index, &note, path);
        let blocks = blocks(text, &note);
        let starts: Vec<usize> = blocks.iter().map(|b| b.start).collect();
        let block_of = |offset: usize| starts.partition_point(|&s| s <= offset).saturating_sub(1);
        let hashes: Vec<u64> = blocks.iter().map(|b| hash(&text[b.clone()])).collect();
        let keys: Vec<BlockKey> = blocks
            .iter()
            .enumerate()
            .map(|(i, b)| BlockKey {
                text: text[b.clone()].into(),
                before: i.checked_sub(1).map_or(0, |j| hashes[j]),
                after: hashes.get(i + 1).copied().unwrap_or(0),
                structure: structure(&note, b),
            })
            .collect();
        let mut dirty: Vec<bool> = keys.iter().map(|k| !self.blocks.contains_key(k)).collect();

        let mut restricted = note.clone();
        restricted.sentences.retain(|s| dirty[block_of(s.start)]);
        restricted.quotations.retain(|q| dirty[block_of(q.start)]);
        let matches = matches();
        let mut cx = Context::with_matches(index, &restricted, text, &preferred, &matches);
        // Computed from every mention in the note before the mentions are narrowed to the dirty blocks.
        let whole = Whole {
            settings: settings.clone(),
            preferred: preferred.clone(),
            context: cx.context_articles().to_vec(),
        };
        if self.whole.as_ref() != Some(&whole) {
            self.blocks.clear();
            dirty.iter_mut().for_each(|d| *d = true);
            cx.note = &note;
        }
        cx.matches.retain(|m| dirty[block_of(m.range.start)]);
        let mut fresh: Vec<Vec<Finding>> = vec![Vec::new(); blocks.len()];
        for f in check_context(&cx, settings) {
            let b = block_of(f.range.start);
            if dirty[b] {
                fresh[b].push(shift(f, -(starts[b] as isize)));
            }
        }

        let mut kept = FastMap::with_capacity_and_hasher(keys.len(), Default::default());
        let mut out = Vec::new();
        for (i, key) in keys.into_iter().enumerate() {
            let relative = match self.blocks.get(&key) {
                Some(found) if !dirty[i] => found.clone(),
                _ => Arc::new(std::mem::take(&mut fresh[i])),
            };
            out.extend(
                relative
                    .iter()
                    .map(|f| shift(f.clone(), starts[i] as isize)),
            );
            kept.insert(key, relative);
        }
        self.blocks = kept;
        self.whole = Some(whole);
        self.rechecked = dirty.iter().filter(|d| **d).count();
        out.sort_by(|a, b| {
            (a.range.start, a.range.end, a.code).cmp(&(b.range.start, b.range.end, b.code))
        });
        out.dedup_by(|a, b| a.code == b.code && a.range == b.range);
        out
    }
}

/// Splits a note into blocks covering all of it: a block starts at each sentence that starts a line
/// (a list item, a heading, a paragraph, a line of a hard-wrapped paragraph whose sentence ends with
/// the line). The first block also holds the front matter.
fn blocks(text: &str, note: &Note) -> Vec<Range<usize>> {
    let mut starts = vec![0];
    for pair in note.sentences.windows(2) {
        let gap = text.get(pair[0].end..pair[1].start).unwrap_or("");
        if gap.contains(['\n', '\r']) && pair[1].start > starts[starts.len() - 1] {
            starts.push(pair[1].start);
        }
    }
    let ends = starts.iter().skip(1).copied().chain([text.len()]);
    starts.iter().zip(ends).map(|(&s, e)| s..e).collect()
}

/// The sentences, quotations and code touching `block`, relative to its start.
fn structure(note: &Note, block: &Range<usize>) -> Vec<(u8, isize, isize)> {
    let at = block.start as isize;
    let touching = |list: &[Range<usize>]| {
        let from = list.partition_point(|r| r.end < block.start);
        list[from..]
            .iter()
            .take_while(|r| r.start <= block.end)
            .map(|r| (r.start as isize - at, r.end as isize - at))
            .collect::<Vec<_>>()
    };
    let mut out = Vec::new();
    for (tag, list) in [(0u8, &note.sentences), (1, &note.quotations)] {
        out.extend(touching(list).into_iter().map(|(a, b)| (tag, a, b)));
    }
    // Code ranges are sorted by start but may nest (inline code in a block): scan them all.
    out.extend(
        note.code
            .iter()
            .filter(|r| r.start <= block.end && block.start <= r.end)
            .map(|r| (2, r.start as isize - at, r.end as isize - at)),
    );
    out
}

fn hash(s: &str) -> u64 {
    BuildHasherDefault::<IdHasher>::default().hash_one(s)
}

fn shift_range(r: &Range<usize>, by: isize) -> Range<usize> {
    r.start.saturating_add_signed(by)..r.end.saturating_add_signed(by)
}

/// Moves a finding (its range and its fixes' edits) by `by` bytes.
fn shift(mut f: Finding, by: isize) -> Finding {
    f.range = shift_range(&f.range, by);
    for fix in &mut f.fixes {
        for e in &mut fix.edits {
            e.range = shift_range(&e.range, by);
        }
    }
    f
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::check_note_at;
    use crate::gazetteer::Gazetteer;
    use proptest::prelude::*;

    fn seed() -> Index {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("examples/sources/edm-3-65-tajik-military.txt");
        let article = crate::corpus::load_file(&path).expect("the seed article loads");
        Index::build(vec![article], &Gazetteer::default())
    }

    const MORE: &str =
        "Colonel-General Sherali Khayrulloyev, the defense minister, called Russia the most
reliable partner (Interfax, Moscow, March 29). Khayruloev said \"Soviet standards are no worse.\"

The one-day Masnad-2006 drill involved more than 3,000 servicemen. General Shahid Tirmizei led the
Pakistani delegation (Avesta, March 28). Rakhmonov endorsed a blueprint.
";

    fn notes() -> Vec<String> {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/notes");
        let draft = std::fs::read_to_string(dir.join("tajik-military-draft.md")).unwrap();
        let clean = std::fs::read_to_string(dir.join("tajik-military.md")).unwrap();
        let body = |t: &str| t.splitn(3, "---\n").nth(2).unwrap_or(t).to_string();
        vec![
            format!("{draft}\n{}\n{}", body(&clean), MORE),
            // No sources named: the note's own mentions choose the articles it is compared with.
            format!("{}{}\n```\nKhayruloev 3,000\n```\n", body(&draft), MORE),
        ]
    }

    /// Snippets edits insert: names and variants, numbers, quotation marks, line breaks, code fences.
    const INSERTS: &[&str] = &[
        "",
        "x",
        "\n",
        "\n\n",
        " Khayruloev",
        "Colonel-General ",
        "5,000",
        "“",
        "”",
        "```\n",
        "`",
        "- Masnad-2006 drew 9,000 servicemen.\n",
        ". He said",
        "---\n",
        "source: none\n",
    ];

    fn edit(text: &str, at: usize, len: usize, insert: &str) -> String {
        let mut a = (at % (text.len() + 1)).min(text.len());
        while !text.is_char_boundary(a) {
            a -= 1;
        }
        let mut b = (a + len).min(text.len());
        while !text.is_char_boundary(b) {
            b += 1;
        }
        format!("{}{insert}{}", &text[..a], &text[b..])
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(48))]
        #[test]
        fn edits_rechecked_incrementally_match_a_full_check(
            which in 0usize..2,
            edits in prop::collection::vec((any::<usize>(), 0usize..40, 0..INSERTS.len()), 1..8),
        ) {
            let index = seed();
            let settings = Settings::default();
            let mut text = notes()[which].clone();
            let mut inc = Incremental::new();
            prop_assert_eq!(inc.check(&index, &text, &settings, None), check_note_at(&index, &text, &settings, None));
            for (at, len, i) in edits {
                text = edit(&text, at, len, INSERTS[i]);
                let full = check_note_at(&index, &text, &settings, None);
                let got = inc.check(&index, &text, &settings, None);
                prop_assert_eq!(got, full, "after an edit, text:\n{}", text);
            }
        }
    }

    #[test]
    fn an_edit_rechecks_its_line_and_its_neighbours_only() {
        let index = seed();
        let settings = Settings::default();
        let text = notes()[0].clone();
        let mut inc = Incremental::new();
        let first = inc.check(&index, &text, &settings, None);
        assert!(!first.is_empty(), "the example notes have findings");
        let all = inc.rechecked();
        assert!(all > 10, "{all} blocks");
        assert_eq!(inc.check(&index, &text, &settings, None), first);
        assert_eq!(inc.rechecked(), 0, "nothing changed");
        let at = text.find("Masnad-2006 drew").unwrap();
        let edited = format!(
            "{}{}",
            &text[..at],
            &text[at..].replacen("2,000", "2,500", 1)
        );
        assert_eq!(
            inc.check(&index, &edited, &settings, None),
            check_note_at(&index, &edited, &settings, None)
        );
        assert_eq!(
            inc.rechecked(),
            3,
            "the edited line and the lines either side"
        );
        let off = Settings {
            severity: [("number-mismatch".to_string(), None)]
                .into_iter()
                .collect(),
        };
        inc.check(&index, &edited, &off, None);
        assert_eq!(inc.rechecked(), all, "new settings check everything again");
    }
}
