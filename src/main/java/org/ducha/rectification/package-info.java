/** The problem list (问题清单): problems handed to units as assignments, self-examination, inspection findings, close-out, recurrence. */
package org.ducha.rectification;
