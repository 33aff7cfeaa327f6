/// The one place the program's version is written.
///
/// `jolkarta --version` prints it and `summary --json` carries it as `"program"`.
enum JolkartaVersion {
  /// The release, as `--version` prints it.
  static let string = "0.12.0"

  /// The version of the `summary --json` shape: raised when a key changes meaning or goes.
  static let summaryShape = 1
}
