import Foundation

/// The JSON parser's account of a malformed file (its English sentence, which names the
/// place) in Kazakh or Russian: one rule a line, each an English pattern with its two
/// translations, `$1`, `$2` the parts taken over as they are (a character, a name, a figure).
///
/// The parser's words are `RoadmapKit`'s and stay English there (`Problem.message`); a
/// sentence no rule knows is shown as it is rather than lost.
enum JSONSyntaxWords {
  /// One rule: the English sentence as a pattern, then the Kazakh and Russian ones.
  typealias Rule = (pattern: String, kk: String, ru: String)

  /// What `RoadmapKit.JSONParser` reports, one rule per sentence it writes.
  static let rules: [Rule] = [
    ("the file starts with a byte order mark \\(BOM\\); save it as UTF-8 without BOM",
      "файл байт реті белгісінен (BOM) басталады; оны BOM-сыз UTF-8 ретінде сақтаңыз",
      "файл начинается с метки порядка байтов (BOM); сохраните его как UTF-8 без BOM"),
    ("the file is empty", "файл бос", "файл пуст"),
    ("the file holds only white space", "файлда тек бос орындар бар", "в файле только пробельные символы"),
    ("unexpected (.+) after the end of the JSON value",
      "JSON мәні аяқталғаннан кейін $1 тұр", "после конца значения JSON стоит $1"),
    ("unexpected end of file: a value is missing", "файл кенет аяқталды: мән жоқ", "неожиданный конец файла: нет значения"),
    ("unexpected end of file: the object opened at this place is not closed",
      "файл кенет аяқталды: осы жерде ашылған нысан жабылмаған",
      "неожиданный конец файла: объект, открытый здесь, не закрыт"),
    ("unexpected end of file: the array opened at this place is not closed",
      "файл кенет аяқталды: осы жерде ашылған массив жабылмаған",
      "неожиданный конец файла: массив, открытый здесь, не закрыт"),
    ("unexpected (.+): expected a value \\(object, array, string, number, true, false or null\\)",
      "мұнда $1 болмайды: мән керек (нысан, массив, жол, сан, true, false не null)",
      "здесь не может быть $1: нужно значение (объект, массив, строка, число, true, false или null)"),
    ("unexpected (.+): expected a member name in double quotes",
      "мұнда $1 болмайды: қос тырнақшадағы мүше атауы керек",
      "здесь не может быть $1: нужен ключ в двойных кавычках"),
    ("unexpected (.+): expected ':' after the member name \"(.*)\"",
      "мұнда $1 болмайды: \"$2\" мүше атауынан кейін ':' керек",
      "здесь не может быть $1: после ключа \"$2\" нужно ':'"),
    ("unexpected (.+): expected ',' or '\\}' after an object member",
      "мұнда $1 болмайды: нысан мүшесінен кейін ',' не '}' керек",
      "здесь не может быть $1: после элемента объекта нужно ',' или '}'"),
    ("unexpected (.+): expected ',' or '\\]' after an array element",
      "мұнда $1 болмайды: массив элементінен кейін ',' не ']' керек",
      "здесь не может быть $1: после элемента массива нужно ',' или ']'"),
    ("invalid literal: expected '(.+)'", "жарамсыз литерал: '$1' керек", "недопустимый литерал: нужно '$1'"),
    ("nesting deeper than (\\d+) levels", "кірістіру $1 деңгейден терең", "вложенность глубже $1 уровней"),
    ("trailing comma before '(.)'", "'$1' алдында артық үтір", "лишняя запятая перед '$1'"),
    ("duplicate member name \"(.*)\" \\(first written at ([0-9]+:[0-9]+)\\)",
      "\"$1\" мүше атауы қайталанады (алғаш рет $2 орнында жазылған)",
      "ключ \"$1\" повторяется (впервые записано в $2)"),
    ("duplicate member name \"(.*)\"", "\"$1\" мүше атауы қайталанады", "ключ \"$1\" повторяется"),
    ("invalid number: a digit must follow '-'", "жарамсыз сан: '-' белгісінен кейін цифр болуы керек",
      "недопустимое число: после '-' должна быть цифра"),
    ("invalid number: leading zeros are not allowed", "жарамсыз сан: бастағы нөлдерге болмайды",
      "недопустимое число: ведущие нули не допускаются"),
    ("invalid number: a digit must follow the decimal point", "жарамсыз сан: ондық нүктеден кейін цифр болуы керек",
      "недопустимое число: после десятичной точки должна быть цифра"),
    ("invalid number: the exponent has no digits", "жарамсыз сан: дәреже көрсеткішінде цифр жоқ",
      "недопустимое число: в показателе степени нет цифр"),
    ("number (.+) is too large to represent", "$1 саны тым үлкен", "число $1 слишком велико"),
    ("invalid UTF-8 in a string", "жолда жарамсыз UTF-8", "недопустимый UTF-8 в строке"),
    ("unterminated string: no closing '\"'", "жол жабылмаған: соңындағы '\"' жоқ", "строка не закрыта: нет закрывающей '\"'"),
    ("lone surrogate \\\\u([0-9A-F]{4}): a high surrogate must be followed by a low one",
      "жалғыз суррогат \\u$1: жоғарғы суррогаттан кейін төменгісі болуы керек",
      "одиночный суррогат \\u$1: за верхним суррогатом должен идти нижний"),
    ("lone surrogate \\\\u([0-9A-F]{4})", "жалғыз суррогат \\u$1", "одиночный суррогат \\u$1"),
    ("invalid escape \\\\(.+) in a string; allowed: (.*)", "жолдағы жарамсыз экрандау \\$1; рұқсат етілгені: $2",
      "недопустимое экранирование \\$1 в строке; допустимы: $2"),
    ("incomplete \\\\u escape: four hex digits expected", "толық емес \\u экрандауы: төрт он алтылық цифр керек",
      "неполная последовательность \\u: нужны четыре шестнадцатеричные цифры"),
    ("invalid \\\\u escape: four hex digits expected", "жарамсыз \\u экрандауы: төрт он алтылық цифр керек",
      "недопустимая последовательность \\u: нужны четыре шестнадцатеричные цифры"),
    ("control character U\\+([0-9A-F]{4}) inside a string must be escaped",
      "жол ішіндегі U+$1 басқару таңбасы экрандалуы керек",
      "управляющий символ U+$1 внутри строки должен быть экранирован"),
  ]

