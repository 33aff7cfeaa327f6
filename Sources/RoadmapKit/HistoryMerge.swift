/// The merge of two history files for git's merge driver: every line of both, each once,
/// saves in time order.
///
/// A history only grows, so the base adds nothing: what both sides have is kept once, and
/// what one side appended is added. A save's lines stay together with its outcome line
/// (which has no time of its own), and saves are ordered by their time, a stable sort
/// keeping each side's order within a second. A line that is not an entry (damaged by a
/// crash) goes with the save before it, as it was.
public enum HistoryMerge {
  /// The merged history.
  public static func union(ours: [UInt8], theirs: [UInt8]) -> [UInt8] {
    var seen = Set<ArraySlice<UInt8>>()
    var groups: [(save: String?, time: String, lines: [ArraySlice<UInt8>])] = []
    var groupOfSave: [String: Int] = [:]
    for line in lines(ours) + lines(theirs) where seen.insert(line).inserted {
      let json = try? JSONParser.parse(Array(line))
      let save = json?["save"]?.stringValue
      let time = json?["time"]?.stringValue
      if let save, let g = groupOfSave[save] {
        groups[g].lines.append(line)
        if let time, groups[g].time.isEmpty { groups[g].time = time }
        continue
      }
      let inherited = groups.last?.time ?? ""
      if time == nil, save == nil, !groups.isEmpty {
        groups[groups.count - 1].lines.append(line)
        continue
      }
      if let save { groupOfSave[save] = groups.count }
      groups.append((save, time ?? inherited, [line]))
    }
    let ordered = groups.enumerated().sorted { ($0.element.time, $0.offset) < ($1.element.time, $1.offset) }
    var out: [UInt8] = []
    for (_, g) in ordered { for l in g.lines { out += l; out.append(0x0A) } }
    return out
  }

  /// The lines of a file, without their line ends; a last line without one counts.
  static func lines(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
    bytes.split(separator: 0x0A, omittingEmptySubsequences: true).map { $0 }
  }
}
