#!/usr/bin/env python3
"""Writes the akimat-style tables as flat ODS (.fods) with merged heading rows, date
cells, a percentage cell and rich text; `make-fixtures.sh` has LibreOffice save them as
.xlsx into ../Fixtures. Run once by hand; the tests read the .xlsx and need neither."""
from xml.sax.saxutils import escape

HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>
 <number:date-style style:name="Ddmy"><number:day number:style="long"/><number:text>.</number:text><number:month number:style="long"/><number:text>.</number:text><number:year number:style="long"/></number:date-style>
 <number:percentage-style style:name="Pct"><number:number number:decimal-places="0" number:min-integer-digits="1"/><number:text>%</number:text></number:percentage-style>
 <style:style style:name="date" style:family="table-cell" style:data-style-name="Ddmy"/>
 <style:style style:name="pct" style:family="table-cell" style:data-style-name="Pct"/>
 <style:style style:name="bold" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
</office:automatic-styles>
<office:body><office:spreadsheet>
"""
TAIL = "</office:spreadsheet></office:body></office:document>\n"
WIDTH = 8


def cell(v):
    """A cell: str (text), ('date', 'YYYY-MM-DD'), ('pct', 0.5), ('rich', [(text, bold)]), None."""
    if v is None:
        return "<table:table-cell/>"
    if isinstance(v, tuple) and v[0] == "date":
        return f'<table:table-cell table:style-name="date" office:value-type="date" office:date-value="{v[1]}"><text:p>{v[1]}</text:p></table:table-cell>'
    if isinstance(v, tuple) and v[0] == "pct":
        return f'<table:table-cell table:style-name="pct" office:value-type="percentage" office:value="{v[1]}"><text:p>{int(v[1]*100)}%</text:p></table:table-cell>'
    if isinstance(v, tuple) and v[0] == "rich":
        runs = "".join(f'<text:span text:style-name="bold">{escape(t)}</text:span>' if b else escape(t) for t, b in v[1])
        return f'<table:table-cell office:value-type="string"><text:p>{runs}</text:p></table:table-cell>'
    if isinstance(v, (int, float)):
        return f'<table:table-cell office:value-type="float" office:value="{v}"><text:p>{v}</text:p></table:table-cell>'
    return f'<table:table-cell office:value-type="string"><text:p>{escape(v)}</text:p></table:table-cell>'


def row(cells, width):
    if isinstance(cells, dict) and "number" in cells:
        # The number in column A, the heading merged over the rest of the row.
        return (f'<table:table-row>{cell(cells["number"])}<table:table-cell table:number-columns-spanned="{width-1}" office:value-type="string"><text:p>{escape(cells["merged"])}</text:p></table:table-cell>'
                + f'<table:covered-table-cell table:number-columns-repeated="{width-2}"/></table:table-row>\n')
    if isinstance(cells, dict) and "merged" in cells:
        return (f'<table:table-row><table:table-cell table:number-columns-spanned="{width}" office:value-type="string"><text:p>{escape(cells["merged"])}</text:p></table:table-cell>'
                + f'<table:covered-table-cell table:number-columns-repeated="{width-1}"/></table:table-row>\n')
    return "<table:table-row>" + "".join(cell(c) for c in cells) + "</table:table-row>\n"


def sheet(name, rows, width):
    return f'<table:table table:name="{escape(name)}">' + f'<table:table-column table:number-columns-repeated="{width}"/>' + "".join(row(r, width) for r in rows) + "</table:table>\n"


def write(path, sheets):
    with open(path, "w", encoding="utf-8") as f:
        f.write(HEAD + "".join(sheet(n, r, w) for n, r, w in sheets) + TAIL)


# Kazakh: directions and projects as merged heading rows, a row of column numbers.
kk_rows = [
    {"merged": "Батыс Қазақстан облысының 2024–2025 жылдарға арналған жол картасы"},
    ["№", "Іс-шара", "Аяқтау нысаны", "Мерзімі", "Жауаптылар", "Орындалу барысы", "Ескертпе"],
    [1, 2, 3, 4, 5, 6, 7],
    {"merged": "1. Өмір сапасын арттыру"},
    {"merged": "«Мектептер» жобасы"},
    [1, ("rich", [("Жаңа ", False), ("мектеп", True), (" салу", False)]), "пайдалануға беру актісі", ("date", "2024-09-01"), "Білім басқармасы", "орындалды", None],
    [2, "Мектептерді жөндеу", "әкімдікке ақпарат", "2024 жылғы желтоқсан", "Білім басқармасы", "орындалуда", "2 мектеп"],
    [3, "Спорт залдарын жабдықтау", "ақпарат", "IV тоқсан 2025", "Дене шынықтыру басқармасы", "басталмаған", None],
    {"number": "2", "merged": "Кірістерді арттыру"},
    {"merged": "«Ауыл аманаты» жобасы"},
    [4, "Шағын несиелер беру", "есеп", "желтоқсан 2024", "Ауыл шаруашылығы басқармасы", ("pct", 1), None],
    [5, "Кооперативтерді қолдау", "ақпарат", "2025 жыл", "Кәсіпкерлік басқармасы", "45%", None],
]
write("akimat-kk.fods", [("Жол картасы", kk_rows, 7), ("Анықтама", [["Бұл парақта кесте жоқ"]], 1)])

# Russian: directions and projects as columns.
ru_rows = [
    ["Дорожная карта Западно-Казахстанской области"],
    ["№ п/п", "Направление", "Проект", "Наименование мероприятия", "Форма завершения", "Срок исполнения", "Ответственные исполнители", "Ход исполнения"],
    [1, "Повышение качества жизни", "Школы", "Строительство школы на 300 мест", "акт ввода", "31.12.2024", "Управление образования", "исполнено"],
    [2, "Повышение качества жизни", "Школы", "Ремонт школ", "информация в акимат", "4 квартал 2024", "Управление образования", "в работе"],
    [3, "Повышение качества жизни", "Дороги", "Ремонт дорог", "акт", "декабрь 2024", "Управление пассажирского транспорта", "Исполнено. Отремонтировано 12 км"],
    [4, "Рост доходов", "Ауыл аманаты", "Выдача микрокредитов", "отчёт", ("date", "2025-06-30"), "Управление сельского хозяйства", "не начато"],
    [5, "Рост доходов", "Ауыл аманаты", "Поддержка кооперативов", "информация", "2025 год", "Управление предпринимательства", "исполняется"],
]
write("akimat-ru.fods", [("Лист1", ru_rows, 8)])

# Bad rows: «32.13.2024» at D14, an unknown status at F10, a row without a title at 12.
bad = [["Дорожная карта"], ["№", "Мероприятие", "Форма завершения", "Срок", "Ответственные", "Статус"]]
for n in range(3, 15):
    bad.append([n - 2, f"Мероприятие {n - 2}", "информация", "31.12.2024", "Управление образования", "исполнено"])
bad[9][5] = "почти готово"
bad[11][1] = None
bad[13][3] = "32.13.2024"
write("bad-rows.fods", [("Лист1", bad, 6)])
