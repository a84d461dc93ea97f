"""Tour: step through the partnerships one at a time, for presenters."""

from ui import page, tour

tour.show(page.setup("page_tour", records=False))
