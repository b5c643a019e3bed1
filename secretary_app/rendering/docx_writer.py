"""DOCX writer (python-docx): the same laid-out lines as the PDF, for secretaries who finish documents in
Word.

Formatting lives in named paragraph styles ("TK Body", "TK Issuer", …) rather than on each run, so a secretary
can adjust a style once in Word. The header and the signature area are borderless tables, as in the Word
templates offices use. Page numbers come from a PAGE field in the header of pages 2+ (different first page).
"""

from __future__ import annotations

from dataclasses import replace
from io import BytesIO

from docx import Document as new_docx
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from secretary_app.domain.document import Document, document_title
from secretary_app.domain.text import clean_line, nfc
from secretary_app.rendering.chart import chart_png, chart_table, png_stream
from secretary_app.rendering.fonts import font_set, string_width
from secretary_app.rendering.layout import LaidOut, Line, SignatureLines, lay_out
from secretary_app.rendering.pdf import header_left_width
from secretary_app.rendering.pdf_ops import balanced_wrap
from secretary_app.rendering.profiles import MM, Profile

# Word documents travel to Windows PCs, where Times New Roman is always present; LibreOffice substitutes the
# metric-compatible Liberation Serif by itself, so the file names the rulebook's font regardless of this
# machine.
DOCX_FONT = "Times New Roman"

_BODY_KINDS = ("paragraph", "heading", "subheading", "section", "item", "basis")


def _style_name(key: str) -> str:
    return "TK " + key.replace("_", " ").title()


def _set_font(style_or_run, name: str) -> None:
    style_or_run.font.name = name
    rpr = style_or_run.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), name)


def _define_styles(d, profile: Profile) -> None:
    styles = d.styles
    normal = styles["Normal"]
    _set_font(normal, DOCX_FONT)
    normal.font.size = Pt(profile.styles["body"].size)
    normal.paragraph_format.space_before = Pt(0)
    normal.paragraph_format.space_after = Pt(0)
    for key, ts in profile.styles.items():
        style = styles.add_style(_style_name(key), WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = normal
        style.font.size = Pt(ts.size)
        style.font.bold = ts.bold
        style.font.italic = ts.italic
        style.font.underline = ts.underline
        pf = style.paragraph_format
        pf.space_before = Pt(0)
        pf.space_after = Pt(0)
        pf.alignment = WD_ALIGN_PARAGRAPH.CENTER
        pf.line_spacing = profile.header_line_spacing
    for key in ("body", "heading", "subheading", "section", "item", "basis", "enactor", "enacting"):
        pf = styles[_style_name(key)].paragraph_format
        pf.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        pf.first_line_indent = Mm(profile.body_first_indent_mm)
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(profile.body_line_exact_pt)
        pf.space_before = Pt(profile.body_space_before_pt)
        pf.widow_control = True
    for key in ("enactor", "enacting"):  # centred, as the header lines, but spaced as the body
        pf = styles[_style_name(key)].paragraph_format
        pf.alignment = WD_ALIGN_PARAGRAPH.CENTER
        pf.first_line_indent = Mm(0)
    for key in ("recipients", "recipients_label", "addressee", "addressee_label"):
        styles[_style_name(key)].paragraph_format.alignment = WD_ALIGN_PARAGRAPH.LEFT
    styles[_style_name("draft")].paragraph_format.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def _border(paragraph, side: str, size_eighths: int = 5) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    borders = ppr.find(qn("w:pBdr"))
    if borders is None:
        borders = OxmlElement("w:pBdr")
        ppr.append(borders)
    sides = ("top", "left", "bottom", "right") if side == "box" else (side,)
    for s in sides:
        el = OxmlElement(f"w:{s}")
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), str(size_eighths))
        el.set(qn("w:space"), "1")
        el.set(qn("w:color"), "000000")
        borders.append(el)


CORE_PROPERTY_CHARS = 255  # python-docx refuses longer core properties (title, author)


def property_text(text: str, limit: int = CORE_PROPERTY_CHARS) -> str:
    """A one-line document property: printable, single-spaced, cut at a word with "…" when too long."""
    text = clean_line(text)
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > limit // 2 else limit - 1].rstrip(" ,;—-") + "…"


