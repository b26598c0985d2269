package org.ducha.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Predicate;

import org.ducha.shared.EntityStreams;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit log (SPEC §15). {@link #record} joins the caller's transaction, so an event exists if
 * and only if the change it records was committed. The chain head is locked while appending.
 */
@Service
public class AuditLog {

	private static final int VERIFY_BATCH = 1000;

	private final AuditEventRepository events;
	private final AuditChainHeadRepository heads;
	private final Clock clock;
	private final HashAlgorithm algorithm;
	private final EntityStreams streams;

	AuditLog(AuditEventRepository events, AuditChainHeadRepository heads, Clock clock,
			@Value("${ducha.audit.hash:SM3}") HashAlgorithm algorithm, EntityStreams streams) {
		this.streams = streams;
		this.events = events;
		this.heads = heads;
		this.clock = clock;
		this.algorithm = algorithm;
	}

	/** Records an action of the current user (or {@code anonymous}/{@code system}). */
	@Transactional(propagation = Propagation.REQUIRED)
	public AuditEvent record(String action, String objectType, String objectId, String details) {
		return recordAs(currentActor(), action, objectType, objectId, details);
	}

	/** Records an action of a named actor, e.g. a login attempt before authentication. */
	@Transactional(propagation = Propagation.REQUIRED)
	public AuditEvent recordAs(String actor, String action, String objectType, String objectId, String details) {
		AuditChainHead head = heads.lockHead().orElseThrow(() -> new IllegalStateException("audit chain head missing"));
		Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
		AuditEvent event = new AuditEvent(head.lastSeq() + 1, now, truncate(actor, 100), truncate(action, 100),
				truncate(objectType, 60), truncate(objectId, 100), truncate(details, 4000), algorithm, head.lastHash());
		events.save(event);
		head.advance(event);
		return event;
	}

	/** Walks the whole chain in sequence order and reports the first event whose link or hash is wrong. */
	@Transactional(readOnly = true)
	public AuditVerification verify() {
		String expectedPrev = null;
		long expectedSeq = 1;
		long count = 0;
		long lastSeq = 0;
		while (true) {
			List<AuditEvent> batch = events.findBySeqGreaterThanOrderBySeqAsc(lastSeq, PageRequest.of(0, VERIFY_BATCH));
			if (batch.isEmpty()) {
				break;
			}
			for (AuditEvent e : batch) {
				count++;
				boolean linkOk = e.getSeq() == expectedSeq && (expectedPrev == null || expectedPrev.equals(e.getPrevHash()));
				if (!linkOk || !e.computeHash().equals(e.getHash())) {
					return new AuditVerification(false, count, expectedSeq == e.getSeq() ? e.getSeq() : expectedSeq);
				}
				expectedPrev = e.getHash();
				expectedSeq = e.getSeq() + 1;
				lastSeq = e.getSeq();
			}
		}
		AuditChainHead head = heads.findById(AuditChainHead.ID).orElseThrow();
		if (head.lastSeq() != lastSeq) {
			// events were deleted from the end of the chain
			return new AuditVerification(false, count, lastSeq + 1);
		}
		return new AuditVerification(true, count, null);
	}

	@Transactional(readOnly = true)
	public Page<AuditEvent> search(String objectId, String actor, String action, Pageable page) {
		return events.search(blankToNull(objectId), blankToNull(actor), blankToNull(action), page);
	}

	/** Events matching the query; sort by {@code seq}, {@code occurredAt}, {@code actor}, {@code action}… */
	@Transactional(readOnly = true)
	public Page<AuditEvent> search(AuditQuery query, Pageable page) {
		return events.findAll(matching(query), page);
	}

	/**
	 * Every event matching the query, oldest first, handed to {@code consumer} one at a time from a
	 * database cursor (chunks of 500, detached after use): an export of any length in bounded memory.
	 * Returns how many there were.
	 */
	@Transactional(readOnly = true)
	public long forEach(AuditQuery query, java.util.function.Consumer<AuditEvent> consumer) {
		return streams.forEachChunk(AuditEvent.class, matching(query), org.springframework.data.domain.Sort.by("seq"), 500,
				chunk -> chunk.forEach(consumer));
	}

	/** The distinct action names recorded so far, for a filter's select box. */
	@Transactional(readOnly = true)
	public List<String> actions() {
		return events.findDistinctActions();
	}

	private Specification<AuditEvent> matching(AuditQuery query) {
		ZoneId zone = clock.getZone();
		return (root, cq, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			String objectId = blankToNull(query.objectId());
			String actor = blankToNull(query.actor());
			String action = blankToNull(query.action());
			if (objectId != null) {
				predicates.add(cb.equal(root.get("objectId"), objectId));
			}
			if (actor != null) {
				predicates.add(cb.equal(root.get("actor"), actor));
			}
			if (action != null) {
				predicates.add(cb.equal(root.get("action"), action));
			}
			if (query.from() != null) {
				predicates.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), query.from().atStartOfDay(zone).toInstant()));
			}
			if (query.to() != null) {
				predicates.add(cb.lessThan(root.get("occurredAt"), query.to().plusDays(1).atStartOfDay(zone).toInstant()));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}

	static String currentActor() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null) {
			return "system";
		}
		if (auth instanceof AnonymousAuthenticationToken) {
			return "anonymous";
		}
		return auth.getName();
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

	private static String truncate(String s, int max) {
		return s == null || s.length() <= max ? s : s.substring(0, max);
	}
}
