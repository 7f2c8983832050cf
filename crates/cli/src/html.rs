//! TEMPORARY stub until the extractor evaluation lands (helper writes the real module).
pub struct HtmlExtract {
    pub text: String,
    pub title: Option<String>,
    pub published: Option<String>,
    pub site_name: Option<String>,
    pub byline: Option<String>,
    pub description: Option<String>,
}
pub fn extract_html(_html: &str) -> Result<HtmlExtract, String> {
    Err("html extraction not wired yet".into())
}
