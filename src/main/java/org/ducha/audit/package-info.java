/** Hash-chained audit events (SM3 or SHA-256) written with the change they record, and their verification. */
package org.ducha.audit;
