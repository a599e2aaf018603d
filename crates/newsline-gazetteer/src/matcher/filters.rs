//! Filters over the raw matches: the biggest namesake city, the document's
//! countries, unsupported towns, places inside foreign compounds, parts of
//! longer names, and coverage.

use super::*;

/// Picks one city among namesakes: the population decides, times 100 for a
/// capital (it stands for its country) and times 50 when the document
/// already names the city's country.
pub(super) fn resolve_cities(lex: &Lexicon, raws: &mut [Raw]) {
    let mut countries: HashSet<u32, Fnv> = HashSet::default();
    for r in raws.iter() {
        if let Ent::Known(e) = r.ent {
            match lex.kind(e) {
                Some(EntityKind::Country) => {
                    countries.insert(e);
                }
                Some(EntityKind::City) => {
                    if let Some(Some(c)) = lex.country_of.get(e as usize) {
                        countries.insert(*c);
                    }
                }
                _ => {}
            }
        }
    }
    for r in raws.iter_mut() {
        let Ent::Cities(cands) = &r.ent else { continue };
        let score = |c: u32| -> f64 {
            let pop = lex.entities.get(c as usize).and_then(|e| e.population).unwrap_or(0) as f64;
            let capital = if lex.stands_for.get(c as usize).copied().flatten().is_some() {
                100.0
            } else {
                1.0
            };
            let known = match lex.country_of.get(c as usize).copied().flatten() {
                Some(k) if countries.contains(&k) => 50.0,
                _ => 1.0,
            };
            pop.max(1.0) * capital * known
        };
        let best =
            cands.iter().copied().max_by(|a, b| score(*a).total_cmp(&score(*b)).then(b.cmp(a)));
        if let Some(b) = best {
            r.ent = Ent::Known(b);
        }
    }
}

/// Countries the document names (by name or demonym) or implies by a
/// large city, plus France for a French document (the corpus is French
/// news: its towns are rarely introduced by their country).
pub(super) fn document_countries(lex: &Lexicon, cx: &Ctx<'_>, raws: &[Raw]) -> HashSet<u32, Fnv> {
    let mut countries: HashSet<u32, Fnv> = HashSet::default();
    for r in raws {
        let Ent::Known(e) = r.ent else { continue };
        let Some(ent) = lex.entities.get(e as usize) else { continue };
        match ent.kind {
            EntityKind::Country => {
                countries.insert(e);
            }
            EntityKind::City if ent.population.unwrap_or(0) >= BIG_CITY => {
                if let Some(Some(c)) = lex.country_of.get(e as usize) {
                    countries.insert(*c);
                }
            }
            _ => {
                if let Some(Some(c)) = lex.stands_for.get(e as usize) {
                    countries.insert(*c);
                }
            }
        }
    }
    if cx.doc.language() == newsline_doc::Language::French {
        if let Some(&fr) = lex.by_id.get("iso:FR") {
            countries.insert(fr);
        }
    }
    countries
}

/// Cities of at least this population need no evidence.
pub(super) const BIG_CITY: u64 = 1_000_000;

/// Words before a town that show it is one ("à Scottsdale").
pub(super) const STRONG_LOCATIVES: &[&str] =
    &["a", "vers", "depuis", "pres", "in", "at", "near", "outside", "banlieue"];

