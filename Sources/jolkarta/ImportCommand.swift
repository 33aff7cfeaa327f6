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
    abstract: "Read a roadmap table (.xlsx or .csv) as akimats write it into a roadmap file.",
    discussion: """
      The table is found by its header (№, Іс-шара / Мероприятие, Аяқтау нысаны / Форма
      завершения, Мерзімі / Срок исполнения, Жауаптылар / Ответственные, Орындалу барысы /
      Ход исполнения, Ескертпе / Примечание), in Kazakh, Russian or English; directions and
      projects are heading rows between the activities («1. Өмір сапасын арттыру»,
      «"Ауыл аманаты" жобасы») or columns (Бағыт / Направление, Жоба / Проект). --map names
      columns by letter: --map activity=C,due=D,owner=E (names: number, id, direction,
      project, activity, form, due, owner, status, note). The form of completion and a
      progress report are kept in the activity's note. Every cell that cannot be read is
      reported with its place (Лист1!D14) and nothing is written. Exit status: 0 written,
      1 the table cannot be read or the output exists (without --force), 2 usage error.
      """)

  @Argument(help: ArgumentHelp("The spreadsheet: .xlsx or .csv (`,` or `;`, UTF-8 or Windows-1251).", valueName: "FILE"))
  var file: String

  @Option(
    name: .shortAndLong,
    help: ArgumentHelp("Write the roadmap here (replaced atomically) instead of standard output.", valueName: "OUT"))
  var output: String?

  @Flag(help: "Overwrite an existing OUT.")
  var force = false

  @Option(help: ArgumentHelp("Columns by letter, over the headers: activity=C,due=D,…", valueName: "MAP"))
  var map: String?

  @Option(help: "The roadmap's title (default: the line above the table).")
  var title: String?

  @Option(help: "The region (default: none).")
  var region: String?

  @Option(name: .customLong("as-of"), help: ArgumentHelp("The day the statuses are as of, YYYY-MM-DD (default: today).", valueName: "DATE"))
  var asOf: String?

  @Option(help: "The language of messages: kk, ru or en (default: the interface language).")
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
      printError("jolkarta: " + Catalogue.text(.importCannotRead, language, file, reason.description))
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
      printError(Catalogue.text(.importInvalid, language, file, error.description))
      throw ExitCode(1)
    }
    try OutputFile.write(bytes: roadmap, to: output)
    let note = Catalogue.counted(.importWrote, loaded.roadmap.counts.total, language, output ?? "-")
    if case .stream = OutputFile.destination(output) { printError(note) } else { try Output.stdout(note + "\n") }
  }
}
