import TerminalBackend

/// Why the terminal could not be started, in the command line's language.
func terminalWords(_ error: TerminalStartError) -> String {
  switch error {
  case .notATerminal:
    return Said(
      kk: "дашбордқа терминал керек: стандартты кіріс пен шығыс файлға не арнаға (pipe) бағытталмауы тиіс (мәтін түрінде: `jolkarta summary`)",
      ru: "дашборду нужен терминал: стандартный ввод и вывод не должны быть перенаправлены в файл или канал (pipe) (простым текстом: `jolkarta summary`)",
      en: error.description
    ).text
  case .unknownTerminal(nil):
    return Said(
      kk: "терминал түрі белгісіз: TERM берілмеген (TERM=xterm-256color қойып көріңіз)",
      ru: "неизвестный тип терминала: TERM не задан (попробуйте TERM=xterm-256color)",
      en: error.description
    ).text
  case .unknownTerminal(let name?):
    return Said(
      kk: "«\(name)» терминал түрі белгісіз: terminfo-да ол жоқ (TERM=xterm-256color қойып көріңіз)",
      ru: "неизвестный тип терминала «\(name)»: в terminfo его нет (попробуйте TERM=xterm-256color)",
      en: error.description
    ).text
  case .cannotAddressCursor(let name):
    return Said(
      kk: "«\(name)» терминалы курсорды жылжыта алмайды, дашбордты салу мүмкін емес (TERM=xterm-256color қойып көріңіз, не мәтін түрінде: `jolkarta summary`)",
      ru: "терминал «\(name)» не умеет перемещать курсор, дашборд не нарисовать (попробуйте TERM=xterm-256color или простой текст: `jolkarta summary`)",
      en: error.description
    ).text
  }
}
