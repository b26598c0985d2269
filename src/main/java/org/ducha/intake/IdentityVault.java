package org.ducha.intake;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reporter identity vault (SPEC §1, §15): each field encrypted on its own, the masks stored
 * beside them so that showing a mask never decrypts anything. Callers decide who may see what and
 * audit it; the vault only seals, opens and re-encrypts.
 */
@Component
class IdentityVault {

	private final IdentityVaultRepository entries;
	private final FieldCipher cipher;
	private final TransactionTemplate transaction;

	IdentityVault(IdentityVaultRepository entries, FieldCipher cipher, PlatformTransactionManager transactions) {
		this.entries = entries;
		this.cipher = cipher;
		this.transaction = new TransactionTemplate(transactions);
	}

	/** Stores the identity of a report's reporter; an empty identity stores nothing. */
	void seal(Long reportId, ReporterIdentity identity) {
		if (identity == null || identity.isEmpty()) {
			return;
		}
		IdentityVaultEntry entry = new IdentityVaultEntry(reportId, identity.masked());
		entry.seal(identity, cipher);
		entries.save(entry);
	}

	Optional<ReporterIdentity> open(Long reportId) {
		return entries.findById(reportId).map(e -> e.open(cipher));
	}

	Optional<ReporterIdentity> masked(Long reportId) {
		return entries.findById(reportId).map(IdentityVaultEntry::masked);
	}

	/** The masks of several reports' reporters in one query, by report id (anonymous reports have none). */
	Map<Long, ReporterIdentity> masked(Collection<Long> reportIds) {
		if (reportIds.isEmpty()) {
			return Map.of();
		}
		return entries.findAllById(reportIds).stream()
			.collect(Collectors.toMap(IdentityVaultEntry::getReportId, IdentityVaultEntry::masked));
	}

	String currentKeyId() {
		return cipher.currentKeyId();
	}

	/** How many identities are still under an older key. */
	long remainingUnderOldKeys() {
		return entries.countByKeyIdNot(cipher.currentKeyId());
	}

	/** Re-encrypts up to {@code batchSize} identities under the current key, in one transaction; returns how many. */
	int reencryptBatch(int batchSize) {
		Integer done = transaction.execute(status -> {
			List<IdentityVaultEntry> batch = entries.findByKeyIdNotOrderByReportIdAsc(cipher.currentKeyId(),
					PageRequest.of(0, batchSize));
			for (IdentityVaultEntry entry : batch) {
				entry.seal(entry.open(cipher), cipher);
			}
			return batch.size();
		});
		return done == null ? 0 : done;
	}
}
