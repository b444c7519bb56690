"""A generated corpus: news-like articles built from word lists, with boilerplate planted in them.

Nothing is copied from the seeds or a benchmark. `random.Random(seed)` makes every corpus
reproducible.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

PLACES = ["Harbor City", "the river valley", "Northgate", "the old quarter", "Eastfield", "the coastal towns",
          "Millbrook", "the county", "the northern suburbs", "Westport"]
PEOPLE = ["Mayor Ana Ruiz", "council member Tom Berg", "the transport minister", "Dr. Lena Ivers",
          "the school board", "local farmers", "the fire chief", "residents", "union leaders", "the regulator"]
VERBS = ["approved", "rejected", "announced", "postponed", "questioned", "welcomed", "criticized", "funded",
         "reviewed", "defended"]
THINGS = ["a plan to repair the bridges", "the new bus routes", "a budget for the hospital", "stricter water rules",
          "a study of the flood defences", "the housing project", "cheaper school meals", "a new cycling path",
          "the closure of the power plant", "an inquiry into the contracts"]
WHEN = ["on Tuesday", "last week", "after a long debate", "earlier this month", "late on Friday",
        "in a close vote", "before the summer", "at a packed meeting"]
FOLLOW = ["The decision affects {n} households and will be reviewed in {y}.",
          "Officials expect the work to cost about {n} thousand euros.",
          "Critics said the timetable of {n} months was too short for such a change.",
          "A final report is due in {y}, according to the documents seen by reporters.",
          "More than {n} people attended the meeting, many of them parents with young children.",
          "The previous attempt, in {y}, failed after a dispute over land."]

AD_LINE = "Fresh deals every Friday at Maple Hardware: {n}% off garden tools"
DONATION = "Independent local news needs readers like you: chip in ${n} to keep the Harbor Ledger free for everyone."
SIGNOFF = "Thanks for reading, and see you tomorrow!"
# A long quote several articles on one story repeat: article text, not boilerplate.
QUOTE = ("“We will rebuild the harbour wall before the winter storms arrive, and every family on the waterfront "
         "will be consulted before a single stone is moved,” the mayor said at the meeting.")
PLANTED = {"ad": AD_LINE, "donation": DONATION, "signoff": SIGNOFF}


@dataclass
class Article:
    body: list[str]  # paragraphs of article text, the title first
    planted: dict[int, str]  # position in body -> junk line inserted before it (or at the end)

    def text(self) -> str:
        paragraphs = []
        for index, paragraph in enumerate(self.body):
            if index in self.planted:
                paragraphs.append(self.planted[index])
            paragraphs.append(paragraph)
        paragraphs += [self.planted[k] for k in sorted(self.planted) if k >= len(self.body)]
        return "\n\n".join(paragraphs) + "\n"

    def clean_text(self) -> str:
        return "\n\n".join(self.body) + "\n"


def sentence(rng: random.Random) -> str:
    main = f"{rng.choice(PEOPLE)} {rng.choice(VERBS)} {rng.choice(THINGS)} in {rng.choice(PLACES)} {rng.choice(WHEN)}."
    return main[0].upper() + main[1:]


def article(rng: random.Random, junk_share: float = 0.3, quote_share: float = 0.0, paragraphs=(3, 6)) -> Article:
    title = f"{rng.choice(PLACES).replace('the ', '').title()}: {rng.choice(THINGS)} {rng.choice(VERBS)}"
    body = [title[0].upper() + title[1:]]
    for _ in range(rng.randint(*paragraphs)):
        parts = [sentence(rng) for _ in range(rng.randint(1, 2))]
        parts.append(rng.choice(FOLLOW).format(n=rng.randint(2, 900), y=rng.randint(1990, 2030)))
        body.append(" ".join(parts))
    if rng.random() < quote_share:
        body.insert(rng.randint(2, len(body)), QUOTE)
    planted = {}
    for name, line in PLANTED.items():
        if rng.random() < junk_share:
            position = len(body) if name == "signoff" else rng.randint(2, len(body))
            while position in planted:
                position += 1
            variant = line.format(n=rng.randint(5, 50))
            planted[position] = variant.upper() if rng.random() < 0.1 else variant
    return Article(body, planted)


def corpus(count: int, seed: int = 7, **kwargs) -> list[Article]:
    rng = random.Random(seed)
    return [article(rng, **kwargs) for _ in range(count)]
