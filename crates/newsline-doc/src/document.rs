//! The analysed [`Document`] and its metadata.

use serde::{Deserialize, Serialize};

use crate::date::PartialDate;
use crate::fold::{TextView, ViewKind};
use crate::quote::{find_quotes, Quote};
use crate::segment::{segment, Paragraph, Sentence};
use crate::span::Span;
use crate::token::Token;

/// The language of a document.
///
/// This enum is `#[non_exhaustive]` so that further languages may be added
/// in semver compatible releases. In JSON it is the ISO 639-1 code (`fr`,
/// `en`) or `und` when unknown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub enum Language {
    /// French (`fr`).
    #[serde(rename = "fr")]
    French,
    /// English (`en`).
    #[serde(rename = "en")]
    English,
    /// Not known, or not one newsline reads (`und`).
    #[default]
    #[serde(rename = "und")]
    Unknown,
}

impl Language {
    /// Reads an ISO 639-1 or 639-2 code or a BCP 47 tag (`fr`, `fra`,
    /// `fr-FR`, `en_US`), case-insensitively. Returns `None` for languages
    /// newsline does not know.
    pub fn from_code(code: &str) -> Option<Language> {
        let primary = code.split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
        match primary.as_str() {
            "fr" | "fra" | "fre" | "french" | "français" => Some(Language::French),
            "en" | "eng" | "english" => Some(Language::English),
            "und" | "" => Some(Language::Unknown),
            _ => None,
        }
    }

    /// The ISO 639-1 code, or `und`.
    pub fn code(&self) -> &'static str {
        match self {
            Language::French => "fr",
            Language::English => "en",
            Language::Unknown => "und",
        }
    }
}

/// What is known about a document besides its text.
///
/// # Example
///
/// ```
/// use newsline_doc::{Language, Metadata};
///
/// let meta = Metadata::new()
///     .date("2022-03".parse()?)
///     .title("Pourparlers à Istanbul")
///     .language(Language::French);
/// assert_eq!(meta.date.map(|d| d.to_string()), Some("2022-03".into()));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct Metadata {
    /// The publication date, as precise as the source gives it.
    pub date: Option<PartialDate>,
    /// The title.
    pub title: Option<String>,
    /// The publisher or feed the document comes from.
    pub source: Option<String>,
    /// The document's address.
    pub url: Option<String>,
    /// The language the source declares; see [`Document::language`] for the
    /// one newsline uses.
    pub language: Option<Language>,
}

impl Metadata {
    /// Empty metadata.
    pub fn new() -> Metadata {
        Metadata::default()
    }

    /// Sets the publication date. By default, none.
    pub fn date(mut self, date: PartialDate) -> Metadata {
        self.date = Some(date);
        self
    }

    /// Sets the title. By default, none.
    pub fn title(mut self, title: impl Into<String>) -> Metadata {
        self.title = Some(title.into());
        self
    }

    /// Sets the source. By default, none.
    pub fn source(mut self, source: impl Into<String>) -> Metadata {
        self.source = Some(source.into());
        self
    }

    /// Sets the URL. By default, none.
    pub fn url(mut self, url: impl Into<String>) -> Metadata {
        self.url = Some(url.into());
        self
    }

    /// Sets the declared language. By default, none: the language is
    /// detected from the text.
    pub fn language(mut self, language: Language) -> Metadata {
        self.language = Some(language);
        self
    }
}

/// Something odd in a document's text that did not stop its analysis.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Warning {
    /// Where the oddity is.
    pub span: Span,
    /// What it is.
    pub kind: WarningKind,
}

/// The kinds of [`Warning`].
///
/// This enum is `#[non_exhaustive]` so that new kinds may be added in semver
/// compatible releases.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum WarningKind {
    /// A quotation mark opens a quote that nothing closes before the end of
    /// its paragraph; the quote runs to the paragraph's end.
    UnclosedQuote,
    /// A closing quotation mark closes no open quote; it is ignored.
    UnmatchedQuote,
    /// The text holds U+FFFD, the mark of bytes lost before newline read them.
    ReplacementCharacter,
}

/// A document: its original text, never modified, and its structure, every
/// piece a [`Span`] of that text.
///
/// Build one with [`Document::builder`] or a reader
/// ([`read_text`](crate::read_text), [`read_path`](crate::read_path)...).
/// Analysis (folding, paragraphs, sentences, tokens, quotes) happens once,
/// when the document is built; it never fails and never panics.
///
/// # Example
///
/// ```
/// use newsline_doc::Document;
///
/// let doc = Document::builder("d1", "M. Lavrov est arrivé. Il a parlé.").build();
/// assert_eq!(doc.sentences().len(), 2);
/// assert_eq!(doc.sentence_text(&doc.sentences()[0]), "M. Lavrov est arrivé.");
/// let lavrov = &doc.tokens()[1];
/// assert_eq!(doc.folded_token(lavrov), "lavrov");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Document {
    id: String,
    text: String,
    metadata: Metadata,
    language: Language,
    header: Option<Span>,
    body: Span,
    paragraphs: Vec<Paragraph>,
    sentences: Vec<Sentence>,
    tokens: Vec<Token>,
    quotes: Vec<Quote>,
    warnings: Vec<Warning>,
    #[serde(skip)]
    folded: TextView,
}

