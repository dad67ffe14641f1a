#!/usr/bin/env python3
"""Makes the workbooks that measure capindex's .xlsx reader (issue 17): one large but
honest submission, and the hostile ones a workbook reader must refuse quickly and in
bounded memory. Standard library only; the same seed always gives the same bytes.

    python3 Scripts/make_hostile_xlsx.py OUT_DIR

writes into OUT_DIR:
  big-shared-strings.xlsx  a valid submission (LA 370, 2026) whose workbook also has a
                           "Guidance" sheet of 20,000 shared strings of 40 characters and
                           five strings of 200,000 characters (~0.9 MB, like the real
                           870 KB workbook that took 7-13 s to read)
  long-strings-shown.xlsx  a valid submission whose "Guidance" sheet has 20,000 cells
                           showing 100 shared strings of 2,000 characters (137 KB): the
                           shape that made a real workbook take 7-13 s (each cell's text
                           was normalised whole while looking for the header row)
  bomb-overlap.xlsx        900 directory entries sharing one deflate stream of 128 MiB
                           of zeros (asks for ~112 GiB if every entry is inflated)
  bomb-overlap-2000.xlsx   the same with 2,000 entries (~256 GiB), the issue's bomb
  many-entries.xlsx        a valid submission plus 30,000 tiny entries
  zeros.xlsx               a worksheet of 200 MB (an XML head, then 200 MB of blanks)
                           deflated to ~200 KB
  worst-honest.xlsx        a valid submission just inside every limit: 750,000 shared
                           strings (31 MB) and a "Guidance" sheet of 470,000 cells
                           showing them (17 MB), 48 MB inflated in all

The tests make the same kinds of files in memory (XlsxLimitsTests); this script is for
timing the built binary: `capindex ingest --dry-run OUT_DIR/bomb-overlap.xlsx`.
"""
import json
import os
import random
import struct
import sys
import zipfile
import zlib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
WORDS = ("assessment audit care children council data duty early family help leaders local multi "
         "partners plan practice quality review safeguarding school service social support team timely "
         "visits workforce youth").split()


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def col(n):
    s = ""
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def themes():
    with open(os.path.join(ROOT, "Data", "framework.json")) as f:
        return [t["id"] for t in json.load(f)["themes"]]