def _para(container, line: Line, first: bool = False, balance: tuple[Profile, float] | None = None):
    """``line`` as a paragraph; with ``balance`` (the profile and the column width) a line that wraps is
    broken where the PDF breaks it, balanced, so Word leaves no word alone on the last line either."""
    paragraph = container.paragraphs[0] if first else container.add_paragraph()
    paragraph.style = _style_name(line.style)
    pieces = [line.text]
    if balance is not None:
        profile, column_pt = balance
        font_set()  # the widths are measured with the fonts the PDF uses (metric-compatible with Word's)
        pieces = balanced_wrap(line.text, profile.styles[line.style], column_pt - 2)
    run = paragraph.add_run(pieces[0])
    for piece in pieces[1:]:
        run.add_break()
        run.add_text(piece)
    return paragraph


def _rule(container, profile: Profile, line: Line, column_pt: float, fraction: float | None) -> None:
    """A rule centred under ``line``: an empty 1-pt paragraph with a top border, indented to the rule's
    width."""
    ts = profile.styles[line.style]
    width = string_width(line.text, ts.bold, ts.italic, ts.size) * (fraction or 1.0)
    paragraph = container.add_paragraph()
    pf = paragraph.paragraph_format
    pf.left_indent = pf.right_indent = Pt(max(0.0, (column_pt - width) / 2))
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(4)
    _border(paragraph, "top")


def _borderless_table(d, widths_pt: list[float], rows: int = 1):
    table = d.add_table(rows=rows, cols=len(widths_pt))
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    for column, w in zip(table.columns, widths_pt, strict=True):
        column.width = Pt(w)  # the grid widths are what Word/LibreOffice lay out with
    _fit_cells(table, widths_pt)
    return table


def _fit_cells(table, widths_pt: list[float]) -> None:
    for row in table.rows:
        for cell, w in zip(row.cells, widths_pt, strict=True):
            cell.width = Pt(w)
            # Cell margins of 0 keep every line centred on the column axis, as in the PDF.
            tcpr = cell._tc.get_or_add_tcPr()
            mar = OxmlElement("w:tcMar")
            for side in ("left", "right"):
                el = OxmlElement(f"w:{side}")
                el.set(qn("w:w"), "0")
                el.set(qn("w:type"), "dxa")
                mar.append(el)
            tcpr.append(mar)


def _header(d, c: LaidOut, profile: Profile, width: float) -> None:
    if c.draft:
        p = _para(d, c.draft)
        _border(p, "box")
    left_w = header_left_width(c, profile, width)
    rows = 2 if profile.number_on_date_line else 1
    table = _borderless_table(d, [left_w, width - left_w], rows)
    left, right = table.cell(0, 0), table.cell(0, 1)
    for i, line in enumerate(c.header_left):
        _para(left, line, first=i == 0, balance=(profile, left_w))
    if c.issuer_rule_fraction and c.header_left:
        widest = max(
            c.header_left,
            key=lambda ln: string_width(ln.text, *_bi(profile, ln), profile.styles[ln.style].size),
        )
        _rule(left, profile, widest, left_w, c.issuer_rule_fraction)
    for i, line in enumerate(c.national):
        _para(right, line, first=i == 0)
    _rule(right, profile, c.national[-1], width - left_w, None)
    if rows == 2:
        number_cell, date_cell = table.cell(1, 0), table.cell(1, 1)
        if c.number:
            _para(number_cell, c.number, first=True)
        if c.date:
            _para(date_cell, c.date, first=True)
        extra = number_cell
    else:
        if c.number:
            _para(left, c.number)
        if c.date:
            _para(right, c.date).paragraph_format.space_before = Pt(4)
        extra = left
    for line in c.letter_subject:
        _para(extra, line, balance=(profile, left_w))
    for mark in c.marks:
        p = _para(extra, mark)
        p.paragraph_format.space_before = Pt(6)
        _border(p, "box")


def _bi(profile: Profile, line: Line) -> tuple[bool, bool]:
    ts = profile.styles[line.style]
    return ts.bold, ts.italic


