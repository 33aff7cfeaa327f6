import Foundation

/// Where an activity stands: the three states the roadmap tracks.
public enum Status: String, CaseIterable, Sendable, Hashable, Codable {
  case done
  case inProgress = "in_progress"
  case pending

  /// The next status in the cycle done → in progress → pending → done.
  public var next: Status {
    switch self {
    case .done: return .inProgress
    case .inProgress: return .pending
    case .pending: return .done
    }
  }
}

/// A text given either as one string or as translations keyed by language code.
///
/// The file may write `"Ауыл аманаты"` or `{"kk": "Ауыл аманаты", "ru": "Аул аманаты"}`;
/// both load into this type, and the order of the translations is kept.
public struct LocalizedText: Hashable, Sendable {
  // A plain string is stored without an array: a million titles, a million fewer allocations.
  private enum Storage: Hashable, Sendable {
    case plain(String)
    case translated([Translation])
  }
  private var storage: Storage

  /// One translation of a text.
  public struct Translation: Hashable, Sendable {
    /// Language code (`kk`, `ru`, `en`), or "" for a text given as a plain string.
    public var language: String
    /// The text itself.
    public var text: String
    /// Makes a translation.
    public init(language: String, text: String) {
      self.language = language
      self.text = text
    }
  }

  /// A text given as a plain string.
  public init(_ plain: String) {
    storage = .plain(plain)
  }

  /// A text given as translations, in this order.
  public init(translations: [Translation]) {
    if translations.count == 1, translations[0].language.isEmpty {
      storage = .plain(translations[0].text)
    } else {
      storage = .translated(translations)
    }
  }

  /// Translations in file order; a plain string is the single translation with code "".
  public var translations: [Translation] {
    get {
      switch storage {
      case .plain(let s): return [Translation(language: "", text: s)]
      case .translated(let t): return t
      }
    }
    set { self = LocalizedText(translations: newValue) }
  }

  /// True when the file gave a plain string rather than translations.
  public var isPlain: Bool {
    if case .plain = storage { return true }
    return false
  }

  /// The text in `language`, else in Kazakh, else the plain string, else the first one.
  public func resolved(_ language: String = "kk") -> String {
    switch storage {
    case .plain(let s): return s
    case .translated(let translations):
      if let t = translations.first(where: { $0.language == language }) { return t.text }
      if let t = translations.first(where: { $0.language == "kk" }) { return t.text }
      if let t = translations.first(where: { $0.language == "" }) { return t.text }
      return translations.first?.text ?? ""
    }
  }

  /// Whether `needle` occurs in any translation, ignoring case.
  public func contains(_ needle: String) -> Bool {
    switch storage {
    case .plain(let s): return s.localizedCaseInsensitiveContains(needle)
    case .translated(let t): return t.contains { $0.text.localizedCaseInsensitiveContains(needle) }
    }
  }
}

