"""Importers: what text and metadata come out of each kind of file, and what is refused."""

from __future__ import annotations

import codecs
import datetime
import zipfile
from pathlib import Path

import docx
import pytest

from factcheck.errors import ImportFailed
from factcheck.importers import (
    SUPPORTED_SUFFIXES,
    ImportedDocument,
    decode_bytes,
    read_file,
    read_text,
)

DATA = Path(__file__).parent / "data" / "importers"
NEWS_PAGE_PATH = Path(__file__).parent.parent / "seeds" / "sample-web-page.html"  # the README's saved page


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def refusal(path_or_text, *, paste: bool = False) -> str:
    with pytest.raises(ImportFailed) as caught:
        read_text(path_or_text) if paste else read_file(path_or_text)
    message = str(caught.value)
    # One clear sentence: a single line ending in a full stop.
    assert "\n" not in message and message.endswith(".") and message.count(". ") == 0, message
    return message


# --- plain text and encodings ---------------------------------------------------------

ARTICLE = "Caf\u00e9 owners met on Jan. 5.\n\n  Indented line, kept as written.\t\nLast line.\n"


@pytest.mark.parametrize(
    "encoded",
    [
        ARTICLE.encode("utf-8"),
        codecs.BOM_UTF8 + ARTICLE.encode("utf-8"),
        codecs.BOM_UTF16_LE + ARTICLE.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + ARTICLE.encode("utf-16-be"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-le-bom", "utf-16-be-bom"],
)
def test_text_file_is_read_verbatim_in_each_supported_encoding(tmp_path, encoded):
    document = read_file(write(tmp_path, "article.txt", encoded))
    assert document == ImportedDocument(text=ARTICLE, format="txt")


def test_crlf_and_lone_cr_become_newlines(tmp_path):
    path = write(tmp_path, "article.TXT", b"One.\r\nTwo.\rThree.\n\r\nFour.")
    assert read_file(path).text == "One.\nTwo.\nThree.\n\nFour."


def test_dot_text_suffix_is_plain_text(tmp_path):
    assert read_file(write(tmp_path, "notes.text", b"Hello there.")).text == "Hello there."


def test_decode_bytes_accepts_utf8_and_utf16_with_bom():
    assert decode_bytes("ab\u00e9".encode()) == "ab\u00e9"
    assert decode_bytes(codecs.BOM_UTF8 + b"x") == "x"
    assert decode_bytes(codecs.BOM_UTF16_LE + "\u00e9".encode("utf-16-le")) == "\u00e9"
    assert decode_bytes(codecs.BOM_UTF16_BE + "\u00e9".encode("utf-16-be")) == "\u00e9"


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",  # a PNG header
        b"plain text with a \x00 in it",
        codecs.BOM_UTF32_LE + "utf-32".encode("utf-32-le"),
        codecs.BOM_UTF16_LE + b"\x00\xd8",  # a lone surrogate
    ],
    ids=["png", "nul", "utf-32", "bad-utf-16"],
)
def test_decode_bytes_refuses_binary_and_other_encodings(data):
    with pytest.raises(ImportFailed):
        decode_bytes(data)


