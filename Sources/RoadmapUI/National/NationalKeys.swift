/// The keys of the national views, in the one key table (`KeyTable.all` ends with them).
extension KeyTable {
  /// The national views: a row per region, the shared directions, one direction across regions.
  static let nationalViews: Set<KeyContext> = [.national, .nationalDirections, .nationalDirection]

  /// The keys of the national views, and the one that leaves a region opened from them.
  static let national: [KeyBinding] = [
    bind([.escape], .leaveRegion, .keyAllRegions, [.overview], footer: true, requires: .embedded),
    bind([.up, .character("k")], .moveUp, .keyUp, nationalViews, footer: true),
    bind([.down, .character("j")], .moveDown, .keyDown, nationalViews, footer: true),
    bind([.pageUp, .control("b")], .pageUp, .keyPageUp, nationalViews),
    bind([.pageDown, .control("f")], .pageDown, .keyPageDown, nationalViews),
    bind([.home, .character("g")], .goTop, .keyTop, nationalViews),
    bind([.end, .character("G")], .goBottom, .keyBottom, nationalViews),
    bind([.enter], .open, .keyOpen, nationalViews, footer: true),
    bind([.character("s")], .sortNext, .keySort, [.national, .nationalDirection], footer: true),
    bind([.character("S")], .sortReverse, .keyReverseSort, [.national, .nationalDirection]),
    bind([.character("d")], .showSharedDirections, .keySharedDirections, [.national], footer: true),
    bind([.escape, .backspace, .left], .goBack, .keyBack, [.nationalDirections, .nationalDirection],
      footer: true),
    bind([.character("L")], .switchLanguage, .keyLanguage, nationalViews),
    bind([.character("?"), .function(1)], .toggleHelp, .keyHelp, nationalViews, footer: true),
    bind([.character("q")], .quit, .keyQuit, nationalViews, footer: true),
  ]
}
