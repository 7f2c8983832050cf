#!/usr/bin/env python3
"""Generates a story collection of N articles for the scale benchmark (scripts/bench-scale.sh).

The pages are real news text the project may measure on but never ship: the frame benchmark's
development articles (../shared/benchmarks/frames/dev: title line, blank line, body), the
extraction benchmark's browser text dumps (real site furniture around the article) and the five
seed pages. The collection has the traits of a real one:

- 20-100 outlets (N/8, clamped), each with its own site; most articles are reprints of wire copy,
  verbatim or with paragraphs cut, under the outlet's own headline;
- dates spread over six months, given in corpus.toml as a collector would;
- a few hard-wrapped pages (lines broken at ~80 characters, as copied from a PDF or an e-mail)
  and a few broken ones (empty, binary, a page of navigation only).

Deterministic for a given N and seed. Usage: gen_corpus.py N OUT_DIR [--seed S]
"""
import argparse
import datetime as dt
import gzip
import random
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"


def read(p: Path) -> str:
    data = p.read_bytes()
    if p.suffix == ".gz":
        data = gzip.decompress(data)
    return data.decode("utf-8", errors="replace")


def sources():
    """(kind, text) of every page the generator may draw on."""
    out = []
    frames = SHARED / "benchmarks/frames/dev"
    for p in sorted(frames.glob("*.txt")):
        out.append(("clean", read(p)))
    dumps = SHARED / "benchmarks/extraction/dev/text"
    for p in sorted(dumps.glob("*.txt*")):
        out.append(("dump", read(p)))
    for p in sorted((ROOT / "corpus").glob("*.txt")):
        out.append(("dump", read(p)))
    if not out:
        raise SystemExit(f"no source pages under {SHARED}/benchmarks or corpus/")
    return out


def split_clean(text: str):
    """Title line and body paragraphs of a clean page."""
    blocks = [b.strip() for b in text.replace("\r\n", "\n").split("\n\n")]
    blocks = [b for b in blocks if b]
    return blocks[0].splitlines()[0], blocks[1:] or blocks[:1]


HEADLINE_TWISTS = [
    "{h}", "{h}", "{h} - report", "Update: {h}", "{h}, officials say", "What we know: {h}",
    "{h} (analysis)", "Live: {h}",
]


def reprint(rng: random.Random, text: str, kind: str, outlet: str) -> str:
    """A reprint of a page on one outlet's site: a new headline (with the site's name, as page
    titles carry it), paragraphs cut or kept; a dump keeps its furniture and gains the site's
    footer. No two outlets' copies are the same bytes, as on the web."""
    if kind != "clean":
        return text.rstrip("\n") + f"\n\n© 2025 {outlet}. All rights reserved.\n"
    title, paras = split_clean(text)
    title = rng.choice(HEADLINE_TWISTS).format(h=title)
    if rng.random() < 0.5:
        title += f" | {outlet}"
    r = rng.random()
    if r < 0.4 and len(paras) > 4:
        paras = paras[: max(3, int(len(paras) * rng.uniform(0.5, 0.9)))]
    elif r < 0.6 and len(paras) > 6:
        drop = set(rng.sample(range(2, len(paras)), k=max(1, len(paras) // 6)))
        paras = [p for i, p in enumerate(paras) if i not in drop]
    return title + "\n\n" + "\n\n".join(paras) + "\n"


def hard_wrap(text: str) -> str:
    """The page as copied from a PDF or a reader view: paragraphs broken at ~80 characters."""
    out = []
    for block in text.split("\n\n"):
        out.append("\n".join(textwrap.wrap(block, 78)) if len(block) > 80 else block)
    return "\n\n".join(out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("n", type=int)
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    pool = sources()
    outlets = max(20, min(100, a.n // 8))
    names = [f"Outlet {i:03d}" for i in range(outlets)]
    wires = [i for i, (k, _) in enumerate(pool) if k == "clean"]
    a.out.mkdir(parents=True, exist_ok=True)
    for old in a.out.glob("*"):
        old.unlink()
    start = dt.date(2025, 6, 1)
    toml = [
        "[story]",
        f'title = "Scale benchmark: {a.n} articles"',
        'question = "How did the outlets cover the same wire stories?"',
        "",
    ]
    stats = {"wrapped": 0, "broken": 0, "reprints": 0}
    for i in range(a.n):
        outlet = i % outlets if i < outlets else rng.randrange(outlets)
        name = f"{i:05d}.txt"
        r = rng.random()
        if r < 0.005:
            stats["broken"] += 1
            body = rng.choice([b"", bytes(range(256)) * 4, "Home\nWorld\nSports\nLog in\n".encode()])
            (a.out / name).write_bytes(body)
        else:
            if rng.random() < 0.7 and wires:
                kind, text = pool[rng.choice(wires[: max(8, len(wires) // 4)])]
                stats["reprints"] += 1
            else:
                kind, text = pool[rng.randrange(len(pool))]
            text = reprint(rng, text, kind, names[outlet])
            if rng.random() < 0.02:
                text = hard_wrap(text)
                stats["wrapped"] += 1
            (a.out / name).write_text(text, encoding="utf-8")
        day = start + dt.timedelta(days=rng.randrange(180))
        host = names[outlet].lower().replace(" ", "")
        toml += [
            f'[files."{name}"]',
            f'url = "https://www.{host}.example/news/{i}"',
            f'outlet = "{names[outlet]}"',
            f'published = "{day.isoformat()}"',
            "",
        ]
    (a.out / "corpus.toml").write_text("\n".join(toml), encoding="utf-8")
    size = sum(p.stat().st_size for p in a.out.glob("*.txt"))
    print(f"{a.n} articles, {outlets} outlets, {size / 1e6:.1f} MB of text; "
          f"{stats['reprints']} wire reprints, {stats['wrapped']} hard-wrapped, {stats['broken']} broken")


if __name__ == "__main__":
    main()