def _title(d, c: LaidOut, profile: Profile, width: float) -> None:
    for i, line in enumerate(c.title):
        p = _para(d, line)
        if i == 0:
            p.paragraph_format.space_before = Pt(profile.title_space_before_pt)
    if c.subject_rule_fraction and len(c.title) > 1:
        _rule(d, profile, max(c.title[1:], key=lambda ln: len(ln.text)), width, c.subject_rule_fraction)
    if c.addressees:
        label, *items = c.addressees
        x0 = width * 0.15
        label_w = string_width(label.text, *_bi(profile, label), profile.styles[label.style].size) + 4
        if len(items) == 1 or profile.addressee_first_on_label_row:  # the first on the label's row
            p = _para(d, label)
            p.add_run(" " + items[0].text)
            p.paragraph_format.left_indent = Pt(x0)
            for line in items[1:]:
                _para(d, line).paragraph_format.left_indent = Pt(x0 + label_w)
        else:
            _para(d, label).paragraph_format.left_indent = Pt(x0)
            for line in items:
                _para(d, line).paragraph_format.left_indent = Pt(x0 + label_w)
        d.paragraphs[-1].paragraph_format.space_after = Pt(profile.body_space_before_pt)


def _body(d, c: LaidOut, profile: Profile):
    last = None
    for para in c.body:
        if para.kind == "page_break":
            d.add_page_break()
            continue
        if para.kind == "table" and para.block is not None:
            _table(d, para.block.columns, para.block.rows)
            continue
        if para.kind == "chart" and para.block is not None:
            _chart(d, para.block, profile)
            continue
        style_key = (
            para.style
            if para.kind in _BODY_KINDS or para.style in ("body", "heading", "enactor", "enacting")
            else "body"
        )
        last = d.add_paragraph(style=_style_name(style_key))
        if para.lead and para.text.startswith(para.lead):  # "Điều 1." bold, then the article's text
            last.add_run(para.lead).bold = profile.styles["article_label"].bold
            last.add_run(para.text[len(para.lead) :])
        else:
            last.add_run(para.text)
        if para.kind in ("heading", "subheading", "section", "centred"):  # never alone at the foot of a page
            last.paragraph_format.keep_with_next = True
    return last


def _table(d, columns: list[str], rows: list[list[str]]) -> None:
    ncols = len(columns) or max((len(r) for r in rows), default=1)
    table = d.add_table(rows=0, cols=ncols)
    table.style = "Table Grid"
    for row_i, cells in enumerate(([columns] if columns else []) + rows):
        row = table.add_row()
        for cell, text in zip(row.cells, cells, strict=False):
            p = cell.paragraphs[0]
            p.style = _style_name("table_header" if columns and row_i == 0 else "table")
            p.add_run(nfc(text))


def _chart(d, block, profile: Profile) -> None:
    """The chart as a picture when ReportLab can make a PNG here, else its figures as a table (chart.py)."""
    if block.text:
        caption = d.add_paragraph(style=_style_name("table_header"))
        caption.alignment = WD_ALIGN_PARAGRAPH.CENTER
        caption.add_run(nfc(block.text))
    width = (profile.page_mm[0] - profile.margins_mm.left - profile.margins_mm.right) * MM
    png = chart_png(block, width)
    if png is not None:
        d.add_picture(png_stream(png), width=Pt(width))
    else:
        _table(d, *chart_table(block))


