/// Synthetic roadmaps in format v1 for benchmarks and tests, deterministic by seed.
///
/// Kazakh titles of realistic length built from the region's districts and the kinds
/// of work a roadmap lists, many owners, Russian translations on some titles, and the
/// region's 60:52:10 status mix. Written straight to bytes in the canonical layout
/// (so a load → save is byte-identical) without building a tree: a million activities
/// stay cheap to make.
public struct SyntheticRoadmap {
  /// Activities to generate.
  public var activities: Int
  /// Seed of the pseudo-random choices.
  public var seed: UInt64

  /// Describes a roadmap to generate.
  public init(activities: Int, seed: UInt64) {
    self.activities = max(0, activities)
    self.seed = seed
  }

  static let districts = [
    "Ақжайық", "Бөрлі", "Бәйтерек", "Жәнібек", "Казталов", "Қаратөбе", "Сырым", "Тасқала",
    "Теректі", "Шыңғырлау", "Бөкей ордасы", "Жаңақала",
  ]
  static let works: [(kk: String, ru: String)] = [
    ("ауданында {n} орындық мектеп салу", "районе строительство школы на {n} мест"),
    ("ауданында {n} шақырым автомобиль жолын жөндеу", "районе ремонт {n} км автомобильной дороги"),
    ("ауданындағы ауылдарда {n} ФАП құрылысын аяқтау", "районе завершение строительства {n} ФАП"),
    ("ауданында көпқабатты тұрғын үйлерді пайдалануға беру ({n} пәтер)", "районе ввод многоквартирных домов ({n} квартир)"),
    ("ауданында «Ауыл аманаты» бойынша {n} несие беру", "районе выдача {n} кредитов по «Ауыл аманаты»"),
    ("ауданында «Ұлттық мұра» жобасы аясында {n} іс-шара өткізу", "районе проведение {n} мероприятий «Ұлттық мұра»"),
    ("ауданында {n} спорт алаңын салу және жабдықтау", "районе строительство и оснащение {n} спортплощадок"),
    ("ауданында ауыз су құбырын қайта жаңарту ({n} шақырым)", "районе реконструкция водопровода ({n} км)"),
    ("ауданында қатты тұрмыстық қалдықтар полигонын жаңғырту", "районе модернизация полигона ТБО"),
    ("ауданында {n} мың түп ағаш отырғызу", "районе посадка {n} тыс. деревьев"),
  ]
  static let departments = [
    "құрылыс", "білім", "денсаулық сақтау", "ауыл шаруашылығы", "мәдениет",
    "дене шынықтыру және спорт", "жолаушылар көлігі және автомобиль жолдары",
    "энергетика және тұрғын үй-коммуналдық шаруашылық", "кәсіпкерлік және өнеркәсіп",
    "табиғи ресурстар және табиғатты пайдалануды реттеу",
  ]
  static let directionTitles = [
    "Өмір сапасын арттыру", "Кірістерді арттыру", "Өмір сапасын жақсарту",
    "Экологиялық жағдайды жақсарту",
  ]

  /// The roadmap as canonical JSON bytes ending in a newline.
  public func bytes() -> [UInt8] {
    var rng = SplitMix64(seed: seed)
    var out: [UInt8] = []
    out.reserveCapacity(activities * 330 + 4096)
    func put(_ s: String) { out.append(contentsOf: s.utf8) }
    func str(_ s: String) { JSONWriter.writeString(s, into: &out) }
    put("{\n  \"format\": \"jolkarta-roadmap\",\n  \"version\": 1,\n  \"title\": ")
    str("Синтетикалық жол картасы (\(activities) іс-шара, seed \(seed))")
    put(",\n  \"region\": {\n    \"kk\": \"Батыс Қазақстан облысы\",\n    \"ru\": \"Западно-Казахстанская область\"\n  },\n")
    put("  \"period\": {\n    \"start\": 2023,\n    \"end\": 2027\n  },\n  \"as_of\": \"2023-11-30\",\n")
    put("  \"directions\": [")
    let perProject = 50
    let projects = max(1, (activities + perProject - 1) / perProject)
    let directions = min(4, projects)
    var made = 0
    for d in 0..<directions {
      put(d == 0 ? "\n" : ",\n")
      put("    {\n      \"id\": \"g\(d + 1)\",\n      \"title\": ")
      str(Self.directionTitles[d])
      put(",\n      \"projects\": [")
      // Projects are dealt to directions in turn so each gets its share.
      let myProjects = stride(from: d, to: projects, by: directions).map { $0 }
      if myProjects.isEmpty { put("]\n    }"); continue }
      for (k, p) in myProjects.enumerated() {
        put(k == 0 ? "\n" : ",\n")
        put("        {\n          \"id\": \"g\(d + 1).p\(p + 1)\",\n          \"title\": ")
        str("\(Self.districts[p % Self.districts.count]) ауданы: \(Self.departments[p % Self.departments.count]) бағдарламасы №\(p + 1)")
        put(",\n          \"activities\": [")
        let count = min(perProject, activities - p * perProject)
        if count <= 0 { put("]\n        }"); continue }
        for a in 0..<count {
          put(a == 0 ? "\n" : ",\n")
          made += 1
          let district = Self.districts[Int(rng.next() % UInt64(Self.districts.count))]
          let work = Self.works[Int(rng.next() % UInt64(Self.works.count))]
          let n = 2 + Int(rng.next() % 400)
          let kk = "\(district) \(work.kk.replacingOccurrences(of: "{n}", with: String(n)))"
          put("            {\n              \"id\": \"g\(d + 1).p\(p + 1).a\(a + 1)\",\n              \"title\": ")
          if rng.next() % 5 == 0 {
            put("{\n                \"kk\": ")
            str(kk)
            put(",\n                \"ru\": ")
            str("\(district) \(work.ru.replacingOccurrences(of: "{n}", with: String(n)))")
            put("\n              }")
          } else {
            str(kk)
          }
          // 60 : 52 : 10, the region's mix.
          let roll = rng.next() % 122
          let status = roll < 60 ? "done" : roll < 112 ? "in_progress" : "pending"
          put(",\n              \"status\": \"\(status)\",\n              \"owner\": ")
          let dep = Self.departments[Int(rng.next() % UInt64(Self.departments.count))]
          let owner = rng.next() % 3 == 0
            ? "\(Self.districts[Int(rng.next() % UInt64(Self.districts.count))]) ауданының әкімдігі"
            : "Батыс Қазақстан облысының \(dep) басқармасы"
          str(owner)
          let year = 2023 + Int(rng.next() % 5)
          let month = 1 + Int(rng.next() % 12)
          let day = 1 + Int(rng.next() % 28)
          put(",\n              \"due\": \"\(Day(year: year, month: month, day: day)!)\"")
          if rng.next() % 10 == 0 {
            put(",\n              \"note\": ")
            str("Мердігермен келісімшарт жасалды, жұмыс кестесі бекітілді")
          }
          put("\n            }")
        }
        put("\n          ]\n        }")
      }
      put("\n      ]\n    }")
    }
    put(directions == 0 ? "]\n}\n" : "\n  ]\n}\n")
    precondition(made == activities || activities == 0)
    return out
  }
}

/// SplitMix64: a tiny, fast, well-mixed PRNG; the same seed gives the same roadmap everywhere.
public struct SplitMix64: RandomNumberGenerator {
  private var state: UInt64
  /// Starts the sequence at `seed`.
  public init(seed: UInt64) { state = seed }
  /// The next 64 random bits.
  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
