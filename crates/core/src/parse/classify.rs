//! Line-local rules: what a line is, judged on its own words and shape.
//!
//! These rules never look at the rest of the page; the body detector (`window.rs`) adds
//! position and context. Each rule is general — a phrase family or a typographic shape seen
//! across news sites — and names the reason a line is cut, so the cut can be audited.

use crate::lexicon::{
    self, AD_LABELS, FOOTER_PHRASES, NAV_LABELS, PAYWALL_PHRASES, PROMPT_PHRASES,
};
use crate::lines::{normalise_key, Line};
use crate::model::{CaptionKind, RemovalReason};
use regex::Regex;
use std::sync::OnceLock;

/// What a line is on its own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Local {
    /// Nothing marks it: prose, a headline, a subheading, a name…; context decides.
    Plain,
    /// Site furniture, with the reason.
    Boiler(RemovalReason),
    /// A caption-like line: the text to keep and the photo credit found in it.
    Caption {
        /// Caption, alt text, credit or image file.
        kind: CaptionKind,
        /// The text to keep.
        text: String,
        /// The photo credit found in it.
        credit: Option<String>,
    },
    /// A credit line at the foot of a story ("(Reporting by …)", "… contributed to this report").
    Credit,
    /// A line that states where the copy comes from ("SOURCE: AFP", "Redacción EFE").
    Source(String),
    /// A date line, reading time or similar metadata.
    Meta,
}

