import Foundation
import RoadmapKit
import Testing

@testable import RoadmapImport

/// The reader against another one: Python's openpyxl (Debian's python3-openpyxl, which
/// `make deps` installs) reads each fixture, and every cell, type and merged range must
/// be what `XLSXReader` read.
@Suite struct OpenpyxlOracleTests {
  static let script = """
    import json, sys, datetime, openpyxl
    book = openpyxl.load_workbook(sys.argv[1])
    out = []
    for ws in book.worksheets:
        cells = {}
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None or v == "":
                    continue
                if isinstance(v, bool):
                    cells[c.coordinate] = ["bool", v]
                elif isinstance(v, datetime.datetime):
                    cells[c.coordinate] = ["date", v.date().isoformat()]
                elif isinstance(v, (int, float)):
                    cells[c.coordinate] = ["number", float(v)]
                else:
                    cells[c.coordinate] = ["text", str(v)]
        out.append({"name": ws.title, "cells": cells, "merged": sorted(str(r) for r in ws.merged_cells.ranges)})
    print(json.dumps(out))
    """

  /// What openpyxl reads: per sheet, its name, cells by reference and merged ranges.
  static func oracle(_ path: String) throws -> [[String: Any]] {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
    p.arguments = ["-c", script, path]
    let pipe = Pipe()
    p.standardOutput = pipe
    try p.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    #expect(p.terminationStatus == 0)
    return try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
  }

  @Test(arguments: ["akimat-kk.xlsx", "akimat-ru.xlsx", "bad-rows.xlsx"])
  func everyCellIsWhatOpenpyxlReads(_ name: String) throws {
    let path = fixturesURL.appendingPathComponent(name).path
    let expected = try Self.oracle(path)
    let book = try XLSXReader.read(try fixture(name))
    #expect(book.sheets.map(\.name) == expected.map { $0["name"] as? String ?? "" })
    var checked = 0
    for (sheet, want) in zip(book.sheets, expected) {
      var got: [String: String] = [:]
      for row in sheet.rows {
        for (column, value) in row.cells {
          let ref = CellPlace.letters(column) + String(row.number)
          switch value {
          case .text(let s): got[ref] = "text:" + s
          case .number(let n, _): got[ref] = "number:\(n)"
          case .date(let d): got[ref] = "date:" + d.description
          case .bool(let b): got[ref] = "bool:\(b)"
          }
        }
      }
      var wanted: [String: String] = [:]
      for (ref, pair) in want["cells"] as? [String: [Any]] ?? [:] {
        let kind = pair[0] as? String ?? ""
        switch kind {
        case "number": wanted[ref] = "number:\((pair[1] as? NSNumber)?.doubleValue ?? .nan)"
        case "bool": wanted[ref] = "bool:\((pair[1] as? NSNumber)?.boolValue ?? false)"
        default: wanted[ref] = kind + ":" + (pair[1] as? String ?? "")
        }
      }
      #expect(got == wanted, "\(sheet.name)")
      checked += wanted.count
      let merged = sheet.merged.map { CellPlace.letters($0.columns.lowerBound) + "\($0.rows.lowerBound):" + CellPlace.letters($0.columns.upperBound) + "\($0.rows.upperBound)" }.sorted()
      #expect(merged == (want["merged"] as? [String] ?? []))
    }
    #expect(checked > 20)
  }
}
