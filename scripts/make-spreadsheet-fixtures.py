#!/usr/bin/python3
"""Writes the spreadsheet and CSV files the reader tests open, into tests/fixtures/spreadsheets/.

The workbooks come from another program (openpyxl, as clerks' tools and scripts write them) or
are put together by hand with zipfile where openpyxl cannot write the case (inline strings,
cells without references, a forged zip header). Every file is small and written the same way on
each run (fixed zip timestamps), so the outputs are kept in the tree.

Debian's python3-openpyxl: run it with /usr/bin/python3, not a virtual environment's python.
    /usr/bin/python3 scripts/make-spreadsheet-fixtures.py
"""

import datetime
import io
import os
import random
import re
import struct
import zipfile

import openpyxl
from openpyxl.styles import Alignment
from openpyxl.utils.datetime import CALENDAR_MAC_1904

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "fixtures",
                   "spreadsheets")
FIXED_TIME = (2024, 1, 1, 0, 0, 0)
CREATED = datetime.datetime(2024, 1, 1)


def path(name):
    return os.path.join(OUT, name)


def write_bytes(name, data):
    with open(path(name), "wb") as f:
        f.write(data)


def repack(data, first=None):
    """The same zip with fixed timestamps; `first` names a part to put first."""
    source = zipfile.ZipFile(io.BytesIO(data))
    names = source.namelist()
    if first:
        names.remove(first)
        names.insert(0, first)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name in names:
            info = zipfile.ZipInfo(name, FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(info, source.read(name))
    return out.getvalue()


INLINE_CELL = re.compile(r'<c ([^>]*)t="inlineStr"><is><t>(.*?)</t></is></c>')


def with_shared_strings(data):
    """openpyxl writes every string inline; Excel and WPS keep them in xl/sharedStrings.xml,
    each distinct string once, and cells refer to it by index (t="s"). This moves them there."""
    source = zipfile.ZipFile(io.BytesIO(data))
    strings = {}

    def shared(match):
        index = strings.setdefault(match.group(2), len(strings))
        return f'<c {match.group(1)}t="s"><v>{index}</v></c>'

    parts = {}
    for name in source.namelist():
        text = source.read(name)
        if name.startswith("xl/worksheets/"):
            text = INLINE_CELL.sub(shared, text.decode("utf-8")).encode("utf-8")
        parts[name] = text
    items = "".join(f"<si><t>{s}</t></si>" for s in strings)
    parts["xl/sharedStrings.xml"] = (
        '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        f'count="{len(strings)}" uniqueCount="{len(strings)}">{items}</sst>').encode("utf-8")
    parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"].replace(
        b"</Relationships>",
        b'<Relationship Id="rIdShared" Type="http://schemas.openxmlformats.org/officeDocument/'
        b'2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>')
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"</Types>",
        b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
        b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name, text in parts.items():
            target.writestr(zipfile.ZipInfo(name, FIXED_TIME), text,
                            compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def save_openpyxl(workbook, name):
    workbook.properties.created = CREATED
    workbook.properties.modified = CREATED
    buffer = io.BytesIO()
    workbook.save(buffer)
    data = with_shared_strings(repack(buffer.getvalue()))
    write_bytes(name, data)
    return data


def zip_of(parts, name, stored=()):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for part, text in parts:
            info = zipfile.ZipInfo(part, FIXED_TIME)
            info.compress_type = zipfile.ZIP_STORED if part in stored else zipfile.ZIP_DEFLATED
            target.writestr(info, text.encode("utf-8") if isinstance(text, str) else text)
    write_bytes(name, out.getvalue())
    return out.getvalue()


def roster():
    """Three sheets: a roster with merged headers, numbers and dates, and a sheet with a gap."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "花名册"
    ws["A1"] = "晋江市卫生健康局党员花名册"
    ws.merge_cells("A1:H1")
    ws["A1"].alignment = Alignment(horizontal="center")
    # A header over two rows, and one merged across two columns above its parts.
    for column, title in zip("ABCFGH", ["姓名", "性别", "身份证号", "联系电话", "预备党员", "备注"]):
        ws[f"{column}2"] = title
        ws.merge_cells(f"{column}2:{column}3")
    ws["D2"] = "入党"
    ws.merge_cells("D2:E2")
    ws["D3"] = "日期"
    ws["E3"] = "转正日期"
    rows = [
        ["蔡良友", "男", "350582197604121238", datetime.date(2001, 7, 1),
         datetime.date(2002, 7, 1), 13905951234, False, "办公室主任"],
        # Typed into a number cell, as Excel then shows it: 3.50582E+17, the digits lost.
        ["王丽华", "女", 3.50582e17, datetime.date(2021, 7, 1), None, 13800000000, True, None],
        # A whole number the double cannot hold: ...1234 became ...1264.
        ["陈志强", "男", float(350582198001011234), datetime.date(1999, 12, 31),
         datetime.date(2000, 12, 31), None, False, "'=SUM(A1)"],
    ]
    for r, values in enumerate(rows, start=4):
        for c, value in enumerate(values, start=1):
            if value is not None:
                cell = ws.cell(row=r, column=c, value=value)
                if isinstance(value, datetime.date):
                    cell.number_format = "yyyy-mm-dd"
    # Row 7 left out: an empty row in the file, row 8 stays row 8.
    ws["A8"] = "林晓明"
    ws["B8"] = "女"
    ws["D8"] = datetime.date(2010, 3, 15)
    ws["D8"].number_format = "mm-dd-yy"  # built-in format 14
    ws["E8"] = datetime.date(2011, 3, 15)
    ws["E8"].number_format = 'yyyy"年"m"月"d"日"'

    numbers = wb.create_sheet("活动")
    numbers.append(["说明", "值"])
    samples = [
        ("整数", 12, None),
        ("小数", 0.1, None),
        ("负数", -2.75, None),
        ("大数", 1234567.5, None),
        ("小值", 1e-7, None),
        ("序号不是日期", 44378, None),
        ("序号是日期", 44378, "yyyy/m/d"),
        ("1900-01-01", 1, "yyyy-mm-dd"),
        ("1900-02-28", 59, "yyyy-mm-dd"),
        ("Lotus 1900-02-29", 60, "yyyy-mm-dd"),
        ("1900-03-01", 61, "yyyy-mm-dd"),
        ("带时间", 44378.75, "yyyy-mm-dd hh:mm"),
        ("时长", 1.5, "[h]:mm"),
        ("百分比", 0.25, "0.00%"),
        ("文本数字", "00123", None),
        ("布尔", True, None),
    ]
    for label, value, number_format in samples:
        numbers.append([label, value])
        if number_format:
            numbers.cell(row=numbers.max_row, column=2).number_format = number_format

    notes = wb.create_sheet("说明")
    notes["A1"] = "第一行"
    notes["A3"] = "第三行"
    notes["C3"] = "男"  # shared with the roster's 男
    save_openpyxl(wb, "roster.xlsx")


def dates1904():
    wb = openpyxl.Workbook()
    wb.epoch = CALENDAR_MAC_1904
    ws = wb.active
    ws.title = "日期"
    ws["A1"] = datetime.date(2021, 7, 1)
    ws["A1"].number_format = "yyyy-mm-dd"
    ws["A2"] = 0
    ws["A2"].number_format = "yyyy-mm-dd"
    ws["A3"] = 42916
    ws["A3"].number_format = "yyyy-mm-dd"
    ws["A4"] = 42916
    save_openpyxl(wb, "dates-1904.xlsx")


CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/worksheets/data.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
</Types>"""

ROOT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>"""

WORKBOOK = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<sheets><sheet name="{name}" sheetId="1" r:id="rId7"/></sheets>
</workbook>"""

WORKBOOK_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/data.xml"/>
<Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>
<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
</Relationships>"""


def many_rows():
    """Enough rows for progress reports (every 1,024 rows) and a cancel in the middle; rows
    without references, which the reader numbers by position."""
    rows = "<row><c><v>7</v></c></row>" * 2500
    sheet = ('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
             f'<dimension ref="A1:A2500"/><sheetData>{rows}</sheetData></worksheet>')
    zip_of([
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", ROOT_RELS),
        ("xl/workbook.xml", WORKBOOK.format(name="序号")),
        ("xl/_rels/workbook.xml.rels", WORKBOOK_RELS),
        ("xl/worksheets/data.xml", sheet),
    ], "many-rows.xlsx")


def inline_strings():
    """Inline strings, formulas' cached values, every cell type, missing references."""
    shared = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1">
<si><r><t>蔡</t></r><r><rPr><b/></rPr><t xml:space="preserve">良友 </t></r><rPh sb="0" eb="1"><t>ツァイ</t></rPh><phoneticPr fontId="1"/></si>
</sst>"""
    styles = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="2"><numFmt numFmtId="164" formatCode="[$-804]yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/><numFmt numFmtId="165" formatCode="[h]:mm"/></numFmts>
<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>
<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="165" applyNumberFormat="1"/><xf numFmtId="14" applyNumberFormat="1"><alignment horizontal="left"/></xf></cellXfs>
</styleSheet>"""
    # The x: prefix as some .NET libraries write it; cells of row 4 have no references.
    sheet = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<x:sheetData>
<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>姓名</x:t></x:is></x:c><x:c t="inlineStr"><x:is><x:r><x:t>身份</x:t></x:r><x:r><x:rPr><x:b/></x:rPr><x:t>证号</x:t></x:r></x:is></x:c><x:c t="s"><x:v>0</x:v></x:c></x:row>
<x:row r="3"><x:c r="A3" t="str"><x:f>A1&amp;"组"</x:f><x:v>姓名组</x:v></x:c><x:c r="C3" t="b"><x:v>1</x:v></x:c><x:c r="D3" t="e"><x:v>#N/A</x:v></x:c><x:c r="E3" t="d"><x:v>2021-07-01T00:00:00</x:v></x:c><x:c r="F3" s="1"><x:v>44378</x:v></x:c><x:c r="G3" s="2"><x:v>1.5</x:v></x:c><x:c r="H3"><x:v>1.5E+2</x:v></x:c><x:c r="I3" s="3"><x:f>TODAY()</x:f></x:c></x:row>
<!-- a comment between rows -->
<x:row><x:c t="inlineStr"><x:is><x:t>第一行_x000A_第二行</x:t></x:is></x:c><x:c s="3"><x:v>44378</x:v></x:c><x:c t="inlineStr"><x:is><x:t>&lt;a&gt; &amp; &quot;b&quot; &#x4E2D;&#25991;<![CDATA[<c>&amp;]]>\r\n尾</x:t></x:is></x:c></x:row>
</x:sheetData>
</x:worksheet>"""
    zip_of([
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", ROOT_RELS),
        ("xl/workbook.xml", WORKBOOK.format(name="手写")),
        ("xl/_rels/workbook.xml.rels", WORKBOOK_RELS),
        ("xl/sharedStrings.xml", shared),
        ("xl/styles.xml", styles),
        ("xl/worksheets/data.xml", sheet),
    ], "inline-strings.xlsx")


def forge_first_entry(data, offsets, value):
    """Overwrites one size field of the first entry, in its local and its central header."""
    forged = bytearray(data)
    local_offset, central_offset = offsets
    for signature, offset in ((b"PK\x03\x04", local_offset), (b"PK\x01\x02", central_offset)):
        struct.pack_into("<I", forged, forged.index(signature) + offset, value)
    return bytes(forged)


def bombs():
    """A sheet of 4 MB that packs into 5 KB: honestly, and with forged headers."""
    padding = " " * (4 * 1024 * 1024)
    sheet = ('<?xml version="1.0" encoding="UTF-8"?>'
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
             f'<sheetData><row r="1"><c r="A1"><v>0</v></c></row></sheetData>{padding}'
             "</worksheet>")
    parts = [
        ("xl/worksheets/data.xml", sheet),
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", ROOT_RELS),
        ("xl/workbook.xml", WORKBOOK.format(name="炸弹")),
        ("xl/_rels/workbook.xml.rels", WORKBOOK_RELS),
    ]
    data = zip_of(parts, "bomb.xlsx")
    # The uncompressed size understated as 4,000 bytes, so a check of the headers passes.
    write_bytes("bomb-small-size.xlsx", forge_first_entry(data, (22, 24), 4000))
    # The packed size overstated as 1 GB, so the ratio in the headers looks harmless. 16 KB
    # of zeros after the sheet let minizip read its first buffer without running off the file.
    padded = zip_of(parts[:1] + [("xl/media/padding.bin", bytes(16 * 1024))] + parts[1:],
                    "bomb-large-packed-size.xlsx", stored={"xl/media/padding.bin"})
    write_bytes("bomb-large-packed-size.xlsx", forge_first_entry(padded, (18, 20), 1 << 30))


def csv_files():
    table = [
        ["姓名", "性别", "身份证号", "入党日期", "备注"],
        ["蔡良友", "男", "350582197604121238", "2001-07-01", "办公室主任，兼组织委员"],
        ["王丽华", "女", "35058219850203002X", "2021/7/1", "'=SUM(A1)"],
    ]

    def csv_text(rows, separator, newline):
        def field(value):
            if any(ch in value for ch in (separator, '"', "\n", "\r")):
                return '"' + value.replace('"', '""') + '"'
            return value
        return newline.join(separator.join(field(v) for v in row) for row in rows) + newline

    write_bytes("roster-gbk.csv", csv_text(table, ",", "\r\n").encode("gbk"))
    write_bytes("roster-utf8-bom.csv", b"\xef\xbb\xbf" + csv_text(table, ",", "\n").encode("utf-8"))
    semicolon = [
        ["姓名", "地址", "说明"],
        ["蔡良友", "晋江市\n青阳街道", '他说"好"'],
        ["王丽华", "泉州市; 丰泽区", "1,5"],
    ]
    write_bytes("semicolon.csv", csv_text(semicolon, ";", "\r\n").encode("utf-8"))
    # Excel's "Unicode text": UTF-16LE with BOM, tab-separated, CRLF.
    unicode_text = [
        ["姓名", "职务", "备注"],
        ["蔡良友", "书记", '引号"在中间'],
        ["王丽华", "", "𠀀 (outside the BMP)"],
    ]
    write_bytes("unicode-text.txt",
                b"\xff\xfe" + csv_text(unicode_text, "\t", "\r\n").encode("utf-16-le"))
    rng = random.Random(20240101)
    write_bytes("junk.csv", bytes(rng.randrange(256) for _ in range(2048)))
    write_bytes("empty.csv", b"")


def broken_workbooks():
    with open(path("roster.xlsx"), "rb") as f:
        whole = f.read()
    write_bytes("truncated.xlsx", whole[: len(whole) * 2 // 3])
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)
    write_bytes("legacy.xls", ole + "Workbook".encode("utf-16-le") + bytes(512))
    write_bytes("encrypted.xlsx", ole + "EncryptionInfo".encode("utf-16-le") + bytes(100)
                + "EncryptedPackage".encode("utf-16-le") + bytes(512))
    zip_of([("readme.txt", "not a workbook")], "no-workbook.xlsx")
    zip_of([
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", ROOT_RELS),
        ("xl/workbook.xml", WORKBOOK.format(name="坏")),
        ("xl/_rels/workbook.xml.rels", WORKBOOK_RELS),
        ("xl/worksheets/data.xml", '<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></row>'
                                   "</sheetData></worksheet>"),
    ], "malformed-xml.xlsx")


def main():
    os.makedirs(OUT, exist_ok=True)
    roster()
    dates1904()
    many_rows()
    inline_strings()
    bombs()
    csv_files()
    broken_workbooks()


if __name__ == "__main__":
    main()