/// Builds a [`Document`].
#[derive(Clone, Debug)]
pub struct DocumentBuilder {
    id: String,
    text: String,
    metadata: Metadata,
    header: Option<Span>,
}

impl DocumentBuilder {
    /// Sets the metadata. By default, empty metadata.
    pub fn metadata(mut self, metadata: Metadata) -> DocumentBuilder {
        self.metadata = metadata;
        self
    }

    /// Marks the start of the text, up to `end`, as a header that is not part
    /// of the body (readers set this for the ` date 2022-03` line of plain
    /// text files). By default, no header. An `end` past the text or inside a
    /// char is moved back to the previous char boundary.
    pub fn header_end(mut self, end: usize) -> DocumentBuilder {
        let mut end = end.min(self.text.len());
        while !self.text.is_char_boundary(end) {
            end -= 1;
        }
        self.header = if end > 0 { Some(Span::from(0..end)) } else { None };
        self
    }

    /// Analyses the text and returns the document.
    pub fn build(self) -> Document {
        let text = self.text;
        let body_start = self.header.map_or(0, |h| h.end());
        let body = Span::from(body_start..text.len());
        let folded = TextView::new(&text, ViewKind::Folded);
        let hint = self.metadata.language.filter(|l| *l != Language::Unknown);
        let segmented = segment(&text, body, hint.unwrap_or(Language::French));
        let language = hint.unwrap_or_else(|| detect_language(&segmented.tokens, &text));
        // English text wants its possessives split; tokenise again in the
        // rare case detection disagrees with the French default.
        let segmented = if language == Language::English && hint.is_none() {
            segment(&text, body, language)
        } else {
            segmented
        };
        let mut segmented = segmented;
        folded.offset_map().set_folded_spans(&mut segmented.tokens);
        let mut warnings = segmented.warnings;
        let quotes = find_quotes(&text, &segmented.tokens, &segmented.paragraphs, &mut warnings);
        if text.contains('\u{FFFD}') {
            for (i, _) in text.match_indices('\u{FFFD}') {
                warnings.push(Warning {
                    span: Span::from(i..i + 3),
                    kind: WarningKind::ReplacementCharacter,
                });
            }
        }
        warnings.sort_by_key(|w| (w.span.start(), w.span.end()));
        Document {
            id: self.id,
            text,
            metadata: self.metadata,
            language,
            header: self.header,
            body,
            paragraphs: segmented.paragraphs,
            sentences: segmented.sentences,
            tokens: segmented.tokens,
            quotes,
            warnings,
            folded,
        }
    }
}

impl Document {
    /// Starts building a document with this id and text.
    pub fn builder(id: impl Into<String>, text: impl Into<String>) -> DocumentBuilder {
        DocumentBuilder {
            id: id.into(),
            text: text.into(),
            metadata: Metadata::default(),
            header: None,
        }
    }

    /// The document's id.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The original text, exactly as read.
    #[inline]
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The metadata.
    pub fn metadata(&self) -> &Metadata {
        &self.metadata
    }

    /// The publication date from the metadata or the header, if any.
    pub fn date(&self) -> Option<PartialDate> {
        self.metadata.date
    }

    /// The same document with another publication date (a date forced by
    /// the user, or inferred later). Nothing else changes: the analysis does
    /// not depend on the date.
    pub fn with_date(mut self, date: Option<PartialDate>) -> Document {
        self.metadata.date = date;
        self
    }

    /// The language: the declared one, or else the one detected from the
    /// text (French or English by their commonest words; `Unknown` when
    /// neither is clear).
    pub fn language(&self) -> Language {
        self.language
    }

    /// The header line's span, when the text starts with one.
    pub fn header(&self) -> Option<Span> {
        self.header
    }

    /// The span of the body: the whole text after the header.
    pub fn body(&self) -> Span {
        self.body
    }

    /// The paragraphs, headings and list items, in order.
    pub fn paragraphs(&self) -> &[Paragraph] {
        &self.paragraphs
    }

    /// The sentences, in order, never overlapping.
    #[inline]
    pub fn sentences(&self) -> &[Sentence] {
        &self.sentences
    }

    /// All tokens of the body, in order.
    #[inline]
    pub fn tokens(&self) -> &[Token] {
        &self.tokens
    }

