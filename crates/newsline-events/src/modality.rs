//! Modality: whether the text says an event happened, will, might, or did
//! not; from cues around the trigger, in French and English.

use std::ops::Range;

use newsline_doc::Document;

use crate::lexicon::Pos;
use crate::model::Modality;

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
/// Modal verbs whose conditional forms (pourrait, devrait) read as
/// hypothetical, and whose stems start with these.
const CONDITIONAL_ENDINGS: &[&str] = &["rait", "raient", "rais", "rions", "riez"];
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
/// What may stand between "pour" or "afin" and its infinitive: "de",
/// "ne pas", object pronouns ("pour les amener", "afin d'y parvenir").
const PURPOSE_GLUE: &[&str] = &[
    "de", "d'", "ne", "n'", "pas", "le", "la", "les", "l'", "se", "s'", "en", "y", "lui", "leur",
    "nous", "vous", "me", "m'", "te", "t'",
];
/// Forms of "aller" that make a near future: "va rencontrer".
const NEAR_FUTURE: &[&str] = &["va", "vont", "allait", "allaient", "going"];
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

    fn is_verb(&self) -> bool {
        matches!(self.pos, Pos::Verb | Pos::Reflexive | Pos::Participle | Pos::NegatedVerb)
    }

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