def package(sheets, strings):
    """The parts of a workbook: sheets is [(name, rows)], rows [[cell]], a cell an int (a
    shared string index), a float (a number) or None."""
    parts = [("[Content_Types].xml", HEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
             ("_rels/.rels", HEAD + f'<Relationships xmlns="{PKG}"><Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>')]
    tabs = "".join(f'<sheet name="{esc(n)}" sheetId="{i + 1}" r:id="rId{i + 1}"/>' for i, (n, _) in enumerate(sheets))
    parts.append(("xl/workbook.xml", HEAD + f'<workbook xmlns="{MAIN}" xmlns:r="{REL}"><workbookPr/><sheets>{tabs}</sheets></workbook>'))
    rels = "".join(f'<Relationship Id="rId{i + 1}" Type="{REL}/worksheet" Target="worksheets/sheet{i + 1}.xml"/>' for i in range(len(sheets)))
    rels += f'<Relationship Id="rId{len(sheets) + 1}" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>'
    parts.append(("xl/_rels/workbook.xml.rels", HEAD + f'<Relationships xmlns="{PKG}">{rels}</Relationships>'))
    for i, (_, rows) in enumerate(sheets):
        xml = []
        for r, row in enumerate(rows, 1):
            cells = []
            for c, v in enumerate(row, 1):
                if isinstance(v, int):
                    cells.append(f'<c r="{col(c)}{r}" t="s"><v>{v}</v></c>')
                elif isinstance(v, float):
                    cells.append(f'<c r="{col(c)}{r}"><v>{v:g}</v></c>')
            xml.append(f'<row r="{r}">{"".join(cells)}</row>')
        parts.append((f"xl/worksheets/sheet{i + 1}.xml", HEAD + f'<worksheet xmlns="{MAIN}"><sheetData>{"".join(xml)}</sheetData></worksheet>'))
    sst = "".join(f'<si><t xml:space="preserve">{esc(s)}</t></si>' for s in strings)
    parts.append(("xl/sharedStrings.xml", HEAD + f'<sst xmlns="{MAIN}" count="{len(strings)}" uniqueCount="{len(strings)}">{sst}</sst>'))
    return parts


def submission(extra_strings=(), guidance=False):
    """The parts of a valid submission for LA 370 in 2026, all themes Good."""
    strings = ["la_code", "year", "theme", "rating", "Good"] + themes()
    rows = [[0, 1, 2, 3]] + [[370.0, 2026.0, 5 + i, 4] for i in range(len(themes()))]
    sheets = [("Submission", rows)]
    if guidance:
        base = len(strings)
        sheets.insert(0, ("Guidance", [[base + i] for i in range(len(extra_strings))]))
    return package(sheets, strings + list(extra_strings))


def write_zip(path, parts):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def big_shared_strings(path):
    rng = random.Random(2026)
    def text(n):
        out = ""
        while len(out) < n:
            out += rng.choice(WORDS) + " "
        return out[:n]
    strings = [text(40) for _ in range(20_000)] + [text(200_000) for _ in range(5)]
    write_zip(path, submission(strings, guidance=True))


def long_strings_shown(path):
    rng = random.Random(17)
    strings = [" ".join(rng.choice(WORDS) for _ in range(300))[:2000] for _ in range(100)]
    base = 5 + len(themes())
    rows = [[0, 1, 2, 3]] + [[370.0, 2026.0, 5 + i, 4] for i in range(len(themes()))]
    guidance = [[base + i % 100] for i in range(20_000)]
    write_zip(path, package([("Guidance", guidance), ("Submission", rows)],
                            ["la_code", "year", "theme", "rating", "Good"] + themes() + strings))


def bomb_overlap(path, entries=2_000, size=128 << 20):
    """One local header and one deflate stream; every directory entry points at it."""
    chunk = b"\0" * (1 << 20)
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    crc, packed = 0, b""
    for _ in range(size // len(chunk)):
        packed += c.compress(chunk)
        crc = zlib.crc32(chunk, crc)
    packed += c.flush()
    name = b"xl/worksheets/sheet1.xml"
    local = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0x21, crc, len(packed), size, len(name), 0) + name
    names = [b"[Content_Types].xml", b"_rels/.rels", b"xl/workbook.xml", b"xl/_rels/workbook.xml.rels"]
    names += [b"xl/worksheets/sheet%d.xml" % i for i in range(1, entries - len(names) + 1)]
    cd = b""
    for n in names:
        cd += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, 0, 0x21, crc, len(packed), size, len(n), 0, 0, 0, 0, 0, 0) + n
    body = local + packed
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(names), len(names), len(cd), len(body), 0)
    with open(path, "wb") as f:
        f.write(body + cd + end)


def many_entries(path, count=30_000):
    parts = submission()
    parts += [(f"customXml/item{i}.xml", "<a/>") for i in range(count)]
    write_zip(path, parts)


def zeros(path, size=200_000_000):
    """A worksheet that declares and holds 200 MB: a head, then blanks (zeros would not be XML)."""
    parts = submission()
    head = (HEAD + f'<worksheet xmlns="{MAIN}"><sheetData>').encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for name, data in parts:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            if name == "xl/worksheets/sheet1.xml":
                with z.open(info, "w", force_zip64=True) as w:
                    w.write(head)
                    block = b" " * (1 << 20)
                    left = size - len(head)
                    while left > 0:
                        w.write(block[:min(left, len(block))])
                        left -= len(block)
            else:
                z.writestr(info, data)


def worst_honest(path):
    """The most a workbook can make capindex do without breaking a limit."""
    n = 750_000
    strings = ["la_code", "year", "theme", "rating", "Good"] + themes()
    base = len(strings)
    strings += [format(i, "x") for i in range(n)]
    submission_rows = [[0, 1, 2, 3]] + [[370.0, 2026.0, 5 + i, 4] for i in range(len(themes()))]
    guidance = [[base + (r * 50 + k) % n for k in range(50)] for r in range(9_400)]
    write_zip(path, package([("Guidance", guidance), ("Submission", submission_rows)], strings))


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    for name, make in [("big-shared-strings.xlsx", big_shared_strings), ("long-strings-shown.xlsx", long_strings_shown),
                       ("bomb-overlap.xlsx", lambda p: bomb_overlap(p, entries=900)), ("bomb-overlap-2000.xlsx", bomb_overlap),
                       ("many-entries.xlsx", many_entries), ("zeros.xlsx", zeros), ("worst-honest.xlsx", worst_honest)]:
        path = os.path.join(out, name)
        make(path)
        print(f"{path}: {os.path.getsize(path):,} bytes")


if __name__ == "__main__":
    main()
