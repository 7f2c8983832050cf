//! The analyses' results (voices, framing) in the shapes the views draw.
//!
//! The JSON carries them in `Article.voices`, `Article.framing`, `Corpus.voices` and
//! `Corpus.framing`; each is optional, and a view whose data is absent says so. Nothing here
//! recomputes an analysis: these are lookups, sums over the visible articles and text slicing,
//! in plain Rust, tested natively.

pub mod align;
pub mod csv;
pub mod heatmap;
pub mod highlight;
pub mod lexicon;
pub mod naming;
pub mod sentences;
pub mod voices;

use framelens_model::framing::frames::FrameId;
use framelens_model::framing::headline::{HeadlineAgency, Voice};
use framelens_model::voices::{Part, QuoteKind};
use framelens_model::{Article, Corpus};

/// A direct quote in a body paragraph or the headline (character offsets into that text).
#[derive(Debug, Clone, PartialEq)]
pub struct QuoteMark {
    /// The headline or the body.
    pub part: Part,
    /// Paragraph index in `Article.body` (0 for the headline).
    pub para: usize,
    /// First character.
    pub start: usize,
    /// One past the last character.
    pub end: usize,
    /// The speaker's name; `None` = unresolved.
    pub speaker: Option<String>,
    /// The attribution cue ("said", "told reporters").
    pub cue: Option<String>,
    /// A scare quote (a quoted term) rather than speech.
    pub scare: bool,
}

/// A frame cue in a body paragraph or the headline (character offsets into that text).
#[derive(Debug, Clone, PartialEq)]
pub struct CueMark {
    /// The headline or the body.
    pub part: Part,
    /// Paragraph index in `Article.body` (0 for the headline).
    pub para: usize,
    /// First character.
    pub start: usize,
    /// One past the last character.
    pub end: usize,
    /// The frame it evokes (its label).
    pub frame: String,
}

/// Who does what to whom in a headline.
#[derive(Debug, Clone, PartialEq)]
pub struct AgencyView {
    /// Who acts ("unknown" when not parsed).
    pub agent: String,
    /// The action.
    pub action: String,
    /// On whom or what.
    pub patient: String,
    /// Voice, referent and whose words it carries, in words.
    pub detail: Option<String>,
}

/// What the page needs of one article's analyses.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ArticleInsight {
    /// Body quotes; `None` when voices were not analysed.
    pub quotes: Option<Vec<QuoteMark>>,
    /// Body frame cues; `None` when frames were not analysed.
    pub cues: Option<Vec<CueMark>>,
    /// Labels of the frames evoked by the headline or a body sentence.
    pub frames: Vec<String>,
    /// Names of the actors named or quoted.
    pub actors: Vec<String>,
}

/// Everything the analysis views draw, per article and for the corpus.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Insights {
    /// The frames of the codebook with their labels, in order (empty when not analysed).
    pub frames: Vec<(FrameId, String)>,
    /// Per article, parallel to `Corpus.articles`.
    pub articles: Vec<ArticleInsight>,
    /// Actors (id, name), most heard first (empty when not analysed).
    pub actors: Vec<(String, String)>,
    /// Headline agency and frames, per article.
    agency: Vec<Option<AgencyView>>,
    headline_frames: Vec<Option<String>>,
    primary_frames: Vec<Option<String>>,
}

/// The label of a frame: the corpus's legend, else the codebook's name.
pub fn frame_label(frames: &[(FrameId, String)], id: FrameId) -> String {
    frames
        .iter()
        .find(|(f, _)| *f == id)
        .map_or_else(|| id.label().to_owned(), |(_, l)| l.clone())
}

/// Reads the quotes of an article's headline and body.
fn quote_marks(article: &Article) -> Option<Vec<QuoteMark>> {
    let voices = article.voices.as_ref()?;
    Some(
        voices
            .quotes
            .iter()
            .flat_map(|q| {
                q.spans
                    .iter()
                    .filter(|s| matches!(s.part, Part::Body | Part::Headline))
                    .map(move |s| QuoteMark {
                        part: s.part,
                        para: s.paragraph as usize,
                        start: s.start as usize,
                        end: s.end as usize,
                        speaker: q.speaker.name.clone(),
                        cue: q.cue.as_ref().map(|c| c.phrase.clone()),
                        scare: q.kind == QuoteKind::Scare,
                    })
            })
            .collect(),
    )
}

/// Reads the frame cues of an article's headline and body.
fn cue_marks(article: &Article, frames: &[(FrameId, String)]) -> Option<Vec<CueMark>> {
    let framing = article.framing.as_ref()?;
    Some(
        framing
            .sentences
            .iter()
            .flat_map(|s| {
                s.frames.iter().flat_map(move |f| {
                    let frame = frame_label(frames, f.frame);
                    f.cues.iter().map(move |c| CueMark {
                        part: c.span.part,
                        para: c.span.paragraph as usize,
                        start: c.span.start as usize,
                        end: c.span.end as usize,
                        frame: frame.clone(),
                    })
                })
            })
            .collect(),
    )
}

