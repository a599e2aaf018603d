//! Trigger lexicons: which words say that an event happened.
//!
//! A lexicon is a list of lines `KIND POS WORDS [| CONTEXT, ...] [! EXCLUDED,
//! ...]` (see `data/triggers.txt`, the embedded default). Patterns are tokenised with
//! newsline-doc, so a pattern and a text always split the same way
//! (`d'armes` is `d'` + `armes`, `a-t-il` is `a` + `-t-il`).

use std::ops::Range;

use newsline_doc::{Document, Token};

use crate::error::{Error, Result};
use crate::model::EventKind;
use crate::trigger_index::{entry_key, TriggerIndex};

/// The default trigger lexicon, French and English.
pub const DEFAULT_TRIGGERS: &str = include_str!("../data/triggers.txt");

/// Auxiliaries that a past participle trigger (`A`) needs before it.
const AUXILIARIES: &[&str] = &[
    "a", "ont", "ai", "as", "avons", "avez", "avait", "avaient", "aura", "auront", "aurait",
    "auraient", "est", "sont", "etait", "etaient", "has", "have", "had",
];

/// How many tokens on each side of a trigger its context words are looked
/// for.
const CONTEXT_WINDOW: usize = 6;

/// The grammatical role of a trigger, which decides its checks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Pos {
    /// A noun: "pourparlers", "cessez-le-feu".
    Noun,
    /// A verb: "rencontrent", "a déclaré".
    Verb,
    /// A reflexive verb: needs "se"/"s'" shortly before.
    Reflexive,
    /// A past participle that needs an auxiliary shortly before ("a dit").
    Participle,
    /// A preposition-like cue: "selon".
    Preposition,
    /// A verb that is an event only when negated, the negation being its
    /// meaning: "ne céderons rien" is a refusal, not a negated event.
    NegatedVerb,
}

/// Where an excluding pattern is looked for around a trigger.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Place {
    /// Anywhere in the context window.
    Near,
    /// Right after the trigger.
    After,
    /// Right before the trigger.
    Before,
}

/// One word of a pattern: a folded form, exact or a stem.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Word {
    form: String,
    stem: bool,
}

impl Word {
    fn matches(&self, folded: &str) -> bool {
        if self.stem {
            folded.starts_with(&self.form)
        } else {
            folded == self.form
        }
    }
}

#[derive(Clone, Debug)]
struct Entry {
    kind: EventKind,
    pos: Pos,
    words: Vec<Word>,
    context: Vec<Vec<Word>>,
    exclude: Vec<(Place, Vec<Word>)>,
}

/// A trigger lexicon, ready to match.
///
/// # Example
///
/// ```
/// use newsline_doc::Document;
/// use newsline_events::{EventKind, Lexicon};
///
/// let lexicon = Lexicon::parse("meeting N pourparlers\nceasefire N cessez-le-feu\n", "mine.txt")?;
/// let doc = Document::builder("d", "Les pourparlers ont abouti à un cessez-le-feu.").build();
/// let kinds: Vec<EventKind> = lexicon.find(&doc, 0..doc.tokens().len()).map(|m| m.kind).collect();
/// assert_eq!(kinds, [EventKind::Meeting, EventKind::Ceasefire]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug)]
pub struct Lexicon {
    entries: Vec<Entry>,
    // Candidate entries by the first 4 bytes of their first word, or the
    // whole word when shorter: a token looks up only the few entries that
    // can match it.
    index: TriggerIndex,
}

/// A trigger found in a document.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct TriggerMatch {
    /// The kind it signals.
    pub kind: EventKind,
    /// The document tokens it covers.
    pub tokens: Range<usize>,
    pub(crate) pos: Pos,
    /// Whether its context words were missing: such a match counts only
    /// where the event kind is already established nearby (see the
    /// extractor).
    pub(crate) weak: bool,
}

