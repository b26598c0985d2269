package org.ducha.bulletin;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/**
 * The bulletin as a .docx in the official layout of GB/T 9704: A4 with margins 37/35/28/26 mm; the
 * 版头 (issuing body in red 方正小标宋简体, the document number, a red rule); the title in
 * 方正小标宋简体 2号; the body in 仿宋_GB2312 3号 with 28 pt lines and a two-character indent; headings
 * in 黑体 (一、) and 楷体_GB2312 (（一）); the 版记 (抄送, 印发 and date between rules, 仿宋 4号); page
 * numbers "— 1 —" in 宋体 4号 at the bottom, odd pages right, even pages left. The fonts are named
 * (eastAsia) as the standard asks; a reader without them substitutes its own.
 */
final class BulletinDocx {

	static final String TITLE_FONT = "方正小标宋简体";
	static final String BODY_FONT = "仿宋_GB2312";
	static final String HEADING1_FONT = "黑体";
	static final String HEADING2_FONT = "楷体_GB2312";
	static final String PAGE_NUMBER_FONT = "宋体";
	static final String LATIN_FONT = "Times New Roman";
	static final String RED = "FF0000";

	/** Points → half-points (w:sz). Sizes: 2号 22 pt, 3号 16 pt, 4号 14 pt. */
	static final int SIZE_2 = 22;
	static final int SIZE_3 = 16;
	static final int SIZE_4 = 14;

	private BulletinDocx() {
	}

	static void write(BulletinDocument doc, OutputStream out) throws IOException {
		try (XWPFDocument d = new XWPFDocument()) {
			page(d);
			// 版头
			XWPFParagraph issuer = centered(d);
			issuer.setSpacingBefore(0);
			issuer.setSpacingAfter(240);
			run(issuer, doc.issuer(), TITLE_FONT, 30, RED, false);
			XWPFParagraph number = centered(d);
			run(number, doc.documentNumber(), BODY_FONT, SIZE_3, null, false);
			number.setBorderBottom(Borders.SINGLE);
			number.getCTP().getPPr().getPBdr().getBottom().setColor(RED);
			number.getCTP().getPPr().getPBdr().getBottom().setSz(BigInteger.valueOf(18));
			number.setSpacingAfter(480);
			// 标题
			XWPFParagraph title = centered(d);
			title.setSpacingAfter(320);
			run(title, doc.title(), TITLE_FONT, SIZE_2, null, false);
			// 正文
			for (BulletinDocument.Block b : doc.body()) {
				boolean indent = b != doc.body().get(0);
				switch (b.kind()) {
					case HEADING1 -> body(d, b.text(), HEADING1_FONT, true);
					case HEADING2 -> body(d, b.text(), HEADING2_FONT, true);
					case PARAGRAPH -> body(d, b.text(), BODY_FONT, indent);
					case TABLE -> table(d, b.rows());
				}
			}
			// 落款 and date
			XWPFParagraph signature = d.createParagraph();
			signature.setAlignment(ParagraphAlignment.RIGHT);
			signature.setSpacingBefore(480);
			signature.setIndentationRight(640);
			run(signature, doc.issuer(), BODY_FONT, SIZE_3, null, false);
			XWPFParagraph date = d.createParagraph();
			date.setAlignment(ParagraphAlignment.RIGHT);
			date.setIndentationRight(640);
			run(date, BulletinDocument.chineseDate(doc.printedOn()), BODY_FONT, SIZE_3, null, false);
			// 版记
			XWPFParagraph copyTo = d.createParagraph();
			copyTo.setSpacingBefore(960);
			copyTo.setBorderTop(Borders.SINGLE);
			copyTo.setBorderBottom(Borders.SINGLE);
			copyTo.setIndentationLeft(280);
			copyTo.setIndentationRight(280);
			run(copyTo, "抄送：" + (doc.copyTo() == null ? "" : doc.copyTo()), BODY_FONT, SIZE_4, null, false);
			XWPFParagraph printed = d.createParagraph();
			printed.setBorderBottom(Borders.SINGLE);
			printed.setIndentationLeft(280);
			printed.setIndentationRight(280);
			run(printed, doc.printedBy() + "　　　　" + BulletinDocument.chineseDate(doc.printedOn()) + "印发", BODY_FONT,
					SIZE_4, null, false);
			footers(d);
			d.write(out);
		}
	}

