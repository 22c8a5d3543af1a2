//! Editor features as plain data over the core (hover, definition, references, symbols, completion, …):
//! byte ranges and paths in, byte ranges and paths out. The `lsp` layer only converts.
