//! Negation: a French "ne" and its particle, a noun negated by its
//! determiner or preposition ("pas de retrait", "sans accord"), an English
//! "not".

use super::Cues;
use crate::lexicon::Pos;

/// Negative particles that complete a French "ne": ne ... pas, ne ... plus.
const NEGATIVE_PARTICLES: &[&str] = &[
    "pas",
    "plus",
    "jamais",
    "rien",
    "aucun",
    "aucune",
    "guere",
    "point",
    "personne",
    "nullement",
];
/// Determiners and prepositions that negate a noun: "pas de retrait".
const NOUN_NEGATORS: &[&str] =
    &["aucun", "aucune", "sans", "ni", "non", "no", "without", "nul", "nulle"];
/// English negators before a verb.
const ENGLISH_NEGATORS: &[&str] = &["not", "n't", "never", "no"];

impl Cues<'_> {
    /// Whether the trigger is negated.
    pub fn negated(&self) -> bool {
        // "ne céderons rien" is a refusal: its negation is its meaning.
        if self.pos == Pos::NegatedVerb {
            return false;
        }
        // A quote ends the clause: « ... ne sont pas ... », a déclaré X.
        let before: Vec<usize> = self.before(5).take_while(|&i| self.word(i) != "\"").collect();
        if self.is_verb() {
            // ne/n' shortly before, and a particle between it and a few
            // tokens after the trigger: "ne se poursuivront pas",
            // "n'a pas non plus fermé".
            // An infinitive takes the negation of the verb that governs it:
            // "n'avait pas l'intention d'envahir".
            let reach: Vec<usize> = if self.is_infinitive() {
                self.before(8).take_while(|&i| self.word(i) != "\"").collect()
            } else {
                before.clone()
            };
            let Some(&ne) = reach.iter().find(|&&i| matches!(self.word(i), "ne" | "n'")) else {
                return before.iter().take(3).any(|&i| ENGLISH_NEGATORS.contains(&self.word(i)));
            };
            (ne + 1..self.trigger.start)
                .chain(self.after(3))
                .any(|i| NEGATIVE_PARTICLES.contains(&self.word(i)))
        } else {
            // "pas de retrait", "aucune mesure de retrait", "sans accord",
            // "loin du cessez-le-feu".
            let near: Vec<usize> = before.iter().copied().take(4).collect();
            near.iter().any(|&i| NOUN_NEGATORS.contains(&self.word(i)))
                || near.windows(2).any(|w| {
                    matches!(self.word(w[0]), "de" | "d'" | "du" | "des")
                        && matches!(self.word(w[1]), "pas" | "loin")
                })
        }
    }
}
