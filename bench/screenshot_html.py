"""Render the HTML report of a dev-set article in Debian's headless chromium and save a screenshot.

    python bench/screenshot_html.py                      # d3_altered.en.txt -> docs/screenshot.png
    python bench/screenshot_html.py --article tests/devset/articles/d2_edited.en.txt --out /tmp/d2.png

The page is built by ``provenance check ... --format html --lexical-only`` (the same output an editor gets);
chromium runs with networking features off and a fresh profile. Needs ``apt-get install chromium``.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--article", default="tests/devset/articles/d3_altered.en.txt", help="relative to the repository")
    ap.add_argument("--source", action="append", default=None, help="default: the dev-set source")
    ap.add_argument("--out", default=str(ROOT / "docs" / "screenshot.png"))
    ap.add_argument("--size", default="1280,1620", help="window width,height in pixels")
    args = ap.parse_args()
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        print("screenshot_html: chromium not found (apt-get install chromium)", file=sys.stderr)
        return 2
    sources = args.source or ["tests/devset/sources/orlin-council.en.txt"]
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "report.html"
        cmd = [sys.executable, "-m", "provenance", "check", args.article, "--format", "html", "--lexical-only"]
        cmd += [x for s in sources for x in ("--source", s)] + ["--out", str(page)]
        done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=False)
        if done.returncode not in (0, 1):
            print(done.stderr.strip(), file=sys.stderr)
            return 2
        shot = subprocess.run(
            [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             "--hide-scrollbars", f"--user-data-dir={tmp}/profile", f"--screenshot={Path(args.out).resolve()}",
             f"--window-size={args.size}", page.as_uri()],
            capture_output=True, text=True, timeout=120, check=False,
        )  # fmt: skip
        if shot.returncode != 0:
            print(shot.stderr.strip()[-2000:], file=sys.stderr)
            return 2
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
