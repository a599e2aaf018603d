//! Hypothetical events: the conditional, "si" clauses, what a wish, a
//! demand or a fear governs, possibility words, purposes ("pour
//! permettre"), and "toute agression".

use super::{Cues, CONDITIONAL_ENDINGS};

/// Words that make an event possible rather than real.
const POSSIBILITY: &[&str] = &[
    "possible",
    "possibles",
    "impossible",
    "probable",
    "improbable",
    "probablement",
    "likely",
    "unlikely",
    "eventuel",
    "eventuelle",
    "eventuels",
    "eventuelles",
    "eventualite",
    "peut-etre",
    "hypothetique",
    "would",
    "could",
    "might",
    "may",
    "possibly",
    "potential",
    "unless",
];
/// What may stand between "pour" or "afin" and its infinitive: "de",
/// "ne pas", object pronouns ("pour les amener", "afin d'y parvenir").
const PURPOSE_GLUE: &[&str] = &[
    "de", "d'", "ne", "n'", "pas", "le", "la", "les", "l'", "se", "s'", "en", "y", "lui", "leur",
    "nous", "vous", "me", "m'", "te", "t'",
];
/// Stems of verbs and nouns of wish, demand or fear: what they govern has
/// not happened ("espère que les parties s'accordent", "réclame un
/// accord", "craignent que ... ne mène à un accord"). Any inflection
/// counts (espère, espérait, souhaiteraient, réclamées...).
const DESIRE_STEMS: &[&str] =
    &["esper", "espoir", "souhait", "reclam", "exig", "demand", "crain", "craign", "redout"];
/// Stems that express a wish only with their particle: "insiste sur",
/// "appelle à", "cherche à".
const DESIRE_WITH: &[(&str, &[&str])] =
    &[("insist", &["sur", "pour", "on"]), ("appel", &["a", "au", "aux"]), ("cherch", &["a"])];
/// Whole forms of wish and need (irregular verbs, English).
const DESIRE_FORMS: &[&str] = &[
    "veut",
    "veulent",
    "veux",
    "voulait",
    "voulaient",
    "voudrait",
    "voudraient",
    "faut",
    "faudrait",
    "faudra",
    "want",
    "wants",
    "wanted",
    "hope",
    "hopes",
    "hoped",
    "demand",
    "demands",
    "demanded",
    "urge",
    "urged",
    "urges",
    "urging",
    "fear",
    "fears",
    "feared",
    "seek",
    "seeks",
    "sought",
];
/// The first bytes of every word of wish ([`DESIRE_FORMS`], [`DESIRE_STEMS`],
/// [`DESIRE_WITH`]): a word starting otherwise is none, which most words
/// of the forty looked at before each trigger show at once.
const DESIRE_FIRST_BYTES: [bool; 256] = {
    let mut t = [false; 256];
    let mut k = 0;
    while k < DESIRE_FORMS.len() {
        t[DESIRE_FORMS[k].as_bytes()[0] as usize] = true;
        k += 1;
    }
    k = 0;
    while k < DESIRE_STEMS.len() {
        t[DESIRE_STEMS[k].as_bytes()[0] as usize] = true;
        k += 1;
    }
    k = 0;
    while k < DESIRE_WITH.len() {
        t[DESIRE_WITH[k].0.as_bytes()[0] as usize] = true;
        k += 1;
    }
    t
};

/// How many tokens back a wish governs a trigger: its complement may be a
/// long list ("insisterait sur un cessez-le-feu, ..., et un retrait").
const DESIRE_REACH: usize = 40;

/// Verbs after which "si" means "whether", not "if".
const WHETHER: &[&str] =
    &["savoir", "sait", "demande", "demander", "demandent", "ignore", "verifier", "whether"];

