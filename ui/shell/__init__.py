"""What every page shares: page setup (`page`), the page list and sidebar (`page_list`, `nav`,
`filters`), URL parameters, sign-in, cached data, theme, layout, safe markup, and the interface
texts (`i18n`, `strings_en`, `strings_ko`)."""
