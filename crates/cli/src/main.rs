//! `framelens`: the build step. It reads a folder of news pages and writes the JSON asset the
//! site loads. All parsing lives in `framelens-core`; this binary does the file I/O, decoding,
//! HTML extraction, progress and the end-of-build summary.

mod build;
mod extract;
mod inspect;
mod output;

use framelens_cli::{config, read};

use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

/// Compile a folder of raw news pages into Framelens's JSON asset.
#[derive(Parser)]
#[command(name = "framelens", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Parse every page of a corpus folder and write the JSON asset: one file, or for a large
    /// corpus an index (OUTPUT) and shards in a folder beside it; JSON Schemas beside them.
    Build {
        /// The corpus folder: pages (.txt, .html, .htm) and corpus.toml.
        #[arg(default_value = "corpus")]
        corpus_dir: PathBuf,
        /// Where to write the JSON asset.
        #[arg(short, long, default_value = "public/corpus.json")]
        output: PathBuf,
        /// Do not show a progress bar.
        #[arg(long)]
        quiet: bool,
        /// Fail (write nothing) when any page is skipped; by default a page that cannot be read
        /// is left out, named with its reason in the summary and in the JSON's `skipped`.
        #[arg(long)]
        strict: bool,
        /// Write the complete corpus as one JSON file (for your own scripts and the benchmark
        /// scorers), however large. By default a corpus over 1 MB of JSON is written as an
        /// index (OUTPUT) with shards beside it, the layout the page loads fastest.
        #[arg(long, conflicts_with = "sharded")]
        single_file: bool,
        /// Write an index with shards beside it, however small the corpus.
        #[arg(long)]
        sharded: bool,
    },
    /// Extract the article body of every page of a folder into the benchmark's prediction
    /// format: {KEY: {"articleBody": "..."}}, KEY the file name without extension.
    Extract {
        /// Folder of pages (.txt, .html, .htm, .html.gz).
        dir: PathBuf,
        /// Where to write the predictions.
        #[arg(short, long)]
        output: PathBuf,
    },
    /// Show how one page is parsed, line by line (kept, cut and why), and its metadata.
    Inspect {
        /// The page file.
        file: PathBuf,
    },
    /// Print the JSON Schema of the asset.
    Schema,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Build {
            corpus_dir,
            output,
            quiet,
            strict,
            single_file,
            sharded,
        } => {
            let layout = match (single_file, sharded) {
                (true, _) => output::Layout::SingleFile,
                (_, true) => output::Layout::Sharded,
                _ => output::Layout::Auto,
            };
            build::run(&corpus_dir, &output, quiet, strict, layout)
        }
        Command::Extract { dir, output } => extract::run(&dir, &output),
        Command::Inspect { file } => inspect::run(&file),
        Command::Schema => {
            println!("{}", output::schema_json());
            Ok(())
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}
