"""A Reader: everything reading drafts of one story in one language needs, made once.

The patterns and word tables made from a language's lexicon and a story's vocabulary are
plain attributes here, made when the Reader is; the project holds its readers and the project
cache pickles them with it, so a run that loads a project from the cache makes none of them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lint.reading import attribution, claims, dates, numbers, people, scan

if TYPE_CHECKING:
    import re

    from lint.facts.story import Story
    from lint.facts.vocabulary import Vocabulary
    from lint.reading.document import Document
    from lint.reading.language import Lexicon


class Reader:
    __slots__ = (
        "affiliation_after",
        "claims",
        "dates",
        "index",
        "lexicon",
        "numbers",
        "people",
        "story",
        "title_after",
        "topic",
        "vocab",
    )

    def __init__(self, lexicon: Lexicon, story: Story) -> None:
        self.lexicon = lexicon
        self.story = story
        self.vocab: Vocabulary = story.vocabulary(lexicon.code)  # the story's words in this language
        self.index: scan.Index = scan.build_index(lexicon, story, self.vocab)
        self.numbers: numbers.NumberPatterns = numbers.number_patterns(lexicon)
        self.dates: dates.DatePatterns = dates.date_patterns(lexicon)
        self.title_after: re.Pattern[str] = people.title_after_pattern(lexicon)
        self.affiliation_after: re.Pattern[str] | None = people.affiliation_after_pattern(lexicon)
        self.topic: re.Pattern[str] | None = attribution.topic_pattern(lexicon)
        self.people: people.PeoplePattern | None = people.people_pattern(story)
        self.claims: claims.ClaimPatterns = claims.claim_patterns(self.vocab, story, lexicon)

    def analyse(self, doc: Document) -> claims.Analysis:
        """Everything read from ``doc``: its sentences, figures, dates, people and claims."""
        return claims.analyse(doc, self)

    def __repr__(self) -> str:
        return f"Reader({self.lexicon.code!r}, {self.story.name!r})"
