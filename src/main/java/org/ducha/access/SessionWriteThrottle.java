package org.ducha.access;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Keeps Spring Session JDBC from writing the session row on every request. The JDBC repository marks a
 * session changed whenever its last-access time moves, i.e. on every request, and writes it in a transaction
 * of its own (a commit per page view). Wrapped by this post-processor, a session is written only when it is
 * new, when something in it changed (an attribute, its id, its timeout), or when its stored last-access time
 * is {@link #TOUCH_INTERVAL} or more behind: an active session then expires at most that much before its
 * 30 minutes of inactivity, and a page view that changes nothing costs no write.
 */
@Component
class SessionWriteThrottle implements BeanPostProcessor {

	static final Duration TOUCH_INTERVAL = Duration.ofSeconds(60);

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		return bean instanceof JdbcIndexedSessionRepository jdbc ? new Repository(jdbc) : bean;
	}

	static final class Repository implements FindByIndexNameSessionRepository<TrackedSession> {

		private final FindByIndexNameSessionRepository<Session> delegate;

		@SuppressWarnings({ "unchecked", "rawtypes" })
		Repository(JdbcIndexedSessionRepository delegate) {
			this.delegate = (FindByIndexNameSessionRepository) delegate;
		}

		@Override
		public TrackedSession createSession() {
			return new TrackedSession(delegate.createSession(), null);
		}

		@Override
		public void save(TrackedSession session) {
			if (session.needsWrite()) {
				delegate.save(session.inner);
				session.written();
			}
		}

		@Override
		public TrackedSession findById(String id) {
			Session found = delegate.findById(id);
			return found == null ? null : new TrackedSession(found, found.getLastAccessedTime());
		}

		@Override
		public void deleteById(String id) {
			delegate.deleteById(id);
		}

		@Override
		public Map<String, TrackedSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
			return delegate.findByIndexNameAndIndexValue(indexName, indexValue).entrySet().stream()
				.collect(Collectors.toMap(Map.Entry::getKey,
						e -> new TrackedSession(e.getValue(), e.getValue().getLastAccessedTime())));
		}
	}

	/** A JDBC session that remembers whether anything but its last-access time changed since it was read. */
	static final class TrackedSession implements Session {

		private final Session inner;
		private Instant storedLastAccess;
		private boolean changed;

		TrackedSession(Session inner, Instant storedLastAccess) {
			this.inner = inner;
			this.storedLastAccess = storedLastAccess;
			this.changed = storedLastAccess == null;
		}

		boolean needsWrite() {
			return changed || storedLastAccess == null
					|| !inner.getLastAccessedTime().isBefore(storedLastAccess.plus(TOUCH_INTERVAL));
		}

		void written() {
			storedLastAccess = inner.getLastAccessedTime();
			changed = false;
		}

		@Override
		public String getId() {
			return inner.getId();
		}

		@Override
		public String changeSessionId() {
			changed = true;
			return inner.changeSessionId();
		}

		@Override
		public <T> T getAttribute(String attributeName) {
			return inner.getAttribute(attributeName);
		}

		@Override
		public Set<String> getAttributeNames() {
			return inner.getAttributeNames();
		}

		@Override
		public void setAttribute(String attributeName, Object attributeValue) {
			changed = true;
			inner.setAttribute(attributeName, attributeValue);
		}

		@Override
		public void removeAttribute(String attributeName) {
			changed = true;
			inner.removeAttribute(attributeName);
		}

		@Override
		public Instant getCreationTime() {
			return inner.getCreationTime();
		}

		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			inner.setLastAccessedTime(lastAccessedTime);
		}

		@Override
		public Instant getLastAccessedTime() {
			return inner.getLastAccessedTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			if (!interval.equals(inner.getMaxInactiveInterval())) {
				changed = true;
			}
			inner.setMaxInactiveInterval(interval);
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return inner.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return inner.isExpired();
		}
	}
}
