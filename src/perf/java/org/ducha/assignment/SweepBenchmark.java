package org.ducha.assignment;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import org.ducha.DuchaApplication;
import org.ducha.calendar.WorkingCalendar;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Times the assignment sweep (issue 4, docs/PERFORMANCE.md) inside the application context, on the
 * database the application is configured with: the sweep bean's {@code sweep()} — what the daily
 * scheduled run calls under its ShedLock — first on the previous working day (the catch-up run that
 * creates the flags and urges a long-running system already has), then {@code ANALYZE} (the statistics
 * autovacuum would have refreshed overnight), then on today (the measured daily run), then once more on today (idempotent: nothing new). Each run reports its wall time and the
 * wall time of each phase (urge, urge notices, flag, escalation notices, publish flags, audit,
 * commit), taken from the JDBC statements it issues. A benchmark main, not a test: run by
 * {@code perf/run-assignments.sh} in the {@code perf} profile.
 */
public final class SweepBenchmark {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private SweepBenchmark() {
	}

	public static void main(String[] args) {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(DuchaApplication.class,
				Instrumentation.class)
			.properties("server.port=0", "server.address=127.0.0.1", "spring.main.banner-mode=off")
			.run(args)) {
			SettableClock clock = context.getBean(SettableClock.class);
			WorkingCalendar calendar = context.getBean(WorkingCalendar.class);
			AssignmentSweep sweep = context.getBean(AssignmentSweep.class);
			LocalDate today = LocalDate.now(Clock.system(ZONE));
			LocalDate previous = calendar.minusWorkingDays(today, 1);
			run("catch-up (previous working day)", previous, clock, sweep);
			awaitListeners(context);
			// what autovacuum would have done overnight: the planner's statistics of everything the catch-up wrote
			long analyzeStart = System.nanoTime();
			new JdbcTemplate(context.getBean(DataSource.class)).execute("ANALYZE");
			System.out.printf(Locale.ROOT, "sweep ANALYZE after the catch-up run: %d ms (not part of any run)%n",
					(System.nanoTime() - analyzeStart) / 1_000_000);
			run("daily run", today, clock, sweep);
			awaitListeners(context);
			run("second run the same day", today, clock, sweep);
		}
	}

	/**
	 * Waits for the asynchronous listeners of what the run published (the accountability candidates of its
	 * AssignmentsFlagged) and prints how long they took after the run's commit and how many candidates exist.
	 */
	static void awaitListeners(ConfigurableApplicationContext context) {
		JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
		long start = System.nanoTime();
		long deadline = start + 600_000_000_000L;
		Long open;
		while ((open = jdbc.queryForObject("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL",
				Long.class)) > 0 && System.nanoTime() < deadline) {
			try {
				Thread.sleep(20);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		}
		Long candidates = jdbc.queryForObject("SELECT COUNT(*) FROM accountability_candidate", Long.class);
		System.out.printf(Locale.ROOT,
				"sweep listeners after the commit: %d ms (%d publications incomplete, %d accountability candidates)%n",
				(System.nanoTime() - start) / 1_000_000, open, candidates);
	}

	static void run(String label, LocalDate day, SettableClock clock, AssignmentSweep sweep) {
		clock.set(day.atTime(8, 0).atZone(ZONE).toInstant());
		Timings.start();
		long start = System.nanoTime();
		AssignmentSweep.Outcome outcome = sweep.sweep();
		long end = System.nanoTime();
		List<Timings.Span> spans = Timings.stop(end);
		System.out.printf(Locale.ROOT, "sweep %s on %s: %d ms (urged %d, flagged %d, notices %d)%n", label, day,
				(end - start) / 1_000_000, outcome.urged(), outcome.flagged(), outcome.notified());
		Map<String, long[]> phases = new LinkedHashMap<>();
		for (Timings.Span span : spans) {
			long[] p = phases.computeIfAbsent(span.phase(), k -> new long[3]);
			p[0] += span.nanos();
			p[1]++;
			p[2] += Math.max(span.rows(), 0);
		}
		phases.forEach((phase, p) -> System.out.printf(Locale.ROOT, "  phase %-22s %7d ms  %4d statements  %8d rows%n",
				phase, p[0] / 1_000_000, p[1], p[2]));
		for (Timings.Span span : spans) {
			if (span.nanos() >= 100_000_000L) {
				System.out.printf(Locale.ROOT, "  slow statement %6d ms: %s%n", span.nanos() / 1_000_000,
						span.sql().replaceAll("\\s+", " ").strip());
			}
		}
	}

	/** The district clock of the benchmark, set to 08:00 of the day swept (when the scheduled sweep runs). */
	static final class SettableClock extends Clock {

		private volatile Instant now = Instant.now(Clock.systemUTC());

		void set(Instant instant) {
			now = instant;
		}

		@Override
		public ZoneId getZone() {
			return ZONE;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return Clock.fixed(now, zone);
		}

		@Override
		public Instant instant() {
			return now;
		}
	}

	/**
	 * The statements of one sweep in order: each span runs from one statement's start to the next
	 * one's (so the Java work after a statement counts with it), labelled with the phase the
	 * statement belongs to. Only the sweep's own thread is recorded (the application's other threads
	 * keep running).
	 */
	static final class Timings {

		record Span(String phase, String sql, long nanos, long rows) {
		}

		private static final List<Object[]> events = new ArrayList<>();
		private static volatile Thread recording;
		private static String phase = "start";

		static synchronized void start() {
			events.clear();
			phase = "start";
			recording = Thread.currentThread();
		}

		static synchronized void statement(String sql, long startNanos, long rows) {
			if (recording == Thread.currentThread()) {
				events.add(new Object[] { phaseOf(sql), sql, startNanos, rows });
			}
		}

		static synchronized List<Span> stop(long endNanos) {
			recording = null;
			List<Span> spans = new ArrayList<>();
			for (int i = 0; i < events.size(); i++) {
				Object[] e = events.get(i);
				long next = i + 1 < events.size() ? (long) events.get(i + 1)[2] : endNanos;
				spans.add(new Span((String) e[0], (String) e[1], next - (long) e[2], (long) e[3]));
			}
			return spans;
		}

		private static String phaseOf(String sql) {
			String s = sql.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
			if (s.equals("commit")) {
				phase = "commit";
			}
			else if (s.startsWith("insert into assignment_urge")) {
				phase = "urge";
			}
			else if (s.startsWith("select distinct a.unit_code, a.contact_username")) {
				phase = "urge notices";
			}
			else if (s.startsWith("insert into assignment_flag")) {
				phase = "flag (5 working days)";
			}
			else if (s.startsWith("select distinct a.unit_code from assignment_flag")) {
				phase = "escalation notices";
			}
			else if (s.startsWith("update assignment_flag set published")) {
				phase = "publish flags";
			}
			else if (s.contains("audit_chain_head") || s.startsWith("insert into audit_event")) {
				phase = "audit";
			}
			return phase;
		}
	}

	/** The settable clock as the district clock, and every JDBC statement and commit timed. */
	@Configuration(proxyBeanMethods = false)
	static class Instrumentation {

		@Bean
		@Primary
		SettableClock benchmarkClock() {
			return new SettableClock();
		}

		@Bean
		static BeanPostProcessor timedDataSource() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String name) {
					return bean instanceof DataSource ds ? timed(ds) : bean;
				}
			};
		}

		static DataSource timed(DataSource target) {
			return (DataSource) Proxy.newProxyInstance(SweepBenchmark.class.getClassLoader(),
					new Class<?>[] { DataSource.class }, (proxy, method, args) -> {
						Object result = invoke(target, method, args);
						return result instanceof Connection c ? timed(c) : result;
					});
		}

		static Connection timed(Connection target) {
			return (Connection) Proxy.newProxyInstance(SweepBenchmark.class.getClassLoader(),
					new Class<?>[] { Connection.class }, (proxy, method, args) -> {
						if (method.getName().equals("commit")) {
							Timings.statement("COMMIT", System.nanoTime(), -1);
						}
						Object result = invoke(target, method, args);
						if (result instanceof PreparedStatement ps && method.getName().startsWith("prepare")) {
							return timed(ps, (String) args[0]);
						}
						return result;
					});
		}

		static PreparedStatement timed(PreparedStatement target, String sql) {
			return (PreparedStatement) Proxy.newProxyInstance(SweepBenchmark.class.getClassLoader(),
					new Class<?>[] { PreparedStatement.class }, (proxy, method, args) -> {
						boolean executes = method.getName().startsWith("execute");
						long start = System.nanoTime();
						Object result = invoke(target, method, args);
						if (executes) {
							long rows = result instanceof Integer n ? n : result instanceof Long n ? n
									: result instanceof int[] batch ? batch.length : -1;
							Timings.statement(sql, start, rows);
						}
						return result;
					});
		}

		private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
			try {
				return method.invoke(target, args);
			}
			catch (InvocationTargetException e) {
				throw e.getCause();
			}
		}

	}
}
