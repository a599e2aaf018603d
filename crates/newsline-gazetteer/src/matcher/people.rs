//! People and references: unknown people found by pattern, in-document
//! coreference, role nominals resolved by date, metonyms.

use super::*;

pub(super) fn display_case(s: &str) -> String {
    let letters: Vec<char> = s.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.len() > 1 && letters.iter().all(|c| c.is_uppercase()) {
        // "SERGEY DOLZHENKO" in a photo credit is shown "Sergey Dolzhenko".
        let mut out = String::with_capacity(s.len());
        let mut start = true;
        for c in s.chars() {
            if start {
                out.extend(c.to_uppercase());
            } else {
                out.extend(c.to_lowercase());
            }
            start = !c.is_alphanumeric();
        }
        out
    } else {
        s.to_string()
    }
}

/// People missing from the gazetteer: a name after a role noun and a comma
/// ("le porte-parole du ministère, Oleksandre Motuzyanyk"), right after a
/// role noun or demonym ("le diplomate ukrainien Oleksander Chaly"), after
/// "selon", in a photo credit ("EPA/SERGEY DOLZHENKO"), or after an
/// honorific ("M. Motuzyanyk").
pub(super) fn find_unknown_people(
    lex: &Lexicon,
    cx: &Ctx<'_>,
    raws: &mut Vec<Raw>,
    locals: &mut Vec<LocalPerson>,
) {
    let mut covered = coverage(cx, raws);
    let n = cx.tokens.len();
    let mut new: Vec<Raw> = Vec::new();
    let mut joined = String::new();
    let mut ti = 0;
    while ti < n {
        // A run of free name tokens, at most three.
        // A run of free name tokens, at most three, all in capitals (a
        // credit) or none (an acronym beside a name is a party or a
        // brand: "RN Louis Aliot"); no digits ("DB5").
        let upper = |k: usize| cx.tokens.get(k).is_some_and(|t| t.case == Case::Upper);
        let first_upper = upper(ti);
        let run = |from: usize, covered: &Coverage| -> usize {
            let mut k = from;
            while k < n
                && k - from < 3
                && cx.is_name_token(k)
                && upper(k) == first_upper
                && !cx.original(k).chars().any(|c| c.is_ascii_digit())
                && cx.original(k).chars().next().is_some_and(char::is_uppercase)
                && covered.at(k).is_none()
            {
                if k > from && !cx.same_sentence(from, k) {
                    break;
                }
                k += 1;
            }
            k - from
        };
        let len = run(ti, &covered);
        // A brand ("Aston Martin", "Land Rover") or an organisation
        // ("American Chemical Society") is no person.
        if len > 0 {
            let folded = (ti..ti + len).map(|k| cx.folded(k));
            // The whole run, words joined by spaces, is looked up too; a run
            // of one word is that word, already looked up. Most runs are
            // one capitalised word: no string is built for them.
            let stop = folded.clone().any(|w| lex.stop_forms.contains(w) || ORG_SET.contains(w))
                || len > 1 && {
                    joined.clear();
                    for (k, w) in folded.enumerate() {
                        if k > 0 {
                            joined.push(' ');
                        }
                        joined.push_str(w);
                    }
                    lex.stop_forms.contains(joined.as_str())
                };
            if stop {
                ti += len;
                continue;
            }
        }
        if len == 0 {
            ti += 1;
            continue;
        }
        let prev = ti.checked_sub(1);
        let prev_text = prev.map(|p| cx.original(p)).unwrap_or("");
        let prev_fold = prev.map(|p| cx.folded(p)).unwrap_or("");
        let titled = TITLES.contains(&prev_text);
        let all_upper =
            (ti..ti + len).all(|k| cx.tokens.get(k).is_some_and(|t| t.case == Case::Upper));
        let credit = prev_text == "/"
            && all_upper
            && len >= 2
            && prev.and_then(|p| p.checked_sub(1)).and_then(|p| covered.at(p)).is_some_and(
                |m| {
                    raws.get(m).is_some_and(|r| {
                        matches!(r.ent, Ent::Known(e) if lex.kind(e) == Some(EntityKind::Organization))
                    })
                },
            );
        let role_before = || -> bool {
            // A role noun in the same sentence shortly before, then a
            // comma, the noun itself, or a demonym right before the name.
            let Some(p) = prev else { return false };
            let direct = ROLE_SET.contains(prev_fold)
                || covered
                    .at(p)
                    .is_some_and(|m| raws.get(m).is_some_and(|r| r.how == MentionKind::Demonym));
            if !(direct || prev_text == ",") {
                return false;
            }
            let lo = ti.saturating_sub(14);
            (lo..ti)
                .rev()
                .take_while(|&k| cx.same_sentence(k, ti))
                .any(|k| ROLE_SET.contains(cx.folded(k)))
        };
        // Upper-case runs are headings or acronyms unless in a credit.
        let shape_ok = !all_upper || credit;
        let accept = shape_ok
            && ((titled && len >= 1)
                || credit
                || (len >= 2 && !cx.sent_first.get(ti).copied().unwrap_or(true) && role_before()));
        if !accept {
            ti += len;
            continue;
        }
        let span = match (cx.tokens.get(ti), cx.tokens.get(ti + len - 1)) {
            (Some(a), Some(b)) => Span::from(a.span.start()..b.span.end()),
            _ => break,
        };
        let surface = span.slice(cx.text).unwrap_or("").to_string();
        let surname = fold(cx.original(ti + len - 1));
        // A surname already known in the document is the same person.
        let existing =
            locals.iter().position(|l| fold(&l.name).rsplit(' ').next() == Some(surname.as_str()));
        let (how, idx) = match existing {
            Some(i) => (MentionKind::Coreference, i),
            None if titled && len == 1 => {
                // "M. X" alone, X unknown: leave it to coreference, which
                // may find a full name later on.
                ti += len;
                continue;
            }
            None => {
                let name = super::translit::english_given_name(&display_case(&surface));
                locals.push(LocalPerson { id: format!("local:person:{}", slugify(&name)), name });
                (MentionKind::Pattern, locals.len() - 1)
            }
        };
        new.push(Raw {
            role: None,
            span,
            tok0: ti,
            tok1: ti + len - 1,
            how,
            ent: Ent::Local(idx),
            capital_form: true,
        });
        for k in ti..ti + len {
            // Covered by a new mention (not in `raws`, so no index).
            covered.set(k, Some(u32::MAX as usize - 1));
        }
        ti += len;
    }
    raws.extend(new);
    raws.sort_by_key(|r| r.span.start());
}

