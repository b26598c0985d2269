package org.ducha.supervision.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.ducha.calendar.TrafficLight;
import org.ducha.shared.DomainException;
import org.ducha.supervision.SupervisedTask;
import org.ducha.supervision.SupervisedTasks;
import org.ducha.supervision.TaskDrill;
import org.ducha.supervision.TaskFilter;
import org.ducha.supervision.TaskSource;
import org.ducha.supervision.TaskStatus;
import org.ducha.web.ListPage;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The supervised task endpoints (same conventions as API.md). Reading OFFICER, OFFICE_DIRECTOR,
 * LEADER and the unit roles (tasks of their units; others 404); creating, milestone changes and
 * rating OFFICER and OFFICE_DIRECTOR; any other role 403.
 */
@RestController
@RequestMapping("/api/v1/tasks")
@Tag(name = "Supervised tasks")
class TaskApiController {

	static final Map<String, String> SORTABLE = Map.of("deadline", "deadline", "issuedOn", "issuedOn", "title", "title",
			"status", "status");

	private final SupervisedTasks tasks;
	private final TaskExport export;

	TaskApiController(SupervisedTasks tasks, TaskExport export) {
		this.tasks = tasks;
		this.export = export;
	}

	@PostMapping
	@Operation(summary = "Create a task: milestones scheduled backwards from the deadline, one assignment per unit")
	ResponseEntity<TaskResponse> create(@RequestBody TaskRequests.Create body,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
		SupervisedTask task = tasks.create(body.toNewTask(), idempotencyKey);
		return ResponseEntity.status(HttpStatus.CREATED).body(TaskResponse.of(tasks.view(String.valueOf(task.getId()))));
	}

	@GetMapping
	@Operation(summary = "Tasks visible to the caller, filtered; ?format=xlsx for the whole list")
	ListPage<TaskListItem> list(@RequestParam(required = false) TaskStatus status,
			@RequestParam(required = false) String unitCode, @RequestParam(required = false) String leaderCadreNo,
			@RequestParam(required = false) TrafficLight light, @RequestParam(required = false) TaskSource source,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size, @RequestParam(required = false) String sort, TaskDrill drill) {
		TaskFilter filter = new TaskFilter(status, blank(unitCode), blank(leaderCadreNo), light, source, blank(q), drill);
		PageRequest pageable = PageRequest.of(Math.max(page, 0), Math.clamp(size, 1, 200), sortOf(sort));
		return ListPage.of(tasks.search(filter, pageable), t -> TaskListItem.of(t, tasks.lightOf(t)));
	}

	@GetMapping(params = "format=xlsx")
	void listXlsx(@RequestParam(required = false) TaskStatus status, @RequestParam(required = false) String unitCode,
			@RequestParam(required = false) String leaderCadreNo, @RequestParam(required = false) TrafficLight light,
			@RequestParam(required = false) TaskSource source, @RequestParam(required = false) String q,
			TaskDrill drill, HttpServletResponse response) throws IOException {
		export.respond(new TaskFilter(status, blank(unitCode), blank(leaderCadreNo), light, source, blank(q), drill),
				response);
	}

	@GetMapping("/schedule")
	@Operation(summary = "The backward schedule: the date of each working-day distance before the deadline")
	ScheduleResponse schedule(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline,
			@RequestParam(required = false) String offsets) {
		List<Integer> distances = parseOffsets(offsets);
		List<LocalDate> dates = tasks.schedule(deadline, distances);
		List<ScheduleResponse.Item> items = new ArrayList<>();
		for (int i = 0; i < dates.size(); i++) {
			items.add(new ScheduleResponse.Item(distances.get(i), dates.get(i)));
		}
		return new ScheduleResponse(deadline, items);
	}

	static List<Integer> parseOffsets(String offsets) {
		if (offsets == null || offsets.isBlank()) {
			throw DomainException.validation("offsets", "required");
		}
		List<Integer> distances = new ArrayList<>();
		String[] parts = offsets.split(",");
		for (int i = 0; i < parts.length; i++) {
			try {
				distances.add(Integer.parseInt(parts[i].strip()));
			}
			catch (NumberFormatException e) {
				throw DomainException.validation("offsets[" + i + "]", "not a whole number");
			}
		}
		return distances;
	}

	@GetMapping("/{id}")
	TaskResponse get(@PathVariable String id) {
		return TaskResponse.of(tasks.view(id));
	}

	@PutMapping("/{id}/milestones/{milestoneId}")
	@Operation(summary = "Set a milestone's date (kept as overridden)")
	TaskResponse putMilestone(@PathVariable String id, @PathVariable long milestoneId,
			@RequestBody TaskRequests.MilestoneChange body) {
		tasks.rescheduleMilestone(id, milestoneId, body.dueOn());
		return TaskResponse.of(tasks.view(id));
	}

	@PatchMapping("/{id}/milestones/{milestoneId}")
	@Operation(summary = "Change a milestone: its date (dueOn), that it was reached (done, doneOn), or reopen it (done=false)")
	TaskResponse patchMilestone(@PathVariable String id, @PathVariable long milestoneId,
			@RequestBody TaskRequests.MilestoneChange body) {
		if (body.dueOn() == null && body.doneOn() == null && body.done() == null) {
			throw DomainException.validation("dueOn", "nothing to change");
		}
		if (body.dueOn() != null) {
			tasks.rescheduleMilestone(id, milestoneId, body.dueOn());
		}
		if (Boolean.FALSE.equals(body.done())) {
			tasks.reopenMilestone(id, milestoneId);
		}
		else if (body.doneOn() != null || Boolean.TRUE.equals(body.done())) {
			tasks.markMilestoneDone(id, milestoneId, body.doneOn());
		}
		return TaskResponse.of(tasks.view(id));
	}

	@PostMapping("/{id}/rating")
	@Operation(summary = "Rate a completed task (EXCELLENT, GOOD, FAIR, POOR), optionally per unit")
	ResponseEntity<TaskResponse> rate(@PathVariable String id, @RequestBody TaskRequests.Rating body) {
		tasks.rate(id, body.rating(), body.unitRatings(), body.comment());
		return ResponseEntity.status(HttpStatus.CREATED).body(TaskResponse.of(tasks.view(id)));
	}

	static Sort sortOf(String sort) {
		Sort fallback = Sort.by(Sort.Order.asc("deadline"), Sort.Order.desc("id"));
		if (sort == null || sort.isBlank()) {
			return fallback;
		}
		String[] parts = sort.split(",");
		String property = SORTABLE.get(parts[0].strip());
		if (property == null) {
			return fallback;
		}
		boolean desc = parts.length > 1 && "desc".equalsIgnoreCase(parts[1].strip());
		return Sort.by(desc ? Sort.Order.desc(property) : Sort.Order.asc(property)).and(Sort.by(Sort.Order.desc("id")));
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
