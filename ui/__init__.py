"""Everything drawn, in three groups: `ui.map` (the Map page and its parts), `ui.screens` (each
other page's own modules) and `ui.shell` (what every page shares: setup, sidebar, texts, theme)."""
