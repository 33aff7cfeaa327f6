import Foundation
import RoadmapKit
import RoadmapUI

#if canImport(Glibc)
  import Glibc
#endif

/// A write that did not reach its stream: the command ends with `status` after saying so.
///
/// A closed pipe (EPIPE: `jolkarta history | head -1`) is not worth a message: the
/// reader left on purpose. It ends with 141, the status the shell shows when SIGPIPE
/// ends a program, so a script sees the same thing whether SIGPIPE was ignored (and
/// the write returned EPIPE) or not (and the signal ended the process).
struct OutputError: Error, CustomStringConvertible {
  /// "jolkarta: cannot write to standard output: No space left on device".
  var description: String
  /// True for a reader that went away.
  var brokenPipe: Bool

  /// The exit status: 141 for a closed pipe, 1 for any other failure.
  var status: Int32 { brokenPipe ? 141 : 1 }
}

/// The one door through which every command prints.
///
/// A stream knows whether it is a terminal. On a terminal, every byte passes through
/// `SafeText.inert` (the dashboard's rules: control characters, escape sequences, C1
/// controls, bidi overrides and joiners shown as placeholders; ASCII only when the locale
/// is not UTF-8), because titles, ids, authors and values quoted in messages come from
/// the file and must not drive the terminal. Elsewhere (a pipe, a file) the bytes are
/// the data as it is; the formats keep themselves safe (`CSVWriter`, `MarkdownWriter`,
/// JSON's escapes).
///
/// Bytes go out through write(2) in a loop and every result is checked: print and
/// FileHandle hide a full disk or a closed descriptor.
enum Output {
  /// Standard output's descriptor.
  static let standardOutput: Int32 = 1
  /// Standard error's descriptor.
  static let standardError: Int32 = 2

  /// Whether the locale names an 8-bit encoding, so a terminal gets ASCII only; the
  /// dashboard's rule (`TerminalEncoding`): `LANG=C` still gets UTF-8, made inert.
  static let asciiOnly: Bool = {
    _ = setlocale(LC_CTYPE, "")
    let codeset = nl_langinfo(nl_item(CODESET)).map { String(cString: $0) }
    return TerminalEncoding(codeset: codeset).asciiOnly
  }()

  /// The standard streams that were closed when the program started (`>&-`, `2>&-`).
  nonisolated(unsafe) private(set) static var closedAtStart: Set<Int32> = []

  /// Keeps descriptors 0–2 taken, so that no file the command opens becomes its
  /// "standard output".
  ///
  /// Started with `>&-`, the first file opened would get descriptor 1 and a report would
  /// be written into the roadmap's lock file. A closed stream is filled with /dev/null
  /// opened for reading only: a write to it fails (EBADF), and the failure is reported
  /// as "standard output is closed".
  static func holdStandardStreams() {
    for fd: Int32 in 0...2 where fcntl(fd, F_GETFD) == -1 && errno == EBADF {
      closedAtStart.insert(fd)
      let null = open("/dev/null", O_RDONLY)
      if null >= 0 && null != fd {
        dup2(null, fd)
        close(null)
      }
    }
  }

  /// Writes `text` to standard output, made inert when it is a terminal.
  static func stdout(_ text: String) throws(OutputError) {
    try write(text, to: standardOutput, named: CLIWords.standardOutput)
  }

  /// Writes `text` to the open descriptor `fd`, made inert when it is a terminal.
  ///
  /// A leading byte-order mark (CSV's) is dropped on a terminal: it is there for
  /// spreadsheets and would show as a placeholder.
  static func write(_ text: String, to fd: Int32, named name: String) throws(OutputError) {
    var out = text
    if isatty(fd) == 1 {
      var scalars = Substring(text).unicodeScalars
      if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
      out = SafeText.inert(Substring(scalars), asciiOnly: asciiOnly)
    }
    try report(writeAll(fd, &out), fd: fd, named: name)
  }

  /// Writes `bytes` to `fd`; on a terminal they are read as UTF-8 and made inert first.
  static func write(bytes: [UInt8], to fd: Int32, named name: String) throws(OutputError) {
    if isatty(fd) == 1 {
      try write(String(decoding: bytes, as: UTF8.self), to: fd, named: name)
      return
    }
    try report(bytes.withUnsafeBytes { writeAll(fd, $0) }, fd: fd, named: name)
  }

  /// Turns the errno of a failed write into the command's end.
  private static func report(_ error: Int32?, fd: Int32, named name: String)
    throws(OutputError)
  {
    if let error {
      if error == EPIPE { throw OutputError(description: "", brokenPipe: true) }
      let cause = closedAtStart.contains(fd) ? CLIWords.closedStream : CLIWords.system(SystemError(error))
      throw OutputError(description: CLIWords.cannotWrite(name, cause), brokenPipe: false)
    }
  }

  /// Writes a line to standard error, made inert when it is a terminal.
  ///
  /// A failure here has nowhere to be reported; the command's exit status still tells.
  static func printError(_ message: String) {
    var line = message + "\n"
    if isatty(standardError) == 1 { line = SafeText.inert(line, asciiOnly: asciiOnly) }
    _ = writeAll(standardError, &line)
  }

  /// write(2) until every byte is out; the errno of the first failure, or nil.
  static func writeAll(_ fd: Int32, _ text: inout String) -> Int32? {
    text.withUTF8 { writeAll(fd, UnsafeRawBufferPointer($0)) }
  }

  /// write(2) of a buffer until every byte is out; the errno of the first failure, or nil.
  static func writeAll(_ fd: Int32, _ buffer: UnsafeRawBufferPointer) -> Int32? {
    var done = 0
    while done < buffer.count {
      let n = Glibc.write(fd, buffer.baseAddress! + done, buffer.count - done)
      if n < 0 {
        if errno == EINTR { continue }
        return errno
      }
      done += n
    }
    return nil
  }
}

/// Writes a line to standard error (through `Output`, inert on a terminal).
func printError(_ message: String) {
  Output.printError(message)
}
