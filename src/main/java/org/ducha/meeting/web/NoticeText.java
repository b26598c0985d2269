package org.ducha.meeting.web;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.ducha.meeting.AttendanceLine;
import org.ducha.meeting.AttendanceNotice;
import org.ducha.meeting.AttendanceStatus;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The wording of the attendance notice (参会情况通报), shared by the page and the .docx: a title, and
 * per meeting a heading, a summary sentence and one sentence per status naming the attendees.
 */
@Component
class NoticeText {

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	/** A meeting's part of the notice as sentences. */
	record Part(String heading, String summary, List<Named> named) {
	}

	/** The attendees named for one status. */
	record Named(AttendanceStatus status, String label, List<String> entries) {
	}

	private final MessageSource messages;

	NoticeText(MessageSource messages) {
		this.messages = messages;
	}

	String monthTitle(AttendanceNotice notice, Locale locale) {
		return text("meeting.notice.monthTitle", locale, notice.from().getYear(), notice.from().getMonthValue());
	}

	String meetingTitle(AttendanceNotice.MeetingPart part, Locale locale) {
		return text("meeting.notice.meetingTitle", locale, part.title());
	}

	List<Part> parts(AttendanceNotice notice, Locale locale) {
		List<Part> parts = new ArrayList<>();
		int n = 1;
		for (AttendanceNotice.MeetingPart m : notice.meetings()) {
			String heading = text("meeting.notice.heading", locale, ordinal(n++, locale), m.title());
			String summary = text("meeting.notice.summary", locale, MINUTES.format(m.startsAt()), m.place(), m.required(),
					m.count(AttendanceStatus.PRESENT), m.count(AttendanceStatus.LATE),
					m.count(AttendanceStatus.SUBSTITUTE_APPROVED), m.count(AttendanceStatus.ON_LEAVE),
					m.count(AttendanceStatus.ABSENT));
			List<Named> named = new ArrayList<>();
			for (AttendanceStatus status : AttendanceNotice.NAMED) {
				List<AttendanceLine> lines = m.named(status);
				if (lines.isEmpty()) {
					continue;
				}
				List<String> entries = lines.stream().map(l -> entry(l, locale)).toList();
				named.add(new Named(status, text("meeting.attendance." + status.name(), locale), entries));
			}
			parts.add(new Part(heading, summary, named));
		}
		return parts;
	}

	String none(Locale locale) {
		return text("meeting.notice.allPresent", locale);
	}

	String noMeetings(Locale locale) {
		return text("meeting.notice.noMeetings", locale);
	}

	/** One status's sentence: the label and the attendees named. */
	String namedLine(Named named, Locale locale) {
		return text("meeting.notice.namedLine", locale, named.label(),
				String.join(text("meeting.notice.separator", locale), named.entries()));
	}

	private String entry(AttendanceLine l, Locale locale) {
		String who = text("meeting.notice.entry", locale, l.unitName(), l.cadreName(),
				l.position() == null ? "" : l.position());
		if (l.status() == AttendanceStatus.SUBSTITUTE_APPROVED && l.substituteName() != null) {
			return who + text("meeting.notice.substitutedBy", locale, l.substituteName(),
					l.substitutePosition() == null ? "" : l.substitutePosition());
		}
		return who;
	}

	/** The numbering of the headings: 一、二、… in Chinese (up to 99), 1. 2. … otherwise. */
	static String ordinal(int n, Locale locale) {
		if (!"zh".equals(locale.getLanguage()) || n < 1 || n > 99) {
			return String.valueOf(n);
		}
		String digits = "〇一二三四五六七八九";
		if (n < 10) {
			return String.valueOf(digits.charAt(n));
		}
		String tens = n / 10 == 1 ? "" : String.valueOf(digits.charAt(n / 10));
		return tens + "十" + (n % 10 == 0 ? "" : String.valueOf(digits.charAt(n % 10)));
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}
}
