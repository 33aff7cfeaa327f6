import ArgumentParser
import Foundation
import RoadmapKit
import RoadmapSession
import RoadmapUI
import TerminalBackend

/// `jolkarta DIR` and `jolkarta a.json b.json …`: the national overview of every region.
extension Open {
  /// A folder, or several files: the national overview rather than one dashboard.
  var isNational: Bool { !more.isEmpty || Self.isFolder(roadmap.file) }

  /// Whether `path` names a folder.
  static func isFolder(_ path: String) -> Bool {
    var folder: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &folder) && folder.boolValue
  }

  /// Opens the national overview: the files are read behind a progress bar, each region
  /// opens in its own dashboard with this command's options.
  func runNational() throws {
    let paths = [roadmap.file] + more
    if syncSeconds != nil {
      throw ValidationError(
        Said(
          kk: "--sync бір жол картасының файлымен ғана жұмыс істейді",
          ru: "--sync работает только с одним файлом дорожной карты",
          en: "--sync works with one roadmap file only"
        ).text)
    }
    if paths.count > 1, let folder = paths.first(where: Self.isFolder) {
      throw ValidationError(
        Said(
          kk: "'\(folder)' — қалта; не бір қалтаны, не файлдарды беріңіз",
          ru: "'\(folder)' — папка; укажите одну папку или файлы",
          en: "'\(folder)' is a folder; pass one folder, or files"
        ).text)
    }
    // A file that is not there is said now, on the normal screen, not as a row.
    for path in paths.dropFirst(paths.count > 1 ? 0 : 1) where !FileManager.default.fileExists(atPath: path) {
      _ = try RoadmapFileArgument.load(path)
    }
    let watch = paths.count == 1 ? RegionWatch(folder: paths[0]) : RegionWatch(paths: paths)
    let terminal = try startTerminal()
    let options = DashboardOptions(
      language: lang.language, asciiOnly: !terminal.capabilities.utf8,
      colors: terminal.capabilities.colors, readOnly: readOnly, today: today ? Day.today() : nil)
    var app = NationalSession(watch: watch, label: paths[0], options: options, author: resolveAuthor(author))
    let status = terminal.run(&app)
    if status != 0 { throw ExitCode(status) }
  }
}