def test_binary_file_is_refused_with_one_sentence(tmp_path):
    path = write(tmp_path, "photo.txt", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01")
    assert "photo.txt" in refusal(path)


@pytest.mark.parametrize(
    ("text", "codec", "label"),
    [
        ("Sch\u00f6n, sagte er.", "latin-1", "Windows-1252"),
        ("Caf\u00e9 cr\u00e8me \u2014 \u201cquoted\u201d words, na\u00efve fa\u00e7ade.", "cp1252", "Windows-1252"),
        ("\u041c\u043e\u0441\u043a\u0432\u0430 \u0437\u0430\u044f\u0432\u0438\u043b\u0430, \u0447\u0442\u043e "
         "\u043f\u0435\u0440\u0435\u0433\u043e\u0432\u043e\u0440\u044b \u043f\u0440\u043e\u0434\u043e\u043b\u0436\u0430\u0442\u0441\u044f.",
         "cp1251", "Windows-1251"),
        ("UTF-16 without a byte-order mark.", "utf-16-le", "UTF-16 (little-endian)"),
        ("UTF-16 without a byte-order mark.", "utf-16-be", "UTF-16 (big-endian)"),
    ],
    ids=["latin-1", "windows-1252", "windows-1251", "utf-16-le-no-bom", "utf-16-be-no-bom"],
)
def test_legacy_encodings_are_detected_and_named(tmp_path, text, codec, label):
    path = write(tmp_path, "old.txt", text.encode(codec))
    document = read_file(path)
    assert document.text == text
    assert document.assumed_encoding == label


def test_utf8_needs_no_assumption(tmp_path):
    assert read_file(write(tmp_path, "new.txt", "Sch\u00f6n.".encode())).assumed_encoding is None


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        ("empty.txt", b"", "is empty"),
        ("blank.txt", b" \r\n\t\n ", "only whitespace"),
        ("blank.md", b"\n\n   \n", "only whitespace"),
        ("empty.html", b"", "is empty"),
        ("empty.docx", b"", "is empty"),
        ("bom-only.txt", codecs.BOM_UTF8, "is empty"),
    ],
)
def test_empty_and_whitespace_files_are_refused(tmp_path, name, data, expected):
    message = refusal(write(tmp_path, name, data))
    assert expected in message and name in message


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("scan.pdf", "paste"),
        ("letter.doc", ".docx"),
        ("review.json", "JSON review files are not article text"),
        ("archive.zip", ".zip files are not plain text, Markdown, a web page (HTML) or a Word document"),
    ],
)
def test_unknown_types_are_refused_with_one_sentence(tmp_path, name, expected):
    message = refusal(write(tmp_path, name, b"some text"))
    assert expected in message and name in message


@pytest.mark.parametrize("name", ["page.txt", "page", "article.php", "saved.text"])
def test_a_web_page_is_recognised_by_its_content_whatever_its_name(tmp_path, name):
    document = read_file(write(tmp_path, name, NEWS_PAGE_PATH.read_bytes()))
    assert document.format == "html"
    assert document.author == "Maria Delgado" and "<p>" not in document.text


def test_a_web_page_with_a_bom_and_leading_blank_lines_is_recognised(tmp_path):
    data = codecs.BOM_UTF8 + b"\n\n  " + NEWS_PAGE_PATH.read_bytes()
    assert read_file(write(tmp_path, "notes.txt", data)).format == "html"


def test_text_mentioning_html_is_still_text(tmp_path):
    text = b"The page's <body> tag was empty, the researchers said.\n"
    assert read_file(write(tmp_path, "story.txt", text)).format == "txt"


def test_a_file_without_an_extension_is_read_as_plain_text(tmp_path):
    document = read_file(write(tmp_path, "ARTICLE", b"The council met on Monday.\n"))
    assert document.format == "txt" and document.text == "The council met on Monday.\n"


def test_a_binary_file_without_an_extension_names_the_supported_types(tmp_path):
    message = refusal(write(tmp_path, "blob", b"\x00\x01\x02binary"))
    assert message == ("blob cannot be imported: its content is not plain text, Markdown, "
                       "a web page (HTML) or a Word document (.docx).")


def test_a_word_document_is_recognised_without_its_extension(tmp_path):
    import io

    import docx

    buffer = io.BytesIO()
    made = docx.Document()
    made.add_paragraph("The minister resigned on Friday.")
    made.save(buffer)
    document = read_file(write(tmp_path, "minutes", buffer.getvalue()))
    assert document.format == "docx" and document.text == "The minister resigned on Friday."


def test_a_pdf_without_its_extension_gets_the_pdf_advice(tmp_path):
    assert "copy its text and paste it" in refusal(write(tmp_path, "scan", b"%PDF-1.7\n..."))


def test_supported_suffixes_name_every_reader():
    assert set(SUPPORTED_SUFFIXES) == {
        ".txt",
        ".text",
        ".md",
        ".markdown",
        ".html",
        ".htm",
        ".docx",
    }


def test_missing_file_and_folder_are_refused(tmp_path):
    assert "does not exist" in refusal(tmp_path / "gone.txt")
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    assert "folder" in refusal(folder)


# --- pasted text -------------------------------------------------------------------------


def test_pasted_text_is_kept_with_normalised_newlines():
    document = read_text("First.\r\nSecond.\rThird.  ")
    assert document == ImportedDocument(text="First.\nSecond.\nThird.  ", format="paste")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", "empty"),
        (" \n\t\u00a0", "only whitespace"),
        ("a\x00b", "binary"),
        ("lone \ud800 surrogate", "not valid Unicode"),
    ],
)
def test_unusable_pasted_text_is_refused(text, expected):
    assert expected in refusal(text, paste=True)


