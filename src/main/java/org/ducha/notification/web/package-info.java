/** The inbox page and the notifications API: each user sees and marks only their own notices. */
package org.ducha.notification.web;