/// A town of a country the document does not name needs evidence: a
/// locative before it (or, for a city of 100,000 people, a preposition) or
/// a parenthesis after it ("Maubeuge (Nord)"). Towns
/// share their names with brands (Mercedes, Bentley, Toyota), first names
/// (David, Jackson) and words far more often than a news story mentions a
/// small foreign town out of the blue. Capitals are exempt.
pub(super) fn drop_unsupported_towns(lex: &Lexicon, cx: &Ctx<'_>, raws: &mut Vec<Raw>) {
    let countries = document_countries(lex, cx, raws);
    raws.retain(|r| {
        let Ent::Known(e) = r.ent else { return true };
        let Some(ent) = lex.entities.get(e as usize) else { return true };
        // A city without a population (a user's own) is taken as given.
        let Some(population) = ent.population else { return true };
        if ent.kind != EntityKind::City || population >= BIG_CITY || ent.stands_for.is_some() {
            return true;
        }
        if lex.country_of.get(e as usize).copied().flatten().is_some_and(|c| countries.contains(&c))
        {
            return true;
        }
        // Cities of 100,000 people or more may also follow "de" or "et"
        // ("autour de Tcherniguiv"); smaller towns need a true locative.
        let mid = population >= 100_000;
        let before = r.tok0.checked_sub(1).is_some_and(|p| {
            let w = cx.folded(p);
            STRONG_LOCATIVES.contains(&w) || (mid && PLACE_EVIDENCE.contains(&w))
        });
        let after = cx.original(r.tok1 + 1) == "(";
        before || after
    });
}

/// Prefixes that may stand before a name in a compound ("pro-russes",
/// "anti-Poutine", "ex-URSS").
pub(super) const COMPOUND_PREFIXES: &[&str] = &[
    "pro", "anti", "ex", "post", "pre", "non", "neo", "ultra", "vice", "co", "contre", "sous",
    "trans", "inter", "intra", "extra", "pan", "euro", "grand", "nord", "sud", "est", "ouest",
    "centre",
];

/// A mention inside a hyphenated compound stands only if every other part
/// of the compound is a mention too or a prefix: "Poutine-Zelensky",
/// "russo-ukrainiens", "pro-russes" stay; "Luc" in "Jean-Luc", "Mercedes"
/// in "Mercedes-AMG", "Saint-Denis" in "Seine-Saint-Denis" go.
pub(super) fn drop_inside_foreign_compounds(cx: &Ctx<'_>, raws: &mut Vec<Raw>) {
    let mut keep = vec![true; raws.len()];
    let mut i = 0;
    while i < raws.len() {
        let ti = raws[i].tok0;
        // All mentions within this token (when the mention is one token).
        let mut j = i;
        while j < raws.len() && raws[j].tok0 == ti && raws[j].tok1 == ti {
            j += 1;
        }
        let Some(tok) = cx.tokens.get(ti) else { break };
        let inside = j > i
            && (raws[i].span.start() != tok.span.start()
                || raws[j - 1].span.end() != tok.span.end());
        if inside {
            let (vs, _) = cx.tok_view.get(ti).copied().unwrap_or((0, 0));
            let folded = cx.folded(ti);
            // Every hyphen part must be covered by one of the mentions or be
            // a prefix.
            let mut offset = 0;
            let mut ok = true;
            for part in folded.split('-') {
                let (ps, pe) = (vs + offset, vs + offset + part.len());
                offset += part.len() + 1;
                if part.is_empty() || COMPOUND_PREFIXES.contains(&part) {
                    continue;
                }
                let covered = raws[i..j].iter().any(|r| {
                    let (ms, me) = cx.doc.folded().to_view(r.span);
                    ms <= ps && pe <= me + 1
                });
                if !covered {
                    ok = false;
                    break;
                }
            }
            if !ok {
                for k in keep.iter_mut().take(j).skip(i) {
                    *k = false;
                }
            }
        }
        i = j.max(i + 1);
    }
    let mut k = 0;
    raws.retain(|_| {
        let r = keep.get(k).copied().unwrap_or(true);
        k += 1;
        r
    });
}

