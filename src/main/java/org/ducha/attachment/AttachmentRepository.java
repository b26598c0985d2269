package org.ducha.attachment;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AttachmentRepository extends JpaRepository<Attachment, String> {

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select a from Attachment a where a.id = :id")
	Optional<Attachment> findForUpdate(@Param("id") String id);

	List<Attachment> findByOwnerTypeAndOwnerIdOrderByUploadedAtAscIdAsc(String ownerType, String ownerId);
}
