"""Batches of saved articles -> proposed records.

    from partnerships.ingest import run_batch
    summary = run_batch([Path("clippings/")], sink=proposals.default_sink(), published=None)
    print(summary.table())

`sources` reads files, folders and zip archives (each unusable file becomes a `Failure` with its
reason), `html` turns a saved page into its main text and metadata, `worker` reads one article in
a pool process, `batch` runs the pool and collects a `Summary`.
"""

from partnerships.ingest.batch import Summary, run_batch

__all__ = ["Summary", "run_batch"]
