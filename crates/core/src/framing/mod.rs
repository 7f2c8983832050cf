//! Framing analysis (stub: filled in by its issue).

use crate::config::CorpusConfig;
use crate::model::{Corpus, Diagnostic};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Per-article framing results, carried in `Article.framing`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ArticleFraming {}

/// Corpus-level framing results, carried in `Corpus.framing`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct CorpusFraming {}

/// The `[framing]` table of corpus.toml.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FramingConfig {}

/// Runs the framing analysis over the parsed corpus, filling `Article.framing` and `Corpus.framing`.
/// Problems a maintainer should see go into `diags` (warnings name the file).
pub fn analyse(_corpus: &mut Corpus, _cfg: &CorpusConfig, _diags: &mut Vec<Diagnostic>) {}
