//! Voices analysis (stub: filled in by its issue).

use crate::config::CorpusConfig;
use crate::model::{Corpus, Diagnostic};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Per-article voices results, carried in `Article.voices`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ArticleVoices {}

/// Corpus-level voices results, carried in `Corpus.voices`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct CorpusVoices {}

/// The `[voices]` table of corpus.toml.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VoicesConfig {}

/// Runs the voices analysis over the parsed corpus, filling `Article.voices` and `Corpus.voices`.
/// Problems a maintainer should see go into `diags` (warnings name the file).
pub fn analyse(_corpus: &mut Corpus, _cfg: &CorpusConfig, _diags: &mut Vec<Diagnostic>) {}
