import RoadmapKit

/// The report's charts as inline SVG: no scripts, no fonts or images fetched, every text
/// escaped by `ReportHTML.escape` (so the SVG is well-formed XML whatever the file says).
///
/// Readable in print and in grayscale without colour: done is solid and dark, in progress
/// is hatched, not started is dotted on white, the counts are written on the bars, and
/// the bands of the progress chart are named at their end with their counts.
public enum ReportSVG {
  /// Width of every chart, in SVG units (the page's width when printed, about 180 mm).
  static let width = 680.0
  /// The text size, in SVG units (about 8 pt printed).
  static let font = 11.0
  /// A generous average advance of a letter at `font`, to keep labels from overlapping.
  static let letter = 6.4

  /// The statuses of each direction: a full-width bar per direction split by its counts,
  /// each count written on its part (or, where the part is too narrow, after the total).
  public static func directions(_ c: ReportCharts) -> String {
    let row = 36.0, top = 24.0
    let height = top + row * Double(c.directions.count) + 4
    var out = open("directions", c.directionsTitle, height: height)
    out += legend(c, prefix: "d", y: 12)
    for (i, bar) in c.directions.enumerated() {
      let y = top + row * Double(i)
      let total = Catalogue.counted(.totalCount, bar.counts.total, c.language)
      var right = [total]
      var parts = ""
      var x = 0.0
      let n = [bar.counts.done, bar.counts.inProgress, bar.counts.pending]
      for (k, count) in n.enumerated() where count > 0 {
        let w = width * Double(count) / Double(max(bar.counts.total, 1))
        parts += "<rect class=\"part \(classes[k])\" x=\"\(f(x))\" y=\"\(f(y + 14))\" width=\"\(f(w))\" height=\"18\""
          + " fill=\"\(fill(k, prefix: "d"))\" stroke=\"#111\" stroke-width=\"0.8\" />\n"
        let shown = Formatting.count(count, c.language)
        if w >= Double(shown.count) * letter + 8 {
          parts += text(shown, x: x + w / 2, y: y + 27, anchor: "middle", halo: k > 0, light: k == 0)
        } else {
          right.append(c.statusWords[k] + " " + shown)
        }
        x += w
      }
      let tail = right.joined(separator: " · ")
      let room = max(8, Int((width - Double(tail.count) * letter - 16) / letter))
      out += text(clip(bar.label, room), x: 0, y: y + 10, anchor: "start", bold: true)
      out += text(tail, x: width, y: y + 10, anchor: "end")
      out += parts
    }
    return out + "</svg>\n"
  }

  /// The counts over time as stacked bands (done at the bottom), a marker per point on the
  /// top of the done band, the dates under the axis where they fit (always the first and
  /// the last), the done count over each dated point, and each band named at its end.
  /// Nil when there is one point only: `ReportCharts.onePoint` says so in words instead.
  public static func progress(_ c: ReportCharts) -> String? {
    guard c.points.count > 1, let first = c.points.first, let last = c.points.last else { return nil }
    let left = 40.0, right = 150.0, top = 24.0, plotH = 140.0, bottom = 34.0
    let plotW = width - left - right
    let height = top + plotH + bottom
    let span = Double(max(last.day.ordinal - first.day.ordinal, 1))
    let most = Double(max(c.points.map(\.counts.total).max() ?? 1, 1))
    func x(_ p: ReportCharts.Point) -> Double { left + plotW * Double(p.day.ordinal - first.day.ordinal) / span }
    func y(_ n: Int) -> Double { top + plotH - plotH * Double(n) / most }
    let levels: [(ReportCharts.Point) -> Int] = [
      { _ in 0 }, { $0.counts.done }, { $0.counts.done + $0.counts.inProgress }, { $0.counts.total },
    ]
    var out = open("progress", c.progressTitle, height: height)
    out += legend(c, prefix: "p", y: 12)
    for k in 0..<3 {
      let upper = c.points.map { "\(f(x($0))),\(f(y(levels[k + 1]($0))))" }
      let lower = c.points.reversed().map { "\(f(x($0))),\(f(y(levels[k]($0))))" }
      out += "<polygon class=\"band \(classes[k])\" points=\"\((upper + lower).joined(separator: " "))\""
        + " fill=\"\(fill(k, prefix: "p"))\" stroke=\"#111\" stroke-width=\"0.8\" />\n"
    }
    // The count axis: 0, half and the most, as the language writes numbers.
    for n in Set([0, Int(most) / 2, Int(most)]).sorted() {
      out += "<line x1=\"\(f(left - 4))\" y1=\"\(f(y(n)))\" x2=\"\(f(left))\" y2=\"\(f(y(n)))\" stroke=\"#111\" />\n"
      out += text(Formatting.count(n, c.language), x: left - 6, y: y(n) + 4, anchor: "end", cls: "tick")
    }
    out += "<line x1=\"\(f(left))\" y1=\"\(f(top + plotH))\" x2=\"\(f(left + plotW))\" y2=\"\(f(top + plotH))\""
      + " stroke=\"#111\" />\n"
    // Dates where they fit: the first and the last always, then each other one, in time
    // order, that keeps clear of those already placed.
    func place(_ i: Int) -> ClosedRange<Double> {
      let p = c.points[i]
      let w = Double(max(p.label.count, p.kind?.count ?? 0)) * letter
      let centre = min(max(x(p), left + w / 2), width - w / 2)
      return (centre - w / 2 - 4)...(centre + w / 2 + 4)
    }
    var dated = [0, c.points.count - 1]
    if place(0).overlaps(place(c.points.count - 1)) { dated = [c.points.count - 1] }
    for i in 1..<(c.points.count - 1) where !dated.contains(where: { place($0).overlaps(place(i)) }) {
      dated.append(i)
    }
    for i in dated.sorted() {
      let p = c.points[i]
      let centre = (place(i).lowerBound + place(i).upperBound) / 2
      out += text(p.label, x: centre, y: top + plotH + 15, anchor: "middle", cls: "date")
      if let kind = p.kind { out += text(kind, x: centre, y: top + plotH + 28, anchor: "middle", cls: "kind") }
      out += text(Formatting.count(p.counts.done, c.language), x: x(p), y: y(p.counts.done) - 7,
        anchor: "middle", halo: true, cls: "count")
    }
    for p in c.points {
      if p.kind != nil, p.day != last.day {
        out += "<line class=\"meeting\" x1=\"\(f(x(p)))\" y1=\"\(f(top))\" x2=\"\(f(x(p)))\" y2=\"\(f(top + plotH))\""
          + " stroke=\"#111\" stroke-dasharray=\"3 3\" />\n"
      }
      let counts = [p.label] + (0..<3).map { k in
        c.statusWords[k] + " " + Formatting.count([p.counts.done, p.counts.inProgress, p.counts.pending][k], c.language)
      }
      out += "<circle class=\"point\" cx=\"\(f(x(p)))\" cy=\"\(f(y(p.counts.done)))\" r=\"3.5\" fill=\"#fff\""
        + " stroke=\"#111\" stroke-width=\"1.5\"><title>" + ReportHTML.escape(counts.joined(separator: ", "))
        + "</title></circle>\n"
    }
    // Each band named at its end, beside its middle, pushed up a line from the one below
    // where bands are thin.
    var ys: [Double] = []
    for k in 0..<3 {
      let mid = (y(levels[k](last)) + y(levels[k + 1](last))) / 2 + 4
      ys.append(min(mid, (ys.last ?? .infinity) - font - 1))
    }
    let counts = [last.counts.done, last.counts.inProgress, last.counts.pending]
    for k in 0..<3 {
      out += text(c.statusWords[k] + " " + Formatting.count(counts[k], c.language),
        x: left + plotW + 8, y: ys[k], anchor: "start", cls: "band-label")
    }
    return out + "</svg>\n"
  }

