import Foundation
import RoadmapKit

/// The XML parts of a workbook, each read by one function.
enum XLSXParts {
  /// What `xl/workbook.xml` says.
  struct Workbook {
    /// Sheet names in order, with the relationship id that finds each one's part.
    var sheets: [(name: String, relationship: String)] = []
    /// Dates count from 1904 (`<workbookPr date1904="1"/>`).
    var date1904 = false
  }

  static func workbook(_ data: Data) throws(ImportFailure) -> Workbook {
    var book = Workbook()
    let events = XMLEvents()
    events.start = { name, a in
      switch name {
      case "sheet": book.sheets.append((a["name"] ?? "", a["id"] ?? ""))
      case "workbookPr": book.date1904 = ["1", "true"].contains(a["date1904"] ?? "")
      default: break
      }
    }
    try events.walk(data, part: "xl/workbook.xml")
    return book
  }

  /// Relationship id → target, from `xl/_rels/workbook.xml.rels`.
  static func relationships(_ data: Data) throws(ImportFailure) -> [String: String] {
    var out: [String: String] = [:]
    let events = XMLEvents()
    events.start = { name, a in
      if name == "Relationship", let id = a["Id"], let target = a["Target"] { out[id] = target }
    }
    try events.walk(data, part: "xl/_rels/workbook.xml.rels")
    return out
  }

  /// The shared strings in order: each `<si>` its `<t>` texts joined (plain or rich runs),
  /// without the `<rPh>` phonetic guides.
  static func sharedStrings(_ data: Data) throws(ImportFailure) -> [String] {
    var out: [String] = []
    var current = "", inText = false, phonetic = 0
    let events = XMLEvents()
    events.start = { name, _ in
      switch name {
      case "si": current = ""
      case "t": inText = true
      case "rPh": phonetic += 1
      default: break
      }
    }
    events.end = { name in
      switch name {
      case "si": out.append(current)
      case "t": inText = false
      case "rPh": phonetic -= 1
      default: break
      }
    }
    events.text = { if inText && phonetic == 0 { current += $0 } }
    try events.walk(data, part: "xl/sharedStrings.xml")
    return out
  }

  /// Which cell styles (indexes of `<cellXfs>`) show dates.
  static func dateStyles(_ data: Data) throws(ImportFailure) -> Set<Int> {
    var codes: [Int: String] = [:]
    var formats: [Int] = []
    var inCellXfs = false
    let events = XMLEvents()
    events.start = { name, a in
      switch name {
      case "numFmt":
        if let id = a["numFmtId"].flatMap({ Int($0) }) { codes[id] = a["formatCode"] ?? "" }
      case "cellXfs": inCellXfs = true
      case "xf" where inCellXfs: formats.append(a["numFmtId"].flatMap { Int($0) } ?? 0)
      default: break
      }
    }
    events.end = { if $0 == "cellXfs" { inCellXfs = false } }
    try events.walk(data, part: "xl/styles.xml")
    var out = Set<Int>()
    for (index, id) in formats.enumerated() where ExcelDates.isDate(formatID: id, codes: codes) {
      out.insert(index)
    }
    return out
  }

  /// What a worksheet needs from the rest of the book.
  struct SheetContext {
    var strings: [String]
    var dateStyles: Set<Int>
    var date1904: Bool
  }

  /// One worksheet: its non-empty rows and merged ranges.
  static func worksheet(
    _ data: Data, name: String, part: String, _ context: SheetContext
  ) throws(ImportFailure) -> TableSheet {
    var rows: [TableRow] = []
    var merged: [MergedRange] = []
    var row = TableRow(number: 0, cells: [:])
    var column = -1
    var type = "n", style = 0
    var value = "", inline = ""
    var inValue = false, inInlineText = false
    let events = XMLEvents()
    events.start = { tag, a in
      switch tag {
      case "row":
        row = TableRow(number: a["r"].flatMap { Int($0) } ?? (row.number + 1), cells: [:])
        column = -1
      case "c":
        column = a["r"].flatMap { CellReference($0)?.column } ?? (column + 1)
        type = a["t"] ?? "n"
        style = a["s"].flatMap { Int($0) } ?? 0
        value = ""
        inline = ""
      case "v": inValue = true
      case "t": inInlineText = true
      case "mergeCell": if let r = a["ref"].flatMap(MergedRange.init(reference:)) { merged.append(r) }
      default: break
      }
    }
    events.end = { tag in
      switch tag {
      case "v": inValue = false
      case "t": inInlineText = false
      case "c":
        if let v = cellValue(type: type, style: style, value: value, inline: inline, context) {
          row.cells[column] = v
        }
      case "row": if !row.cells.isEmpty { rows.append(row) }
      default: break
      }
    }
    events.text = { s in
      if inValue { value += s } else if inInlineText { inline += s }
    }
    try events.walk(data, part: part)
    return TableSheet(name: name, rows: rows, merged: merged)
  }

  /// A cell's value from its type, style and text; nil for an empty or error cell.
  static func cellValue(
    type: String, style: Int, value: String, inline: String, _ context: SheetContext
  ) -> CellValue? {
    switch type {
    case "s":
      guard let i = Int(value), context.strings.indices.contains(i) else { return nil }
      return context.strings[i].isEmpty ? nil : .text(context.strings[i])
    case "str": return value.isEmpty ? nil : .text(value)
    case "inlineStr": return inline.isEmpty ? nil : .text(inline)
    case "b": return .bool(value == "1" || value.lowercased() == "true")
    case "d":
      // ISO 8601, date first: `2024-12-31` or `2024-12-31T00:00:00`.
      return Day(String(value.prefix(10))).map(CellValue.date) ?? .text(value)
    case "e": return nil
    default:
      guard !value.isEmpty, let number = Double(value) else { return nil }
      if context.dateStyles.contains(style),
        let day = ExcelDates.day(serial: number, date1904: context.date1904)
      {
        return .date(day)
      }
      return .number(number, value)
    }
  }
}