# --- Markdown ---------------------------------------------------------------------------

MARKDOWN = """\
# Council approves the plant

The vote was **6-3** on *Thursday*, [the city said](https://example.com/vote).
It ends a `three-year` fight.

## Reaction

- Residents objected.
- Businesses cheered.

> "We stopped patching," said Angela Moretti.

![Site photo](site.jpg)

<div class="ad">Advertisement</div>

| Votes | Count |
|-------|-------|
| Yes   | 6     |
"""


def test_markdown_becomes_the_plain_text_of_its_rendering(tmp_path):
    document = read_file(write(tmp_path, "story.md", MARKDOWN.encode()))
    assert document.text == (
        "Council approves the plant\n\n"
        "The vote was 6-3 on Thursday, the city said.\nIt ends a three-year fight.\n\n"
        "Reaction\n\n"
        "Residents objected.\n\n"
        "Businesses cheered.\n\n"
        '"We stopped patching," said Angela Moretti.\n\n'
        "Votes\tCount\n\n"
        "Yes\t6"
    )
    assert document.title == "Council approves the plant"
    assert document.format == "md"
    assert "https://example.com" not in document.text and "Advertisement" not in document.text


def test_markdown_with_crlf_and_markdown_suffix(tmp_path):
    path = write(tmp_path, "story.markdown", b"Para one\r\nstill one.\r\n\r\nPara two.")
    assert read_file(path).text == "Para one\nstill one.\n\nPara two."


def test_markdown_with_no_visible_text_is_refused(tmp_path):
    message = refusal(write(tmp_path, "pictures.md", b"![a](a.png)\n\n<div></div>\n"))
    assert "no text" in message


# --- saved web page -----------------------------------------------------------------------

HEADLINE = "Council approves $48 million Riverside water plant after three-year fight"
BODY = [  # the headline is the title, not the text's first paragraph
    "The 6-3 vote ends a dispute over the East Bank site, but neighbours say they will keep watching.",
    "The Riverside City Council voted 6-3 on Thursday night to build a $48 million water treatment"
    " plant on the East Bank, ending a three-year dispute that pitted downtown businesses against"
    " the neighbourhood that will host the site.",
    "The plant will replace the 1962 Harbor Street facility, which state inspectors cited four times"
    " since 2021 for failing to remove enough sediment after heavy rain. Officials say the new plant"
    " can treat 22 million gallons a day, up from 14 million.",
    "“We have patched the old plant for as long as anyone can remember,” said Council President"
    " Angela Moretti, who cast the deciding vote. “Tonight we stopped patching.”",
    "Opponents packed the chamber for more than four hours of public comment. Many carried signs"
    " reading “Not Again on the East Bank,” a reference to the rail yard and the bus depot the city"
    " placed in the neighbourhood in the 1980s.",
    "Dr. Samuel Okafor, a retired engineer who lives two blocks from the site, told the council that"
    " the city had not studied truck traffic during construction. “Nobody asked what happens to our"
    " streets for two years,” he said.",
    "City engineer Lena Hoffmann said the contract requires trucks to use River Road and limits"
    " deliveries to weekdays between 7 a.m. and 6 p.m. The city will also plant a tree buffer along"
    " Ninth Street before work begins.",
    "About half of the cost will be covered by a low-interest loan from the U.S. Environmental"
    " Protection Agency, according to the city's finance office. The rest will come from a"
    " water-rate increase of 1.6 percent a year for five years.",
    "Councilmember Derek Osei, who voted against the plan, said he supported a new plant but not its"
    " location. He asked staff to report back in six months on air quality and noise.",
    "Construction is expected to start in September and take about 26 months. The old plant will"
    " stay in service until the new one passes state testing.",
]

CLUTTER = [
    "cookies",  # consent banner
    "Subscribe for $1 a week",  # navigation
    "Politics",
    "Search the Ledger",
    "Advertisement",  # ads
    "mattress",
    "Refinance today",
    "kitchen gadgets",
    "Harbor Bridge closed",  # breaking-news ticker
    "Share on Facebook",  # share bar
    "Photo: Harbor Ledger staff",  # caption
    "Morning Ledger",  # newsletter box inside the story
    "Sign up now",
    "Tags:",
    "Report an error",
    "Related coverage",  # related links
    "East Bank residents sue city",
    "Most read",
    "Tides win home opener",
    "Comments (3)",  # comments
    "RiverRat77",
    "consultants",
    "breathe diesel",
    "Finally a decision",
    "Join the conversation",
    "All rights reserved",  # footer
    "Privacy policy",
    "gtag",  # scripts
    "dataLayer",
]


