//! Converting between protocol positions (line, column in the negotiated encoding) and offsets in a text.
//!
//! Lines end at `\n`, `\r\n` or a lone `\r`, as in LSP (ropey is built with `cr_lines` and without its
//! Unicode line breaks for exactly this reason). Columns count UTF-8 bytes or UTF-16 code units. Positions
//! out of range never panic: a column past the end of its line clamps to the line's end (before its line
//! break), a line past the end clamps to the end of the text, and a column inside a character moves to the
//! character's start.

use ropey::Rope;
use tower_lsp_server::ls_types::{Position, PositionEncodingKind};

/// How the client and the server count columns.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Encoding {
    /// UTF-8 code units (bytes): what Neovim offers, and the cheapest for us.
    Utf8,
    /// UTF-16 code units: the protocol's mandatory default (VS Code).
    #[default]
    Utf16,
}

impl Encoding {
    /// UTF-8 when the client offers it, else UTF-16 (which every client must support).
    pub fn negotiate(offered: Option<&[PositionEncodingKind]>) -> Encoding {
        match offered {
            Some(kinds) if kinds.contains(&PositionEncodingKind::UTF8) => Encoding::Utf8,
            _ => Encoding::Utf16,
        }
    }

    pub fn kind(self) -> PositionEncodingKind {
        match self {
            Encoding::Utf8 => PositionEncodingKind::UTF8,
            Encoding::Utf16 => PositionEncodingKind::UTF16,
        }
    }

    fn units(self, c: char) -> usize {
        match self {
            Encoding::Utf8 => c.len_utf8(),
            Encoding::Utf16 => c.len_utf16(),
        }
    }
}

/// Number of chars of `line` before its line break (`\n`, `\r\n` or `\r`).
fn content_chars(line: ropey::RopeSlice<'_>) -> usize {
    let mut n = line.len_chars();
    if n > 0 && line.char(n - 1) == '\n' {
        n -= 1;
    }
    if n > 0 && line.char(n - 1) == '\r' {
        n -= 1;
    }
    n
}

/// The char index of a position in a rope, clamped into the text.
pub fn rope_char(rope: &Rope, pos: Position, enc: Encoding) -> usize {
    let line = pos.line as usize;
    if line >= rope.len_lines() {
        return rope.len_chars();
    }
    let start = rope.line_to_char(line);
    let slice = rope.line(line);
    let content = slice.slice(..content_chars(slice));
    let col = pos.character as usize;
    let in_line = match enc {
        Encoding::Utf8 => content.byte_to_char(col.min(content.len_bytes())),
        Encoding::Utf16 => content.utf16_cu_to_char(col.min(content.len_utf16_cu())),
    };
    start + in_line
}

/// The byte offset of a position in a rope, clamped into the text and onto a char boundary.
pub fn rope_byte(rope: &Rope, pos: Position, enc: Encoding) -> usize {
    rope.char_to_byte(rope_char(rope, pos, enc))
}

/// The position of a char index in a rope (clamped to the end of the text).
pub fn char_position(rope: &Rope, char_idx: usize, enc: Encoding) -> Position {
    let c = char_idx.min(rope.len_chars());
    let line = rope.char_to_line(c);
    let start = rope.line_to_char(line);
    let col = match enc {
        Encoding::Utf8 => rope.char_to_byte(c) - rope.char_to_byte(start),
        Encoding::Utf16 => rope.char_to_utf16_cu(c) - rope.char_to_utf16_cu(start),
    };
    Position::new(line as u32, col as u32)
}

/// The position of a byte offset in a rope (clamped, and moved back onto a char boundary).
pub fn byte_position(rope: &Rope, byte: usize, enc: Encoding) -> Position {
    let b = byte.min(rope.len_bytes());
    char_position(rope, rope.byte_to_char(b), enc)
}

/// Line starts of a plain string (a source article's text), for converting byte offsets in texts that
/// are not open in the editor without building a rope for each.
#[derive(Clone, Debug)]
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(text: &str) -> LineIndex {
        let bytes = text.as_bytes();
        let mut starts = vec![0];
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'\n' => starts.push(i + 1),
                b'\r' if bytes.get(i + 1) != Some(&b'\n') => starts.push(i + 1),
                _ => {}
            }
            i += 1;
        }
        LineIndex { starts }
    }

    /// The position of a byte offset in `text` (the text this index was built from).
    pub fn position(&self, text: &str, byte: usize, enc: Encoding) -> Position {
        let b = floor_boundary(text, byte);
        let line = self.starts.partition_point(|&s| s <= b).saturating_sub(1);
        column_position(text, line, self.starts[line], b, enc)
    }
}

