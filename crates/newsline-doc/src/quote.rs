//! Quoted speech: « … », “ … ”, " … ".

use serde::{Deserialize, Serialize};

use crate::document::{Warning, WarningKind};
use crate::segment::Paragraph;
use crate::span::Span;
use crate::token::{Token, TokenKind};

/// A quote: the text between an opening and a closing quotation mark.
///
/// Quotes may span several sentences and nest (« … “ … ” … »). They never
/// run past the blank-line separated block they open in: a mark that nothing
/// closes yields a quote to the end of its block, with `closed: false` and a
/// warning on the document.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Quote {
    /// From the opening mark to the closing mark, both included.
    pub span: Span,
    /// The quoted text, without the marks and surrounding space.
    pub content: Span,
    /// The family of the marks.
    pub style: QuoteStyle,
    /// Whether a closing mark was found.
    pub closed: bool,
    /// How many quotes this one is nested in (0 for a top-level quote).
    pub depth: usize,
}

/// Which quotation marks a [`Quote`] uses.
///
/// This enum is `#[non_exhaustive]` so that other marks (‹ ›, „ “) may get
/// their own family in semver compatible releases.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum QuoteStyle {
    /// French guillemets « » (and ‹ ›).
    Guillemets,
    /// Curly double quotes “ ” (and „).
    Curly,
    /// Straight double quotes ".
    Straight,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Role {
    Open,
    Close,
    /// A straight quote with space on both sides or on neither: it closes an
    /// open straight quote, or else opens one.
    Toggle,
}

struct Open {
    token: usize,
    style: QuoteStyle,
}

/// Finds the quotes, paragraph block by block.
pub(crate) fn find_quotes(
    text: &str,
    tokens: &[Token],
    paragraphs: &[Paragraph],
    warnings: &mut Vec<Warning>,
) -> Vec<Quote> {
    let mut quotes = Vec::new();
    let mut stack: Vec<Open> = Vec::new();
    let mut block_end = 0usize;
    let mut current_block = usize::MAX;
    let mut t = 0usize;
    for p in paragraphs {
        if p.block != current_block {
            close_all(&mut stack, tokens, block_end, &mut quotes, warnings);
            current_block = p.block;
        }
        block_end = p.span.end();
        while t < tokens.len() && tokens[t].span.end() <= p.span.end() {
            let tok = tokens[t];
            if tok.kind == TokenKind::Punctuation {
                if let Some((style, role)) = classify(text, tokens, t) {
                    handle(style, role, t, &mut stack, tokens, text, &mut quotes, warnings);
                }
            }
            t += 1;
        }
    }
    close_all(&mut stack, tokens, block_end, &mut quotes, warnings);
    quotes.sort_by_key(|q: &Quote| (q.span.start(), std::cmp::Reverse(q.span.end())));
    quotes
}

#[allow(clippy::too_many_arguments)]
fn handle(
    style: QuoteStyle,
    role: Role,
    t: usize,
    stack: &mut Vec<Open>,
    tokens: &[Token],
    text: &str,
    quotes: &mut Vec<Quote>,
    warnings: &mut Vec<Warning>,
) {
    let closes = match role {
        Role::Open => false,
        Role::Close => true,
        Role::Toggle => stack.iter().any(|o| o.style == style),
    };
    if !closes {
        stack.push(Open { token: t, style });
        return;
    }
    match stack.iter().rposition(|o| o.style == style) {
        Some(k) => {
            // Quotes opened inside this one and never closed end here.
            while stack.len() > k + 1 {
                if let Some(inner) = stack.pop() {
                    let end = tokens[t].span.start();
                    quotes.push(make(
                        text,
                        tokens,
                        inner.token,
                        end,
                        None,
                        inner.style,
                        stack.len(),
                    ));
                    warnings.push(Warning {
                        span: tokens[inner.token].span,
                        kind: WarningKind::UnclosedQuote,
                    });
                }
            }
            if let Some(open) = stack.pop() {
                quotes.push(make(
                    text,
                    tokens,
                    open.token,
                    tokens[t].span.end(),
                    Some(t),
                    open.style,
                    stack.len(),
                ));
            }
        }
        None => warnings.push(Warning { span: tokens[t].span, kind: WarningKind::UnmatchedQuote }),
    }
}

fn close_all(
    stack: &mut Vec<Open>,
    tokens: &[Token],
    end: usize,
    quotes: &mut Vec<Quote>,
    warnings: &mut Vec<Warning>,
) {
    while let Some(open) = stack.pop() {
        let depth = stack.len();
        let start = tokens[open.token].span;
        let span = Span::from(start.start()..end.max(start.end()));
        let content = Span::from(start.end()..span.end());
        quotes.push(Quote {
            span,
            content: trim_content(tokens, content),
            style: open.style,
            closed: false,
            depth,
        });
        warnings.push(Warning { span: start, kind: WarningKind::UnclosedQuote });
    }
}

