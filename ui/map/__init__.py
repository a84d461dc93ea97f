"""The Map page and its parts: the deck, legend, labels, selection and its panel, headline
numbers, framing, Korea at national scale, the year player and the take-away exports."""
