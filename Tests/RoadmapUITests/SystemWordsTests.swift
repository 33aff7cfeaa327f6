import Foundation
import RoadmapKit
import RoadmapUI
import Testing

/// The system's refusal (an errno) in each language: words of their own for the codes a
/// file meets, the "system error" word and the code's name for the rest.
struct SystemWordsTests {
  /// The codes the issue names: each must have words of its own in Kazakh and Russian.
  static let common: [Int32] = [
    EACCES, EPERM, ENOSPC, EDQUOT, EROFS, ENOENT, ENOTDIR, EISDIR, EEXIST, EIO, ENAMETOOLONG,
    EMFILE, ENFILE, EBUSY, ETXTBSY, EXDEV, ELOOP, EAGAIN,
  ]

  @Test(arguments: common)
  func eachCommonCodeHasItsOwnWordsInKazakhAndRussian(code: Int32) {
    let e = SystemError(code)
    let name = try! #require(e.name)
    for language in [Language.kk, .ru] {
      let said = SystemWords.words(e, language)
      #expect(!said.isEmpty)
      // Not the fallback, and not a letter of English (nor the code's name) in it.
      #expect(!said.contains(name), "\(language) \(name): \(said)")
      #expect(!said.unicodeScalars.contains { $0.isASCII && $0.properties.isAlphabetic }, "\(language) \(name): \(said)")
    }
    #expect(SystemWords.words(e, .en) == String(cString: strerror(code)))
    #expect(SystemWords.words(e, .kk) != SystemWords.words(e, .ru))
  }

  @Test func theWordsOfSomeCodes() {
    #expect(SystemWords.words(SystemError(EACCES), .kk) == "рұқсат жоқ")
    #expect(SystemWords.words(SystemError(EACCES), .ru) == "нет доступа")
    #expect(SystemWords.words(SystemError(EACCES), .en) == "Permission denied")
    #expect(SystemWords.words(SystemError(ENOSPC), .kk) == "дискіде бос орын жоқ")
    #expect(SystemWords.words(SystemError(ENOSPC), .ru) == "на диске нет места")
    #expect(SystemWords.words(SystemError(EISDIR), .ru) == "это папка, а не файл")
  }

  @Test func aRarerCodeIsTheSystemErrorWordAndItsName() {
    let seek = SystemError(ESPIPE)
    #expect(SystemWords.words(seek, .kk) == "жүйе қатесі (ESPIPE)")
    #expect(SystemWords.words(seek, .ru) == "системная ошибка (ESPIPE)")
    #expect(SystemWords.words(seek, .en) == "Illegal seek (ESPIPE)")
    // ENOTSUP and EOPNOTSUPP share a value on Linux: the POSIX name for files is kept.
    #expect(SystemError(EOPNOTSUPP).name == "ENOTSUP")
    #expect(SystemWords.words(SystemError(9999), .kk) == "жүйе қатесі (errno 9999)")
  }

  @Test func theCodeIsFoundInEveryKindOfThrownError() {
    let save = SaveError(.nothingWritten(.history(path: "h", step: .write, system: SystemError(EDQUOT))))
    #expect(SystemError.of(save) == SystemError(EDQUOT))
    #expect(SystemError.of(SaveError(.changedOnDisk(path: "r.json"))) == nil)
    #expect(SystemError.of(POSIXError(.EROFS)) == SystemError(EROFS))
    #expect(SystemError.of(NSError(domain: NSPOSIXErrorDomain, code: Int(ENOTDIR))) == SystemError(ENOTDIR))
    let cocoa = CocoaError(.fileWriteNoPermission, userInfo: [
      NSUnderlyingErrorKey: NSError(domain: NSPOSIXErrorDomain, code: Int(EACCES))
    ])
    #expect(SystemError.of(cocoa) == SystemError(EACCES))
    #expect(SystemWords.words(of: cocoa, .kk) == "рұқсат жоқ")
    #expect(SystemWords.words(of: CocoaError(.fileReadUnknown), .kk) == nil)
  }
}
