package org.ducha.supervision.web;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.ducha.calendar.TrafficLight;
import org.ducha.supervision.Milestone;
import org.ducha.supervision.SupervisedTask;

/**
 * The geometry of the chart (挂图作战) as server-rendered SVG: one row per task with its bar from the
 * issue date to the final deadline, coloured by the deadline's light, a diamond per milestone
 * coloured by its light (grey once done) with its date written under it, month ticks on the time
 * axis and a line for today. Sizes are in the SVG's own units; the SVG scales to the screen.
 */
record TaskChart(int width, int height, List<Tick> ticks, Integer todayX, LocalDate today, List<Row> rows) {

	static final int WIDTH = 1280;
	static final int LABEL_WIDTH = 300;
	static final int AXIS_HEIGHT = 36;
	static final int ROW_HEIGHT = 64;
	static final int RIGHT_MARGIN = 40;

	record Tick(int x, String label) {
	}

	record Point(String id, String name, LocalDate dueOn, LocalDate doneOn, String light, int x, int labelX) {
	}

	record Row(String taskId, String title, String unitLine, String light, LocalDate issuedOn, LocalDate deadline,
			int y, int barX, int barWidth, int deadlineX, List<Point> milestones) {
	}

	/** A task with its light (null when completed) and its milestones' lights (null once done). */
	record Entry(SupervisedTask task, TrafficLight light, Function<Milestone, TrafficLight> milestoneLight,
			String unitLine) {
	}

	static TaskChart of(List<Entry> entries, LocalDate today) {
		LocalDate first = today;
		LocalDate last = today;
		for (Entry e : entries) {
			SupervisedTask t = e.task();
			if (t.getIssuedOn().isBefore(first)) {
				first = t.getIssuedOn();
			}
			if (t.getDeadline().isAfter(last)) {
				last = t.getDeadline();
			}
			for (Milestone m : t.getMilestones()) {
				if (m.getDueOn().isBefore(first)) {
					first = m.getDueOn();
				}
				if (m.getDueOn().isAfter(last)) {
					last = m.getDueOn();
				}
			}
		}
		LocalDate start = first.withDayOfMonth(1);
		LocalDate end = last.withDayOfMonth(1).plusMonths(1);
		Scale scale = new Scale(start, end);
		List<Tick> ticks = new ArrayList<>();
		for (LocalDate m = start; !m.isAfter(end); m = m.plusMonths(1)) {
			ticks.add(new Tick(scale.x(m), m.getMonthValue() == 1 || m.equals(start)
					? m.getYear() + "-" + String.format("%02d", m.getMonthValue())
					: String.format("%02d", m.getMonthValue())));
		}
		List<Row> rows = new ArrayList<>();
		int y = AXIS_HEIGHT;
		for (Entry e : entries) {
			SupervisedTask t = e.task();
			int barX = scale.x(t.getIssuedOn());
			int deadlineX = scale.x(t.getDeadline());
			List<Point> points = new ArrayList<>();
			for (Milestone m : t.milestonesByDate()) {
				TrafficLight light = e.milestoneLight().apply(m);
				int x = scale.x(m.getDueOn());
				points.add(new Point(String.valueOf(m.getId()), m.getName(), m.getDueOn(), m.getDoneOn(),
						m.isDone() ? "DONE" : light == null ? "NONE" : light.name(), x, x));
			}
			spreadLabels(points);
			rows.add(new Row(String.valueOf(t.getId()), t.getTitle(), e.unitLine(),
					e.light() == null ? "DONE" : e.light().name(), t.getIssuedOn(), t.getDeadline(), y, barX,
					Math.max(2, deadlineX - barX), deadlineX, List.copyOf(points)));
			y += ROW_HEIGHT;
		}
		Integer todayX = today.isBefore(start) || today.isAfter(end) ? null : scale.x(today);
		return new TaskChart(WIDTH, Math.max(y, AXIS_HEIGHT + ROW_HEIGHT) + 8, ticks, todayX, today, rows);
	}

	/** Date labels of close milestones would overlap: each label sits at least 44 units right of the previous one. */
	private static void spreadLabels(List<Point> points) {
		int previous = Integer.MIN_VALUE;
		for (int i = 0; i < points.size(); i++) {
			Point p = points.get(i);
			int labelX = Math.max(p.x(), previous == Integer.MIN_VALUE ? p.x() : previous + 44);
			points.set(i, new Point(p.id(), p.name(), p.dueOn(), p.doneOn(), p.light(), p.x(), labelX));
			previous = labelX;
		}
	}

	private record Scale(LocalDate start, LocalDate end) {

		int x(LocalDate date) {
			long total = Math.max(1, ChronoUnit.DAYS.between(start, end));
			long days = ChronoUnit.DAYS.between(start, date);
			return LABEL_WIDTH + (int) Math.round((double) days * (WIDTH - LABEL_WIDTH - RIGHT_MARGIN) / total);
		}
	}
}
