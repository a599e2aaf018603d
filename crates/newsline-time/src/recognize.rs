//! The engine: recognition over a document's folded view, tense cues, and
//! resolution in text order.

use std::fmt;

use newsline_doc::{Document, PartialDate, Span, TextView, ViewKind};

use crate::config::TimeConfig;
use crate::expr::{Cal, Expr, Parsed};
use crate::grammar;
use crate::resolve::{resolve, Ctx};
use crate::scan::tokenize;
use crate::tense::{needs_tense, tense};
use crate::value::{Resolution, Timex};

/// Anything that finds time expressions in a document.
///
/// [`TimeRecognizer`] is the rule-based implementation; the trait lets a
/// pipeline hold a `Box<dyn TimexRecognizer>` and take a model-backed one
/// instead.
pub trait TimexRecognizer: Send + Sync + fmt::Debug {
    /// Every time expression of `doc`, in text order, resolved against the
    /// document's own date.
    fn recognize(&self, doc: &Document) -> Vec<Timex>;
}

/// Finds and normalises time expressions, French and English.
///
/// Build it once and reuse it: it holds no per-document state and is
/// `Send + Sync`.
///
/// # Example
///
/// ```
/// use newsline_doc::PartialDate;
/// use newsline_time::{TimeConfig, TimeRecognizer};
///
/// let rec = TimeRecognizer::new(TimeConfig::new());
/// let anchor = PartialDate::ymd(2022, 3, 10);
/// let found = rec.recognize_str("Ils se sont vus hier et la veille.", anchor);
/// let values: Vec<_> = found.iter().map(|t| t.value()).collect();
/// assert_eq!(values, [Some("2022-03-09"), Some("2022-03-08")]);
/// ```
#[derive(Clone, Debug, Default)]
pub struct TimeRecognizer {
    config: TimeConfig,
}

impl TimexRecognizer for TimeRecognizer {
    fn recognize(&self, doc: &Document) -> Vec<Timex> {
        TimeRecognizer::recognize(self, doc)
    }
}

impl TimeRecognizer {
    /// A recognizer with this configuration.
    pub fn new(config: TimeConfig) -> TimeRecognizer {
        TimeRecognizer { config }
    }

    /// Its configuration.
    pub fn config(&self) -> &TimeConfig {
        &self.config
    }

    /// Every time expression in the body of `doc` (the header is skipped),
    /// in text order, resolved against the document's date.
    pub fn recognize(&self, doc: &Document) -> Vec<Timex> {
        self.recognize_with(doc, doc.date())
    }

    /// Like [`recognize`](Self::recognize), against another anchor (an
    /// inferred document date, say). `None` resolves absolute expressions
    /// only.
    pub fn recognize_with(&self, doc: &Document, anchor: Option<PartialDate>) -> Vec<Timex> {
        let view = doc.folded();
        let (from, to) = view.to_view(doc.body());
        self.run(doc.text(), view, from, to, anchor)
    }

    /// Every time expression in a bare string, against `anchor`.
    pub fn recognize_str(&self, text: &str, anchor: Option<PartialDate>) -> Vec<Timex> {
        let view = TextView::new(text, ViewKind::Folded);
        let len = view.as_str().len();
        self.run(text, &view, 0, len, anchor)
    }

    /// Resolves already recognised expressions again against a new anchor,
    /// for instance once the timeline layer has inferred the date of an
    /// undated document. `timexes` must be one document's expressions in
    /// text order (as [`recognize`](Self::recognize) returns them), so that
    /// "la veille" finds the right previous date. Expressions read back from
    /// JSON cannot be re-resolved and are returned unchanged.
    ///
    /// # Example
    ///
    /// ```
    /// use newsline_doc::PartialDate;
    /// use newsline_time::TimeRecognizer;
    ///
    /// let rec = TimeRecognizer::default();
    /// let found = rec.recognize_str("Il a parlé mardi.", None);
    /// assert_eq!(found[0].value(), Some("XXXX-WXX-2"));
    /// let again = rec.resolve(&found, PartialDate::ymd(2022, 3, 31));
    /// assert_eq!(again[0].value(), Some("2022-03-29"));
    /// ```
    pub fn resolve(&self, timexes: &[Timex], anchor: Option<PartialDate>) -> Vec<Timex> {
        let out = self.resolve_plain(timexes, anchor);
        self.refine(out, anchor)
    }

