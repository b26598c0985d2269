package org.ducha.accountability;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** A small writer of official-looking .docx documents (Apache POI XWPF): title, paragraphs, tables. */
final class IntegrityDocx implements AutoCloseable {

	static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	private static final String BODY_FONT = "SimSun";
	private static final String TITLE_FONT = "SimHei";

	private final XWPFDocument document = new XWPFDocument();

	IntegrityDocx title(String text) {
		XWPFParagraph p = document.createParagraph();
		p.setAlignment(ParagraphAlignment.CENTER);
		p.setSpacingAfter(240);
		run(p, text, TITLE_FONT, 22, true);
		return this;
	}

	IntegrityDocx centered(String text) {
		XWPFParagraph p = document.createParagraph();
		p.setAlignment(ParagraphAlignment.CENTER);
		run(p, text, BODY_FONT, 12, false);
		return this;
	}

	IntegrityDocx heading(String text) {
		XWPFParagraph p = document.createParagraph();
		p.setSpacingBefore(200);
		run(p, text, TITLE_FONT, 14, true);
		return this;
	}

	IntegrityDocx paragraph(String text) {
		XWPFParagraph p = document.createParagraph();
		p.setIndentationFirstLine(480);
		run(p, text, BODY_FONT, 12, false);
		return this;
	}

	IntegrityDocx right(String text) {
		XWPFParagraph p = document.createParagraph();
		p.setAlignment(ParagraphAlignment.RIGHT);
		run(p, text, BODY_FONT, 12, false);
		return this;
	}

	/** A table with a bold header row and one row per entry. */
	IntegrityDocx table(List<String> header, List<List<String>> rows) {
		XWPFTable table = document.createTable(rows.size() + 1, header.size());
		table.setWidth("100%");
		fill(table.getRow(0), header, true);
		for (int i = 0; i < rows.size(); i++) {
			fill(table.getRow(i + 1), rows.get(i), false);
		}
		document.createParagraph();
		return this;
	}

	void write(OutputStream out) {
		try {
			document.write(out);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public void close() {
		try {
			document.close();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void fill(XWPFTableRow row, List<String> cells, boolean bold) {
		for (int c = 0; c < cells.size(); c++) {
			XWPFParagraph p = row.getCell(c).getParagraphs().getFirst();
			String[] lines = (cells.get(c) == null ? "" : cells.get(c)).split("\n");
			for (int l = 0; l < lines.length; l++) {
				XWPFRun r = run(p, lines[l], BODY_FONT, 11, bold);
				if (l < lines.length - 1) {
					r.addBreak();
				}
			}
		}
	}

	private static XWPFRun run(XWPFParagraph p, String text, String font, int size, boolean bold) {
		XWPFRun r = p.createRun();
		r.setText(text);
		r.setFontFamily(font);
		r.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
		r.setFontSize(size);
		r.setBold(bold);
		return r;
	}
}
