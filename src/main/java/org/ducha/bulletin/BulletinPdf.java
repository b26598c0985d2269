package org.ducha.bulletin;

import java.awt.Color;
import java.io.OutputStream;
import java.util.List;

import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.SplitCharacter;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfChunk;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfWriter;
import org.openpdf.text.pdf.draw.LineSeparator;

/**
 * The bulletin as a PDF with embedded CJK fonts, laid out like the .docx (GB/T 9704 margins, red
 * head and rule, 22 pt title, 16 pt body on 28 pt lines, 版记 between rules, "— n —" page numbers
 * at the bottom, odd pages right, even pages left).
 */
final class BulletinPdf {

	private static final float MM = 72f / 25.4f;
	private static final Color RED = new Color(0xFF, 0, 0);

	private BulletinPdf() {
	}

	static void write(BulletinDocument doc, DocumentFonts fonts, OutputStream out) {
		Document d = new Document(PageSize.A4, 28 * MM, 26 * MM, 37 * MM, 35 * MM);
		try {
			PdfWriter writer = PdfWriter.getInstance(d, out);
			BaseFont body = fonts.body();
			writer.setPageEvent(new PageNumbers(body));
			d.addTitle(doc.title());
			d.addCreator("Ducha");
			d.open();
			Font bodyFont = new Font(body, 16);
			Paragraph issuer = new Paragraph(doc.issuer(), new Font(fonts.title(), 30, Font.NORMAL, RED));
			issuer.setAlignment(Element.ALIGN_CENTER);
			issuer.setSpacingAfter(12);
			d.add(issuer);
			Paragraph number = new Paragraph(doc.documentNumber(), bodyFont);
			number.setAlignment(Element.ALIGN_CENTER);
			d.add(number);
			d.add(rule(1.5f, RED, -6, bodyFont));
			Paragraph title = new Paragraph(doc.title(), new Font(fonts.title(), 22));
			title.setAlignment(Element.ALIGN_CENTER);
			title.setSpacingBefore(30);
			title.setSpacingAfter(18);
			title.setLeading(32);
			d.add(title);
			for (BulletinDocument.Block b : doc.body()) {
				switch (b.kind()) {
					case HEADING1 -> d.add(text(b.text(), new Font(fonts.heading(), 16), true));
					case HEADING2 -> d.add(text(b.text(), new Font(fonts.title(), 16), true));
					case PARAGRAPH -> d.add(text(b.text(), bodyFont, b != doc.body().get(0)));
					case TABLE -> d.add(table(b.rows(), new Font(fonts.heading(), 12), new Font(body, 12)));
				}
			}
			Paragraph signature = new Paragraph(doc.issuer() + "\n" + BulletinDocument.chineseDate(doc.printedOn()), bodyFont);
			signature.setAlignment(Element.ALIGN_RIGHT);
			signature.setIndentationRight(32);
			signature.setSpacingBefore(24);
			signature.setLeading(28);
			d.add(signature);
			Font record = new Font(body, 14);
			PdfPTable recordBlock = new PdfPTable(1);
			recordBlock.setWidthPercentage(100);
			recordBlock.setSpacingBefore(36);
			recordBlock.setKeepTogether(true);
			PdfPCell copyTo = recordCell(chunk("抄送：" + (doc.copyTo() == null ? "" : doc.copyTo()), record));
			copyTo.setBorderWidthTop(1f);
			copyTo.setBorderWidthBottom(0.5f);
			recordBlock.addCell(copyTo);
			PdfPCell printed = recordCell(chunk(doc.printedBy() + "　　　　" + BulletinDocument.chineseDate(doc.printedOn())
					+ "印发", record));
			printed.setBorderWidthBottom(1f);
			recordBlock.addCell(printed);
			d.add(recordBlock);
			d.close();
		}
		catch (DocumentException e) {
			throw new IllegalStateException("cannot write the bulletin PDF", e);
		}
	}

