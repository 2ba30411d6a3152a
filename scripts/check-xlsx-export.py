#!/usr/bin/python3
"""Opens a workbook written by writeXlsx with openpyxl and checks what Excel will see: sheet
names, a bold header frozen above A2, ID numbers and phones as text, dates as dates, a text
that looks like a formula kept as text, column widths set.

  scripts/check-xlsx-export.py PATH/TO/write_sample_xlsx    (ctest runs this as xlsx_export)
"""
import datetime
import os
import subprocess
import sys
import tempfile
import zipfile

import openpyxl


def main():
    writer = sys.argv[1]
    with tempfile.TemporaryDirectory() as work:
        path = os.path.join(work, "sample.xlsx")
        subprocess.run([writer, path], check=True)
        book = openpyxl.load_workbook(path)
        assert book.sheetnames == ["花名册", "表彰_2021"], book.sheetnames

        sheet = book["花名册"]
        header = [cell.value for cell in sheet[1]]
        assert header[:5] == ["姓名", "性别", "民族", "出生日期", "公民身份号码"], header
        assert all(cell.font.b for cell in sheet[1]), "header not bold"
        assert sheet.freeze_panes == "A2", sheet.freeze_panes

        id_number = sheet["E2"]
        assert id_number.data_type == "s" and id_number.value == "350582198001011234", \
            (id_number.data_type, id_number.value)
        phone = sheet["G2"]
        assert phone.data_type == "s" and phone.value == "013800000000", phone.value
        birth = sheet["D2"]
        assert isinstance(birth.value, datetime.datetime), type(birth.value)
        assert birth.value.date() == datetime.date(1980, 1, 1), birth.value
        assert birth.number_format == "yyyy-mm-dd", birth.number_format
        post = sheet["I2"]
        assert post.data_type == "s" and post.value == "=1+1", (post.data_type, post.value)

        widths = {letter: dim.width for letter, dim in sheet.column_dimensions.items()}
        assert len(widths) == 16, widths
        # 18 digits plus padding; two CJK characters count as four.
        assert widths["E"] >= 18, widths
        assert widths["B"] < widths["E"], widths

        # No formula anywhere in the package, however the reader above interprets cells.
        with zipfile.ZipFile(path) as package:
            for name in package.namelist():
                if name.startswith("xl/worksheets/"):
                    assert b"<f>" not in package.read(name), name

        honors = book["表彰_2021"]
        assert [c.value for c in honors[1]] == ["类别", "姓名", "单位及职务"]
        assert [c.value for c in honors[2]] == ["优秀共产党员", "蔡良友", "晋江市医院办公室主任"]
    print("xlsx export checked")


if __name__ == "__main__":
    main()
