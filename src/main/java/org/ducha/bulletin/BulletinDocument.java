package org.ducha.bulletin;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The bulletin as an official document (GB/T 9704): the red issuing-body line, the document number,
 * the title, the body as headings (一、 黑体; (一) 楷体), paragraphs and tables, and the 版记 (抄送,
 * 印发 with its date). One layout that the .docx, the PDF and the page preview all render, so they
 * say the same. The document is Chinese whatever the reader's language: it is the official text.
 */
public record BulletinDocument(String issuer, String documentNumber, String title, List<Block> body, String copyTo,
		String printedBy, LocalDate printedOn) {

	/** A heading of level 1 (一、) or 2 (（一）), a paragraph, or a table with its header row first. */
	public record Block(Kind kind, String text, List<List<String>> rows) {

		public enum Kind {
			HEADING1, HEADING2, PARAGRAPH, TABLE
		}

		static Block h1(String text) {
			return new Block(Kind.HEADING1, text, List.of());
		}

		static Block h2(String text) {
			return new Block(Kind.HEADING2, text, List.of());
		}

		static Block p(String text) {
			return new Block(Kind.PARAGRAPH, text, List.of());
		}

		static Block table(List<List<String>> rows) {
			return new Block(Kind.TABLE, null, rows);
		}
	}

	private static final String[] NUMERALS = { "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二",
			"十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十" };

	static String numeral(int i) {
		return i < NUMERALS.length ? NUMERALS[i] : String.valueOf(i + 1);
	}

	static String chineseDate(LocalDate d) {
		return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
	}

	static String chineseMonth(YearMonth m) {
		return m.getYear() + "年" + m.getMonthValue() + "月";
	}

	/** Lays out a bulletin's content. */
	static BulletinDocument of(YearMonth month, BulletinContent c, String issuer, LocalDate printedOn) {
		List<Block> body = new ArrayList<>();
		String monthText = chineseMonth(month);
		body.add(Block.p("各乡镇（街道）党（工）委、区直各单位："));
		if (c.opening() != null && !c.opening().isBlank()) {
			paragraphs(c.opening()).forEach(t -> body.add(Block.p(t)));
		}
		int section = 0;
		BulletinContent.Figures f = c.figures();
		body.add(Block.h1(numeral(section++) + "、总体情况"));
		body.add(Block.p(monthText + "，全区共登记信访举报" + f.reportsReceived() + "件，受理" + f.reportsAccepted() + "件，办结"
				+ f.reportsConcluded() + "件，反馈" + f.reportsAnswered() + "件；发现作风问题" + f.problemsFound() + "个，整改销号"
				+ f.problemsClosed() + "个，逾期未整改" + f.problemsOverdue() + "个。"));
		body.add(Block.p("全区作出问责处理决定" + f.casesDecided() + "件，运用监督执纪“四种形态”：第一种形态" + four(f, "1") + "人次，第二种形态"
				+ four(f, "2") + "人次，第三种形态" + four(f, "3") + "人次，第四种形态" + four(f, "4") + "人次。"
				+ formsSentence(f.byForm())));
		body.add(Block.p(eightRulesSentence(f.eightRules())));
		if (!f.eightRules().isEmpty()) {
			List<List<String>> rows = new ArrayList<>();
			rows.add(List.of("问题类别", "问题数（个）"));
			for (BulletinContent.CategoryLine line : f.eightRules()) {
				if (!line.firstLevel() && line.problems() == 0) {
					continue;
				}
				rows.add(List.of(line.firstLevel() ? line.name() : "　其中：" + line.name(), String.valueOf(line.problems())));
			}
			body.add(Block.table(rows));
		}
		if (!c.typicalCases().isEmpty()) {
			body.add(Block.h1(numeral(section++) + "、典型案例"));
			int i = 0;
			for (BulletinContent.TypicalCase tc : c.typicalCases()) {
				body.add(Block.h2("（" + numeral(i++) + "）" + tc.unitName() + nullToEmpty(tc.position()) + tc.name()
						+ "问题"));
				body.add(Block.p(sentence(tc.facts()) + sentence(tc.outcome())));
			}
		}
		if (!c.ranking().isEmpty()) {
			body.add(Block.h1(numeral(section++) + "、单位作风建设排名"));
			body.add(Block.p("根据各单位本月问题数量、整改按期完成率、逾期未整改数、督办任务完成评价和会议出勤等情况，综合排名如下："));
			List<List<String>> rows = new ArrayList<>();
			rows.add(List.of("名次", "单位", "综合得分", "问题数", "按期整改率", "逾期数", "出勤率"));
			for (BulletinContent.RankLine r : c.ranking()) {
				rows.add(List.of(String.valueOf(r.rank()), r.unitName(), String.format("%.1f", r.score()),
						String.valueOf(r.problems()), percent(r.onTimePercent()), String.valueOf(r.overdue()),
						percent(r.attendancePercent())));
			}
			body.add(Block.table(rows));
		}
		if (!c.mostProblems().isEmpty()) {
			body.add(Block.h1(numeral(section++) + "、问题较多单位"));
			List<String> units = new ArrayList<>();
			for (BulletinContent.UnitProblems u : c.mostProblems()) {
				units.add(u.unitName() + "（" + u.problems() + "个"
						+ (u.principalName() == null ? "" : "，主要负责人：" + nullToEmpty(u.principalPosition()) + u.principalName())
						+ "）");
			}
			body.add(Block.p(monthText + "，以下单位发现问题较多：" + String.join("；", units)
					+ "。上述单位主要负责人须在查处通报大会上作检讨发言，并于10个工作日内报送整改情况。"));
		}
		BulletinContent.Attendance a = c.attendance();
		if (a != null && a.meetings() > 0) {
			body.add(Block.h1(numeral(section++) + "、参会情况通报"));
			body.add(Block.p(monthText + "，区委、区政府共召开需单位主要负责人参加的会议" + a.meetings() + "次，应参会" + a.required()
					+ "人次，实际参会" + a.attended() + "人次。"
					+ (a.notes().isEmpty() ? "全部按要求参会。" : "未按要求本人参会情况如下：")));
			if (!a.notes().isEmpty()) {
				List<List<String>> rows = new ArrayList<>();
				rows.add(List.of("会议", "单位", "姓名", "职务", "情况"));
				for (BulletinContent.AttendanceNote n : a.notes()) {
					rows.add(List.of(n.meetingDate().getMonthValue() + "月" + n.meetingDate().getDayOfMonth() + "日 " + n.meetingTitle(),
							n.unitName(), n.cadreName(), nullToEmpty(n.position()), attendanceWording(n)));
				}
				body.add(Block.table(rows));
			}
		}
		if (c.requirements() != null && !c.requirements().isBlank()) {
			body.add(Block.h1(numeral(section) + "、工作要求"));
			paragraphs(c.requirements()).forEach(t -> body.add(Block.p(t)));
		}
		return new BulletinDocument(issuer, c.documentNumber(), c.title(), body, c.copyTo(), issuer, printedOn);
	}

	static String attendanceWording(BulletinContent.AttendanceNote n) {
		return switch (n.status()) {
			case "LATE" -> "迟到";
			case "ON_LEAVE" -> "请假";
			case "ABSENT" -> "无故缺席";
			case "SUBSTITUTE_APPROVED" -> "经批准由" + nullToEmpty(n.substituteName()) + "代会";
			default -> n.status();
		};
	}

	private static long four(BulletinContent.Figures f, String form) {
		return f.byFourForm().getOrDefault(form, 0L);
	}

	private static String formsSentence(Map<String, Long> byForm) {
		if (byForm == null || byForm.isEmpty()) {
			return "";
		}
		List<String> parts = new ArrayList<>();
		byForm.forEach((form, n) -> parts.add(OutcomeWording.nameOf(form) + n + "人次"));
		return "其中" + String.join("，", parts) + "。";
	}

	private static String eightRulesSentence(List<BulletinContent.CategoryLine> lines) {
		List<BulletinContent.CategoryLine> first = lines.stream().filter(BulletinContent.CategoryLine::firstLevel).toList();
		long total = first.stream().mapToLong(BulletinContent.CategoryLine::problems).sum();
		List<String> parts = first.stream().map(l -> l.name() + "问题" + l.problems() + "个").toList();
		return "发现违反中央八项规定精神问题" + total + "个" + (parts.isEmpty() ? "" : "，其中" + String.join("，", parts)) + "。";
	}

	private static String percent(Integer p) {
		return p == null ? "—" : p + "%";
	}

	private static String sentence(String s) {
		if (s == null || s.isBlank()) {
			return "";
		}
		String t = s.strip();
		return t.endsWith("。") ? t : t + "。";
	}

	private static String nullToEmpty(String s) {
		return s == null ? "" : s;
	}

	private static List<String> paragraphs(String text) {
		return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
	}

	/** All the document's text in reading order, e.g. for a preview. */
	public List<String> lines() {
		List<String> lines = new ArrayList<>();
		lines.add(issuer);
		lines.add(documentNumber);
		lines.add(title);
		for (Block b : body) {
			if (b.kind() == Block.Kind.TABLE) {
				b.rows().forEach(r -> lines.add(String.join(" | ", r)));
			}
			else {
				lines.add(b.text());
			}
		}
		return lines;
	}
}
