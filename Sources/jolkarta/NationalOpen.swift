import ArgumentParser
import Foundation
import RoadmapKit
import RoadmapSession
import RoadmapSync
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
    if syncSeconds != nil, paths.count > 1 {
      throw ValidationError(
        Said(
          kk: "--sync бір файлмен немесе бір қалтамен ғана жұмыс істейді",
          ru: "--sync работает только с одним файлом или одной папкой",
          en: "--sync works with one file or one folder only"
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
    // The folder's repository is found before the terminal starts: a folder outside one
    // is a plain message (exit 1), as for one file.
    var sync: RoadmapSync?
    if let seconds = syncSeconds {
      guard seconds > 0 else { throw ValidationError(Said(
        kk: "--sync 0-ден үлкен секунд санын алады", ru: "--sync принимает число секунд больше 0",
        en: "--sync takes a number of seconds greater than 0").text) }
      let repo = try FolderSync.repository(of: paths[0])
      guard let folderSync = RoadmapSync(folder: repo, author: author, driver: thisProgram()) else {
        throw FolderSync.noRoadmap(in: repo.folder)
      }
      sync = folderSync
    }
    let watch = paths.count == 1 ? RegionWatch(folder: paths[0]) : RegionWatch(paths: paths)
    let terminal = try startTerminal()
    let options = DashboardOptions(
      language: lang.language, asciiOnly: !terminal.capabilities.utf8,
      colors: terminal.capabilities.colors, readOnly: readOnly, today: today ? Day.today() : nil)
    var app = NationalSession(
      watch: watch, label: paths[0], options: options, author: resolveAuthor(author), sync: sync,
      syncInterval: Double(syncSeconds ?? Self.defaultSyncSeconds))
    let status = terminal.run(&app)
    if status != 0 { throw ExitCode(status) }
  }
}
