"""Spreadsheets of partnerships (.xlsx, .xls, .csv) -> proposed records, one per row.

    sheet = read.read_sheet(data, "자매결연현황.xlsx")            # merged cells filled in
    table = header.find_header(sheet)                            # header rows and column labels
    mapping = columns.guess(table.labels)                        # field -> column, editable
    result = importer.import_rows(table, mapping, file="자매결연현황.xlsx", sink=..., gazetteer=...)

Each row's record quotes the row itself as its evidence and names the file, sheet and row as its
source; a bad row is listed with its number and reason and the other rows still import; a stable
key per row (Korean side, partner, type) makes a second import of the same file add nothing.
"""