/// A place glued to a capitalised word that nothing else explains is part
/// of a name: "Vladimir Kara-Murza", "Denzel Washington", "Florence Parly"
/// when she is not in the gazetteer.
pub(super) fn drop_name_parts(lex: &Lexicon, cx: &Ctx<'_>, raws: &mut Vec<Raw>) {
    let covered = coverage(cx, raws);
    let is_city = |m: usize| -> bool {
        raws.get(m).is_some_and(|r| {
            matches!(r.ent, Ent::Known(e) if lex.kind(e) == Some(EntityKind::City))
                && r.tok0 == r.tok1
        })
    };
    // A neighbour that is a free capitalised word, or another one-word
    // city ("David Leon": two towns side by side are a person's name).
    let free_name = |ti: Option<usize>| -> bool {
        ti.is_some_and(|t| cx.is_name_token(t) && covered.at(t).is_none_or(is_city))
    };
    let keep: Vec<bool> = raws
        .iter()
        .map(|r| {
            let Ent::Known(e) = r.ent else { return true };
            // A capitalised English demonym before a name is part of it:
            // "American Civil Liberties Union", "American Chemical Society".
            if r.how == MentionKind::Demonym {
                // French nationality nouns before a name stay: "l'Américain
                // Tom Hanks" is a mention of the United States.
                let capital = r.capital_form
                    && r.span
                        .slice(cx.text)
                        .and_then(|t| t.chars().next())
                        .is_some_and(char::is_uppercase);
                let next = Some(r.tok1 + 1).filter(|&n| cx.same_sentence(n, r.tok1));
                return !(capital
                    && cx.text.get(r.span.end()..).is_some_and(|t| t.starts_with(' '))
                    && free_name(next));
            }
            let kind = lex.kind(e);
            if r.how != MentionKind::Name {
                return true;
            }
            // Only whole tokens: a place inside a compound is not a name part.
            let whole = cx.tokens.get(r.tok0).is_some_and(|t| t.span.start() == r.span.start())
                && cx.tokens.get(r.tok1).is_some_and(|t| t.span.end() == r.span.end());
            if !whole {
                return true;
            }
            let before = r.tok0.checked_sub(1).filter(|&p| cx.same_sentence(p, r.tok0));
            let after = Some(r.tok1 + 1).filter(|&n| cx.same_sentence(n, r.tok1));
            match kind {
                // Places glued to a name: "Vladimir Kara-Mourza", "Antoine
                // Maurice", "Arizona Biltmore", "Europe Écologie".
                Some(EntityKind::City | EntityKind::Country | EntityKind::Region) => {
                    !(free_name(before) || free_name(after))
                }
                // A surname alone after another first name is someone
                // else: "Brigitte Macron" is not Emmanuel Macron.
                Some(EntityKind::Person) => !(r.tok0 == r.tok1 && free_name(before)),
                _ => true,
            }
        })
        .collect();
    let mut k = 0;
    raws.retain(|_| {
        let r = keep.get(k).copied().unwrap_or(true);
        k += 1;
        r
    });
}

/// Which mention (index into `raws`) covers each token.
pub(super) fn coverage(cx: &Ctx<'_>, raws: &[Raw]) -> Coverage {
    let mut covered = Coverage(vec![u32::MAX; cx.tokens.len()]);
    for (i, r) in raws.iter().enumerate() {
        for k in r.tok0..=r.tok1 {
            covered.set(k, Some(i));
        }
    }
    covered
}

/// Which mention covers each token: one `u32` a token (`u32::MAX` for
/// none), a quarter of an `Option<usize>`, since several passes build it
/// over every token of the document.
pub(super) struct Coverage(Vec<u32>);

impl Coverage {
    pub(super) fn at(&self, token: usize) -> Option<usize> {
        self.0.get(token).copied().filter(|&m| m != u32::MAX).map(|m| m as usize)
    }

    pub(super) fn set(&mut self, token: usize, mention: Option<usize>) {
        if let Some(slot) = self.0.get_mut(token) {
            // Mention indices fit in u32: a document has fewer mentions
            // than bytes, and offsets are u32 in newsline-doc's maps too.
            *slot = mention.and_then(|m| u32::try_from(m).ok()).unwrap_or(u32::MAX);
        }
    }
}