    /// The quotes, in order of their opening mark.
    pub fn quotes(&self) -> &[Quote] {
        &self.quotes
    }

    /// What was odd in the text.
    pub fn warnings(&self) -> &[Warning] {
        &self.warnings
    }

    /// The folded view of the whole text (lowercase, no accents,
    /// typographic variants unified), with its map back to the original.
    #[inline]
    pub fn folded(&self) -> &TextView {
        &self.folded
    }

    /// The original text of a span; empty if the span is not valid here.
    #[inline]
    pub fn span_text(&self, span: Span) -> &str {
        span.slice(&self.text).unwrap_or("")
    }

    /// The folded text of a span.
    pub fn folded_text(&self, span: Span) -> &str {
        self.folded.slice_original(span)
    }

    /// A token's original text.
    #[inline]
    pub fn token_text(&self, token: &Token) -> &str {
        self.span_text(token.span)
    }

    /// A token's folded form.
    #[inline]
    pub fn folded_token(&self, token: &Token) -> &str {
        self.folded.as_str().get(token.folded.range()).unwrap_or("")
    }

    /// A sentence's original text.
    #[inline]
    pub fn sentence_text(&self, sentence: &Sentence) -> &str {
        self.span_text(sentence.span)
    }

    /// The tokens of a sentence.
    #[inline]
    pub fn sentence_tokens(&self, sentence: &Sentence) -> &[Token] {
        self.tokens.get(sentence.tokens.clone()).unwrap_or(&[])
    }

    /// The index of the sentence that contains byte `offset`, if any.
    pub fn sentence_at(&self, offset: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.span.end() <= offset);
        self.sentences.get(i).filter(|s| s.span.start() <= offset).map(|_| i)
    }

    /// The index of the first token that ends after `offset`.
    pub fn token_index_at(&self, offset: usize) -> usize {
        self.tokens.partition_point(|t| t.span.end() <= offset)
    }

    /// The innermost quote that contains the span, if any.
    pub fn quote_containing(&self, span: Span) -> Option<&Quote> {
        self.quotes.iter().filter(|q| q.span.contains(span)).min_by_key(|q| q.span.len())
    }
}

/// Scores a short token as a French (+1) or English (-1) function word.
///
/// Words are compared as integers (see [`pack_word`]) in a small hash
/// table built at compile time: copying each short token into a buffer
/// and comparing it with 33 byte strings, for every short token of every
/// document's opening, was a few percent of the document layer.
fn language_vote(word: &[u8]) -> i32 {
    if word.len() > 4 {
        return 0;
    }
    let mut lower = [0u8; 4];
    for (l, b) in lower.iter_mut().zip(word) {
        *l = b.to_ascii_lowercase();
    }
    // `pack_word` of the lowered word: its padding is already zero.
    let key = u64::from(u32::from_le_bytes(lower)) | (word.len() as u64) << 32;
    let mut s = vote_slot(key);
    // At most half full: a probe meets the word or a free slot soon.
    for _ in 0..VOTES.len() {
        match VOTES.get(s) {
            Some(&(k, vote)) if k == key => return vote,
            Some(&(0, _)) | None => return 0,
            Some(_) => s = (s + 1) % VOTES.len(),
        }
    }
    0
}

/// The function words that vote, French +1 and English -1.
const VOTERS: [(&[u8], i32); 33] = [
    (b"le", 1),
    (b"la", 1),
    (b"les", 1),
    (b"des", 1),
    (b"est", 1),
    (b"une", 1),
    (b"dans", 1),
    (b"pour", 1),
    (b"que", 1),
    (b"qui", 1),
    (b"du", 1),
    (b"au", 1),
    (b"et", 1),
    (b"en", 1),
    (b"sur", 1),
    (b"pas", 1),
    (b"l'", 1),
    (b"d'", 1),
    (b"the", -1),
    (b"of", -1),
    (b"and", -1),
    (b"to", -1),
    (b"is", -1),
    (b"that", -1),
    (b"for", -1),
    (b"with", -1),
    (b"was", -1),
    (b"it", -1),
    (b"as", -1),
    (b"by", -1),
    (b"at", -1),
    (b"on", -1),
    (b"in", -1),
];

/// [`VOTERS`] by [`pack_word`], open addressing; a key of 0 (no word has
/// it: a word's length is in its key) is a free slot.
const VOTES: [(u64, i32); 64] = {
    let mut table = [(0u64, 0i32); 64];
    let mut w = 0;
    while w < VOTERS.len() {
        let key = pack_word(VOTERS[w].0);
        let mut s = vote_slot(key);
        while table[s].0 != 0 {
            s = (s + 1) % 64;
        }
        table[s] = (key, VOTERS[w].1);
        w += 1;
    }
    table
};

