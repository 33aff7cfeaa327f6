import RoadmapKit
import Testing

@testable import RoadmapImport

/// Headers, statuses, heading rows and columns, CSV dialects and encodings.
@Suite struct TableTests {
  @Test func headersInKazakhRussianAndOnARussianKeyboard() {
    let v = Vocabulary.standard
    let cases: [(String, ImportColumn?)] = [
      ("№", .number), ("№ п/п", .number), ("Іс-шара", .activity), ("Іс-шараның атауы", .activity),
      ("Атауы", .activity), ("Мероприятие", .activity), ("Наименование мероприятия", .activity),
      ("Аяқтау нысаны", .form), ("Форма завершения", .form), ("Мерзімі", .due), ("Орындау мерзімі", .due),
      ("Срок исполнения", .due), ("СРОК", .due), ("Жауаптылар", .owner), ("Жауапты орындаушылар", .owner),
      ("Ответственные", .owner), ("Ответственные исполнители", .owner), ("Орындалу барысы", .status),
      ("Ход исполнения", .status), ("Статус", .status), ("Мәртебесі", .status), ("Бағыт", .direction),
      ("Направление", .direction), ("Жоба", .project), ("Проект", .project), ("Ескертпе", .note),
      ("Примечание", .note), ("Наименование проекта", .project),
      // Typed on a Russian keyboard: а for ә, к for қ, и for і; spaces and case anyhow.
      ("Ис-шаранын атауы", .activity), ("ОРЫНДАУ  МЕРЗИМИ:", .due), ("Жауапты орындаушылар\n", .owner),
      ("overdue", nil), ("Сумма", nil), ("", nil), ("Мерзімі өткен", nil), ("Просрочено", nil),
    ]
    for (header, column) in cases { #expect(v.column(forHeader: header) == column, "\(header)") }
  }

  @Test func statusWordsOfEitherLanguageAndPercentages() {
    let v = Vocabulary.standard
    let cases: [(String, Status?, Bool)] = [
      ("орындалды", .done, false), ("Орындалды.", .done, false), ("орындалуда", .inProgress, false),
      ("исполнено", .done, false), ("Исполнено", .done, false), ("в работе", .inProgress, false),
      ("не начато", .pending, false), ("не исполнено", .pending, false), ("орындалмады", .pending, false),
      ("басталмаған", .pending, false), ("100%", .done, false), ("0 %", .pending, false),
      ("45,5%", .inProgress, false), ("Исполнено. Построено 3 школы", .done, true),
      ("75% — жұмыс жүріп жатыр", .inProgress, true), ("почти готово", nil, false), ("исполнен", nil, false),
    ]
    for (text, status, more) in cases {
      let got = v.status(text)
      #expect(got?.0 == status, "\(text)")
      if status != nil { #expect(got?.hasMore == more, "\(text)") }
    }
  }

  @Test func headingRowsNumberedQuotedOrNamed() {
    let cases: [(String, SectionRows.Level, String)] = [
      ("1. Өмір сапасын арттыру", .direction, "Өмір сапасын арттыру"),
      ("II. Рост доходов", .direction, "Рост доходов"),
      ("Бағыт 2. Кірістерді арттыру", .direction, "Кірістерді арттыру"),
      ("«Ауыл аманаты» жобасы", .project, "Ауыл аманаты"),
      ("Проект «Ауыл аманаты»", .project, "Ауыл аманаты"),
      ("1.1. «Ұлттық мұра» жобасы", .project, "Ұлттық мұра"),
      ("1.2 Дороги", .project, "Дороги"),
      ("Мектептер", .either, "Мектептер"),
    ]
    for (text, level, title) in cases {
      let (l, t) = SectionRows.heading(text)
      #expect(l == level && t == title, "\(text): \(l) \(t)")
    }
  }

  @Test func loneTextRowsOpenADirectionThenProjects() throws {
    let r = try imported(csv: """
      №,Мероприятие,Срок,Статус
      Повышение качества жизни
      Школы
      1,Строительство школы,2024,исполнено
      Дороги
      2,Ремонт дорог,2025,в работе
      2. Рост доходов
      3,Кредиты,2025,не начато
      """)
    #expect(rows(r).map { "\($0.direction)/\($0.project)/\($0.activity.title.resolved())" } == [
      "Повышение качества жизни/Школы/Строительство школы", "Повышение качества жизни/Дороги/Ремонт дорог",
      "Рост доходов/Рост доходов/Кредиты",
    ])
  }

  @Test func repeatedHeadersColumnNumbersAndEmptyNumberedRowsAreSkipped() throws {
    let r = try imported(csv: """
      №;Іс-шара;Мерзімі;Орындалу барысы
      1;2;3;4
      1. Өмір сапасын арттыру
      1;Мектеп салу;2024 жыл;орындалды
      2
      №;Іс-шара;Мерзімі;Орындалу барысы
      1;2;3;4
      3;Жол жөндеу;2025 жыл;орындалуда
      """)
    #expect(r.directions.map { $0.title.resolved() } == ["Өмір сапасын арттыру"])
    #expect(rows(r).map { $0.activity.title.resolved() } == ["Мектеп салу", "Жол жөндеу"])
  }

