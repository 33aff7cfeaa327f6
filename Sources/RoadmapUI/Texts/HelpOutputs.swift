extension Catalogue {
  /// `export`, `report` and `import` in `--help`, by language; terms per docs/GLOSSARY.md.
  /// The formats' own names (csv, xlsx, RFC 4180), the codes and the options stay as typed.
  static func outputHelp(_ language: Language) -> [HelpText: String] {
    switch language {
    case .kk: return kazakhOutputHelp
    case .ru: return russianOutputHelp
    case .en: return englishOutputHelp
    }
  }

  static let englishOutputHelp: [HelpText: String] = [
    .exportAbstract: "Export every activity with its direction, project, status, agency, due date and note.",
    .exportDiscussion: """
      Columns, in this order, in every format: id, direction, project, title, status, \
      responsible agency, due date, overdue, note. Headings, statuses and yes/no are the \
      words of the interface language (--lang); titles are in that language too. \
      `jolkarta import` reads a csv or xlsx export back.

      csv: UTF-8 with a byte-order mark (so that Excel keeps Kazakh and Russian letters), \
      CRLF, RFC 4180 quoting with the --delimiter: ; by default for kk and ru, , for en, \
      the list separator a spreadsheet of that locale expects. Dates ISO 2024-12-31, read \
      as dates by Excel and LibreOffice in every locale. A text field starting with = + - \
      @, TAB or CR (also after spaces) gets a ' in front so it cannot run as a formula.
      md: a pipe table, text from the file escaped, dates in words.
      json: an array of objects keyed by the column codes (id, direction, project, title, \
      status, owner, due, overdue, note), statuses as codes (in_progress), overdue a boolean.
      xlsx: one sheet, the heading row bold and frozen with filter buttons, columns as wide \
      as their text, due dates as date cells (dd.mm.yyyy in kk and ru, yyyy-mm-dd in en); \
      text is always a string cell, never a formula. Needs -o FILE when standard output is \
      a terminal.
      """,
    .exportFormat: "csv, md, json or xlsx (default: the -o file's extension, else csv).",
    .outputOption: """
      Write to this file (replaced atomically) instead of standard output; - or /dev/stdout \
      mean standard output, a FIFO or a device is written into.
      """,
    .exportLang: "Language of headings, words and titles: kk, ru or en.",
    .delimiterOption: """
      CSV field separator: ';' (default for kk and ru, numbers with a decimal comma) or ',' \
      (default for en, a decimal point).
      """,
    .reportAbstract: "Write the meeting report: figures, directions, indicators, agencies, changes, unfinished.",
    .reportDiscussion: """
      Sections: overall figures and bar; a table per direction (its projects); indicators \
      (plan / actual); responsible agencies (done / in progress / pending / overdue, most \
      left first); changes since the last meeting, or since --since DATE or --compare FILE; \
      unfinished activities by agency with due dates. Overdue is counted against the \
      roadmap's as_of date. When the roadmap has meetings, the last one is named at the top \
      (date, chair, reporter, speakers, decision) and the changes are those recorded in the \
      history from its day on, unless --since or --compare says otherwise.

      The report opens with a heading block naming the meeting (date, chair, reporter, \
      speakers) and its decision, lists the unfinished activities under one heading per \
      agency with its counts, and (html) draws two charts.

      html: one self-contained file (inline CSS, inline SVG charts, no scripts, no \
      network), <html lang=…>, laid out for A4 when printed, with «page / pages» in the \
      bottom margin of every page (CSS margin boxes: Chromium 131 or later prints them; \
      use its print dialog or `chromium --headless --print-to-pdf=OUT.pdf \
      --no-pdf-header-footer FILE.html`). Charts: the statuses per direction as stacked \
      bars with their counts, and the progress over time as stacked bands with a marker \
      per point; done solid, in progress hatched, not started dotted, so that they read \
      in grayscale. With one point only, a sentence says so instead of the chart.

      --annex heads the report «Хаттамаға қосымша» / «Приложение к протоколу» / "Annex to \
      the minutes" with the last meeting's date; --minutes-number N adds «№ N» (and implies \
      --annex). The progress over time is read from the history file \
      (<name>.history.jsonl): the counts at each meeting, each day the history changed a \
      status, and now.

      md: GitHub-flavoured Markdown, pipe tables, text from the file escaped; the same \
      sections, the progress over time as a table.
      csv: UTF-8 with a byte-order mark (so that Excel keeps Kazakh and Russian letters), \
      RFC 4180 quoting, CRLF, fields separated by the --delimiter: ; by default for kk and \
      ru, , for en, the list separator a spreadsheet of that locale expects; numbers plain \
      (460000) with the decimal mark that goes with it (5,6 after ;, 5.6 after ,); dates ISO \
      2024-12-31, read as dates in every locale. A CSV is one sheet, so the whole report is \
      its tables stacked: the heading, the meeting (label, value lines), then per table a \
      line with its title, its notes, its heading line, its rows, an empty line. --table KEY \
      writes one table alone, its heading line and rows, ready to sort and filter. Bars are \
      left out; a text field starting with = + - @, TAB or CR (also after spaces) gets a ' \
      in front so it cannot run as a formula.
      xlsx: one sheet per table (the first starts with the heading and the meeting), \
      named after it (31 characters at most, as Excel allows), the heading row bold and \
      frozen with filter buttons, columns as wide as their text; figures as numbers, dates \
      as date cells; text always a string cell, never a formula. --table KEY keeps one \
      sheet. Needs -o FILE when standard output is a terminal.

      Table keys: overview, direction-1, direction-2, …, indicators, agencies, changes, \
      unfinished.
      """,
    .reportFormat: "md, html, csv or xlsx (default: the -o file's extension, else md).",
    .reportLang: "Language of the report: kk, ru or en (default: $JOLKARTA_LANG, else the locale, else kk).",
    .reportTable: "Only this table (csv or xlsx): overview, direction-N, indicators, agencies, changes, unfinished.",
    .reportAnnex: "Head the report as an annex to the minutes of the roadmap's last meeting.",
    .reportMinutesNumber: "The number of the minutes, named in the annex line (implies --annex).",
    .sinceOption: """
      Changes recorded in the history file (<name>.history.jsonl) from this day on (default: \
      the day of the roadmap's last meeting).
      """,
    .compareOption: "Changes since this earlier copy of the roadmap.",
    .importAbstract: "Read a roadmap table (.xlsx or .csv) as akimats write it into a roadmap file.",
    .importDiscussion: """
      The table is found by its header (№, Іс-шара / Мероприятие, Аяқтау нысаны / Форма
      завершения, Мерзімі / Срок исполнения, Жауаптылар / Ответственные, Орындалу барысы /
      Ход исполнения, Ескертпе / Примечание), in Kazakh, Russian or English; directions and
      projects are heading rows between the activities («1. Өмір сапасын арттыру»,
      «"Ауыл аманаты" жобасы») or columns (Бағыт / Направление, Жоба / Проект). --map names
      columns by letter: --map activity=C,due=D,owner=E (names: number, id, direction,
      project, activity, form, due, owner, status, note). The form of completion and a
      progress report are kept in the activity's note. Every cell that cannot be read is
      reported with its place (Лист1!D14) and nothing is written. Exit status: 0 written,
      1 the table cannot be read or the output exists (without --force), 2 usage error.
      """,
    .importFile: "The spreadsheet: .xlsx or .csv (`,` or `;`, UTF-8 or Windows-1251).",
    .importOutput: "Write the roadmap here (replaced atomically) instead of standard output.",
    .importForce: "Overwrite an existing OUT.",
    .importMap: "Columns by letter, over the headers: activity=C,due=D,…",
    .importTitle: "The roadmap's title (default: the line above the table).",
    .importRegion: "The region (default: none).",
    .importAsOf: "The day the statuses are as of, YYYY-MM-DD (default: today).",
    .importLang: "The language of messages: kk, ru or en (default: the interface language).",
  ]

  static let kazakhOutputHelp: [HelpText: String] = [
    .exportAbstract: "Әр іс-шараны бағытымен, жобасымен, мәртебесімен, жауапты органымен, мерзімімен және ескертпесімен шығару.",
    .exportDiscussion: """
      Бағандар әр форматта осы ретпен: id, бағыт, жоба, атауы, мәртебе, жауапты орган, \
      мерзімі, мерзімі өткен, ескертпе. Тақырыптар, мәртебелер және иә/жоқ интерфейс тілінің \
      (--lang) сөздерімен, атаулар да сол тілде. `jolkarta import` csv не xlsx экспортын \
      қайта оқиды.

      csv: байт реті белгісі бар UTF-8 (Excel қазақ және орыс әріптерін сақтауы үшін), CRLF, \
      RFC 4180 тырнақшалары, өрістер --delimiter арқылы бөлінеді: kk мен ru үшін әдепкісі ;, \
      en үшін , — сол локальдің кестесі күтетін тізім бөлгіші. Күндер ISO 2024-12-31 түрінде, \
      Excel мен LibreOffice оларды кез келген локальде күн деп оқиды. = + - @, TAB не CR \
      белгісінен (бос орындардан кейін де) басталатын мәтін өрісінің алдына ' қойылады, \
      сонда ол формула ретінде орындалмайды.
      md: құбырлы кесте, файлдағы мәтін экрандалған, күндер сөзбен.
      json: баған кодтары (id, direction, project, title, status, owner, due, overdue, note) \
      бойынша кілттелген нысандар массиві, мәртебелер кодпен (in_progress), overdue — \
      логикалық мән.
      xlsx: бір парақ, тақырып жолы қалың әрі бекітілген, сүзгі түймелері бар, бағандар \
      мәтінінің енімен, мерзімдер күн ұяшықтары (kk мен ru-да dd.mm.yyyy, en-де \
      yyyy-mm-dd); мәтін әрқашан жол ұяшығы, ешқашан формула емес. Стандартты шығыс \
      терминал болса, -o FILE керек.
      """,
    .exportFormat: "csv, md, json не xlsx (әдепкісі: -o файлының кеңейтімі, болмаса csv).",
    .outputOption: """
      Стандартты шығыстың орнына осы файлға жазу (атомдық түрде ауыстырылады); - не \
      /dev/stdout — стандартты шығыс, FIFO мен құрылғыға ішіне жазылады.
      """,
    .exportLang: "Тақырыптардың, сөздердің және атаулардың тілі: kk, ru не en.",
    .delimiterOption: """
      CSV өрістерінің бөлгіші: ';' (kk мен ru үшін әдепкісі, бөлшек үтірмен жазылады) не \
      ',' (en үшін әдепкісі, бөлшек нүктемен).
      """,
    .reportAbstract: "Отырыс есебін жазу: сандар, бағыттар, көрсеткіштер, органдар, өзгерістер, орындалмағандар.",
    .reportDiscussion: """
      Бөлімдер: жалпы сандар мен жолақ; әр бағыттың кестесі (оның жобалары); көрсеткіштер \
      (жоспар / нақты); жауапты органдар (орындалды / орындалуда / басталмаған / мерзімі \
      өткен, ең көп қалғаны бірінші); соңғы отырыстан бергі, не --since КҮН, не --compare \
      ФАЙЛ бойынша өзгерістер; органдар бойынша орындалмаған іс-шаралар мерзімдерімен. \
      Мерзімі өткені жол картасының as_of күні бойынша есептеледі. Жол картасында отырыстар \
      болса, есептің басында соңғысы аталады (күні, төраға, баяндамашы, сөз сөйлегендер, \
      шешім), ал өзгерістер — тарихта сол күннен бері жазылғандар, --since не --compare \
      басқаша айтпаса.

      Есеп отырысты (күні, төраға, баяндамашы, сөз сөйлегендер) және оның шешімін атайтын \
      тақырып блогынан басталады, орындалмаған іс-шараларды әр органның өз тақырыбы мен \
      сандары астында береді, ал html екі диаграмма салады.

      html: бір дербес файл (ішкі CSS, ішкі SVG диаграммалар, скрипт жоқ, желі жоқ), \
      <html lang=…>, басып шығаруға A4 бойынша беттелген, әр беттің төменгі жиегінде «бет / \
      беттер» (CSS margin boxes: оларды Chromium 131 не одан кейінгісі басады; оның басып \
      шығару терезесін не `chromium --headless --print-to-pdf=OUT.pdf --no-pdf-header-footer \
      FILE.html` қолданыңыз). Диаграммалар: бағыттар бойынша мәртебелер сандары жазылған \
      жиынтық жолақтармен, орындалу динамикасы әр нүктесі белгіленген жиынтық белдеулермен; \
      орындалғаны тұтас, орындалудағысы штрихталған, басталмағаны нүктелі, сондықтан сұр \
      түсте де оқылады. Бір ғана нүкте болса, диаграмманың орнында соны айтатын сөйлем.

      --annex есептің басына «Хаттамаға қосымша» (ru: «Приложение к протоколу», en: "Annex \
      to the minutes") деп соңғы отырыстың күнін жазады; \
      --minutes-number N «№ N» қосады (әрі --annex дегенді білдіреді). Орындалу динамикасы \
      тарих файлынан (<name>.history.jsonl) оқылады: әр отырыстағы, тарих мәртебені өзгерткен \
      әр күнгі және қазіргі сандар.

      md: GitHub-flavoured Markdown, құбырлы кестелер, файлдағы мәтін экрандалған; бөлімдері \
      сол, орындалу динамикасы кесте түрінде.
      csv: байт реті белгісі бар UTF-8 (Excel қазақ және орыс әріптерін сақтауы үшін), \
      RFC 4180 тырнақшалары, CRLF, өрістер --delimiter арқылы бөлінеді: kk мен ru үшін \
      әдепкісі ;, en үшін , — сол локальдің кестесі күтетін тізім бөлгіші; сандар қарапайым \
      (460000), бөлгішке сай бөлшек белгісімен (; кезінде 5,6, , кезінде 5.6); күндер ISO \
      2024-12-31, кез келген локальде күн деп оқылады. CSV бір парақ, сондықтан бүкіл есеп \
      кестелерінің тізбегі: тақырып, отырыс (белгі, мән жолдары), содан кейін әр кестеге оның \
      атауы, ескертпелері, тақырып жолы, жолдары және бос жол. --table KEY бір кестені \
      жалғыз жазады — тақырып жолы мен жолдарын, сұрыптауға және сүзуге дайын. Жолақтар \
      жазылмайды; = + - @, TAB не CR белгісінен (бос орындардан кейін де) басталатын мәтін \
      өрісінің алдына ' қойылады, сонда ол формула ретінде орындалмайды.
      xlsx: әр кестеге бір парақ (біріншісі тақырып пен отырыстан басталады), кестенің \
      атымен (Excel рұқсат ететіндей, ең көбі 31 таңба), тақырып жолы қалың әрі бекітілген, \
      сүзгі түймелері бар, бағандар мәтінінің енімен; сандар сан, күндер күн ұяшықтары; \
      мәтін әрқашан жол ұяшығы, ешқашан формула емес. --table KEY бір парақты қалдырады. \
      Стандартты шығыс терминал болса, -o FILE керек.

      Кесте кілттері: overview, direction-1, direction-2, …, indicators, agencies, changes, \
      unfinished.
      """,
    .reportFormat: "md, html, csv не xlsx (әдепкісі: -o файлының кеңейтімі, болмаса md).",
    .reportLang: "Есептің тілі: kk, ru не en (әдепкісі: $JOLKARTA_LANG, одан кейін локаль, одан кейін kk).",
    .reportTable: "Тек осы кесте (csv не xlsx): overview, direction-N, indicators, agencies, changes, unfinished.",
    .reportAnnex: "Есепті жол картасының соңғы отырысы хаттамасына қосымша ретінде бастау.",
    .reportMinutesNumber: "Қосымша жолында аталатын хаттаманың нөмірі (--annex дегенді білдіреді).",
    .sinceOption: """
      Тарих файлында (<name>.history.jsonl) осы күннен бері жазылған өзгерістер (әдепкісі: \
      жол картасының соңғы отырысының күні).
      """,
    .compareOption: "Жол картасының осы бұрынғы нұсқасынан бергі өзгерістер.",
    .importAbstract: "Әкімдіктер жазатын жол картасы кестесін (.xlsx не .csv) жол картасының файлына оқу.",
    .importDiscussion: """
      Кесте тақырып жолы бойынша табылады (№, Іс-шара / Мероприятие, Аяқтау нысаны / Форма
      завершения, Мерзімі / Срок исполнения, Жауаптылар / Ответственные, Орындалу барысы /
      Ход исполнения, Ескертпе / Примечание), қазақша, орысша не ағылшынша; бағыттар мен
      жобалар — іс-шаралар арасындағы тақырып жолдары («1. Өмір сапасын арттыру», «"Ауыл
      аманаты" жобасы») не бағандар (Бағыт / Направление, Жоба / Проект). --map бағандарды
      әрпімен атайды: --map activity=C,due=D,owner=E (атаулары: number, id, direction,
      project, activity, form, due, owner, status, note). Аяқтау нысаны мен орындалу барысы
      іс-шараның ескертпесінде сақталады. Оқылмайтын әр ұяшық өз орнымен (Лист1!D14)
      хабарланады және ештеңе жазылмайды. Шығу коды: 0 жазылды, 1 кесте оқылмады не шығыс
      файлы бар (--force жоқ кезде), 2 пайдалану қатесі.
      """,
    .importFile: "Кесте: .xlsx не .csv (`,` не `;`, UTF-8 не Windows-1251).",
    .importOutput: "Жол картасын стандартты шығыстың орнына осында жазу (атомдық түрде ауыстырылады).",
    .importForce: "Бар OUT файлының үстінен жазу.",
    .importMap: "Бағандар әрпімен, тақырыптардан басым: activity=C,due=D,…",
    .importTitle: "Жол картасының атауы (әдепкісі: кестенің үстіндегі жол).",
    .importRegion: "Өңір (әдепкісі: жоқ).",
    .importAsOf: "Мәртебелер қай күнгі жағдай бойынша, YYYY-MM-DD (әдепкісі: бүгін).",
    .importLang: "Хабарлардың тілі: kk, ru не en (әдепкісі: интерфейс тілі).",
  ]
}