/// Headline agency in words; `None` when the parse found nobody acting.
pub fn agency_view(agency: &HeadlineAgency) -> Option<AgencyView> {
    let text =
        |p: &Option<framelens_model::framing::headline::Phrase>| p.as_ref().map(|p| p.text.clone());
    let (agent, action) = (text(&agency.agent), text(&agency.action));
    if agent.is_none() && action.is_none() {
        return None;
    }
    let mut detail: Vec<String> = Vec::new();
    match agency.voice {
        Voice::Passive => detail.push("passive voice".into()),
        Voice::Verbless => detail.push("no verb".into()),
        Voice::Active | Voice::Unknown => {}
    }
    if agency.negated {
        detail.push("negated".into());
    }
    if let Some(r) = &agency.agent_refers_to {
        detail.push(format!(
            "“{}” is {}",
            agency.agent.as_ref().map_or("", |a| &a.text),
            r.name
        ));
    }
    if let Some(src) = &agency.source {
        let who = src.outlet.clone().unwrap_or_else(|| src.who.text.clone());
        detail.push(format!("carries the words or report of {who}"));
    }
    Some(AgencyView {
        agent: agent.unwrap_or_else(|| "unknown".into()),
        action: action.unwrap_or_else(|| "unknown".into()),
        patient: text(&agency.patient).unwrap_or_else(|| "—".into()),
        detail: (!detail.is_empty()).then(|| detail.join("; ")),
    })
}

/// Reads the analyses' results out of a corpus.
pub fn from_corpus(corpus: &Corpus) -> Insights {
    let frames: Vec<(FrameId, String)> = corpus
        .framing
        .as_ref()
        .map(|f| f.frames.iter().map(|i| (i.id, i.label.clone())).collect())
        .unwrap_or_default();
    let frames = if frames.is_empty() && corpus.articles.iter().any(|a| a.framing.is_some()) {
        FrameId::ALL
            .iter()
            .map(|f| (*f, f.label().to_owned()))
            .collect()
    } else {
        frames
    };
    // The analysis ranks the actors (voices summary, `Actor::rank`); the page only orders by it.
    let mut actors: Vec<(String, String, u32)> = corpus
        .voices
        .as_ref()
        .map(|v| {
            v.actors
                .iter()
                .map(|a| (a.id.clone(), a.name.clone(), a.rank))
                .collect()
        })
        .unwrap_or_default();
    crate::sort::sort_by_key(&mut actors, |a| crate::sort::nums(i64::from(a.2), 0));
    let articles = corpus
        .articles
        .iter()
        .map(|a| {
            // The frames its body evokes (frame shares: every frame of a body sentence) and
            // those of its headline's sentence: both in the index, so the frame filter works
            // before the body sentences are loaded.
            let mut evoked: Vec<FrameId> = a
                .framing
                .iter()
                .flat_map(|f| {
                    let headline = f
                        .sentences
                        .iter()
                        .filter(|s| s.span.part == framelens_model::Part::Headline)
                        .flat_map(|s| s.frames.iter().map(|x| x.frame));
                    f.frame_shares.iter().map(|s| s.frame).chain(headline)
                })
                .collect();
            crate::sort::sort_by_key(&mut evoked, |f| crate::sort::nums(i64::from(f.number()), 0));
            evoked.dedup();
            ArticleInsight {
                quotes: quote_marks(a),
                cues: cue_marks(a, &frames),
                frames: evoked
                    .into_iter()
                    .map(|f| frame_label(&frames, f))
                    .collect(),
                actors: a
                    .voices
                    .iter()
                    .flat_map(|v| v.actors.iter().map(|x| x.name.clone()))
                    .collect(),
            }
        })
        .collect();
    let choice = |c: &framelens_model::framing::frames::FrameChoice| {
        c.frame.map(|f| frame_label(&frames, f))
    };
    Insights {
        agency: corpus
            .articles
            .iter()
            .map(|a| a.framing.as_ref().and_then(|f| agency_view(&f.headline)))
            .collect(),
        headline_frames: corpus
            .articles
            .iter()
            .map(|a| a.framing.as_ref().and_then(|f| choice(&f.headline_frame)))
            .collect(),
        primary_frames: corpus
            .articles
            .iter()
            .map(|a| a.framing.as_ref().and_then(|f| choice(&f.primary_frame)))
            .collect(),
        frames,
        articles,
        actors: actors.into_iter().map(|(id, name, _)| (id, name)).collect(),
    }
}

impl Insights {
    /// The frames article `i` evokes (headline or body).
    pub fn article_frames(&self, i: usize) -> Vec<String> {
        self.articles
            .get(i)
            .map(|a| a.frames.clone())
            .unwrap_or_default()
    }

