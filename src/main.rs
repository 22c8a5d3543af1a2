//! `dossier`: argument parsing only; the work is in the library.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use dossier::cli::{self, Format};

#[derive(Parser)]
#[command(
    name = "dossier",
    version,
    about = "Checks analysts' notes against their source articles"
)]
struct Args {
    /// Neither read nor write the index cache (kept under $XDG_CACHE_HOME/dossier).
    #[arg(long, global = true)]
    no_cache: bool,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run the language server on stdin/stdout.
    Serve {
        /// Accepted for clients that pass it; stdio is the only transport.
        #[arg(long)]
        stdio: bool,
    },
    /// Check notes against the sources and print the findings.
    Check {
        #[arg(long, value_enum, default_value = "human")]
        format: Format,
        /// Notes or folders of notes (default: every note of the workspace).
        paths: Vec<PathBuf>,
    },
    /// List the entities the sources mention.
    Entities {
        #[arg(long, value_enum, default_value = "human")]
        format: Format,
        /// Source files or folders (default: the workspace's sources).
        paths: Vec<PathBuf>,
    },
}

fn main() -> ExitCode {
    let args = Args::parse();
    let result = match args.command {
        Command::Serve { stdio: _ } => dossier::lsp::serve().map(|()| ExitCode::SUCCESS),
        Command::Check { format, paths } => cli::check::run(format, paths, args.no_cache),
        Command::Entities { format, paths } => cli::entities::run(format, paths, args.no_cache),
    };
    match result {
        Ok(code) => code,
        // `dossier check | head`: the reader has all it wanted, which is no error.
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::from(2)
        }
    }
}

/// Whether writing the output failed only because its reader went away.
fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|cause| {
        let kind = match cause.downcast_ref::<serde_json::Error>() {
            Some(json) => json.io_error_kind(),
            None => cause.downcast_ref::<std::io::Error>().map(|io| io.kind()),
        };
        kind == Some(std::io::ErrorKind::BrokenPipe)
    })
}
