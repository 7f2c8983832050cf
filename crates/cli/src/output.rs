//! Writing the asset: an index and its shards (the default), or one complete file
//! (`--single-file`), each with its JSON Schema beside it. See `framelens_model::shards`.

use framelens_core::corpus::sha256_hex;
use framelens_core::model::shards::Shard;
use framelens_core::model::Corpus;
use std::path::{Path, PathBuf};

/// Articles per shard: about 0.5 MB of JSON (0.1 MB gzip) for news articles, so a view that
/// needs one article's text fetches a small file, and a 5,000-article corpus makes ~160 files.
pub const ARTICLES_PER_SHARD: usize = 32;

/// Above this size the complete document is written as an index and shards (the default):
/// below it, one file costs the page less than an index plus the shards every view but the
/// overview needs (the five seeds: 167 KB).
pub const SHARD_ABOVE_BYTES: usize = 1_000_000;

/// How the build writes its result.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    /// One complete file up to [`SHARD_ABOVE_BYTES`], an index and shards above.
    Auto,
    /// `FILE` is the index; shards go to `FILE-stem.shards/`.
    Sharded,
    /// `FILE` is the complete corpus (the format researchers' scripts and scorers read).
    SingleFile,
}

/// Serialises deterministically (compact: the page downloads it; `jq .` makes it readable),
/// with a trailing newline.
pub fn to_json<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string(value).expect("the asset always serialises") + "\n"
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent)
            .map_err(|e| format!("{}: cannot create folder: {e}", parent.display()))?;
    }
    std::fs::write(path, text).map_err(|e| format!("{}: cannot write: {e}", path.display()))
}

/// `corpus.json` → `corpus.<suffix>` beside it.
fn beside(output: &Path, suffix: &str) -> PathBuf {
    let stem = output
        .file_stem()
        .map_or_else(|| "corpus".into(), |s| s.to_string_lossy().into_owned());
    output.with_file_name(format!("{stem}.{suffix}"))
}

/// The JSON Schema of the complete corpus (and of the index, which has the same shape).
pub fn schema_json() -> String {
    let schema = schemars::schema_for!(Corpus);
    serde_json::to_string_pretty(&schema).expect("a schema always serialises") + "\n"
}

fn shard_schema_json() -> String {
    let schema = schemars::schema_for!(Shard);
    serde_json::to_string_pretty(&schema).expect("a schema always serialises") + "\n"
}

/// Writes `corpus` to `output` in `layout`; returns the paths written, for the summary.
pub fn write_asset(corpus: &Corpus, output: &Path, layout: Layout) -> Result<Vec<PathBuf>, String> {
    let mut written = Vec::new();
    let single = match layout {
        Layout::SingleFile => Some(to_json(corpus)),
        Layout::Sharded => None,
        Layout::Auto => Some(to_json(corpus)).filter(|j| j.len() <= SHARD_ABOVE_BYTES),
    };
    match single {
        Some(json) => {
            write(output, &json)?;
            written.push(output.to_path_buf());
            // Shards of an earlier, larger build would be left unused. A page build (the
            // default layout) keeps the folder, empty, so the step that copies it beside the
            // page (index.html's copy-dir) finds it whatever the corpus's size.
            let folder = output.with_file_name(shard_folder(output));
            remove_stale(&folder, &[])?;
            if layout == Layout::Auto {
                std::fs::create_dir_all(&folder)
                    .map_err(|e| format!("{}: cannot create folder: {e}", folder.display()))?;
            }
        }
        None => {
            let (mut index, shards) = corpus.clone().into_index(ARTICLES_PER_SHARD);
            let folder_name = shard_folder(output);
            let folder = output.with_file_name(&folder_name);
            let mut names = Vec::new();
            for (r, shard) in index.shards.iter_mut().zip(&shards) {
                let text = to_json(shard);
                // Named by its bytes: a redeploy never serves an old shard for a new index.
                let name = format!("{}.json", &sha256_hex(text.as_bytes())[..16]);
                write(&folder.join(&name), &text)?;
                r.file = format!("{folder_name}/{name}");
                r.bytes = text.len() as u64;
                names.push(name);
            }
            remove_stale(&folder, &names)?;
            write(output, &to_json(&index))?;
            written.push(output.to_path_buf());
            written.push(folder);
        }
    }
    // Both schemas whatever the layout, so a page build always finds the files it copies.
    let schema = beside(output, "schema.json");
    write(&schema, &schema_json())?;
    written.push(schema);
    let shard_schema = beside(output, "shard.schema.json");
    write(&shard_schema, &shard_schema_json())?;
    written.push(shard_schema);
    Ok(written)
}

/// The shard folder's name beside `output` (`corpus.json` → `corpus.shards`).
fn shard_folder(output: &Path) -> String {
    beside(output, "shards")
        .file_name()
        .expect("a file name")
        .to_string_lossy()
        .into_owned()
}

/// Removes the shards of an earlier build from `folder`: only files named like a shard
/// (16 hex digits `.json`) that this build did not write. Nothing else is touched.
fn remove_stale(folder: &Path, keep: &[String]) -> Result<(), String> {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return Ok(()); // no folder: nothing stale
    };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let is_shard = name.len() == 21
            && name.ends_with(".json")
            && name[..16].bytes().all(|b| b.is_ascii_hexdigit());
        if is_shard && !keep.contains(&name) {
            std::fs::remove_file(entry.path()).map_err(|e| {
                format!(
                    "{}: cannot remove a stale shard: {e}",
                    entry.path().display()
                )
            })?;
        }
    }
    Ok(())
}
