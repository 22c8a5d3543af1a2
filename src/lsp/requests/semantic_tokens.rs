//! `textDocument/semanticTokens/full`: every mention of a known entity, typed by kind so that officials,
//! units and exercises are told apart, with a `variant` modifier on spellings no source uses.

use tower_lsp_server::ls_types::{
    SemanticToken, SemanticTokens, SemanticTokensParams, SemanticTokensResult,
};

use crate::entity::Kind;
use crate::ide;
use crate::lsp::documents::Snapshot;
use crate::lsp::position::Encoding;
use crate::lsp::session::Session;

/// Token types, in legend order: one per entity kind (the index of a kind in [`Kind::ALL`]).
pub const LEGEND_TYPES: [&str; 6] = [
    "official",
    "unit",
    "exercise",
    "place",
    "organization",
    "outlet",
];
/// Token modifiers, in legend order.
pub const LEGEND_MODIFIERS: [&str; 1] = ["variant"];

fn token_type(k: Kind) -> u32 {
    Kind::ALL.iter().position(|&x| x == k).unwrap_or(0) as u32
}

pub fn semantic_tokens(
    session: &Session,
    params: SemanticTokensParams,
) -> Option<SemanticTokensResult> {
    let snap = session.snapshot(&params.text_document.uri)?;
    let index = session.index();
    let matches = snap.analysis.matches(&index, &snap.text);
    let tokens = ide::semantic_tokens_of(&index, &snap.text, &matches);
    Some(SemanticTokensResult::Tokens(SemanticTokens {
        result_id: None,
        data: encode(&tokens, &snap, session.encoding()),
    }))
}

/// Encodes tokens relative to each other, as the protocol wants, in one pass over the text (a 1 MB note
/// has tens of thousands of mentions: per-token position lookups would dominate). A token that would
/// cross a line break (the protocol cannot span lines) is cut at the end of its first line.
pub fn encode(tokens: &[ide::Token], snap: &Snapshot, enc: Encoding) -> Vec<SemanticToken> {
    let text: &str = &snap.text;
    let bytes = text.as_bytes();
    let units = |c: char| match enc {
        Encoding::Utf8 => c.len_utf8() as u32,
        Encoding::Utf16 => c.len_utf16() as u32,
    };
    let mut sorted: Vec<&ide::Token> = tokens.iter().collect();
    sorted.sort_by_key(|t| t.range.start);
    // The scan's place: a byte offset, and its line and column.
    let (mut at, mut line, mut col) = (0usize, 0u32, 0u32);
    let (mut prev_line, mut prev_col) = (0u32, 0u32);
    let mut out = Vec::with_capacity(sorted.len());
    for t in sorted {
        let Some(words) = text.get(t.range.clone()) else {
            continue;
        };
        let start = t.range.start;
        if start < at {
            continue; // overlaps the previous token
        }
        for (i, c) in text[at..start].char_indices() {
            match c {
                '\n' => (line, col) = (line + 1, 0),
                '\r' if bytes.get(at + i + 1) != Some(&b'\n') => (line, col) = (line + 1, 0),
                '\r' => {}
                c => col += units(c),
            }
        }
        at = start;
        let first_line = words.split(['\n', '\r']).next().unwrap_or("");
        let length: u32 = first_line.chars().map(units).sum();
        if length == 0 {
            continue;
        }
        let delta_line = line - prev_line;
        out.push(SemanticToken {
            delta_line,
            delta_start: if delta_line == 0 { col - prev_col } else { col },
            length,
            token_type: token_type(t.kind),
            token_modifiers_bitset: u32::from(t.variant),
        });
        (prev_line, prev_col) = (line, col);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lsp::position::byte_position;
    use ropey::Rope;
    use std::sync::Arc;

    fn snapshot(text: &str) -> Snapshot {
        Snapshot {
            uri: "file:///n.md".parse().unwrap(),
            version: 1,
            language_id: "markdown".into(),
            rope: Rope::from_str(text),
            text: Arc::from(text),
            analysis: Arc::default(),
        }
    }

    #[test]
    fn one_pass_encoding_agrees_with_rope_positions() {
        let text = "😀 Ab\r\ncé Cd\rEf\n\nGh 中 Ij\r\nKl\nmn";
        let snap = snapshot(text);
        let names = ["Ab", "Cd", "Ef", "Gh", "Ij", "Kl\nmn"];
        let tokens: Vec<ide::Token> = names
            .iter()
            .map(|n| {
                let s = text.find(n).unwrap();
                ide::Token {
                    range: s..s + n.len(),
                    kind: Kind::Unit,
                    variant: n == &"Cd",
                }
            })
            .collect();
        for enc in [Encoding::Utf8, Encoding::Utf16] {
            let got = encode(&tokens, &snap, enc);
            let (mut line, mut col) = (0, 0);
            for (t, tok) in got.iter().zip(&tokens) {
                if t.delta_line > 0 {
                    (line, col) = (line + t.delta_line, t.delta_start);
                } else {
                    col += t.delta_start;
                }
                let want = byte_position(&snap.rope, tok.range.start, enc);
                assert_eq!((line, col), (want.line, want.character), "{enc:?} {tok:?}");
                assert_eq!(t.length, 2, "cut at the line break");
                assert_eq!(t.token_modifiers_bitset, u32::from(tok.variant));
                assert_eq!(t.token_type, 1);
            }
            assert_eq!(got.len(), names.len());
        }
    }
}
