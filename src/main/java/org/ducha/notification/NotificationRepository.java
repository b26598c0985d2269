package org.ducha.notification;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface NotificationRepository extends JpaRepository<Notification, Long> {

	/**
	 * Stores the notice unless the recipient already has one with this dedupe key; concurrent
	 * callers wait on the unique constraint instead of failing. Returns the number of rows stored.
	 */
	@Modifying(flushAutomatically = true)
	@Query(value = """
			INSERT INTO notification (recipient, kind, link, dedupe_key, created_at)
			VALUES (:recipient, :kind, :link, :dedupeKey, :createdAt)
			ON CONFLICT DO NOTHING""", nativeQuery = true)
	int insertIfAbsent(@Param("recipient") String recipient, @Param("kind") String kind, @Param("link") String link,
			@Param("dedupeKey") String dedupeKey, @Param("createdAt") Instant createdAt);

	Optional<Notification> findByRecipientAndDedupeKey(String recipient, String dedupeKey);

	Optional<Notification> findByIdAndRecipient(Long id, String recipient);

	Page<Notification> findByRecipient(String recipient, Pageable pageable);

	Page<Notification> findByRecipientAndReadAtIsNull(String recipient, Pageable pageable);

	long countByRecipientAndReadAtIsNull(String recipient);

	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update Notification n set n.readAt = :at where n.recipient = :recipient and n.readAt is null")
	int markAllRead(@Param("recipient") String recipient, @Param("at") Instant at);
}