  /// How the parser names what it found (`$1` of the rules above).
  static let things: [Rule] = [
    ("end of file", "файлдың соңы", "конец файла"),
    ("character '(.+)' \\(U\\+([0-9A-F]{4,6})\\)", "'$1' таңбасы (U+$2)", "символ '$1' (U+$2)"),
    ("character '(.)'", "'$1' таңбасы", "символ '$1'"),
    ("control character U\\+([0-9A-F]{4})", "U+$1 басқару таңбасы", "управляющий символ U+$1"),
    ("byte 0x([0-9A-F]{2}) \\(not valid UTF-8\\)", "0x$1 байты (жарамсыз UTF-8)", "байт 0x$1 (недопустимый UTF-8)"),
  ]

  /// `detail` in `language`; English, and a sentence no rule knows, as they are.
  static func words(_ detail: String, _ language: Language) -> String {
    guard language != .en else { return detail }
    return translate(detail, rules, language) { translate($0, things, language) { $0 } }
  }

  /// The first rule matching all of `text`, its parts passed through `part`.
  static func translate(
    _ text: String, _ table: [Rule], _ language: Language, part: (String) -> String
  ) -> String {
    let whole = NSRange(text.startIndex..., in: text)
    for rule in table {
      guard let re = try? NSRegularExpression(pattern: "^" + rule.pattern + "$"),
        let m = re.firstMatch(in: text, range: whole)
      else { continue }
      var out = language == .kk ? rule.kk : rule.ru
      // From the last group down, so `$1` never eats the start of `$12`.
      for g in stride(from: m.numberOfRanges - 1, through: 1, by: -1) {
        let value = Range(m.range(at: g), in: text).map { String(text[$0]) } ?? ""
        out = out.replacingOccurrences(of: "$\(g)", with: g == 1 ? part(value) : value)
      }
      return out
    }
    return text
  }
}
