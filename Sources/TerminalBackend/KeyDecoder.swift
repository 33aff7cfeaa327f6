import CNcursesW
import RoadmapUI

/// What one `wget_wch` result means, before the run loop asks ncurses for details.
public enum DecodedInput: Hashable, Sendable {
  /// A key the app understands.
  case key(Key)
  /// The terminal changed size (`KEY_RESIZE`); the new size is in `LINES`/`COLS`.
  case resize
  /// A mouse event is waiting to be read with `getmouse` (`KEY_MOUSE`).
  case mouse
  /// Something no app binds (an unknown function key, a stray control code).
  case ignored
}

/// Turns ncurses key codes into the UI core's `Key`s. Pure, so it is tested without a terminal.
public enum KeyDecoder {
  /// Decodes what `wget_wch` stored: `code`, and whether it returned `KEY_CODE_YES`.
  ///
  /// Enter comes in three forms: U+000A (with the default `nl()`), U+000D (with `nonl()`
  /// or some terminals) and `KEY_ENTER` (the keypad); Backspace as `KEY_BACKSPACE`, 127
  /// (DEL, what most terminals send) or 8 (Ctrl-H, what some send).
  public static func decode(_ code: UInt32, isFunctionKey: Bool) -> DecodedInput {
    isFunctionKey ? decodeFunctionKey(Int32(truncatingIfNeeded: code)) : decodeCharacter(code)
  }

  static func decodeFunctionKey(_ code: Int32) -> DecodedInput {
    switch code {
    case KEY_UP: return .key(.up)
    case KEY_DOWN: return .key(.down)
    case KEY_LEFT: return .key(.left)
    case KEY_RIGHT: return .key(.right)
    case KEY_PPAGE: return .key(.pageUp)
    case KEY_NPAGE: return .key(.pageDown)
    case KEY_HOME, KEY_A1: return .key(.home)
    case KEY_END, KEY_C1: return .key(.end)
    case KEY_ENTER: return .key(.enter)
    case KEY_BACKSPACE: return .key(.backspace)
    case KEY_DC: return .key(.delete)
    case KEY_BTAB: return .key(.backTab)
    case KEY_RESIZE: return .resize
    case KEY_MOUSE: return .mouse
    default:
      let f0 = nc_key_f(0)
      if code > f0 && code <= f0 + 12 { return .key(.function(Int(code - f0))) }
      return .ignored
    }
  }

  static func decodeCharacter(_ code: UInt32) -> DecodedInput {
    switch code {
    case 0x0A, 0x0D: return .key(.enter)
    case 0x09: return .key(.tab)
    case 0x08, 0x7F: return .key(.backspace)
    case 0x1B: return .key(.escape)
    case 0x00: return .key(.control(" "))
    case 0x01...0x1A:
      // Ctrl-A is 1 … Ctrl-Z is 26; the contract names them by the lowercase letter.
      return .key(.control(Character(Unicode.Scalar(UInt8(0x60 + code)))))
    case 0x1C...0x1F:
      return .key(.control(Character(Unicode.Scalar(UInt8(0x40 + code)))))
    case 0x80...0x9F:
      return .ignored  // C1 control codes are never printable.
    default:
      guard let scalar = Unicode.Scalar(code) else { return .ignored }
      return .key(.character(Character(scalar)))
    }
  }
}
