//! A guard in front of the framework's message reader.
//!
//! The framework's decoder ends the whole input stream at the first undecodable message (bad JSON, a
//! JSON value that is not a JSON-RPC message, bad headers): one malformed message from a client would
//! silently stop the server. So every message passes through here first. Good messages go through
//! unchanged; a malformed one is turned into a well-formed one that the server answers: a request
//! (when an `id` can be read from it) that fails with "invalid request", else a notification that logs
//! the problem. A body that is not JSON at all is also answered, as JSON-RPC 2.0 requires, with a parse
//! error for a `null` id; the framework cannot answer a `null` id (it takes concurrent ones for
//! duplicates), so `guard` writes that answer itself, between the server's own messages.

use serde_json::{Value, json};
use tokio::io::{
    AsyncBufReadExt, AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt, BufReader, DuplexStream,
};
use tokio::sync::mpsc;
use tower_lsp_server::jsonrpc::{Request, Response};

/// The request a malformed message with an `id` becomes; it fails with "invalid request".
pub const INVALID_REQUEST: &str = "dossier/invalidRequest";
/// The notification a malformed message without an `id` becomes; it is logged.
pub const MALFORMED: &str = "dossier/malformedMessage";

/// Larger messages are skipped rather than buffered: no editor sends a 256 MiB document.
const MAX_MESSAGE: usize = 256 * 1024 * 1024;

/// Returns a reader carrying the messages of `input`, every one of them decodable.
pub fn sanitize<R: AsyncRead + Unpin + Send + 'static>(input: R) -> DuplexStream {
    guard_input(input, None)
}

/// The server's side of a guarded connection: the stream it reads, the stream it writes, and the task
/// that copies what it writes to the real output (await it before exiting, so nothing is left unsent).
pub struct Guarded {
    pub input: DuplexStream,
    pub output: DuplexStream,
    pub done: tokio::task::JoinHandle<()>,
}

/// Guards both directions: `input` as `sanitize` does, and `output` carrying the server's messages plus
/// the parse-error answers to bodies that are not JSON.
pub fn guard<R, W>(input: R, output: W) -> Guarded
where
    R: AsyncRead + Unpin + Send + 'static,
    W: AsyncWrite + Unpin + Send + 'static,
{
    let (answers, mut answered) = mpsc::unbounded_channel::<Vec<u8>>();
    let (server_output, from_server) = tokio::io::duplex(1 << 16);
    let done = tokio::spawn(async move {
        let mut from_server = BufReader::new(from_server);
        let mut output = output;
        loop {
            let body = tokio::select! {
                biased;
                frame = read_frame(&mut from_server) => match frame {
                    Some(Ok(body)) => body,
                    Some(Err(_)) => continue,
                    None => break,
                },
                Some(body) = answered.recv() => body,
            };
            let header = format!("Content-Length: {}\r\n\r\n", body.len());
            if output.write_all(header.as_bytes()).await.is_err()
                || output.write_all(&body).await.is_err()
                || output.flush().await.is_err()
            {
                return;
            }
        }
        let _ = output.flush().await;
    });
    Guarded {
        input: guard_input(input, Some(answers)),
        output: server_output,
        done,
    }
}

fn guard_input<R: AsyncRead + Unpin + Send + 'static>(
    input: R,
    answers: Option<mpsc::UnboundedSender<Vec<u8>>>,
) -> DuplexStream {
    let (mut out, reader) = tokio::io::duplex(1 << 16);
    tokio::spawn(async move {
        let mut input = BufReader::new(input);
        while let Some(frame) = read_frame(&mut input).await {
            let body = match frame {
                Ok(body) => {
                    let repaired = repair(&body);
                    if let Some(answers) = &answers
                        && let Some(reason) = &repaired.not_json
                    {
                        let _ = answers.send(parse_error(reason));
                    }
                    Some(repaired.body)
                }
                Err(reason) => Some(malformed(None, &reason)),
            };
            let Some(body) = body else { continue };
            let header = format!("Content-Length: {}\r\n\r\n", body.len());
            if out.write_all(header.as_bytes()).await.is_err()
                || out.write_all(&body).await.is_err()
            {
                return;
            }
        }
        let _ = out.shutdown().await;
    });
    reader
}

