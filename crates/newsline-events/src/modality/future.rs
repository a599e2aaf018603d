//! The future: the simple and near future, scheduled or expected events,
//! and whether the writer tells an event ahead of the writing.

use super::{Cues, CONDITIONAL_ENDINGS};
use crate::lexicon::Pos;

/// Endings of the simple future ("rencontrera", "signeront").
const FUTURE_ENDINGS: &[&str] = &["ra", "ront", "rons", "rez", "rai", "ras"];
/// Words that announce a scheduled or expected event.
const PLANNING: &[&str] = &[
    "prevu",
    "prevue",
    "prevus",
    "prevues",
    "prevoit",
    "prevoient",
    "projettent",
    "projette",
    "envisage",
    "envisagent",
    "prochain",
    "prochaine",
    "prochains",
    "prochaines",
    "futur",
    "futurs",
    "future",
    "futures",
    "programme",
    "programmee",
    "attend",
    "attendent",
    "attendons",
    "attendre",
    "attendant",
    "intention",
    "intentions",
    "projet",
    "projets",
    "plan",
    "plans",
    "invite",
    "invitent",
    "invitait",
    "inviter",
    "propose",
    "proposent",
    "proposait",
    "proposer",
    "s'attend",
    "will",
    "'ll",
    "planned",
    "plans",
    "scheduled",
    "expected",
    "upcoming",
    "next",
];
/// Forms of "aller" that make a near future: "va rencontrer".
const NEAR_FUTURE: &[&str] = &["va", "vont", "allait", "allaient", "going"];

impl Cues<'_> {
    /// Whether the writer tells the trigger in the simple future, in their
    /// own voice: "Blinken rencontrera Lavrov vendredi", "l'accord sera
    /// signé", not "a annoncé qu'il rencontrera" (future to the speech,
    /// which may be past) nor « nous signerons » (the speaker's future).
    pub fn told_ahead(&self) -> bool {
        let auxiliary = |i: usize| matches!(self.word(i), "sera" | "seront" | "aura" | "auront");
        let quoted = self
            .doc
            .tokens()
            .get(self.trigger.start)
            .is_some_and(|t| self.doc.quote_containing(t.span).is_some());
        self.is_verb()
            && self.pos != Pos::NegatedVerb
            && (self.trigger.clone().any(|i| is_future_form(self.word(i)))
                || self.before(2).any(auxiliary))
            && !self.under_reported_que()
            && !quoted
    }

    /// Whether the trigger is a scheduled or expected future event.
    pub fn planned(&self) -> bool {
        // "ne céderons rien" refuses now.
        if self.pos == Pos::NegatedVerb {
            return false;
        }
        if self.is_verb() && self.trigger.clone().any(|i| is_future_form(self.word(i))) {
            return true;
        }
        // A conditional under "a annoncé que" is a future in the past.
        let conditional =
            |w: &str| w.len() > 5 && CONDITIONAL_ENDINGS.iter().any(|e| w.ends_with(e));
        if self.under_reported_que()
            && (self.trigger.clone().chain(self.before(3)).any(|i| conditional(self.word(i)))
                || self.verb_after().is_some_and(|w| w.ends_with("ait") || w.ends_with("aient")))
        {
            return true;
        }
        if self.verb_after().is_some_and(|w| !w.ends_with("ait") && !w.ends_with("aient")) {
            return true;
        }
        // "pour attaquer": an infinitive of purpose is what is planned.
        if self.is_infinitive()
            && self.trigger.start > self.sentence.start
            && matches!(self.word(self.trigger.start - 1), "pour" | "afin")
        {
            return true;
        }
        // "notre rencontre ... dans les prochains jours".
        let upcoming = (self.trigger.end..self.sentence.end)
            .take(8)
            .take_while(|&i| !matches!(self.word(i), "," | ";" | ":" | "." | "que" | "qu'"))
            .any(|i| matches!(self.word(i), "prochain" | "prochaine" | "prochains" | "prochaines"));
        self.before(3).any(|i| is_future_form(self.word(i)) || NEAR_FUTURE.contains(&self.word(i)))
            || self.before(6).any(|i| PLANNING.contains(&self.word(i)))
            || upcoming
    }
}

/// Whether a folded word looks like a simple future ("rencontrera",
/// "seront").
fn is_future_form(w: &str) -> bool {
    w.len() > 4 && FUTURE_ENDINGS.iter().any(|e| w.ends_with(e))
        || matches!(w, "sera" | "seront" | "aura" | "auront" | "fera" | "feront" | "ira" | "iront")
}