/// A calendar day written `YYYY-MM-DD`, validated to be a real date.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
  // Packed as year << 9 | month << 5 | day: ordered like the date, and 4 bytes
  // instead of 24 in each of a million activities.
  private let packed: UInt32

  /// The year.
  public var year: Int { Int(packed >> 9) }
  /// The month, 1–12.
  public var month: Int { Int((packed >> 5) & 15) }
  /// The day of the month, 1–31.
  public var day: Int { Int(packed & 31) }

  /// Parses `YYYY-MM-DD`; nil unless it is a real date of the Gregorian calendar.
  public init?(_ text: String) {
    let u = Array(text.utf8)
    guard u.count == 10, u[4] == 45, u[7] == 45 else { return nil }
    func num(_ r: Range<Int>) -> Int? {
      var v = 0
      for i in r {
        guard (48...57).contains(u[i]) else { return nil }
        v = v * 10 + Int(u[i] - 48)
      }
      return v
    }
    guard let y = num(0..<4), let m = num(5..<7), let d = num(8..<10) else { return nil }
    self.init(year: y, month: m, day: d)
  }

  /// Makes a day from its parts; nil unless it is a real date.
  public init?(year: Int, month: Int, day: Int) {
    guard (1...9999).contains(year), (1...12).contains(month), day >= 1,
      day <= Day.daysIn(month: month, year: year)
    else { return nil }
    packed = UInt32(year) << 9 | UInt32(month) << 5 | UInt32(day)
  }

  /// Today in the local time zone.
  public static func today(_ date: Date = Date()) -> Day {
    let c = Calendar(identifier: .gregorian).dateComponents([.year, .month, .day], from: date)
    return Day(year: c.year!, month: c.month!, day: c.day!)!
  }

  /// The number of days in a month, leap years included.
  public static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  /// The same day one year later; 29 February becomes 28 February.
  public var nextYear: Day {
    Day(year: year + 1, month: month, day: min(day, Day.daysIn(month: month, year: year + 1)))!
  }

  /// `YYYY-MM-DD`.
  public var description: String {
    String(format: "%04d-%02d-%02d", year, month, day)
  }

  public static func < (a: Day, b: Day) -> Bool {
    a.packed < b.packed
  }
}

/// A measured figure with an optional plan: "7 of 14 schools", "837 loans".
public struct Indicator: Hashable, Sendable {
  /// Unique id within the file.
  public var id: String
  /// What is measured.
  public var title: LocalizedText
  /// The unit the figures are in, with its plural forms where the file gives them
  /// ("1 амбулатория", "2 амбулатории", "5 амбулаторий"): displays pick the form by the
  /// figure it goes with.
  public var unitForms: PluralText
  /// The planned figure, if the roadmap sets one.
  public var plan: Double?
  /// The figure reached so far.
  public var actual: Double

  /// The unit as one text per language (the form said without a number where the file
  /// gives forms; see `PluralText.text`); setting it drops the forms.
  public var unit: LocalizedText {
    get { unitForms.text }
    set { unitForms = PluralText(newValue) }
  }

  /// Makes an indicator (a file's are read by the loader, which keeps to the format's
  /// domain: `plan` > 0, `actual` ≥ 0; one made here may be anything, and every share and
  /// percentage of it is still total).
  public init(id: String, title: LocalizedText, unit: LocalizedText, plan: Double?, actual: Double) {
    self.init(id: id, title: title, unitForms: PluralText(unit), plan: plan, actual: actual)
  }

  /// Makes an indicator whose unit may have plural forms.
  public init(id: String, title: LocalizedText, unitForms: PluralText, plan: Double?, actual: Double) {
    self.id = id
    self.title = title
    self.unitForms = unitForms
    self.plan = plan
    self.actual = actual
  }

  /// Actual as a share of plan (over 1 when exceeded); nil without a plan.
  ///
  /// Always finite and at least 0, whatever the figures: `1e300` over `5e-324` would be
  /// infinite, and every screen multiplies this by a width or by 100, so it stops at
  /// `largestFraction` (a share no display can tell from it anyway).
  public var fractionOfPlan: Double? {
    guard let plan, plan > 0, plan.isFinite, actual.isFinite else { return nil }
    let f = actual / plan
    return f.isNaN ? 0 : min(max(0, f), Self.largestFraction)
  }

  /// The largest `fractionOfPlan`: 100 times it is still a finite double.
  public static let largestFraction = Double.greatestFiniteMagnitude / 1000

  /// Actual as a whole percentage of plan, rounded; nil without a plan.
  ///
  /// Saturates at `percentCeiling` instead of trapping on a share too large for an `Int`:
  /// displays show a percentage at the ceiling as "more than" (`>999 999%`).
  public var percentOfPlan: Int? {
    fractionOfPlan.map { f in
      let p = (f * 100).rounded()
      return p >= Double(Self.percentCeiling) ? Self.percentCeiling : Int(p)
    }
  }

