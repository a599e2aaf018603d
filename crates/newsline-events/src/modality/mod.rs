//! Modality: whether the text says an event happened, will, might, or did
//! not; from cues around the trigger, in French and English.
//!
//! [`Cues`] reads the words around one trigger. Each family of cues has its
//! own file, with its words and its rule: `negation` (ne ... pas, "pas de",
//! "not"), `hypothetical` (the conditional, "si", wishes and demands,
//! possibility, purpose) and `future` (the simple and near future, plans,
//! what the writer tells ahead). [`modality`] weighs them in the order of
//! the gold conventions. What the families share (the clause around the
//! trigger, the verb after a noun, a reported "que") stays here.

use std::ops::Range;

use newsline_doc::Document;

use crate::lexicon::Pos;
use crate::model::Modality;

mod future;
mod hypothetical;
mod negation;

/// Modal verbs whose conditional forms (pourrait, devrait) read as
/// hypothetical, and whose stems start with these.
const CONDITIONAL_ENDINGS: &[&str] = &["rait", "raient", "rais", "rions", "riez"];

/// The cues around one trigger.
pub(crate) struct Cues<'d> {
    pub doc: &'d Document,
    pub sentence: Range<usize>,
    pub trigger: Range<usize>,
    pub pos: Pos,
}

impl Cues<'_> {
    fn word(&self, i: usize) -> &str {
        self.doc.tokens().get(i).map_or("", |t| self.doc.folded_token(t))
    }

    /// The tokens of the trigger's clause before it, nearest first, up to
    /// `n`: a clause ends at a comma-free boundary (;, :, a quote mark) or
    /// at the sentence start.
    fn before(&self, n: usize) -> impl Iterator<Item = usize> + '_ {
        let start = self.sentence.start;
        (start..self.trigger.start)
            .rev()
            .take(n)
            .take_while(move |&i| !matches!(self.word(i), ";" | ":" | "("))
    }

    fn after(&self, n: usize) -> impl Iterator<Item = usize> + '_ {
        (self.trigger.end..self.sentence.end)
            .take(n)
            .take_while(move |&i| !matches!(self.word(i), ";" | ":" | "\"" | ")" | "," | "."))
    }

    fn is_verb(&self) -> bool {
        matches!(self.pos, Pos::Verb | Pos::Reflexive | Pos::Participle | Pos::NegatedVerb)
    }

    fn is_infinitive(&self) -> bool {
        self.is_verb() && {
            let w = self.word(self.trigger.start);
            // Folding makes "déclaré" look like "déclare": the accent is
            // in the original text only.
            let original =
                self.doc.tokens().get(self.trigger.start).map_or("", |t| self.doc.token_text(t));
            w.len() > 3
                && (w.ends_with("er") || w.ends_with("ir") || w.ends_with("re"))
                && !original.ends_with('é')
                && !original.ends_with('É')
        }
    }

    /// Whether a reporting verb and "que" come before the trigger: a
    /// conditional after them is a future in the past ("a annoncé qu'elle
    /// enverrait").
    fn under_reported_que(&self) -> bool {
        let que = (self.sentence.start..self.trigger.start)
            .rev()
            .find(|&i| matches!(self.word(i), "que" | "qu'"));
        // "a affirmé que", and "a affirmé, après des entretiens..., que":
        // past a parenthesis closed by a comma.
        let reach = |q: usize| if q > 0 && self.word(q - 1) == "," { 30 } else { 6 };
        que.is_some_and(|q| {
            (self.sentence.start..q).rev().take(reach(q)).any(|i| is_reporting(self.word(i)))
        })
    }

    /// The first finite verb after a noun trigger, when the noun is its
    /// subject: "les manoeuvres ... auront lieu".
    fn verb_after(&self) -> Option<&str> {
        if self.is_verb() {
            return None;
        }
        // An auxiliary or modal, or any verb in the conditional after a
        // reflexive or negative clitic ("le dialogue se poursuivrait").
        let mut clitic = false;
        for i in (self.trigger.end..self.sentence.end).take(6) {
            let w = self.word(i);
            if matches!(w, "," | ";" | ":" | "." | "\"" | "que" | "qu'") {
                return None;
            }
            let listed = matches!(
                w,
                "sera"
                    | "seront"
                    | "aura"
                    | "auront"
                    | "serait"
                    | "seraient"
                    | "aurait"
                    | "auraient"
                    | "pourrait"
                    | "pourraient"
                    | "devrait"
                    | "devraient"
            );
            if listed || (clitic && w.len() > 6 && (w.ends_with("rait") || w.ends_with("raient"))) {
                return Some(w);
            }
            clitic = matches!(w, "se" | "s'" | "ne" | "n'");
        }
        None
    }
}

/// Whether a folded word is a reporting verb form.
pub(crate) fn is_reporting(w: &str) -> bool {
    [
        "declar", "affirm", "soulign", "estim", "indiqu", "expliqu", "ajout", "annonc", "assur",
        "confirm", "precis", "dit", "said", "announc", "stat",
    ]
    .iter()
    .any(|p| w.starts_with(p))
}

