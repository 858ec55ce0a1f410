/**
 * The report document's stylesheet, as text: the page puts it in a <style> element beside the
 * document and the CLI inlines it in the HTML file, so both look (and print) the same without
 * any outside reference. The app's own print rules (hiding its header and tabs) are in
 * features/report/report.css.
 */
export const REPORT_CSS = `
.report-document { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
  color: #111; background: #fff; max-width: 760px; margin: 0 auto; line-height: 1.45; }
.report-document h1 { font-size: 1.6rem; margin: 0 0 0.2rem; }
.report-document h2 { font-size: 1.2rem; margin: 1.6rem 0 0.4rem; }
.report-document .report-subtitle { margin: 0 0 0.8rem; color: #444; }
.report-document .report-note { border-left: 4px solid #b45f06; background: #fdf3e7;
  padding: 0.5rem 0.75rem; margin: 0.8rem 0; }
.report-document figure { margin: 0.8rem 0 1.2rem; }
.report-document figcaption { font-size: 0.9rem; color: #333; margin-top: 0.3rem; }
.report-document .report-figure { display: block; max-width: 100%; height: auto; }
.report-document .report-figure text { font-size: 11px; fill: #111; }
.report-document .report-figure .value { fill: #333; }
.report-document .report-figure .column-head { font-size: 10px; }
.report-document .report-figure .cell { font-size: 10px; }
.report-document .report-figure .report-item { cursor: pointer; }
.report-document .report-figure .report-item:focus { outline: none; }
.report-document .report-figure .report-item:focus-visible > rect:first-of-type,
.report-document .report-figure .report-item:focus-visible > circle { stroke: #d93025; stroke-width: 3; }
.report-document .report-figure .report-item.is-selected text { font-weight: 700; }
.report-document .report-source { border-top: 1px solid #ccc; margin-top: 1.5rem; padding-top: 0.5rem;
  font-size: 0.85rem; color: #333; }
.report-document .report-source p { margin: 0.2rem 0; }
@media print {
  .report-document { max-width: none; color: #000; background: #fff; }
  .report-document .report-note { background: #fff; border-left-color: #000; }
  .report-document .report-section { break-before: page; page-break-before: always; }
  .report-document .report-section:first-of-type { break-before: auto; page-break-before: auto; }
  .report-document figure { break-inside: avoid; page-break-inside: avoid; }
  .report-document .report-figure .report-item.is-selected text { font-weight: 400; }
}
`;
