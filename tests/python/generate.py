"""Generated news clusters for the Python tests and benchmarks.

Each cluster is one made-up event told by 3 to 8 articles: the same facts
in different words (so there are duplicates to credit), a number or a date
that some articles get wrong (conflicts), and each article's own
background sentences. Deterministic for a given seed; no data files.
"""

from __future__ import annotations

import random
from typing import Dict, List

TOWNS = ["Harbourton", "Millbrook", "Eastfield", "Northgate", "Riverside", "Ashford", "Kingsbay", "Westmoor"]
BODIES = ["city council", "port authority", "school board", "transport agency", "water company", "health trust"]
THINGS = ["bridge", "ferry line", "hospital wing", "tram route", "flood barrier", "library", "sports hall"]
PEOPLE = ["Maria Okafor", "John Reyes", "Anna Lindqvist", "David Chen", "Sofia Marques", "Peter Novak"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
MONTHS = ["March", "April", "May", "June", "September", "October"]

FACTS = [
    [
        "The {body} of {town} approved the new {thing} on {day}.",
        "On {day} the {body} of {town} approved a new {thing}.",
        "{town}'s {body} voted on {day} to approve the {thing}.",
    ],
    [
        "The project will cost {cost} million dollars and building starts in {month}.",
        "Work on the {thing} is due to begin in {month} at a cost of {cost} million dollars.",
        "Building starts in {month}, and the bill comes to {cost} million dollars.",
    ],
    [
        "{person}, who chairs the {body}, said the vote ended years of delay.",
        "The vote ended years of delay, said {person}, the chair of the {body}.",
    ],
    [
        "Residents of {town} had campaigned for the {thing} for more than a decade.",
        "Local residents campaigned for over ten years for a {thing} in {town}.",
    ],
    [
        "Opponents said the money should have gone to schools and roads instead.",
        "Critics argued the funds were better spent on roads and schools.",
    ],
]

BACKGROUND = [
    "The town has grown quickly since the old factory closed and new homes were built along the river.",
    "Traffic in the centre has been a concern for shopkeepers, who say customers struggle to park.",
    "A similar plan was rejected four years ago after a long public inquiry into its costs.",
    "The regional government is expected to cover part of the cost from its infrastructure fund.",
    "Several councillors asked for an independent review of the budget before the final vote.",
    "Engineers will survey the site over the summer before any heavy machinery arrives.",
    "The local newspaper ran a series of reader letters about the plan earlier this year.",
    "Business groups welcomed the decision and said it would bring visitors to the area.",
    "The last major public works project in the town finished two years behind schedule.",
    "A public meeting on the details is planned for next month in the town hall.",
]


def cluster(rng: random.Random) -> List[Dict[str, str]]:
    """One event told by 3 to 8 articles, as ``{"title", "text"}`` dicts."""
    event = dict(
        town=rng.choice(TOWNS),
        body=rng.choice(BODIES),
        thing=rng.choice(THINGS),
        person=rng.choice(PEOPLE),
        day=rng.choice(DAYS),
        month=rng.choice(MONTHS),
        cost=str(rng.randint(5, 90)),
    )
    articles = []
    for _ in range(rng.randint(3, 8)):
        told = dict(event)
        if rng.random() < 0.2:  # a source that has the cost wrong
            told["cost"] = str(int(event["cost"]) + rng.randint(1, 9))
        facts = [rng.choice(f).format(**told) for f in FACTS if rng.random() < 0.8]
        background = rng.sample(BACKGROUND, rng.randint(2, 6))
        sentences = facts[:1] + rng.sample(facts[1:] + background, len(facts) - 1 + len(background))
        paragraphs = [" ".join(sentences[i : i + 2]) for i in range(0, len(sentences), 2)]
        title = f"{told['town']} approves {told['thing']}"
        articles.append({"title": title, "text": "\n\n".join(paragraphs)})
    return articles


def clusters(n: int, seed: int = 20) -> List[List[Dict[str, str]]]:
    """``n`` generated clusters."""
    rng = random.Random(seed)
    return [cluster(rng) for _ in range(n)]