def _signature_cell(cell, sig: SignatureLines, profile: Profile, name_cell=None, width: float = 0.0) -> None:
    """The block in ``cell``; with ``name_cell`` the name goes there (the row of names of side-by-side blocks,
    level whatever Word wraps above them)."""
    lines = sig.lines + [None] * profile.signature_blank_lines + ([] if name_cell is not None else [sig.name])
    if sig.label:
        lines[len(sig.lines) + profile.signature_blank_lines // 2] = sig.label
    for i, line in enumerate(lines):
        if line is None:
            cell.add_paragraph(style=_style_name("signer"))
        else:
            _para(cell, line, first=i == 0, balance=(profile, width) if width else None)
    if name_cell is not None:
        _para(name_cell, sig.name, first=True)


def _signature_blocks(d, c: LaidOut, profile: Profile, width: float) -> None:
    """Signature blocks two to a row (a lone one in the left cell): a table row for the titles, then per
    signer a row for the lines and the signing space and a row for the names, so names are level."""
    table = _borderless_table(d, [width / 2, width / 2], rows=0)
    for i in range(0, len(c.signature_blocks), 2):
        row = c.signature_blocks[i : i + 2]
        cells = table.add_row().cells
        for cell, (title, _signers) in zip(cells, row, strict=False):
            for j, line in enumerate(title):
                _para(cell, line, first=j == 0, balance=(profile, width / 2))
            cell.paragraphs[0].paragraph_format.space_before = Pt(profile.signature_space_before_pt)
        for k in range(max(len(signers) for _t, signers in row)):
            lines_row, names_row = table.add_row().cells, table.add_row().cells
            for col, (_title, signers) in enumerate(row):
                if k < len(signers):
                    _signature_cell(
                        lines_row[col], signers[k], profile, name_cell=names_row[col], width=width / 2
                    )
    _fit_cells(table, [width / 2, width / 2])
    for row in table.rows:
        trpr = row._tr.get_or_add_trPr()
        trpr.append(OxmlElement("w:cantSplit"))


def _signatures(d, c: LaidOut, profile: Profile, width: float) -> None:
    if c.signature_blocks:
        if c.signatures:
            _signature_table(d, replace(c, recipients=[]), profile, width)
        _signature_blocks(d, c, profile, width)
        for i, line in enumerate(c.recipients):
            p = _para(d, line)
            if i == 0:
                p.paragraph_format.space_before = Pt(12)
        return
    _signature_table(d, c, profile, width)


def _signature_table(d, c: LaidOut, profile: Profile, width: float) -> None:
    left_w = width * profile.signature_left_fraction
    if len(c.signatures) == 2:
        table = _borderless_table(d, [width / 2, width / 2], rows=2)
        for col, sig in enumerate(c.signatures):
            _signature_cell(table.cell(0, col), sig, profile, name_cell=table.cell(1, col), width=width / 2)
        if c.recipients:
            for line in c.recipients:
                _para(d, line)
            d.paragraphs[-len(c.recipients)].paragraph_format.space_before = Pt(12)
    else:
        table = _borderless_table(d, [left_w, width - left_w])
        _signature_cell(table.cell(0, 1), c.signatures[0], profile, width=width - left_w)
        for i, line in enumerate(c.recipients):
            _para(table.cell(0, 0), line, first=i == 0)
    for cell in table.rows[0].cells:
        cell.paragraphs[0].paragraph_format.space_before = Pt(profile.signature_space_before_pt)
    for row in table.rows:  # the signature area is never split over two pages
        trpr = row._tr.get_or_add_trPr()
        trpr.append(OxmlElement("w:cantSplit"))


def _page_numbers(section, profile: Profile) -> None:
    section.different_first_page_header_footer = True  # no number on page 1
    section.header_distance = Mm(profile.page_number_top_mm)
    p = section.header.paragraphs[0]
    p.style = _style_name("page_number")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run()
    for tag, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if tag:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), tag)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        run._r.append(el)


def build_docx(doc: Document, profile: Profile) -> bytes:
    font_set()  # column widths are measured with the same fonts as the PDF
    c = lay_out(doc, profile)
    d = new_docx()
    _define_styles(d, profile)
    section = d.sections[0]
    section.page_width, section.page_height = Mm(profile.page_mm[0]), Mm(profile.page_mm[1])
    m = profile.margins_mm
    section.top_margin, section.bottom_margin = Mm(m.top), Mm(m.bottom)
    section.left_margin, section.right_margin = Mm(m.left), Mm(m.right)
    _page_numbers(section, profile)
    width = (profile.page_mm[0] - m.left - m.right) * MM
    _header(d, c, profile, width)
    _title(d, c, profile, width)
    last = _body(d, c, profile)
    if last is not None:
        last.paragraph_format.keep_with_next = True  # the signature never starts a page alone
    _signatures(d, c, profile, width)
    d.core_properties.title = property_text(document_title(doc))
    d.core_properties.author = property_text(doc.issuer.name)
    buffer = BytesIO()
    d.save(buffer)
    return buffer.getvalue()
