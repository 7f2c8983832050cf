"""Writes the hostile pages of issue 14 at full size, one corpus folder each, for
scripts/bench-bounded.sh: a 4.6 MB page on one line (words; sentences), 100,000 quotation
marks, 10,000 nested HTML elements (with text at every level; unclosed; inline), one sentence
repeated (one line; paragraphs), and pathological Unicode (combining marks, RTL controls,
zero-width joiners). Deterministic (fixed seed)."""
import random
import sys
from pathlib import Path

out = Path(sys.argv[1])
random.seed(14)
WORDS = ("the minister said that officials would meet on Tuesday to discuss security "
         "cooperation and trade with Mexico after the talks in Washington").split()
MB = 1_000_000


def w(n):
    return " ".join(random.choice(WORDS) for _ in range(n))


def page(name, text):
    d = out / name.rsplit(".", 1)[0]
    d.mkdir(parents=True, exist_ok=True)
    (d / name).write_text(text, encoding="utf-8")
    (d / "corpus.toml").write_text(
        f'[story]\ntitle = "Hostile"\nquestion = "Bounded?"\n[files."{name}"]\nsite = "example.com"\n')


page("one_line_words.txt", "Hostile page\n\n" + w(46 * MB // 10 // 7) + "\n")
page("one_line_sentences.txt", "Hostile page\n\n"
     + " ".join(w(15).capitalize() + "." for _ in range(46 * MB // 10 // 100)) + "\n")
q = []
for i in range(50_000):
    q.append(random.choice('"“«„') + w(3) + random.choice('"”»“') + " "
             + random.choice(["said Juan Perez.", "he said.", ""]))
page("quotes_100k.txt", "Hostile page\n\n" + " ".join(q) + "\n")
n = 10_000
page("nested_10k.html", "<html><head><title>Nested</title></head><body>"
     + "".join(f"<div><p>{w(5)}." for _ in range(n)) + "</p></div>" * n + "</body></html>")
page("unclosed_10k.html", "<html><head><title>Unclosed</title></head><body>"
     + "<div><span>x " * (n // 2) + "<p>" + w(300) + ".</p></body></html>")
page("inline_10k.html", "<html><head><title>Inline</title></head><body><article>"
     + "<b>" * n + w(3000) + "." + "</b>" * n + "</article></body></html>")
s = "The President said the plan would go ahead despite objections from the opposition. "
page("repeated_line.txt", "Hostile page\n\n" + s * (2 * MB // len(s)) + "\n")
page("repeated_paragraphs.txt", "Hostile page\n\n" + (s + "\n\n") * (MB // len(s)))
comb = "".join("a" + "\u0301" * 50 + " " for _ in range(20_000))
rtl = "".join("\u202e" + w(3) + "\u202c \u200f" + "\u200d".join("word") + " " for _ in range(20_000))
zwj = ("👨\u200d👩\u200d👧\u200d👦" * 5 + " ") * 10_000
page("unicode.txt", "Hostile page\n\n" + comb + "\n\n" + rtl + "\n\n" + zwj + "\n\n" + w(100) + ".\n")