impl Cues<'_> {
    /// Whether token `i` is a word of wish, demand or fear that governs
    /// what follows it.
    fn is_desire(&self, i: usize) -> bool {
        let w = self.word(i);
        // Every form and stem below starts with one of these bytes.
        if !w.as_bytes().first().is_some_and(|&b| DESIRE_FIRST_BYTES[usize::from(b)]) {
            return false;
        }
        if DESIRE_FORMS.contains(&w) {
            return true;
        }
        // Agent nouns are no wish: "les demandeurs d'asile".
        if ["eur", "eurs", "euse", "euses"].iter().any(|e| w.ends_with(e)) {
            return false;
        }
        if DESIRE_STEMS.iter().any(|s| w.starts_with(s)) {
            return true;
        }
        // The particle follows at once, or past a short complement
        // ("insisterait auprès de son homologue russe sur").
        DESIRE_WITH.iter().any(|(stem, with)| {
            w.starts_with(stem)
                && (i + 1..i + 7).take_while(|&k| k < self.sentence.end).any(|k| {
                    with.contains(&self.word(k))
                        && (k == i + 1 || *stem == "insist")
                        // "insiste sur le fait que" asserts.
                        && !(self.word(k + 1) == "le" && self.word(k + 2) == "fait")
                })
        })
    }

    /// Whether token `i` opens a clause a wish before it does not govern:
    /// "mais", "alors que", a relative "qui", the "que" of a noun ("des
    /// preuves que ...").
    fn ends_wish(&self, i: usize) -> bool {
        let w = self.word(i);
        let clause = matches!(
            w,
            ";" | "mais" | "but" | "alors" | "tandis" | "car" | "parce" | "puisque" | "qui"
        );
        let noun_que = matches!(w, "que" | "qu'")
            && i >= 2
            && matches!(
                self.word(i - 2),
                "des" | "les" | "la" | "le" | "l'" | "une" | "un" | "ces" | "cette"
            );
        clause || noun_que
    }

    /// Whether token `i` sits in a quote that does not hold the trigger: a
    /// quoted "si" or wish does not govern the narrative after the quote.
    fn quoted_apart(&self, i: usize) -> bool {
        let (Some(tok), Some(trig)) =
            (self.doc.tokens().get(i), self.doc.tokens().get(self.trigger.start))
        else {
            return false;
        };
        self.doc.quote_containing(tok.span).is_some_and(|q| !q.span.contains(trig.span))
    }

    /// Whether the token `i` is "si" (or "s'" + "il"), "if".
    fn is_if(&self, i: usize) -> bool {
        match self.word(i) {
            "si" | "s'il" | "s'ils" | "if" => true,
            "s'" => matches!(self.word(i + 1), "il" | "ils"),
            _ => false,
        }
    }

    /// Whether the trigger is conditional or merely possible.
    pub fn hypothetical(&self) -> bool {
        // "pour" or "afin de" + infinitive before a noun: a purpose, not a
        // fact ("pour permettre la tenue d'un sommet", "pour amener une
        // nation à accepter la guerre"), within the clause.
        let purpose = !self.is_verb()
            && self.before(10).take_while(|&i| self.word(i) != ",").any(|i| {
                // The infinitive right after it ("pour les amener", "afin
                // d'accroître"): "avec pour objectif de trouver une
                // solution à la guerre" is no purpose of the war.
                matches!(self.word(i), "pour" | "afin")
                    && (i + 1..self.trigger.start)
                        .find(|&k| !PURPOSE_GLUE.contains(&self.word(k)))
                        .is_some_and(|k| {
                            let w = self.word(k);
                            (w.len() > 4 && (w.ends_with("er") || w.ends_with("ir")))
                                || (w.len() > 5 && w.ends_with("tre"))
                        })
            });
        let conditional_after =
            self.verb_after().is_some_and(|w| w.ends_with("ait") || w.ends_with("aient"));
        if purpose || (conditional_after && !self.under_reported_que()) {
            return true;
        }
        // A wish or demand governs what follows, unless a "si" makes it a
        // question ("demande si"); it stops at a new clause.
        let wish = (self.sentence.start..self.trigger.start)
            .rev()
            .take(DESIRE_REACH)
            .take_while(|&i| !self.ends_wish(i))
            .find(|&i| self.is_desire(i) && !self.quoted_apart(i));
        if wish.is_some_and(|w| {
            !(w + 1..self.trigger.start).any(|i| self.is_if(i) || self.word(i) == "whether")
        }) {
            return true;
        }
        let conditional =
            |w: &str| w.len() > 5 && CONDITIONAL_ENDINGS.iter().any(|e| w.ends_with(e));
        let own = self.is_verb() && self.trigger.clone().any(|i| conditional(self.word(i)));
        // A conditional auxiliary or modal: "pourraient se rencontrer",
        // "aurait signé".
        // "pourrait ... déboucher sur de futures négociations", "ne
        // pourrait toutefois débuter qu'avec un cessez-le-feu".
        let modal = self.before(3).any(|i| conditional(self.word(i)))
            || self.before(8).any(|i| {
                let w = self.word(i);
                (w.starts_with("pourr") || w.starts_with("devr")) && conditional(w)
            });
        if (own || modal) && !self.under_reported_que() {
            return true;
        }
        // "il est possible que", "il est presque impossible que": the
        // whole clause after it is possible only.
        let possible_that = (self.sentence.start..self.trigger.start)
            .rev()
            .take_while(|&i| self.word(i) != ";")
            .any(|i| {
                // The "que" first: it is cheaper to look for than the words.
                (i + 1..i + 3).any(|k| matches!(self.word(k), "que" | "qu'"))
                    && POSSIBILITY.contains(&self.word(i))
            });
        // "il est question de l'évacuation": under discussion, not done.
        let discussed = self.before(4).any(|i| {
            self.word(i) == "question"
                && (i.saturating_sub(2)..i)
                    .any(|k| matches!(self.word(k), "est" | "etait" | "sera" | "serait"))
        });
        if possible_that || discussed {
            return true;
        }
        // "si" before the trigger in its sentence, unless it means
        // "whether"; possibility words nearby.
        let condition = (self.sentence.start..self.trigger.start).any(|i| {
            self.is_if(i)
                && !self.quoted_apart(i)
                && !(i.saturating_sub(2)..i).any(|k| WHETHER.contains(&self.word(k)))
        });
        // A possibility word scopes over what follows it in its clause,
        // not past a "si" or "que" ("il n'a été possible de savoir si le
        // dialogue...").
        let possible = self
            .before(6)
            .take_while(|&i| !self.is_if(i))
            .any(|i| POSSIBILITY.contains(&self.word(i)));
        // "toute agression", "any attack": no particular event.
        let any = !self.is_verb()
            && self.trigger.start > self.sentence.start
            && matches!(self.word(self.trigger.start - 1), "toute" | "tout" | "any");
        condition || possible || any
    }
}
