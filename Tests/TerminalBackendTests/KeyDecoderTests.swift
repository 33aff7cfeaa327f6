import CNcursesW
import RoadmapUI
import Testing

@testable import TerminalBackend

/// ncurses key codes become the core's keys; no terminal needed.
struct KeyDecoderTests {
  func key(_ code: Int32, function: Bool = true) -> DecodedInput {
    KeyDecoder.decode(UInt32(bitPattern: code), isFunctionKey: function)
  }

  func char(_ code: UInt32) -> DecodedInput {
    KeyDecoder.decode(code, isFunctionKey: false)
  }

  @Test func arrowsPagesHomeEnd() {
    #expect(key(KEY_UP) == .key(.up))
    #expect(key(KEY_DOWN) == .key(.down))
    #expect(key(KEY_LEFT) == .key(.left))
    #expect(key(KEY_RIGHT) == .key(.right))
    #expect(key(KEY_PPAGE) == .key(.pageUp))
    #expect(key(KEY_NPAGE) == .key(.pageDown))
    #expect(key(KEY_HOME) == .key(.home))
    #expect(key(KEY_END) == .key(.end))
  }

  @Test("Enter as U+000A, U+000D and KEY_ENTER")
  func enter() {
    #expect(char(0x0A) == .key(.enter))
    #expect(char(0x0D) == .key(.enter))
    #expect(key(KEY_ENTER) == .key(.enter))
  }

  @Test("Backspace as KEY_BACKSPACE, DEL and Ctrl-H")
  func backspace() {
    #expect(key(KEY_BACKSPACE) == .key(.backspace))
    #expect(char(0x7F) == .key(.backspace))
    #expect(char(0x08) == .key(.backspace))
  }

  @Test func escapeTabBackTabDelete() {
    #expect(char(0x1B) == .key(.escape))
    #expect(char(0x09) == .key(.tab))
    #expect(key(KEY_BTAB) == .key(.backTab))
    #expect(key(KEY_DC) == .key(.delete))
  }

  @Test("F1 to F12; F13 and unknown codes are ignored")
  func functionKeys() {
    for n in 1...12 { #expect(key(nc_key_f(Int32(n))) == .key(.function(n))) }
    #expect(key(nc_key_f(13)) == .ignored)
    #expect(key(KEY_MAX - 1) == .ignored)
  }

  @Test("Ctrl-letters as lowercase .control, not when they are Tab, Enter or Backspace")
  func controlLetters() {
    #expect(char(0x01) == .key(.control("a")))
    #expect(char(0x12) == .key(.control("r")))
    #expect(char(0x1A) == .key(.control("z")))
    #expect(char(0x03) == .key(.control("c")))
  }

  @Test("printable characters, Cyrillic and Kazakh letters included")
  func characters() {
    #expect(char(0x71) == .key(.character("q")))
    #expect(char(0x2F) == .key(.character("/")))
    for letter in "ӨқжҰЁ" {
      #expect(char(letter.unicodeScalars.first!.value) == .key(.character(letter)))
    }
    #expect(char(0x85) == .ignored)
    #expect(char(0xD800) == .ignored)
  }

  @Test func resizeAndMouseNeedMoreReading() {
    #expect(key(KEY_RESIZE) == .resize)
    #expect(key(KEY_MOUSE) == .mouse)
  }
}
