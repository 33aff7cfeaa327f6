import Foundation

/// The format of a command's output when `--format` is not given: the one the `-o`
/// file's extension names (`report -o minutes.html`, `export -o rows.xlsx`), as pandoc
/// and most converters read it; else the command's default.
enum OutputFormat {
  /// `given`, else the case of `F` named by `output`'s extension (`.markdown` and `.htm`
  /// too), else `fallback`.
  static func chosen<F: RawRepresentable & CaseIterable>(_ given: F?, output: String?, fallback: F) -> F
  where F.RawValue == String {
    if let given { return given }
    guard let output, output != "-" else { return fallback }
    var ext = (output as NSString).pathExtension.lowercased()
    if ext == "markdown" { ext = "md" }
    if ext == "htm" { ext = "html" }
    return F.allCases.first { $0.rawValue == ext } ?? fallback
  }
}
