# Prints the metrics the PDF renderer needs from a TrueType font, as JSON: its PostScript name, the
# code point -> glyph id map, each glyph's advance (in 1/1000 em) and the descriptor's numbers.
# Used by scripts/build-fonts.mjs; needs fontTools (pip install fonttools).
import json, sys
from fontTools.ttLib import TTFont

font = TTFont(sys.argv[1])
upem = font["head"].unitsPerEm
scale = lambda v: round(v * 1000 / upem)
order = font.getGlyphOrder()
gid = {name: i for i, name in enumerate(order)}
cmap = font.getBestCmap()
hmtx = font["hmtx"].metrics
head, os2, post = font["head"], font["OS/2"], font["post"]
print(json.dumps({
    "name": font["name"].getDebugName(6),
    "cmap": sorted([cp, gid[name]] for cp, name in cmap.items()),
    "widths": [scale(hmtx[name][0]) for name in order],
    "bbox": [scale(head.xMin), scale(head.yMin), scale(head.xMax), scale(head.yMax)],
    "ascent": scale(os2.sTypoAscender),
    "descent": scale(os2.sTypoDescender),
    "capHeight": scale(getattr(os2, "sCapHeight", os2.sTypoAscender)),
    "italicAngle": post.italicAngle,
}))
