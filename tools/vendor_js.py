"""Refresh the JavaScript libraries vendored for ``graphkit view``.

The interactive page (:mod:`graphkit.viz.page`) inlines sigma.js and
graphology, so it opens from disk with no network. Their browser builds are
committed under ``graphkit/data/vendor/`` as package data; this script is how
they got there and how to update them. It runs ``npm pack`` (the npm registry
through npm's own client, which checks each tarball's integrity), takes the
UMD build and the licence out of each tarball unchanged, and records name,
version, licence, npm integrity and the SHA-256 of every file copied in
``graphkit/data/vendor/VENDOR.json``. Nothing is fetched when graphkit runs.

sigma is pinned to the 3.x line: sigma 4 changed the rendering API the page
is written against. Bump a pin here, run ``make vendor-js`` and the browser
tests (``pytest tests/test_view_browser.py``) before committing.

Run::

    .venv/bin/python tools/vendor_js.py            # the pinned versions
    .venv/bin/python tools/vendor_js.py --check    # verify the committed files
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VENDOR = ROOT / "graphkit" / "data" / "vendor"

#: package -> (version, file in the tarball copied as <package>.min.js)
PINS: dict[str, tuple[str, str]] = {
    "graphology": ("0.26.0", "dist/graphology.umd.min.js"),
    "sigma": ("3.0.3", "dist/sigma.min.js"),
}
LICENCE_NAMES = ("LICENSE.txt", "LICENSE", "LICENSE.md")


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _pack(name: str, version: str, where: Path) -> tuple[Path, dict]:
    out = subprocess.run(
        ["npm", "pack", f"{name}@{version}", "--json", "--pack-destination", str(where)],
        check=True, capture_output=True, text=True,
    ).stdout
    info = json.loads(out)[0]
    return where / info["filename"], info


def _member(tar: tarfile.TarFile, relative: str) -> bytes:
    member = tar.getmember(f"package/{relative}")
    data = tar.extractfile(member)
    if data is None:
        raise SystemExit(f"{relative}: not a file in the tarball")
    return data.read()


def vendor(dest: Path = VENDOR) -> dict:
    """Pack every pinned package and copy its build and licence to ``dest``."""
    dest.mkdir(parents=True, exist_ok=True)
    manifest: dict[str, dict] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, (version, build) in sorted(PINS.items()):
            tarball, info = _pack(name, version, Path(tmp))
            with tarfile.open(tarball) as tar:
                package = json.loads(_member(tar, "package.json"))
                names = {m.name for m in tar.getmembers()}
                licence = next(n for n in LICENCE_NAMES if f"package/{n}" in names)
                (dest / f"{name}.min.js").write_bytes(_member(tar, build))
                (dest / f"{name}.LICENSE.txt").write_bytes(_member(tar, licence))
            manifest[name] = {
                "version": package["version"],
                "licence": package.get("license"),
                "source": f"npm {name}@{package['version']} ({build}, {licence})",
                "integrity": info.get("integrity"),
                "files": {
                    f: _sha256(dest / f) for f in (f"{name}.min.js", f"{name}.LICENSE.txt")
                },
            }
    (dest / "VENDOR.json").write_text(
        json.dumps(manifest, indent=2, sort_keys=True) + "\n", encoding="utf-8"
    )
    return manifest


def check(dest: Path = VENDOR) -> list[str]:
    """Problems with the committed files (empty when they match VENDOR.json)."""
    manifest = json.loads((dest / "VENDOR.json").read_text(encoding="utf-8"))
    problems = []
    for name, entry in sorted(manifest.items()):
        if entry["version"] != PINS.get(name, ("?",))[0]:
            problems.append(f"{name}: vendored {entry['version']}, pinned {PINS.get(name, ('none',))[0]}")
        for f, digest in sorted(entry["files"].items()):
            path = dest / f
            if not path.exists() or _sha256(path) != digest:
                problems.append(f"{path}: missing or changed since it was vendored")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="verify the committed files, fetch nothing")
    parser.add_argument("--dest", type=Path, default=VENDOR, help="folder to write (default: graphkit/data/vendor)")
    args = parser.parse_args(argv)
    if args.check:
        problems = check(args.dest)
        for p in problems:
            print(p, file=sys.stderr)
        return 1 if problems else 0
    if shutil.which("npm") is None:
        print("npm not found: install Node.js to refresh the vendored libraries", file=sys.stderr)
        return 1
    for name, entry in vendor(args.dest).items():
        print(f"{name} {entry['version']} ({entry['licence']})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
