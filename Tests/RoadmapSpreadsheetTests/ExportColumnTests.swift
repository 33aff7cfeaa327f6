import RoadmapUI
import Testing

/// The export's headings are catalogue words that `import` can tell back into columns.
@Suite struct ExportColumnTests {
  @Test func everyHeadingOfEveryLanguageNamesItsColumn() {
    for language in Language.allCases {
      for c in ExportColumn.allCases {
        #expect(ExportColumn.recognise(c.heading(language)) == c, "\(language) \(c)")
        #expect(ExportColumn.recognise("  " + c.heading(language).uppercased() + " ") == c)
      }
    }
    #expect(ExportColumn.recognise("owner") == .owner && ExportColumn.recognise("Срок") == .due)
    #expect(ExportColumn.recognise("№") == nil && ExportColumn.recognise("") == nil)
    // The id first, so a sorted or filtered sheet still names each activity.
    #expect(ExportColumn.allCases.first == .id)
    // No two columns share a heading in any language.
    for language in Language.allCases {
      #expect(Set(ExportColumn.allCases.map { $0.heading(language).lowercased() }).count == ExportColumn.allCases.count)
    }
  }
}
