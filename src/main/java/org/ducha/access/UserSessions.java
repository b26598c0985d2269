package org.ducha.access;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Ends the page sessions of a user (Spring Session JDBC, indexed by principal name) once the
 * change that calls for it has been committed, so a disabled account or changed roles take effect
 * at the next request on every node.
 */
@Component
class UserSessions {

	private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;

	UserSessions(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions) {
		this.sessions = sessions;
	}

	void endAllOf(String username) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					endNow(username);
				}
			});
		}
		else {
			endNow(username);
		}
	}

	private void endNow(String username) {
		sessions.ifAvailable(repository -> repository.findByPrincipalName(username)
			.keySet()
			.forEach(repository::deleteById));
	}
}
