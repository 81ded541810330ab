"""Write the seed figures the README shows (``docs/*.png``), small.

Builds the graph of ``seeds/`` and draws four views with the same calls as
``graphkit plot``, then scales each PNG to 1100 pixels wide with a 256-colour
palette so the README stays light. It also writes ``docs/view.png``, the
interactive page of the seed graph in headless Chromium (Debian's
``chromium`` and ``chromium-driver``, as the browser tests use) with the
Turkey -> Syria stance edge selected; without Chromium that one is skipped,
saying so. Run it after a change to the figures or the page::

    .venv/bin/python tools/docs_figures.py

The factions and the matrix keep material stances only (``--quad
material``): on the seeds that gives the camps a reader draws (see README).
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from graphkit.analysis import filter_graph  # noqa: E402
from graphkit.graph.build import build  # noqa: E402
from graphkit.viz.figures import draw  # noqa: E402

#: (file, view, quads, what the source line adds)
FIGURES = (
    ("network", "network", None, ""),
    ("factions", "factions", {"material"}, "filtered: --quad material"),
    ("matrix", "matrix", {"material"}, "filtered: --quad material"),
    ("centrality", "centrality", None, ""),
)


def _shrink(png: Path, target: Path, width: int) -> None:
    im = Image.open(png).convert("RGB")
    if im.width > width:
        im = im.resize((width, round(im.height * width / im.width)), Image.LANCZOS)
    im = im.quantize(colors=256, method=Image.Quantize.FASTOCTREE, dither=Image.Dither.NONE)
    im.save(target, optimize=True)
    print(f"{target.relative_to(ROOT)}: {target.stat().st_size // 1024} KiB")


def page_screenshot(graph: Path, target: Path, edge=("Turkey", "Syria")) -> None:
    """The seed page in headless Chromium, ``edge``'s evidence open, saved to ``target``."""
    import shutil

    chromium, driver_path = shutil.which("chromium"), shutil.which("chromedriver")
    if not (chromium and driver_path):
        print(f"{target.relative_to(ROOT)}: skipped (no chromium/chromedriver: "
              "apt-get install chromium chromium-driver)")
        return
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    from graphkit.viz.page import view

    html = graph.with_suffix(".html")
    view(graph, html)
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    profile = tempfile.mkdtemp(prefix="graphkit-docs-")
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--enable-unsafe-swiftshader",
                 "--window-size=1400,900", "--hide-scrollbars", f"--user-data-dir={profile}",
                 "--host-resolver-rules=MAP * ~NOTFOUND", "--disable-background-networking"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(driver_path), options=options)
    try:
        driver.get(html.as_uri())
        for _ in range(100):  # the page lays itself out, then exposes its API
            if driver.execute_script("return !!window.graphkitView"):
                break
            time.sleep(0.1)
        key = driver.execute_script(
            "return window.graphkitView.edgeKey(arguments[0], arguments[1], 'stance')", *edge)
        if key is None:
            raise SystemExit(f"{graph}: no stance edge {edge[0]} -> {edge[1]} to show")
        driver.execute_script("window.graphkitView.selectEdge(arguments[0])", key)
        time.sleep(1.0)  # the renderer draws the selection
        shot = graph.with_name("view.png")
        driver.save_screenshot(str(shot))
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)
    _shrink(shot, target, 1400)


def main(out: Path = ROOT / "docs", width: int = 1100) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        G = build([str(ROOT / "seeds")], Path(tmp) / "seeds.graphml").graph
        for name, view, quads, note in FIGURES:
            H = filter_graph(G, quads=quads) if quads else G
            png = draw(H, Path(tmp) / f"{name}.png", view=view, note=note)
            _shrink(png, out / f"{name}.png", width)
        page_screenshot(Path(tmp) / "seeds.graphml", out / "view.png")


if __name__ == "__main__":
    main()