/// Short forms of people named in the document: the last word or two of
/// any name of theirs, capitalised, wherever it is not already a person or
/// an organisation (it may replace a place: "Austin" after "Lloyd Austin").
pub(super) fn coreference(
    lex: &Lexicon,
    cx: &Ctx<'_>,
    raws: &mut Vec<Raw>,
    locals: &mut [LocalPerson],
) {
    let mut surnames: HashMap<String, Ent, Fnv> = HashMap::default();
    let mut ambiguous: HashSet<String, Fnv> = HashSet::default();
    let mut add = |key: String, ent: Ent, surnames: &mut HashMap<String, Ent, Fnv>| {
        if key.len() < 3 {
            return;
        }
        match surnames.get(&key) {
            Some(e) if *e != ent => {
                ambiguous.insert(key);
            }
            _ => {
                surnames.insert(key, ent);
            }
        }
    };
    let mut seen: HashSet<u32, Fnv> = HashSet::default();
    for r in raws.iter() {
        match r.ent {
            Ent::Known(e) if r.how == MentionKind::Name && seen.insert(e) => {
                let Some(ent) = lex.entities.get(e as usize) else { continue };
                if ent.kind != EntityKind::Person {
                    continue;
                }
                for name in ent.names() {
                    let w: Vec<&str> = name.split(' ').filter(|w| !w.is_empty()).collect();
                    if w.len() >= 2 {
                        add(fold(w[w.len() - 1]), Ent::Known(e), &mut surnames);
                        if w.len() >= 3 {
                            add(fold(&w[w.len() - 2..].join(" ")), Ent::Known(e), &mut surnames);
                        }
                    }
                }
            }
            Ent::Local(i) => {
                if let Some(l) = locals.get(i) {
                    let w: Vec<&str> = l.name.split(' ').collect();
                    if let Some(last) = w.last() {
                        add(fold(last), Ent::Local(i), &mut surnames);
                    }
                    // The full name too: a later "Anne Hidalgo" that no
                    // pattern introduced is the same person.
                    if (2..=3).contains(&w.len()) {
                        add(fold(&l.name), Ent::Local(i), &mut surnames);
                    }
                }
            }
            _ => {}
        }
    }
    for k in &ambiguous {
        surnames.remove(k);
    }
    if surnames.is_empty() {
        return;
    }
    let covered = coverage(cx, raws);
    let mut new: Vec<Raw> = Vec::new();
    let mut replaced: HashSet<usize, Fnv> = HashSet::default();
    let mut key = String::new();
    let mut ti = 0;
    while ti < cx.tokens.len() {
        let mut hit = None;
        // Only a capitalised token can start a surname ("le" may continue
        // one: "Le Drian" is "le drian" folded).
        let starts_name = cx.tokens.get(ti).is_some_and(|t| t.case != Case::Lower)
            && cx.is_name_token(ti)
            || cx.folded(ti) == "le";
        if starts_name {
            for len in [3usize, 2, 1] {
                if ti + len > cx.tokens.len()
                    || !(ti..ti + len).all(|k| cx.is_name_token(k) || cx.folded(k) == "le")
                    || !cx.tokens.get(ti).is_some_and(|t| t.case != Case::Lower)
                {
                    continue;
                }
                key.clear();
                for k in ti..ti + len {
                    if k > ti {
                        key.push(' ');
                    }
                    key.push_str(cx.folded(k));
                }
                if let Some(ent) = surnames.get(key.as_str()) {
                    hit = Some((len, ent.clone()));
                    break;
                }
            }
        }
        let Some((len, ent)) = hit else {
            ti += 1;
            continue;
        };
        // A surname followed or preceded by another free capitalised word
        // is someone else's name: "Philippe Martinez" after "Édouard
        // Philippe".
        let free = |k: usize| cx.is_name_token(k) && covered.at(k).is_none();
        if (ti + len < cx.tokens.len() && free(ti + len) && cx.same_sentence(ti, ti + len))
            || ti.checked_sub(1).is_some_and(|p| {
                free(p) && cx.same_sentence(p, ti) && !TITLES.contains(&cx.original(p))
            })
        {
            ti += len;
            continue;
        }
        // What covers these tokens now: nothing, or a place that the
        // person's surname should replace.
        let cover: Vec<Option<usize>> = (ti..ti + len).map(|k| covered.at(k)).collect();
        let replaceable = cover.iter().all(|c| match c {
            None => true,
            Some(m) => raws.get(*m).is_some_and(|r| {
                r.tok0 >= ti
                    && r.tok1 < ti + len
                    && matches!(r.ent, Ent::Known(e) if lex.kind(e).is_some_and(|k| k.is_place()))
                    && r.how != MentionKind::Demonym
            }),
        });
        if replaceable {
            for m in cover.iter().flatten() {
                replaced.insert(*m);
            }
            if let (Some(a), Some(b)) = (cx.tokens.get(ti), cx.tokens.get(ti + len - 1)) {
                new.push(Raw {
                    role: None,
                    capital_form: true,
                    span: Span::from(a.span.start()..b.span.end()),
                    tok0: ti,
                    tok1: ti + len - 1,
                    how: MentionKind::Coreference,
                    ent,
                });
            }
        }
        ti += len;
    }
    let mut i = 0;
    raws.retain(|_| {
        let keep = !replaced.contains(&i);
        i += 1;
        keep
    });
    raws.extend(new);
    raws.sort_by_key(|r| r.span.start());
}

