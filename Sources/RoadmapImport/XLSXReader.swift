import Foundation
import RoadmapKit
import ZIPFoundation

/// Reads an .xlsx (Office Open XML workbook) into sheets of typed cells.
///
/// The parts read: `xl/workbook.xml` (sheet names and order, the 1904 date system),
/// its relationships (which part is which sheet), `xl/sharedStrings.xml` (rich text runs
/// joined, phonetic guides left out), `xl/styles.xml` (which cell styles are dates) and
/// each worksheet (cells of types s, str, inlineStr, n, b, d, and the merged ranges).
public enum XLSXReader {
  /// The book in `bytes`, or the reason it is not one.
  public static func read(_ bytes: [UInt8]) throws(ImportFailure) -> TableBook {
    let archive: Archive
    do { archive = try Archive(data: Data(bytes), accessMode: .read) } catch {
      throw ImportFailure(ImportProblem(.unreadable(.notZip)))
    }
    guard let workbookData = try part(archive, "xl/workbook.xml") else {
      throw ImportFailure(ImportProblem(.unreadable(.missingPart("xl/workbook.xml"))))
    }
    let workbook = try XLSXParts.workbook(workbookData)
    let targets = try part(archive, "xl/_rels/workbook.xml.rels").map(XLSXParts.relationships) ?? [:]
    let strings = try part(archive, "xl/sharedStrings.xml").map(XLSXParts.sharedStrings) ?? []
    let dateStyles = try part(archive, "xl/styles.xml").map(XLSXParts.dateStyles) ?? []
    var sheets: [TableSheet] = []
    for (index, sheet) in workbook.sheets.enumerated() {
      let path = targets[sheet.relationship].map(resolve) ?? "xl/worksheets/sheet\(index + 1).xml"
      guard let data = try part(archive, path) else {
        throw ImportFailure(ImportProblem(.unreadable(.missingPart(path))))
      }
      let context = XLSXParts.SheetContext(
        strings: strings, dateStyles: dateStyles, date1904: workbook.date1904)
      sheets.append(try XLSXParts.worksheet(data, name: sheet.name, part: path, context))
    }
    return TableBook(sheets: sheets)
  }

  /// A relationship's target as a path in the archive: relative to `xl/`, or absolute.
  static func resolve(_ target: String) -> String {
    if target.hasPrefix("/") { return String(target.dropFirst()) }
    var parts = ["xl"]
    for piece in target.split(separator: "/") {
      if piece == ".." { _ = parts.popLast() } else if piece != "." { parts.append(String(piece)) }
    }
    return parts.joined(separator: "/")
  }

  /// The bytes of one part, nil when the archive has none of that name.
  static func part(_ archive: Archive, _ path: String) throws(ImportFailure) -> Data? {
    guard let entry = archive[path] else { return nil }
    var data = Data()
    do {
      _ = try archive.extract(entry, skipCRC32: false) { data.append($0) }
    } catch {
      throw ImportFailure(ImportProblem(.unreadable(.badXML(part: path, line: 0, reason: "\(error)"))))
    }
    return data
  }
}
