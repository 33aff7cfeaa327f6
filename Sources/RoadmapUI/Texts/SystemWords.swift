import RoadmapKit

#if canImport(Glibc)
  import Glibc
#endif

// MARK: - errno words

/// The system's refusal (an errno) in the interface language: the one place every
/// message that names why the system refused (a save, a lock, an `-o` file, a read) takes
/// its words from.
///
/// The C library speaks English only («Сақталмады: … Permission denied» was the result);
/// the common codes of files have words of their own here, any other is the language's
/// "system error" with the code's name («жүйе қатесі (ENOTSUP)»), which a reader can look
/// up. English keeps the C library's sentences, which scripts and logs know.
public enum SystemWords {
  /// `error` in `language`.
  public static func words(_ error: SystemError, _ language: Language) -> String {
    if let said = table[error.code] {
      switch language {
      case .kk: return said.kk
      case .ru: return said.ru
      case .en: return error.description
      }
    }
    let name = error.name ?? "errno \(error.code)"
    switch language {
    case .kk: return "жүйе қатесі (\(name))"
    case .ru: return "системная ошибка (\(name))"
    case .en: return "\(error.description) (\(name))"
    }
  }

  /// The words of the POSIX code `error` carries (`SystemError.of`), or nil when it
  /// carries none.
  public static func words(of error: any Error, _ language: Language) -> String? {
    SystemError.of(error).map { words($0, language) }
  }

  /// The codes with words of their own: what a file, a folder, a lock or a disk answers.
  static let table: [Int32: (kk: String, ru: String)] = [
    EACCES: ("рұқсат жоқ", "нет доступа"),
    EPERM: ("бұл әрекетке рұқсат жоқ", "действие не разрешено"),
    ENOSPC: ("дискіде бос орын жоқ", "на диске нет места"),
    EDQUOT: ("дискідегі үлес (квота) таусылды", "исчерпана дисковая квота"),
    EROFS: ("файлдық жүйе тек оқуға арналған", "файловая система только для чтения"),
    ENOENT: ("мұндай файл не қалта жоқ", "нет такого файла или папки"),
    ENOTDIR: ("жолдағы бір атау қалта емес", "часть пути не является папкой"),
    EISDIR: ("бұл — қалта, файл емес", "это папка, а не файл"),
    EEXIST: ("мұндай файл бар", "такой файл уже есть"),
    EIO: ("дискіні оқу не жазу қатесі", "ошибка чтения или записи диска"),
    ENAMETOOLONG: ("файл аты тым ұзын", "слишком длинное имя файла"),
    EMFILE: ("бағдарламада ашық файл тым көп", "у программы открыто слишком много файлов"),
    ENFILE: ("жүйеде ашық файл тым көп", "в системе открыто слишком много файлов"),
    EBUSY: ("құрылғы не файл бос емес", "устройство или файл заняты"),
    ETXTBSY: ("файл іске қосылып тұр, оны өзгертуге болмайды", "файл запущен, его нельзя изменить"),
    EXDEV: ("файлды басқа дискіге бұлай жылжытуға болмайды", "файл нельзя так перенести на другой диск"),
    ELOOP: ("символдық сілтемелер тым көп не тұйықталған", "слишком много символических ссылок или петля"),
    EAGAIN: ("уақытша мүмкін емес, қайталап көріңіз", "временно недоступно, повторите попытку"),
    EINTR: ("әрекет үзілді", "действие прервано"),
    ENOMEM: ("жад жетпейді", "не хватает памяти"),
    EFBIG: ("файл тым үлкен", "файл слишком большой"),
    ENOTEMPTY: ("қалта бос емес", "папка не пуста"),
    EINVAL: ("жарамсыз мән", "недопустимое значение"),
    EPIPE: ("оқитын бағдарлама жабылды", "читающая программа закрылась"),
    ENOTSUP: ("бұл әрекетке қолдау жоқ", "действие не поддерживается"),
    ENXIO: ("құрылғы жоқ", "нет такого устройства"),
  ]
}
