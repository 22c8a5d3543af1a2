//! `unknown-official` (a hint): a titled person no source mentions ("Colonel Ivan Petrov"). The note may
//! be right, the sources just do not say it; the fix adds the person to the gazetteer, so the name is
//! known from then on.

use std::ops::Range;

use super::context::Context;
use super::{Finding, Fix, Severity};
use crate::note::claims::rank_before;

pub const CODE: &str = "unknown-official";

/// Capitalized words that follow a rank without being a name ("General Staff", "Colonel General").
const NOT_NAMES: &[&str] = &[
    "Staff",
    "Headquarters",
    "Assembly",
    "Directorate",
    "Command",
    "Ministry",
    "Forces",
    "Army",
    "District",
    "Council",
    "Committee",
    "Secretary",
    "Prosecutor",
    "Department",
    "Administration",
    "Office",
    "Service",
    "General",
    "Colonel",
    "Major",
    "Lieutenant",
    "Captain",
    "Admiral",
    "The",
    "A",
    "An",
    "And",
    "Of",
];

pub fn check(cx: &Context) -> Vec<Finding> {
    let mut out = Vec::new();
    for (sentence, matches) in cx.sentences() {
        let read = cx.note_sentence(&sentence);
        let toks = &read.tokens;
        let mut i = 0;
        while i < toks.len() {
            // Only a capitalized word can end a rank.
            let after_capital =
                i > 0 && cx.text[toks[i - 1].range.clone()].starts_with(char::is_uppercase);
            let rank = if after_capital {
                rank_before(cx.text, toks[i].range.start)
            } else {
                None
            };
            let Some((rank_range, rank)) = rank else {
                i += 1;
                continue;
            };
            // Up to three capitalized words right after the rank, one space apart.
            let mut k = i;
            while k < toks.len() && k < i + 3 {
                let w = &cx.text[toks[k].range.clone()];
                let capitalized = w.chars().next().is_some_and(char::is_uppercase)
                    && w.chars().skip(1).any(char::is_lowercase)
                    && w.chars()
                        .all(|c| c.is_alphabetic() || c == '-' || c == '\'' || c == '’');
                let adjacent = k == i
                    || cx.text[toks[k - 1].range.end..toks[k].range.start]
                        .chars()
                        .all(|c| c == ' ');
                if !capitalized
                    || !adjacent
                    || NOT_NAMES.contains(&w)
                    || (k > i && toks[k - 1].possessive)
                {
                    break;
                }
                k += 1;
            }
            // A first name and a surname at least: a lone word after a rank is too often not a name.
            if k - i < 2 {
                i += 1;
                continue;
            }
            let name: Range<usize> = toks[i].range.start..toks[k - 1].range.end;
            let known = matches
                .iter()
                .any(|m| m.range.start < name.end && name.start < m.range.end)
                || {
                    let surname = &cx.text[toks[k - 1].range.clone()];
                    cx.sources().writes_word(surname)
                };
            if !known && !cx.note.in_code(&name) {
                let name_text = &cx.text[name.clone()];
                let entry = format!(
                    "\n[[entity]]\nname = {}\nkind = \"official\"\nrank = {}\n",
                    toml_string(name_text),
                    toml_string(rank.canonical)
                );
                out.push(Finding {
                    code: CODE,
                    severity: Severity::Hint,
                    range: rank_range.start..name.end,
                    message: format!(
                        "no source mentions {} {name_text}; if the note is right, add this official to the gazetteer",
                        rank.canonical
                    ),
                    related: Vec::new(),
                    fixes: vec![Fix {
                        title: format!("Add “{name_text}” to the gazetteer"),
                        edits: Vec::new(),
                        gazetteer_entry: Some(entry),
                    }],
                });
            }
            i = k;
        }
    }
    out
}

fn toml_string(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
