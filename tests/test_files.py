"""Files in, files out: encodings, line endings, BOMs, JSONL records, permissions.

Each case runs `cleaner run` on a real folder (in-process, through typer's test runner) and
checks the bytes on disk.
"""

from __future__ import annotations

import codecs
import json
import os
import stat

import pytest
from typer.testing import CliRunner

from cleaner.cli import app
from cleaner.files import Unreadable, decode

PROSE = (
    "The city council approved a budget of 4.2 million euros on Tuesday, after a debate that lasted "
    "most of the evening and ended with a narrow vote."
)
PROSE_2 = "The mayor said the money would go to schools and to the repair of two bridges in the old town."
AD = "Get 25% off your first order with code SUMMER25"
DIRTY = f"{PROSE}\n\n{AD}\n\n{PROSE_2}\n"
CLEAN = f"{PROSE}\n\n{PROSE_2}\n"


def cli(*args: str):
    return CliRunner().invoke(app, ["run", *args, "--jobs", "1"])


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    return folder


# --- refused files: left byte-identical, named with the reason, exit non-zero ---------------

REFUSED = [
    pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary file", id="binary-png"),
    pytest.param(b"plain text\n" * 2000 + b"\x00tail\n", "binary file", id="nul-after-8k"),
    pytest.param("Caf\u00e9 cr\u00e8me.\n".encode("cp1252"), "not valid utf-8", id="cp1252-without-auto"),
    pytest.param(codecs.BOM_UTF16_LE + "Hello.\n".encode("utf-16-le"), "UTF-16-LE", id="utf16-without-auto"),
]


@pytest.mark.parametrize(("data", "reason"), REFUSED)
def test_refused_file_is_left_identical_named_and_fails_the_run(corpus, data, reason):
    (corpus / "bad.txt").write_bytes(data)
    (corpus / "good.txt").write_text(DIRTY, encoding="utf-8")
    result = cli(str(corpus))
    assert result.exit_code == 1
    assert (corpus / "bad.txt").read_bytes() == data
    assert f"skipped {corpus / 'bad.txt'}: {reason}" in result.stderr
    assert (corpus / "good.txt").read_text(encoding="utf-8") == CLEAN  # the rest is still cleaned


def test_refused_file_gets_a_report_record(corpus, tmp_path):
    (corpus / "bad.txt").write_bytes(b"caf\xe9 not utf-8\n")
    report = tmp_path / "report.jsonl"
    cli(str(corpus), "--report", str(report))
    records = [json.loads(line) for line in report.read_text(encoding="utf-8").splitlines()]
    assert records == [{"file": str(corpus / "bad.txt"), "event": "skipped", "reason": records[0]["reason"]}]
    assert "not valid utf-8" in records[0]["reason"]


# --- --encoding auto: other encodings are decoded and written back in their own -------------

FRENCH = (
    "Le conseil municipal a approuvé mardi un budget de 4,2 millions d’euros, après un débat qui a "
    "duré toute la soirée et s’est terminé par un vote serré.\n\n"
    "Share this article with your friends!\n\n"
    "Le maire a déclaré que l’argent irait aux écoles et à la réparation de deux ponts très abîmés.\n"
)
FRENCH_CLEAN = FRENCH.replace("Share this article with your friends!\n\n", "")


@pytest.mark.parametrize(
    ("encoding", "prefix"),
    [
        pytest.param("cp1252", b"", id="cp1252"),
        pytest.param("utf-16-le", codecs.BOM_UTF16_LE, id="utf16-le-bom"),
        pytest.param("utf-16-be", codecs.BOM_UTF16_BE, id="utf16-be-bom"),
        pytest.param("utf-32-le", codecs.BOM_UTF32_LE, id="utf32-le-bom"),
    ],
)
def test_encoding_auto_writes_back_in_the_original_encoding(corpus, encoding, prefix):
    path = corpus / "article.txt"
    path.write_bytes(prefix + FRENCH.encode(encoding))
    result = cli(str(corpus), "--encoding", "auto")
    assert result.exit_code == 0, result.stderr
    assert path.read_bytes() == prefix + FRENCH_CLEAN.encode(encoding)


def test_latin1_file_is_decoded_by_auto_and_stays_single_byte(corpus):
    text = FRENCH.replace("’", "'")
    path = corpus / "article.txt"
    path.write_bytes(text.encode("latin-1"))
    assert cli(str(corpus), "--encoding", "auto").exit_code == 0
    assert path.read_bytes() == FRENCH_CLEAN.replace("’", "'").encode("latin-1")


