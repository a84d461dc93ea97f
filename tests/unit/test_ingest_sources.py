"""Reading files, folders and zip archives for a batch (partnerships.ingest.sources, .naming)."""

from __future__ import annotations

import io
import zipfile

import pytest

from partnerships.ingest.naming import check_published, published_from_name
from partnerships.ingest.sources import ArticleFile, Failure, collect, read_zip, unsafe_member


def _zip(members: dict[str, bytes], *, compression=zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return buf.getvalue()


def _split(items):
    items = list(items)
    ok = {i.name.rsplit("!", 1)[-1].rsplit("/", 1)[-1]: i for i in items if isinstance(i, ArticleFile)}
    bad = {i.name.rsplit("!", 1)[-1]: i.reason for i in items if isinstance(i, Failure)}
    return ok, bad


def test_folder_recursive_with_zip_and_failures(tmp_path):
    (tmp_path / "a.txt").write_text("서울시 기사", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.HTML").write_text("<p>기사</p>", encoding="utf-8")
    (tmp_path / "sub" / "c.md").write_text("# 기사", encoding="utf-8")
    (tmp_path / "notes.docx").write_bytes(b"PK")  # not an article: not even listed from a folder
    (tmp_path / ".hidden.txt").write_text("x")
    (tmp_path / "big.txt").write_bytes(b"a" * 2000)
    (tmp_path / "pack.zip").write_bytes(_zip({"in/d.htm": b"<p>d</p>", "e.pdf": b"%PDF"}))
    ok, bad = _split(collect([tmp_path], max_bytes=1000))
    assert set(ok) == {"a.txt", "b.HTML", "c.md", "d.htm"}
    assert "too large" in bad[str(tmp_path / "big.txt")]
    assert "not an article file" in bad["e.pdf"]
    assert ok["d.htm"].name == f"{tmp_path / 'pack.zip'}!in/d.htm"


def test_named_file_of_another_kind_and_missing_path(tmp_path):
    (tmp_path / "x.pdf").write_bytes(b"%PDF")
    items = list(collect([tmp_path / "x.pdf", tmp_path / "nope"]))
    assert [type(i) for i in items] == [Failure, Failure]
    assert "not an article file" in items[0].reason and "no such file" in items[1].reason


@pytest.mark.parametrize("name, why", [
    ("../evil.txt", "climbs out"),
    ("a/../../evil.txt", "climbs out"),
    ("/etc/passwd.txt", "absolute"),
    ("C:\\x\\evil.txt", "absolute"),
    ("ok/fine.txt", ""),
])
def test_unsafe_member_names(name, why):
    got = unsafe_member(name)
    assert (why in got) if why else got == ""


def test_zip_traversal_names_are_refused_and_the_rest_read():
    data = _zip({"../evil.txt": b"x", "good.txt": "기사".encode()})
    ok, bad = _split(read_zip(data, name="p.zip"))
    assert set(ok) == {"good.txt"}
    assert "refused" in bad["../evil.txt"]


def test_zip_bomb_member_is_refused():
    data = _zip({"bomb.txt": b"\x00" * (5 * 2**20), "ok.txt": b"fine"})  # ~5 KB packed
    ok, bad = _split(read_zip(data, name="p.zip", max_bytes=10 * 2**20))
    assert "zip bomb" in bad["bomb.txt"] and "ok.txt" in ok


def test_member_whose_header_understates_its_size_is_cut_off():
    data = bytearray(_zip({"lie.txt": b"a" * 5000}, compression=zipfile.ZIP_STORED))
    # rewrite the declared sizes (local header and central directory) to 10 bytes
    for sig, off in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        i = data.find(sig)
        data[i + off:i + off + 4] = (10).to_bytes(4, "little")
    items = list(read_zip(bytes(data), name="p.zip", max_bytes=1000))
    assert all(isinstance(i, Failure) for i in items)


@pytest.mark.parametrize("compression", [zipfile.ZIP_DEFLATED, zipfile.ZIP_LZMA])
def test_a_member_whose_compressed_stream_is_damaged_fails_alone(compression):
    body = "부산시는 다낭시와 업무협약을 체결했다. ".encode() * 200
    data = bytearray(_zip({"bad.txt": body, "zgood.txt": "기사".encode()}, compression=compression))
    start = data.find(b"bad.txt") + len(b"bad.txt") + 20  # inside the first member's compressed stream
    for k in range(start, start + 40, 2):
        data[k] ^= 0xFF
    ok, bad = _split(read_zip(bytes(data), name="p.zip"))
    assert "zgood.txt" in ok and "cannot unpack" in bad["bad.txt"]


def test_nested_zip_and_not_a_zip():
    ok, bad = _split(read_zip(_zip({"inner.zip": _zip({"a.txt": b"a"})}), name="p.zip"))
    assert "zip inside a zip" in bad["inner.zip"]
    items = list(read_zip(b"not a zip at all", name="p.zip"))
    assert isinstance(items[0], Failure) and "not a readable zip" in items[0].reason


@pytest.mark.parametrize("name, date", [
    ("2024-03-18_seoul.html", "2024-03-18"),
    ("20240318-press.txt", "2024-03-18"),
    ("2024.3.18 보도자료.md", "2024-03-18"),
    ("clips/2019_11_02_busan.txt", "2019-11-02"),
    ("archive.zip!2021-06-30/x.txt", None),  # folders inside the zip do not count, only the name
    ("2024-13-45_x.txt", None),
    ("seoul.txt", None),
    ("123456789.txt", None),
    ("2099-12-31_suwon.txt", None),  # a date still to come publishes nothing
    ("2024-03-18 속보!.txt", "2024-03-18"),  # a '!' outside a zip's member name is a character
    ("2020-01-01.zip!2024-03-18.txt", "2024-03-18"),
])
def test_published_from_name(name, date):
    assert published_from_name(name) == date


def test_check_published():
    assert check_published("2024-03-18") == "2024-03-18"
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        check_published("18.3.2024")


@pytest.mark.filterwarnings("ignore:Duplicate name")
def test_a_korean_windows_archive_s_names_read_as_written_and_namesakes_are_told_apart():
    """A member name stored in CP949 without the UTF-8 flag (Windows Explorer, ALZip on a Korean
    system) showed as '║╕╡╡└┌╖ß'; two members of one name were listed under one label."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("2023-05-18_XXXXXXXX.txt", "부산시는 18일 오덴세시와 업무협약을 맺었다.".encode())
        z.writestr("same.txt", b"first")
        z.writestr("same.txt", b"second")
    data = buf.getvalue().replace(b"XXXXXXXX", "보도자료".encode("cp949"))  # the name's raw bytes, no flag
    got = [(x.name, x.data) for x in read_zip(data, name="odd.zip") if isinstance(x, ArticleFile)]
    assert [n for n, _ in got] == ["odd.zip!2023-05-18_보도자료.txt", "odd.zip!same.txt", "odd.zip!same (2).txt"]
    assert [d for _, d in got][1:] == [b"first", b"second"]