/// The modality, by the order of the gold conventions: conditional beats
/// negation ("ne déploierait" is hypothetical), negation beats the future
/// ("ne se poursuivront pas" is negated), and a reported event that none of
/// these marks is reported.
pub(crate) fn modality(cues: &Cues<'_>, reported: bool) -> Modality {
    if cues.hypothetical() {
        Modality::Hypothetical
    } else if cues.negated() {
        Modality::Negated
    } else if cues.planned() {
        Modality::Planned
    } else if reported {
        Modality::Reported
    } else {
        Modality::Asserted
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::Lexicon;

    /// Each trigger of `text` (its first word, folded) with what `read`
    /// makes of its cues, the whole text being one sentence.
    fn read_cues<T>(text: &str, read: impl Fn(&Cues<'_>) -> T) -> Vec<(String, T)> {
        let doc = Document::builder("t", text).build();
        let sentence = 0..doc.tokens().len();
        Lexicon::embedded()
            .find(&doc, sentence.clone())
            .map(|m| {
                let cues = Cues {
                    doc: &doc,
                    sentence: sentence.clone(),
                    trigger: m.tokens.clone(),
                    pos: m.pos,
                };
                (doc.folded_token(&doc.tokens()[m.tokens.start]).to_string(), read(&cues))
            })
            .collect()
    }

    fn modalities(text: &str, reported: bool) -> Vec<(String, Modality)> {
        read_cues(text, |cues| modality(cues, reported))
    }

    #[test]
    fn negation() {
        // The verb is negated; a noun subject of a negated verb is not (the
        // gold: "pourparlers qui ne se poursuivront pas" were held).
        assert_eq!(
            modalities("Les ministres ne se rencontreront pas mercredi.", false)[0].1,
            Modality::Negated
        );
        assert_eq!(
            modalities("Les pourparlers ne se poursuivront pas mercredi.", false)[0].1,
            Modality::Asserted
        );
        assert_eq!(
            modalities("Il n'y a pas de retrait massif de troupes.", false)[0].1,
            Modality::Negated
        );
        assert_eq!(
            modalities("Il n'y a aucune mesure de retrait des troupes.", false)[0].1,
            Modality::Negated
        );
        assert_eq!(modalities("They did not attack the city.", false)[0].1, Modality::Negated);
    }

    #[test]
    fn conditional_beats_negation() {
        assert_eq!(
            modalities("L'Ukraine ne déploierait aucune base.", false)[0].1,
            Modality::Hypothetical
        );
        assert_eq!(
            modalities("Les ministres pourraient se rencontrer.", false)[0].1,
            Modality::Hypothetical
        );
        assert_eq!(
            modalities("Si la Russie attaque l'Ukraine, les garants répondront.", false)[0].1,
            Modality::Hypothetical
        );
        assert_eq!(modalities("une éventuelle attaque", false)[0].1, Modality::Hypothetical);
    }

    #[test]
    fn future_and_plans() {
        assert_eq!(modalities("Blinken rencontrera Lavrov.", false)[0].1, Modality::Planned);
        assert_eq!(modalities("Ils vont négocier.", false)[0].1, Modality::Planned);
        assert_eq!(modalities("la prochaine réunion", false)[0].1, Modality::Planned);
    }

    fn told_ahead(text: &str) -> Vec<(String, bool)> {
        read_cues(text, |cues| cues.told_ahead())
    }

    #[test]
    fn the_writers_future_is_told_ahead() {
        assert_eq!(
            told_ahead("Blinken rencontrera Lavrov vendredi."),
            [("rencontrera".into(), true)]
        );
        assert_eq!(
            told_ahead("L'accord sera signé vendredi."),
            [("accord".into(), false), ("signe".into(), true)]
        );
        // Past, a speaker's future, a future to a past speech, a refusal.
        assert_eq!(
            told_ahead("Blinken a rencontré Lavrov vendredi."),
            [("rencontre".into(), false)]
        );
        assert!(told_ahead("« Nous signerons l'accord vendredi », a dit Lavrov.")
            .iter()
            .all(|(_, ahead)| !ahead));
        assert!(told_ahead("Blinken a annoncé qu'il rencontrera Lavrov vendredi.")
            .iter()
            .any(|(w, ahead)| w == "rencontrera" && !ahead));
        assert!(told_ahead("« Nous ne céderons rien », a dit Zelensky.").iter().all(|(_, a)| !a));
    }

    #[test]
    fn nouns_ending_like_verbs_are_not_conditional() {
        // "retrait" ends in -rait but is a noun.
        assert_eq!(modalities("le retrait des troupes", false)[0].1, Modality::Asserted);
        assert_eq!(modalities("le retrait des troupes", true)[0].1, Modality::Reported);
    }
}