def test_utf16_without_bom_stays_binary_even_with_auto(corpus):
    data = FRENCH.encode("utf-16-le")
    (corpus / "article.txt").write_bytes(data)
    result = cli(str(corpus), "--encoding", "auto")
    assert result.exit_code == 1 and "binary file" in result.stderr
    assert (corpus / "article.txt").read_bytes() == data


def test_text_that_cannot_be_encoded_back_leaves_the_file_unchanged(corpus):
    # read as latin-1, the UTF-8 quotes are mojibake ("â\x80\x9c"); ftfy repairs them to
    # curly quotes, which latin-1 cannot hold: the file is left as it was, and named
    data = f"{PROSE} She said \u201cyes\u201d.\n\n{AD}\n".encode()
    (corpus / "a.txt").write_bytes(data)
    result = cli(str(corpus), "--encoding", "latin-1")
    assert result.exit_code == 1
    assert f"skipped {corpus / 'a.txt'}: left unchanged: cleaned text has '\u201c', which latin-1 cannot encode" in result.stderr
    assert (corpus / "a.txt").read_bytes() == data


def test_decode_table():
    assert decode(codecs.BOM_UTF8 + b"x\r\n").bom == codecs.BOM_UTF8
    assert decode(b"x").bom == b""
    with pytest.raises(Unreadable, match="unknown encoding"):
        decode(b"x", "no-such-codec")
    with pytest.raises(Unreadable, match="byte 3"):
        decode(b"abc\xff")


# --- line endings, BOM, empty files -----------------------------------------------------------


@pytest.mark.parametrize(
    ("before", "after"),
    [
        pytest.param(DIRTY.encode(), CLEAN.encode(), id="lf"),
        pytest.param(DIRTY.replace("\n", "\r\n").encode(), CLEAN.replace("\n", "\r\n").encode(), id="crlf"),
        pytest.param(codecs.BOM_UTF8 + DIRTY.encode(), codecs.BOM_UTF8 + CLEAN.encode(), id="bom-lf"),
        pytest.param(
            codecs.BOM_UTF8 + DIRTY.replace("\n", "\r\n").encode(),
            codecs.BOM_UTF8 + CLEAN.replace("\n", "\r\n").encode(),
            id="bom-crlf",
        ),
        pytest.param(b"", b"", id="empty"),
        pytest.param(CLEAN.replace("\n", "\r\n").encode(), CLEAN.replace("\n", "\r\n").encode(), id="clean-crlf"),
    ],
)
def test_line_endings_and_bom_survive(corpus, before, after):
    path = corpus / "a.txt"
    path.write_bytes(before)
    assert cli(str(corpus)).exit_code == 0
    assert path.read_bytes() == after


def test_unchanged_file_is_not_rewritten(corpus):
    path = corpus / "a.txt"
    path.write_text(CLEAN, encoding="utf-8")
    os.utime(path, (1_000_000, 1_000_000))
    assert cli(str(corpus)).exit_code == 0
    assert path.stat().st_mtime == 1_000_000


# --- JSONL ------------------------------------------------------------------------------------


def test_jsonl_cleans_text_and_keeps_every_other_byte(corpus, tmp_path):
    lines = [
        # spacing, key order, escapes, number spellings and a duplicate other key all survive
        '{"id": 1, "meta": {"n": 1.0e5, "big": 1e400}, "text": ' + json.dumps(DIRTY) + ', "z":"\\u00e9", "z": 2}',
        "{this is not json",
        '{"id":3,"text":' + json.dumps(CLEAN.rstrip("\n")) + "}",
        "",
        '["not", "an", "object"]',
        '{"id": 6, "text": ' + json.dumps(f"{PROSE}\u2028{AD}\n\n{PROSE_2}") + "}",
        '{"id": 7, "text": "a", "text": "b"}',
    ]
    path = corpus / "data.jsonl"
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    report = tmp_path / "report.jsonl"
    result = cli(str(corpus), "--report", str(report))
    assert result.exit_code == 0, result.stderr
    out = path.read_bytes().decode("utf-8").split("\r\n")
    assert out[0] == lines[0].replace(json.dumps(DIRTY), json.dumps(CLEAN))
    assert out[1:] == lines[1:] + [""]
    assert "line 2: malformed JSON kept as is" in result.stderr
    assert "line 7: field 'text' appears 2 times" in result.stderr
    records = [json.loads(line) for line in report.read_text(encoding="utf-8").splitlines()]
    assert [r["record"] for r in records if "source" in r] == [1]
    assert [r["reason"][:6] for r in records if r.get("event") == "problem"] == ["line 2", "line 7"]