    /// A finer document date that the expressions themselves pin down, if
    /// any: exactly one stated day ("le 24 février", resolved with the
    /// anchor's year) and one or more exact shifts ("il y a deux semaines
    /// exactement", "il y a un an jour pour jour") that all point from the
    /// document date to that day. The result must lie inside `anchor` and be
    /// finer than it; `None` otherwise (and always for a day anchor).
    ///
    /// This is the reasoning of the seed gold's `resolvable_from_header`;
    /// it is narrow on purpose: without the word "exactement" or "jour pour
    /// jour", "il y a deux semaines" is a rounded figure and pins nothing.
    ///
    /// # Example
    ///
    /// ```
    /// use newsline_doc::PartialDate;
    /// use newsline_time::{TimeConfig, TimeRecognizer};
    ///
    /// let rec = TimeRecognizer::new(TimeConfig::new().infer_anchor(false));
    /// let text = "L'invasion a commencé le 24 février, il y a deux semaines exactement.";
    /// let march = PartialDate::year_month(2022, 3);
    /// let found = rec.recognize_str(text, march);
    /// assert_eq!(rec.infer_anchor(&found, march), PartialDate::ymd(2022, 3, 10));
    /// ```
    pub fn infer_anchor(
        &self,
        timexes: &[Timex],
        anchor: Option<PartialDate>,
    ) -> Option<PartialDate> {
        if anchor.is_some_and(|a| a.precision() == newsline_doc::Precision::Day) {
            return None;
        }
        let mut stated: Option<chrono::NaiveDate> = None;
        let mut shifts = Vec::new();
        for t in timexes {
            let Some(p) = t.parsed() else { continue };
            match p.expr {
                Expr::Shift { n, unit } if p.exact => shifts.push((n, unit)),
                Expr::Cal(Cal { day: Some(_), .. }) if p.day_offset == 0 => {
                    if let Some(d) = t.interval().and_then(|i| i.as_day()) {
                        if stated.is_some_and(|s| s != d) {
                            return None; // two different stated days
                        }
                        stated = Some(d);
                    }
                }
                _ => {}
            }
        }
        let stated = stated?;
        let mut found: Option<chrono::NaiveDate> = None;
        for (n, unit) in shifts {
            let d = crate::resolve::shift(stated, n.checked_neg()?, unit)?;
            if found.is_some_and(|f| f != d) {
                return None;
            }
            found = Some(d);
        }
        let day = found?;
        if anchor.is_some_and(|a| !a.contains(day)) {
            return None;
        }
        PartialDate::from_date(day)
    }

    /// Resolves again against a refined anchor when the text pins one down.
    fn refine(&self, out: Vec<Timex>, anchor: Option<PartialDate>) -> Vec<Timex> {
        if !self.config.get_infer_anchor() {
            return out;
        }
        let Some(better) = self.infer_anchor(&out, anchor) else { return out };
        self.resolve_plain(&out, Some(better))
            .into_iter()
            .map(|t| t.with_resolution_from_document(Resolution::InferredDate))
            .collect()
    }

    fn resolve_plain(&self, timexes: &[Timex], anchor: Option<PartialDate>) -> Vec<Timex> {
        let mut ctx = self.ctx(anchor);
        timexes
            .iter()
            .map(|t| match t.parsed() {
                Some(p) => self.build(t.span(), t.text().to_string(), p, &mut ctx),
                None => t.clone(),
            })
            .collect()
    }

    fn ctx(&self, anchor: Option<PartialDate>) -> Ctx {
        Ctx {
            anchor,
            strategy: self.config.get_strategy(),
            anaphora: self.config.get_anaphora(),
            last: None,
        }
    }

    fn run(
        &self,
        text: &str,
        view: &TextView,
        from: usize,
        to: usize,
        anchor: Option<PartialDate>,
    ) -> Vec<Timex> {
        let v = view.as_str();
        let toks = tokenize(v, from, to);
        let matches = grammar::find(v, &toks);
        let mut ctx = self.ctx(anchor);
        let mut out = Vec::with_capacity(matches.len());
        for m in matches {
            let (Some(first), Some(last)) = (toks.get(m.start), toks.get(m.end.saturating_sub(1)))
            else {
                continue;
            };
            let span = view.to_original(first.start(), last.end());
            let Some(surface) = span.slice(text) else { continue };
            if surface.is_empty() {
                continue;
            }
            let mut parsed = m.parsed;
            if needs_tense(&parsed.expr) {
                parsed.tense = tense(v, &toks, m.start, m.end);
            }
            out.push(self.build(span, surface.to_string(), &parsed, &mut ctx));
        }
        self.refine(out, anchor)
    }

    fn build(&self, span: Span, text: String, p: &Parsed, ctx: &mut Ctx) -> Timex {
        let r = resolve(p, ctx);
        if let Some(day) = r.interval.and_then(|i| i.as_day()) {
            if !matches!(p.expr, Expr::Ref(_)) && r.resolution != Resolution::Unresolved {
                ctx.last = Some(day);
            }
        }
        Timex::from_parts(
            span,
            text,
            r.kind,
            r.value,
            r.interval,
            r.weekday,
            r.modifier,
            r.resolution,
            Some(*p),
        )
    }
}
