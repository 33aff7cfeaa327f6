import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Roadmaps whose every text field, id and author holds what a terminal would obey.
enum HostileCorpus {
  /// JSON-escaped: clear screen, OSC 52 (write the clipboard), a C1 CSI, bidi overrides
  /// and isolates, a zero-width joiner, a lone CR and a DEL.
  static let payload =
    #"\u001b[2J\u001b]52;c;SGVsbG8=\u0007 \u009b31m \u202e\u2066 \u200d \r\u007f"#

  /// The same characters as Swift text (for arguments such as `--author`).
  static let text =
    "\u{1B}[2J\u{1B}]52;c;SGVsbG8=\u{07} \u{9B}31m \u{202E}\u{2066} \u{200D} \r\u{7F}"

  /// The activity id the corpus uses for `set-status` and `history`.
  static let activityID = "a1" + text

  /// A valid roadmap with the payload in every text field and id.
  static func roadmap() -> String {
    let p = payload
    return """
      {"format": "jolkarta-roadmap", "version": 1, "title": "T \(p)", "region": {"kk": "R \(p)",
       "en": "R \(p)"}, "program": "Pr \(p)", "period": {"start": 2023, "end": 2027},
       "as_of": "2023-11-30",
       "directions": [{"id": "d1\(p)", "title": {"kk": "D \(p)", "en": "D \(p)"},
         "indicators": [
           {"id": "i1\(p)", "title": "I \(p)", "unit": "U \(p)", "plan": 10, "actual": 5}],
         "projects": [{"id": "p1\(p)", "title": "P \(p)",
           "indicators": [{"id": "i2\(p)", "title": "J \(p)", "unit": "V \(p)", "actual": 7}],
           "activities": [
             {"id": "a1\(p)", "title": {"kk": "A \(p)", "en": "A \(p)"}, "status": "pending",
              "owner": "O \(p)", "due": "2023-01-01", "note": "N \(p)"},
             {"id": "a2\(p)", "title": "B \(p)", "status": "done", "owner": {"kk": "Q \(p)"}}]}]}]}
      """
  }

  /// An invalid roadmap whose problems quote hostile ids and values.
  static func invalidRoadmap() -> String {
    let p = payload
    return """
      {"format": "jolkarta-roadmap", "version": 1, "title": "T \(p)", "region": "R",
       "period": {"start": 2023, "end": 2027}, "as_of": "2023-11-30",
       "directions": [{"id": "d1\(p)", "title": "D", "projects": [{"id": "p1", "title": "P",
         "activities": [
           {"id": "x\(p)", "title": "A", "status": "fin\(p)", "due": "2023-02-30\(p)"},
           {"id": "x\(p)", "title": "B", "status": "done"}]}]}]}
      """
  }

  /// Scalars that must never reach a terminal from the data: C0 controls but LF and CR
  /// (the pty turns LF into CRLF), DEL, C1, and the invisible format characters.
  static func forbidden(_ s: Unicode.Scalar) -> Bool {
    switch s.value {
    case 0x0A, 0x0D: return false
    case 0..<0x20, 0x7F...0x9F, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x206F, 0xFEFF:
      return true
    default: return false
    }
  }

  /// What is wrong with bytes a terminal received, or nil when they are inert.
  static func problem(inTerminalBytes bytes: [UInt8], asciiOnly: Bool = false) -> String? {
    if let k = bytes.firstIndex(of: 0x1B) { return "ESC at byte \(k)" }
    if asciiOnly, let k = bytes.firstIndex(where: { $0 >= 0x80 }) {
      return "non-ASCII byte at \(k)"
    }
    guard let text = String(validating: bytes, as: UTF8.self) else { return "not UTF-8" }
    if let bad = text.unicodeScalars.first(where: forbidden) {
      return "U+" + String(bad.value, radix: 16, uppercase: true)
    }
    return nil
  }
}

/// Runs the built binary with its standard output and error on a pseudo-terminal.
enum PTY {
  /// Python's pty module: the child gets a terminal, every byte it writes is passed on.
  static let script = """
    import os, pty, subprocess, sys
    m, s = pty.openpty()
    p = subprocess.Popen(sys.argv[1:], stdin=subprocess.DEVNULL, stdout=s, stderr=s)
    os.close(s)
    out = bytearray()
    while True:
        try:
            b = os.read(m, 65536)
        except OSError:
            break
        if not b:
            break
        out += b
    sys.stdout.buffer.write(out)
    code = p.wait()
    sys.exit(code if code >= 0 else 128 - code)
    """

  /// `jolkarta arguments` on a terminal; `out` holds what the terminal received.
  static func run(
    _ arguments: [String], cwd: String? = nil, environment: [String: String] = [:],
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) -> CLI.Result {
    // Python would otherwise change LANG=C into LC_CTYPE=C.UTF-8 for its child (PEP 538).
    var environment = environment
    environment["PYTHONCOERCECLOCALE"] = "0"
    return CLI.run(
      arguments, cwd: cwd, environment: environment, program: "/usr/bin/env",
      prefix: ["python3", "-c", script, CLI.binary], sourceLocation: sourceLocation)
  }
}
