import { INK, LIGHT } from './report-charts';

/**
 * A4 portrait, one page. Sizes in mm/pt so print and screen agree; the
 * hierarchy is type weight and one dark ink, never colour alone (grayscale printers).
 */
export const REPORT_CSS = `
@page { size: A4 portrait; margin: 12mm 14mm 11mm; }
* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; }
body { font-family: 'Noto Sans SC', sans-serif; font-size: 8.6pt; line-height: 1.4; color: #1f2529; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.page { width: 182mm; height: 273mm; display: flex; flex-direction: column; gap: 3.6mm; overflow: hidden; }
.top { display: flex; justify-content: space-between; align-items: flex-end; border-bottom: 0.8mm solid ${INK}; padding-bottom: 2.6mm; }
.eyebrow { margin: 0; font-size: 8.4pt; color: #5c6770; letter-spacing: 0.02em; }
h1 { margin: 0.6mm 0 0; font-size: 19pt; line-height: 1.2; color: ${INK}; font-weight: 700; }
.range { margin: 1mm 0 0; font-size: 11pt; font-weight: 700; }
.range span { font-weight: 400; color: #5c6770; font-size: 9pt; margin-left: 2mm; }
.meta { margin: 0; display: grid; grid-template-columns: auto auto; column-gap: 3mm; row-gap: 0.6mm; font-size: 8pt; text-align: right; }
.meta dt { color: #5c6770; }
.meta dd { margin: 0; font-weight: 700; text-align: left; }
.compare { margin: -1.4mm 0 0; font-size: 7.8pt; color: #5c6770; }
.kpis { display: grid; grid-template-columns: repeat(4, 1fr); gap: 3mm; }
.kpi { border: 0.25mm solid #c5ced6; border-top: 1mm solid ${INK}; border-radius: 1mm; padding: 2.2mm 3mm 2.4mm; }
.kpi .label { margin: 0; font-size: 7.8pt; color: #5c6770; }
.kpi .value { margin: 0.6mm 0 0; font-size: 18pt; font-weight: 700; line-height: 1.15; color: ${INK}; white-space: nowrap; }
.kpi .value small { font-size: 9pt; font-weight: 400; color: #5c6770; margin-left: 1mm; }
.kpi .delta { margin: 1mm 0 0; font-size: 7.6pt; color: #3b444b; }
.kpi .delta b { font-weight: 700; margin-right: 1.2mm; }
.card { border: 0.25mm solid #c5ced6; border-radius: 1mm; padding: 2.4mm 3mm 2mm; break-inside: avoid; }
h2 { margin: 0 0 1.4mm; font-size: 10pt; font-weight: 700; color: ${INK}; }
h2 span { font-weight: 400; font-size: 7.6pt; color: #5c6770; margin-left: 2mm; }
.card svg { display: block; width: 100%; height: auto; }
.two { display: grid; grid-template-columns: 1fr 1fr; gap: 3mm; }
table { width: 100%; border-collapse: collapse; font-size: 8.2pt; }
th { text-align: left; font-weight: 400; color: #5c6770; font-size: 7.4pt; border-bottom: 0.25mm solid #c5ced6; padding: 0.6mm 1mm; }
td { padding: 0.8mm 1mm; border-bottom: 0.2mm solid #e3e7eb; vertical-align: middle; }
td.n, th.n { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
td.bar { width: 34%; }
.bar i { display: block; height: 2.4mm; background: ${INK}; border-radius: 0.4mm; }
.bar i.prev { background: ${LIGHT}; height: 1.2mm; margin-top: 0.5mm; }
.stack { display: flex; flex-direction: column; gap: 3mm; }
.stack .card { flex: 1; }
.chapters td { padding: 0.9mm 1mm; }
.chapters td.chapter { width: 52%; }
.chapter b { font-size: 8.6pt; color: ${INK}; margin-right: 2mm; }
.chapter span { font-size: 7.2pt; color: #5c6770; }
.chapters td.bar { width: 16%; }
.bar i.median { background: ${INK}; height: 1.8mm; }
.bar i.p75 { background: ${LIGHT}; height: 1.8mm; margin-top: 0.4mm; }
h2 .key { float: right; margin-top: 0.6mm; }
.key i { display: inline-block; width: 3mm; height: 2mm; background: ${INK}; margin: 0 1mm 0 2.4mm; vertical-align: baseline; }
.key i.prev { background: ${LIGHT}; }
/* English: Latin glyphs from Noto Sans (the CJK font's quotes and dashes are full width), the rest from Noto Sans SC. */
html[lang='en'] body { font-family: 'Noto Sans', 'Noto Sans SC', sans-serif; }
.empty { margin: 6mm 0; text-align: center; color: #5c6770; font-size: 10pt; }
footer { margin-top: auto; border-top: 0.25mm solid #c5ced6; padding-top: 1.6mm; display: flex; justify-content: space-between; gap: 6mm; font-size: 7pt; color: #5c6770; }
`;
