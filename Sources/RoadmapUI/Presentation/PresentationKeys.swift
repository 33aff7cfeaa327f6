/// What the presenter asked for with a key. There is no editing action: the presenter
/// lock is that the presentation cannot express an edit at all.
public enum PresentationAction: Hashable, Sendable {
  /// The next slide.
  case next
  /// The previous slide.
  case previous
  /// The first slide.
  case first
  /// The last slide.
  case last
  /// The slide of the digit pressed (1–9).
  case jump
  /// Blank the screen until the next key.
  case blank
  /// Show or hide the list of keys.
  case toggleHelp
  /// End the presentation (back to the dashboard when started from it).
  case exit
}

/// One key binding of the presentation, with its help text.
public struct PresentationBinding: Hashable, Sendable {
  /// The keys that trigger it.
  public var keys: [Key]
  /// What they do.
  public var action: PresentationAction
  /// The help text.
  public var help: Message
  /// A label replacing the generated one (e.g. `1-9`).
  public var label: String?
}

/// The presentation's key table: the dispatch and the help overlay both read it, the way
/// `KeyTable` serves the dashboard (a parallel table, since the actions differ).
public enum PresentationKeys {
  /// Every binding, in the order the help lists them.
  public static let all: [PresentationBinding] = [
    PresentationBinding(
      keys: [.right, .character(" "), .pageDown, .down, .enter], action: .next, help: .keyNextSlide),
    PresentationBinding(keys: [.left, .pageUp, .up, .backspace], action: .previous, help: .keyPreviousSlide),
    PresentationBinding(keys: (1...9).map { .character(Character(String($0))) }, action: .jump,
      help: .keyJumpSlide, label: "1-9"),
    PresentationBinding(keys: [.home], action: .first, help: .keyFirstSlide),
    PresentationBinding(keys: [.end], action: .last, help: .keyLastSlide),
    PresentationBinding(keys: [.character("b")], action: .blank, help: .keyBlank),
    PresentationBinding(keys: [.character("?"), .function(1)], action: .toggleHelp, help: .keyHelp),
    PresentationBinding(keys: [.character("q"), .escape], action: .exit, help: .keyEndPresentation),
  ]

  /// The binding `key` triggers, if any.
  public static func binding(for key: Key) -> PresentationBinding? {
    all.first { $0.keys.contains(key) }
  }

  /// How a binding's keys are written, e.g. `→/Space/PgDn/↓/Enter`.
  public static func label(_ b: PresentationBinding, asciiOnly: Bool) -> String {
    b.label ?? b.keys.map { KeyTable.name($0, asciiOnly: asciiOnly) }.joined(separator: "/")
  }
}
