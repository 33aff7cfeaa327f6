import RoadmapKit
import Testing

@testable import RoadmapUI

/// Agencies named by what tells them apart, each name still a name: the place every one
/// shares is dropped, the head noun kept («Білім басқармасы», «Управление образования»,
/// "Department of Education"). Expectations written by hand.
@Suite struct OwnerShortNamesTests {
  func short(_ owners: [LocalizedText], _ language: String) -> [String] {
    let s = OwnerShortNames(owners, language: language)
    return owners.map(s.name)
  }

  @Test func theRegionsAgenciesInEachLanguage() throws {
    let owners = try regionRoadmap().roadmap.ownerTable
    let expected: [String: [String: String]] = [
      "Батыс Қазақстан облысының білім басқармасы": [
        "kk": "Білім басқармасы", "ru": "Управление образования", "en": "Department of Education",
      ],
      "Батыс Қазақстан облысының құрылыс басқармасы": [
        "kk": "Құрылыс басқармасы", "ru": "Управление строительства", "en": "Department of Construction",
      ],
      "Батыс Қазақстан облысының дене шынықтыру және спорт басқармасы": [
        "kk": "Дене шынықтыру және спорт басқармасы", "ru": "Управление физической культуры и спорта",
        "en": "Department of Physical Culture and Sports",
      ],
      "Батыс Қазақстан облысының энергетика және тұрғын үй-коммуналдық шаруашылық басқармасы": [
        "kk": "Энергетика және тұрғын үй-коммуналдық шаруашылық басқармасы",
        "ru": "Управление энергетики и жилищно-коммунального хозяйства",
        "en": "Department of Energy, Housing and Utilities",
      ],
      "Батыс Қазақстан облысының ішкі саясат басқармасы": [
        "kk": "Ішкі саясат басқармасы", "ru": "Управление внутренней политики", "en": "Department of Internal Policy",
      ],
    ]
    #expect(owners.count == 13)
    for language in ["kk", "ru", "en"] {
      let names = short(owners, language)
      for (owner, name) in zip(owners, names) {
        // Never the place, never a bare genitive or a trailing comma.
        #expect(!name.contains("Батыс Қазақстан") && !name.contains("Западно-Казахстанской"), "\(name)")
        #expect(!name.contains("West Kazakhstan") && !name.hasSuffix(","), "\(name)")
        #expect(name.hasPrefix("Управление") || language != "ru", "\(name)")
        #expect(name.hasPrefix("Department of") || language != "en", "\(name)")
        #expect(name.hasSuffix("басқармасы") || language != "kk", "\(name)")
        if let want = expected[owner.resolved("kk")]?[language] { #expect(name == want) }
      }
      #expect(Set(names).count == owners.count, "still tells them apart in \(language)")
    }
  }

  @Test func anotherRegionsAgencies() {
    // Akmola region, its English without a comma ("of Akmola Region").
    let owners = [
      LocalizedText(translations: [
        .init(language: "kk", text: "Ақмола облысының денсаулық сақтау басқармасы"),
        .init(language: "ru", text: "Управление здравоохранения Акмолинской области"),
        .init(language: "en", text: "Health Department of Akmola Region"),
      ]),
      LocalizedText(translations: [
        .init(language: "kk", text: "Ақмола облысының ветеринария басқармасы"),
        .init(language: "ru", text: "Управление ветеринарии Акмолинской области"),
        .init(language: "en", text: "Veterinary Department of Akmola Region"),
      ]),
      LocalizedText(translations: [
        .init(language: "kk", text: "Ақмола облысының туризм басқармасы"),
        .init(language: "ru", text: "Управление туризма Акмолинской области"),
        .init(language: "en", text: "Tourism Department of Akmola Region"),
      ]),
    ]
    #expect(short(owners, "kk") == ["Денсаулық сақтау басқармасы", "Ветеринария басқармасы", "Туризм басқармасы"])
    #expect(short(owners, "ru") == ["Управление здравоохранения", "Управление ветеринарии", "Управление туризма"])
    #expect(short(owners, "en") == ["Health Department", "Veterinary Department", "Tourism Department"])
  }

  @Test func plainStringsFollowTheirLetters() {
    // A district's departments, as plain strings: Kazakh by its letters, Russian as Cyrillic.
    let kazakh = [LocalizedText("Бөрлі ауданының білім бөлімі"), LocalizedText("Бөрлі ауданының жер қатынастары бөлімі")]
    #expect(short(kazakh, "ru") == ["Білім бөлімі", "Жер қатынастары бөлімі"])
    let russian = [LocalizedText("Отдел образования Бурлинского района"), LocalizedText("Отдел земельных отношений Бурлинского района")]
    #expect(short(russian, "kk") == ["Отдел образования", "Отдел земельных отношений"])
  }

  @Test func aLoneOwnerOneWordNamesAndNothingSharedAreKept() {
    let one = [LocalizedText("Облыстық білім басқармасы")]
    #expect(short(one, "kk") == ["Облыстық білім басқармасы"])
    let words = [LocalizedText("Әкімдік"), LocalizedText("Мәслихат")]
    #expect(short(words, "kk") == ["Әкімдік", "Мәслихат"])
    let apart = [LocalizedText("Облыс әкімдігі"), LocalizedText("Қалалық мәслихат")]
    #expect(short(apart, "kk") == ["Облыс әкімдігі", "Қалалық мәслихат"])
  }
}

/// The short names a frame shows are kept between frames (`OwnerShortNamesMemo`), and
/// follow the owners when they change.
@Suite struct OwnerShortNamesKeptTests {
  let old = "Батыс Қазақстан облысының ауыл шаруашылығы басқармасы"
  let new = "Батыс Қазақстан облысының жастар саясаты басқармасы"

  @Test func anOwnerRenamedInTheFileShowsItsNewShortName() throws {
    var d = try TestDashboard.onAuylAmanaty(row: 0)
    #expect(d.text.contains("Ауыл шаруашылығы басқармасы"))
    let source = String(decoding: try regionRoadmap().roadmap.source, as: UTF8.self)
    #expect(source.contains(old))
    let renamed = try RoadmapLoader.decode(Array(source.replacingOccurrences(of: old, with: new).utf8))
    // As many owners as before: only the names tell the tables apart.
    #expect(renamed.roadmap.ownerTable.count == d.state.roadmap.ownerTable.count)
    d.state.replaceRoadmap(renamed.roadmap)
    #expect(d.text.contains("Жастар саясаты басқармасы"))
    #expect(!d.text.contains("Ауыл шаруашылығы басқармасы"))
  }

  @Test func anActivityGivenANewOwnerShowsItsShortName() throws {
    var d = try TestDashboard.onAuylAmanaty(row: 0)
    #expect(!d.text.contains("Жастар саясаты басқармасы"))
    var roadmap = d.state.roadmap
    let owner = LocalizedText(translations: [LocalizedText.Translation(language: "kk", text: new)])
    _ = try roadmap.set(.owner, of: "\(auylAmanaty).01", to: .text(owner))
    d.state.roadmap = roadmap
    #expect(d.text.contains("Жастар саясаты басқармасы"))
  }

}