/// Resolves role descriptions to the person who held the role: a holder
/// named in the document first, else the one in office over most of the
/// document's date; with neither, the description stays unlinked.
pub(super) fn resolve_nominals(lex: &Lexicon, cx: &Ctx<'_>, raws: &mut Vec<Raw>) {
    let named: HashSet<u32, Fnv> = raws
        .iter()
        .filter(|r| matches!(r.how, MentionKind::Name | MentionKind::Coreference))
        .filter_map(|r| if let Ent::Known(e) = r.ent { Some(e) } else { None })
        .collect();
    let date = cx.doc.date();
    let pick = |role: u16, of: u32| -> Option<u32> {
        let holders = lex.holders.get(&(role, of))?;
        let Some(d) = date else {
            // Undated: only a holder the document names can be chosen.
            return holders.iter().find(|(p, _)| named.contains(p)).map(|(p, _)| *p);
        };
        // Dated: those in office during the date; among them one the
        // document names, else the one in office longest over the date.
        let (earliest, latest) = (d.earliest(), d.latest());
        let mut best: Option<(bool, i64, u32)> = None;
        for (p, r) in holders {
            let days = Role::overlap_days(r, earliest, latest);
            let key = (named.contains(p), days);
            if days > 0 && best.is_none_or(|(n, b, _)| key > (n, b)) {
                best = Some((key.0, key.1, *p));
            }
        }
        best.map(|(_, _, p)| p)
    };
    let mut last_role: Option<u16> = None;
    let mut out = Vec::with_capacity(raws.len());
    for mut r in raws.drain(..) {
        match r.ent {
            // A description is matched only right after a determiner ("le
            // secrétaire général"), never after "l'ancien" or "l'ex-", so
            // the role it gives is held at the document's date.
            Ent::Role { role, of } => match pick(role, of) {
                Some(p) => {
                    r.ent = Ent::Known(p);
                    r.role = Some((role, of));
                    last_role = Some(role);
                    out.push(r);
                }
                None => continue,
            },
            Ent::Homologue { of } => match last_role.and_then(|role| Some((role, pick(role, of)?)))
            {
                Some((role, p)) => {
                    r.ent = Ent::Known(p);
                    r.role = Some((role, of));
                    out.push(r);
                }
                None => continue,
            },
            Ent::Known(e) => {
                // The last role of the last person named: "son homologue
                // russe" after "Dmytro Kuleba" is Russia's foreign minister.
                if let Some(ent) = lex.entities.get(e as usize) {
                    if ent.kind == EntityKind::Person {
                        if let Some(d) = date {
                            let active = ent
                                .roles
                                .iter()
                                .find(|x| x.overlap_days(d.earliest(), d.latest()) > 0);
                            last_role = active
                                .and_then(|x| lex.role_names.iter().position(|n| *n == x.role))
                                .map(|i| i as u16);
                        } else if ent.roles.len() == 1 {
                            last_role = lex
                                .role_names
                                .iter()
                                .position(|n| *n == ent.roles[0].role)
                                .map(|i| i as u16);
                        }
                    }
                }
                out.push(r);
            }
            _ => out.push(r),
        }
    }
    *raws = out;
}

