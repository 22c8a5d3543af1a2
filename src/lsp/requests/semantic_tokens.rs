//! `textDocument/semanticTokens/full`: every mention of a known entity, typed by kind so that officials,
//! units and exercises are told apart, with a `variant` modifier on spellings no source uses.

use tower_lsp_server::ls_types::{
    Position, SemanticToken, SemanticTokens, SemanticTokensParams, SemanticTokensResult,
};

use crate::entity::Kind;
use crate::ide;
use crate::lsp::documents::Snapshot;
use crate::lsp::position::{self, Encoding};
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
    let tokens = ide::semantic_tokens(&index, &snap.text);
    Some(SemanticTokensResult::Tokens(SemanticTokens {
        result_id: None,
        data: encode(&tokens, &snap, session.encoding()),
    }))
}

/// Encodes tokens relative to each other, as the protocol wants. A token that would cross a line break
/// (the protocol cannot span lines) is cut at the end of its first line.
pub fn encode(tokens: &[ide::Token], snap: &Snapshot, enc: Encoding) -> Vec<SemanticToken> {
    let rope = &snap.rope;
    let mut sorted: Vec<&ide::Token> = tokens.iter().collect();
    sorted.sort_by_key(|t| t.range.start);
    let (mut prev_line, mut prev_col) = (0u32, 0u32);
    let mut out = Vec::with_capacity(sorted.len());
    for t in sorted {
        let start = position::byte_position(rope, t.range.start, enc);
        let mut end = position::byte_position(rope, t.range.end, enc);
        if end.line != start.line {
            let line_end = position::rope_char(rope, Position::new(start.line, u32::MAX), enc);
            end = position::char_position(rope, line_end, enc);
        }
        let length = end.character.saturating_sub(start.character);
        if length == 0 {
            continue;
        }
        let delta_line = start.line - prev_line;
        let delta_start = if delta_line == 0 {
            start.character.saturating_sub(prev_col)
        } else {
            start.character
        };
        out.push(SemanticToken {
            delta_line,
            delta_start,
            length,
            token_type: token_type(t.kind),
            token_modifiers_bitset: u32::from(t.variant),
        });
        prev_line = start.line;
        prev_col = start.character;
    }
    out
}
