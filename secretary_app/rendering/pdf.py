"""PDF writer (ReportLab platypus).

The header, title, addressee and signature areas are laid out here as explicit drawing operations ("ops") on a
grid we control, because the rules are geometric: every header line centred on its column's axis, the rule
under "ĐẢNG CỘNG SẢN VIỆT NAM" exactly as wide as the rendered title, "Số:" on the date's baseline (state).
The body uses ReportLab paragraphs (justified, first-line indent, exact leading) so it flows over pages.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import partial
from io import BytesIO

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
)

from secretary_app.domain.document import BodyBlock, Document, document_title
from secretary_app.domain.text import clean_line
from secretary_app.rendering.fonts import font_set
from secretary_app.rendering.layout import LaidOut, Line, SignatureLines, lay_out
from secretary_app.rendering.long_text import paragraph_flowables
from secretary_app.rendering.pdf_ops import (
    OpsFlowable,
    Stack,
    escape,
    flow_of,
    font_name,
    text_width,
)
from secretary_app.rendering.profiles import MM, Profile, TextStyle

# ------------------------------------------------------------------------------------------------------------
# The parts of a document


def header_left_width(c: LaidOut, profile: Profile, width: float) -> float:
    """Width of the left header column: the profile's share, grown so the issuer's name fits on one line as
    long as the right block (national title, dateline) still fits; only then do names wrap."""

    def need(lines: list[Line]) -> float:
        return max((text_width(line.text, profile.styles[line.style]) for line in lines), default=0.0) + 4

    right_lines = c.national + ([c.date] if c.date else [])
    base = width * profile.header_left_fraction
    left_need, right_need = need(c.header_left + ([c.number] if c.number else [])), need(right_lines)
    if left_need + right_need > width:  # the issuer must wrap; the national title and dateline never do
        return max(base, width - right_need)
    if left_need <= base:
        return min(base, width - right_need)
    # A long issuer name: share what is left evenly, so the gap between the two blocks is as wide as it can be
    # instead of the two titles nearly touching.
    return left_need + (width - left_need - right_need) / 2


def header_flowables(c: LaidOut, profile: Profile, width: float) -> list[Flowable]:
    out: list[Flowable] = []
    if c.draft:  # chỉ dẫn dự thảo: top right, boxed, above the header
        mark = Stack(profile, 0, width, align="right")
        mark.box(c.draft)
        mark.space(4)
        out.append(flow_of([mark]))
    left_w = header_left_width(c, profile, width)
    left = Stack(profile, 0, left_w)
    right = Stack(profile, left_w, width - left_w)
    for line in c.header_left:
        left.text(line)
    if c.issuer_rule_fraction:
        left.rule(c.issuer_rule_fraction)
    for line in c.national:
        right.text(line)
    right.rule(None)  # exactly the width of the (last) national line [Q]/[P]
    if profile.number_on_date_line:
        # State: "Số: …" and the dateline share one baseline, under the taller of the two blocks [P].
        row = max(left.cursor, right.cursor) + profile.header_line_spacing * 4
        left.cursor = right.cursor = row
        if c.number:
            left.text(c.number)
        if c.date:
            right.text(c.date)
    else:
        if c.number:
            left.text(c.number)
        if c.date:
            right.space(profile.header_line_spacing * 4)
            right.text(c.date)
    if c.letter_subject:
        left.space(6)
        for line in c.letter_subject:
            left.text(line)
    for marking in c.marks:
        left.space(6)
        left.box(marking)
    out.append(flow_of([left, right]))
    return out


def title_flowables(c: LaidOut, profile: Profile, width: float) -> list[Flowable]:
    if not c.title:
        return []
    stack = Stack(profile, 0, width)
    stack.space(profile.title_space_before_pt)
    for line in c.title:
        if line.style == "separator":
            stack.space(2)
        stack.text(line)
    if c.subject_rule_fraction and len(c.title) > 1:
        stack.rule(c.subject_rule_fraction)
    stack.space(profile.body_space_before_pt)
    return [flow_of([stack])]


def addressee_flowables(c: LaidOut, profile: Profile, width: float) -> list[Flowable]:
    if not c.addressees:
        return []
    label, *items = c.addressees
    label_w = text_width(label.text, profile.styles[label.style]) + 4
    x0 = width * 0.15  # the block sits right of the left margin, as in real công văn
    stack = Stack(
        profile,
        x0,
        width - x0,
        align="left",
        spacing=profile.body_line_exact_pt / profile.styles["addressee"].size,
    )
    stack.space(profile.body_space_before_pt)
    start = stack.cursor
    stack.text(label)
    if len(items) == 1 or profile.addressee_first_on_label_row:  # on the label's line
        stack.cursor = start
    for line in items:
        stack.text(line, hanging="- ", max_width=width - x0 - label_w, x=x0 + label_w - 1)
    stack.space(profile.body_space_before_pt)
    return [flow_of([stack])]


def _signature_stack(
    sig: SignatureLines, profile: Profile, left: float, width: float, name_at: float = 0.0
) -> Stack:
    """One signature block; ``name_at`` (from the top of the block) puts the name lower, so that the names of
    side-by-side blocks print on one row whatever the lines above them."""
    stack = _signature_top(sig, profile, left, width)
    if name_at > stack.cursor:
        stack.space(name_at - stack.cursor)
    stack.text(sig.name)
    return stack


def _signature_top(sig: SignatureLines, profile: Profile, left: float, width: float) -> Stack:
    stack = Stack(profile, left, width)
    for line in sig.lines:
        stack.text(line)
    blank = profile.signature_blank_lines * profile.styles["signer"].size * profile.header_line_spacing
    if sig.label:
        stack.space(blank / 2 - profile.styles["signature_label"].size * profile.header_line_spacing / 2)
        stack.text(sig.label)
        stack.space(blank / 2 - profile.styles["signature_label"].size * profile.header_line_spacing / 2)
    else:
        stack.space(blank)
    return stack


def _recipients_stack(c: LaidOut, profile: Profile, width: float) -> Stack:
    stack = Stack(profile, 0, width, align="left")
    for line in c.recipients:
        stack.text(line, hanging="- ")
    return stack


def signature_flowable(c: LaidOut, profile: Profile, width: float) -> Flowable:
    """Signature(s) right, Nơi nhận left starting level with the authority line [R]; minutes: two
    signatures."""
    left_w = width * profile.signature_left_fraction
    space = Stack(profile, 0, width)
    space.space(profile.signature_space_before_pt)
    if len(c.signatures) == 2:
        half = width / 2
        name_at = max(_signature_top(sig, profile, 0, half).cursor for sig in c.signatures)
        left_sig = _signature_stack(c.signatures[0], profile, 0, half, name_at)
        right_sig = _signature_stack(c.signatures[1], profile, half, half, name_at)
        stacks = [left_sig, right_sig]
        if c.recipients:
            rec = _recipients_stack(c, profile, left_w)
            rec_offset = max(left_sig.cursor, right_sig.cursor) + profile.body_space_before_pt * 2
            rec.ops = [
                replace(op, y=op.y + rec_offset, top=op.top + rec_offset, bottom=op.bottom + rec_offset)
                for op in rec.ops
            ]
            rec.cursor += rec_offset
            stacks.append(rec)
    else:
        right_sig = _signature_stack(c.signatures[0], profile, left_w, width - left_w)
        stacks = [right_sig]
        if c.recipients:
            stacks.append(_recipients_stack(c, profile, left_w))
    flow = flow_of(stacks)
    return OpsFlowable(
        [
            replace(op, y=op.y + space.cursor, top=op.top + space.cursor, bottom=op.bottom + space.cursor)
            for op in flow.ops
        ],
        flow.height + space.cursor,
    )


def _level(stacks: list[Stack]) -> None:
    top = max(s.cursor for s in stacks)
    for s in stacks:
        s.cursor = top


def _block_row(
    row: list[tuple[list[Line], list[SignatureLines]]], profile: Profile, width: float
) -> Flowable:
    """One row of signature blocks ("ĐẠI DIỆN …" and its signers), two side by side, a lone one centred:
    titles, each signer's lines and each signer's name level across the row."""
    half = width / 2
    columns = [(0.0, half), (half, half)] if len(row) == 2 else [(width / 4, half)]
    stacks = [Stack(profile, left, w) for left, w in columns]
    for stack, (title, _signers) in zip(stacks, row, strict=True):
        stack.space(profile.signature_space_before_pt)
        for line in title:
            stack.text(line)
    _level(stacks)
    blank = profile.signature_blank_lines * profile.styles["signer"].size * profile.header_line_spacing
    label_h = profile.styles["signature_label"].size * profile.header_line_spacing
    for i in range(max(len(signers) for _title, signers in row)):
        present = [(s, signers[i]) for s, (_t, signers) in zip(stacks, row, strict=True) if i < len(signers)]
        for stack, sig in present:
            for line in sig.lines:
                stack.text(line)
        _level(stacks)
        for stack, sig in present:
            if sig.label:
                stack.space(blank / 2 - label_h / 2)
                stack.text(sig.label)
                stack.space(blank / 2 - label_h / 2)
            else:
                stack.space(blank)
        _level(stacks)
        for stack, sig in present:
            stack.text(sig.name)
        _level(stacks)
    return flow_of(stacks)


def signature_flowables(c: LaidOut, profile: Profile, width: float) -> list[Flowable]:
    """The signing area: the signature (or secretary and chair), then any signature blocks two to a row, and
    Nơi nhận after them; each row is kept whole, rows may go on the next page."""
    if not c.signature_blocks:
        return [signature_flowable(c, profile, width)]
    out: list[Flowable] = []
    if c.signatures:
        out.append(signature_flowable(replace(c, recipients=[]), profile, width))
    blocks = c.signature_blocks
    out += [_block_row(blocks[i : i + 2], profile, width) for i in range(0, len(blocks), 2)]
    if c.recipients:
        rec = _recipients_stack(c, profile, width * profile.signature_left_fraction)
        gap = 2 * profile.body_space_before_pt
        rec.ops = [replace(op, y=op.y + gap, top=op.top + gap, bottom=op.bottom + gap) for op in rec.ops]
        rec.cursor += gap
        out.append(flow_of([rec]))
    return out


# ------------------------------------------------------------------------------------------------------------
# Body


class BodyStyles:
    """ParagraphStyles per body kind, built once per profile."""

    def __init__(self, profile: Profile):
        self.profile = profile
        self._cache: dict[str, ParagraphStyle] = {}

    def get(self, kind: str, style_key: str) -> ParagraphStyle:
        key = f"{kind}:{style_key}"
        if key not in self._cache:
            p = self.profile
            ts = p.styles[style_key]
            centred = kind == "centred"  # the enactor and "QUYẾT ĐỊNH:" of a decision
            self._cache[key] = ParagraphStyle(
                key,
                fontName=font_name(ts),
                fontSize=ts.size,
                leading=max(p.body_line_exact_pt, ts.size * 1.1),
                firstLineIndent=0 if centred else p.body_first_indent_mm * MM,
                alignment=TA_CENTER if centred else TA_JUSTIFY,
                spaceBefore=p.body_space_before_pt,
                splitLongWords=1,
                allowWidows=0,
                allowOrphans=0,
            )
        return self._cache[key]


def _markup(text: str, style: TextStyle) -> str:
    text = escape(text.upper() if style.caps else text).replace("\n", "<br/>")
    return f"<u>{text}</u>" if style.underline else text


def _lead_markup(text: str, style: TextStyle, lead: str) -> str:
    """``text`` whose start ``lead`` ("Điều 1.") prints bold, as the article label style says."""
    if not lead or not text.startswith(lead):
        return _markup(text, style)
    return f"<b>{escape(lead)}</b>" + _markup(text[len(lead) :], style)


def _table_flowable(block: BodyBlock, profile: Profile, width: float, styles: BodyStyles) -> list[Flowable]:
    from secretary_app.rendering.tables import table_flowables  # rendering/tables.py: widths, tall rows

    return table_flowables(block, profile, width, styles)


def _chart_flowables(block: BodyBlock, profile: Profile, width: float, styles: BodyStyles) -> list[Flowable]:
    # Imported on first use: ReportLab's chart modules cost ~25 ms of start-up that a notice never needs.
    from secretary_app.rendering.chart import chart_flowables

    return chart_flowables(block, profile, width, styles)


BlockRenderer = Callable[[BodyBlock, Profile, float, BodyStyles], list[Flowable]]
# Body block types drawn by something other than a paragraph.
BLOCK_RENDERERS: dict[str, BlockRenderer] = {
    "table": _table_flowable,
    "chart": _chart_flowables,  # rendering/chart.py: ReportLab graphics bar chart
    "page_break": lambda block, profile, width, styles: [PageBreak()],
}


MAX_PAGE_BREAKS_IN_A_ROW = 3  # two blank pages at most; ReportLab gives up after 10 pages without content
# A heading, subheading or section title never ends a page: it keeps at least this many lines of what follows.
KEEP_WITH_NEXT = ("heading", "subheading", "section", "centred")
KEEP_LINES_AFTER = 2


def body_flowables(c: LaidOut, profile: Profile, width: float, styles: BodyStyles) -> list[Flowable]:
    out: list[Flowable] = []
    breaks = 0  # page breaks since the last flowable with content
    run: list[Flowable] = []  # consecutive titles ("2. Về kinh tế" then "Về nông nghiệp:") travel together

    def close_run(following: Flowable | None = None) -> None:
        if not run:
            return
        # "Keep with next" as a word processor does it: break the page before the titles unless they fit with
        # the first lines of the block after them (a KeepTogether with the whole next paragraph would leave
        # half a page blank before a long one). Widow/orphan control splits a paragraph only with two lines on
        # each side, so a paragraph of up to 2 × 2 - 1 lines needs all of its height.
        need = sum(p.wrap(width, 10_000)[1] + p.getSpaceBefore() for p in run)
        line = profile.body_line_exact_pt
        after = KEEP_LINES_AFTER * line + profile.body_space_before_pt
        if following is not None:
            height = following.wrap(width, 10_000)[1]
            if height < (2 * KEEP_LINES_AFTER) * line - 0.5:
                after = height + following.getSpaceBefore()
        page_text = (profile.page_mm[1] - profile.margins_mm.top - profile.margins_mm.bottom) * MM
        if need + after < page_text / 2:  # a title of half a page cannot be kept with anything: let it flow
            out.append(CondPageBreak(need + after))
        out.extend(run)
        run.clear()

    for para in c.body:
        if para.kind == "page_break":
            breaks += 1
            if breaks > MAX_PAGE_BREAKS_IN_A_ROW:
                continue
        elif para.kind != "table" or para.block is None or para.block.rows or para.block.columns:
            breaks = 0
        if para.kind in BLOCK_RENDERERS and para.block is not None:
            close_run()
            out += BLOCK_RENDERERS[para.kind](para.block, profile, width, styles)
            continue
        markup = partial(_lead_markup, style=profile.styles[para.style], lead=para.lead)
        pieces = paragraph_flowables(para.text, styles.get(para.kind, para.style), markup, width)
        if para.kind in KEEP_WITH_NEXT:
            run.extend(pieces)
            continue
        close_run(pieces[0] if pieces else None)
        out += pieces
    out.extend(run)  # titles at the very end have nothing to keep with
    return out


# ------------------------------------------------------------------------------------------------------------
# The document


def _page_number(profile: Profile, first_page: Callable[[], int] | None = None):
    """Draws the page number; ``first_page`` gives the sheet a document starts on when several documents share
    one PDF (a batch of reminder slips), so each counts its own pages."""
    ts = profile.styles["page_number"]
    page_w, page_h = profile.page_mm[0] * MM, profile.page_mm[1] * MM
    m = profile.margins_mm
    axis = m.left * MM + (page_w - (m.left + m.right) * MM) / 2  # centred on the text block, not the sheet
    # Top of the digits ~10 mm from the top edge (digit height ≈ 0.66 em).
    baseline = page_h - profile.page_number_top_mm * MM - 0.66 * ts.size

    def draw(canvas, doc) -> None:
        number = canvas.getPageNumber() - (first_page() - 1 if first_page else 0)
        if number >= profile.page_number_from:
            canvas.saveState()
            canvas.setFont(font_name(ts), ts.size)
            canvas.drawCentredString(axis, baseline, str(number))
            canvas.restoreState()

    return draw


def story(doc: Document, profile: Profile, width: float) -> list[Flowable]:
    c = lay_out(doc, profile)
    styles = BodyStyles(profile)
    flow: list[Flowable] = []
    flow += header_flowables(c, profile, width)
    flow += title_flowables(c, profile, width)
    flow += addressee_flowables(c, profile, width)
    body = body_flowables(c, profile, width, styles)
    first, *more = signature_flowables(c, profile, width)
    # The signature block never starts a page alone: it travels with the last body paragraph [§3].
    tail = [body.pop()] if body and isinstance(body[-1], Paragraph) else []
    flow += body
    flow.append(KeepTogether(tail + [first]))
    flow += [KeepTogether([row]) for row in more]  # a row of signatures is never split over two pages
    return flow


def new_template(
    buffer: BytesIO, profile: Profile, doc: Document, **page_callbacks
) -> tuple[BaseDocTemplate, float]:
    """The page template every PDF is laid on (the text block is the margins) and the text width; the
    callbacks (onPage, onPageEnd) draw the page numbers."""
    font_set()
    page_w, page_h = profile.page_mm[0] * MM, profile.page_mm[1] * MM
    m = profile.margins_mm
    width, height = page_w - (m.left + m.right) * MM, page_h - (m.top + m.bottom) * MM
    template = BaseDocTemplate(
        buffer,
        pagesize=(page_w, page_h),
        leftMargin=m.left * MM,
        rightMargin=m.right * MM,
        topMargin=m.top * MM,
        bottomMargin=m.bottom * MM,
        title=clean_line(document_title(doc))[:1000],  # metadata: printable, one line, bounded
        author=clean_line(doc.issuer.name)[:1000],
        creator="Thư ký cấp ủy",
        producer="Thư ký cấp ủy (ReportLab)",
        invariant=1,
    )
    # The margins are the text block itself: ReportLab's default 6 pt frame padding would eat into it.
    frame = Frame(
        m.left * MM,
        m.bottom * MM,
        width,
        height,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="text",
    )
    template.addPageTemplates([PageTemplate(id="page", frames=[frame], **page_callbacks)])
    return template, width


def build_pdf(doc: Document, profile: Profile) -> tuple[bytes, int]:
    """Render ``doc`` to PDF bytes; returns (bytes, page count)."""
    buffer = BytesIO()
    template, width = new_template(buffer, profile, doc, onPage=_page_number(profile))
    template.build(story(doc, profile, width))
    return buffer.getvalue(), template.page
