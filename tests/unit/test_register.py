from secretary_app.rendering import render_pdf
from secretary_app.services.context import open_context
from secretary_app.services.demo import ensure_demo_database
from secretary_app.services.register import register_document


def test_register_is_an_unnumbered_report_with_one_table(tmp_path):
    ctx = open_context(ensure_demo_database(tmp_path / "demo.sqlite"))
    try:
        doc = register_document(ctx.organisation.get(), ctx.issuing.register(2021), 2021)
        empty = register_document(ctx.organisation.get(), ctx.issuing.register(2030), 2030)
    finally:
        ctx.close()
    assert doc.kind == "report" and doc.title == "SỔ VĂN BẢN ĐI" and doc.unnumbered
    table = doc.body[1]
    assert table.type == "table" and table.rows[0][1] == "239-TB/ĐU" and table.rows[0][2] == "12/10/2021"
    assert "Chưa có văn bản nào" in empty.body[0].text
    import pdfplumber

    out = tmp_path / "register.pdf"
    render_pdf(doc, out)
    with pdfplumber.open(out) as pdf:
        text = pdf.pages[0].extract_text()
    assert "239-TB/ĐU" in text and "SVB" not in text
