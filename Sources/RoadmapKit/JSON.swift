/// A JSON value as it was written: members in file order, numbers as their source text.
///
/// The loader reads files into this lossless tree and the writer turns it back into
/// bytes, so a save keeps unknown fields, key order and numbers exactly. `offset` is
/// where the value starts in the source (−1 for a value made in memory), for messages.
public struct JSON: Sendable, Equatable {
  /// The value itself.
  public var value: Value
  /// Byte offset of the value in the source text, or −1 when made in memory.
  public var offset: Int

  /// The kinds of JSON value.
  public enum Value: Sendable, Equatable {
    /// An object, members in file order.
    case object([Member])
    /// An array.
    case array([JSON])
    /// A string, unescaped.
    case string(String)
    /// A number, as its exact source text (`5.6`, `460000`, `1e3`).
    case number(String)
    /// `true` or `false`.
    case bool(Bool)
    /// `null`.
    case null
  }

  /// One member of an object.
  public struct Member: Sendable, Equatable {
    /// The key, unescaped.
    public var key: String
    /// The value.
    public var value: JSON
    /// Makes a member.
    public init(key: String, value: JSON) {
      self.key = key
      self.value = value
    }
  }

  /// Makes a value; `offset` defaults to "made in memory".
  public init(_ value: Value, offset: Int = -1) {
    self.value = value
    self.offset = offset
  }

  /// A string value made in memory.
  public static func string(_ s: String) -> JSON { JSON(.string(s)) }

  /// Equal when the values are equal; where they were read from does not matter.
  public static func == (a: JSON, b: JSON) -> Bool { a.value == b.value }

  /// The member named `key` of an object, or nil.
  public subscript(key: String) -> JSON? {
    guard case .object(let members) = value else { return nil }
    return members.first(where: { $0.key == key })?.value
  }

  /// The string, if this is a string.
  public var stringValue: String? {
    if case .string(let s) = value { return s }
    return nil
  }

  /// The elements, if this is an array.
  public var arrayValue: [JSON]? {
    if case .array(let a) = value { return a }
    return nil
  }

  /// The members, if this is an object.
  public var objectValue: [Member]? {
    if case .object(let m) = value { return m }
    return nil
  }

  /// A name for the kind of value, for messages ("a string", "an object").
  public var kindName: String {
    switch value {
    case .object: return "an object"
    case .array: return "an array"
    case .string: return "a string"
    case .number: return "a number"
    case .bool: return "a boolean"
    case .null: return "null"
    }
  }
}

extension JSON {
  /// Sets the member `key` of an object to `newValue`, or removes it when nil.
  ///
  /// An existing member keeps its place; a new one goes after `after` (the last of
  /// those keys present) or at the end, so fields stay in the format's order.
  public mutating func setMember(_ key: String, to newValue: JSON?, after: [String] = []) {
    guard case .object(var members) = value else { return }
    value = .null  // release the payload so `members` is uniquely referenced
    if let i = members.firstIndex(where: { $0.key == key }) {
      if let newValue {
        members[i].value = newValue
      } else {
        members.remove(at: i)
      }
    } else if let newValue {
      let anchor = members.lastIndex(where: { after.contains($0.key) })
      members.insert(Member(key: key, value: newValue), at: anchor.map { $0 + 1 } ?? members.count)
    }
    value = .object(members)
  }

  /// Changes the value under `key` of an object in place, if there is one.
  public mutating func modifyMember(_ key: String, _ body: (inout JSON) -> Void) {
    guard case .object(var members) = value,
      let i = members.firstIndex(where: { $0.key == key })
    else { return }
    value = .null
    body(&members[i].value)
    value = .object(members)
  }

  /// Changes element `index` of an array in place, if it exists.
  public mutating func modifyElement(_ index: Int, _ body: (inout JSON) -> Void) {
    guard case .array(var elements) = value, elements.indices.contains(index) else { return }
    value = .null
    body(&elements[index])
    value = .array(elements)
  }
}
