package org.ducha.accountability;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Records the module's published events for the tests. */
@Component
class EventsRecorder {

	final List<AccountabilityCaseDecided> decided = new CopyOnWriteArrayList<>();
	final List<AccountabilityDecisionRevoked> revoked = new CopyOnWriteArrayList<>();
	final List<AccountabilityDecisionVaried> varied = new CopyOnWriteArrayList<>();
	final List<AccountabilityCaseOpened> opened = new CopyOnWriteArrayList<>();

	@EventListener
	void on(AccountabilityCaseDecided e) {
		decided.add(e);
	}

	@EventListener
	void on(AccountabilityDecisionRevoked e) {
		revoked.add(e);
	}

	@EventListener
	void on(AccountabilityDecisionVaried e) {
		varied.add(e);
	}

	@EventListener
	void on(AccountabilityCaseOpened e) {
		opened.add(e);
	}
}
