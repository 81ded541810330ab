"""The interactive page in a real browser: headless Chromium driven by Selenium.

Chromium and its driver come from Debian (``apt-get install chromium
chromium-driver``; ``.ci/run`` installs them when missing). Nothing is
downloaded: Selenium is pointed at ``/usr/bin/chromedriver``, the page is
opened from ``file://`` with the network emulated offline, and the page's
own Content-Security-Policy would turn any request into a console error.

Where no Chromium can be installed the tests skip, saying so; under CI
(``CI`` set) a missing browser fails instead, since ``.ci/run`` installs it.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path

import pytest

from conftest import SEEDS

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--enable-unsafe-swiftshader",  # WebGL in software, without a GPU
    "--window-size=1400,900", "--host-resolver-rules=MAP * ~NOTFOUND",
)


def _missing() -> str | None:
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium is not installed (pip install -e '.[test]')"
    for path, package in ((CHROMIUM, "chromium"), (CHROMEDRIVER, "chromium-driver")):
        if not os.access(path, os.X_OK):
            return f"no {path}: install the Debian package {package} (.ci/run does)"
    return None


@pytest.fixture(scope="module")
def browser():
    reason = _missing()
    if reason:
        if os.environ.get("CI"):
            pytest.fail(f"browser tests cannot run under CI: {reason}")
        pytest.skip(reason)
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    profile = tempfile.mkdtemp(prefix="graphkit-chromium-")
    for flag in FLAGS + (f"--user-data-dir={profile}",):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(120)
    driver.execute_cdp_cmd("Network.enable", {})
    driver.execute_cdp_cmd(
        "Network.emulateNetworkConditions",
        {"offline": True, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1},
    )
    yield driver
    driver.quit()
    shutil.rmtree(profile, ignore_errors=True)


# Tests that take ``seed_page`` are marked ``model``: the seed graph is
# built with the trained pipeline.
@pytest.fixture(scope="module")
def seed_page(tmp_path_factory):
    """The seed graph built by graphkit, its evidence, and its page."""
    from graphkit.viz.page import view
    from graphkit.graph.build import build

    folder = tmp_path_factory.mktemp("seed-page")
    result = build([SEEDS], folder / "idlib.graphml", on_problem=None)
    view(result.graph_path, folder / "idlib.html")
    evidence = [json.loads(line) for line in result.evidence_path.read_text(encoding="utf-8").splitlines()]
    return result.graph, evidence, folder / "idlib.html"


def _open(driver, path: Path):
    from selenium.webdriver.support.ui import WebDriverWait

    driver.get_log("browser")  # drop what an earlier page logged
    driver.get(path.as_uri())
    WebDriverWait(driver, 60).until(lambda d: d.execute_script("return !!window.graphkitView"))
    return driver


def _errors(driver) -> list[str]:
    return [e["message"] for e in driver.get_log("browser") if e["level"] == "SEVERE"]


@pytest.fixture
def page(browser, seed_page):
    return _open(browser, seed_page[2])


@pytest.mark.model
def test_opens_offline_with_no_console_errors_and_every_node_rendered(page, seed_page):
    G = seed_page[0]
    assert _errors(page) == []
    assert page.execute_script("return location.protocol") == "file:"
    assert page.execute_script(
        "return performance.getEntriesByType('resource').filter(r => !r.name.startsWith('file:')).length"
    ) == 0
    rendered = page.execute_script("return window.graphkitView.visibleNodes()")
    assert sorted(rendered) == sorted(G.nodes)
    assert page.execute_script("return window.graphkitView.graph.size") == G.number_of_edges()
    status = page.find_element("id", "status").text
    assert f"Showing {G.number_of_nodes()} of {G.number_of_nodes()} actors" in status


@pytest.mark.model
def test_labels_do_not_overlap_at_the_default_zoom(page):
    boxes = page.execute_script("return window.graphkitView.labelBoxes()")
    assert len(boxes) >= 10
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            apart = (a["x"] + a["w"] <= b["x"] or b["x"] + b["w"] <= a["x"]
                     or a["y"] + a["h"] <= b["y"] or b["y"] + b["h"] <= a["y"])
            assert apart, (a["label"], b["label"])


@pytest.mark.model
def test_search_by_alias_selects_the_actor(page):
    from selenium.webdriver.common.keys import Keys

    box = page.find_element("id", "search")
    box.send_keys("Erdogan")
    options = page.find_elements("css selector", "#search-results li")
    assert options and options[0].get_attribute("data-id") == "Recep Tayyip Erdogan"
    box.send_keys(Keys.ENTER)
    panel = page.find_element("id", "panel")
    assert panel.is_displayed()
    assert panel.find_element("tag name", "h2").text == "Recep Tayyip Erdogan"
    assert "Leader" in panel.text and "PageRank" in panel.text
    assert _errors(page) == []


@pytest.mark.model
def test_clicking_the_turkey_syria_stance_edge_shows_its_evidence(page, seed_page):
    from selenium.webdriver.common.action_chains import ActionChains

    _, evidence, _ = seed_page
    pair = {"Turkey", "Syria"}
    sentences = {r["sentence"] for r in evidence
                 if r["kind"] == "stance" and {r["source"], r["target"]} == pair}
    assert sentences, "the seed corpus has stances between Turkey and Syria"
    # Co-mentions off, so the click lands on the stance arrow, not the
    # co-mention line under it.
    page.find_element("css selector", "input[name=kind][value=co-mention]").click()
    graph = page.find_element("id", "graph")
    size = graph.size
    for t in (0.5, 0.4, 0.6, 0.3, 0.7):
        x, y = page.execute_script(
            """const r = window.graphkitView.renderer, g = window.graphkitView.graph;
               const a = g.getNodeAttributes('Turkey'), b = g.getNodeAttributes('Syria');
               const p = r.graphToViewport({x: a.x + (b.x - a.x) * arguments[0], y: a.y + (b.y - a.y) * arguments[0]});
               return [p.x, p.y];""", t)
        ActionChains(page).move_to_element_with_offset(graph, int(x - size["width"] / 2), int(y - size["height"] / 2)).click().perform()
        heading = page.find_elements("css selector", "#panel h2")
        if heading and set(heading[0].text.replace("→", "|").split(" | ")) == pair:
            break
    else:
        pytest.fail("no click along the Turkey–Syria line opened its edge")
    shown = page.find_elements("css selector", "#panel .evidence .sentence")
    assert shown and all(s.text in sentences for s in shown)
    marks = page.find_elements("css selector", "#panel .evidence mark")
    assert marks and all(m.text for m in marks)
    assert "stance" in page.find_element("id", "panel").text
    assert _errors(page) == []


@pytest.mark.model
def test_type_filter_hides_leaders(page, seed_page):
    G = seed_page[0]
    leaders = {n for n, d in G.nodes(data=True) if d.get("type") == "leader"}
    assert leaders
    page.find_element("css selector", "input[name=type][value=leader]").click()
    visible = set(page.execute_script("return window.graphkitView.visibleNodes()"))
    assert visible == set(G.nodes) - leaders
    assert "filtered out: types leader" in page.find_element("id", "status").text
    assert _errors(page) == []


@pytest.mark.model
def test_size_menu_and_group_highlight(page):
    from selenium.webdriver.support.ui import Select

    before = page.execute_script("return window.graphkitView.graph.getNodeAttribute('Syria', 'size')")
    Select(page.find_element("id", "size-by")).select_by_value("betweenness")
    after = page.execute_script("return window.graphkitView.graph.getNodeAttribute('Syria', 'size')")
    assert before > 0 and after > 0
    options = Select(page.find_element("id", "highlight")).options
    values = [o.get_attribute("value") for o in options]
    assert "communities:0" in values and "factions:0" in values
    Select(page.find_element("id", "highlight")).select_by_value("factions:0")
    assert _errors(page) == []


@pytest.mark.model
def test_a_screenshot_is_written(page, seed_page, tmp_path):
    from selenium.webdriver.common.keys import Keys

    box = page.find_element("id", "search")
    box.send_keys("Erdogan", Keys.ENTER)
    shot = Path(os.environ.get("GRAPHKIT_SCREENSHOT_DIR", tmp_path)) / "view.png"
    shot.parent.mkdir(parents=True, exist_ok=True)
    assert page.save_screenshot(str(shot))
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20_000


@pytest.mark.slow
def test_a_2000_actor_20000_edge_graph_opens_and_filters(browser, tmp_path):
    """The scale the page is built for; positions are seeded and random here
    because the spring layout of 2,000 actors is the slow part and is
    tested elsewhere."""
    import numpy as np

    from graphkit.analysis import synthetic_graph
    from graphkit.viz.page import write_page

    G = synthetic_graph(2000, 20000, seed=0)
    rng = np.random.default_rng(0)
    positions = {n: tuple(rng.uniform(-1, 1, 2)) for n in sorted(G)}
    out = tmp_path / "synthetic.html"
    write_page(G, out, positions=positions)
    page = _open(browser, out)
    assert _errors(page) == []
    assert len(page.execute_script("return window.graphkitView.visibleNodes()")) == 2000
    weight = page.find_element("id", "min-weight")
    weight.clear()
    weight.send_keys("3")
    counts = page.execute_script("return window.graphkitView.counts()")
    assert counts["edges"] == sum(1 for *_, d in G.edges(data=True) if d["weight"] >= 3)
    page.execute_script("window.graphkitView.renderer.getCamera().setState({ratio: 0.2})")
    assert page.execute_script("return window.graphkitView.labelBoxes().length") > 0
    assert _errors(page) == []


def test_a_5000_character_name_is_drawn_short_and_shown_whole_in_the_panel(browser, tmp_path):
    import networkx as nx

    from graphkit.viz.page import write_page

    long = "Front for the Liberation of Everything " * 128
    G = nx.MultiDiGraph()
    G.add_node(long, label=long, type="armed_group", mentions=2, articles=1)
    G.add_node("Chad", label="Chad", type="state", mentions=2, articles=1)
    G.add_edge(long, "Chad", key="co-mention", kind="co-mention", weight=2)
    out = tmp_path / "long.html"
    write_page(G, out)
    page = _open(browser, out)
    drawn = page.execute_script("return window.graphkitView.graph.getNodeAttribute(arguments[0], 'label')", long)
    assert drawn == "Front for the Liberation of Everything\u2026"
    boxes = page.execute_script("return window.graphkitView.labelBoxes()")
    assert {b["label"] for b in boxes} == {drawn, "Chad"}
    assert max(b["w"] for b in boxes) < 400
    assert _errors(page) == []


def _labels_on_other_nodes(page, exempt: int = 0) -> list[tuple[str, str]]:
    """(label, node) pairs where a drawn label's box covers another node's disc,
    leaving out the labels of the ``exempt`` biggest nodes."""
    boxes = page.execute_script("return window.graphkitView.labelBoxes()")
    discs = page.execute_script("return window.graphkitView.nodeDiscs()")
    big = {d["key"] for d in sorted(discs, key=lambda d: -d["r"])[:exempt]}
    out = []
    for b in boxes:
        if b["key"] in big:
            continue
        for d in discs:
            if d["key"] == b["key"]:
                continue
            nx_ = min(max(d["x"], b["x"]), b["x"] + b["w"])
            ny_ = min(max(d["y"], b["y"]), b["y"] + b["h"])
            if (d["x"] - nx_) ** 2 + (d["y"] - ny_) ** 2 < d["r"] ** 2 - 0.5:
                out.append((b["label"], d["key"]))
    return out


def test_page_labels_keep_off_other_nodes(browser, tmp_path):
    """A label across another node reads as that node's name: on a crowded
    graph, labels sit right, left, above or below their node clear of every
    other disc (only the ten biggest may touch a neighbour, in a dense core),
    and the biggest actors keep their labels."""
    import numpy as np

    from graphkit.analysis import synthetic_graph
    from graphkit.viz.page import write_page

    G = synthetic_graph(200, 1200, seed=1)
    rng = np.random.default_rng(1)
    positions = {n: tuple(rng.normal(0, 0.35, 2).clip(-1, 1)) for n in sorted(G)}
    out = tmp_path / "crowded.html"
    write_page(G, out, positions=positions)
    page = _open(browser, out)
    assert _errors(page) == []
    boxes = page.execute_script("return window.graphkitView.labelBoxes()")
    assert len(boxes) >= 20
    assert _labels_on_other_nodes(page, exempt=10) == []
    discs = page.execute_script("return window.graphkitView.nodeDiscs()")
    biggest = [d["key"] for d in sorted(discs, key=lambda d: (-d["r"], d["key"]))[:3]]
    labelled = {b["key"] for b in boxes}
    assert set(biggest) <= labelled, biggest
    width = page.execute_script("return document.getElementById('graph').clientWidth")
    assert all(b["x"] >= 0 and b["x"] + b["w"] <= width for b in boxes)


@pytest.mark.model
def test_seed_page_labels_keep_off_other_nodes(page, seed_page):
    assert _labels_on_other_nodes(page, exempt=10) == []
    labelled = {b["key"] for b in page.execute_script("return window.graphkitView.labelBoxes()")}
    assert {"Syria", "Russia", "Iran", "Turkey"} <= labelled
