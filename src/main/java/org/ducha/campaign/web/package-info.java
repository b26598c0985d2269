/** Campaign and taxonomy pages and API. */
package org.ducha.campaign.web;