@pytest.fixture
def news_page() -> ImportedDocument:
    return read_file(NEWS_PAGE_PATH)


def test_saved_news_page_gives_the_whole_body_as_paragraphs(news_page):
    assert news_page.text.split("\n\n") == BODY
    assert news_page.format == "html"


@pytest.mark.parametrize("clutter", CLUTTER)
def test_saved_news_page_leaves_out_the_clutter(news_page, clutter):
    assert clutter not in news_page.text


def test_saved_news_page_metadata(news_page):
    assert news_page.title == (
        "Council approves $48 million Riverside water plant after three-year fight"
    )
    assert news_page.author == "Maria Delgado"
    assert news_page.published == datetime.date(2025, 3, 14)
    assert news_page.url == (
        "https://www.harborledger.com/local/2025/03/14/council-approves-riverside-water-plant"
    )
    assert news_page.outlet == "The Harbor Ledger"


def test_web_page_in_a_declared_legacy_charset_is_read(tmp_path):
    page = NEWS_PAGE_PATH.read_text(encoding="utf-8")
    page = page.replace("charset=UTF-8", "charset=windows-1252").replace("“", '"').replace("”", '"')
    path = write(tmp_path, "legacy.htm", page.encode("cp1252"))
    document = read_file(path)
    assert "neighbourhood that will host the site." in document.text
    assert document.author == "Maria Delgado"


def test_web_page_without_an_article_is_refused(tmp_path):
    path = write(
        tmp_path, "menu.html", b"<html><body><nav><a href='/'>Home</a></nav></body></html>"
    )
    assert "no article text" in refusal(path)


def test_line_breaks_inside_a_web_paragraph_stay_in_the_paragraph(tmp_path):
    sentences = " ".join(["This sentence is long enough to be taken as article text."] * 3)
    html = (
        f"<html><body><article><p>{sentences}<br>Second line of the same paragraph.</p>"
        f"<p>{sentences}</p></article></body></html>"
    )
    document = read_file(write(tmp_path, "page.html", html.encode()))
    first, second = document.text.split("\n\n")
    assert first == f"{sentences}\nSecond line of the same paragraph."
    assert second == sentences


# --- Word ------------------------------------------------------------------------------------


def make_docx(path: Path) -> Path:
    document = docx.Document()
    document.core_properties.title = "Plant approved"
    document.core_properties.author = "Maria Delgado"
    document.add_heading("Council approves the plant", level=1)
    document.add_paragraph("The vote was 6-3 on Thursday.")
    document.add_paragraph("")  # the blank paragraphs people type between paragraphs
    paragraph = document.add_paragraph("Opponents packed the chamber. ")
    paragraph.add_run("Many carried signs.").bold = True
    paragraph.add_run().add_break()
    paragraph.add_run("A line after a break.")
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "Yes"
    table.rows[0].cells[1].text = "6"
    document.add_paragraph("Construction starts in September.")
    document.save(str(path))
    return path


def test_docx_paragraphs_become_paragraphs(tmp_path):
    document = read_file(make_docx(tmp_path / "story.docx"))
    assert document.text == (
        "Council approves the plant\n\n"
        "The vote was 6-3 on Thursday.\n\n"
        "Opponents packed the chamber. Many carried signs.\nA line after a break.\n\n"
        "Yes\t6\n\n"
        "Construction starts in September."
    )
    assert (document.title, document.author, document.format) == (
        "Plant approved",
        "Maria Delgado",
        "docx",
    )


def test_docx_without_text_is_refused(tmp_path):
    path = tmp_path / "blank.docx"
    blank = docx.Document()
    blank.add_paragraph("   ")
    blank.save(str(path))
    assert "no text" in refusal(path)


def test_damaged_docx_is_refused(tmp_path):
    message = refusal(write(tmp_path, "broken.docx", b"PK\x03\x04 not really a zip"))
    assert "not a Word (.docx) document" in message


def test_zip_that_is_not_a_word_document_is_refused(tmp_path):
    path = tmp_path / "renamed.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("notes.txt", "hello")
    assert "not a Word (.docx) document" in refusal(path)
