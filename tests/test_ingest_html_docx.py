"""HTML pages and DOCX files: the article text only, then the same structure as plain text."""

from pathlib import Path

import docx
import pytest

from workbench.errors import InputError
from workbench.ingest import block_text, read_document
from workbench.model import BREAK, INTRO, LEAD, META, SPEECH, TITLE

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "ingest"
SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_cad0dfaeb5419f53.txt"


def test_html_page_keeps_the_article_and_drops_the_furniture():
    doc = read_document(FIXTURES / "page.html")
    text = "\n\n".join(block_text(b) for b in doc.blocks)
    for furniture in ("Home", "Documents", "Latest news", "received a delegation", "dataLayer", "font-family",
                      "trackView", "Facebook", "All rights reserved", "Press Service", "Official web-site",
                      "Search in archive"):
        assert furniture not in text
    assert doc.title == "Ilham Aliyev met with Russian Foreign Minister Sergey Lavrov"
    assert (doc.date, doc.place) == ("2023-02-27", "Baku")
    assert [b.kind for b in doc.blocks] == [TITLE, META, LEAD, INTRO, SPEECH, SPEECH, BREAK, INTRO, SPEECH, SPEECH]
    # Entities decoded, inline markup flattened, <br> kept as a line break inside the paragraph.
    assert "Trade & transport" in doc.blocks[4].text
    assert doc.blocks[5].text == ("The Declaration on Allied Interaction was signed in Moscow.\n"
                                  "It set the course for the coming years.")
    assert [p.key for p in doc.people] == ["IlhamAliyev", "SergeyLavrov"]
    assert doc.blocks[-1].label == "President Ilham Aliyev:"


def test_html_detected_by_content_not_name(tmp_path):
    renamed = tmp_path / "page.txt"
    renamed.write_bytes((FIXTURES / "page.html").read_bytes())
    assert read_document(renamed).id == read_document(FIXTURES / "page.html").id


def test_malformed_html(tmp_path):
    page = tmp_path / "bad.html"
    page.write_text("<html><body><div class=content><h1>Talks in Baku<p>President Ilham Aliyev said:"
                    "<p>- Welcome, <b>dear <i>friends</b>!<p>x x x<div><p>Sergey Lavrov: Thank you."
                    "<script>var a = '<p>not text</p>'", encoding="utf-8")
    doc = read_document(page)
    assert [block_text(b) for b in doc.blocks] == ["Talks in Baku", "President Ilham Aliyev said:",
                                                  "- Welcome, dear friends!", "x x x", "Sergey Lavrov: Thank you."]
    assert [p.key for p in doc.people] == ["IlhamAliyev", "SergeyLavrov"]


def test_html_in_cp1251_with_declared_charset(tmp_path):
    page = tmp_path / "ru.htm"
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head>'
            "<body><h1>Переговоры</h1><p>Сергей Лавров сказал:</p><p>- Спасибо.</p></body></html>")
    page.write_bytes(html.encode("cp1251"))
    doc = read_document(page)
    assert doc.lang == "ru" and doc.title == "Переговоры" and doc.people[0].key == "SergeyLavrov"


def test_html_with_old_br_br_paragraphs(tmp_path):
    page = tmp_path / "old.html"
    page.write_text("<html><body><td class='text'>Title<br><br>Lead text here.<br><br>Ilham Aliyev said:<br><br>"
                    "- Hello.</td></body></html>", encoding="utf-8")
    assert [b.kind for b in read_document(page).blocks] == [TITLE, LEAD, INTRO, SPEECH]


def test_html_without_text_is_refused(tmp_path):
    page = tmp_path / "empty.html"
    page.write_text("<html><head><script>x()</script></head><body><nav>Home</nav></body></html>", encoding="utf-8")
    with pytest.raises(InputError, match="empty.html"):
        read_document(page)


@pytest.mark.parametrize("depth", [300, 1500])
def test_deeply_nested_html_is_read(tmp_path, depth):
    page = tmp_path / "deep.html"
    page.write_text("<html><body>" + "<div>" * depth + "<p>Title</p><p>Lead.</p>" + "</div>" * depth
                    + "</body></html>", encoding="utf-8")
    assert [b.text for b in read_document(page).blocks] == ["Title", "Lead."]


def test_html_nested_beyond_the_parser_limit_is_refused(tmp_path):
    page = tmp_path / "abyss.html"
    page.write_text("<html><body>" + "<div>" * 5000 + "<p>Title</p>" + "</div>" * 5000 + "</body></html>",
                    encoding="utf-8")
    with pytest.raises(InputError, match="abyss.html: HTML nested too deeply"):
        read_document(page)


def seed_docx(path: Path) -> Path:
    document = docx.Document()
    paragraphs = [p for p in SEED.read_text(encoding="utf-8").split("\n\n")]
    document.add_heading(paragraphs[0], level=1)
    for text in paragraphs[1:]:
        document.add_paragraph(text)
        document.add_paragraph("")  # empty paragraphs, as people type them between paragraphs
    document.save(path)
    return path


def test_docx_reads_like_the_text(tmp_path):
    from_docx = read_document(seed_docx(tmp_path / "seed.docx"))
    from_text = read_document(SEED)
    assert from_docx.id == from_text.id
    assert [p.key for p in from_docx.people] == ["IlhamAliyev", "SergeyLavrov"]
    assert from_docx.dropped == ["Search in archive"]


def test_docx_detected_by_content_and_tables_read(tmp_path):
    document = docx.Document()
    document.add_paragraph("Talks")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Sergey Lavrov said:"
    table.cell(0, 1).text = "- Thank you."
    path = tmp_path / "notes.bin"
    document.save(path)
    doc = read_document(path)
    assert [b.kind for b in doc.blocks] == [TITLE, INTRO, SPEECH]


def test_truncated_docx(tmp_path):
    path = seed_docx(tmp_path / "seed.docx")
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(InputError) as err:
        read_document(path)
    assert str(path) in str(err.value) and "DOCX" in str(err.value)


def test_title_from_head_without_site_name(tmp_path):
    page = tmp_path / "t.html"
    page.write_text("<html><head><title>Talks in Baku &raquo; Official web-site</title></head><body><div class='text'>"
                    "<p>The lead paragraph of the article.</p><p>ARXİVDƏ AXTAR</p></div></body></html>",
                    encoding="utf-8")
    doc = read_document(page)
    assert [b.text for b in doc.blocks] == ["Talks in Baku", "The lead paragraph of the article."]
    assert doc.dropped == ["ARXİVDƏ AXTAR"]
