package org.ducha.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ducha.audit.AuditLog;
import org.ducha.shared.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * Attachments (SPEC §15): upload, link to an owner, read. An upload is checked (size, type by
 * content, virus scan when configured), stripped of image metadata when asked, stored once per
 * content hash outside the database, and recorded with its metadata. Who may see an attachment is
 * decided by its uploader while it is unlinked and by the owner's {@link AttachmentAccessPolicy}
 * once linked; anyone else is told it does not exist. Uploads, links, reads and refused infected
 * uploads are audited with the attachment's id and hash, never its file name.
 */
@Service
public class Attachments {

	/** The uploader recorded for uploads by citizens, who have no account. */
	public static final String PUBLIC_UPLOADER = "public";

	static final String AUDIT_TYPE = "Attachment";

	private static final Logger log = LoggerFactory.getLogger(Attachments.class);

	private final AttachmentRepository attachments;
	private final ContentStore store;
	private final ContentTypeDetector detector;
	private final ImageMetadataStripper stripper;
	private final ClamdClient clamd;
	private final ObjectProvider<AttachmentAccessPolicy> policies;
	private final AuditLog audit;
	private final Clock clock;
	private final TransactionTemplate transaction;
	private final TransactionTemplate separateTransaction;
	private final DataSize maxSize;
	private final boolean alwaysStripMetadata;
	private final AttachmentIdempotency idempotency;

	Attachments(AttachmentRepository attachments, ContentStore store, ContentTypeDetector detector,
			ImageMetadataStripper stripper, ClamdClient clamd, ObjectProvider<AttachmentAccessPolicy> policies,
			AuditLog audit, Clock clock, PlatformTransactionManager transactions, AttachmentIdempotency idempotency,
			@Value("${ducha.attachments.max-size:50MB}") DataSize maxSize,
			@Value("${ducha.attachments.always-strip-metadata:false}") boolean alwaysStripMetadata) {
		this.attachments = attachments;
		this.store = store;
		this.detector = detector;
		this.stripper = stripper;
		this.clamd = clamd;
		this.policies = policies;
		this.audit = audit;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
		this.separateTransaction = new TransactionTemplate(transactions);
		this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.maxSize = maxSize;
		this.alwaysStripMetadata = alwaysStripMetadata;
		this.idempotency = idempotency;
		log.info("Attachments: max size {}, virus scan by {}", maxSize, clamd);
	}