def test_jsonl_text_gains_no_final_newline(corpus):
    path = corpus / "d.jsonl"
    record = {"text": f"{PROSE}\n\n{AD}", "id": "x"}
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    assert cli(str(corpus)).exit_code == 0
    assert json.loads(path.read_text(encoding="utf-8")) == {"text": PROSE, "id": "x"}


def test_jsonl_non_ascii_file_stays_unescaped_and_ascii_file_stays_escaped(corpus):
    uni, asc = corpus / "u.jsonl", corpus / "a.jsonl"
    uni.write_text(json.dumps({"text": f"{PROSE} Zoë.\n\n{AD}\n"}, ensure_ascii=False) + "\n", encoding="utf-8")
    asc.write_text(json.dumps({"text": f"{PROSE} Zoë.\n\n{AD}\n"}) + "\n", encoding="utf-8")
    assert cli(str(corpus)).exit_code == 0
    assert "Zoë" in uni.read_text(encoding="utf-8")
    assert asc.read_bytes().isascii() and "Zo\\u00eb" in asc.read_text(encoding="utf-8")


def test_jsonl_lone_surrogate_is_written_escaped(corpus, tmp_path):
    path = corpus / "s.jsonl"
    path.write_text('{"text": "' + PROSE + ' \\ud800 é\\n\\n' + AD + '\\n"}\n', encoding="utf-8")
    report = tmp_path / "r.jsonl"
    result = cli(str(corpus), "--report", str(report))
    assert result.exit_code == 0, result.stderr
    value = json.loads(path.read_text(encoding="utf-8"))["text"]
    assert AD not in value and PROSE in value
    report.read_text(encoding="utf-8")  # valid UTF-8 even if a removal held a surrogate


def test_jsonl_wrong_field_name_is_reported(corpus):
    (corpus / "d.jsonl").write_text(json.dumps({"content": DIRTY}) + "\n", encoding="utf-8")
    result = cli(str(corpus))
    assert "no record has a string field 'text'" in result.stderr
    assert cli(str(corpus), "--text-field", "content").exit_code == 0
    assert json.loads((corpus / "d.jsonl").read_text(encoding="utf-8")) == {"content": CLEAN}


# --- permissions, read-only files and folders, links --------------------------------------


def test_permissions_survive_a_rewrite(corpus):
    path = corpus / "a.txt"
    path.write_text(DIRTY, encoding="utf-8")
    path.chmod(0o640)
    assert cli(str(corpus)).exit_code == 0
    assert path.read_text(encoding="utf-8") == CLEAN
    assert stat.S_IMODE(path.stat().st_mode) == 0o640


def test_new_copies_under_out_follow_the_umask(corpus, tmp_path):
    (corpus / "a.txt").write_text(DIRTY, encoding="utf-8")
    old = os.umask(0o022)
    try:
        assert cli(str(corpus), "--out", str(tmp_path / "out")).exit_code == 0
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "out" / "a.txt").stat().st_mode) == 0o644


def test_read_only_file_is_cleaned_and_stays_read_only(corpus):
    # as formatters do: the atomic rename needs the folder's permission, not the file's
    path = corpus / "a.txt"
    path.write_text(DIRTY, encoding="utf-8")
    path.chmod(0o444)
    result = cli(str(corpus))
    assert result.exit_code == 0, result.stderr
    assert path.read_text(encoding="utf-8") == CLEAN
    assert stat.S_IMODE(path.stat().st_mode) == 0o444


def test_read_only_folder_is_skipped_with_a_message(corpus):
    path = corpus / "a.txt"
    path.write_text(DIRTY, encoding="utf-8")
    corpus.chmod(0o555)
    try:
        result = cli(str(corpus))
    finally:
        corpus.chmod(0o755)
    assert result.exit_code == 1
    assert "read-only folder" in result.stderr and "Traceback" not in result.output
    assert path.read_text(encoding="utf-8") == DIRTY
    assert sorted(p.name for p in corpus.iterdir()) == ["a.txt"]


def test_symlink_stays_a_link_and_its_target_is_cleaned(corpus, tmp_path):
    target = tmp_path / "real.txt"
    target.write_text(DIRTY, encoding="utf-8")
    (corpus / "link.txt").symlink_to(target)
    assert cli(str(corpus / "link.txt")).exit_code == 0
    assert (corpus / "link.txt").is_symlink()
    assert target.read_text(encoding="utf-8") == CLEAN


