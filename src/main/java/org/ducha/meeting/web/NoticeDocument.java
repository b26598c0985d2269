package org.ducha.meeting.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.ducha.meeting.AttendanceNotice;
import org.springframework.stereotype.Component;

/**
 * The attendance notice as a .docx (Apache POI XWPF) in the customary layout: the title centred in
 * 方正小标宋简体 2号 (22 pt), the body in 仿宋_GB2312 3号 (16 pt) with a two-character first-line indent,
 * headings in 黑体.
 */
@Component
class NoticeDocument {

	static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
	private static final String TITLE_FONT = "方正小标宋简体";
	private static final String BODY_FONT = "仿宋_GB2312";
	private static final String HEADING_FONT = "黑体";

	private final NoticeText text;

	NoticeDocument(NoticeText text) {
		this.text = text;
	}

	void write(AttendanceNotice notice, String title, Locale locale, OutputStream out) throws IOException {
		try (XWPFDocument doc = new XWPFDocument()) {
			XWPFParagraph head = doc.createParagraph();
			head.setAlignment(ParagraphAlignment.CENTER);
			head.setSpacingAfter(400);
			run(head, title, TITLE_FONT, 22, false);
			List<NoticeText.Part> parts = text.parts(notice, locale);
			if (parts.isEmpty()) {
				body(doc, text.noMeetings(locale));
			}
			for (NoticeText.Part part : parts) {
				XWPFParagraph heading = doc.createParagraph();
				heading.setIndentationFirstLine(640);
				run(heading, part.heading(), HEADING_FONT, 16, false);
				body(doc, part.summary());
				if (part.named().isEmpty()) {
					body(doc, text.none(locale));
				}
				for (NoticeText.Named named : part.named()) {
					body(doc, text.namedLine(named, locale));
				}
			}
			doc.write(out);
		}
	}

	private static void body(XWPFDocument doc, String line) {
		XWPFParagraph p = doc.createParagraph();
		p.setIndentationFirstLine(640);
		p.setSpacingBetween(1.5);
		run(p, line, BODY_FONT, 16, false);
	}

	private static void run(XWPFParagraph p, String value, String font, int points, boolean bold) {
		XWPFRun r = p.createRun();
		r.setText(value);
		r.setFontFamily(font);
		r.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
		r.setFontSize(points);
		r.setBold(bold);
	}
}
