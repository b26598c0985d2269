package org.ducha.supervision.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.ducha.supervision.SupervisedTask;
import org.ducha.supervision.SupervisedTasks;
import org.ducha.supervision.TaskFilter;
import org.ducha.web.XlsxColumn;
import org.ducha.web.XlsxExports;
import org.springframework.stereotype.Component;

/** The task list as a streamed .xlsx (督办台账), the same for the page and the API. */
@Component
class TaskExport {

	private final SupervisedTasks tasks;
	private final XlsxExports exports;

	TaskExport(SupervisedTasks tasks, XlsxExports exports) {
		this.tasks = tasks;
		this.exports = exports;
	}

	void respond(TaskFilter filter, HttpServletResponse response) throws IOException {
		List<SupervisedTask> all = tasks.all(filter);
		List<XlsxColumn<SupervisedTask>> columns = List.of(
				XlsxColumn.of("supervision.field.id", t -> String.valueOf(t.getId())),
				XlsxColumn.of("supervision.field.title", SupervisedTask::getTitle),
				XlsxColumn.of("supervision.field.source", t -> t.getSource().name()),
				XlsxColumn.of("supervision.field.sourceName", SupervisedTask::getSourceName),
				XlsxColumn.of("supervision.field.leadUnit", SupervisedTask::getLeadUnitCode),
				XlsxColumn.of("supervision.field.coUnits", t -> String.join(",", t.getCoUnitCodes())),
				XlsxColumn.of("supervision.field.leader", SupervisedTask::getResponsibleCadreNo),
				XlsxColumn.of("supervision.field.issuedOn", SupervisedTask::getIssuedOn),
				XlsxColumn.of("supervision.field.deadline", SupervisedTask::getDeadline),
				XlsxColumn.of("supervision.field.frequency", t -> t.getFrequency().name()),
				XlsxColumn.of("supervision.field.status", t -> t.getStatus().name()),
				XlsxColumn.of("supervision.field.light", t -> {
					var light = tasks.lightOf(t);
					return light == null ? null : light.name();
				}),
				XlsxColumn.of("supervision.field.milestones", t -> t.getMilestones().size()),
				XlsxColumn.of("supervision.field.rating", t -> t.getRating() == null ? null : t.getRating().name()));
		exports.respond(response, "tasks", columns, sink -> all.forEach(sink));
	}
}