impl Lexicon {
    /// The embedded default lexicon.
    pub fn embedded() -> &'static Lexicon {
        static DEFAULT: once_cell::sync::Lazy<Lexicon> = once_cell::sync::Lazy::new(|| {
            // The embedded file is tested to parse; an empty lexicon is the
            // no-panic fallback should it ever not.
            Lexicon::parse(DEFAULT_TRIGGERS, "data/triggers.txt")
                .unwrap_or_else(|_| Lexicon::empty())
        });
        &DEFAULT
    }

    /// A lexicon with no trigger.
    pub fn empty() -> Lexicon {
        Lexicon { entries: Vec::new(), index: TriggerIndex::new([]) }
    }

    /// Parses a lexicon; `name` names the source in errors.
    ///
    /// # Errors
    ///
    /// [`Error::Lexicon`] naming the line and what is wrong with it.
    pub fn parse(source: &str, name: &str) -> Result<Lexicon> {
        let mut lexicon = Lexicon::empty();
        lexicon.extend(source, name)?;
        Ok(lexicon)
    }

    /// Adds the triggers of another lexicon source to this one.
    ///
    /// # Errors
    ///
    /// [`Error::Lexicon`] naming the line and what is wrong with it; the
    /// lexicon is unchanged then.
    pub fn extend(&mut self, source: &str, name: &str) -> Result<()> {
        let mut added = Vec::new();
        for (i, raw) in source.lines().enumerate() {
            let line = raw.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let err = |message: &str| Error::Lexicon {
                source_name: name.to_string(),
                line: i + 1,
                message: message.to_string(),
            };
            let (line, exclude) = match line.split_once('!') {
                Some((l, x)) => (l, Some(x)),
                None => (line, None),
            };
            let (main, context) = match line.split_once('|') {
                Some((m, c)) => (m, Some(c)),
                None => (line, None),
            };
            let mut parts = main.split_whitespace();
            let kind = parts
                .next()
                .and_then(EventKind::from_name)
                .ok_or_else(|| err("unknown event kind"))?;
            let pos = match parts.next() {
                Some("N") => Pos::Noun,
                Some("V") => Pos::Verb,
                Some("R") => Pos::Reflexive,
                Some("A") => Pos::Participle,
                Some("P") => Pos::Preposition,
                Some("G") => Pos::NegatedVerb,
                _ => return Err(err("expected a part of speech: N, V, R, A, P or G")),
            };
            let words = pattern(&parts.collect::<Vec<_>>().join(" "));
            if words.is_empty() {
                return Err(err("no words"));
            }
            let context: Vec<Vec<Word>> = context
                .map(|c| c.split(',').map(pattern).filter(|w| !w.is_empty()).collect())
                .unwrap_or_default();
            let exclude: Vec<(Place, Vec<Word>)> = exclude
                .map(|x| {
                    x.split(',')
                        .map(str::trim)
                        .map(|item| match (item.strip_prefix('>'), item.strip_prefix('<')) {
                            (Some(rest), _) => (Place::After, pattern(rest)),
                            (_, Some(rest)) => (Place::Before, pattern(rest)),
                            _ => (Place::Near, pattern(item)),
                        })
                        .filter(|(_, w)| !w.is_empty())
                        .collect()
                })
                .unwrap_or_default();
            added.push(Entry { kind, pos, words, context, exclude });
        }
        self.entries.extend(added);
        self.index = TriggerIndex::new(self.entries.iter().map(|e| entry_key(&e.words[0].form)));
        Ok(())
    }

    /// How many trigger patterns the lexicon holds.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether the lexicon holds no pattern.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The triggers among the document tokens `range` (a sentence, say):
    /// leftmost-longest, never overlapping, in text order.
    pub fn find<'a>(
        &'a self,
        doc: &'a Document,
        range: Range<usize>,
    ) -> impl Iterator<Item = TriggerMatch> + 'a {
        self.find_all(doc, range).filter(|m| !m.weak)
    }

    /// The triggers, with the weak ones: words whose context words are
    /// missing. A full match beats a weak one at the same place.
    pub(crate) fn find_all<'a>(
        &'a self,
        doc: &'a Document,
        range: Range<usize>,
    ) -> impl Iterator<Item = TriggerMatch> + 'a {
        let tokens = doc.tokens();
        let view = doc.folded().as_str();
        let range = range.start.min(tokens.len())..range.end.min(tokens.len());
        let mut i = range.start;
        std::iter::from_fn(move || {
            while i < range.end {
                // Most tokens start no trigger: they leave after one probe
                // of the index, without the call below.
                let span = tokens[i].folded;
                let candidates = self.index.lookup_in(view, span.start(), span.end());
                if candidates.iter().all(|c| c.is_empty()) {
                    i += 1;
                    continue;
                }
                let best = self.longest_at(doc, tokens, i, range.clone(), candidates);
                match best {
                    Some(m) => {
                        i = m.tokens.end;
                        return Some(m);
                    }
                    None => i += 1,
                }
            }
            None
        })
    }

    /// The best trigger at token `i` among the entries `candidates` (from
    /// the index: those that may start there, in order). Out of line: most
    /// tokens have none and never come here.
    #[inline(never)]
    fn longest_at(
        &self,
        doc: &Document,
        tokens: &[Token],
        i: usize,
        sentence: Range<usize>,
        candidates: [&[u32]; 2],
    ) -> Option<TriggerMatch> {
        // (entry, length, full): a full match beats a weak one, then the
        // longer wins.
        let mut best: Option<(usize, usize, bool)> = None;
        for e in candidates.into_iter().flatten().map(|&e| e as usize) {
            let entry = &self.entries[e];
            let n = entry.words.len();
            if i + n > sentence.end {
                continue;
            }
            let all = entry
                .words
                .iter()
                .enumerate()
                .all(|(k, w)| w.matches(doc.folded_token(&tokens[i + k])));
            if !all {
                continue;
            }
            // A verb stem does not take its agent noun: "négoci*" is not
            // "négociateurs", "demand*" not "demandeurs" (no French verb
            // form ends in -eur or -euse).
            let last = doc.folded_token(&tokens[i + n - 1]);
            let agent = entry.pos != Pos::Noun
                && entry.words[n - 1].stem
                && ["eur", "eurs", "euse", "euses", "trice", "trices"]
                    .iter()
                    .any(|e| last.ends_with(e));
            if agent {
                continue;
            }
            let Some(full) = self.checks(entry, doc, tokens, i, n, sentence.clone()) else {
                continue;
            };
            if best.is_none_or(|(_, len, f)| (full, n) > (f, len)) {
                best = Some((e, n, full));
            }
        }
        best.map(|(e, n, full)| TriggerMatch {
            kind: self.entries[e].kind,
            tokens: i..i + n,
            pos: self.entries[e].pos,
            weak: !full,
        })
    }

    /// Whether an entry matched at `i..i + n` holds: `None` when its
    /// grammar checks fail or an excluding word is there, `Some(true)` when
    /// its context words are there too (or it needs none), `Some(false)`
    /// when they are missing (a weak match).
    fn checks(
        &self,
        entry: &Entry,
        doc: &Document,
        tokens: &[Token],
        i: usize,
        n: usize,
        sentence: Range<usize>,
    ) -> Option<bool> {
        let word = |k: usize| doc.folded_token(&tokens[k]);
        let before = |words: &[&str], within: usize| {
            (i.saturating_sub(within).max(sentence.start)..i).any(|k| words.contains(&word(k)))
        };
        let ok = match entry.pos {
            // "se parlent", "nous nous sommes parlé"; a lone "nous" or
            // "vous" is a subject or an object ("je vous parle").
            Pos::Reflexive => {
                before(&["se", "s'"], 3)
                    || ["nous", "vous"].iter().any(|p| {
                        (i.saturating_sub(4).max(sentence.start)..i)
                            .filter(|&k| word(k) == *p)
                            .count()
                            >= 2
                    })
            }
            Pos::Participle => before(AUXILIARIES, 3),
            // "ne céderons rien", "n'a pas cédé", "ne reculera pas".
            Pos::NegatedVerb => {
                before(&["ne", "n'"], 4)
                    && (i.saturating_sub(3).max(sentence.start)..(i + n + 2).min(sentence.end)).any(
                        |k| {
                            matches!(
                                word(k),
                                "pas" | "rien" | "jamais" | "plus" | "aucun" | "aucune" | "point"
                            )
                        },
                    )
            }
            _ => true,
        };
        if !ok {
            return None;
        }
        // Context words must be close: the object of "renforcer" is in the
        // next few words, not anywhere in the sentence.
        let near = i.saturating_sub(CONTEXT_WINDOW).max(sentence.start)
            ..(i + n + CONTEXT_WINDOW).min(sentence.end);
        let excluded = entry.exclude.iter().any(|(place, w)| match place {
            Place::Near => {
                // The trigger's own words do not exclude it.
                contains_pattern(doc, tokens, near.start..i, w)
                    || contains_pattern(doc, tokens, i + n..near.end, w)
            }
            Place::After => {
                contains_pattern(doc, tokens, i + n..(i + n + w.len()).min(sentence.end), w)
            }
            Place::Before => {
                i >= sentence.start + w.len() && contains_pattern(doc, tokens, i - w.len()..i, w)
            }
        });
        if excluded {
            return None;
        }
        Some(
            entry.context.is_empty()
                || entry.context.iter().any(|c| contains_pattern(doc, tokens, near.clone(), c)),
        )
    }
}

