import Foundation
import Testing

/// An .xlsx read back by Python's openpyxl (Debian's python3-openpyxl, installed by
/// `make deps`): an independent reader of what libxlsxwriter wrote.
struct ReadBack: Decodable {
  /// One sheet as openpyxl sees it.
  struct Sheet: Decodable {
    var name: String
    /// "A2" when the first row is frozen; nil when nothing is.
    var freeze: String?
    /// "A1:I123", the autofilter's range; nil without one.
    var filter: String?
    /// Each cell as [type, value]: type "s" string, "n" number, "d" date, "f" formula,
    /// "e" empty; dates as ISO days.
    var rows: [[Cell]]
    /// Whether each cell of each row is bold.
    var bold: [[Bool]]
    /// The number format of each cell.
    var formats: [[String]]
    /// Column widths by letter.
    var widths: [String: Double]
  }

  /// A cell's type and its value written as text.
  struct Cell: Decodable, Equatable, CustomStringConvertible {
    var type: String
    var value: String
    init(from decoder: Decoder) throws {
      var c = try decoder.unkeyedContainer()
      type = try c.decode(String.self)
      value = try c.decode(String.self)
    }
    init(_ type: String, _ value: String) {
      self.type = type
      self.value = value
    }
    var description: String { "\(type):\(value)" }
  }

  var sheets: [Sheet]

  static let script = """
    import json, sys, datetime, openpyxl
    wb = openpyxl.load_workbook(sys.argv[1])
    out = []
    for ws in wb.worksheets:
        rows, bold, formats = [], [], []
        for row in ws.iter_rows():
            cells, bs, fs = [], [], []
            for c in row:
                v = c.value
                if v is None: cells.append(["e", ""])
                elif c.data_type == "f": cells.append(["f", str(v)])
                elif isinstance(v, datetime.datetime): cells.append(["d", v.date().isoformat()])
                elif isinstance(v, bool): cells.append(["b", str(v)])
                elif isinstance(v, (int, float)): cells.append(["n", repr(float(v))])
                else: cells.append(["s", v])
                bs.append(bool(c.font and c.font.b))
                fs.append(c.number_format)
            rows.append(cells); bold.append(bs); formats.append(fs)
        out.append({"name": ws.title, "freeze": ws.freeze_panes, "filter": ws.auto_filter.ref,
                    "rows": rows, "bold": bold, "formats": formats,
                    "widths": {k: v.width for k, v in ws.column_dimensions.items()}})
    json.dump({"sheets": out}, sys.stdout)
    """

  /// The workbook in `bytes`, read by openpyxl.
  static func read(_ bytes: [UInt8]) throws -> ReadBack {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("jolkarta-xlsx-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let path = dir.appendingPathComponent("book.xlsx").path
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
    p.arguments = ["-c", script, path]
    let out = Pipe()
    let err = Pipe()
    p.standardOutput = out
    p.standardError = err
    try p.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    let problem = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    p.waitUntilExit()
    try #require(p.terminationStatus == 0, "openpyxl: \(problem) (run `make deps` for python3-openpyxl)")
    return try JSONDecoder().decode(ReadBack.self, from: data)
  }

  /// The sheet named `name`.
  func sheet(_ name: String) -> Sheet? { sheets.first { $0.name == name } }
}

/// The repository's root, from this file's place.
let packageRoot = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The region's roadmap as plain JSON objects, read without jolkarta's model: the oracle
/// the exported cells are checked against.
func regionActivities() throws -> [[String: Any]] {
  let data = try Data(contentsOf: packageRoot.appendingPathComponent("data/roadmap.json"))
  let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
  var out: [[String: Any]] = []
  for d in root["directions"] as? [[String: Any]] ?? [] {
    for p in d["projects"] as? [[String: Any]] ?? [] {
      out += p["activities"] as? [[String: Any]] ?? []
    }
  }
  return out
}
