import { beforeAll, describe, expect, it } from 'vitest';
import type { ReportBlock, ReportDocument } from '../../../shared/reports/model';
import { renderReportDocx, type RenderedReport } from '../../../main/reports/docx/renderDocx';
import { openDocx, type OpenedDocx, textOf } from './docxReader';
import { sampleAssets, sampleLogoPng, sampleLogoSvg, sampleReportEn, sampleReportNl } from './sampleReport';

/** The paragraphs in Heading 1, as XML. */
const chapterParagraphs = (document: string) =>
  [...document.matchAll(/<w:p>(?:(?!<\/w:p>).)*?<w:pStyle w:val="Heading1"\/>(?:(?!<\/w:p>).)*?<\/w:p>/gs)].map(
    (m) => m[0],
  );

const chartsOf = (model: ReportDocument) =>
  model.body.filter((b): b is Extract<ReportBlock, { kind: 'chart' }> => b.kind === 'chart');

describe('the Dutch sample report as .docx', () => {
  const model = sampleReportNl();
  let rendered: RenderedReport;
  let docx: OpenedDocx;

  beforeAll(async () => {
    rendered = await renderReportDocx(model, sampleAssets(), { chartFailed: 'Deze figuur kon niet worden getekend.' });
    docx = await openDocx(rendered.bytes);
  });

  it('renders without warnings', () => {
    expect(rendered.warnings).toEqual([]);
    expect(rendered.details).toEqual([]);
  });

  it('reads back as text: headings, block names, numbers with decimal commas, captions', async () => {
    const text = await docx.rawText();
    for (const heading of [
      'Samenvatting',
      'Resultaten per bouwsteen',
      'Benchmark',
      'Sterke punten',
      'Verantwoording',
    ]) {
      expect(text).toContain(heading);
    }
    for (let i = 1; i <= 9; i++) expect(text).toMatch(new RegExp(`B${i} \\S+`));
    for (const figure of ['3,42', '3,65', '2,05', '+0,37', '−0,19', 'onderdrukt (n < 5)'])
      expect(text).toContain(figure);
    for (const block of model.body) {
      if (block.kind === 'table' || block.kind === 'chart' || block.kind === 'absent')
        expect(text).toContain(block.caption);
    }
    expect(text).toContain('Te weinig klantrespondenten');
    expect(text).toContain('Zorggroep De Linde');
  });

  it('has one picture per chart, each with its alt text', async () => {
    const html = await docx.html();
    const images = [...html.matchAll(/<img [^>]*>/g)].map((m) => m[0]);
    const charts = chartsOf(model);
    // mammoth also shows the cover logo.
    expect(images).toHaveLength(charts.length + 1);
    for (const chart of charts) expect(images.some((img) => img.includes(`alt="${chart.alt}"`))).toBe(true);
  });

  it('embeds charts and logo as media, with alt texts in the drawing properties', async () => {
    expect(docx.parts('word/media/')).toHaveLength(chartsOf(model).length + 1);
    const document = await docx.part('word/document.xml');
    const descriptions = [...document.matchAll(/<wp:docPr [^>]*descr="([^"]*)"/g)].map((m) => m[1]);
    for (const chart of chartsOf(model)) expect(descriptions).toContain(chart.alt);
  });

  it('has contents that link to every heading of levels 1 and 2, with no field, no prompt and no instruction text', async () => {
    const document = await docx.part('word/document.xml');
    expect(document).not.toContain('<w:instrText xml:space="preserve">TOC');
    expect(document).not.toMatch(/<w:instrText[^>]*>\s*TOC/);
    expect(await docx.part('word/settings.xml')).not.toContain('<w:updateFields');
    expect(textOf(document)).not.toContain('Klik met de rechtermuisknop');
    const anchors = [...document.matchAll(/<w:hyperlink [^>]*w:anchor="([^"]+)"/g)].map((m) => m[1]);
    const bookmarks = new Set([...document.matchAll(/<w:bookmarkStart [^>]*w:name="([^"]+)"/g)].map((m) => m[1]));
    const headings = model.body.filter((b) => b.kind === 'heading' && b.level <= 2);
    expect(anchors).toHaveLength(headings.length);
    for (const anchor of anchors) expect(bookmarks.has(anchor)).toBe(true);
  });

  it('uses Word styles: headings 1–3, caption, table text, the table style', async () => {
    const document = await docx.part('word/document.xml');
    const styles = await docx.part('word/styles.xml');
    for (const id of ['Heading1', 'Heading2', 'Heading3', 'Caption', 'Title', 'Normal', 'TableText', 'ReportTable']) {
      expect(styles).toContain(`w:styleId="${id}"`);
    }
    expect(styles).toMatch(/w:styleId="Caption"><w:name w:val="caption"\/>/);
    for (const id of ['Heading1', 'Heading2', 'Heading3', 'Caption', 'TableText', 'TableHeading']) {
      expect(document).toContain(`<w:pStyle w:val="${id}"/>`);
    }
    expect(document).toContain('<w:tblStyle w:val="ReportTable"/>');
    expect(document).toContain('<w:tblHeader/>');
    // Headings in the firm's accent and font; the document in Dutch for spelling.
    expect(styles).toMatch(/w:styleId="Heading1">.*?<w:color w:val="0B7285"\/>.*?<\/w:style>/s);
    expect(styles).toMatch(/<w:rPrDefault>.*w:ascii="Calibri".*<w:lang w:val="nl-NL"\/>/s);
  });

  it('starts every chapter on a new page (the table of contents has a page of its own)', async () => {
    const chapters = chapterParagraphs(await docx.part('word/document.xml'));
    expect(chapters.length).toBe(model.body.filter((b) => b.kind === 'heading' && b.level === 1).length);
    for (const chapter of chapters) expect(chapter).toContain('<w:pageBreakBefore/>');
  });

  it('shows the draft label in every header of every section', async () => {
    const headers = await docx.headerParts();
    expect(headers.length).toBeGreaterThanOrEqual(2);
    for (const header of headers) expect(textOf(await docx.part(header))).toContain('CONCEPT');
    const footers = docx.parts('word/footer').map((p) => p);
    const pageFooter = (await Promise.all(footers.map((f) => docx.part(f)))).find((x) => x.includes('PAGE'));
    expect(pageFooter).toBeDefined();
    expect(pageFooter).toContain('NUMPAGES');
    expect(textOf(pageFooter ?? '')).toContain('Pagina');
  });

  it('carries the document properties', async () => {
    const core = await docx.part('docProps/core.xml');
    expect(core).toContain(`<dc:title>${model.title}</dc:title>`);
    expect(core).toContain(`<dc:subject>${model.subject}</dc:subject>`);
    expect(core).toContain('<dc:creator>Helder Advies</dc:creator>');
    expect(core).toContain('<dc:description>');
  });

  it('is A4 portrait with 2.5 cm margins in both sections', async () => {
    const document = await docx.part('word/document.xml');
    const sizes = [...document.matchAll(/<w:pgSz [^>]*>/g)].map((m) => m[0]);
    expect(sizes).toHaveLength(2);
    for (const size of sizes) expect(size).toMatch(/w:w="11906" w:h="16838"/);
    for (const margin of document.matchAll(/<w:pgMar [^>]*>/g))
      expect(margin[0]).toMatch(/w:top="1417".*w:left="1417"/);
  });
});

describe('the English sample report without a draft mark', () => {
  it('has no draft label in any header and is in British English', async () => {
    const model = sampleReportEn();
    const rendered = await renderReportDocx(model, { logo: null });
    const docx = await openDocx(rendered.bytes);
    for (const header of await docx.headerParts())
      expect(await docx.part(header)).not.toMatch(/DRAFT|CONCEPT|textpath/);
    expect(await docx.part('word/styles.xml')).toContain('<w:lang w:val="en-GB"/>');
    expect(await docx.rawText()).toContain('Table 1: score per building block');
    expect(docx.parts('word/media/')).toHaveLength(1);
    expect(rendered.warnings).toEqual([]);
  });
});

describe('a body that starts with a chapter', () => {
  it('does not break the page before it: the section already starts one', async () => {
    const model = sampleReportEn();
    model.body = model.body.filter((b) => b.kind !== 'toc');
    model.body.push({ kind: 'heading', level: 1, text: 'Second chapter' });
    const chapters = chapterParagraphs(
      await (await openDocx((await renderReportDocx(model, { logo: null })).bytes)).part('word/document.xml'),
    );
    expect(chapters).toHaveLength(2);
    expect(chapters[0]).not.toContain('pageBreakBefore');
    expect(chapters[1]).toContain('<w:pageBreakBefore/>');
  });
});

describe('a paragraph that introduces a figure or a table', () => {
  it('keeps with what it introduces, and a paragraph followed by text does not', async () => {
    const model = sampleReportEn();
    model.body = [
      { kind: 'heading', level: 1, text: 'Results' },
      { kind: 'paragraph', content: ['Introduces the table.'] },
      {
        kind: 'table',
        id: 'scores',
        caption: 'Table 1',
        columns: [{ header: 'A', align: 'left', weight: 1 }],
        rows: [[{ text: '1' }]],
      },
      { kind: 'paragraph', content: ['Stands alone.'] },
      { kind: 'paragraph', content: ['Closes the chapter.'] },
    ];
    const xml = await (await openDocx((await renderReportDocx(model, { logo: null })).bytes)).part('word/document.xml');
    const paragraphOf = (text: string) =>
      [...xml.matchAll(/<w:p>(?:(?!<\/w:p>).)*?<\/w:p>/gs)].map((m) => m[0]).find((p) => p.includes(text)) ?? '';
    expect(paragraphOf('Introduces the table.')).toContain('<w:keepNext/>');
    expect(paragraphOf('Stands alone.')).not.toContain('<w:keepNext/>');
  });
});

describe('what cannot be drawn is left out, never breaks the document', () => {
  it('prints a failed chart as an absent figure with the reason given, and warns', async () => {
    const model = sampleReportEn();
    model.body.push({
      kind: 'chart',
      id: 'broken',
      caption: 'Figure 2: a chart whose builder is unknown',
      alt: 'nothing',
      chart: { builder: 'noSuchChart' } as never,
      width: 400,
      height: 300,
    });
    const rendered = await renderReportDocx(model, { logo: null }, { chartFailed: 'This figure could not be drawn.' });
    expect(rendered.warnings).toEqual(['chart_failed']);
    expect(rendered.details[0]).toMatch(/^Chart broken could not be drawn/);
    const docx = await openDocx(rendered.bytes);
    const text = await docx.rawText();
    expect(text).toContain('Figure 2: a chart whose builder is unknown');
    expect(text).toContain('This figure could not be drawn.');
    expect(docx.parts('word/media/')).toHaveLength(1);
  });

  it('leaves out a damaged PNG logo with a warning', async () => {
    const png = sampleLogoPng();
    const damaged = new Uint8Array(png.length);
    damaged.set(png.subarray(0, 33)); // signature and header intact, then zeros
    const rendered = await renderReportDocx(sampleReportNl(), { logo: { type: 'png', data: damaged } });
    expect(rendered.warnings).toEqual(['logo_unreadable']);
    const docx = await openDocx(rendered.bytes);
    expect(docx.parts('word/media/')).toHaveLength(chartsOf(sampleReportNl()).length);
  });

  it('leaves out an SVG logo that cannot be drawn, and draws one that can', async () => {
    const broken = await renderReportDocx(
      sampleReportEn(),
      { logo: { type: 'svg', data: Buffer.from('<svg><oops') } },
      {},
    );
    // The English sample names no logo: bytes without a logo in the model are ignored.
    expect(broken.warnings).toEqual([]);

    const model = sampleReportEn();
    model.branding.logo = { type: 'svg', width: 360, height: 120 };
    const bad = await renderReportDocx(model, { logo: { type: 'svg', data: Buffer.from('<svg><oops') } });
    expect(bad.warnings).toEqual(['logo_unreadable']);
    const good = await renderReportDocx(model, { logo: { type: 'svg', data: Buffer.from(sampleLogoSvg) } });
    expect(good.warnings).toEqual([]);
    expect((await openDocx(good.bytes)).parts('word/media/')).toHaveLength(2);
  });

  it('warns when the model names a logo but no bytes came with it', async () => {
    const rendered = await renderReportDocx(sampleReportNl(), { logo: null });
    expect(rendered.warnings).toEqual(['logo_missing']);
    expect(rendered.bytes.byteLength).toBeGreaterThan(1000);
  });

  it('drops characters XML cannot carry instead of writing a corrupt document', async () => {
    const model = sampleReportEn();
    model.title = 'Report\u0000 with\u0007 control\uFFFF characters';
    model.body.push({ kind: 'paragraph', content: ['Line one\u000Bstill\u001F here <&> "quoted"\uD800'] });
    const rendered = await renderReportDocx(model, { logo: null });
    const docx = await openDocx(rendered.bytes);
    expect(await docx.part('docProps/core.xml')).toContain('<dc:title>Report with control characters</dc:title>');
    expect(await docx.rawText()).toContain('Line onestill here <&> "quoted"');
  });

  it('turns line breaks in the text into Word line breaks', async () => {
    const model = sampleReportEn();
    model.body.push({ kind: 'paragraph', content: ['First line\nsecond line'] });
    const document = await (
      await openDocx((await renderReportDocx(model, { logo: null })).bytes)
    ).part('word/document.xml');
    expect(document).toMatch(/First line<\/w:t><\/w:r><w:r><w:br\/><w:t xml:space="preserve">second line/);
  });
});
