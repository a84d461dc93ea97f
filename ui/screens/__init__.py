"""Each page's own modules, named after what they draw: the Tour (`tour`, `presentation`), the
Agreements table (`table`), the Timeline chart (`timeline`), Add article (`article_review`,
`batch_upload`, `table_import`, `place_picker`), Sources (`sources`) and Review (`review_queue`,
`record_staff`)."""
