"""The ``person`` actor type downstream of extraction: filters, exports,
figures and ``--level state`` (issue 12)."""

from __future__ import annotations

import networkx as nx
import pytest

from graphkit.analysis.filters import filter_graph, roll_up
from graphkit.graph.builder import build_graph
from graphkit.io.gexf import read_gexf, write_gexf
from graphkit.io.graphml import read_graphml, write_graphml
from graphkit.io.style import TYPE_COLOURS
from graphkit.records import ActorInfo, Extraction, Mention, Stance


def _campaign() -> Extraction:
    """A Kenyan campaign story: a state, a party, a party's MP, a voter."""
    return Extraction(
        "nairobi-2022",
        actors=[ActorInfo("Kenya", "state", ["Kenya"], None, "KEN", 1),
                ActorInfo("Orange Democratic Movement", "organization", ["ODM"], None, "KEN", 1),
                ActorInfo("Amina Otieno", "leader", ["Amina Otieno"], "Orange Democratic Movement", "KEN", 1),
                ActorInfo("Joseph Kamau", "person", ["Joseph Kamau"], None, None, 1)],
        mentions=[Mention("Kenya", "Kenya", 0, 5, 0), Mention("Orange Democratic Movement", "ODM", 6, 9, 0),
                  Mention("Amina Otieno", "Amina Otieno", 10, 22, 0), Mention("Joseph Kamau", "Joseph Kamau", 23, 35, 0)],
        stances=[Stance("Joseph Kamau", "Amina Otieno", "verbal_conflict", -1, "criticised", "s", 0, 35),
                 Stance("Amina Otieno", "Kenya", "verbal_cooperation", 1, "praised", "s", 0, 35)],
    )


def test_type_filter_keeps_only_people():
    G = build_graph([_campaign()])
    H = filter_graph(G, types={"person"})
    assert set(H) == {"Joseph Kamau"}
    assert set(filter_graph(G, types={"person", "leader"})) == {"Joseph Kamau", "Amina Otieno"}


def test_cli_type_person(tmp_path):
    from click.testing import CliRunner

    from graphkit.cli import main
    from graphkit.io.graphfile import write_graph

    path = tmp_path / "g.graphml"
    write_graph(build_graph([_campaign()]), path)
    res = CliRunner().invoke(main, ["centrality", str(path), "--type", "person", "--type", "leader"])
    assert res.exit_code == 0, res.output
    assert "Joseph Kamau" in res.output and "Kenya" not in res.output


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_exports_keep_the_person_type_and_its_colour(tmp_path, fmt):
    G = build_graph([_campaign()])
    path = tmp_path / f"g.{fmt}"
    (write_graphml if fmt == "graphml" else write_gexf)(G, path)
    H = (read_graphml if fmt == "graphml" else read_gexf)(path)
    d = H.nodes["Joseph Kamau"]
    assert d["type"] == "person"
    assert (d["r"], d["g"], d["b"]) == TYPE_COLOURS["person"]
    assert (d["r"], d["g"], d["b"]) != TYPE_COLOURS["leader"]


def test_state_level_at_analysis_drops_people_and_folds_members_into_their_party():
    H = roll_up(build_graph([_campaign()]))
    assert "Joseph Kamau" not in H and "Amina Otieno" not in H
    assert H.nodes["Orange Democratic Movement"]["type"] == "organization"
    assert H.has_edge("Orange Democratic Movement", "Kenya")
    assert not any("Joseph Kamau" in (u, v) for u, v in H.edges())


def test_state_level_at_build_folds_a_member_into_the_party_with_its_type():
    G = build_graph([_campaign()], level="state")
    assert set(G) == {"Kenya", "Orange Democratic Movement"}
    assert G.nodes["Orange Democratic Movement"]["type"] == "organization"


def test_network_legend_names_people(tmp_path):
    import matplotlib

    matplotlib.use("Agg")
    from graphkit.viz import network

    seen = []
    real = network._legends

    def spy(fig, groups, *a, **k):
        seen.extend(h.get_label() for _, hs in groups for h in hs)
        return real(fig, groups, *a, **k)

    network._legends = spy
    try:
        network.plot_network(build_graph([_campaign()]), tmp_path / "n.png")
    finally:
        network._legends = real
    assert "Person" in seen and "Leader" in seen
