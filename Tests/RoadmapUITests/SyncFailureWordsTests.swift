import Foundation
import RoadmapKit
import Testing

@testable import RoadmapUI

/// A failed sync is said in the interface language; git's own words are kept as git
/// wrote them, behind «git:».
@Suite struct SyncFailureWordsTests {
  let ours: [SyncFailure] = [
    .gitExited(status: 128), .cannotRunGit(program: "/usr/bin/git"),
    .timedOut(step: "fetch", seconds: 120),
    .conflictsElsewhere(files: ["README.md", "notes.txt"]),
  ]

  @Test func jolkartasOwnWordsAreInTheLanguageWithTheirFigures() {
    for failure in ours {
      let english = SyncFailureWords.said(failure, .en)
      #expect(english == failure.description)
      for language in [Language.kk, .ru] {
        let said = SyncFailureWords.said(failure, language)
        #expect(said != english, "\(failure) in \(language)")
        #expect(!said.contains("cannot") && !said.contains("took longer") && !said.contains("does not merge"))
      }
    }
    #expect(SyncFailureWords.said(.timedOut(step: "fetch", seconds: 120), .kk).contains("120"))
    #expect(SyncFailureWords.said(.conflictsElsewhere(files: ["README.md", "notes.txt"]), .ru).contains("README.md, notes.txt"))
    #expect(SyncFailureWords.said(.cannotRunGit(program: "/usr/bin/git"), .kk).contains("/usr/bin/git"))
  }

  @Test func gitsOwnLineIsKeptAsGitWroteIt() {
    let line = "fatal: 'origin' does not appear to be a git repository"
    for language in Language.allCases {
      #expect(SyncFailureWords.said(.git(says: line), language) == "git: " + line)
    }
  }

  @Test func theLockAndABrokenFileAreSaidAsSavesAndLoadsSayThem() {
    let problem = Problem(file: "roadmap.json", .noSuchFile)
    let error = RoadmapLoadError(problems: [problem])
    #expect(SyncFailureWords.said(.invalidRoadmap(error), .kk) == LoadFailure.words(error, .kk))
    #expect(SyncFailureWords.said(.invalidRoadmap(error), .kk) != error.description)
  }
}
