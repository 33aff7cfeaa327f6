import Foundation
import RoadmapKit
import Testing
import ZIPFoundation

@testable import RoadmapImport

/// Ids kept or made, and what cannot be read: every problem by place, files that are no
/// workbook.
@Suite struct ProblemTests {
  @Test func idsOfAnExportAreKeptAndTheirStemsNameProjectsAndDirections() throws {
    let r = try imported(csv: """
      id,direction,project,title,status
      d1.schools.01,Өмір сапасы,Мектептер,Мектеп салу,done
      d1.schools.02,Өмір сапасы,Мектептер,Жөндеу,in_progress
      d1.roads.01,Өмір сапасы,Жолдар,Жол,pending
      x7,Кірістер,Ауыл аманаты,Несие,done
      """)
    #expect(r.directions.map(\.id) == ["d1", "d2"])
    #expect(r.directions.map { $0.projects.map(\.id) } == [["d1.schools", "d1.roads"], ["d2.01"]])
    #expect(rows(r).map(\.activity.id) == ["d1.schools.01", "d1.schools.02", "d1.roads.01", "x7"])
    #expect(rows(r).map(\.activity.status) == [.done, .inProgress, .pending, .done])
  }

  @Test func madeIdsNeverTakeAGivenOne() throws {
    let r = try imported(csv: "id,Атауы\nd1,бірінші\n,екінші\n")
    let ids = [r.directions[0].id, r.directions[0].projects[0].id] + rows(r).map(\.activity.id)
    #expect(Set(ids).count == ids.count)
    #expect(rows(r).map(\.activity.id).first == "d1")
  }

  @Test func aDuplicateIDNamesBothCells() throws {
    let failure = try #require(problems(Array("id;Атауы\na.1;бір\na.1;екі\n".utf8), testOptions("т")))
    #expect(failure.problems == [
      ImportProblem(.duplicateID("a.1", first: CellPlace(sheet: "т", row: 2, column: 0)), at: CellPlace(sheet: "т", row: 3, column: 0))
    ])
  }

  @Test func everyBadCellIsReportedUpToTheLimit() throws {
    var csv = "Атауы;Мерзімі;Мәртебесі\n"
    for n in 1...70 { csv += "іс-шара \(n);\(n <= 40 ? "32.13.2024" : "2024");\(n > 40 ? "белгісіз" : "орындалды")\n" }
    let failure = try #require(problems(Array(csv.utf8), testOptions("Лист1")))
    #expect(failure.total == 70)
    #expect(failure.problems.count == ImportFailure.limit)
    #expect(failure.problems.first?.place?.description == "Лист1!B2")
    #expect(failure.problems.first?.kind == .notADate("32.13.2024"))
    #expect(failure.problems.last?.place?.description == "Лист1!C\(ImportFailure.limit - 40 + 41)")
  }

  @Test func aFileThatIsNoWorkbook() throws {
    #expect(problems([0x50, 0x4B, 0x03, 0x04, 1, 2, 3])?.problems.map(\.kind) == [.unreadable(.notZip)])
    #expect(problems([])?.problems.map(\.kind) == [.unreadable(.empty)])
    #expect(problems([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1])?.problems.map(\.kind) == [.unreadable(.unknownKind)])
    let noWorkbook = try zip(["xl/styles.xml": "<styleSheet/>"])
    #expect(problems(noWorkbook)?.problems.map(\.kind) == [.unreadable(.missingPart("xl/workbook.xml"))])
    let broken = try zip(["xl/workbook.xml": "<workbook><sheets><sheet name=\"a\"</sheets>"])
    guard case .unreadable(.badXML(let part, let line, _)) = problems(broken)?.problems.first?.kind else {
      Issue.record("not reported as bad XML: \(String(describing: problems(broken)?.problems))")
      return
    }
    #expect(part == "xl/workbook.xml" && line == 1)
  }

  /// A workbook written here, part by part: inline strings, `str` and `b` cells, a
  /// custom date format, the 1904 date system, a prefixed namespace.
  @Test func handWrittenWorkbook() throws {
    let sheet = """
      <x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>
      <x:row r="2"><x:c r="B2" t="inlineStr"><x:is><x:t>Мероприятие</x:t></x:is></x:c><x:c r="C2" t="str"><x:v>Срок</x:v></x:c><x:c r="D2" t="inlineStr"><x:is><x:t>Статус</x:t></x:is></x:c></x:row>
      <x:row r="3"><x:c r="B3" t="inlineStr"><x:is><x:t>Ремонт</x:t></x:is></x:c><x:c r="C3" s="1"><x:v>44101</x:v></x:c><x:c r="D3" t="b"><x:v>1</x:v></x:c></x:row>
      <x:row r="4"><x:c r="B4" t="inlineStr"><x:is><x:t>Стройка</x:t></x:is></x:c><x:c r="C4" t="d"><x:v>2025-03-31T00:00:00</x:v></x:c></x:row>
      </x:sheetData></x:worksheet>
      """
    let book = try XLSXReader.read(try zip([
      "xl/workbook.xml": "<workbook><workbookPr date1904=\"1\"/><sheets><sheet name=\"Свод\" sheetId=\"1\" r:id=\"rId7\" xmlns:r=\"r\"/></sheets></workbook>",
      "xl/_rels/workbook.xml.rels": "<Relationships><Relationship Id=\"rId7\" Target=\"/xl/worksheets/other.xml\"/></Relationships>",
      "xl/styles.xml": "<styleSheet><numFmts><numFmt numFmtId=\"170\" formatCode=\"d mmmm yyyy\"/></numFmts><cellStyleXfs><xf numFmtId=\"0\"/><xf numFmtId=\"170\"/></cellStyleXfs><cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"170\"/></cellXfs></styleSheet>",
      "xl/worksheets/other.xml": sheet,
    ]))
    #expect(book.sheets.map(\.name) == ["Свод"])
    let rows = book.sheets[0].rows
    #expect(rows.map(\.number) == [2, 3, 4])
    #expect(rows[1].cells == [1: .text("Ремонт"), 2: .date(Day("2024-09-28")!), 3: .bool(true)])
    #expect(rows[2].cells[2] == .date(Day("2025-03-31")!))
    #expect(rows[0].cells[2] == .text("Срок"))
  }

  /// A ZIP archive of the given parts.
  func zip(_ parts: [String: String]) throws -> [UInt8] {
    let archive = try Archive(data: Data(), accessMode: .create)
    for (path, text) in parts.sorted(by: { $0.key < $1.key }) {
      let data = Data(text.utf8)
      try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
        data.subdata(in: Int(position)..<Int(position) + size)
      }
    }
    return [UInt8](archive.data!)
  }
}
