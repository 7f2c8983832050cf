#!/usr/bin/env python3
"""Extraction throughput, side by side in one run: `framelens extract` (release build, all
cores) against Python trafilatura 2.0 (`pip install trafilatura==2.0.0 lxml_html_clean`, one
process per core) on the same pages. Prints MB/s of input for each, best of three runs.

    python3 scripts/bench-throughput.py [PAGES_DIR]   # default: the extraction dev pages
"""
import gzip, os, subprocess, sys, tempfile, time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared/benchmarks/extraction/dev"


def read(p: Path) -> str:
    raw = p.read_bytes()
    if p.name.endswith(".gz"):
        raw = gzip.decompress(raw)
    return raw.decode("utf-8", errors="replace")


def trafilatura_one(p: str) -> int:
    import trafilatura
    return len(trafilatura.extract(read(Path(p))) or "")


def best(f, runs=3):
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        f()
        times.append(time.perf_counter() - t)
    return min(times)


def main():
    exe = ROOT / "target/release/framelens"
    subprocess.run(["cargo", "build", "--release", "-q", "-p", "framelens-cli"], check=True, cwd=ROOT)
    out = Path(tempfile.mkdtemp()) / "x.json"
    for kind in ["text", "html"]:
        folder = BENCH / kind
        files = sorted(p for p in folder.iterdir() if p.is_file())
        mb = sum(len(read(p).encode()) for p in files) / 1e6
        fl = best(lambda: subprocess.run([str(exe), "extract", str(folder), "-o", str(out)],
                                         check=True, capture_output=True))
        line = f"[throughput] {kind}: {len(files)} pages, {mb:.2f} MB: framelens {mb / fl:.2f} MB/s ({fl:.2f} s)"
        if kind == "html":
            try:
                import trafilatura  # noqa: F401
            except ImportError:
                print(line + "; trafilatura not installed (pip install trafilatura==2.0.0 lxml_html_clean)")
                continue
            with ProcessPoolExecutor(os.cpu_count()) as pool:
                list(pool.map(trafilatura_one, [str(files[0])]))  # warm the workers' imports
                tr = best(lambda: list(pool.map(trafilatura_one, [str(p) for p in files])))
            line += f", trafilatura {mb / tr:.2f} MB/s ({tr:.2f} s): {tr / fl:.2f}x"
        print(line)


if __name__ == "__main__":
    main()
