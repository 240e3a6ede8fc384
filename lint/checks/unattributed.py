"""unattributed: a figure about the story with no source tied to it in its sentence."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from lint.checks.base import Context, Kind, Rule, read_as
from lint.checks.options import Options, option
from lint.facts.matching import below_scale
from lint.findings import Finding
from lint.i18n import N_, _
from lint.reading.claims import FigureClaim
from lint.reading.language import Lexicon


@dataclass(frozen=True)
class UnattributedOptions(Options):
    nouns: tuple[str, ...] | None = option(
        None, about="only figures counting these noun classes (default: every class)"
    )
    headlines: bool = option(False, about="also check headlines, which state findings without sources by convention")


def check(ctx: Context, rule: Rule, kind: Kind) -> Iterator[Finding]:
    options = rule.opts(UnattributedOptions)
    nouns, headlines = options.nouns, options.headlines
    for matched in ctx.matches.figures:
        claim, facts = matched.claim, matched.facts
        if claim.noun is None or (nouns is not None and claim.noun not in nouns):
            continue
        if rule.facts is not None and not any(rule.applies_to(f) for f in facts):
            continue
        if not facts and _someone_elses(ctx, claim):
            continue  # "3.000 tentara Ukraina": not the story's figure
        if not facts and below_scale(claim, ctx.fact_index.figure_facts):
            continue  # "tiga personel" in one incident: not a count the story keeps
        if claim.sentence.headline and not headlines:
            continue  # headlines state findings without sources by convention
        if claim.anaphoric:
            continue  # "kedua tawanan itu": the count was given (and sourced, or not) before
        if claim.attribution is not None and claim.attribution.identified:
            continue
        if _seen_in_pictures(ctx, claim):
            continue  # "enam peti mati tampak dalam tayangan tersebut": where it was seen is its source
        yield ctx.finding(
            rule,
            kind,
            claim.figure.start,
            claim.figure.end,
            {"read": read_as(claim), "why": _why(claim, ctx.lexicon), "fact": ", ".join(facts)},
            fact=facts[0] if facts else None,
        )


def _seen_in_pictures(ctx: Context, claim: FigureClaim) -> bool:
    """Is the figure a count of what pictures told of just before showed ("... aired footage of
    ... . Six coffins could be seen in the footage")? A count seen there is sourced by the
    pictures, not by anyone's word."""
    media, text, sentence = ctx.lexicon.re_media_anaphor, ctx.analysis.document.text, claim.sentence
    told = ctx.lexicon.re_media
    if media is None or told is None or told.search(text, max(0, sentence.start - 600), sentence.start) is None:
        return False  # "the footage" with no footage told of before: pictures of whom, shown by whom?
    for m in media.finditer(text, sentence.start, sentence.end):
        # in the same clause as the figure: "the footage showed four coffins, even though
        # reports say more than 6,000 ... have died" sources the coffins only
        if m.end() <= claim.figure.start:
            gap = text[m.end() : claim.figure.start]
            if len(text[sentence.start : m.start()].split()) <= 1:
                gap = gap.lstrip().removeprefix(",")  # "Dalam rekaman itu, hanya enam peti ...": it frames what follows
        else:
            gap = text[claim.figure.end : m.start()]
        if not any(mark in gap for mark in ",;:"):
            return True
    return False


def _someone_elses(ctx: Context, claim: FigureClaim) -> bool:
    """The figure counts what the story's facts count, but its owner rules it out of all of them."""
    counting = [f for f in ctx.story.facts.values() if f.type == "figure" and claim.noun in f.nouns]
    return (
        claim.owner is not None and bool(counting) and all(f.owners and claim.owner not in f.owners for f in counting)
    )


def _why(claim: FigureClaim, lexicon: Lexicon) -> str:
    """Why the figure counts as unattributed, for the message (examples from the draft's language)."""
    if claim.vague is not None:
        if claim.vague.pronoun:
            return _("'{word}' points back to no source named earlier in the paragraph").format(word=claim.vague.name)
        return _("'{word}' does not identify a source").format(word=claim.vague.name)
    if claim.hedged:
        return _("a passive such as {examples} names nobody").format(examples=_examples(lexicon.agentless, ""))
    return _("no reporting cue such as {examples}").format(examples=_examples(lexicon.attribution_prefix, " X"))


def _examples(words: Sequence[str], after: str) -> str:
    """The first two words of a list, quoted: "'menurut X' or 'kata X'"."""
    return _(" or ").join(f"'{w}{after}'" for w in words[:2])


KIND = Kind(
    "unattributed",
    check,
    "warning",
    N_("{read} has no attribution in its sentence: {why}"),
    ("read", "why", "fact"),
    "a figure about the story with no identified source in its sentence",
    options=UnattributedOptions,
    about_facts=True,
)
