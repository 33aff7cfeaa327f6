import ArgumentParser
import Foundation
import RoadmapImport
import RoadmapKit
import RoadmapUI

#if canImport(Glibc)
  import Glibc
#endif

/// `jolkarta import FILE.xlsx|FILE.csv [-o roadmap.json]`: an akimat's table as a roadmap.
struct Import: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: HelpText.importAbstract.said, discussion: HelpText.importDiscussion.said)

  @Argument(help: ArgumentHelp(HelpText.importFile.said, valueName: "FILE"))
  var file: String

  @Option(
    name: .shortAndLong,
    help: ArgumentHelp(HelpText.importOutput.said, valueName: "OUT"))
  var output: String?

  @Flag(help: HelpText.importForce.help)
  var force = false

  @Option(help: ArgumentHelp(HelpText.importMap.said, valueName: "MAP"))
  var map: String?

  @Option(help: HelpText.importTitle.help)
  var title: String?

  @Option(help: HelpText.importRegion.help)
  var region: String?

  @Option(name: .customLong("as-of"), help: ArgumentHelp(HelpText.importAsOf.said, valueName: "DATE"))
  var asOf: String?

  @Option(help: HelpText.importLang.help)
  var lang: LanguageOption?

  func run() throws {
    CLILanguage.use(lang)
    let language = CLILanguage.current
    var mapping: [ImportColumn: Int] = [:]
    if let map {
      switch ColumnMapping.parse(map) {
      case .success(let m): mapping = m
      case .failure(let problem):
        printError("jolkarta: " + ImportWords.mapProblem(problem, language))
        throw ExitCode(2)
      }
    }
    var day = Day.today()
    if let asOf {
      guard let d = Day(asOf) else {
        printError("jolkarta: --as-of: " + Catalogue.text(.invalidDate, language))
        throw ExitCode(2)
      }
      day = d
    }
    if case .file(let path) = OutputFile.destination(output), !force,
      FileManager.default.fileExists(atPath: path)
    {
      printError("jolkarta: " + Catalogue.text(.importExists, language, path))
      throw ExitCode(1)
    }
    let bytes: [UInt8]
    switch ImportWords.readFile(file) {
    case .success(let b): bytes = b
    case .failure(let reason):
      printError("jolkarta: " + Catalogue.text(.importCannotRead, language, file, reason.words(language)))
      throw ExitCode(1)
    }
    let name = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
    var options = ImportOptions(asOf: day, sourceName: name, labels: ImportWords.label)
    options.vocabulary = ImportWords.vocabulary
    options.mapping = mapping
    options.title = title
    options.region = region
    let roadmap: [UInt8]
    do { roadmap = try Importer.roadmap(bytes, options: options) } catch {
      for problem in error.problems { printError(ImportWords.problem(problem, file: file, language)) }
      if error.total > error.problems.count {
        printError(Catalogue.counted(.importMoreProblems, error.total - error.problems.count, language))
      }
      throw ExitCode(1)
    }
    // The loader is the reference check: what import writes must open everywhere.
    let loaded: LoadedRoadmap
    do { loaded = try RoadmapLoader.decode(roadmap, file: output ?? "-") } catch {
      printError(Catalogue.text(.importInvalid, language, file, LoadFailure.words(error, language)))
      throw ExitCode(1)
    }
    try OutputFile.write(bytes: roadmap, to: output)
    let note = Catalogue.counted(.importWrote, loaded.roadmap.counts.total, language, output ?? "-")
    if case .stream = OutputFile.destination(output) { printError(note) } else { try Output.stdout(note + "\n") }
  }
}