/// Whether the tokens `range` contain the pattern.
fn contains_pattern(doc: &Document, tokens: &[Token], range: Range<usize>, words: &[Word]) -> bool {
    let n = words.len();
    if n == 0 || range.end > tokens.len() {
        return false;
    }
    (range.start..range.end.saturating_sub(n - 1))
        .any(|s| words.iter().enumerate().all(|(k, w)| w.matches(doc.folded_token(&tokens[s + k]))))
}

/// Tokenises a pattern like the text it will match: each whitespace word
/// through the document tokenizer, a final `*` making its last token a stem.
fn pattern(text: &str) -> Vec<Word> {
    let mut out = Vec::new();
    for raw in text.split_whitespace() {
        let (word, stem) = match raw.strip_suffix('*') {
            Some(w) => (w, true),
            None => (raw, false),
        };
        // An elided word alone ("s'", "d'", "l'") is one token, as in a
        // text, where a word follows it.
        if word.len() > 1 && word.ends_with('\'') && !word[..word.len() - 1].contains('\'') {
            let doc = Document::builder("pattern", format!("{word}x")).build();
            if let Some(t) = doc.tokens().first() {
                out.push(Word { form: doc.folded_token(t).to_string(), stem });
                continue;
            }
        }
        let doc = Document::builder("pattern", word).build();
        let n = doc.tokens().len();
        for (k, t) in doc.tokens().iter().enumerate() {
            out.push(Word { form: doc.folded_token(t).to_string(), stem: stem && k + 1 == n });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(EventKind, String)> {
        let doc = Document::builder("t", text).build();
        let lex = Lexicon::embedded();
        lex.find(&doc, 0..doc.tokens().len())
            .map(|m| {
                let span =
                    doc.tokens()[m.tokens.start].span.cover(doc.tokens()[m.tokens.end - 1].span);
                (m.kind, doc.span_text(span).to_string())
            })
            .collect()
    }

    #[test]
    fn embedded_lexicon_parses() {
        assert!(Lexicon::parse(DEFAULT_TRIGGERS, "triggers").map(|l| l.len()).unwrap_or(0) > 250);
    }

    #[test]
    fn stems_and_multiword() {
        use EventKind::*;
        assert_eq!(
            kinds("Les chefs se rencontrent jeudi."),
            [(Meeting, "rencontrent".to_string())]
        );
        assert_eq!(kinds("un appel téléphonique"), [(Call, "appel téléphonique".to_string())]);
        assert_eq!(
            kinds("des livraisons d'armes"),
            [(Deployment, "livraisons d'armes".to_string())]
        );
        assert_eq!(
            kinds("l'ouverture de corridors humanitaires"),
            [(Humanitarian, "corridors humanitaires".to_string())]
        );
    }

    #[test]
    fn reflexive_and_participle_checks() {
        use EventKind::*;
        assert_eq!(kinds("Macron et Poutine se sont parlé."), [(Call, "parlé".to_string())]);
        assert!(kinds("Les Russes ne parlent plus de paix.").is_empty());
        assert_eq!(kinds("« Non », a-t-il dit."), [(Statement, "dit".to_string())]);
    }

    #[test]
    fn elided_words_in_patterns_are_one_token() {
        assert_eq!(pattern("s'"), [Word { form: "s'".to_string(), stem: false }]);
        // "s'attaquer à" is no attack; "être d'accord" no agreement, but
        // "tomber d'accord" is one.
        assert!(kinds("Il entend s'attaquer au record.").is_empty());
        assert!(kinds("Je suis d'accord.").is_empty());
        assert_eq!(kinds("Ils sont tombés d'accord.").len(), 1);
    }

    #[test]
    fn context_is_required() {
        assert!(kinds("Il faut réduire les impôts.").is_empty());
        assert_eq!(kinds("réduire radicalement l'activité militaire").len(), 1);
        assert!(kinds("Il envoie une lettre.").is_empty());
        assert_eq!(kinds("La Russie envoie des troupes.").len(), 1);
    }

    #[test]
    fn english() {
        use EventKind::*;
        let k: Vec<EventKind> =
            kinds("Russia and Ukraine agreed to a ceasefire after talks, officials said.")
                .into_iter()
                .map(|x| x.0)
                .collect();
        assert_eq!(k, [Agreement, Ceasefire, Meeting, Statement]);
    }

    #[test]
    fn errors_name_the_line() {
        let err = Lexicon::parse("meeting N talks\nmeating N x\n", "mine.txt")
            .err()
            .map(|e| e.to_string());
        assert_eq!(err.as_deref(), Some("mine.txt:2: unknown event kind"));
        let err = Lexicon::parse("meeting Q talks\n", "mine.txt").err().map(|e| e.to_string());
        assert!(err.is_some_and(|e| e.starts_with("mine.txt:1: expected a part of speech")));
    }
}
