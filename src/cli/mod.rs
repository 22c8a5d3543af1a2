//! The command line front end: `dossier check` and `dossier entities`, rendering the core's results.

pub mod check;
pub mod entities;

/// Output format of the commands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Human,
    Json,
}
