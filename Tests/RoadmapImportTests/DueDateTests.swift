import RoadmapKit
import Testing

@testable import RoadmapImport

/// Due dates in every form akimats write; a month, quarter, half-year or year is its last day.
@Suite struct DueDateTests {
  static let forms: [(String, String)] = [
    ("31.12.2024", "2024-12-31"), ("01.09.2024 ж.", "2024-09-01"), ("31/12/2024", "2024-12-31"),
    ("31.12.24", "2024-12-31"), ("2024-12-31", "2024-12-31"), ("29.02.2024", "2024-02-29"),
    ("2024 жылғы желтоқсан", "2024-12-31"), ("желтоқсан 2024", "2024-12-31"),
    ("2024 жылдың қыркүйегі", "2024-09-30"), ("ақпан 2024", "2024-02-29"), ("ақпан 2023", "2023-02-28"),
    ("декабрь 2024", "2024-12-31"), ("декабрь 2024 года", "2024-12-31"), ("май 2025 г.", "2025-05-31"),
    ("31 декабря 2024 г.", "2024-12-31"), ("2024 жылғы 15 наурыз", "2024-03-15"),
    ("до 1 июля 2025 года", "2025-07-01"),
    ("IV тоқсан 2024", "2024-12-31"), ("ІV тоқсан 2024", "2024-12-31"), ("2024 жылғы II тоқсан", "2024-06-30"),
    ("4 квартал 2024", "2024-12-31"), ("4-тоқсан 2024", "2024-12-31"), ("I квартал 2025 года", "2025-03-31"),
    ("III кв. 2024", "2024-09-30"), ("I жартыжылдық 2025", "2025-06-30"), ("2 полугодие 2024", "2024-12-31"),
    ("2024 жыл", "2024-12-31"), ("2024 год", "2024-12-31"), ("2024 ж.", "2024-12-31"), ("2024", "2024-12-31"),
    ("2023–2025 жж.", "2025-12-31"), ("2023-2027 годы", "2027-12-31"),
    ("December 2024", "2024-12-31"), ("Q4 2024", "2024-12-31"),
    ("  орындау мерзімі: желтоқсан\n2024  ", "2024-12-31"),
  ]

  @Test(arguments: forms) func readsEachForm(_ text: String, _ day: String) {
    #expect(DueDates.read(text) == .day(Day(day)!), "\(text)")
  }

  @Test(arguments: [
    "32.13.2024", "30.02.2024", "2024-13-01", "декабрь", "V тоқсан 2024", "5 квартал 2024",
    "скоро", "желтоқсан қаңтар 2024", "31.12", "12.2024.1", "1 2 2024",
  ])
  func refusesWhatIsNoDate(_ text: String) {
    #expect(DueDates.read(text) == .notADate, "\(text)")
  }

  @Test func recurringWordsAreNoDay() {
    for text in ["жыл сайын", "ежегодно", "постоянно"] { #expect(DueDates.read(text) == .recurring) }
  }

  @Test func cellsOfOtherTypes() {
    #expect(DueDates.read(.date(Day("2025-03-01")!)) == .day(Day("2025-03-01")!))
    #expect(DueDates.read(.number(2025, "2025")) == .day(Day("2025-12-31")!))
    #expect(DueDates.read(.number(45536, "45536")) == .notADate)
    #expect(DueDates.read(.bool(true)) == .notADate)
  }

  /// Serial days against Python's `date(1899, 12, 30) + timedelta(n)` (Excel's epoch, its
  /// 1900 leap-year bug below 61) and the 1904 system.
  @Test func excelSerials() {
    let cases: [(Double, Bool, String?)] = [
      (45536, false, "2024-09-01"), (45657.75, false, "2024-12-31"), (61, false, "1900-03-01"),
      (59, false, "1900-02-28"), (1, false, "1900-01-01"), (60, false, nil), (0, false, nil),
      (44101, true, "2024-09-28"), (2_958_465, false, "9999-12-31"), (-5, false, nil),
    ]
    for (serial, mac, day) in cases {
      #expect(ExcelDates.day(serial: serial, date1904: mac)?.description == day, "\(serial)")
    }
  }

  @Test func dateFormatCodes() {
    #expect(ExcelDates.isDate(formatID: 14, codes: [:]))
    #expect(ExcelDates.isDate(formatID: 22, codes: [:]))
    #expect(!ExcelDates.isDate(formatID: 9, codes: [:]))
    #expect(ExcelDates.isDate(formatID: 165, codes: [165: "dd\\.mm\\.yyyy"]))
    #expect(ExcelDates.isDate(formatID: 170, codes: [170: "[$-43F]d mmmm yyyy"]))
    #expect(!ExcelDates.isDate(formatID: 166, codes: [166: "0%"]))
    #expect(!ExcelDates.isDate(formatID: 167, codes: [167: "#,##0\" days\""]))
    #expect(!ExcelDates.isDate(formatID: 168, codes: [168: "[Red]0.00"]))
  }
}
