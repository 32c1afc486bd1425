/**
 * The briefing pack as a printable A4 PDF (pdfkit). Text is set in DejaVu Sans, embedded from its
 * npm package, so Ukrainian and other non-Latin names print as written. Every page carries the
 * pack's marking (the highest visibility of the records it includes) and "page N of M", in the
 * pack's language (English or French).
 */
import { createRequire } from 'node:module';
import { markingLine } from '../../domain/access/marking.ts';
import type { Locale } from '../../domain/wording/format.ts';
import type { Brief } from './build-brief.ts';
import { briefSections, meetingTitle, packWords, type PackWords } from './render-brief-md.ts';

const fontFile = (name: string) => createRequire(import.meta.url).resolve(`dejavu-fonts-ttf/ttf/${name}`);
const regular = fontFile('DejaVuSans.ttf');
const bold = fontFile('DejaVuSans-Bold.ttf');

const margin = 56;

/** The marking above and the page number below the text of every page, once all pages exist. */
function stampPages(doc: PDFKit.PDFDocument, marking: string, w: PackWords): void {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    const width = doc.page.width - 2 * margin;
    // Writing inside the margins must not start a new page.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    // The marking may name many parties: it wraps within the top margin, cut short only past three lines.
    doc.font(bold).fontSize(7.5).fillColor('#000000');
    doc.text(marking, margin, 14, { width, height: margin - 20, align: 'center', ellipsis: true });
    doc.font(regular).fontSize(8).fillColor('#444444');
    doc.text(
      w.t('pack.page', { page: i - start + 1, pages: count }),
      margin,
      doc.page.height - margin / 2 - 4,
      {
        width,
        align: 'center',
        lineBreak: false,
      },
    );
    doc.page.margins.bottom = bottom;
  }
}

/** pdfkit is loaded when a pack is printed: not by every process that starts. */
export async function renderBriefPdf(b: Brief, generatedAt: Date, locale: Locale = 'en'): Promise<Buffer> {
  const w = packWords(locale);
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument({
    size: 'A4',
    margin,
    bufferPages: true,
    info: { Title: w.t('brief.heading', { meeting: meetingTitle(b, w) }), Author: 'Ramstein' },
    lang: locale,
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.font(bold).fontSize(18).text(w.t('brief.title'));
  doc.font(regular).fontSize(13).text(meetingTitle(b, w));
  doc
    .fontSize(9)
    .fillColor('#444444')
    .text(w.t('pack.prepared', { date: w.date(generatedAt.toISOString().slice(0, 10)), id: b.meeting.id }));
  if (b.suggested_next) {
    doc.text(
      w.t('pack.nextSuggestedShort', {
        date: w.date(b.suggested_next.date),
        days: w.number(b.suggested_next.interval_days),
      }),
    );
  }
  doc.fillColor('#000000');
  for (const section of briefSections(b, w)) {
    doc.moveDown(0.8);
    doc.font(bold).fontSize(12).text(section.title);
    doc.moveDown(0.2);
    doc.font(regular).fontSize(10);
    for (const line of section.lines) doc.text(line, { indent: 10, paragraphGap: 2 });
  }
  if (b.sources.length) {
    doc.moveDown(0.8);
    doc.font(bold).fontSize(12).text(w.t('brief.sources'));
    doc.font(regular).fontSize(8);
    for (const s of b.sources) doc.text(s);
  }
  stampPages(doc, markingLine(b.marking, locale), w);
  doc.flushPages();
  doc.end();
  return done;
}
