/** The briefing pack as a printable A4 PDF (pdfkit, built-in Helvetica). */
import PDFDocument from 'pdfkit';
import type { Brief } from './build-brief.ts';
import { briefSections, meetingTitle } from './render-brief-md.ts';

// The built-in fonts encode WinAnsi only: other characters would print as garbage.
const printable = (text: string) =>
  text.replace(/[^\x20-\x7E\u00A0-\u00FF\u20AC\u2013\u2014\u2018\u2019\u201C\u201D]/g, '?');

export function renderBriefPdf(b: Brief, generatedAt: Date): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    info: { Title: `Briefing pack: ${meetingTitle(b)}`, Author: 'Ramstein' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.font('Helvetica-Bold').fontSize(18).text('Briefing pack');
  doc
    .font('Helvetica')
    .fontSize(13)
    .text(printable(meetingTitle(b)));
  doc
    .fontSize(9)
    .fillColor('#444444')
    .text(
      `Prepared ${generatedAt.toISOString().slice(0, 10)} from the Ramstein ledger. Meeting id ${b.meeting.id}.`,
    );
  if (b.suggested_next) {
    doc.text(
      `Next session suggested for ${b.suggested_next.date} (median interval ${b.suggested_next.interval_days} days).`,
    );
  }
  doc.fillColor('#000000');
  for (const section of briefSections(b)) {
    doc.moveDown(0.8);
    doc.font('Helvetica-Bold').fontSize(12).text(printable(section.title));
    doc.moveDown(0.2);
    doc.font('Helvetica').fontSize(10);
    for (const line of section.lines) doc.text(printable(line), { indent: 10, paragraphGap: 2 });
  }
  if (b.sources.length) {
    doc.moveDown(0.8);
    doc.font('Helvetica-Bold').fontSize(12).text('Sources');
    doc.font('Helvetica').fontSize(8);
    for (const s of b.sources) doc.text(printable(s));
  }
  doc.end();
  return done;
}
