"""Write the seed figures the README shows (``docs/*.png``), small.

Builds the graph of ``seeds/`` and draws four views with the same calls as
``graphkit plot``, then scales each PNG to 1100 pixels wide with a 256-colour
palette so the README stays light. Run it after a change to the figures::

    .venv/bin/python tools/docs_figures.py

The factions and the matrix keep material stances only (``--quad
material``): on the seeds that gives the camps a reader draws (see README).
"""

from __future__ import annotations

import sys
import tempfile
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


def main(out: Path = ROOT / "docs", width: int = 1100) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        G = build([str(ROOT / "seeds")], Path(tmp) / "seeds.graphml").graph
        for name, view, quads, note in FIGURES:
            H = filter_graph(G, quads=quads) if quads else G
            png = draw(H, Path(tmp) / f"{name}.png", view=view, note=note)
            im = Image.open(png).convert("RGB")
            if im.width > width:
                im = im.resize((width, round(im.height * width / im.width)), Image.LANCZOS)
            im = im.quantize(colors=256, method=Image.Quantize.FASTOCTREE, dither=Image.Dither.NONE)
            target = out / f"{name}.png"
            im.save(target, optimize=True)
            print(f"{target.relative_to(ROOT)}: {target.stat().st_size // 1024} KiB")


if __name__ == "__main__":
    main()
