import Foundation
import RoadmapKit

/// The import's one entry: a spreadsheet file's bytes to a roadmap document.
public enum Importer {
  /// The kinds of file read.
  public enum Kind: Sendable {
    /// An Office Open XML workbook.
    case xlsx
    /// Comma- or semicolon-separated values.
    case csv
  }

  /// The kind of `bytes`: a ZIP archive is a workbook; text is CSV. An old binary .xls
  /// (an OLE compound file) is neither.
  public static func kind(of bytes: [UInt8]) -> Kind? {
    if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return .xlsx }
    if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) || bytes.prefix(4096).contains(0) { return nil }
    return .csv
  }

  /// The table of `bytes`; `sheetName` names a CSV's one sheet.
  public static func book(_ bytes: [UInt8], sheetName: String) throws(ImportFailure) -> TableBook {
    guard !bytes.isEmpty else { throw ImportFailure(ImportProblem(.unreadable(.empty))) }
    switch kind(of: bytes) {
    case .xlsx: return try XLSXReader.read(bytes)
    case .csv: return CSVReader.read(bytes, sheet: sheetName)
    case nil: throw ImportFailure(ImportProblem(.unreadable(.unknownKind)))
    }
  }

  /// The roadmap document of a file's bytes, checked by the loader: what `import` writes.
  public static func roadmap(_ bytes: [UInt8], options: ImportOptions) throws(ImportFailure) -> [UInt8] {
    let book = try book(bytes, sheetName: options.sourceName)
    let document = try RoadmapBuilder.build(book, options)
    return JSONWriter.canonicalBytes(document)
  }
}
