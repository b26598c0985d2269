package org.ducha.intake;

import org.ducha.audit.AuditLog;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Key rotation of the identity vault (SPEC §15, docs/security.md): with a key file, a fresh key is
 * put first (current) and the old ones kept for reading; with {@code DUCHA_IDENTITY_KEYS}, the
 * operator has already put the new key first. Then every stored identity still under another key is
 * re-encrypted under the current one, in batches, each batch in its own transaction, so the
 * application keeps running and an interrupted rotation is simply run again.
 */
@Component
class IdentityKeyRotation {

	static final int BATCH = 200;

	/** The current key after the rotation and how many identities were re-encrypted. */
	record Result(String keyId, boolean newKey, long reencrypted, long remaining) {
	}

	private final IdentityKeyRing keys;
	private final IdentityVault vault;
	private final AuditLog audit;
	private final TransactionTemplate transaction;

	IdentityKeyRotation(IdentityKeyRing keys, IdentityVault vault, AuditLog audit, PlatformTransactionManager transactions) {
		this.keys = keys;
		this.vault = vault;
		this.audit = audit;
		this.transaction = new TransactionTemplate(transactions);
	}

	Result rotate() {
		boolean newKey = !keys.isFromEnvironment();
		String keyId = newKey ? keys.addCurrentKey() : keys.currentId();
		long total = 0;
		int done;
		do {
			done = vault.reencryptBatch(BATCH);
			total += done;
		}
		while (done > 0);
		long reencrypted = total;
		transaction.executeWithoutResult(status -> audit.recordAs("system", "IDENTITY_KEYS_ROTATED", "IdentityVault",
				keyId, "newKey=" + newKey + ", reencrypted=" + reencrypted));
		return new Result(keyId, newKey, reencrypted, vault.remainingUnderOldKeys());
	}
}
