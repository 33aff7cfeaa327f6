import ArgumentParser
import RoadmapUI
import RoadmapKit

/// `jolkarta generate`: a synthetic roadmap for benchmarks, deterministic by seed.
struct Generate: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "generate",
      abstract: HelpText.generateAbstract.said)
  }

  @Option(help: HelpText.generateActivities.help)
  var activities: Int

  @Option(help: HelpText.generateSeed.help)
  var seed: UInt64 = 1

  @Option(name: .shortAndLong, help: HelpText.generateOutput.help)
  var output: String

  @OptionGroup var lang: LanguageGroup

  func validate() throws {
    guard activities >= 0 && activities <= 50_000_000 else {
      throw ValidationError(Said(
        kk: "--activities 0 мен \(Formatting.count(50_000_000, .kk)) аралығында болуы керек",
        ru: "--activities должно быть от 0 до \(Formatting.count(50_000_000, .ru))",
        en: "--activities must be between 0 and \(Formatting.count(50_000_000, .en))").text)
    }
  }

  func run() throws {
    let bytes = SyntheticRoadmap(activities: activities, seed: seed).bytes()
    try OutputFile.write(bytes: bytes, to: output)
    // The note goes to standard error when the roadmap itself went to standard output.
    let what = CLIWords.activities(activities) + ", "
      + CLIWords.count(bytes.count, kk: "байт", ru: ("байт", "байта", "байт"), en: ("byte", "bytes"))
    let note = Said(kk: "\(output) жазылды: \(what)", ru: "записан \(output): \(what)", en: "wrote \(output): \(what)")
      .text + "\n"
    if case .stream = OutputFile.destination(output) { printError(String(note.dropLast())) } else {
      try Output.stdout(note)
    }
  }
}