	private static void page(XWPFDocument d) {
		CTSectPr sect = d.getDocument().getBody().isSetSectPr() ? d.getDocument().getBody().getSectPr()
				: d.getDocument().getBody().addNewSectPr();
		CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
		size.setW(BigInteger.valueOf(11906));
		size.setH(BigInteger.valueOf(16838));
		CTPageMar margins = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
		margins.setTop(BigInteger.valueOf(mm(37)));
		margins.setBottom(BigInteger.valueOf(mm(35)));
		margins.setLeft(BigInteger.valueOf(mm(28)));
		margins.setRight(BigInteger.valueOf(mm(26)));
		margins.setFooter(BigInteger.valueOf(mm(28) - mm(7)));
		margins.setHeader(BigInteger.valueOf(mm(15)));
	}

	private static long mm(double mm) {
		return Math.round(mm / 25.4 * 1440);
	}

	private static XWPFParagraph centered(XWPFDocument d) {
		XWPFParagraph p = d.createParagraph();
		p.setAlignment(ParagraphAlignment.CENTER);
		return p;
	}

	private static void body(XWPFDocument d, String text, String font, boolean indent) {
		XWPFParagraph p = d.createParagraph();
		p.setAlignment(ParagraphAlignment.BOTH);
		p.setSpacingBetween(28, LineSpacingRule.EXACT);
		if (indent) {
			p.setFirstLineIndent(SIZE_3 * 2 * 20);
		}
		run(p, text, font, SIZE_3, null, false);
	}

	private static void table(XWPFDocument d, List<List<String>> rows) {
		XWPFTable t = d.createTable(rows.size(), rows.get(0).size());
		t.setWidth("100%");
		for (int r = 0; r < rows.size(); r++) {
			XWPFTableRow row = t.getRow(r);
			for (int c = 0; c < rows.get(r).size(); c++) {
				XWPFTableCell cell = row.getCell(c);
				XWPFParagraph p = cell.getParagraphs().get(0);
				p.setAlignment(c == 0 && r > 0 ? ParagraphAlignment.LEFT : ParagraphAlignment.CENTER);
				run(p, rows.get(r).get(c), r == 0 ? HEADING1_FONT : BODY_FONT, SIZE_4, null, false);
			}
		}
		d.createParagraph();
	}

	static XWPFRun run(XWPFParagraph p, String text, String eastAsiaFont, int points, String color, boolean bold) {
		XWPFRun run = p.createRun();
		run.setText(text == null ? "" : text);
		run.setFontFamily(LATIN_FONT, XWPFRun.FontCharRange.ascii);
		run.setFontFamily(LATIN_FONT, XWPFRun.FontCharRange.hAnsi);
		run.setFontFamily(eastAsiaFont, XWPFRun.FontCharRange.eastAsia);
		run.setFontSize(points);
		run.setBold(bold);
		if (color != null) {
			run.setColor(color);
		}
		return run;
	}

	/** "— n —" at the bottom: odd pages right, even pages left, one character in from the edge. */
	private static void footers(XWPFDocument d) {
		d.setEvenAndOddHeadings(true);
		pageNumber(d.createFooter(HeaderFooterType.DEFAULT), ParagraphAlignment.RIGHT);
		pageNumber(d.createFooter(HeaderFooterType.EVEN), ParagraphAlignment.LEFT);
	}

	private static void pageNumber(XWPFFooter footer, ParagraphAlignment alignment) {
		XWPFParagraph p = footer.createParagraph();
		p.setAlignment(alignment);
		if (alignment == ParagraphAlignment.RIGHT) {
			p.setIndentationRight(SIZE_4 * 20);
		}
		else {
			p.setIndentationLeft(SIZE_4 * 20);
		}
		run(p, "— ", PAGE_NUMBER_FONT, SIZE_4, null, false);
		XWPFRun begin = run(p, "", PAGE_NUMBER_FONT, SIZE_4, null, false);
		begin.getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
		XWPFRun code = run(p, "", PAGE_NUMBER_FONT, SIZE_4, null, false);
		code.getCTR().addNewInstrText().setStringValue(" PAGE ");
		XWPFRun separate = run(p, "", PAGE_NUMBER_FONT, SIZE_4, null, false);
		separate.getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
		run(p, "1", PAGE_NUMBER_FONT, SIZE_4, null, false);
		XWPFRun end = run(p, "", PAGE_NUMBER_FONT, SIZE_4, null, false);
		end.getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
		run(p, " —", PAGE_NUMBER_FONT, SIZE_4, null, false);
	}
}