	private static PdfPCell recordCell(Chunk text) {
		Phrase phrase = new Phrase();
		phrase.add(text);
		PdfPCell cell = new PdfPCell(phrase);
		cell.setBorder(PdfPCell.TOP | PdfPCell.BOTTOM);
		cell.setBorderWidthTop(0);
		cell.setPaddingLeft(14);
		cell.setPaddingRight(14);
		cell.setPaddingTop(4);
		cell.setPaddingBottom(8);
		return cell;
	}

	/** A horizontal rule, carried by a chunk in the document's own font (no unembedded default font). */
	private static Chunk rule(float width, Color color, float offset, Font font) {
		Chunk chunk = new Chunk(new LineSeparator(width, 100, color, Element.ALIGN_CENTER, offset));
		chunk.setFont(font);
		return chunk;
	}

	private static Paragraph text(String text, Font font, boolean indent) {
		Paragraph p = new Paragraph(28, "", font);
		p.add(chunk(text, font));
		if (indent) {
			p.setFirstLineIndent(32);
		}
		p.setAlignment(Element.ALIGN_JUSTIFIED);
		return p;
	}

	/** Text that breaks lines by the Chinese rules: never before a closing mark, never after an opening one. */
	static Chunk chunk(String text, Font font) {
		Chunk chunk = new Chunk(text, font);
		chunk.setSplitCharacter(ChineseLineBreaks.INSTANCE);
		return chunk;
	}

	/** Line breaking for Chinese text (禁则): a break may follow any ideograph or space, but no line starts with a closing mark. */
	static final class ChineseLineBreaks implements SplitCharacter {

		static final ChineseLineBreaks INSTANCE = new ChineseLineBreaks();

		private static final String NO_LINE_START = "，。、；：！？）》」』”’〕】%…—·,.;:!?)";
		private static final String NO_LINE_END = "（《「『“‘〔【(";

		@Override
		public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
			char c = cc[current];
			char next = current + 1 < end ? cc[current + 1] : ' ';
			if (NO_LINE_START.indexOf(next) >= 0 || NO_LINE_END.indexOf(c) >= 0) {
				return false;
			}
			return c == ' ' || c == '\u3000' || c == '-' || Character.isIdeographic(c) || NO_LINE_START.indexOf(c) >= 0
					|| Character.isIdeographic(next);
		}
	}

	private static PdfPTable table(List<List<String>> rows, Font head, Font cellFont) {
		int columns = rows.get(0).size();
		PdfPTable t = new PdfPTable(switch (columns) {
			case 2 -> new float[] { 5, 1.5f };
			case 5 -> new float[] { 3.5f, 3, 1.5f, 2, 2.5f };
			case 7 -> new float[] { 1, 4, 1.6f, 1.4f, 1.8f, 1.4f, 1.4f };
			default -> { float[] w = new float[columns]; java.util.Arrays.fill(w, 1); yield w; }
		});
		t.setWidthPercentage(100);
		t.setSpacingBefore(6);
		t.setSpacingAfter(10);
		t.setHeaderRows(1);
		for (int r = 0; r < rows.size(); r++) {
			for (int c = 0; c < rows.get(r).size(); c++) {
				Phrase phrase = new Phrase();
				phrase.add(chunk(rows.get(r).get(c), r == 0 ? head : cellFont));
				PdfPCell cell = new PdfPCell(phrase);
				cell.setHorizontalAlignment(c == 0 && r > 0 ? Element.ALIGN_LEFT : Element.ALIGN_CENTER);
				cell.setPadding(4);
				t.addCell(cell);
			}
		}
		return t;
	}

	/** "— n —" in 14 pt at the bottom; odd pages right, even pages left, one character in. */
	static final class PageNumbers extends PdfPageEventHelper {

		private final Font font;

		PageNumbers(BaseFont base) {
			this.font = new Font(base, 14);
		}

		@Override
		public void onEndPage(PdfWriter writer, Document document) {
			int page = writer.getPageNumber();
			boolean odd = page % 2 == 1;
			PdfContentByte cb = writer.getDirectContent();
			float y = document.bottom() - 14 * MM;
			float x = odd ? document.right() - 14 : document.left() + 14;
			ColumnText.showTextAligned(cb, odd ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT,
					new Phrase("— " + page + " —", font), x, y, 0);
		}
	}
}