/// Plural role descriptions with coordinated adjectives, each followed by
/// its holder: "les ministres des Affaires étrangères russe, Sergueï
/// Lavrov, et américain, Marco Rubio"; "les présidents russe et
/// américain, Vladimir Poutine et Donald Trump" is left alone (the pairing
/// is not written next to each name). Folded words.
const PLURAL_ROLE_HEADS: &[(&[&str], &str)] = &[
    (&["ministres", "des", "affaires", "etrangeres"], "foreign_minister"),
    (&["chefs", "de", "la", "diplomatie"], "foreign_minister"),
    (&["ministres", "de", "la", "defense"], "defence_minister"),
    (&["presidents"], "head_of_state"),
    (&["premiers", "ministres"], "head_of_government"),
    (&["foreign", "ministers"], "foreign_minister"),
    (&["defence", "ministers"], "defence_minister"),
    (&["defense", "ministers"], "defence_minister"),
];

/// Gives the role of a plural description to each person written right
/// after one of its country adjectives, when the gazetteer says that person
/// held that role for that country (so a wrong pairing adds nothing).
pub(super) fn coordinated_roles(lex: &Lexicon, cx: &Ctx<'_>, raws: &mut [Raw]) {
    // How far, in tokens, the last adjective may be from the head: "russe,
    // Sergueï Lavrov, et américain" is seven.
    const REACH: usize = 10;
    let head_end = |t: usize| -> Option<u16> {
        PLURAL_ROLE_HEADS.iter().find_map(|(words, role)| {
            let start = (t + 1).checked_sub(words.len())?;
            let same = words.iter().enumerate().all(|(k, w)| cx.folded(start + k) == *w);
            let same = same && cx.sent_of.get(start) == cx.sent_of.get(t);
            same.then(|| lex.role_names.iter().position(|n| n == role).map(|i| i as u16))?
        })
    };
    for d in 0..raws.len() {
        let Some(r) = raws.get(d) else { continue };
        let (MentionKind::Demonym, Ent::Known(country)) = (r.how, &r.ent) else { continue };
        let country = *country;
        let (tok0, tok1, sentence) = (r.tok0, r.tok1, cx.sent_of.get(r.tok0).copied());
        let Some(role) = (tok0.saturating_sub(REACH)..tok0).rev().find_map(head_end) else {
            continue;
        };
        // The next mention, a person, at most a comma away.
        let Some(p) = raws.get(d + 1) else { continue };
        let Ent::Known(person) = p.ent else { continue };
        let gap_ok = (tok1 + 1..p.tok0).all(|t| cx.folded(t) == ",");
        if !gap_ok || p.tok0 > tok1 + 2 || cx.sent_of.get(p.tok0).copied() != sentence {
            continue;
        }
        let holds =
            lex.holders.get(&(role, country)).is_some_and(|h| h.iter().any(|(x, _)| *x == person));
        if holds {
            if let Some(p) = raws.get_mut(d + 1) {
                p.role = Some((role, country));
            }
        }
    }
}

