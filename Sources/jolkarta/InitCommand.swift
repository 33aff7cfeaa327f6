import ArgumentParser
import RoadmapUI
import Foundation
import RoadmapKit

/// `jolkarta init [FILE]`: writes the bundled sample roadmap (the region's data).
struct Init: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "init",
      abstract: HelpText.initAbstract.said)
  }

  @Argument(help: ArgumentHelp(HelpText.initFile.said, valueName: "FILE"))
  var file: String = RoadmapFileArgument.defaultPath

  @Flag(help: HelpText.initForce.help)
  var force = false

  @OptionGroup var lang: LanguageGroup

  func run() throws {
    guard let bytes = BundledSample.bytes() else {
      printError(Said(
        kk: "jolkarta: бұл орнатылымда үлгі жоқ (бағдарламаның жанындағы jolkarta_jolkarta.resources)",
        ru: "jolkarta: в этой установке нет образца (jolkarta_jolkarta.resources рядом с программой)",
        en: "jolkarta: the bundled sample is missing from this installation (jolkarta_jolkarta.resources next to the binary)"
      ).text)
      throw ExitCode(1)
    }
    // `-`, /dev/stdout, a FIFO or a device is written into, never replaced by a file.
    guard case .file = OutputFile.destination(file) else {
      try OutputFile.write(bytes: bytes, to: file)
      return
    }
    if FileManager.default.fileExists(atPath: file) && !force {
      printError(Said(
        kk: "jolkarta: \(file) бар; үстінен жазу үшін --force қосыңыз",
        ru: "jolkarta: \(file) уже есть; чтобы записать поверх, добавьте --force",
        en: "jolkarta: \(file) exists; pass --force to overwrite it"
      ).text)
      throw ExitCode(1)
    }
    let dir = (file as NSString).deletingLastPathComponent
    if !dir.isEmpty { try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true) }
    try OutputFile.write(bytes: bytes, to: file)
    try Output.stdout(Said(kk: "\(file) жазылды", ru: "записан \(file)", en: "wrote \(file)").text + "\n")
  }
}

/// The sample roadmap shipped as a SwiftPM resource.
enum BundledSample {
  /// The sample's bytes, or nil when the resource bundle cannot be found.
  ///
  /// Looked up by hand rather than with `Bundle.module`, which traps when the bundle
  /// is missing (a binary copied away from its build folder).
  static func bytes() -> [UInt8]? {
    let exe = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
    let candidates = [
      exe.appendingPathComponent("jolkarta_jolkarta.resources/roadmap.json"),
      Bundle.main.bundleURL.appendingPathComponent("jolkarta_jolkarta.resources/roadmap.json"),
    ]
    for url in candidates {
      if let data = try? Data(contentsOf: url) { return [UInt8](data) }
    }
    return nil
  }
}
