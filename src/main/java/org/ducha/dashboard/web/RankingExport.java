package org.ducha.dashboard.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.ducha.dashboard.Statistics;
import org.ducha.dashboard.UnitRank;
import org.ducha.web.XlsxColumn;
import org.ducha.web.XlsxExports;
import org.springframework.stereotype.Component;

/** The unit ranking of a period as .xlsx: the dashboard's export button and {@code ?format=xlsx} of the API. */
@Component
class RankingExport {

	private final Statistics statistics;
	private final XlsxExports xlsx;

	RankingExport(Statistics statistics, XlsxExports xlsx) {
		this.statistics = statistics;
		this.xlsx = xlsx;
	}

	void respond(LocalDate from, LocalDate to, HttpServletResponse response) throws IOException {
		List<UnitRank> ranking = statistics.ranking(from, to);
		List<XlsxColumn<UnitRank>> columns = List.of(
				XlsxColumn.of("dashboard.ranking.rank", UnitRank::rank),
				XlsxColumn.of("dashboard.ranking.unitCode", r -> r.figures().unitCode()),
				XlsxColumn.of("dashboard.ranking.unit", r -> r.figures().unitName()),
				XlsxColumn.of("dashboard.ranking.score", r -> Math.round(r.score() * 10) / 10.0),
				XlsxColumn.of("dashboard.ranking.problems", r -> r.figures().problems()),
				XlsxColumn.of("dashboard.ranking.onTimeRate", r -> r.figures().onTimeRate()),
				XlsxColumn.of("dashboard.ranking.overdue", r -> r.figures().overdue()),
				XlsxColumn.of("dashboard.ranking.taskScore", r -> r.figures().taskScore()),
				XlsxColumn.of("dashboard.ranking.attendanceRate", r -> r.figures().attendanceRate()));
		xlsx.respond(response, "ranking-" + from + "-" + to, columns, sink -> ranking.forEach(sink));
	}
}
