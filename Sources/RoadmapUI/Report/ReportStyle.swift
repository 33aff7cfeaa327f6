/// The report's style sheet: high contrast on screen; on A4 when printed, with the page
/// number and the page count in the bottom margin of every page.
///
/// Page numbers are CSS margin boxes (`@page { @bottom-center { … } }`), which Chromium
/// prints since version 131 (checked with `chromium --headless --print-to-pdf
/// --no-pdf-header-footer`: the option only turns off Chromium's own header and footer,
/// the date and the file's address, not the margin boxes). Firefox ignores margin boxes
/// and prints no number there.
enum ReportStyle {
  static let css = """
    body { font-family: "PT Sans", "Segoe UI", Arial, "Liberation Sans", sans-serif; color: #111;
      background: #fff; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.3; }
    h1 { font-size: 1.6rem; margin: 0 0 .3rem; }
    h2 { font-size: 1.15rem; margin: 1.4rem 0 .4rem; border-bottom: 2px solid #111; }
    header p { margin: .15rem 0; }
    .annex { float: right; text-align: right; max-width: 45%; margin: 0 0 .5rem 1rem; }
    .meeting-title { font-size: 1.15rem; font-weight: bold; }
    .title { font-weight: bold; }
    .asof { font-style: italic; }
    .decision { border-left: 3px solid #111; padding-left: .5rem; }
    table { border-collapse: collapse; width: 100%; font-size: .9rem; }
    th, td { border: 1px solid #999; padding: .15rem .35rem; vertical-align: top; text-align: left; }
    th { background: #eee; }
    th.num, td.num { text-align: right; width: 1%; font-variant-numeric: tabular-nums; }
    th.num, td.num { white-space: nowrap; }
    th.num.wrap { white-space: normal; }
    .sym { font-family: "DejaVu Sans", "Segoe UI Symbol", sans-serif; }
    tr.total td { font-weight: bold; border-top: 2px solid #111; }
    td.barcell { width: 7rem; }
    .bar { display: flex; height: .8rem; width: 100%; min-width: 5rem; border: 1px solid #111; }
    .bar.wide { height: 1.4rem; margin: .6rem 0 .3rem; }
    .done { background: #1b6b2b; }
    .progress { background: #f2c94c repeating-linear-gradient(45deg, transparent 0 3px, #111 3px 4.5px); }
    .pending { background: #fff radial-gradient(#444 0.8px, transparent 1px) 0 0 / 5px 5px; }
    .gauge { display: block; height: .8rem; width: 100%; border: 1px solid #111; background: #eee; }
    .gauge span { display: block; height: 100%; background: #1b6b2b; }
    .legend { list-style: none; padding: 0; margin: .2rem 0; display: flex; flex-wrap: wrap; gap: .3rem 1.2rem; }
    .key { display: inline-block; width: .9rem; height: .9rem; margin-right: .3rem;
      border: 1px solid #111; vertical-align: middle; }
    .note { font-style: italic; }
    dl.meeting { display: grid; grid-template-columns: max-content 1fr; gap: .1rem 1rem; margin: .3rem 0; }
    dl.meeting dt { font-weight: bold; }
    dl.meeting dd { margin: 0; }
    figure.chart { margin: .3rem 0; }
    svg.chart { display: block; width: 100%; height: auto; }
    table.unfinished col.name { width: auto; }
    table.unfinished td.status, table.unfinished td.due { white-space: nowrap; width: 1%; }
    tr.agency th { background: #e4e4e4; border-top: 2px solid #111; }
    .agency-name { font-weight: bold; }
    .summary { font-weight: normal; }
    .id { font-size: .7em; color: #555; font-family: "Liberation Mono", monospace; }
    .late { font-size: .85em; }
    @page {
      size: A4; margin: 12mm 12mm 14mm;
      @bottom-center { content: counter(page) " / " counter(pages); font: 9pt Arial, "Liberation Sans", sans-serif; }
    }
    @media print {
      body { max-width: none; margin: 0; padding: 0; font-size: 9pt; }
      h1 { font-size: 15pt; }
      h2 { font-size: 11pt; margin: .8rem 0 .3rem; break-after: avoid; }
      table { font-size: 8.5pt; }
      section#overview, figure.chart { break-inside: avoid; }
      thead { display: table-header-group; }
      tr { break-inside: avoid; }
      tr.agency { break-after: avoid; }
      td.barcell { width: 4.5rem; }
      .bar, .gauge { min-width: 4rem; }
      .bar span, .gauge span, .key, th, tr.agency th { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
    }

    """
}
