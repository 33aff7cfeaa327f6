// libFuzzer target for the roadmap loader: every input must end in a roadmap or a
// RoadmapLoadError, never a crash, a trap or a hang. Built by `make fuzz` together with
// RoadmapKit's sources in one module (so no `import RoadmapKit`).

@_cdecl("LLVMFuzzerTestOneInput")
public func loaderFuzzTestOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  if let loaded = try? RoadmapLoader.decode(bytes) {
    // A valid roadmap also saves back to exactly what was read.
    var roadmap = loaded.roadmap
    precondition(roadmap.rebase() == bytes)
  }
  return 0
}
