"""Every interface text in English: key -> text (`{name}` fields are filled by ui.shell.i18n.t).

ui/shell/strings_ko.py holds the same keys in Korean; tests/unit/test_strings.py checks that both have
every key with the same fields, and that every key is used.
"""

from __future__ import annotations

EN: dict[str, str] = {
    # Every page, the Map page (app.py) and the sidebar
    "app_title": "Partnership Atlas",
    "app_caption": "International partnerships of Korean cities, read from Korean news articles and press releases.",
    "language": "Language · 언어",
    "filters": "Filters",
    "filter_sector": "Sector",
    "filter_years": "Years",
    "filter_type": "Agreement type",
    "filter_kr": "Korean city",
    "filter_region": "Partner region",
    "filter_country": "Partner country",
    "filter_q": "Search",
    "filter_q_placeholder": "Title, summary, organisation or place",
    "filter_any": "All",
    "filter_clear": "Clear filters",
    "param_years_outside": "The link's years have no agreements (the records run {first}–{last}); every year is shown.",
    "param_past_the_end": "The link's `{param}` is past the end; the last one, {last}, is shown.",
    "param_years_swapped": "The link's years `from` and `to` were the wrong way round; they were swapped.",
    "param_ignored": "The link's `{param}` value could not be used and was ignored.",
    "param_repeated": "The link gives `{param}` more than once; the last one is used.",
    "filter_one_year": "All records are from {year}.",
    "filter_and_undated": "and undated",
    "filter_undated": "Include undated ties ({n} in all)",
    "filter_undated_only": "Only the undated ones",
    "filter_sector_help": (
        "A record's fields. General exchange: a tie whose source names no field, as most rows of the national table "
        "(sister and friendship cities listed by the governments)."
    ),
    "filter_undated_help": (
        "Their sources give no signing date, so no year range holds them. Ticked, they stay in view whatever the "
        "years; unticked, they are left out."
    ),
    "undated_short": "undated",
    "filter_level": "Korean government level",
    "filter_confidence": "Confidence of the source",
    "filter_confidence_help": (
        "The grade the source table gives a tie (the national layer's table). Records read from articles have no such "
        "grade."
    ),
    "filter_confidence_note": "Only ties from a graded table: records read from articles are left out.",
    "record_confidence": "Confidence of the source table: {level}",
    "timeline_undated": "{n} ties have no date and are not in the bars.",
    "metric_agreements": "Agreements",
    "metric_undated_among": "{n} of them undated",
    "metric_years_none": "No date",
    "metric_partners": "Partner places",
    "metric_countries": "Countries",
    "metric_years": "Years",
    "no_match": "No agreements match these filters. Clear a filter in the sidebar to see more.",
    "no_data": "No records to show yet. Add curated records to data/records/.",
    "problems": (
        "{n} record(s) could not be loaded and are left off the map. Fix them in data/records/ (or run `python -m "
        "partnerships validate`):"
    ),
    "db_down": (
        "The database cannot be reached just now: showing the records as they were at {when}. Saving is refused until "
        "it is back."
    ),
    "db_down_now": "The database cannot be reached just now. Try again in a moment.",
    "agreements_page": "Page",
    "agreements_rows": "Rows {first}–{last} of {n}, newest first (a column's name sorts this page)",
    "db_none": "The database cannot be reached, and no records were loaded yet. Try again in a moment.",
    "problem_file": "file",
    "problem_record": "record",
    "problem_field": "field",
    "map_alt": "Map of arcs from Korean cities to their international partners.",
    "legend_types": "Agreement type (arc colour)",
    "legend_places": "Places",
    "legend_korean": "Korean city",
    "legend_partner": "Partner",
    "legend_size": "Circle size and line width grow with the number of agreements.",
    "place_select": "Place",
    "place_placeholder": "Click a circle on the map, or type a name",
    "place_several": "{n} places on the map match {name}: choose one in the list",
    "place_not_found": "No place on the map is called {name}",
    "panel_hint": (
        "Click a circle or a line on the map, or choose a place above, to read its agreements and their sources."
    ),
    "n_agreements": "{n} agreement(s)",
    "pair_title": "{a} → {b}",
    "record_date": "Date",
    "record_inferred": "inferred",
    "record_in_english": " (in English)",
    "record_why_date": "Why this date",
    "record_type": "Type",
    "record_sectors": "Sectors",
    "record_partners": "Places",
    "record_evidence": "Evidence from the article",
    "record_row_evidence": "Evidence: row {row} of the table {file}",
    "record_row_field": "Column",
    "record_row_value": "Value",
    "tour_row_source": "Table {file}, row {row}",
    "record_source": "Source",
    "record_also_source": "Also reported by",
    "record_also_evidence": "Evidence in that report",
    "record_published": "published",
    "record_file": "file",
    "record_proposed": "Proposed, not yet reviewed",
    "text_alt": "Map as text",
    "text_places": "Places by number of agreements",
    "text_pairs": "Connections",
    "text_none": "Nothing to list.",
    "side_korean": "Korean city",
    "side_partner": "partner",
    # Add article page (pages/5_Add_article.py, ui/screens/article_review.py, ui/screens/place_picker.py)
    "add_article_title": "Add an article",
    "add_article_tab_paste": "Paste text",
    "add_article_tab_upload": "Upload a file",
    "add_article_paste_label": "Article text",
    "add_article_paste_placeholder": "Paste the whole article here, with its date line if it has one.",
    "add_article_upload_label": "Article file",
    "add_article_upload_help": ".txt, .md or .html, up to {mb} MB; UTF-8 or CP949/EUC-KR.",
    "add_article_read": "Read the article",
    "add_article_reading": "Reading the article…",
    "add_article_no_file": "Choose a file first.",
    "add_article_online": "Online geocoding (OpenStreetMap Nominatim)",
    "add_article_online_help": (
        "When on, a place the built-in gazetteer does not know can be looked up on OpenStreetMap. Off, nothing leaves "
        "this computer."
    ),
    "add_article_err_empty": "The article is empty: paste or upload some text.",
    "add_article_err_binary": "This is not a text file (it looks binary). Upload the article as .txt, .md or .html.",
    "add_article_err_too_large": (
        "The article is {size} MB; the limit is {limit} MB. Upload the article's own page or text only."
    ),
    "add_article_err_too_long": (
        "The article's text is {size} KB; the limit is {limit} KB of text (a long feature article is about 30 KB). "
        "Paste or upload one article at a time."
    ),
    "add_article_err_too_slow": (
        "The reader gave up on this text: it is too long or too crowded with agreement words to read in time. Split it "
        "into its articles and add them one by one."
    ),
    "add_article_err_too_many": (
        "The reader found more agreements in this text than one article holds (at most {limit} are proposed from one "
        "article): it is likely several articles pasted together. Split it into its articles and add them one by one."
    ),
    "add_article_err_not_korean": (
        "This does not read as a Korean article (too little Hangul). The reader handles Korean news articles and press "
        "releases."
    ),
    "add_article_err_file_type": "{name}: only {allowed} files can be read.",
    "add_article_err_unreadable": "The article could not be read: {detail}",
    "add_article_err_duplicate": (
        "This article is already in the atlas, with records waiting for review, published or retracted (stored as "
        "{file}). It was not added again. An article whose records were all rejected can be added again."
    ),
    "add_article_err_exists": "data/records/{file} already exists; nothing was saved.",
    "add_article_err_invalid": "Nothing was saved: {n} problem(s) to fix first.",
    "add_article_err_write": "Saving failed and nothing was changed: {detail}",
    "add_article_err_places": "data/places.csv cannot be read: {detail}",
    "add_article_none": "No partnership was found in this article, so there is nothing to save ({reason}).",
    "add_article_dropped": "Not proposed, with the reason: {items}",
    "add_article_article": "The article",
    "add_article_article_help": (
        "Highlighted: the sentences each record quotes, with the words that gave its type, date and places."
    ),
    "add_article_mark_evidence": "quoted sentence",
    "add_article_mark_type": "agreement word",
    "add_article_mark_date": "date",
    "add_article_mark_places": "place",
    "add_article_records": "Proposed records ({n})",
    "add_article_records_help": "Check each record against the highlighted article. Untick “keep” for a false one.",
    "add_article_record": "Record {i}",
    "add_article_confidence": "confidence {value}",
    "add_article_keep": "Keep",
    "add_article_dropped_record": "Will not be saved.",
    "add_article_type": "Agreement type",
    "add_article_sectors": "Sectors",
    "add_article_date": "Date (YYYY, YYYY-MM or YYYY-MM-DD)",
    "add_article_year": "Year {year}",
    "add_article_no_date": "No date: on saving it takes the year of the publication date, and says so.",
    "add_article_bad_date": "Not a date: write 2024, 2024-03 or 2024-03-13.",
    "add_article_stated": "Date stated in full",
    "add_article_stated_help": (
        "Tick when the article gives the whole date, year included; leave it to say how the date was worked out."
    ),
    "add_article_inferred": "Why this date (inferred)",
    "add_article_korean_places": "Korean places",
    "add_article_partner_places": "Partner places",
    "add_article_venue": "Venue",
    "add_article_no_venue": "—",
    "add_article_title_en": "Title (English)",
    "add_article_title_ko": "Title (Korean)",
    "add_article_summary_en": "Summary (English)",
    "add_article_summary_ko": "Summary (Korean)",
    "add_article_evidence": "Evidence",
    "add_article_find": "Find a place to add",
    "add_article_find_placeholder": "Korean or English name, e.g. 오덴세 or Odense",
    "add_article_matches": "Places in the gazetteer",
    "add_article_closest": "Not in the gazetteer. Closest names",
    "add_article_add_venue": "As venue",
    "add_article_add_place": "Add place",
    "add_article_unknown_place": "“{name}” is not in the gazetteer and no name is close to it.",
    "add_article_online_hint": "Turn on “Online geocoding” in the sidebar to look it up on OpenStreetMap.",
    "add_article_lookup": "Look up “{name}” online",
    "add_article_found_online": "Found online: {address}. Added as {id}; it joins the atlas's places when you save.",
    "add_article_not_found_online": "OpenStreetMap knows no place called “{name}”.",
    "add_article_bad_answer": (
        "The geocoding service's answer cannot be used, so no place was added: {detail}. Pick a gazetteer place "
        "instead, or check the name."
    ),
    "add_article_unreachable": (
        "The geocoding service cannot be reached (no network?). Pick a gazetteer place instead, or try again later. "
        "({detail})"
    ),
    "add_article_division": "state or province",
    "add_article_new_place": "new place",
    "add_article_nothing_kept": "No record is kept: tick “keep” on at least one to save.",
    "add_article_saved_places": "New places: {ids}",
    "add_article_discard": "Start over",
    # Staff pages: Agreements (pages/3_Agreements.py), Timeline (pages/4_Timeline.py),
    # Sources (pages/6_Sources.py); ui/shell/page.py, ui/screens/table.py, ui/screens/timeline.py, ui/screens/sources.py
    "page_agreements": "Agreements",
    "page_timeline": "Timeline",
    "page_sources": "Sources",
    "agreements_caption": (
        "Every agreement that matches the filters, with all its fields. Click a column header to sort; use the "
        "magnifier above the table to search it."
    ),
    "agreements_order": "Newest first (a column's name sorts the table)",
    "agreements_count": "{n} of {total} agreements",
    "column_title_en": "Title (English)",
    "column_title_ko": "Title (Korean)",
    "column_date": "Date",
    "column_year": "Year",
    "column_date_basis": "Date basis",
    "column_type": "Type",
    "column_sectors": "Sectors",
    "column_korean": "Korean places",
    "column_partners": "Partner places",
    "column_countries": "Partner countries",
    "column_regions": "Partner regions",
    "column_venue": "Venue",
    "column_parties": "Parties",
    "column_summary_en": "Summary (English)",
    "column_summary_ko": "Summary (Korean)",
    "column_map": "Map",
    "column_source": "Source",
    "column_publisher": "Publisher",
    "column_published": "Published",
    "column_url": "Original article",
    "column_evidence": "Evidence",
    "column_status": "Status",
    "column_file": "Article file",
    "column_id": "Record id",
    "link_map": "show on map",
    "link_source": "read the article",
    "status_reviewed": "reviewed",
    "status_proposed": "proposed",
    "download_heading": "Download these {n} agreements",
    "download_csv": "CSV",
    "download_csv_help": "Comma-separated, UTF-8 with a byte-order mark so Excel shows Hangul.",
    "download_xlsx": "Excel",
    "download_xlsx_help": "An Excel workbook, one row per agreement.",
    "download_geojson": "GeoJSON",
    "download_geojson_help": "Lines from each Korean city to its partners, for GIS tools.",
    "timeline_caption": (
        "Agreements per year. Drag across the bars to choose years: the choice becomes the year filter on every page."
    ),
    "timeline_by": "Stack by",
    "timeline_by_type": "Agreement type",
    "timeline_by_sector": "Sector",
    "timeline_year": "Year",
    "timeline_count": "Agreements",
    "timeline_sector_note": "An agreement in several sectors counts once in each.",
    "timeline_span": "Year filter: {a}–{b}",
    "timeline_all_years": "Show every year",
    "timeline_alt": "Bar chart of agreements per year, stacked by {by}.",
    "timeline_table": "Numbers as a table",
    "sources_caption": "Each article as published, with the sentences that support its records highlighted.",
    "sources_article": "Article",
    "sources_publisher": "Publisher",
    "sources_published": "Published",
    "sources_url": "Address",
    "sources_more_urls": "and {n} more",
    "sources_all_urls": "All {n} web addresses of this source",
    "sources_no_url": "no web address recorded",
    "sources_file": "File",
    "sources_unknown": "not recorded",
    "sources_records": "Records drawn from this article",
    "sources_no_records": "No records have been drawn from this article yet. Add them on the Add article page.",
    "sources_article_map": "Show this article's agreements on the map",
    "sources_on_map": "Show on the map",
    "sources_missing": "There is no article {name} in seeds/. Choose one from the list.",
    "sources_one_record": "One record of the {n} drawn from this source: the one the link asked for.",
    "sources_show_all": "Show all {n}",
    "sources_record_missing": "No published record {rid} in this source: all its records are shown.",
    "sources_none": "No articles in seeds/ yet.",
    "sources_unreadable": "The article {name} cannot be read as UTF-8 text. Save it again as UTF-8 in seeds/.",
    "sources_filtered": "Articles with agreements matching the filters: {n} of {total}.",
    "sources_page": "Page of the article list (of {pages})",
    "sources_n_records": "{n} record(s)",
    "sources_legend": (
        "Highlighted: sentences quoted as evidence, coloured by agreement type. Hover one to see its record."
    ),
    # Tour page (pages/2_Tour.py; ui/screens/tour.py, ui/screens/presentation.py)
    "page_map": "Map",
    "page_tour": "Tour",
    "tour_scope": "Show",
    "tour_scope_all": "All records",
    "tour_scope_filtered": "Current filters",
    "tour_order": "Order",
    "tour_own_title": "Your tour ({n})",
    "tour_own_left_out": (
        "Steps of the link left out (not published, no such record, or past the {most} a tour holds): {n}"
    ),
    "tour_build": "Make your own tour",
    "tour_build_link": "Link to this tour",
    "tour_build_pick": "Agreements, in the order of the tour",
    "tour_build_help": (
        "Pick up to {n} agreements in the order they should be shown. The tour runs them at once; its link (Link to "
        "this view) keeps them, and the buttons below download exactly these."
    ),
    "tour_build_none": "Pick agreements",
    "tour_order_time": "Oldest first",
    "tour_prev": "◀ Previous",
    "tour_next": "Next ▶",
    "map_fit": "⤢ Fit",
    "map_fit_help": "Frame everything drawn on the map again",
    "tour_first": "First step (Home)",
    "tour_last": "Last step (End)",
    "tour_play": "Autoplay",
    "tour_every": "Seconds per step",
    "tour_present": "Presentation look",
    "tour_present_help": (
        "Hides the sidebar and every control and enlarges the type so it reads from the back of a room. → ← PageDown "
        "PageUp Space Home End (and clickers) step through; F5 starts it and Esc leaves it."
    ),
    "tour_step": "{i} of {n}",
    "tour_empty": "No records to tour. Clear a filter, or choose \"All records\".",
    "tour_agreed": "What was agreed",
    "tour_quote": "From the source",
    "tour_domestic": "In Korea, no foreign partner",
    "tour_skipped": "Steps skipped (their records are not published): {n}",
    "tour_problems": "Some saved tours could not be read in full; what was left out:",
    "tour_map_alt": "Map focused on the current record's places, with its arcs drawn thick.",
    # Map page: take-away files (ui/map/takeaway.py), year play (ui/map/timeplay.py);
    # every page: theme (ui/shell/theme.py).
    "takeaway_html": "Interactive map (HTML)",
    "takeaway_html_help": "One file that opens in any browser with no internet or server: pan, zoom and hover as here.",
    "takeaway_png": "Image for slides (PNG)",
    "takeaway_png_help": "The current view as a 1600×900 picture with a title and a legend.",
    "takeaway_no_font": (
        "No Korean (Noto Sans CJK) font was found on the server: Korean text in the image may show as boxes."
    ),
    "year_play_play": "Play years",
    "year_play_pause": "Pause",
    "year_play_help": "Partnerships appear year by year: the end of the year filter moves forward once a second.",
    "year_play_year": "Up to {year}",
    "theme_dark": "Dark theme",
    "arcs_capped": (
        "The map draws the {shown:,} busiest of {total:,} connections; narrow the filters to see the others."
    ),
    # Staff: sign-in (ui/shell/auth.py)
    "auth_staff": "Staff sign-in",
    "auth_name": "Account name",
    "auth_password": "Password",
    "auth_sign_in": "Sign in",
    "auth_sign_in_with": "Sign in with {provider}",
    "auth_sign_out": "Sign out",
    "auth_signed_in": "Signed in as **{name}** ({role})",
    "auth_signed_out_elsewhere": "You were signed out in another tab or window of this browser.",
    "auth_session_ended": (
        "You were signed out: your account changed (a new password, or it was removed) or the session was left idle "
        "for hours. Sign in again."
    ),
    "auth_refused": "Wrong name or password.",
    "auth_too_many": "Too many failed sign-ins for this name. Try again in {minutes} min.",
    "auth_no_role": "{name} has no staff account here; you can read the public atlas.",
    "auth_store_down": "The database cannot be reached now: {detail}",
    "auth_need_editor": "Sign in as an editor or reviewer (in the sidebar) to add articles.",
    "auth_need_reviewer": "Sign in as a reviewer (in the sidebar) to review records.",
    "auth_not_allowed": "Your account may not do this ({action}).",
    "role_viewer": "viewer",
    "role_editor": "editor",
    "role_reviewer": "reviewer",
    # statuses
    "own_proposals": "Your proposals ({n})",
    "own_proposals_none": "You have not proposed a record yet.",
    "own_proposals_title": "Title",
    "own_proposals_status": "Status",
    "own_proposals_reason": "Reviewer's reason",
    "status_removed": "removed",
    "status_published": "published",
    "status_rejected": "rejected",
    "status_merged": "merged (a second source of a published record)",
    "status_retracted": "retracted",
    # review page
    "page_review": "Review",
    "review_caption": (
        "Proposed records from every article, oldest first. Publish, edit then publish, or reject with a reason. Only "
        "published records reach the public pages."
    ),
    "review_empty": "Nothing waits for review.",
    "review_count": "{n} proposed record(s)",
    "review_page": "Page (of {pages})",
    "review_showing": "Showing {first}–{last} of {n}, oldest first",
    "review_reject_source": "Reject everything from one source",
    "review_reject_source_pick": "Source (records waiting)",
    "review_reject_source_go": "Reject its {n} records",
    "review_rejected_n": "{n} records of {file}",
    "review_select": "Select",
    "review_pick_all": "Select all {n} on this page",
    "review_pick_none": "Clear the selection",
    "review_bulk_held": (
        "Not published, as their source's publisher and publication date are needed first (fill them in on each card): "
        "{titles}"
    ),
    "review_bulk": "Publish the {n} selected",
    "review_publish": "Publish",
    "review_edits_hint": (
        "You changed this record: publish it with “Save edits and publish”, with a reason (none is needed when you "
        "only filled in the source’s blanks)."
    ),
    "review_edit_publish": "Save edits and publish",
    "review_reject": "Reject",
    "review_reason": "Reason (required to reject, edit, retract or revert)",
    "review_need_reason": "Write a reason first.",
    "review_done": "Done — {action}: {rid}",
    "review_changed": (
        "Someone changed this record while you were looking at it. Both versions are below; your edits are kept in the "
        "form. Check them and save again."
    ),
    "review_theirs": "Stored now (version {v})",
    "review_yours": "Yours",
    "review_address": "Address: **{host}** · {url}",
    "review_source_missing": (
        "This proposal's source has no publisher or no publication date: fill them in below before publishing, so the "
        "public card credits its source."
    ),
    "review_from": "From {file} · {publisher} · {published}",
    "review_merge_title": "One agreement reported more than once",
    "review_date_basis": "Date {basis}",
    "review_merge_more": "{shown} of {n} merge offers are shown; the next appear once these are merged or reviewed.",
    "review_merge_help": (
        "Same parties, same type, dates within {days} days (or a year or month and a day in it), from two articles or "
        "sheets: merge them into one published record with both sources, dated to the day if either is. A merge can be "
        "undone."
    ),
    "review_merge": "Merge the second into the first",
    "review_unmerge": "Undo merge {n}",
    "review_merge_gone": (
        "That merge offer is gone: meanwhile another reviewer merged, published or rejected one of its two records. "
        "Nothing was changed; the lists below are as they stand now."
    ),
    "review_unmerge_gone": "That merge was already undone meanwhile, by another reviewer. Nothing was changed.",
    "review_merges_done": "Merges ({n})",
    "review_error": "Not saved: {detail}",
    # published records: edit, retract, history
    "audit_create": "added",
    "audit_edit": "edited",
    "audit_publish": "published",
    "audit_reject": "rejected",
    "audit_retract": "retracted",
    "audit_revert": "reverted",
    "audit_merge": "merged",
    "audit_unmerge": "unmerged",
    "audit_remove": "removed",
    "audit_move": "moved to another file",
    "history_who_national": "national layer (data/national/ties.csv)",
    "history_who_load": "file load",
    "audit_load": "loaded",
    "audit_save_preset": "saved a column preset",
    "share_title": "Link to this view",
    "share_help": "Opens this page with the same filters, selection and language. Copy it with its button.",
    "national_column_korean_gov_ko": "Korean government (Korean)",
    "national_column_korean_gov_en": "Korean government (English)",
    "national_column_korean_level": "Level",
    "national_column_partner_name_en": "Partner (English)",
    "national_column_partner_name_ko": "Partner (Korean)",
    "national_column_partner_admin_en": "Partner's province or state",
    "national_column_partner_country_iso2": "Partner's country (code)",
    "national_column_tie_type": "Kind of tie",
    "national_column_date": "Date",
    "national_column_source_url": "Source page",
    "national_column_confidence": "Confidence",
    "national_column_note": "Note (English)",
    "national_publisher": "Korean local governments' international exchange ties (the national layer's table)",
    "batch_records_proposed": "Records proposed, to check before review",
    "batch_stored_as": "stored as",
    "batch_title": "title",
    "batch_type": "type",
    "batch_date": "date",
    "batch_partner": "partner",
    "batch_fail_empty": "empty: there is no text to read",
    "batch_fail_binary_at": "binary input (a NUL byte at byte {at}): give the article as text or HTML",
    "batch_fail_binary": "binary input: give the article as text or HTML",
    "batch_fail_broken_utf8": "UTF-8 text with broken bytes, the first at byte {at}: save it again as UTF-8",
    "batch_fail_too_large": "too large: {size} MB, the limit for one article is {limit} MB",
    "batch_fail_too_long": "too long: the article's text is {kb} KB; the limit is {limit} KB of text",
    "batch_fail_too_slow": "too slow to read: the article is too long or too crowded with agreement words",
    "batch_fail_too_many": "too many agreements in one text: split it into its articles",
    "batch_fail_not_article": "not an article file (only {kinds} are read)",
    "batch_fail_nested_zip": "a zip inside a zip is not opened",
    "batch_fail_zip_bomb": "refused: compressed {ratio}:1, which looks like a zip bomb",
    "batch_fail_nul_name": "refused: a NUL byte in the name",
    "batch_fail_absolute": "refused: an absolute path",
    "batch_fail_climbs": "refused: a path that climbs out of the archive (..)",
    "batch_fail_refused": "refused: {why}",
    "batch_fail_bad_zip": "not a readable zip archive",
    "batch_fail_unpack": "cannot unpack: the member is damaged or encrypted",
    "batch_fail_zip_members": "the archive holds {n} files; at most {max} are read",
    "batch_fail_zip_total": "more than {mb} MB in one archive",
    "batch_dup_stored": "the same article is already stored",
    "batch_dup_as": "the same article as {other}",
    "batch_dup_meanwhile": "the same article was stored meanwhile by another import",
    "batch_why_none_proposed": "agreements found, none proposed: {parts}",
    "batch_why_history": "{n} told as history",
    "batch_why_domestic": "{n} with no partner abroad",
    "batch_why_no_korean": "{n} with no Korean place",
    "batch_why_unknown": "{n} with a partner not in the gazetteer",
    "batch_why_no_partner": "{n} with no partner place",
    "batch_why_plans_only": (
        "agreement wording found, but only as plans, visits, proposals or talks (nothing reported as signed, held or "
        "opened)"
    ),
    "batch_why_no_wording": "no partnership wording (업무협약, 의향서, 자매결연, 로드쇼 ...) in the article",
    "batch_articles_read": "Articles read",
    "batch_records": "records proposed",
    "history_title": "History",
    "history_recent": "Latest changes",
    "history_none": "No change recorded since it was loaded from the record files.",
    "history_revert": "Revert change #{n}",
    "history_revert_changed": (
        "{rid} changed after this list was shown, so nothing was reverted. Its latest change is now at the top: look "
        "at it, then revert again if you still want to."
    ),
    "history_edit": "Edit or retract",
    "history_save": "Save edit",
    "history_retract": "Retract",
    "history_retracted": "This record was retracted: {reason}",
    # Add article: saving drafts for review
    "add_article_caption": (
        "Paste a Korean news article or press release, or upload it as a file. Check the partnerships read from it, "
        "write their titles and summaries, and save them as proposals: a reviewer publishes them."
    ),
    "add_article_save": "Propose {n} record(s) for review",
    "add_article_saved": (
        "Saved {n} proposed record(s) from the article {seed}. A reviewer publishes them from the Review page; until "
        "then they are not public."
    ),
    "add_article_source_head": "The article",
    "add_article_url": "Web address (optional)",
    "add_article_need_url": "The web address must start with http:// or https:// and hold no spaces",
    "add_article_publisher": "Publisher (required)",
    "add_article_published": "Publication date, YYYY-MM-DD (required)",
    "add_article_publisher_optional": "Publisher",
    "add_article_published_optional": "Publication date, YYYY-MM-DD",
    "add_article_need_publisher": "Write the publisher of the article.",
    "add_article_need_published": "Write the article's publication date as YYYY-MM-DD, from 1945 to today.",
    "add_article_redate_dropped": (
        "Read again with {date}, the article no longer gives {n} of the records the first reading proposed: {titles}. "
        "Dated, the reader takes them for earlier ties or plans, not this article's news."
    ),
    "add_article_redate": "Read again with {date}",
    "add_article_redate_help": (
        "The records were read without this publication date: read the article again to date relative days ('지난 "
        "14일', '전날') and undated records from {date}. Your edits to the records below start over."
    ),
    "add_article_place_partner": (
        "The reader left this record out: its partner ({name}) is not in the gazetteer. Find the partner below "
        "(online, when the look-up is on) or leave the record unkept."
    ),
    "add_article_need_places": "Record {i}: choose its Korean place and its partner",
    "add_article_need_text": (
        "Record {i}: write both titles and both summaries (the suggestions in grey are not saved)."
    ),
    "add_article_use_suggestion": "Use the suggested titles and summaries",
    # Add article: several files (ui/screens/batch_upload.py) and spreadsheets (ui/screens/table_import.py)
    "batch_tab": "Several files",
    "batch_tab_table": "Spreadsheet",
    "batch_label": "Articles (.txt, .md, .html, .htm, or .zip of them)",
    "batch_help": "Each article's records go to the review queue as proposed; an article already stored is skipped.",
    "batch_published": "Publication date for files that carry none",
    "batch_from_name": "Take the date from each file's name",
    "batch_read": "Read all",
    "batch_none": "Choose one or more files first.",
    "batch_progress": "{done} of {total}: {name}",
    "batch_summary": "Summary",
    "batch_what": "what",
    "batch_count": "count",
    "batch_file": "file",
    "batch_out_of_time": (
        "Not read: this upload's reading time ({minutes} min) ran out first. Nothing of it was stored, so adding the "
        "file again reads it."
    ),
    "batch_no_date": (
        "Not stored: no publication date was found on the page, so its records have no year. Give the date for files "
        "without one and read it again."
    ),
    "batch_reason": "reason",
    "batch_failures": "Failures",
    "batch_duplicates": "Duplicates skipped",
    "batch_row_files": "files",
    "batch_row_articles": "articles read",
    "batch_row_proposed": "records proposed",
    "batch_row_duplicates": "duplicates skipped",
    "batch_row_empty": "articles without a partnership",
    "batch_row_failures": "failures",
    "import_label": "Spreadsheet of partnerships (.xlsx, .xls, .csv)",
    "import_help": (
        "Files up to 2 MB (about 20,000 rows). A larger sheet: `python -m partnerships import-table FILE` on the "
        "server reads up to 20 MB and 100,000 rows."
    ),
    "import_sheet": "Sheet",
    "import_undated": "Rows with no date become undated records (else they are listed as not imported)",
    "import_preset": "Saved mapping",
    "import_guess": "(guess from the headers)",
    "import_found": "Header: {header}; {n} data row(s). Check which column holds what:",
    "import_none_col": "— none —",
    "import_publisher": (
        "Who these rows come from (shown as their source, e.g. “Cheonan City international relations team”)"
    ),
    "import_kept": (
        "{n} rows changed whose records were also changed in the app since the last import: the app's version stands."
    ),
    "import_hidden_columns": "Columns hidden in the workbook were left out: {columns}.",
    "import_above": (
        "Not imported: data above the header row, in sheet row(s) {rows}. Move it below the header and import again."
    ),
    "import_hidden": "{n} rows hidden in the workbook (by a filter, or by hand) were left out: rows {rows}.",
    "import_held": "{n} rows changed whose records are reviewed already: a reviewer edits them on the map.",
    "import_fixed_korean": "Korean government for every row (when no column holds it)",
    "import_needs_reviewer": (
        "Not imported: rows of this sheet are already published, and a new version of it takes a reviewer. Ask a "
        "reviewer, or give the file another name to propose its rows as new."
    ),
    "import_missing": "Still missing: {fields}",
    "import_preview": "First rows as read",
    "import_looking_up": "Looking up place {n} of at most {cap} online: {name}",
    "import_rows": "Import rows for review",
    "import_save_as": "Save this mapping as",
    "import_save": "Save mapping",
    "import_saved": "Saved mapping {name}.",
    "import_row": "row",
    "import_suggest": "nearest places",
    "import_errors": "Rows not imported",
    "import_unkept_links": (
        "Source links not kept in rows {rows}: too long, not a web page's (data:, file:, a relative path), or holding "
        "characters that turn text. The cell's words stay in each row's quote."
    ),
    "import_unread_sectors": (
        "Sectors not recognised: these rows took their type's usual sector (a reviewer can set another):"
    ),
    "import_rows_list": "rows {rows}",
    "import_row_list": "row {rows}",
    "import_row_rows": "rows read",
    "import_row_added": "records added",
    "import_row_updated": "records updated",
    "import_row_unchanged": "unchanged (imported before)",
    "import_row_merges": "already published (offered as a merge)",
    "import_row_waiting": "already waiting for review (from another sheet)",
    "import_waiting": (
        "{n} rows were not added again: the same ties already wait for review from {sheets} (this sheet under another "
        "name or encoding, or a list that repeats it)."
    ),
    "import_row_errors": "rows with errors",
    "import_fix_places": "Places the gazetteer lacks: pick the right one, then import again (saved with the mapping)",
    "import_bad_file": "This file cannot be read: {detail}",
    "map_korea": "⊕ Korea",
    "map_world": "⊖ World",
    "map_korea_help": (
        "Frame Korea and draw every city, county and district (at world zoom they are grouped by metropolitan city and "
        "province)"
    ),
    "focus_select": "Bring forward",
    "focus_placeholder": "A partner country or a Korean government",
    "focus_help": "Its arcs are drawn on top and the others dimmed; the choice is in the link",
    "area_members": "{n} government(s): {names}",
    "country_years_left_out": "Korea and {country}: {n} dated tie(s) by year; {undated} without a date left out",
    "country_years": "Korea and {country}: {n} dated tie(s) by year; {undated} without a date",
    "metric_year": "Year",
    "arcs_by_country": (
        "At world zoom, arcs are grouped by partner country (width: number of ties) and Korea by province; zoom in on "
        "Korea to see each city, or use ⊕ Korea or a country filter to draw each city's arcs"
    ),
    "place_find": "Find a place",
    "takeaway_open": "Download this map",
}