  /// Where `percentOfPlan` stops: a share of plan of ten thousand times or more.
  public static let percentCeiling = 1_000_000

  /// The share of plan a bar fills, from 0 to 1 (an exceeded plan fills the bar).
  public var filledShare: Double? { fractionOfPlan.map { min(1, $0) } }
}

/// One activity of the roadmap: the unit whose status is tracked.
public struct Activity: Hashable, Sendable {
  /// Unique id within the file.
  public var id: String
  /// What is to be done.
  public var title: LocalizedText
  /// Where it stands.
  public var status: Status
  /// The responsible agency, if named.
  public var owner: LocalizedText?
  /// The due date, if set.
  public var due: Day?
  /// A free note, if any.
  public var note: LocalizedText?
  /// Where the activity's object stands in the roadmap's source bytes (for a lossless save).
  var span: Range<Int> {
    get { Int(spanStart)..<Int(spanEnd) }
    set {
      spanStart = UInt32(newValue.lowerBound)
      spanEnd = UInt32(newValue.upperBound)
    }
  }
  /// Which entry of `Roadmap.ownerTable` the owner is (−1: none), kept by the model.
  var ownerSlot: Int32 = -1

  /// A number shared by every activity of the same owner in this roadmap, nil without one:
  /// grouping by it costs nothing, where comparing owner texts costs a Unicode-aware hash.
  public var ownerKey: Int? { ownerSlot < 0 ? nil : Int(ownerSlot) }

  // Offsets fit 32 bits (files up to 4 GiB): 8 bytes saved in each activity.
  private var spanStart: UInt32 = 0
  private var spanEnd: UInt32 = 0

  /// Makes an activity.
  public init(
    id: String, title: LocalizedText, status: Status, owner: LocalizedText? = nil, due: Day? = nil,
    note: LocalizedText? = nil
  ) {
    self.id = id
    self.title = title
    self.status = status
    self.owner = owner
    self.due = due
    self.note = note
  }

  /// Equal when every field is; where it stands in the file does not matter.
  public static func == (a: Activity, b: Activity) -> Bool {
    a.id == b.id && a.title == b.title && a.status == b.status && a.owner == b.owner && a.due == b.due
      && a.note == b.note
  }

  /// Hashes the fields compared by `==`.
  public func hash(into h: inout Hasher) {
    h.combine(id)
    h.combine(status)
  }

  /// Not done and due before `reference`.
  public func isOverdue(asOf reference: Day) -> Bool {
    Self.isOverdue(status: status, due: due, asOf: reference)
  }

  /// Whether an activity of `status` due on `due` is overdue on `reference`: the rule of
  /// `isOverdue(asOf:)`, for a reader of activities in place (a copy of each costs a
  /// retain and a release of every string it holds).
  @inline(__always) public static func isOverdue(status: Status, due: Day?, asOf reference: Day) -> Bool {
    guard status != .done, let due else { return false }
    return due < reference
  }
}

/// A project: a group of activities, with its own indicators.
public struct Project: Hashable, Sendable {
  /// Unique id within the file.
  public var id: String
  /// The project's name, e.g. «Ауыл аманаты».
  public var title: LocalizedText
  /// Figures the project reports.
  public var indicators: [Indicator]
  /// Its activities in file order.
  public var activities: [Activity]
  /// Status counts of `activities`, kept up to date by every edit.
  public internal(set) var counts: StatusCounts
}

/// A priority direction: a group of projects.
public struct Direction: Hashable, Sendable {
  /// Unique id within the file.
  public var id: String
  /// The direction's name, e.g. «Өмір сапасын арттыру».
  public var title: LocalizedText
  /// Figures the direction reports.
  public var indicators: [Indicator]
  /// Its projects in file order.
  public var projects: [Project]

  /// Status counts over all its projects.
  public var counts: StatusCounts {
    projects.reduce(into: StatusCounts()) { $0 += $1.counts }
  }
}
