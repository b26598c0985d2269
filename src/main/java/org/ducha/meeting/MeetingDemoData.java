package org.ducha.meeting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.function.Supplier;

import org.ducha.access.AccessControl;
import org.ducha.access.CurrentUser;
import org.ducha.calendar.WorkingCalendar;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo meetings around DEMO.md, loaded under the {@code demo} profile when there is no meeting yet:
 * three held meetings of the recent weeks with the principals 周强 (ZJJ), 钱进 (SCJ), 冯涛 (DXJD) and
 * 杨帆 (JYJ) — an approved substitute, approved and refused leave, lateness, and two unexcused absences of 钱进 in one
 * year, which made an ATTENDANCE problem of SCJ — and an upcoming meeting with a leave request of
 * SCJ waiting for 孙丽 ({@code sunli}). Scheduled and checked in by {@code officer}.
 */
@Component
@Profile("demo")
@Order(70)
class MeetingDemoData implements ApplicationRunner {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(MeetingDemoData.class);

	private final MeetingRepository repository;
	private final Meetings meetings;
	private final AccessControl access;
	private final WorkingCalendar calendar;
	private final TransactionTemplate transaction;
	private final Clock clock;

	MeetingDemoData(MeetingRepository repository, Meetings meetings, AccessControl access, WorkingCalendar calendar,
			PlatformTransactionManager transactions, Clock clock) {
		this.clock = clock;
		this.repository = repository;
		this.meetings = meetings;
		this.access = access;
		this.calendar = calendar;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Override
	public void run(ApplicationArguments args) {
		if (repository.count() > 0 || access.findUser("officer").isEmpty() || access.findUser("sunli").isEmpty()) {
			return;
		}
		LocalDate today = calendar.today();
		LocalDate second = calendar.minusWorkingDays(today, 15);
		LocalDate first = calendar.minusWorkingDays(second, 20);
		if (first.getYear() != second.getYear()) {
			first = calendar.addWorkingDays(second.withDayOfYear(1).minusDays(1), 1);
			if (!first.isBefore(second)) {
				second = calendar.addWorkingDays(first, 1);
			}
		}
		LocalDate third = calendar.minusWorkingDays(today, 5);
		if (!third.isAfter(second)) {
			third = second;
		}
		LocalDate upcoming = calendar.addWorkingDays(today, 5);
		List<String> principals = List.of("ZJJ", "SCJ", "JYJ", "DXJD");

		// 1. 全区作风建设推进会: ZJJ by approved substitute, SCJ absent, JYJ present, DXJD late.
		Meeting m1 = schedule("全区作风建设推进会", first.atTime(9, 0), "区行政中心第一会议室", "C004", principals);
		Instant s1 = m1.getStartsAt();
		LeaveRequest l1 = as("zjj", () -> meetings.requestLeaveAt(id(m1),
				new NewLeaveRequest("C010", "参加省住建厅城市更新专题培训", "C011", null, null), s1.minus(Duration.ofDays(3))));
		as("sunli", () -> meetings.decideAt(id(l1), true, null, s1.minus(Duration.ofDays(2))));
		as("officer", () -> meetings.checkInAt(id(m1), "C010", CheckInMark.SUBSTITUTE, s1));
		as("officer", () -> meetings.checkInAt(id(m1), "C040", CheckInMark.PRESENT, s1));
		as("officer", () -> meetings.checkInAt(id(m1), "C030", CheckInMark.LATE, s1.plus(Duration.ofMinutes(15))));
		as("officer", () -> meetings.closeAt(id(m1), s1.plus(Duration.ofHours(2))));

		// 2. 优化营商环境工作调度会: SCJ's leave refused and absent again (the second absence), ZJJ on leave, DXJD present.
		Meeting m2 = schedule("优化营商环境工作调度会", second.atTime(14, 30), "区行政中心第三会议室", "C004",
				List.of("ZJJ", "SCJ", "DXJD"));
		Instant s2 = m2.getStartsAt();
		LeaveRequest l2 = as("scj", () -> meetings.requestLeaveAt(id(m2),
				new NewLeaveRequest("C020", "外出招商洽谈", null, "何敏", "副局长"), s2.minus(Duration.ofDays(2))));
		as("sunli", () -> meetings.decideAt(id(l2), false, "调度会涉及市场监管重点工作，须主要负责同志参加", s2.minus(Duration.ofDays(1))));
		LeaveRequest l3 = as("zjj-liaison", () -> meetings.requestLeaveAt(id(m2),
				new NewLeaveRequest("C010", "陪同市领导检查保障性住房项目", null, null, null), s2.minus(Duration.ofDays(1))));
		as("sunli", () -> meetings.decideAt(id(l3), true, null, s2.minus(Duration.ofHours(20))));
		as("officer", () -> meetings.checkInAt(id(m2), "C030", CheckInMark.PRESENT, s2));
		as("officer", () -> meetings.closeAt(id(m2), s2.plus(Duration.ofHours(2))));

		// 3. 安全生产专题会议 (黄海): everyone came, JYJ late.
		Meeting m3 = schedule("安全生产专题会议", third.atTime(9, 0), "区应急指挥中心", "C005", principals);
		Instant s3 = m3.getStartsAt();
		for (String cadre : List.of("C010", "C020", "C030")) {
			as("officer", () -> meetings.checkInAt(id(m3), cadre, CheckInMark.PRESENT, s3));
		}
		as("officer", () -> meetings.checkInAt(id(m3), "C040", CheckInMark.LATE, s3.plus(Duration.ofMinutes(10))));
		as("officer", () -> meetings.closeAt(id(m3), s3.plus(Duration.ofHours(1))));

		// 4. Upcoming: SCJ asks leave with 何敏 as substitute, waiting for 孙丽.
		Meeting m4 = schedule("2026年度作风建设考核工作部署会", upcoming.atTime(LocalTime.of(9, 30)), "区行政中心第一会议室", "C004",
				principals);
		as("scj", () -> meetings.requestLeave(id(m4), new NewLeaveRequest("C020", "参加市市场监管局全市食品安全工作会议",
				"C021", null, null)));
		log.info("Demo data: 4 meetings");
	}

	private Meeting schedule(String title, LocalDateTime start, String place, String leader, List<String> units) {
		Instant weekBefore = start.atZone(calendar.zone()).toInstant().minus(Duration.ofDays(7));
		Instant now = Instant.now(clock);
		Instant created = weekBefore.isBefore(now) ? weekBefore : now;
		return as("officer", () -> meetings.scheduleAt(new NewMeeting(title, start, place, "JW", leader, units, List.of()),
				access.currentUser(), created));
	}

	private static String id(Meeting meeting) {
		return String.valueOf(meeting.getId());
	}

	private static String id(LeaveRequest leave) {
		return String.valueOf(leave.getId());
	}

	private <T> T as(String username, Supplier<T> work) {
		CurrentUser user = access.findUser(username).orElseThrow();
		SecurityContextHolder.getContext().setAuthentication(user.toAuthentication());
		try {
			return transaction.execute(status -> work.get());
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}
}
