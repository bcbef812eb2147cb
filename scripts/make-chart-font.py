#!/usr/bin/env python3
"""Makes the chart font from Noto Sans CJK SC (SIL Open Font License 1.1).

Not part of the build: its outputs are committed. Re-run only to change the character set.
Needs Debian's fonts-noto-cjk and `pip install fonttools brotli`.

Outputs, both renamed "Bulletin Sans CJK" (the OFL forbids a modified font to use the
reserved name, and "Noto" is a trademark):

- public/fonts/bulletin-sans-cjk.woff2: the real glyphs of the characters below, which the
  page draws chart text with (@font-face in style/main.css).
- public/fonts/bulletin-sans-cjk-metrics.ttf: the same characters with the same advance
  widths and vertical extents, each outline replaced by a box that spans the glyph's whole
  advance. Advances and boxes are all charts-rs reads to measure text, so a label measured
  with this small file is exactly as wide as the box the browser lays out for it.

Characters: printable ASCII, all of GB2312 (6,763 hanzi and its symbol rows: the common
characters of simplified Chinese), common full-width punctuation, and every character of
the bundled bulletin.
"""
import json
import sys
from pathlib import Path

from fontTools.fontBuilder import FontBuilder
from fontTools.pens.boundsPen import BoundsPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.subset import Options, Subsetter
from fontTools.ttLib import TTFont

ROOT = Path(__file__).resolve().parent.parent
SOURCE = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
SC_INDEX = 2  # Noto Sans CJK SC in Debian's collection
FAMILY = "Bulletin Sans CJK"


def characters() -> str:
    chars = {chr(c) for c in range(0x20, 0x7F)}
    for hi in range(0xA1, 0xF8):
        for lo in range(0xA1, 0xFF):
            try:
                chars.add(bytes([hi, lo]).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    chars.update("　、。，：；？！“”‘’（）《》【】〔〕—…·％＋－＝＜＞℃￥–−▲▼")
    bundled = (ROOT / "public/data/lianyungang-2023-h1.json").read_text(encoding="utf-8")
    chars.update(json.dumps(json.loads(bundled), ensure_ascii=False))
    return "".join(sorted(c for c in chars if c.isprintable()))


def rename(font: TTFont) -> None:
    name = font["name"]
    keep = {0, 7, 13, 14}  # copyright, trademark, licence, licence URL
    name.names = [n for n in name.names if n.nameID in keep]
    for name_id, value in {1: FAMILY, 2: "Regular", 4: FAMILY, 6: FAMILY.replace(" ", "") + "-Regular"}.items():
        name.setName(value, name_id, 3, 1, 0x409)
        name.setName(value, name_id, 1, 0, 0)


def subset(text: str) -> TTFont:
    font = TTFont(SOURCE, fontNumber=SC_INDEX)
    options = Options()
    options.layout_features = []  # no kerning or contextual forms: width = sum of advances
    options.hinting = False
    options.name_IDs = ["*"]
    options.notdef_outline = True
    subsetter = Subsetter(options)
    subsetter.populate(text=text)
    subsetter.subset(font)
    rename(font)
    return font


def metrics_font(real: TTFont) -> TTFont:
    glyph_set = real.getGlyphSet()
    order = real.getGlyphOrder()
    glyphs = {}
    for name in order:
        bounds = BoundsPen(glyph_set)
        glyph_set[name].draw(bounds)
        pen = TTGlyphPen(None)
        if bounds.bounds:
            x0, y0, x1, y1 = (round(v) for v in bounds.bounds)
            # The box spans the whole advance, as the browser's layout box of text does,
            # so a label measured here ends where its drawn box ends.
            advance = real["hmtx"][name][0]
            x0, x1 = min(x0, 0), max(x1, advance)
            pen.moveTo((x0, y0))
            pen.lineTo((x0, y1))
            pen.lineTo((x1, y1))
            pen.lineTo((x1, y0))
            pen.closePath()
        glyphs[name] = pen.glyph()
    fb = FontBuilder(real["head"].unitsPerEm, isTTF=True)
    fb.setupGlyphOrder(order)
    fb.setupCharacterMap(real.getBestCmap())
    fb.setupGlyf(glyphs)
    fb.setupHorizontalMetrics({n: real["hmtx"][n] for n in order})
    hhea = real["hhea"]
    fb.setupHorizontalHeader(ascent=hhea.ascent, descent=hhea.descent, lineGap=hhea.lineGap)
    os2 = real["OS/2"]
    fb.setupOS2(
        sTypoAscender=os2.sTypoAscender,
        sTypoDescender=os2.sTypoDescender,
        sTypoLineGap=os2.sTypoLineGap,
        usWinAscent=os2.usWinAscent,
        usWinDescent=os2.usWinDescent,
    )
    names = real["name"]
    fb.setupNameTable(
        {
            "familyName": FAMILY,
            "styleName": "Regular",
            "copyright": names.getDebugName(0),
            "trademark": names.getDebugName(7),
            "licenseDescription": names.getDebugName(13),
            "licenseInfoURL": names.getDebugName(14),
        }
    )
    fb.setupPost(keepGlyphNames=False)
    return fb.font


def main() -> int:
    if not SOURCE.exists():
        print(f"{SOURCE} is missing: apt-get install fonts-noto-cjk", file=sys.stderr)
        return 1
    text = characters()
    real = subset(text)
    out = ROOT / "public/fonts"
    out.mkdir(parents=True, exist_ok=True)
    metrics = metrics_font(real)
    metrics.save(out / "bulletin-sans-cjk-metrics.ttf")
    real.flavor = "woff2"
    real.save(out / "bulletin-sans-cjk.woff2")
    print(f"{len(text)} characters")
    for f in sorted(out.glob("bulletin-sans-cjk*")):
        print(f"{f.name}: {f.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
