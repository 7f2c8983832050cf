//! Reading the cue lexicon file (`frames.tsv`, copied next to the page) for the Method view:
//! one cue per line, `frame <TAB> weight <TAB> lang <TAB> cue [<TAB> note]`, `#` comments.

/// One cue of the lexicon.
#[derive(Debug, Clone, PartialEq)]
pub struct LexiconCue {
    /// Frame id (`security_and_defense`), or `none` for a blocker.
    pub frame: String,
    /// Weight as written ("1", "0.5").
    pub weight: String,
    /// `en`, `es` or `any`.
    pub lang: String,
    /// The cue words.
    pub cue: String,
    /// The maintainer's note, if any.
    pub note: String,
}

/// Parses the lexicon text; malformed lines are skipped (the build's tests reject them).
pub fn parse(text: &str) -> Vec<LexiconCue> {
    text.lines()
        .map(str::trim_end)
        .filter(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
        .filter_map(|l| {
            let mut f = l.split('\t').map(str::trim);
            let (frame, weight, lang, cue) = (f.next()?, f.next()?, f.next()?, f.next()?);
            (!cue.is_empty()).then(|| LexiconCue {
                frame: frame.to_owned(),
                weight: weight.to_owned(),
                lang: lang.to_owned(),
                cue: cue.to_owned(),
                note: f.next().unwrap_or("").to_owned(),
            })
        })
        .collect()
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn reads_cues_and_skips_comments_and_bad_lines() {
        let text = "# comment\n\nsecurity_and_defense\t1\ten\ttroop*\n\
                    none\t0\tany\tpress conference\tnot political pressure\n\
                    broken line\nmorality\t1\ten\t\n";
        let cues = parse(text);
        assert_eq!(cues.len(), 2);
        assert_eq!(cues[0].cue, "troop*");
        assert_eq!(cues[0].note, "");
        assert_eq!(cues[1].frame, "none");
        assert_eq!(cues[1].note, "not political pressure");
    }
}