/// `byte` clamped into `text` and moved back onto a char boundary.
pub fn floor_boundary(text: &str, byte: usize) -> usize {
    let mut b = byte.min(text.len());
    while !text.is_char_boundary(b) {
        b -= 1;
    }
    b
}

/// The position of char boundary `byte` on 0-based `line`, which starts at byte `line_start`.
pub fn column_position(
    text: &str,
    line: usize,
    line_start: usize,
    byte: usize,
    enc: Encoding,
) -> Position {
    let col: usize = match enc {
        Encoding::Utf8 => byte.saturating_sub(line_start),
        Encoding::Utf16 => text
            .get(line_start..byte)
            .map_or(0, |s| s.chars().map(|c| enc.units(c)).sum()),
    };
    Position::new(line as u32, col as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pos(line: u32, character: u32) -> Position {
        Position::new(line, character)
    }

    #[test]
    fn columns_after_emoji_and_combining_marks() {
        // "😀" is 4 bytes, 2 UTF-16 units; "é" as e + U+0301 is 3 bytes, 2 units.
        let text = "a😀b\ne\u{301}x";
        let rope = Rope::from_str(text);
        let b = text.find('b').unwrap();
        assert_eq!(byte_position(&rope, b, Encoding::Utf16), pos(0, 3));
        assert_eq!(byte_position(&rope, b, Encoding::Utf8), pos(0, 5));
        assert_eq!(rope_byte(&rope, pos(0, 3), Encoding::Utf16), b);
        assert_eq!(rope_byte(&rope, pos(0, 5), Encoding::Utf8), b);
        let x = text.find('x').unwrap();
        assert_eq!(byte_position(&rope, x, Encoding::Utf16), pos(1, 2));
        assert_eq!(byte_position(&rope, x, Encoding::Utf8), pos(1, 3));
        let li = LineIndex::new(text);
        for enc in [Encoding::Utf8, Encoding::Utf16] {
            for off in [0, b, x, text.len()] {
                assert_eq!(li.position(text, off, enc), byte_position(&rope, off, enc));
            }
        }
    }

    #[test]
    fn crlf_and_lone_cr_end_lines() {
        let text = "ab\r\ncd\ref\ngh";
        let rope = Rope::from_str(text);
        assert_eq!(rope.len_lines(), 4);
        let li = LineIndex::new(text);
        for (needle, want) in [("c", pos(1, 0)), ("e", pos(2, 0)), ("g", pos(3, 0))] {
            let off = text.find(needle).unwrap();
            assert_eq!(byte_position(&rope, off, Encoding::Utf16), want);
            assert_eq!(li.position(text, off, Encoding::Utf16), want);
            assert_eq!(rope_byte(&rope, want, Encoding::Utf16), off);
        }
        // A column past the end of "ab" clamps before the CRLF, never into it.
        assert_eq!(rope_byte(&rope, pos(0, 99), Encoding::Utf16), 2);
    }

    #[test]
    fn out_of_range_positions_clamp() {
        let rope = Rope::from_str("x😀\ny");
        assert_eq!(
            rope_char(&rope, pos(7, 3), Encoding::Utf16),
            rope.len_chars()
        );
        // Inside the surrogate pair / inside the 4-byte sequence: back to the emoji's start.
        assert_eq!(rope_char(&rope, pos(0, 2), Encoding::Utf16), 1);
        assert_eq!(rope_char(&rope, pos(0, 3), Encoding::Utf8), 1);
        assert_eq!(byte_position(&rope, 999, Encoding::Utf8), pos(1, 1));
        let empty = Rope::new();
        assert_eq!(rope_char(&empty, pos(0, 5), Encoding::Utf16), 0);
        assert_eq!(char_position(&empty, 3, Encoding::Utf16), pos(0, 0));
    }

    #[test]
    fn negotiation_prefers_utf8() {
        let both = [PositionEncodingKind::UTF16, PositionEncodingKind::UTF8];
        assert_eq!(Encoding::negotiate(Some(&both)), Encoding::Utf8);
        assert_eq!(
            Encoding::negotiate(Some(&[PositionEncodingKind::UTF32])),
            Encoding::Utf16
        );
        assert_eq!(Encoding::negotiate(None), Encoding::Utf16);
    }
}