fn make(
    text: &str,
    tokens: &[Token],
    open: usize,
    end: usize,
    close: Option<usize>,
    style: QuoteStyle,
    depth: usize,
) -> Quote {
    let start = tokens[open].span.start();
    let inner_start = tokens[open].span.end();
    let inner_end = close.map_or(end, |c| tokens[c].span.start());
    let content = Span::from(inner_start..inner_end.max(inner_start));
    let _ = text;
    Quote {
        span: Span::from(start..end.max(inner_start)),
        content: trim_content(tokens, content),
        style,
        closed: close.is_some(),
        depth,
    }
}

/// Shrinks a content span to the tokens it holds (dropping surrounding space).
fn trim_content(tokens: &[Token], content: Span) -> Span {
    let first = tokens.partition_point(|t| t.span.start() < content.start());
    let last = tokens.partition_point(|t| t.span.end() <= content.end());
    match (tokens.get(first), last.checked_sub(1).and_then(|l| tokens.get(l))) {
        (Some(a), Some(b)) if first < last => Span::from(a.span.start()..b.span.end()),
        _ => Span::empty(content.start()),
    }
}

fn classify(text: &str, tokens: &[Token], t: usize) -> Option<(QuoteStyle, Role)> {
    let tok = tokens[t];
    let c = tok.span.slice(text)?.chars().next()?;
    let glued_before = t > 0 && tokens[t - 1].span.end() == tok.span.start();
    let glued_after = tokens.get(t + 1).is_some_and(|n| n.span.start() == tok.span.end());
    let before_is_open = t > 0
        && tokens[t - 1].span.slice(text).is_some_and(|s| s.starts_with(['(', '[', '«', '“', ':']));
    let guess = |default: Role| -> Role {
        match (glued_before && !before_is_open, glued_after) {
            (false, true) => Role::Open,
            (true, false) => Role::Close,
            _ => default,
        }
    };
    Some(match c {
        '«' | '‹' => (QuoteStyle::Guillemets, Role::Open),
        // A » with space before and a word glued after opens (garbled
        // text writes qu' »on …).
        '»' | '›' => {
            let opens =
                !glued_before && glued_after && tokens.get(t + 1).is_some_and(Token::is_word);
            (QuoteStyle::Guillemets, if opens { Role::Open } else { Role::Close })
        }
        '“' | '„' => (QuoteStyle::Curly, Role::Open),
        '”' | '‟' => (QuoteStyle::Curly, guess(Role::Close)),
        '"' => (QuoteStyle::Straight, guess(Role::Toggle)),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use crate::{Document, WarningKind};

    fn quotes(text: &str) -> Vec<(String, bool, usize)> {
        let doc = Document::builder("t", text).build();
        doc.quotes()
            .iter()
            .map(|q| (doc.span_text(q.content).to_string(), q.closed, q.depth))
            .collect()
    }

    #[test]
    fn guillemets_curly_straight() {
        assert_eq!(
            quotes("Il dit « un certain espoir » et “non” puis \"oui\"."),
            [
                ("un certain espoir".into(), true, 0),
                ("non".into(), true, 0),
                ("oui".into(), true, 0)
            ]
        );
    }

    #[test]
    fn multi_sentence_and_nested() {
        let q = quotes("« La Russie a menti. Elle dit “ jamais ” », a lancé le chef.");
        assert_eq!(q.len(), 2);
        assert_eq!(q[0], ("La Russie a menti. Elle dit “ jamais ”".into(), true, 0));
        assert_eq!(q[1], ("jamais".into(), true, 1));
    }

    #[test]
    fn straight_quotes_pair_by_spacing() {
        let q = quotes("les progrès \"sont significatifs\" selon les médiateurs, \"Afin d'accroître\", a dit Fomine.");
        assert_eq!(
            q.iter().map(|x| x.0.as_str()).collect::<Vec<_>>(),
            ["sont significatifs", "Afin d'accroître"]
        );
    }

    #[test]
    fn unclosed_runs_to_block_end() {
        let doc = Document::builder("t", "Il dit « rien ne va.\nEncore.\n\nAutre bloc.").build();
        assert_eq!(doc.quotes().len(), 1);
        assert_eq!(doc.span_text(doc.quotes()[0].content), "rien ne va.\nEncore.");
        assert!(!doc.quotes()[0].closed);
        assert!(doc.warnings().iter().any(|w| w.kind == WarningKind::UnclosedQuote));
    }

    #[test]
    fn stray_closer_is_ignored() {
        let doc = Document::builder("t", "« rien n'a avancé\" depuis trois semaines », a déclaré.")
            .build();
        assert_eq!(doc.quotes().len(), 1);
        assert_eq!(
            doc.span_text(doc.quotes()[0].content),
            "rien n'a avancé\" depuis trois semaines"
        );
        assert!(doc.warnings().iter().any(|w| w.kind == WarningKind::UnmatchedQuote));
    }

    #[test]
    fn reversed_guillemet_opens() {
        let q = quotes("il a précisé qu' »on ne peut pas garantir la sécurité. »");
        assert_eq!(q, [("on ne peut pas garantir la sécurité.".into(), true, 0)]);
    }
}
