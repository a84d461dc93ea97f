"""Why a file of a folder import gave no record, or was not read, in the page's language.

The reasons are written in English where they arise (partnerships.ingest, partnerships.extract),
for the command line; a Korean page says the ones it knows in Korean, with their figures, and any
other as it was written.
"""

from __future__ import annotations

import re

from ui.shell.i18n import t

# why an article gave no record, as the reader says it (partnerships.extract.pipeline)
_NONE_PROPOSED = "agreements found, none proposed: "
_DROPPED = {"told as history": "batch_why_history", "with no partner abroad": "batch_why_domestic",
            "with no Korean place": "batch_why_no_korean", "with a partner not in the gazetteer": "batch_why_unknown",
            "with no partner place": "batch_why_no_partner"}
_WHOLE = {"agreement wording found, but only as plans": "batch_why_plans_only",
          "no partnership wording": "batch_why_no_wording"}

# why a file was not read or was skipped (partnerships.ingest.sources, .worker, .batch; extract.clean)
_FILE: list[tuple[re.Pattern[str], str]] = [(re.compile(p), key) for p, key in (
    (r"^empty input: there is no text to read$", "batch_fail_empty"),
    (r"^empty: no text left$", "batch_fail_empty"),
    (r"^binary input \(a NUL byte at byte (?P<at>[\d,]+)\)", "batch_fail_binary_at"),
    (r"^binary input", "batch_fail_binary"),
    (r"^UTF-8 text with a few broken bytes, the first at byte (?P<at>[\d,]+)", "batch_fail_broken_utf8"),
    (r"^too large: (?P<size>[\d.]+) MB, the limit for one article is (?P<limit>\d+) MB", "batch_fail_too_large"),
    (r"^too long: the article's text is (?P<kb>[\d,]+) KB; the limit is (?P<limit>\d+) KB", "batch_fail_too_long"),
    (r"^too slow to read", "batch_fail_too_slow"),
    (r"^too many agreements", "batch_fail_too_many"),
    (r"^not an article file \(only (?P<kinds>[^)]*) are read\)$", "batch_fail_not_article"),
    (r"^a zip inside a zip is not opened$", "batch_fail_nested_zip"),
    (r"^refused: compressed (?P<ratio>\d+):1", "batch_fail_zip_bomb"),
    (r"^refused: a NUL byte in the name$", "batch_fail_nul_name"),
    (r"^refused: an absolute path$", "batch_fail_absolute"),
    (r"^refused: a path that climbs out of the archive", "batch_fail_climbs"),
    (r"^refused: (?P<why>.+)$", "batch_fail_refused"),
    (r"^not a readable zip archive", "batch_fail_bad_zip"),
    (r"^cannot unpack: ", "batch_fail_unpack"),  # (the library's own words: English, left out)
    (r"^archive holds (?P<n>\d+) files; at most (?P<max>\d+) are read$", "batch_fail_zip_members"),
    (r"^(?:archive larger than|stopped: more than) (?P<mb>\d+) MB", "batch_fail_zip_total"),
    (r"^the same article is already stored$", "batch_dup_stored"),
    (r"^the same article as (?P<other>.+)$", "batch_dup_as"),
    (r"^the same article was stored meanwhile by another import$", "batch_dup_meanwhile"),
)]


def no_record_reason(reason: str, lang: str) -> str:
    """The reader's reason an article gave no record, in the page's language where its wording is
    known (else as the reader wrote it)."""
    if lang != "ko":
        return reason
    if reason.startswith(_NONE_PROPOSED):
        parts = []
        for part in reason[len(_NONE_PROPOSED):].split(", "):
            n, _, what = part.partition(" ")
            if what not in _DROPPED or not n.isdigit():
                return reason
            parts.append(t(_DROPPED[what], lang, n=int(n)))
        return t("batch_why_none_proposed", lang, parts=", ".join(parts))
    return next((t(key, lang) for lead, key in _WHOLE.items() if reason.startswith(lead)), reason)


def file_reason(reason: str, lang: str) -> str:
    """Why a file was not read, or was skipped as a duplicate, in the page's language where the
    wording is known (else as written)."""
    if lang != "ko":
        return reason
    for pattern, key in _FILE:
        m = pattern.match(reason)
        if m:
            return t(key, lang, **m.groupdict())
    return reason
