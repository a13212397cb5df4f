"""Every input appears in the run: as a document, or rejected with a one-line reason."""
import io
import json

from verifier.document import Document
from verifier.sources import Rejected, read_inputs

ARTICLE = "date: 2026-03-04\n\nSEOUL - The KOSPI climbed 41.37 points or 1.52 percent to finish at 2,763.94.\n"


def read(paths, **kwargs):
    return list(read_inputs([str(p) for p in paths], **kwargs))


def test_a_folder_yields_its_articles_sorted(tmp_path):
    (tmp_path / "b.txt").write_text(ARTICLE)
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.md").write_text(ARTICLE)
    (tmp_path / "notes.csv").write_text("x")
    ids = [d.id for d in read([tmp_path])]
    assert ids == [str(tmp_path / "b.txt"), str(tmp_path / "sub" / "a.md")]


def test_a_missing_path_is_rejected_by_name(tmp_path):
    [item] = read([tmp_path / "nope.txt"])
    assert isinstance(item, Rejected) and item.error.code == "not-found"
    assert str(tmp_path / "nope.txt") in item.error.message


def test_a_folder_without_articles_is_rejected(tmp_path):
    [item] = read([tmp_path])
    assert isinstance(item, Rejected) and item.error.code == "no-articles"


def test_invalid_utf8_names_line_and_column(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes("date: 2026-03-04\n\nZ\xfcrich stocks rose.".encode("latin-1"))
    [item] = read([path])
    assert isinstance(item, Rejected) and item.error.code == "not-utf8"
    assert item.error.message.startswith(f"{path}:3:2: not UTF-8")


def test_empty_and_binary_files_are_rejected(tmp_path):
    (tmp_path / "empty.txt").write_text("  \n")
    (tmp_path / "blob.txt").write_bytes(b"\x89PNG\x00\x00\x01")
    codes = {item.id.rsplit("/", 1)[-1]: item.error.code for item in read([tmp_path])}
    assert codes == {"blob.txt": "binary", "empty.txt": "empty"}


def test_a_bad_header_date_is_rejected_with_its_line(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("title: x\ndate: yesterday\n\nBody")
    [item] = read([path])
    assert isinstance(item, Rejected) and item.error.message == f"{path}:2: date 'yesterday' is not YYYY-MM-DD"


def test_good_inputs_survive_beside_bad_ones(tmp_path):
    (tmp_path / "good.txt").write_text(ARTICLE)
    items = read([tmp_path / "good.txt", tmp_path / "missing.txt"])
    assert [type(i) for i in items] == [Document, Rejected]


def test_stdin_is_read_as_one_article():
    [doc] = read(["-"], stdin=io.BytesIO(ARTICLE.encode()))
    assert isinstance(doc, Document) and doc.id == "-" and str(doc.date) == "2026-03-04"


def test_json_lines_give_one_document_per_line_and_reject_bad_lines(tmp_path):
    path = tmp_path / "feed.jsonl"
    lines = [json.dumps({"id": "a1", "text": "The KOSPI rose.", "date": "2026-03-04"}), "{oops", json.dumps({"id": "a3"})]
    path.write_text("\n".join(lines) + "\n")
    items = read([path])
    assert isinstance(items[0], Document) and items[0].id == "a1" and str(items[0].date) == "2026-03-04"
    assert isinstance(items[1], Rejected) and items[1].id == f"{path}:2" and items[1].error.code == "bad-json"
    assert isinstance(items[2], Rejected) and "string \"text\"" in items[2].error.message


def test_an_oversized_file_is_rejected_without_reading_it(tmp_path, monkeypatch):
    import verifier.sources.files as files

    monkeypatch.setattr(files, "MAX_BYTES", 10)
    path = tmp_path / "big.txt"
    path.write_text(ARTICLE)
    [item] = read([path])
    assert isinstance(item, Rejected) and item.error.code == "too-large"