  @Test func aTableWithoutHeadingsIsOneDirectionOfTheSheetsName() throws {
    let r = try imported(csv: "Атауы;Мерзімі\nМектеп салу;2024 жыл\nЖол жөндеу;2025 жыл\n", testOptions("кесте"))
    #expect(r.directions.map { $0.title.resolved() } == ["кесте"])
    #expect(rows(r).map { $0.activity.due?.description } == ["2024-12-31", "2025-12-31"])
    #expect(rows(r).allSatisfy { $0.activity.status == .pending })
  }

  @Test func mapOverridesHeadersAndFindsTablesWithout() throws {
    #expect(ColumnMapping.parse("activity=B,due=d") == .success([.activity: 1, .due: 3]))
    #expect(ColumnMapping.parse("what=B") == .failure(.unknownColumn("what")))
    #expect(ColumnMapping.parse("due=D1") == .failure(.badLetters("D1")))
    #expect(ColumnMapping.parse("due") == .failure(.malformed("due")))
    var options = testOptions()
    options.mapping = [.activity: 0, .due: 2]
    // No header at all: every row is data; column B is not read.
    let r = try imported(csv: "Мектеп салу,бірдеңе,31.12.2024\nЖол,x,2025\n", options)
    #expect(rows(r).map { $0.activity.title.resolved() } == ["Мектеп салу", "Жол"])
    #expect(rows(r).map { $0.activity.due?.description } == ["2024-12-31", "2025-12-31"])
  }

  @Test func withoutATableTheImportSaysSo() {
    let failure = problems(Array("a,b\n1,2\n".utf8))
    #expect(failure?.problems.map(\.kind) == [.noHeader])
  }

  @Test func delimitersQuotesAndLineBreaks() {
    #expect(CSVReader.sniffDelimiter("a;b;c\n1;2,5;3\n") == ";")
    #expect(CSVReader.sniffDelimiter("a,b,c\n\"x;y;z\",2,3\n") == ",")
    let records = CSVReader.records("a,\"b,\"\"c\"\"\nd\",e\r\nf,,g\rh\n", delimiter: ",")
    #expect(records == [["a", "b,\"c\"\nd", "e"], ["f", "", "g"], ["h"]])
    // jolkarta's own export defuses formulas with a '; it is undone on the way back.
    #expect(CSVReader.defused("'=SUM(A1)") == "=SUM(A1)")
    #expect(CSVReader.defused("'-5") == "-5")
    #expect(CSVReader.defused("'Ауыл'") == "'Ауыл'")
  }

  @Test func byteOrderMarkOrNone() throws {
    let csv = "Іс-шара;Мерзімі\nМектеп;2024\n"
    let with = try imported(Array("\u{FEFF}\(csv)".utf8))
    let without = try imported(Array(csv.utf8))
    #expect(rows(with).map { $0.activity.title.resolved() } == ["Мектеп"])
    #expect(rows(with).map(\.activity) == rows(without).map(\.activity))
    // The mark is no part of the first cell.
    let book = CSVReader.read(Array("\u{FEFF}\(csv)".utf8), sheet: "t")
    #expect(book.sheets[0].rows[0].cells[0] == .text("Іс-шара"))
  }

  /// Windows-1251 bytes as Python's `'…'.encode('cp1251')` gives them.
  @Test func windows1251() throws {
    // "Мероприятие;Срок\r\nРемонт школ «№5»;декабрь 2024\r\n"
    let bytes: [UInt8] = [
      0xCC, 0xE5, 0xF0, 0xEE, 0xEF, 0xF0, 0xE8, 0xFF, 0xF2, 0xE8, 0xE5, 0x3B, 0xD1, 0xF0, 0xEE, 0xEA,
      0x0D, 0x0A, 0xD0, 0xE5, 0xEC, 0xEE, 0xED, 0xF2, 0x20, 0xF8, 0xEA, 0xEE, 0xEB, 0x20, 0xAB, 0xB9,
      0x35, 0xBB, 0x3B, 0xE4, 0xE5, 0xEA, 0xE0, 0xE1, 0xF0, 0xFC, 0x20, 0x32, 0x30, 0x32, 0x34, 0x0D, 0x0A,
    ]
    #expect(TextDecoding.decode(bytes).encoding == .windows1251)
    let r = try imported(bytes)
    #expect(rows(r).map { $0.activity.title.resolved() } == ["Ремонт школ «№5»"])
    #expect(rows(r).first?.activity.due == Day("2024-12-31"))
    #expect(TextDecoding.decode(Array("ә".utf8)).encoding == .utf8)
    #expect(TextDecoding.windows1251([0x98, 0xA8, 0xB8]) == "\u{FFFD}Ёё")
  }
}