/// Reads one frame: `Ok(body)`, or `Err(reason)` for a frame whose headers or size are unusable (its
/// bytes are consumed). `None` at the end of input.
async fn read_frame<R: AsyncRead + Unpin>(
    input: &mut BufReader<R>,
) -> Option<Result<Vec<u8>, String>> {
    let mut length: Option<Result<usize, String>> = None;
    let mut saw_header = false;
    loop {
        let mut line = Vec::new();
        if input.read_until(b'\n', &mut line).await.ok()? == 0 {
            return None;
        }
        let text = String::from_utf8_lossy(&line);
        let text = text.trim();
        if text.is_empty() {
            if saw_header {
                break;
            }
            continue;
        }
        saw_header = true;
        if let Some((k, v)) = text.split_once(':')
            && k.trim().eq_ignore_ascii_case("content-length")
        {
            length = Some(
                v.trim()
                    .parse::<usize>()
                    .map_err(|e| format!("bad Content-Length {:?}: {e}", v.trim())),
            );
        }
    }
    let n = match length {
        None => return Some(Err("a message without a Content-Length header".into())),
        Some(Err(e)) => return Some(Err(e)),
        Some(Ok(0)) => return Some(Err("an empty message".into())),
        Some(Ok(n)) => n,
    };
    if n > MAX_MESSAGE {
        let skipped =
            tokio::io::copy(&mut (&mut *input).take(n as u64), &mut tokio::io::sink()).await;
        return match skipped {
            Ok(_) => Some(Err(format!("a message of {n} bytes is over the limit"))),
            Err(_) => None,
        };
    }
    let mut body = vec![0; n];
    input.read_exact(&mut body).await.ok()?;
    Some(Ok(body))
}

/// The body to forward for one received body: itself when the framework can decode it, else a
/// replacement that reports the problem.
fn repair(body: &[u8]) -> Repaired {
    if serde_json::from_slice::<Request>(body).is_ok()
        || serde_json::from_slice::<Response>(body).is_ok()
    {
        return Repaired {
            body: body.to_vec(),
            not_json: None,
        };
    }
    let value = serde_json::from_slice::<Value>(body);
    let id = value
        .as_ref()
        .ok()
        .and_then(|v| v.get("id"))
        .filter(|id| id.is_i64() || id.is_string())
        .cloned();
    let (reason, not_json) = match &value {
        Err(e) => (format!("not JSON: {e}"), true),
        Ok(v) => (
            format!("not a JSON-RPC message: {}", abbreviate(&v.to_string())),
            false,
        ),
    };
    Repaired {
        body: malformed(id, &reason),
        not_json: not_json.then_some(reason),
    }
}

/// What to forward for one received body, and why it is not JSON at all when it is not (JSON-RPC
/// answers that).
struct Repaired {
    body: Vec<u8>,
    not_json: Option<String>,
}

fn malformed(id: Option<Value>, reason: &str) -> Vec<u8> {
    let msg = match id {
        Some(id) => {
            json!({"jsonrpc": "2.0", "id": id, "method": INVALID_REQUEST, "params": {"reason": reason}})
        }
        None => json!({"jsonrpc": "2.0", "method": MALFORMED, "params": {"reason": reason}}),
    };
    msg.to_string().into_bytes()
}

/// The answer to a body that is not JSON: its `id` cannot be read, so it is `null`.
fn parse_error(reason: &str) -> Vec<u8> {
    json!({"jsonrpc": "2.0", "id": null, "error": {"code": -32700, "message": reason}})
        .to_string()
        .into_bytes()
}

fn abbreviate(s: &str) -> String {
    match s.char_indices().nth(200) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn good_messages_pass_and_bad_ones_are_replaced() {
        let good = br#"{"jsonrpc":"2.0","id":1,"method":"shutdown"}"#;
        assert_eq!(repair(good).body, good.to_vec());
        let response = br#"{"jsonrpc":"2.0","id":4,"result":null}"#;
        assert_eq!(repair(response).body, response.to_vec());

        let v: Value = serde_json::from_slice(&repair(b"{oops").body).unwrap();
        assert_eq!(v["method"], MALFORMED);
        assert!(
            v["params"]["reason"]
                .as_str()
                .unwrap()
                .starts_with("not JSON")
        );

        let v: Value =
            serde_json::from_slice(&repair(br#"{"jsonrpc":"2.0","id":9,"method":5}"#).body)
                .unwrap();
        assert_eq!(v["method"], INVALID_REQUEST);
        assert_eq!(v["id"], 9);

        let v: Value = serde_json::from_slice(&repair(b"[1,2]").body).unwrap();
        assert_eq!(v["method"], MALFORMED);
        let v: Value = serde_json::from_slice(&repair(b"\xff\xfe").body).unwrap();
        assert_eq!(v["method"], MALFORMED);

        // Only bodies that are not JSON call for a parse error.
        assert!(repair(b"{oops").not_json.is_some());
        assert!(repair(b"\xff\xfe").not_json.is_some());
        assert!(repair(b"[1,2]").not_json.is_none());
        assert!(repair(good).not_json.is_none());
    }
}