/// The home slot of a key in [`VOTES`] (multiplicative hashing).
const fn vote_slot(key: u64) -> usize {
    (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 58) as usize
}

/// The bytes of a word of at most four bytes, little-endian, with its
/// length above them (so that no padding byte is taken for a letter).
const fn pack_word(word: &[u8]) -> u64 {
    let mut key = 0u64;
    let mut i = 0;
    while i < word.len() && i < 4 {
        key |= (word[i] as u64) << (8 * i);
        i += 1;
    }
    key | (word.len() as u64) << 32
}

fn detect_language(tokens: &[Token], text: &str) -> Language {
    let (mut fr, mut en) = (0u32, 0u32);
    // The function words are ASCII (the elided l' and d' count with a
    // straight apostrophe only): compare raw bytes, no folding.
    for t in tokens.iter().take(300) {
        if !t.is_word() || t.span.len() > 4 {
            continue;
        }
        match language_vote(text.as_bytes().get(t.span.range()).unwrap_or(b"")) {
            1 => fr += 1,
            -1 => en += 1,
            _ => {}
        }
    }
    if fr + en < 2 {
        Language::Unknown
    } else if fr >= en * 2 {
        Language::French
    } else if en >= fr * 2 {
        Language::English
    } else {
        Language::Unknown
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The byte-string comparison `language_vote` replaced, kept to check it.
    fn vote_by_strings(word: &[u8]) -> i32 {
        let mut buf = [0u8; 4];
        let Some(lower) = buf.get_mut(..word.len()) else { return 0 };
        lower.copy_from_slice(word);
        lower.make_ascii_lowercase();
        match &*lower {
            b"le" | b"la" | b"les" | b"des" | b"est" | b"une" | b"dans" | b"pour" | b"que"
            | b"qui" | b"du" | b"au" | b"et" | b"en" | b"sur" | b"pas" | b"l'" | b"d'" => 1,
            b"the" | b"of" | b"and" | b"to" | b"is" | b"that" | b"for" | b"with" | b"was"
            | b"it" | b"as" | b"by" | b"at" | b"on" | b"in" => -1,
            _ => 0,
        }
    }

    #[test]
    fn every_voter_votes() {
        for (word, vote) in VOTERS {
            assert_eq!(language_vote(word), vote, "{word:?}");
            assert_eq!(language_vote(&word.to_ascii_uppercase()), vote, "{word:?}");
            assert_eq!(vote_by_strings(word), vote, "{word:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn language_vote_is_the_byte_string_vote(
            word in "(le|LA|Les|d'|L'|the|THE|With|pour|\\x00|[a-z'é]){0,3}",
        ) {
            proptest::prop_assert_eq!(language_vote(word.as_bytes()), vote_by_strings(word.as_bytes()));
        }
    }

    #[test]
    fn detects_language() {
        let fr = Document::builder(
            "a",
            "Les chefs de la diplomatie se rencontrent jeudi en Turquie pour la première fois.",
        )
        .build();
        assert_eq!(fr.language(), Language::French);
        let en = Document::builder(
            "b",
            "The foreign ministers of Russia and Ukraine met in Turkey for the first time.",
        )
        .build();
        assert_eq!(en.language(), Language::English);
        let none = Document::builder("c", "Kyiv").build();
        assert_eq!(none.language(), Language::Unknown);
    }

    #[test]
    fn declared_language_wins() {
        let d = Document::builder("a", "The end.")
            .metadata(Metadata::new().language(Language::French))
            .build();
        assert_eq!(d.language(), Language::French);
    }

    #[test]
    fn language_codes() {
        assert_eq!(Language::from_code("fr-FR"), Some(Language::French));
        assert_eq!(Language::from_code("EN_us"), Some(Language::English));
        assert_eq!(Language::from_code("de"), None);
        assert_eq!(Language::English.code(), "en");
    }

    #[test]
    fn header_is_not_body() {
        let d = Document::builder("a", " date 2022-03 Le texte.").header_end(14).build();
        assert_eq!(d.span_text(d.body()), "Le texte.");
        assert_eq!(d.sentences().len(), 1);
        assert_eq!(d.sentence_text(&d.sentences()[0]), "Le texte.");
    }

    #[test]
    fn lookups() {
        let d = Document::builder("a", "Un. Deux « trois ».").build();
        assert_eq!(d.sentence_at(0), Some(0));
        assert_eq!(d.sentence_at(3), None);
        assert_eq!(d.sentence_at(5), Some(1));
        let trois = d.text().find("trois").unwrap_or(0);
        let q = d.quote_containing(Span::from(trois..trois + 5));
        assert_eq!(q.map(|q| d.span_text(q.content)), Some("trois"));
    }
}
