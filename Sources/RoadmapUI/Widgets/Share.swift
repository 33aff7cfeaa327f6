import RoadmapKit

/// Shares of plan turned into cells of a bar and into percentages, for every screen,
/// slide and report alike.
///
/// Total over every figure a roadmap may hold (`1e300`, `5e-324`, an exceeded plan):
/// the arithmetic that once trapped (`Int` of an infinite or huge double, a negative
/// repeat count) lives here once, so no caller can get it wrong again.
public enum Share {
  /// How many of `width` cells a share fills: from 0 to `width`, whatever the share.
  ///
  /// A share over 1 fills the bar; NaN, a negative share or a width below 1 fill nothing.
  public static func cells(_ share: Double, of width: Int) -> Int {
    // `share > 0` is false for NaN too.
    guard width > 0, share > 0 else { return 0 }
    guard share < 1 else { return width }
    return min(width, Int((share * Double(width)).rounded()))
  }

  /// The percentage of plan as shown: `50`, `714`, or `>999 999` at the ceiling; nil
  /// without a plan.
  public static func percentFigure(_ indicator: Indicator, _ language: Language) -> String? {
    guard let p = indicator.percentOfPlan else { return nil }
    guard p >= Indicator.percentCeiling else { return Formatting.count(p, language) }
    return ">" + Formatting.count(Indicator.percentCeiling - 1, language)
  }
}