    /// The actors article `i` names or quotes.
    pub fn article_actors(&self, i: usize) -> Vec<String> {
        self.articles
            .get(i)
            .map(|a| a.actors.clone())
            .unwrap_or_default()
    }

    /// Every frame the analysis knows, in codebook order (labels).
    pub fn frame_names(&self) -> Vec<String> {
        self.frames.iter().map(|(_, l)| l.clone()).collect()
    }

    /// Every actor of the corpus, by name, most heard first.
    pub fn actor_names(&self) -> Vec<String> {
        self.actors.iter().map(|(_, n)| n.clone()).collect()
    }

    /// Whether headline agency was analysed for any article.
    pub fn has_agency(&self) -> bool {
        self.agency.iter().any(Option::is_some)
    }

    /// The headline agency of article `i`.
    pub fn agency(&self, i: usize) -> Option<AgencyView> {
        self.agency.get(i).cloned().flatten()
    }

    /// The headline frame of article `i`.
    pub fn headline_frame(&self, i: usize) -> Option<String> {
        self.headline_frames.get(i).cloned().flatten()
    }

    /// The primary (body) frame of article `i`.
    pub fn primary_frame(&self, i: usize) -> Option<String> {
        self.primary_frames.get(i).cloned().flatten()
    }

    /// The quotes of article `i`; `None` when voices were not analysed.
    pub fn quotes(&self, i: usize) -> Option<Vec<QuoteMark>> {
        self.articles.get(i).and_then(|a| a.quotes.clone())
    }

    /// The frame cues of article `i`; `None` when frames were not analysed.
    pub fn cues(&self, i: usize) -> Option<Vec<CueMark>> {
        self.articles.get(i).and_then(|a| a.cues.clone())
    }

    /// A frame named in the URL (label or id) as its label.
    pub fn frame_by_name(&self, name: &str) -> Option<(FrameId, String)> {
        self.frames
            .iter()
            .find(|(id, label)| label.eq_ignore_ascii_case(name) || id.id() == name)
            .cloned()
    }

    /// An actor named in the URL (name or id) as its name.
    pub fn actor_by_name(&self, name: &str) -> Option<String> {
        self.actors
            .iter()
            .find(|(id, n)| n.eq_ignore_ascii_case(name) || id == name)
            .map(|(_, n)| n.clone())
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::fixtures::analysed_corpus;

    #[test]
    fn a_corpus_without_analyses_has_none() {
        let insights = from_corpus(&crate::fixtures::sample_corpus());
        assert!(insights.frames.is_empty());
        assert_eq!(insights.quotes(0), None);
        assert_eq!(insights.cues(0), None);
        assert!(!insights.has_agency());
        assert!(insights.actor_names().is_empty());
    }

    #[test]
    fn quotes_and_cues_are_read_per_paragraph() {
        let insights = from_corpus(&analysed_corpus());
        let quotes = insights.quotes(0).unwrap();
        assert_eq!(quotes.len(), 2);
        assert_eq!((quotes[0].part, quotes[0].para), (Part::Body, 0));
        assert_eq!(quotes[0].speaker.as_deref(), Some("Claudia Sheinbaum"));
        assert_eq!(quotes[0].cue.as_deref(), Some("said"));
        assert_eq!(quotes[1].speaker, None);
        let cues = insights.cues(0).unwrap();
        assert_eq!(cues.len(), 3);
        assert_eq!(
            (cues[0].part, cues[0].para, cues[0].start, cues[0].end),
            (Part::Headline, 0, 18, 25)
        );
        assert_eq!(
            (cues[2].part, cues[2].para, cues[2].start, cues[2].end),
            (Part::Body, 1, 4, 10)
        );
        assert_eq!(cues[2].frame, "Security and defense");
        assert_eq!(
            insights.article_frames(0),
            ["Security and defense", "Political"]
        );
    }

    #[test]
    fn agency_reads_who_acts_on_whom() {
        let insights = from_corpus(&analysed_corpus());
        let agency = insights.agency(0).unwrap();
        assert_eq!(agency.agent, "Mexico");
        assert_eq!(agency.action, "rejects");
        assert_eq!(agency.patient, "US strikes");
        assert_eq!(
            insights.headline_frame(0).as_deref(),
            Some("Security and defense")
        );
        assert_eq!(insights.primary_frame(0), None);
    }

    #[test]
    fn frames_and_actors_resolve_by_label_or_id() {
        let insights = from_corpus(&analysed_corpus());
        assert_eq!(
            insights.frame_by_name("security_and_defense").map(|f| f.1),
            Some("Security and defense".to_owned())
        );
        assert_eq!(
            insights.actor_by_name("claudia-sheinbaum").as_deref(),
            Some("Claudia Sheinbaum")
        );
        assert_eq!(insights.actor_names()[0], "Claudia Sheinbaum");
    }
}