fn re(cell: &'static OnceLock<Regex>, pat: &str) -> &'static Regex {
    cell.get_or_init(|| Regex::new(pat).expect("valid built-in regex"))
}

const AGENCY: &str = r"Reuters|REUTERS|AP|AFP|EFE|EPA|Getty Images|Bloomberg|Xinhua|XINHUA|Anadolu|ANADOLU|Cuartoscuro|Shutterstock|AFP via Getty Images|dpa|DPA";

/// A photo credit printed at the end of a caption; returns the credit text.
pub fn trailing_photo_credit(text: &str) -> Option<String> {
    static SLASH: OnceLock<Regex> = OnceLock::new();
    static PAREN: OnceLock<Regex> = OnceLock::new();
    static SPACED: OnceLock<Regex> = OnceLock::new();
    static LABEL: OnceLock<Regex> = OnceLock::new();
    // REUTERS/Henry Romero/File Photo · AFP/Getty
    let slash = re(
        &SLASH,
        r"\b(?:REUTERS|Reuters|AFP|EFE|EPA|XINHUA|Xinhua|ANADOLU|AP)\s?/\s?[\p{L}][\p{L} .'’/-]*$",
    );
    // (AP Images) · (AP Photo/Marco Ugarte) · (U.S. Geological Survey via AP) · (Photo by X)
    let paren = re(
        &PAREN,
        r"\((?:[^()]*\b(?:Photo|Photos|Images|Foto|Fotos|via AP|via Reuters|Getty|Image|Credit)\b[^()]*|AP|Reuters|AFP|EFE)\)$",
    );
    // … / Reuters · … | Getty Images
    let spaced = re(&SPACED, &format!(r"\s[/|]\s*(?:{AGENCY})$"));
    // … Photo: John Smith · Foto: Cuartoscuro
    let label = re(
        &LABEL,
        r"(?:Photo|PHOTO|Foto|FOTO|Image|Credit|Crédito|Photograph)\s*:\s*[\p{L}][^.:]{1,60}$",
    );
    // Each pattern needs a character most lines lack: checked first, as these patterns are
    // anchored at the line's end and the regex engine searches them backwards from there, which
    // on a line of prose costs more than the rest of the line's classification.
    let needs = [
        text.contains('/'),
        text.ends_with(')'),
        text.contains(['/', '|']),
        text.contains(':'),
    ];
    for (r, _) in [slash, paren, spaced, label]
        .into_iter()
        .zip(needs)
        .filter(|(_, may)| *may)
    {
        if let Some(m) = r.find(text) {
            let credit = m
                .as_str()
                .trim_start_matches(|c: char| c == '/' || c == '|' || c.is_whitespace());
            return Some(
                credit
                    .trim_matches(|c| c == '(' || c == ')')
                    .trim()
                    .to_string(),
            );
        }
    }
    None
}

/// "caption (caption)": some sites print a caption and then its alt text in brackets.
pub fn doubled_caption(text: &str) -> Option<String> {
    let body = text.strip_suffix(')')?;
    let open = body.rfind(" (")?;
    let (first, second) = (&body[..open], &body[open + 2..]);
    (first.len() >= 15 && first.trim() == second.trim()).then(|| first.trim().to_string())
}

fn contains_any(haystack: &str, phrases: &[&str]) -> bool {
    phrases.iter().any(|p| haystack.contains(p))
}

/// Credit and source lines at the foot of wire and staff copy.
pub fn is_credit_line(text: &str) -> bool {
    static SIGNOFF: OnceLock<Regex> = OnceLock::new();
    static CONTRIB: OnceLock<Regex> = OnceLock::new();
    let signoff = re(
        &SIGNOFF,
        r"(?i)^\(?\s*(?:additional\s+)?(?:reporting|writing|editing|compiled|reported|edited|written)\s+(?:by|from)\b",
    );
    let contrib = re(
        &CONTRIB,
        r"(?i)\b(?:contributed|contributed reporting)\s+to\s+(?:this|the)\s+(?:report|story|article)\.?$|^(?:con información de|with reporting (?:by|from)|información de)\b",
    );
    signoff.is_match(text) || contrib.is_match(text)
}

/// A "SOURCE: AFP" / "Fuente: EFE" / "Redacción EFE" line; returns the named source.
pub fn source_line(text: &str) -> Option<String> {
    static SRC: OnceLock<Regex> = OnceLock::new();
    let r = re(
        &SRC,
        r"^(?i:source|sources|fuente|redacción|redaccion|agencia|agency)\s*:?\s*([\p{L}][\p{L} .&'-]{0,40}?)\.?$",
    );
    let c = r.captures(text)?;
    let name = c[1].trim().to_string();
    lexicon::org_by_name(&name)
        .map(|o| o.name.to_string())
        .or(Some(name))
}

/// Classifies one line on its own.
pub fn classify(line: &Line) -> Local {
    static READTIME: OnceLock<Regex> = OnceLock::new();
    static IMGFILE: OnceLock<Regex> = OnceLock::new();
    static PHOTO_PREFIX: OnceLock<Regex> = OnceLock::new();
    static RELATED_LINK: OnceLock<Regex> = OnceLock::new();
    static TIMESTAMP: OnceLock<Regex> = OnceLock::new();
    let text = line.text.as_str();
    let key = line.key();
    let lower = text.to_lowercase();

    if re(&IMGFILE, r"(?i)^\S+\.(?:jpe?g|png|gif|webp|avif|svg)$").is_match(text) {
        return Local::Caption {
            kind: CaptionKind::ImageFile,
            text: text.to_string(),
            credit: None,
        };
    }
    if is_credit_line(text) {
        return Local::Credit;
    }
    if let Some(src) = source_line(text) {
        if lexicon::org_by_name(&src).is_some() {
            return Local::Source(src);
        }
    }
    if line.words <= 25 && contains_any(&lower, PAYWALL_PHRASES) {
        return Local::Boiler(RemovalReason::Paywall);
    }
    static COMMENTS: OnceLock<Regex> = OnceLock::new();
    let comments = re(
        &COMMENTS,
        r"(?i)^\W*(?:\d+\s+)?(?:top rated |reader |user |latest |show |view |load |read )?(?:comments?|comentarios?|responses|replies|discussion|discusión)\b(?:\s*\(\d+\))?\W*$|^(?:join|start) the (?:discussion|conversation)|^(?:leave|post|add) a (?:comment|reply)",
    );
    static BIO: OnceLock<Regex> = OnceLock::new();
    let bio = re(
        &BIO,
        r"^(?:About|ABOUT|Sobre|SOBRE|À propos de|Acerca de)\s+(?:the author|the authors|el autor|la autora|o autor|a autora|\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+){1,3})$",
    );
    if bio.is_match(text) {
        return Local::Boiler(RemovalReason::AuthorBio);
    }
    if line.words <= 6 && comments.is_match(text) {
        return Local::Boiler(RemovalReason::Comments);
    }
    if line.words <= 60
        && lower.contains("cookie")
        && contains_any(
            &lower,
            &[
                "website",
                "browser",
                "consent",
                "experience",
                "accept",
                "sitio",
                "navegador",
            ],
        )
    {
        return Local::Boiler(RemovalReason::Footer);
    }
    static SHOPPING: OnceLock<Regex> = OnceLock::new();
    let shopping = re(
        &SHOPPING,
        r"(?i)\b(?:shop (?:the|now|our)|\d+\s?% off|buy now|limited time|promo code|coupon|deal of the day|best deals?|ofertas? del día|compra ahora)\b",
    );
    if AD_LABELS.contains(&key.as_str())
        || (line.words <= 15 && !line.is_prose() && shopping.is_match(text))
    {
        return Local::Boiler(RemovalReason::Advertising);
    }
    static SECTION_LIST: OnceLock<Regex> = OnceLock::new();
    let section_list = re(
        &SECTION_LIST,
        r"^(?:next|more|latest|also) (?:in|from|on) \S+(?: \S+)?$",
    );
    if lexicon::RELATED_LEADINS.contains(&key.as_str()) || section_list.is_match(&key) {
        return Local::Boiler(RemovalReason::RelatedList);
    }
    let related_link = re(
        &RELATED_LINK,
        r"(?i)^(?:related|read more|read also|also read|see also|recommended|lee también|leer más|te puede interesar|mira|watch|more)\s*(?::|\||-|–|—|»)\s*\S|^(?:Related|RELATED|Recommended|RECOMMENDED)\p{Lu}",
    );
    if related_link.is_match(text) && !line.is_prose() {
        return Local::Boiler(RemovalReason::RelatedLink);
    }
    let prompt_start = PROMPT_PHRASES.iter().any(|p| key.starts_with(p));
    if (line.words <= 12 && contains_any(&lower, PROMPT_PHRASES))
        || (prompt_start && line.words <= 25)
    {
        return Local::Boiler(RemovalReason::Prompt);
    }
    if (line.words <= 25 && contains_any(&lower, FOOTER_PHRASES) && !line.is_prose())
        || lexicon::FOOTER_LABELS.contains(&key.as_str())
    {
        return Local::Boiler(RemovalReason::Footer);
    }
    if re(
        &READTIME,
        r"(?i)^\d+\s*(?:min|mins|minute|minutes|minutos?)\b.{0,12}$",
    )
    .is_match(text)
        || re(
            &TIMESTAMP,
            r"^(?:\d{1,2}:)?\d{1,2}:\d{2}(?:\s*/\s*(?:\d{1,2}:)?\d{1,2}:\d{2})?$",
        )
        .is_match(text)
    {
        return Local::Meta;
    }
    if crate::date::date_coverage(text) >= 0.75 {
        return Local::Meta;
    }
    if let Some(first) = doubled_caption(text) {
        return Local::Caption {
            kind: CaptionKind::Caption,
            text: first,
            credit: None,
        };
    }
    let photo_prefix = re(
        &PHOTO_PREFIX,
        r"^(?:FILE PHOTO|File photo|PHOTO|Photo|FOTO|Foto|IMAGE|Image|Imagen)\s*:\s*",
    );
    if photo_prefix.is_match(text) {
        let kind = if line.words <= 4 {
            CaptionKind::Credit
        } else {
            CaptionKind::Caption
        };
        return Local::Caption {
            kind,
            text: text.to_string(),
            credit: trailing_photo_credit(text),
        };
    }
    if let Some(credit) = trailing_photo_credit(text) {
        let kind = if line.words <= 5 {
            CaptionKind::Credit
        } else {
            CaptionKind::Caption
        };
        return Local::Caption {
            kind,
            text: text.to_string(),
            credit: Some(credit),
        };
    }
    if NAV_LABELS.contains(&key.as_str()) {
        return Local::Boiler(RemovalReason::Navigation);
    }
    Local::Plain
}

/// Whether a plain line reads like a list of navigation links ("Tech Cars Gaming", "About / Contact").
pub fn is_link_run(line: &Line) -> bool {
    if line.ends_sentence || line.words < 3 {
        return false;
    }
    let seps = line.text.matches([' ', '/', '|']).count();
    let pipes = line.text.matches(['/', '|', '·']).count();
    pipes >= 2 && line.stop_ratio < 0.2
        || (line.cap_ratio >= 0.99 && line.stop_ratio == 0.0 && seps >= 6)
}

/// Normalised key for comparing lines across pages and against each other.
pub fn line_key(text: &str) -> String {
    normalise_key(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lines::analyse;

    fn local(s: &str) -> Local {
        classify(&analyse(0, s))
    }

    #[test]
    fn photo_credits_make_captions_not_wire_copy() {
        for s in [
            "The border wall, as seen from Ciudad Juarez, Mexico, January 12, 2026. REUTERS/Jose Luis Gonzalez",
            "Mexican President Claudia Sheinbaum said the U.S. Army is not welcome in Mexico. (AP Images)",
            "Sheinbaum says US 'won't' attack cartels on Mexican soil / Reuters",
            "A muddy eruption at Black Diamond Pool on Saturday. (U.S. Geological Survey via AP)",
            "FILE PHOTO: A soldier stands guard in Culiacan, Mexico",
        ] {
            assert!(matches!(local(s), Local::Caption { kind: CaptionKind::Caption, .. }), "{s}");
        }
        assert!(matches!(
            local("PHOTO: REUTERS"),
            Local::Caption {
                kind: CaptionKind::Credit,
                ..
            }
        ));
        assert!(matches!(
            local("mexico-border-wall.jpeg"),
            Local::Caption {
                kind: CaptionKind::ImageFile,
                ..
            }
        ));
    }

    #[test]
    fn doubled_captions_are_printed_once() {
        let s = "Pills displayed at a laboratory in Virginia, 29 April, 2025 (Pills displayed at a laboratory in Virginia, 29 April, 2025)";
        match local(s) {
            Local::Caption { text, .. } => assert_eq!(
                text,
                "Pills displayed at a laboratory in Virginia, 29 April, 2025"
            ),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_body_sentence_mentioning_reuters_is_not_a_caption() {
        assert_eq!(
            local("Reuters could not immediately verify the New York Times report."),
            Local::Plain
        );
    }

    #[test]
    fn prompts_related_links_and_paywalls_have_reasons() {
        assert_eq!(
            local("Follow us on our official WhatsApp channel for breaking news alerts and key updates!"),
            Local::Boiler(RemovalReason::Prompt)
        );
        assert_eq!(
            local("Share and Follow"),
            Local::Boiler(RemovalReason::Prompt)
        );
        assert_eq!(
            local("RelatedTRT World - Mexico expels 26 cartel members to US"),
            Local::Boiler(RemovalReason::RelatedLink)
        );
        assert_eq!(
            local("READ MORE: Mexico's president says no"),
            Local::Boiler(RemovalReason::RelatedLink)
        );
        assert_eq!(
            local("RECOMMENDED"),
            Local::Boiler(RemovalReason::RelatedList)
        );
        assert_eq!(
            local("You May Also Like"),
            Local::Boiler(RemovalReason::RelatedList)
        );
        assert_eq!(
            local("Next In World"),
            Local::Boiler(RemovalReason::RelatedList)
        );
        assert_eq!(
            local("Sign up to read this article"),
            Local::Boiler(RemovalReason::Paywall)
        );
        assert_eq!(
            local("ADVERTISEMENT"),
            Local::Boiler(RemovalReason::Advertising)
        );
        assert_eq!(
            local("Shop the look: 40% off winter jackets today only"),
            Local::Boiler(RemovalReason::Advertising)
        );
        assert_eq!(local("Contact us"), Local::Boiler(RemovalReason::Footer));
        assert_eq!(
            local("Key takeaways: what Mexico's president said about US strikes"),
            Local::Plain
        );
        assert_eq!(
            local("© 2005-2019 SlashGear, All Rights Reserved."),
            Local::Boiler(RemovalReason::Footer)
        );
        assert_eq!(
            local("[ 167 comments ]"),
            Local::Boiler(RemovalReason::Comments)
        );
        assert_eq!(
            local("Top Rated Comments"),
            Local::Boiler(RemovalReason::Comments)
        );
        assert_eq!(
            local("This website uses cookies to improve your experience. We'll assume you're ok with this."),
            Local::Boiler(RemovalReason::Footer)
        );
    }

    #[test]
    fn a_related_word_inside_prose_is_kept() {
        assert_eq!(
            local("Related violence has killed more than 30,000 people in Mexico over the past year, officials said."),
            Local::Plain
        );
    }

    #[test]
    fn credit_and_source_lines() {
        assert_eq!(
            local("(Reporting by Ananya Palyekar in Bengaluru; Editing by Aidan Lewis)"),
            Local::Credit
        );
        assert_eq!(
            local(
                "Fox News Digital’s Adam Shaw and the Associated Press contributed to this report."
            ),
            Local::Credit
        );
        assert_eq!(local("SOURCE:AFP"), Local::Source("AFP".into()));
        assert_eq!(local("Redacción EFE"), Local::Source("EFE".into()));
    }

    #[test]
    fn metadata_lines() {
        assert_eq!(local("2 min read"), Local::Meta);
        assert_eq!(local("• Thursday, 15 Jan 2026"), Local::Meta);
        assert_eq!(local("0:00 / 0:00"), Local::Meta);
    }
}