# a process id no Linux process can have (pid_max is at most 2**22): the writer is surely dead
DEAD_PID = 9_999_999


def test_stale_temp_next_to_a_file_argument_is_removed(corpus):
    path = corpus / "a.txt"
    path.write_text(DIRTY, encoding="utf-8")
    stale = corpus / f".a.txt.cleaner-tmp-{DEAD_PID}-1a2b3c4d"
    stale.write_text("half a file", encoding="utf-8")
    assert cli(str(path)).exit_code == 0
    assert not stale.exists()
    assert path.read_text(encoding="utf-8") == CLEAN


# Files named like a temporary file but not made by cleaner (or made by a live one): kept.
NOT_OURS = [
    pytest.param(".draft.cleaner-tmp", id="user-file-old-marker"),
    pytest.param(".a.txt.1a2b3c4d.cleaner-tmp", id="old-format"),
    pytest.param(f".a.txt.cleaner-tmp-{DEAD_PID}-notahex!", id="no-random-part"),
    pytest.param(f".a.txt.cleaner-tmp-{os.getpid()}x-1a2b3c4d", id="no-pid"),
    pytest.param("a.txt.cleaner-tmp-1-1a2b3c4d", id="not-hidden"),
]


@pytest.mark.parametrize("name", NOT_OURS)
@pytest.mark.parametrize("flags", [(), ("--check",), ("--diff",)], ids=["write", "check", "diff"])
def test_only_our_own_stale_temporary_files_are_deleted(corpus, name, flags):
    (corpus / "a.txt").write_text(DIRTY, encoding="utf-8")
    (corpus / name).write_text("the user's draft", encoding="utf-8")
    cli(str(corpus), *flags)
    cli(str(corpus / "a.txt"), *flags)
    assert (corpus / name).read_text(encoding="utf-8") == "the user's draft"


def test_check_and_diff_delete_no_temporary_file_at_all(corpus):
    (corpus / "a.txt").write_text(DIRTY, encoding="utf-8")
    stale = corpus / f".a.txt.cleaner-tmp-{DEAD_PID}-1a2b3c4d"
    stale.write_text("half a file", encoding="utf-8")
    for flags in (("--check",), ("--diff",)):
        assert cli(str(corpus), *flags).exit_code == 1
        assert stale.exists()
    assert cli(str(corpus)).exit_code == 0 and not stale.exists()


def test_a_live_writers_temporary_file_is_left_alone(corpus):
    # another cleaner run (here: this process) may be writing it right now
    (corpus / "a.txt").write_text(DIRTY, encoding="utf-8")
    live = corpus / f".a.txt.cleaner-tmp-{os.getppid()}-1a2b3c4d"
    live.write_text("being written", encoding="utf-8")
    assert cli(str(corpus)).exit_code == 0
    assert live.exists()


def test_a_second_run_changes_nothing(corpus):
    (corpus / "a.txt").write_bytes(codecs.BOM_UTF8 + DIRTY.replace("\n", "\r\n").encode())
    (corpus / "b.jsonl").write_text(json.dumps({"text": DIRTY.rstrip("\n"), "n": 1}) + "\n", encoding="utf-8")
    (corpus / "c.md").write_text(f"# Title\n\n{DIRTY}   \n\n\n\n", encoding="utf-8")
    assert cli(str(corpus)).exit_code == 0
    after = {p.name: p.read_bytes() for p in corpus.iterdir()}
    check = cli(str(corpus), "--check")
    assert check.exit_code == 0 and "0 would change" in check.stderr
    assert {p.name: p.read_bytes() for p in corpus.iterdir()} == after


def test_a_file_edited_during_cleaning_is_not_overwritten(corpus, monkeypatch):
    from cleaner import Cleaner

    path = corpus / "a.txt"
    path.write_text(DIRTY, encoding="utf-8")
    real_clean = Cleaner.clean

    def edit_meanwhile(self, text):
        path.write_text("the user's edit\n", encoding="utf-8")
        return real_clean(self, text)

    monkeypatch.setattr(Cleaner, "clean", edit_meanwhile)
    result = cli(str(corpus))
    assert result.exit_code == 1 and "changed on disk while it was being cleaned" in result.stderr
    assert path.read_text(encoding="utf-8") == "the user's edit\n"
