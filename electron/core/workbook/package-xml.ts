/**
 * The small fixed parts of an .xlsx package (Open Packaging Conventions):
 * content types, relationships, the workbook's sheet list, document
 * properties. Written after the sheets, when their names and number are known.
 */
import { xmlText } from './sheet-xml';

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** Zip path of the n-th worksheet (1-based). */
export const sheetPath = (n: number): string => `xl/worksheets/sheet${n}.xml`;

export const contentTypesXml = (sheets: number): string =>
  XML_HEAD +
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
  '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
  Array.from(
    { length: sheets },
    (_, i) =>
      `<Override PartName="/${sheetPath(i + 1)}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
  ).join('') +
  '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
  '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>' +
  '</Types>';

export const ROOT_RELS_XML =
  XML_HEAD +
  `<Relationships xmlns="${PKG_REL}">` +
  `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/>` +
  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
  `<Relationship Id="rId3" Type="${REL}/extended-properties" Target="docProps/app.xml"/>` +
  '</Relationships>';

/** Relationships of the workbook: sheet n is rId n, styles come after them. */
export const workbookRelsXml = (sheets: number): string =>
  XML_HEAD +
  `<Relationships xmlns="${PKG_REL}">` +
  Array.from(
    { length: sheets },
    (_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
  ).join('') +
  `<Relationship Id="rId${sheets + 1}" Type="${REL}/styles" Target="styles.xml"/>` +
  '</Relationships>';

/**
 * The workbook: its tabs in `tabs` order, each naming the sheet part (by its
 * 1-based zip number) it shows. Sheet names are at most 31 characters, none of []:*?/\.
 */
export const workbookXml = (tabs: ReadonlyArray<Readonly<{ name: string; part: number }>>): string =>
  XML_HEAD +
  `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}">` +
  '<bookViews><workbookView activeTab="0"/></bookViews><sheets>' +
  tabs.map((t, i) => `<sheet name="${xmlText(t.name)}" sheetId="${i + 1}" r:id="rId${t.part}"/>`).join('') +
  '</sheets></workbook>';

/** Title and dates of the document; `at` is W3CDTF (`2026-02-01T00:00:00Z`), fixed by the caller, never "now". */
export const coreXml = (title: string, at: string): string =>
  XML_HEAD +
  '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
  'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
  'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
  `<dc:title>${xmlText(title)}</dc:title>` +
  `<dcterms:created xsi:type="dcterms:W3CDTF">${at}</dcterms:created>` +
  `<dcterms:modified xsi:type="dcterms:W3CDTF">${at}</dcterms:modified>` +
  '</cp:coreProperties>';

export const APP_XML =
  XML_HEAD +
  '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">' +
  '<Application>Changjiahui kiosk</Application></Properties>';
