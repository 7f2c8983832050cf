//! The inputs that once made a fuzz target (fuzz/, scripts/fuzz.sh) or a hostile-input probe
//! crash, hang or run out of memory, run on stable through the very functions the fuzz targets
//! run (`framelens_cli::fuzzing`). Kept in `tests/fixtures/fuzz/<target>/`, one file an input,
//! named for the bug; the folder's README.md says what each one found and how it was fixed.
//!
//! Each input runs on a thread with a 2 MiB stack, the size of the build's rayon workers,
//! where the pages are parsed: an input that overflowed the stack there fails here too.

use std::path::{Path, PathBuf};

use framelens_cli::fuzzing::TARGETS;

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/fuzz")
}

/// The inputs kept for one target (none when it has no folder: git keeps no empty folder).
fn inputs(target: &str) -> Vec<PathBuf> {
    let Ok(dir) = std::fs::read_dir(fixtures().join(target)) else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = dir
        .map(|e| e.expect("a readable folder entry").path())
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    files
}

fn run_on_worker_stack(run: fn(&[u8]), bytes: Vec<u8>) -> std::thread::Result<()> {
    std::thread::Builder::new()
        .stack_size(2 << 20)
        .spawn(move || run(&bytes))
        .expect("a thread")
        .join()
}

#[test]
fn every_kept_input_runs_to_its_end() {
    let mut ran = 0;
    let mut failed = Vec::new();
    for (target, run) in TARGETS {
        for file in inputs(target) {
            let bytes = std::fs::read(&file).expect("a readable input");
            if run_on_worker_stack(run, bytes).is_err() {
                failed.push(format!("{target}: {}", file.display()));
            }
            ran += 1;
        }
    }
    assert!(failed.is_empty(), "inputs that fail again: {failed:#?}");
    assert!(
        ran > 0,
        "no regression input found under {}",
        fixtures().display()
    );
}

/// Every input is named in the folder's README.md with what it found, so none is kept
/// without its story (and none is described but missing).
#[test]
fn every_kept_input_is_documented() {
    let readme = std::fs::read_to_string(fixtures().join("README.md")).expect("README.md");
    for (target, _) in TARGETS {
        for file in inputs(target) {
            let name = format!("{target}/{}", file.file_name().unwrap().to_string_lossy());
            assert!(
                readme.contains(&name),
                "{name} is not described in README.md"
            );
        }
    }
}
