"""Tour: step through the partnerships one at a time, for presenters."""

from ui.screens import tour
from ui.shell import page

ctx = page.setup("page_tour", records=False, heading=False)
tour.show(ctx)
ctx.finish()
