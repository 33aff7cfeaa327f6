import ArgumentParser
import Foundation
import RoadmapKit
import TerminalBackend
import RoadmapUI

/// The roadmap file every subcommand takes, with the default and its loading.
struct RoadmapFileArgument: ParsableArguments {
  /// The default file, relative to the current folder.
  static let defaultPath = "data/roadmap.json"

  @Argument(help: ArgumentHelp(HelpText.fileArgument.said, valueName: "FILE"))
  var file: String = RoadmapFileArgument.defaultPath

  /// Loads and validates the file, or prints every problem and exits 1.
  ///
  /// A save a killed writer left half done beside it is finished or cleared first.
  func load() throws -> LoadedRoadmap { try Self.load(file) }

  /// Loads and validates the file for a command that reads its figures only (`summary`):
  /// checked as `load` checks it, activities' titles, owners and notes not kept
  /// (`RoadmapLoader.loadFigures`).
  func loadFigures() throws -> LoadedRoadmap { try Self.load(file, reading: .figures) }

  /// Loads and validates the file for a command that reads it and never saves it
  /// (`export`): mapped, not copied (`RoadmapLoader.loadForReading`).
  func loadForReading() throws -> LoadedRoadmap { try Self.load(file, reading: .everything) }

  /// Runs `body` over the file read the mapped way for `export`
  /// (`RoadmapLoader.withMappedTexts`), after the recovery every load does first; nil
  /// when it must be loaded with `loadForReading` instead, which says what is wrong.
  func withMappedTexts<T>(language: String, _ body: (Roadmap, inout MappedTexts) -> T) -> T? {
    for note in AtomicFile.recoverInterrupted(of: file) { printError("jolkarta: " + RecoveryWords.said(note, CLILanguage.current)) }
    return RoadmapLoader.withMappedTexts(path: file, language: language, body)
  }

  /// How much of the file a command reads: all of it to save it (nil), or to read only.
  enum Reading { case figures, everything }

  /// Loads and validates `file`, or prints every problem and exits 1.
  static func load(_ file: String, reading: Reading? = nil) throws -> LoadedRoadmap {
    for note in AtomicFile.recoverInterrupted(of: file) { printError("jolkarta: " + RecoveryWords.said(note, CLILanguage.current)) }
    do {
      let loaded: LoadedRoadmap
      switch reading {
      case nil: loaded = try RoadmapLoader.load(path: file)
      case .figures: loaded = try RoadmapLoader.loadFigures(path: file)
      case .everything: loaded = try RoadmapLoader.loadForReading(path: file)
      }
      for w in loaded.warnings { printError(CLIWords.problems([w])) }
      return loaded
    } catch {
      if error.isUnreadable, file == RoadmapFileArgument.defaultPath,
        !FileManager.default.fileExists(atPath: file)
      {
        printError(
          Said(
            kk: """
              jolkarta: бұл қалтада \(file) жол картасы жоқ.
              Файлды көрсетіңіз (jolkarta summary path/to/roadmap.json) не үлгіні осында `jolkarta init` арқылы жасаңыз.
              """,
            ru: """
              jolkarta: в этой папке нет дорожной карты \(file).
              Укажите файл (jolkarta summary path/to/roadmap.json) или создайте здесь образец: `jolkarta init`.
              """,
            en: """
              jolkarta: no roadmap at \(file) in this folder.
              Pass a file (jolkarta summary path/to/roadmap.json), or create the sample here with `jolkarta init`.
              """
          ).text)
      } else {
        printError(CLIWords.problems(error.problems))
      }
      throw ExitCode(1)
    }
  }
}

/// Takes over the terminal, or says why it cannot (not a terminal, unknown or dumb
/// `TERM`) and exits 2 without drawing anything.
func startTerminal() throws -> Terminal {
  do {
    return try Terminal.start()
  } catch {
    printError("jolkarta: " + terminalWords(error))
    throw ExitCode(error.exitStatus)
  }
}

/// Who is making changes: `--author`, else `JOLKARTA_AUTHOR`, else the login name.
func resolveAuthor(_ option: String?) -> String {
  if let option, !option.isEmpty { return option }
  if let env = ProcessInfo.processInfo.environment["JOLKARTA_AUTHOR"], !env.isEmpty { return env }
  if let login = getlogin() { return String(cString: login) }
  if let user = ProcessInfo.processInfo.environment["USER"], !user.isEmpty { return user }
  if let pw = getpwuid(geteuid()), let name = pw.pointee.pw_name { return String(cString: name) }
  return "unknown"
}

/// The interface languages.
enum LanguageOption: String, ExpressibleByArgument, CaseIterable {
  case kk, ru, en

  /// `--lang`, else `JOLKARTA_LANG`, else the locale (`LC_ALL`, `LC_MESSAGES`, `LANG`), else
  /// Kazakh: `Language.choose`, the one rule every command follows.
  static func language(_ option: LanguageOption?) -> Language {
    Language.choose(option: option?.rawValue, environment: ProcessInfo.processInfo.environment)
  }

  /// The same choice as an option value, for commands that pass a language code on.
  static func resolve(_ option: LanguageOption?) -> LanguageOption {
    LanguageOption(rawValue: language(option).rawValue) ?? .kk
  }
}
