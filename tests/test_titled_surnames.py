"""A titled surname the registry holds only under a full name.

Wire copy calls a head of state by title and surname ("President Bush",
"President Ford") without ever giving the full name. The registry (Phoenix)
lists "George Bush" and "Gerald R. Ford" under their full names only, since
the bare surnames are ambiguous across the registry; the article's date and
the countries it names pick the one in office.
"""

from __future__ import annotations

import pytest

from graphkit.records import Article

pytestmark = pytest.mark.model


def read(extractor, text: str, date: str):
    return next(iter(extractor.extract([Article(id="t", text=text, date=date)])))


@pytest.mark.parametrize("text, date, name, target", [
    ("WASHINGTON, Aug 8 (AP) - President Bush ordered U.S. troops to Saudi Arabia on Wednesday and accused "
     "Saddam Hussein of threatening the kingdom.", "1990-08-08", "George Bush", "Saddam Hussein"),
    ("SAN FRANCISCO, Oct 7 (AP) - Jimmy Carter accused President Ford on Thursday of weakening the United "
     "States' standing in the world.", "1976-10-07", "Gerald R. Ford", None),
])
def test_a_titled_surname_is_the_registry_leader_in_office(extractor, text, date, name, target):
    rec = read(extractor, text, date)
    assert name in {a.name for a in rec.actors}
    # in office for his state: no stance toward the state he leads
    assert not [s for s in rec.stances if s.source == name and s.target == "United States"]
    if target is not None:
        assert (name, target) in {(s.source, s.target) for s in rec.stances}


def test_a_surname_no_leader_in_office_holds_stays_as_written(extractor):
    # no registry leader named Okonkwo: the name stays the text's
    rec = read(extractor, "LAGOS, June 2 (Reuters) - Governor Okonkwo accused the federal government of "
                          "neglecting the state.", "2021-06-02")
    assert not [a for a in rec.actors if "Okonkwo" in a.name and a.name in extractor.registry]
