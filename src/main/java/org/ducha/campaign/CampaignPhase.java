package org.ducha.campaign;

/** Where a campaign's period stands relative to today; derived from its dates, never stored. */
public enum CampaignPhase {

	/** The period has not begun: it starts after today. */
	PLANNED,
	/** Today lies within the period, both ends included. */
	ONGOING,
	/** The period ended before today. */
	ENDED
}