/// A capital or institution after a locative preposition is the place
/// ("à Moscou"); elsewhere it stands for its government ("Moscou a
/// annoncé"). Either way the mention keeps the country it stands for.
pub(super) fn classify_metonyms(lex: &Lexicon, cx: &Ctx<'_>, raws: &mut [Raw]) {
    for r in raws.iter_mut() {
        let Ent::Known(e) = r.ent else { continue };
        if r.how != MentionKind::Name || lex.stands_for.get(e as usize).copied().flatten().is_none()
        {
            continue;
        }
        let mut p = r.tok0.checked_sub(1);
        // "au Kremlin", "à la Maison Blanche": skip one article.
        if let Some(q) = p {
            if matches!(cx.folded(q), "le" | "la" | "l'" | "les") {
                p = q.checked_sub(1);
            }
        }
        // "de Paris" is mostly a place ("la cour d'appel de Paris"), but
        // "les actes de Pékin" is its government: the noun before decides.
        let of_place = p.is_some_and(|q| {
            matches!(cx.folded(q), "de" | "d'" | "du" | "des")
                && !q.checked_sub(1).is_some_and(|n| GOVERNMENT_NOUNS.contains(&cx.folded(n)))
        });
        let literal = of_place || p.is_some_and(|q| LOCATIVES.contains(&cx.folded(q)));
        if !literal {
            r.how = MentionKind::Metonym;
        }
    }
}
