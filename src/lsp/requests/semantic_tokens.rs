//! `textDocument/semanticTokens/full`: every mention of a known entity, typed by kind so that officials,
//! units and exercises are told apart, with a `variant` modifier on spellings no source uses.

use tower_lsp_server::ls_types::{
    SemanticToken, SemanticTokens, SemanticTokensParams, SemanticTokensResult,
};

use crate::entity::Kind;
use crate::index::Index;
use crate::lsp::documents::Snapshot;
use crate::lsp::position::Encoding;
use crate::lsp::session::Session;
use crate::matching::MatchQuality;

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
    Some(SemanticTokensResult::Tokens(SemanticTokens {
        result_id: None,
        data: tokens(&index, &snap, session.encoding()),
    }))
}

/// The encoded tokens of a document: one per line a mention covers (a name hard-wrapped over two lines
/// gives two tokens, as the protocol cannot span lines).
pub fn tokens(index: &Index, snap: &Snapshot, enc: Encoding) -> Vec<SemanticToken> {
    let rope = &snap.rope;
    let mut matches = index.matcher().find(&snap.text);
    matches.sort_by_key(|m| m.range.start);
    let units = |c: usize| match enc {
        Encoding::Utf8 => rope.char_to_byte(c),
        Encoding::Utf16 => rope.char_to_utf16_cu(c),
    };
    let mut out = Vec::with_capacity(matches.len());
    let (mut prev_line, mut prev_col) = (0usize, 0usize);
    for m in matches {
        let kind = index.entity(m.entity).kind;
        let modifiers = u32::from(m.quality == MatchQuality::Variant);
        let start = rope.byte_to_char(m.range.start.min(rope.len_bytes()));
        let end = rope.byte_to_char(m.range.end.min(rope.len_bytes()));
        let mut c = start;
        while c < end {
            let line = rope.char_to_line(c);
            let line_start = rope.line_to_char(line);
            let next_line = if line + 1 < rope.len_lines() {
                rope.line_to_char(line + 1)
            } else {
                rope.len_chars()
            };
            let mut seg_end = end.min(next_line);
            while seg_end > c && matches!(rope.char(seg_end - 1), '\n' | '\r') {
                seg_end -= 1;
            }
            if seg_end > c {
                let col = units(c) - units(line_start);
                let delta_line = line - prev_line;
                let delta_start = if delta_line == 0 {
                    col.saturating_sub(prev_col)
                } else {
                    col
                };
                out.push(SemanticToken {
                    delta_line: delta_line as u32,
                    delta_start: delta_start as u32,
                    length: (units(seg_end) - units(c)) as u32,
                    token_type: token_type(kind),
                    token_modifiers_bitset: modifiers,
                });
                prev_line = line;
                prev_col = col;
            }
            c = next_line.max(c + 1);
        }
    }
    out
}
