"""Titles of text articles: the first line when it reads as a headline, nothing otherwise."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import pytest

from graphkit.io.headline import headline
from graphkit.io.readers import ArticleReader


@pytest.mark.parametrize("text,title", [
    ("Syria's Idlib 'Cannot Be a Slaughter'\n\nAdjust Comment Print\n\nIdlib, Syria's last major rebel stronghold, is held by ...",
     "Syria's Idlib 'Cannot Be a Slaughter'"),
    ("Kashmir clashes\nDated: 26 February 2019\nIndian jets struck Balakot ...", "Kashmir clashes"),
    ("Syria 2018: the year Idlib held\n\nThe offensive never came ...", "Syria 2018: the year Idlib held"),
    ("date 1994-04-06\nRwanda's president killed as plane is shot down over Kigali\n\nKIGALI — The plane carrying ...",
     "Rwanda's president killed as plane is shot down over Kigali"),
    ("By Nick Cumming-Bruce\nU.N. panel accuses Eritrea of crimes against humanity\n\nGENEVA — A United Nations inquiry ...",
     "U.N. panel accuses Eritrea of crimes against humanity"),
    ("Headline: Colombia and FARC sign revised peace accord\n\nBOGOTA, Nov. 24, 2016 (AP) -- Colombia's government ...",
     "Colombia and FARC sign revised peace accord"),
    ("\u201cWe will not retreat\u201d, says Zelensky as Russian troops near Kyiv?\n\nKYIV — Ukraine's president ...",
     "\u201cWe will not retreat\u201d, says Zelensky as Russian troops near Kyiv?"),
    ("1,000 days of war in Yemen\n\nSANAA — Saudi-led coalition jets struck ...", "1,000 days of war in Yemen"),
])
def test_a_headline_line_becomes_the_title(text, title):
    assert headline(text) == title


@pytest.mark.parametrize("text", [
    # the story starts at once: a sentence, a wire dateline, a byline and then the story
    "U.S. President Donald Trump on Monday warned Syrian President Bashar Assad not to attack Idlib.\nAssad is preparing ...",
    "ANKARA, Sept. 19, 2018 (Reuters) — Turkey warned Syria\nthat an offensive would be a disaster.",
    "By Ahval\n\nThe United States and Turkey, which find themselves on the same side on Syria's rebel-held province "
    "of Idlib, should act together in preventing a looming humanitarian crisis, Foreign Policy magazine said.",
    " date 2018-09-19 Turkish President Recep Tayyip Erdogan's diplomacy to halt the offensive on Syria's Idlib province "
    "has prevented bloodshed and another humanitarian crisis in the country.\n\nTurkey and Russia on Monday agreed ...",
    "Since December, the largest mass flight in the history of the Syrian war in Idlib province is ongoing.\n\nAt the same time ...",
    # a lone line is the story, not its title; a lower-case fragment, a single word
    "Ethiopia and Eritrea sign a peace deal in Jeddah",
    "and then the shelling of Mariupol began again\n\nThe city council said ...",
    "Idlib\n\nThe province is home to three million people ...",
    "",
])
def test_text_without_a_headline_has_no_title(text):
    assert headline(text) is None


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400))
def test_a_title_is_always_a_line_of_the_text(text):
    title = headline(text)
    assert title is None or (title in text and "\n" not in title and 0 < len(title) <= 150)


def test_text_files_get_their_headline_as_title_and_jsonl_keeps_its_field(tmp_path):
    (tmp_path / "a.txt").write_text("Turkey and Russia agree on Idlib buffer zone\n\nSOCHI — Turkey and Russia agreed ...\n")
    (tmp_path / "b.txt").write_text("Turkey and Russia on Monday agreed to turn Idlib into a demilitarised zone.\n")
    (tmp_path / "c.jsonl").write_text('{"id": "c", "text": "Headline-like line\\n\\nBody.", "title": "The real title"}\n'
                                      '{"id": "d", "text": "Headline-like line\\n\\nBody."}\n')
    titles = {a.id: a.title for a in ArticleReader([tmp_path])}
    assert titles == {"a.txt": "Turkey and Russia agree on Idlib buffer zone", "b.txt": None,
                      "c": "The real title", "d": None}
