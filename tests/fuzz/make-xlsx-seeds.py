#!/usr/bin/env python3
"""Writes the seed corpus of fuzz-xlsx (deterministic; run from anywhere):
small workbooks in the forms the reader meets, most of them stored rather
than deflated, so that a fuzzer mutates their XML directly; beside them
tests/data/xlsx/libreoffice.xlsx as LibreOffice wrote it.
"""
import os
import shutil
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus", "xlsx")

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006"
WB_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"


def types(part="/xl/workbook.xml"):
    return (f'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="{PKG}/content-types">'
            f'<Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="{part}" ContentType="{WB_TYPE}"/></Types>')


def workbook(sheets, main=MAIN, rel=REL):
    items = "".join(f'<sheet name="{n}" sheetId="{i + 1}" r:id="rId{i + 1}"{extra}/>'
                    for i, (n, extra) in enumerate(sheets))
    return f'<workbook xmlns="{main}" xmlns:r="{rel}"><sheets>{items}</sheets></workbook>'


def rels(targets, strings="sharedStrings.xml"):
    items = "".join(f'<Relationship Id="rId{i + 1}" Type="{REL}/worksheet" Target="{t}"/>'
                    for i, t in enumerate(targets))
    if strings:
        items += f'<Relationship Id="rS" Type="{REL}/sharedStrings" Target="{strings}"/>'
    return f'<Relationships xmlns="{PKG}/relationships">{items}</Relationships>'


STRINGS = (f'<sst xmlns="{MAIN}"><si><t>id</t></si><si><t>status</t></si>'
           '<si><r><t>ge\u00efmplemen</t></r><r><rPr><b/></rPr><t>teerd</t></r>'
           '<rPh><t>x</t></rPh></si><si><t>_x000D_ line</t></si></sst>')


def sheet(rows):
    return f'<worksheet xmlns="{MAIN}"><sheetData>{rows}</sheetData></worksheet>'


SHEET1 = sheet('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>'
               '<row r="2"><c r="A2" t="inlineStr"><is><t>A.1</t></is></c>'
               '<c r="B2" t="s"><v>2</v></c><c r="C2"><v>3</v></c>'
               '<c r="D2" t="b"><v>1</v></c><c r="E2" t="e"><v>#N/A</v></c></row>'
               '<row r="4"><c r="A4" t="str"><f>A2</f><v>A.1</v></c><c r="B4"><f>1+1</f>'
               '<v>2</v></c><c r="C4" t="s"><v>3</v></c><c r="D4" s="1"/></row>')
# Excel's forms: rows and cells without r.
SHEET2 = sheet('<row><c t="s"><v>0</v></c><c/><c><v>45931</v></c></row>'
               '<row><c t="inlineStr"><is><r><t>a</t></r><r><t>b</t></r></is></c></row>')


def write(name, parts, method=zipfile.ZIP_STORED):
    with zipfile.ZipFile(os.path.join(CORPUS, name), "w", method) as z:
        for part, text in parts:
            info = zipfile.ZipInfo(part, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = method
            z.writestr(info, text.encode("utf-8"))


def main():
    os.makedirs(CORPUS, exist_ok=True)
    base = [("[Content_Types].xml", types()),
            ("xl/workbook.xml", workbook([("Eisen", ""), ("Acties", "")])),
            ("xl/_rels/workbook.xml.rels", rels(["worksheets/sheet1.xml",
                                                 "/xl/worksheets/sheet2.xml"])),
            ("xl/sharedStrings.xml", STRINGS),
            ("xl/worksheets/sheet1.xml", SHEET1),
            ("xl/worksheets/sheet2.xml", SHEET2)]
    write("two-sheets.xlsx", base)
    write("deflated.xlsx", base, zipfile.ZIP_DEFLATED)
    # A hidden sheet, targets with ../, no shared strings.
    write("hidden.xlsx", [
        ("[Content_Types].xml", types()),
        ("xl/workbook.xml", workbook([("Verborgen", ' state="hidden"'), ("Blad", "")])),
        ("xl/_rels/workbook.xml.rels", rels(["../xl/worksheets/a.xml", "./worksheets/b.xml"],
                                            strings=None)),
        ("xl/worksheets/a.xml", sheet('<row><c><v>1</v></c></row>')),
        ("xl/worksheets/b.xml", sheet('<row r="3"><c r="B3"><v>2.5E3</v></c></row>'))])
    # Strict OOXML's namespaces.
    write("strict.xlsx", [
        ("[Content_Types].xml", types()),
        ("xl/workbook.xml", workbook([("Strict", "")], main="http://purl.oclc.org/ooxml/"
                                     "spreadsheetml/main",
                                     rel="http://purl.oclc.org/ooxml/officeDocument/"
                                     "relationships")),
        ("xl/_rels/workbook.xml.rels", rels(["worksheets/sheet1.xml"], strings=None)),
        ("xl/worksheets/sheet1.xml", sheet('<row><c t="inlineStr"><is><t>s</t></is></c></row>')
         .replace(MAIN, "http://purl.oclc.org/ooxml/spreadsheetml/main"))])
    shutil.copyfile(os.path.join(HERE, "..", "data", "xlsx", "libreoffice.xlsx"),
                    os.path.join(CORPUS, "libreoffice.xlsx"))


if __name__ == "__main__":
    main()
