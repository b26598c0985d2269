/** Campaigns (整治活动) and the two-level problem taxonomies with stable, never reused codes. */
package org.ducha.campaign;