  static let classes = ["done", "progress", "pending"]

  /// The opening tag, a title for assistive technology, and the patterns of the statuses.
  static func open(_ key: String, _ title: String, height: Double) -> String {
    let prefix = key == "directions" ? "d" : "p"
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\"chart-\(key)\" role=\"img\""
      + " viewBox=\"0 0 \(f(width)) \(f(height))\" font-size=\"\(f(font))\""
      + " font-family=\"Liberation Sans, Arial, sans-serif\">\n"
      + "<title>" + ReportHTML.escape(title) + "</title>\n<defs>\n"
      + "<pattern id=\"\(prefix)-hatch\" patternUnits=\"userSpaceOnUse\" width=\"6\" height=\"6\""
      + " patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#f2c94c\" />"
      + "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#111\" stroke-width=\"1.6\" /></pattern>\n"
      + "<pattern id=\"\(prefix)-dots\" patternUnits=\"userSpaceOnUse\" width=\"5\" height=\"5\">"
      + "<rect width=\"5\" height=\"5\" fill=\"#fff\" /><circle cx=\"2.5\" cy=\"2.5\" r=\"0.9\" fill=\"#444\" />"
      + "</pattern>\n</defs>\n"
  }

  /// The fill of status `k`: solid dark green, hatched yellow, dotted white.
  static func fill(_ k: Int, prefix: String) -> String {
    ["#1b6b2b", "url(#\(prefix)-hatch)", "url(#\(prefix)-dots)"][k]
  }

  /// The key of the three fills, each with its word.
  static func legend(_ c: ReportCharts, prefix: String, y: Double) -> String {
    var out = ""
    var x = 0.0
    for k in 0..<3 {
      out += "<rect class=\"key \(classes[k])\" x=\"\(f(x))\" y=\"\(f(y - 9))\" width=\"14\" height=\"10\""
        + " fill=\"\(fill(k, prefix: prefix))\" stroke=\"#111\" stroke-width=\"0.8\" />\n"
      out += text(c.statusWords[k], x: x + 19, y: y, anchor: "start", cls: "legend")
      x += 19 + Double(c.statusWords[k].count) * letter + 18
    }
    return out
  }

  /// A `<text>`: escaped; `halo` draws a white outline under dark letters so that they
  /// read on hatching, `light` writes white letters on the dark fill.
  static func text(
    _ s: String, x: Double, y: Double, anchor: String, bold: Bool = false, halo: Bool = false,
    light: Bool = false, cls: String? = nil
  ) -> String {
    var a = "x=\"\(f(x))\" y=\"\(f(y))\" text-anchor=\"\(anchor)\""
    if let cls { a += " class=\"\(cls)\"" }
    if bold { a += " font-weight=\"bold\"" }
    if light { a += " fill=\"#fff\"" }
    if halo { a += " stroke=\"#fff\" stroke-width=\"3\" paint-order=\"stroke\"" }
    return "<text \(a)>" + ReportHTML.escape(s) + "</text>\n"
  }

  /// `s` cut to `n` characters with an ellipsis, so a long title cannot run into its counts.
  static func clip(_ s: String, _ n: Int) -> String { s.count <= n ? s : String(s.prefix(max(n - 1, 1))) + "…" }

  /// A coordinate with at most one decimal.
  static func f(_ v: Double) -> String {
    let r = (v * 10).rounded() / 10
    return r == r.rounded() ? String(Int(r)) : String(r)
  }
}