	/**
	 * Checks and stores an upload.
	 *
	 * @param content the bytes as uploaded; read to the end, not closed
	 * @param originalName the uploader's file name (kept sanitized; never decides the type)
	 * @param uploader the uploading user's name, or {@link #PUBLIC_UPLOADER}
	 * @param stripMetadata remove EXIF/GPS/XMP/comments from images (always for public uploads);
	 *        an image whose metadata cannot be removed (HEIC) is then refused
	 * @throws DomainException {@code ATTACHMENT_EMPTY}, {@code ATTACHMENT_TOO_LARGE},
	 *         {@code ATTACHMENT_TYPE_NOT_ALLOWED}, {@code ATTACHMENT_METADATA_NOT_REMOVABLE},
	 *         {@code ATTACHMENT_DAMAGED}, {@code ATTACHMENT_INFECTED} (400)
	 * @throws ScannerUnavailableException a configured virus scanner gave no verdict
	 */
	public AttachmentInfo store(InputStream content, String originalName, String uploader, boolean stripMetadata) {
		Objects.requireNonNull(content, "content");
		if (uploader == null || uploader.isBlank()) {
			throw new IllegalArgumentException("uploader required");
		}
		Path upload = null;
		Path stripped = null;
		try {
			upload = store.newStagingFile();
			String uploadedSha256 = receive(content, upload);
			AllowedType type = detector.detect(upload);
			if (stripMetadata && type.metadata == AllowedType.Metadata.NOT_REMOVABLE) {
				throw DomainException.invalid("ATTACHMENT_METADATA_NOT_REMOVABLE",
						"image metadata of " + type.mediaType + " cannot be removed");
			}
			ScanStatus scanStatus = scan(upload, uploadedSha256);
			Path kept = upload;
			boolean metadataStripped = false;
			if ((stripMetadata || alwaysStripMetadata) && type.metadata == AllowedType.Metadata.STRIPPABLE) {
				stripped = store.newStagingFile();
				stripImage(type, upload, stripped);
				kept = stripped;
				metadataStripped = true;
			}
			String sha256 = kept == upload ? uploadedSha256 : sha256Of(kept);
			long size = Files.size(kept);
			store.put(sha256, kept);
			Attachment attachment = new Attachment(UUID.randomUUID().toString(), sha256, type.mediaType, size,
					FileNames.sanitize(originalName, type), Instant.now(clock), uploader, scanStatus, metadataStripped);
			return transaction.execute(status -> {
				attachments.save(attachment);
				audit.record("ATTACHMENT_UPLOADED", AUDIT_TYPE, attachment.getId(), "sha256=" + sha256);
				return attachment.info();
			});
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		finally {
			deleteQuietly(upload);
			deleteQuietly(stripped);
		}
	}

	/**
	 * {@link #store} with an {@code Idempotency-Key} (API.md): the same key from the same uploader
	 * within 24 hours returns the attachment first stored, without reading the content again and
	 * storing nothing new. Without a key every call stores.
	 */
	public AttachmentInfo store(InputStream content, String originalName, String uploader, boolean stripMetadata,
			String idempotencyKey) {
		String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip();
		if (key == null) {
			return store(content, originalName, uploader, stripMetadata);
		}
		Optional<AttachmentInfo> earlier = idempotency.findText(uploader, key, Instant.now(clock)).flatMap(this::find);
		if (earlier.isPresent()) {
			return earlier.get();
		}
		AttachmentInfo stored = store(content, originalName, uploader, stripMetadata);
		transaction.executeWithoutResult(status -> idempotency.rememberText(uploader, key, stored.id(), Instant.now(clock)));
		return stored;
	}

	/** The attachment's metadata, without any access check: for modules that have made their own decision. */
	@Transactional(readOnly = true)
	public Optional<AttachmentInfo> find(String id) {
		return attachments.findById(id).map(Attachment::info);
	}

	/** The attachments linked to one owner, oldest first, without any access check. */
	@Transactional(readOnly = true)
	public List<AttachmentInfo> listOwnedBy(String ownerType, String ownerId) {
		return attachments.findByOwnerTypeAndOwnerIdOrderByUploadedAtAscIdAsc(ownerType, ownerId).stream()
			.map(Attachment::info)
			.toList();
	}

	/**
	 * The attachment's metadata for {@code viewer} (audited).
	 *
	 * @throws DomainException {@code ATTACHMENT_NOT_FOUND} (404) when absent or hidden from the viewer
	 */
	@Transactional
	public AttachmentInfo get(String id, Authentication viewer) {
		Attachment attachment = visible(id, viewer);
		audit.record("ATTACHMENT_VIEWED", AUDIT_TYPE, id, "sha256=" + attachment.getSha256());
		return attachment.info();
	}

	/**
	 * The attachment's content for {@code viewer} (audited as a download); the caller closes it.
	 *
	 * @throws DomainException {@code ATTACHMENT_NOT_FOUND} (404) when absent or hidden from the viewer
	 */
	@Transactional
	public AttachmentContent open(String id, Authentication viewer) {
		Attachment attachment = visible(id, viewer);
		audit.record("ATTACHMENT_DOWNLOADED", AUDIT_TYPE, id, "sha256=" + attachment.getSha256());
		try {
			return new AttachmentContent(attachment.info(), store.open(attachment.getSha256()));
		}
		catch (IOException e) {
			throw new UncheckedIOException("content of attachment " + id + " is missing", e);
		}
	}

	/**
	 * Gives attachments to an owner, in the caller's transaction. Each must have been uploaded by
	 * {@code linkedBy} or by the public, and not belong to another owner; linking again to the same
	 * owner changes nothing.
	 *
	 * @param linkedBy the user linking them, or {@link #PUBLIC_UPLOADER}
	 * @throws DomainException {@code ATTACHMENT_NOT_FOUND} (404) for an id that does not exist or
	 *         was uploaded by someone else; {@code ATTACHMENT_ALREADY_LINKED} (409)
	 * @throws IllegalArgumentException no {@link AttachmentAccessPolicy} for {@code ownerType}
	 */
	@Transactional
	public List<AttachmentInfo> linkTo(Collection<String> ids, String ownerType, String ownerId, String linkedBy) {
		if (policyFor(ownerType).isEmpty()) {
			throw new IllegalArgumentException("no AttachmentAccessPolicy for owner type " + ownerType);
		}
		Objects.requireNonNull(ownerId, "ownerId");
		Instant now = Instant.now(clock);
		List<AttachmentInfo> linked = new ArrayList<>();
		for (String id : new LinkedHashSet<>(ids)) {
			Attachment attachment = attachments.findForUpdate(id)
				.filter(a -> a.uploadedBy(linkedBy) || a.isPublicUpload())
				.orElseThrow(() -> notFound(id));
			if (!attachment.isLinkedTo(ownerType, ownerId)) {
				attachment.linkTo(ownerType, ownerId, now);
				audit.record("ATTACHMENT_LINKED", AUDIT_TYPE, id,
						"sha256=" + attachment.getSha256() + " owner=" + ownerType + ":" + ownerId);
			}
			linked.add(attachment.info());
		}
		return linked;
	}

	private Attachment visible(String id, Authentication viewer) {
		return attachments.findById(id).filter(a -> maySee(a, viewer)).orElseThrow(() -> notFound(id));
	}

	private boolean maySee(Attachment attachment, Authentication viewer) {
		if (viewer == null || !viewer.isAuthenticated() || viewer instanceof AnonymousAuthenticationToken) {
			return false;
		}
		if (!attachment.isLinked()) {
			return !attachment.isPublicUpload() && attachment.uploadedBy(viewer.getName());
		}
		return policyFor(attachment.getOwnerType())
			.map(policy -> policy.maySee(attachment.getOwnerId(), viewer))
			.orElse(false);
	}

	private Optional<AttachmentAccessPolicy> policyFor(String ownerType) {
		Map<String, AttachmentAccessPolicy> byType = policies.orderedStream()
			.collect(Collectors.toMap(AttachmentAccessPolicy::ownerType, Function.identity(), (a, b) -> {
				throw new IllegalStateException("two AttachmentAccessPolicy beans for owner type " + a.ownerType());
			}));
		return Optional.ofNullable(byType.get(ownerType));
	}

	/** Copies the upload to the staging file, refusing it once it passes the size limit; returns its SHA-256. */
	private String receive(InputStream content, Path target) throws IOException {
		MessageDigest digest = sha256();
		long limit = maxSize.toBytes();
		long total = 0;
		byte[] buffer = new byte[64 * 1024];
		try (OutputStream out = new DigestOutputStream(Files.newOutputStream(target), digest)) {
			int read;
			while ((read = content.read(buffer)) >= 0) {
				total += read;
				if (total > limit) {
					throw DomainException.invalid("ATTACHMENT_TOO_LARGE", "upload exceeds " + maxSize, displaySize(maxSize));
				}
				out.write(buffer, 0, read);
			}
		}
		if (total == 0) {
			throw DomainException.invalid("ATTACHMENT_EMPTY", "empty upload");
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	private ScanStatus scan(Path upload, String sha256) throws IOException {
		if (!clamd.configured()) {
			return ScanStatus.NOT_SCANNED;
		}
		ClamdClient.Verdict verdict;
		try (InputStream in = Files.newInputStream(upload)) {
			verdict = clamd.scan(in);
		}
		if (verdict.infected()) {
			separateTransaction.executeWithoutResult(status -> audit.record("ATTACHMENT_REFUSED_INFECTED", AUDIT_TYPE,
					null, "sha256=" + sha256 + " signature=" + verdict.signature()));
			throw DomainException.invalid("ATTACHMENT_INFECTED", "virus scanner found " + verdict.signature());
		}
		return ScanStatus.CLEAN;
	}

	private void stripImage(AllowedType type, Path source, Path target) throws IOException {
		try {
			stripper.strip(type, source, target);
		}
		catch (ImageMetadataStripper.MalformedImageException e) {
			throw DomainException.invalid("ATTACHMENT_DAMAGED", e.getMessage());
		}
	}

	private static String sha256Of(Path file) throws IOException {
		MessageDigest digest = sha256();
		try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
			in.transferTo(OutputStream.nullOutputStream());
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static String displaySize(DataSize size) {
		long mb = size.toMegabytes();
		return mb > 0 && DataSize.ofMegabytes(mb).equals(size) ? mb + " MB" : size.toKilobytes() + " KB";
	}

	private static DomainException notFound(String id) {
		return DomainException.notFound("ATTACHMENT_NOT_FOUND", "attachment " + id + " not found");
	}

	private static void deleteQuietly(Path file) {
		if (file == null) {
			return;
		}
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException e) {
			log.warn("Could not delete staging file {}", file, e);
		}
	}
}
