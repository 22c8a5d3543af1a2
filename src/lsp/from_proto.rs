//! Protocol values to the core's: URIs to paths, positions to byte offsets.

use std::path::PathBuf;

use tower_lsp_server::ls_types::{Position, Range, Uri};

use super::documents::Snapshot;
use super::position::{self, Encoding};

/// The file a URI names; for other schemes (an unsaved `untitled:` buffer) a path made of the URI itself,
/// which matches no file and maps back to the same URI.
pub fn path(uri: &Uri) -> PathBuf {
    if uri.scheme().as_str().eq_ignore_ascii_case("file")
        && let Some(p) = uri.to_file_path()
    {
        return p.into_owned();
    }
    PathBuf::from(uri.as_str())
}

/// The byte offset of a position in a document (clamped into the text).
pub fn offset(snap: &Snapshot, pos: Position, enc: Encoding) -> usize {
    position::rope_byte(&snap.rope, pos, enc)
}

/// The byte range of a protocol range in a document (clamped, ordered).
pub fn byte_range(snap: &Snapshot, range: Range, enc: Encoding) -> std::ops::Range<usize> {
    let a = offset(snap, range.start, enc);
    let b = offset(snap, range.end, enc);
    a.min(b)..a.max(b)
}
