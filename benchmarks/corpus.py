"""Generated news text for the benchmarks and the scale tests: names, quotations, dates, figures.

Deterministic for a seed. Sentences are built from templates a news article uses (a named
speaker, an anonymous source, a direct quotation, a date, a figure, a hedge), so the
analysis finds the kinds of suggestions it finds in real articles.

    article_text(random.Random(1), 20)      # one article of 20 sentences
    transcript_text(100_000)                # one long hearing transcript
"""

from __future__ import annotations

import random

PEOPLE = (
    "Frank Mora", "Delcy Rodríguez", "Bruno Rodríguez Parrilla", "Miguel Díaz-Canel", "Ana Pérez",
    "John Whitfield", "Maria Gonzalez", "Kwame Mensah", "Søren Kierkegaard Jensen", "Li Wei",
    "Aisha Bello", "Tomasz Nowak", "Élodie Martin", "Rahul Sharma", "Chen Jing",
)
GROUPS = ("officials", "analysts", "two people familiar with the matter", "a senior diplomat",
          "the ministry", "the city council", "several lawmakers", "the company")
TOPICS = ("housing", "water", "energy", "transit", "schools", "police", "health", "budget",
          "fisheries", "border", "election", "pension")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
PLACES = ("Caracas", "Havana", "Lisbon", "Accra", "Warsaw", "Lyon", "Chennai", "Chengdu", "Oslo")

TEMPLATES = (
    "{person} said the {topic} budget rose by {n} percent in {month}.",
    '"We will not accept any cuts to {topic}," {person} told reporters in {place}.',
    "According to {group}, {n} people attended the {topic} hearing on {month} {day}.",
    "Analysts suggest the {topic} plan will likely be delayed until {year}.",
    "The council approved ${n} million for {topic} on {month} {day}, {year}.",
    "{group_cap} said {person} would step down before {month}.",
    "{person} described the {topic} report as \u2018misleading\u2019.",
    "Turnout fell to {n} percent, the lowest since {year}, {group} said.",
    "The {topic} agency employs {n} staff in {place}.",
    "It remains unclear whether the {topic} deal will survive.",
    '"The numbers speak for themselves," said {person}.',
    "{person} met {person2} in {place} on {month} {day}.",
)


def sentence(rng: random.Random) -> str:
    """One news sentence from a random template."""
    group = rng.choice(GROUPS)
    return rng.choice(TEMPLATES).format(
        person=rng.choice(PEOPLE), person2=rng.choice(PEOPLE), topic=rng.choice(TOPICS),
        month=rng.choice(MONTHS), day=rng.randint(1, 28), year=rng.randint(1990, 2025),
        n=rng.randint(2, 990), place=rng.choice(PLACES), group=group, group_cap=group[0].upper() + group[1:],
    )


def article_text(rng: random.Random, sentences: int, per_paragraph: int = 4) -> str:
    """An article of ``sentences`` sentences, ``per_paragraph`` to a paragraph."""
    paragraphs = []
    for start in range(0, sentences, per_paragraph):
        paragraphs.append(" ".join(sentence(rng) for _ in range(min(per_paragraph, sentences - start))))
    return "\n\n".join(paragraphs) + "\n"


def transcript_text(sentences: int, seed: int = 7) -> str:
    """A long transcript (a hearing of several hours), five sentences to a paragraph."""
    return article_text(random.Random(seed), sentences, per_paragraph=5)
